package app.haven.application;

import java.io.Serializable;
/** Someone who takes part in a thread. */
public record ParticipantView(String accountId, String displayName, boolean client) implements Serializable {
}
