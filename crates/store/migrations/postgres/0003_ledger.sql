-- The incident ledger: append-only, hash-chained lines per workspace (crates/domain ledger format).
CREATE TABLE ledger_entries (
    workspace_id  BIGINT NOT NULL REFERENCES workspaces(id),
    seq           BIGINT NOT NULL,
    line          TEXT NOT NULL,
    incident_id   BIGINT,
    PRIMARY KEY (workspace_id, seq)
);
CREATE FUNCTION ledger_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only';
END;
$$;
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_entries_refuse_change();
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_refuse_change();

-- Each workspace's Ed25519 checkpoint key, wrapped by the deployment's master key.
CREATE TABLE workspace_signing_keys (
    workspace_id  BIGINT PRIMARY KEY REFERENCES workspaces(id),
    wrapped_key   BYTEA NOT NULL
);
