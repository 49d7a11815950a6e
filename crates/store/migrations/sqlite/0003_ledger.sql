-- The incident ledger: append-only, hash-chained lines per workspace (crates/domain ledger format).
CREATE TABLE ledger_entries (
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id),
    seq           INTEGER NOT NULL,
    line          TEXT NOT NULL,
    incident_id   INTEGER,
    PRIMARY KEY (workspace_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;

-- Each workspace's Ed25519 checkpoint key, wrapped by the deployment's master key.
CREATE TABLE workspace_signing_keys (
    workspace_id  INTEGER PRIMARY KEY REFERENCES workspaces(id),
    wrapped_key   BLOB NOT NULL
);
