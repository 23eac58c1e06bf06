package app.haven.domain.thread;

import app.haven.domain.account.AccountId;

/** Someone taking part in a thread, with the name a mailbox row shows for them. */
public record ParticipantName(AccountId account, String name) {
}
