-- Prevention in the send path: held messages (grace delay, four-eyes approval) and decisions.
ALTER TABLE messages ADD COLUMN deliver_at INTEGER;
ALTER TABLE messages ADD COLUMN created_at INTEGER;
ALTER TABLE messages ADD COLUMN escalated_at INTEGER;
ALTER TABLE messages ADD COLUMN verdict TEXT;
ALTER TABLE messages ADD COLUMN findings TEXT;
CREATE INDEX messages_pending ON messages(status, deliver_at)
    WHERE status IN ('pending_grace', 'pending_approval');

CREATE TABLE message_decisions (
    id          INTEGER PRIMARY KEY,
    message_id  INTEGER NOT NULL REFERENCES messages(id),
    decision    TEXT NOT NULL,
    actor_id    INTEGER REFERENCES users(id),
    comment     TEXT,
    at          INTEGER NOT NULL
);
CREATE INDEX message_decisions_by_message ON message_decisions(message_id, id);
