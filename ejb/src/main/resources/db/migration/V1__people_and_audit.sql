-- Haven schema, version 1: practices, accounts (staff and clients) and the audit trail.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE TABLE practice (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE account (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    practice_id     VARCHAR(36)  NOT NULL REFERENCES practice (id),
    kind            VARCHAR(10)  NOT NULL,
    login           VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(255),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    portal_account  BOOLEAN      NOT NULL DEFAULT FALSE,
    client_status   VARCHAR(10),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_login_unique UNIQUE (login),
    CONSTRAINT account_kind_check CHECK (kind IN ('STAFF', 'CLIENT')),
    CONSTRAINT account_client_status_check CHECK (
        (kind = 'CLIENT' AND client_status IN ('ACTIVE', 'INACTIVE'))
        OR (kind = 'STAFF' AND client_status IS NULL))
);
CREATE INDEX account_practice_idx ON account (practice_id);

CREATE TABLE account_role (
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE client_provider (
    client_id    VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    provider_id  VARCHAR(36) NOT NULL REFERENCES account (id),
    PRIMARY KEY (client_id, provider_id)
);
CREATE INDEX client_provider_provider_idx ON client_provider (provider_id);

-- Append-only: ids and an action, never content, names or addresses.
CREATE TABLE audit_event (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    action       VARCHAR(40) NOT NULL,
    practice_id  VARCHAR(36),
    actor_id     VARCHAR(36),
    subject_id   VARCHAR(36)
);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at);
CREATE INDEX audit_event_practice_idx ON audit_event (practice_id, occurred_at);
