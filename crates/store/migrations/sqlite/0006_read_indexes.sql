-- Indexes for two reads that otherwise grow with the size of a conversation or of the database.

-- The index of held messages, rewritten so that SQLite can use it: its planner proves that a
-- query's `status = 'pending_grace'` implies an index's `status = 'pending_grace' OR ...`, but
-- not an index's `status IN (...)`, so the former index was never chosen and every look for due
-- held messages (each tick of the background task) read the whole table.
DROP INDEX messages_pending;
CREATE INDEX messages_pending ON messages(status, deliver_at)
    WHERE status = 'pending_grace' OR status = 'pending_approval';

-- An author's recent unsends in a conversation (the deletion advisor asks before every unsend):
-- without it, the count read every message of the conversation.
CREATE INDEX messages_unsent ON messages(conversation_id, author_id, removed_at)
    WHERE state = 'unsent';
