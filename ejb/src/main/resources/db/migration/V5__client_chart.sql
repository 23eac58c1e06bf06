-- Haven schema, version 5: the client's chart (SPEC R12, R13). Docs & Forms are shares of sent
-- attachments (gone with the attachment when its message is deleted, R14); chart notes stay in the
-- chart even when the thread they came from is deleted (the link is then cleared).

CREATE TABLE chart_document (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    practice_id    VARCHAR(36) NOT NULL REFERENCES practice (id),
    client_id      VARCHAR(36) NOT NULL REFERENCES account (id),
    attachment_id  VARCHAR(36) NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
    thread_id      VARCHAR(36) NOT NULL,
    shared_by      VARCHAR(36) NOT NULL REFERENCES account (id),
    shared_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chart_document_unique UNIQUE (client_id, attachment_id)
);
CREATE INDEX chart_document_client_idx ON chart_document (client_id, shared_at);
CREATE INDEX chart_document_attachment_idx ON chart_document (attachment_id);

CREATE TABLE chart_note (
    id           VARCHAR(36)     NOT NULL PRIMARY KEY,
    practice_id  VARCHAR(36)     NOT NULL REFERENCES practice (id),
    client_id    VARCHAR(36)     NOT NULL REFERENCES account (id),
    author_id    VARCHAR(36)     NOT NULL REFERENCES account (id),
    thread_id    VARCHAR(36)     REFERENCES message_thread (id) ON DELETE SET NULL,
    body         VARCHAR(200000) NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX chart_note_client_idx ON chart_note (client_id, written_at);
