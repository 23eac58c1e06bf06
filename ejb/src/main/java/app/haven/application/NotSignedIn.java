package app.haven.application;

import app.haven.domain.shared.HavenRefusal;

/** The caller is not (or no longer) a known, signed-in account. */
public class NotSignedIn extends HavenRefusal {

    private static final long serialVersionUID = 1L;

    public NotSignedIn() {
        super("refusal.notSignedIn");
    }
}
