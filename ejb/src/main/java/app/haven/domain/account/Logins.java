package app.haven.domain.account;

import java.util.Locale;

/** The canonical form of a sign-in name: trimmed and lower case, so "Paul " and "paul" are one. */
public final class Logins {

    private Logins() {
    }

    public static String canonical(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
