package app.haven.domain.thread;

/** Where a thread sits for one participant; moving it changes only that person's view (R8). */
public enum Folder {
    INBOX,
    ARCHIVE,
    TRASH
}
