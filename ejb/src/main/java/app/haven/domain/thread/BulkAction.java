package app.haven.domain.thread;

import java.time.Instant;

/** What a person can do to several of their threads at once (R8); it changes only their own view. */
public enum BulkAction {
    MARK_READ {
        @Override
        void applyTo(Participation participation, Instant at) {
            participation.read(at);
        }
    },
    MARK_UNREAD {
        @Override
        void applyTo(Participation participation, Instant at) {
            participation.markUnread();
        }
    },
    ARCHIVE {
        @Override
        void applyTo(Participation participation, Instant at) {
            participation.moveTo(Folder.ARCHIVE);
        }
    },
    TRASH {
        @Override
        void applyTo(Participation participation, Instant at) {
            participation.moveTo(Folder.TRASH);
        }
    },
    RESTORE {
        @Override
        void applyTo(Participation participation, Instant at) {
            participation.moveTo(Folder.INBOX);
        }
    };

    abstract void applyTo(Participation participation, Instant at);

    /** Applies the action to one person's view of one thread. */
    public void apply(Participation participation, Instant at) {
        applyTo(participation, at);
    }
}
