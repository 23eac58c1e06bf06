package app.haven.domain.thread;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/** Where a mailbox page ended: the last row's activity time and thread id, as an opaque token. */
public record MailboxCursor(Instant lastActivityAt, ThreadId threadId) {

    public String token() {
        String plain = lastActivityAt + "|" + threadId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** A token from a URL or a form; empty when it is not one of ours. */
    public static Optional<MailboxCursor> parse(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\|");
            if (parts.length != 2) {
                return Optional.empty();
            }
            return ThreadId.parse(parts[1]).map(id -> new MailboxCursor(Instant.parse(parts[0]), id));
        } catch (IllegalArgumentException | DateTimeParseException notOurs) {
            return Optional.empty();
        }
    }
}
