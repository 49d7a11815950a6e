-- Each ledger entry's kind in a column of its own, so that one kind of entry (the settings
-- history) is read from an index instead of by parsing the whole ledger. The line stays the
-- record: the column is a copy of its `kind`, written with it. The append-only trigger is
-- lifted only to fill the column for the entries already stored, in this migration's transaction.
ALTER TABLE ledger_entries ADD COLUMN kind TEXT;
ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_no_update;
UPDATE ledger_entries SET kind = (line::jsonb) ->> 'kind';
ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_no_update;
CREATE INDEX ledger_entries_by_kind ON ledger_entries(workspace_id, kind, seq);
