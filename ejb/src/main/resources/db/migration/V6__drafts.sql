-- Haven schema, version 6: drafts (SPEC R6). A draft is its author's alone; the files uploaded for
-- it stay staged attachments that point at it. The purge pages through expired drafts by id.

CREATE TABLE draft (
    id           VARCHAR(36)     NOT NULL PRIMARY KEY,
    practice_id  VARCHAR(36)     NOT NULL REFERENCES practice (id),
    author_id    VARCHAR(36)     NOT NULL REFERENCES account (id),
    recipients   VARCHAR(100000) NOT NULL,
    subject      VARCHAR(400),
    body         VARCHAR(200000),
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT          NOT NULL DEFAULT 0
);
-- the Drafts folder
CREATE INDEX draft_author_idx ON draft (author_id, saved_at);
-- the purge: expired drafts, in id order from a checkpoint
CREATE INDEX draft_expiry_idx ON draft (saved_at, id);

ALTER TABLE attachment ADD COLUMN draft_id VARCHAR(36) REFERENCES draft (id) ON DELETE SET NULL;
CREATE INDEX attachment_draft_idx ON attachment (draft_id);
