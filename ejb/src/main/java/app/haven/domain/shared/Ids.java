package app.haven.domain.shared;

import java.util.UUID;

/** Parsing and minting of the random UUIDs behind every id type; a malformed id is simply unknown. */
public final class Ids {

    private Ids() {
    }

    public static UUID random() {
        return UUID.randomUUID();
    }

    /** Parses an id received from outside (a URL, a form); {@code null} when it is not a UUID. */
    public static UUID parseOrNull(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
