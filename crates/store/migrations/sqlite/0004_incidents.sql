-- Incidents get their follow-up life cycle, and lose their plaintext: removed content now lives
-- sealed in incident_evidence. Plaintext of incidents opened before this migration waits in
-- legacy_evidence until the server seals it at start-up (it needs the vault key, which the
-- database never holds), then is deleted (secure_delete overwrites it).
CREATE TABLE incidents_v4 (
    id                 INTEGER PRIMARY KEY,
    workspace_id       INTEGER NOT NULL REFERENCES workspaces(id),
    kind               TEXT NOT NULL,
    reason             TEXT NOT NULL,
    note               TEXT,
    message_id         INTEGER NOT NULL REFERENCES messages(id),
    conversation_id    INTEGER NOT NULL REFERENCES conversations(id),
    actor_id           INTEGER NOT NULL REFERENCES users(id),
    actor_role         TEXT NOT NULL,
    author_id          INTEGER NOT NULL REFERENCES users(id),
    at                 INTEGER NOT NULL,
    status             TEXT NOT NULL DEFAULT 'open',
    advice             TEXT NOT NULL,
    advice_followed    INTEGER,
    escalated          INTEGER NOT NULL DEFAULT 0,
    decided_by         INTEGER REFERENCES users(id),
    first_followup_at  INTEGER,
    closed_at          INTEGER,
    closing_note       TEXT
);
INSERT INTO incidents_v4 (id, workspace_id, kind, reason, note, message_id, conversation_id,
                          actor_id, actor_role, author_id, at, status, advice)
    SELECT id, workspace_id, kind, reason, note, message_id, conversation_id,
           actor_id, actor_role, author_id, at, status, advice FROM incidents;
CREATE TABLE legacy_evidence (
    incident_id   INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL,
    content       TEXT NOT NULL
);
INSERT INTO legacy_evidence (incident_id, workspace_id, content)
    SELECT id, workspace_id, original_content FROM incidents;
DROP TABLE incidents;
ALTER TABLE incidents_v4 RENAME TO incidents;
CREATE INDEX incidents_by_workspace ON incidents(workspace_id, id);
CREATE INDEX incidents_by_message ON incidents(message_id);

-- One row per removal: the content under its own data key, wrapped by the workspace key.
-- Erasure nulls the wrapped key (and the ciphertext with it).
CREATE TABLE incident_evidence (
    incident_id       INTEGER PRIMARY KEY REFERENCES incidents(id),
    wrapped_data_key  BLOB,
    nonce             BLOB NOT NULL,
    ciphertext        BLOB,
    commitment        TEXT NOT NULL,
    erased_at         INTEGER
);

CREATE TABLE incident_checklist (
    incident_id  INTEGER NOT NULL REFERENCES incidents(id),
    item         TEXT NOT NULL,
    done_at      INTEGER NOT NULL,
    done_by      INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (incident_id, item)
) WITHOUT ROWID;

CREATE TABLE incident_followups (
    incident_id  INTEGER NOT NULL REFERENCES incidents(id),
    message_id   INTEGER NOT NULL REFERENCES messages(id),
    at           INTEGER NOT NULL,
    PRIMARY KEY (incident_id, message_id)
) WITHOUT ROWID;

-- Every wrapped per-workspace key, by purpose (ledger signing, evidence vault).
CREATE TABLE workspace_keys (
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id),
    purpose       TEXT NOT NULL,
    wrapped_key   BLOB NOT NULL,
    PRIMARY KEY (workspace_id, purpose)
) WITHOUT ROWID;
INSERT INTO workspace_keys (workspace_id, purpose, wrapped_key)
    SELECT workspace_id, 'signing', wrapped_key FROM workspace_signing_keys;
DROP TABLE workspace_signing_keys;

-- Deleting from the search index removes the terms from its b-tree at once instead of leaving
-- them behind delete markers until the next merge: no word of an unsent message stays on disk.
INSERT INTO message_search(message_search, rank) VALUES('secure-delete', 1);

CREATE INDEX ledger_entries_by_incident ON ledger_entries(workspace_id, incident_id);
