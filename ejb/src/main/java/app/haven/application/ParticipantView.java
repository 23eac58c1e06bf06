package app.haven.application;

/** Someone who takes part in a thread. */
public record ParticipantView(String accountId, String displayName, boolean client) {
}
