-- Haven schema, version 4: attachments (SPEC R5). The bytes are not here: they are encrypted in
-- the storage folder under the attachment's id. A row without a message is a staged upload.

CREATE TABLE attachment (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    practice_id   VARCHAR(36)  NOT NULL REFERENCES practice (id),
    uploaded_by   VARCHAR(36)  NOT NULL REFERENCES account (id),
    message_id    VARCHAR(36)  REFERENCES message (id) ON DELETE CASCADE,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT attachment_size_check CHECK (size_bytes > 0)
);
-- a thread's attachments, and a message's when it is deleted
CREATE INDEX attachment_message_idx ON attachment (message_id);
-- the sweep of staged uploads that were never sent
CREATE INDEX attachment_staged_idx ON attachment (uploaded_at, message_id);
