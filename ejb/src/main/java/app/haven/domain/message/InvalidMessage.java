package app.haven.domain.message;

import app.haven.domain.shared.HavenRefusal;

/** A subject or body that cannot be sent; the key names what is wrong, never the text. */
public class InvalidMessage extends HavenRefusal {

    private static final long serialVersionUID = 1L;

    InvalidMessage(String messageKey) {
        super(messageKey);
    }
}
