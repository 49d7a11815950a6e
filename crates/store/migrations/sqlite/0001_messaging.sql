CREATE TABLE workspaces (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    settings    TEXT NOT NULL DEFAULT '{}',
    created_at  INTEGER NOT NULL
);

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    workspace_id   INTEGER NOT NULL REFERENCES workspaces(id),
    email          TEXT NOT NULL,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    UNIQUE (workspace_id, email)
);

CREATE TABLE sessions (
    token_hash  BLOB PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    csrf_token  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);

CREATE TABLE conversations (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id),
    title         TEXT,
    created_by    INTEGER NOT NULL REFERENCES users(id),
    created_at    INTEGER NOT NULL
);

CREATE TABLE members (
    conversation_id  INTEGER NOT NULL REFERENCES conversations(id),
    user_id          INTEGER NOT NULL REFERENCES users(id),
    last_read        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, user_id)
) WITHOUT ROWID;
CREATE INDEX members_by_user ON members(user_id, conversation_id);

-- body is NULL once a message is unsent: the text is gone from this table, not just flagged.
CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    workspace_id     INTEGER NOT NULL REFERENCES workspaces(id),
    conversation_id  INTEGER NOT NULL REFERENCES conversations(id),
    author_id        INTEGER NOT NULL REFERENCES users(id),
    body             TEXT,
    state            TEXT NOT NULL DEFAULT 'visible',
    status           TEXT NOT NULL DEFAULT 'delivered',
    client_id        TEXT,
    reply_to         INTEGER REFERENCES messages(id),
    sent_at          INTEGER NOT NULL,
    edited_at        INTEGER,
    removed_by       INTEGER REFERENCES users(id),
    removed_role     TEXT,
    removed_reason   TEXT,
    removed_at       INTEGER
);
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
CREATE INDEX messages_by_reply ON messages(reply_to) WHERE reply_to IS NOT NULL;
CREATE UNIQUE INDEX messages_by_client_id ON messages(conversation_id, author_id, client_id)
    WHERE client_id IS NOT NULL;

-- Earlier versions of edited messages; deleted with the message when it is unsent.
CREATE TABLE message_versions (
    message_id   INTEGER NOT NULL REFERENCES messages(id),
    version      INTEGER NOT NULL,
    body         TEXT NOT NULL,
    replaced_at  INTEGER NOT NULL,
    PRIMARY KEY (message_id, version)
) WITHOUT ROWID;

CREATE TABLE hidden_messages (
    message_id  INTEGER NOT NULL REFERENCES messages(id),
    user_id     INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (message_id, user_id)
) WITHOUT ROWID;

-- Contentless: the index keeps no copy of the text, and rows can be deleted from it.
CREATE VIRTUAL TABLE message_search USING fts5(
    body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);

-- Interim incident record until the ledger and evidence vault land; readable by owner/auditor only.
CREATE TABLE incidents (
    id                INTEGER PRIMARY KEY,
    workspace_id      INTEGER NOT NULL REFERENCES workspaces(id),
    kind              TEXT NOT NULL,
    reason            TEXT NOT NULL,
    note              TEXT,
    message_id        INTEGER NOT NULL REFERENCES messages(id),
    conversation_id   INTEGER NOT NULL REFERENCES conversations(id),
    actor_id          INTEGER NOT NULL REFERENCES users(id),
    actor_role        TEXT NOT NULL,
    author_id         INTEGER NOT NULL REFERENCES users(id),
    at                INTEGER NOT NULL,
    status            TEXT NOT NULL DEFAULT 'open',
    advice            TEXT NOT NULL,
    original_content  TEXT NOT NULL
);
CREATE INDEX incidents_by_workspace ON incidents(workspace_id, id);
