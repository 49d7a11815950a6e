-- PostgreSQL twin of migrations/sqlite/0001_messaging.sql: same tables, same columns, same
-- constraints. Times are Unix milliseconds (BIGINT), like on SQLite.

CREATE TABLE workspaces (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    settings    JSONB NOT NULL DEFAULT '{}',
    created_at  BIGINT NOT NULL
);

CREATE TABLE users (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id   BIGINT NOT NULL REFERENCES workspaces(id),
    email          TEXT NOT NULL,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    UNIQUE (workspace_id, email)
);

CREATE TABLE sessions (
    token_hash  BYTEA PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id),
    csrf_token  TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions(expires_at);

CREATE TABLE conversations (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id  BIGINT NOT NULL REFERENCES workspaces(id),
    title         TEXT,
    created_by    BIGINT NOT NULL REFERENCES users(id),
    created_at    BIGINT NOT NULL
);

CREATE TABLE members (
    conversation_id  BIGINT NOT NULL REFERENCES conversations(id),
    user_id          BIGINT NOT NULL REFERENCES users(id),
    last_read        BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX members_by_user ON members(user_id, conversation_id);

-- body is NULL once a message is unsent: the text is gone from this table, not just flagged.
-- search holds the lexemes of the current body only (NULL once unsent); see postgres.rs.
CREATE TABLE messages (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id     BIGINT NOT NULL REFERENCES workspaces(id),
    conversation_id  BIGINT NOT NULL REFERENCES conversations(id),
    author_id        BIGINT NOT NULL REFERENCES users(id),
    body             TEXT,
    search           TSVECTOR,
    state            TEXT NOT NULL DEFAULT 'visible',
    status           TEXT NOT NULL DEFAULT 'delivered',
    client_id        TEXT,
    reply_to         BIGINT REFERENCES messages(id),
    sent_at          BIGINT NOT NULL,
    edited_at        BIGINT,
    removed_by       BIGINT REFERENCES users(id),
    removed_role     TEXT,
    removed_reason   TEXT,
    removed_at       BIGINT,
    CONSTRAINT unsent_keeps_no_text CHECK (state <> 'unsent' OR (body IS NULL AND search IS NULL))
);
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
CREATE INDEX messages_by_reply ON messages(reply_to) WHERE reply_to IS NOT NULL;
CREATE UNIQUE INDEX messages_by_client_id ON messages(conversation_id, author_id, client_id)
    WHERE client_id IS NOT NULL;
CREATE INDEX messages_search ON messages USING GIN (search);

-- Earlier versions of edited messages; deleted with the message when it is unsent.
CREATE TABLE message_versions (
    message_id   BIGINT NOT NULL REFERENCES messages(id),
    version      INTEGER NOT NULL,
    body         TEXT NOT NULL,
    replaced_at  BIGINT NOT NULL,
    PRIMARY KEY (message_id, version)
);

CREATE TABLE hidden_messages (
    message_id  BIGINT NOT NULL REFERENCES messages(id),
    user_id     BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (message_id, user_id)
);

-- Interim incident record until the ledger and evidence vault land; readable by owner/auditor only.
CREATE TABLE incidents (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id      BIGINT NOT NULL REFERENCES workspaces(id),
    kind              TEXT NOT NULL,
    reason            TEXT NOT NULL,
    note              TEXT,
    message_id        BIGINT NOT NULL REFERENCES messages(id),
    conversation_id   BIGINT NOT NULL REFERENCES conversations(id),
    actor_id          BIGINT NOT NULL REFERENCES users(id),
    actor_role        TEXT NOT NULL,
    author_id         BIGINT NOT NULL REFERENCES users(id),
    at                BIGINT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'open',
    advice            JSONB NOT NULL,
    original_content  TEXT NOT NULL
);
CREATE INDEX incidents_by_workspace ON incidents(workspace_id, id);
