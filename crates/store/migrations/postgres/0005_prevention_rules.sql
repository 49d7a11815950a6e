-- Prevention rules: why a held message waits for approval (the workspace's triggers, as a JSON
-- array of names), and guest messages flagged to leads (insult, illegal content, dangerous link).
ALTER TABLE messages ADD COLUMN approval_triggers TEXT;
ALTER TABLE messages ADD COLUMN flagged BOOLEAN;
CREATE INDEX messages_flagged ON messages(workspace_id, id) WHERE flagged = TRUE;
