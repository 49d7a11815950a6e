-- An author's recent unsends in a conversation (the deletion advisor asks before every unsend):
-- without it, the count read every message of the conversation.
CREATE INDEX messages_unsent ON messages(conversation_id, author_id, removed_at)
    WHERE state = 'unsent';
