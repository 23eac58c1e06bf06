-- Haven schema, version 2: threads, their messages and each participant's view of them.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE TABLE message_thread (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    practice_id  VARCHAR(36)  NOT NULL REFERENCES practice (id),
    subject      VARCHAR(400) NOT NULL,
    started_by   VARCHAR(36)  NOT NULL REFERENCES account (id),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE message (
    id         VARCHAR(36)     NOT NULL PRIMARY KEY,
    thread_id  VARCHAR(36)     NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
    position   INTEGER         NOT NULL,
    author_id  VARCHAR(36)     NOT NULL REFERENCES account (id),
    body       VARCHAR(200000) NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_position_unique UNIQUE (thread_id, position)
);

-- One row per person and thread: the mailbox and the unread badge are answered from here alone.
CREATE TABLE participation (
    id                VARCHAR(36) NOT NULL PRIMARY KEY,
    thread_id         VARCHAR(36) NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
    account_id        VARCHAR(36) NOT NULL REFERENCES account (id),
    client            BOOLEAN     NOT NULL,
    folder            VARCHAR(10) NOT NULL,
    received          BOOLEAN     NOT NULL,
    sent              BOOLEAN     NOT NULL,
    unread            BOOLEAN     NOT NULL,
    last_read_at      TIMESTAMP WITH TIME ZONE,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT participation_unique UNIQUE (thread_id, account_id),
    CONSTRAINT participation_folder_check CHECK (folder IN ('INBOX', 'ARCHIVE', 'TRASH'))
);
-- a folder page, newest first, keyset-paged on (last_activity_at, thread_id)
CREATE INDEX participation_mailbox_idx ON participation (account_id, folder, last_activity_at, thread_id);
-- the Sent folder
CREATE INDEX participation_sent_idx ON participation (account_id, sent, last_activity_at, thread_id);
-- the unread badge
CREATE INDEX participation_unread_idx ON participation (account_id, unread, folder);

-- Audit: what was refused or acted on in bulk, as a bundle key or an action name (never content).
ALTER TABLE audit_event ADD COLUMN detail VARCHAR(80);
