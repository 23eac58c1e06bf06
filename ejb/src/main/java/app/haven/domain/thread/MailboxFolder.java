package app.haven.domain.thread;

/**
 * The folders a person browses (R8). Inbox: threads in which someone else wrote to them; Sent:
 * threads in which they wrote (unless trashed); Archive and Trash: where they put them. Drafts
 * are not threads and have a folder of their own.
 */
public enum MailboxFolder {
    INBOX,
    SENT,
    ARCHIVE,
    TRASH
}
