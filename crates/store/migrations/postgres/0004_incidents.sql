-- Incidents get their follow-up life cycle, and lose their plaintext: removed content now lives
-- sealed in incident_evidence. Plaintext of incidents opened before this migration waits in
-- legacy_evidence until a server seals it at start-up (it needs the vault key, which the
-- database never holds), then is deleted.
ALTER TABLE incidents
    ADD COLUMN advice_followed    BOOLEAN,
    ADD COLUMN escalated          BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN decided_by         BIGINT REFERENCES users(id),
    ADD COLUMN first_followup_at  BIGINT,
    ADD COLUMN closed_at          BIGINT,
    ADD COLUMN closing_note       TEXT;
CREATE TABLE legacy_evidence (
    incident_id   BIGINT PRIMARY KEY,
    workspace_id  BIGINT NOT NULL,
    content       TEXT NOT NULL
);
INSERT INTO legacy_evidence (incident_id, workspace_id, content)
    SELECT id, workspace_id, original_content FROM incidents;
ALTER TABLE incidents DROP COLUMN original_content;
CREATE INDEX incidents_by_message ON incidents(message_id);

-- One row per removal: the content under its own data key, wrapped by the workspace key.
-- Erasure nulls the wrapped key (and the ciphertext with it).
CREATE TABLE incident_evidence (
    incident_id       BIGINT PRIMARY KEY REFERENCES incidents(id),
    wrapped_data_key  BYTEA,
    nonce             BYTEA NOT NULL,
    ciphertext        BYTEA,
    commitment        TEXT NOT NULL,
    erased_at         BIGINT
);

CREATE TABLE incident_checklist (
    incident_id  BIGINT NOT NULL REFERENCES incidents(id),
    item         TEXT NOT NULL,
    done_at      BIGINT NOT NULL,
    done_by      BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (incident_id, item)
);

CREATE TABLE incident_followups (
    incident_id  BIGINT NOT NULL REFERENCES incidents(id),
    message_id   BIGINT NOT NULL REFERENCES messages(id),
    at           BIGINT NOT NULL,
    PRIMARY KEY (incident_id, message_id)
);

-- Every wrapped per-workspace key, by purpose (ledger signing, evidence vault).
CREATE TABLE workspace_keys (
    workspace_id  BIGINT NOT NULL REFERENCES workspaces(id),
    purpose       TEXT NOT NULL,
    wrapped_key   BYTEA NOT NULL,
    PRIMARY KEY (workspace_id, purpose)
);
INSERT INTO workspace_keys (workspace_id, purpose, wrapped_key)
    SELECT workspace_id, 'signing', wrapped_key FROM workspace_signing_keys;
DROP TABLE workspace_signing_keys;

CREATE INDEX ledger_entries_by_incident ON ledger_entries(workspace_id, incident_id);
