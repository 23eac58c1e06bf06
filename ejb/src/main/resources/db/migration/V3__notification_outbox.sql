-- Haven schema, version 3: the outbox of "a secure message is waiting" e-mails (SPEC R9).
-- Ids only: the recipient's address is read from the account when the e-mail is sent.

CREATE TABLE notification (
    id               VARCHAR(36) NOT NULL PRIMARY KEY,
    practice_id      VARCHAR(36) NOT NULL REFERENCES practice (id),
    recipient_id     VARCHAR(36) NOT NULL REFERENCES account (id),
    status           VARCHAR(10) NOT NULL,
    attempts         INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(20),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT notification_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
-- the dispatcher's question: what is due now?
CREATE INDEX notification_due_idx ON notification (status, next_attempt_at);
-- the admin page: what failed in my practice?
CREATE INDEX notification_practice_idx ON notification (practice_id, status, created_at);
