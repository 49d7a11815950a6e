-- The search index runs a little behind the sends (see src/sqlite/search_index.rs): every
-- delivered message with an id above `indexed_upto` is still to be indexed. Everything stored
-- before this migration was indexed in its own transaction.
CREATE TABLE search_progress (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_upto  INTEGER NOT NULL
);
INSERT INTO search_progress (id, indexed_upto) SELECT 1, COALESCE(MAX(id), 0) FROM messages;
