//! retract's persistence: the [`Store`] trait and its SQLite backend.
//!
//! The server never knows which backend it holds. Every backend must pass the same conformance
//! suite ([`conformance`]); SQLite is the embedded default, PostgreSQL the scale-out one.
//!
//! Invariant: an unsent message's text never leaves a backend towards a member. Backends null the
//! body, delete every earlier version and purge the search index in the same transaction as the
//! unsend; the only copy left is the incident's evidence, read through [`Store::incident_content`].
//!
//! ```no_run
//! # async fn demo() -> Result<(), retract_store::StoreError> {
//! use retract_store::{SqliteStore, Store};
//! let store = SqliteStore::open(std::path::Path::new("./retract-data"))?;
//! let ws = store.create_workspace("demo", "Demo", 0).await?;
//! # Ok(()) }
//! ```

use async_trait::async_trait;
use retract_domain::{
    ConversationId, FollowupItem, IncidentId, IncidentStatus, LedgerEntry, MessageBody, MessageId,
    Millis, Reason, Role, UserId, WorkspaceId, WorkspaceSettings,
};
use serde::Serialize;
use std::sync::Arc;
use vault::{Sealed, SealedEvidence, WorkspaceKey};

pub mod conformance;
mod postgres;
mod removal;
mod sqlite;
pub mod vault;

pub use postgres::{PgOptions, PgStore};
pub use sqlite::SqliteStore;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("database error: {0}")]
    Database(String),
    #[error("storage is shutting down")]
    Closed,
    /// A text holds a character the database cannot store (PostgreSQL's `text` refuses NUL):
    /// the caller's input is at fault, not the database, and nothing was written.
    #[error("the text holds a character that cannot be stored")]
    InvalidText,
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match err {
            rusqlite::Error::QueryReturnedNoRows => StoreError::NotFound,
            other => StoreError::Database(other.to_string()),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Workspace {
    pub id: WorkspaceId,
    pub slug: String,
    pub name: String,
}

/// A member of a workspace as others see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: UserId,
    pub workspace_id: WorkspaceId,
    pub email: String,
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub workspace_id: WorkspaceId,
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
    pub now: Millis,
}

/// A login session or API token; only the SHA-256 of the token is stored.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub csrf_token: String,
    pub expires_at: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConversationSummary {
    pub id: ConversationId,
    pub title: Option<String>,
    pub members: Vec<UserId>,
    pub unread: u32,
    /// The newest message the member may see; a tombstone keeps no text.
    pub last_message: Option<StoredMessage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversation {
    pub id: ConversationId,
    pub workspace_id: WorkspaceId,
    pub title: Option<String>,
    pub members: Vec<User>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageState {
    Visible,
    Unsent,
}

/// Who removed a message, in which role and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemovalInfo {
    pub by: UserId,
    pub by_name: String,
    pub role: Role,
    pub reason: Reason,
    pub at: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuotedMessage {
    pub id: MessageId,
    pub author: UserId,
    pub author_name: String,
    /// `None` once the quoted message is unsent.
    pub snippet: Option<String>,
}

/// A message as stored. `body` is `None` exactly when `state` is `Unsent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredMessage {
    pub id: MessageId,
    pub conversation_id: ConversationId,
    pub author: UserId,
    pub author_name: String,
    pub author_role: Role,
    pub body: Option<String>,
    pub state: MessageState,
    pub edited: bool,
    pub sent_at: Millis,
    pub reply_to: Option<QuotedMessage>,
    pub removal: Option<RemovalInfo>,
    pub status: DeliveryStatus,
    /// When a message held for the undo-send grace delay goes out.
    pub deliver_at: Option<Millis>,
    /// The guard's findings when the message was written (never shown to guests).
    pub findings: Option<serde_json::Value>,
}

/// Where a message is on its way out (M-8, four-eyes approval). Only `Delivered` messages are
/// ever visible to anyone but their author.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    Delivered,
    PendingGrace,
    PendingApproval,
    Cancelled,
    Rejected,
}

impl DeliveryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::PendingGrace => "pending_grace",
            DeliveryStatus::PendingApproval => "pending_approval",
            DeliveryStatus::Cancelled => "cancelled",
            DeliveryStatus::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<DeliveryStatus> {
        [
            DeliveryStatus::Delivered,
            DeliveryStatus::PendingGrace,
            DeliveryStatus::PendingApproval,
            DeliveryStatus::Cancelled,
            DeliveryStatus::Rejected,
        ]
        .into_iter()
        .find(|d| d.as_str() == s)
    }

    pub fn is_pending(self) -> bool {
        matches!(
            self,
            DeliveryStatus::PendingGrace | DeliveryStatus::PendingApproval
        )
    }
}

/// A message's replacement text with the guard's reading of it. An edit or an approver's
/// correction replaces the verdict and findings of the old text (findings point into the text
/// they were found in, so the old ones would mark the wrong characters or things gone).
#[derive(Debug, Clone)]
pub struct NewText {
    pub body: MessageBody,
    pub verdict: Option<String>,
    pub findings: Option<serde_json::Value>,
    /// A guest's edit that brings in an insult, illegal content or a dangerous link flags the
    /// message for leads; an edit never clears a flag (the leads still see the history).
    pub flag: bool,
}

/// What happens to a pending message. Exactly one decision wins per message: the store applies
/// it only if the message is still in one of the expected statuses.
#[derive(Debug, Clone)]
pub enum Decision {
    /// Deliver now, optionally with an approver's corrected text.
    Deliver {
        corrected: Option<NewText>,
    },
    Cancel,
    Reject,
}

impl Decision {
    pub fn name(&self) -> &'static str {
        match self {
            Decision::Deliver { corrected: Some(_) } => "edited_and_approved",
            Decision::Deliver { corrected: None } => "delivered",
            Decision::Cancel => "cancelled",
            Decision::Reject => "rejected",
        }
    }
}

/// One recorded decision about a message: who, when, what and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionRecord {
    pub decision: String,
    pub actor: Option<UserId>,
    pub actor_name: Option<String>,
    pub comment: Option<String>,
    pub at: Millis,
}

/// A message waiting for its grace delay or a lead's approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PendingMessage {
    pub workspace_id: WorkspaceId,
    pub message: StoredMessage,
    pub conversation_title: Option<String>,
    pub verdict: Option<String>,
    pub created_at: Millis,
    pub escalated_at: Option<Millis>,
    /// Why it waits for approval (`guard`, `link`, `sensitive_conversation`, `onboarding`).
    pub approval_triggers: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct NewMessage {
    pub workspace_id: WorkspaceId,
    pub conversation_id: ConversationId,
    pub author: UserId,
    pub body: MessageBody,
    pub client_id: Option<String>,
    pub reply_to: Option<MessageId>,
    pub now: Millis,
    /// `Delivered`, `PendingGrace` (with `deliver_at`) or `PendingApproval`.
    pub status: DeliveryStatus,
    pub deliver_at: Option<Millis>,
    pub verdict: Option<String>,
    pub findings: Option<serde_json::Value>,
    /// Why a `PendingApproval` message waits (names of the workspace's triggers).
    pub approval_triggers: Vec<String>,
    /// A guest's message with dangerous findings, listed for leads (it is still delivered).
    pub flagged: bool,
    /// The incident this message follows up (F-): linked, and the incident's first follow-up
    /// time recorded, in the same transaction. `NotFound` if it is not an incident of the
    /// workspace about this conversation that still takes follow-ups.
    pub followup_of: Option<IncidentId>,
}

impl NewMessage {
    /// A message delivered at once with no guard reading, no reply and no client id: the base
    /// that a caller changes a field or two of.
    pub fn delivered(
        workspace_id: WorkspaceId,
        conversation_id: ConversationId,
        author: UserId,
        body: MessageBody,
        now: Millis,
    ) -> NewMessage {
        NewMessage {
            workspace_id,
            conversation_id,
            author,
            body,
            client_id: None,
            reply_to: None,
            now,
            status: DeliveryStatus::Delivered,
            deliver_at: None,
            verdict: None,
            findings: None,
            approval_triggers: Vec::new(),
            flagged: false,
            followup_of: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendOutcome {
    pub message: StoredMessage,
    /// `false` when the `client_id` had been seen: the earlier message is returned unchanged.
    pub created: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageVersion {
    pub version: u32,
    pub body: String,
    pub replaced_at: Millis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentKind {
    Unsend,
    Moderation,
}

impl IncidentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            IncidentKind::Unsend => "unsend",
            IncidentKind::Moderation => "moderation",
        }
    }
}

/// An unsend or moderation removal to apply atomically with its incident record.
#[derive(Debug, Clone)]
pub struct Removal {
    pub workspace_id: WorkspaceId,
    pub message_id: MessageId,
    pub actor: UserId,
    pub actor_role: Role,
    pub kind: IncidentKind,
    pub reason: Reason,
    pub note: Option<String>,
    /// The advisor's answer, as JSON, recorded with the incident and on the ledger.
    pub advice: serde_json::Value,
    /// Extra facts for the ledger's `incident.opened` entry (findings…); never the removed text.
    pub ledger_data: serde_json::Value,
    /// Whether the requester did what the advisor recommended (L-1).
    pub advice_followed: bool,
    /// A leak of personal data or a secret: the incident is marked for the leads (D-, `escalate`).
    pub escalated: bool,
    pub now: Millis,
}

/// A lead's answer to an unsend that waits for approval (rewriting history, D-3).
#[derive(Debug, Clone)]
pub struct RemovalDecision {
    pub workspace_id: WorkspaceId,
    pub incident_id: IncidentId,
    pub approve: bool,
    pub actor: UserId,
    pub comment: Option<String>,
    pub now: Millis,
}

/// What a workspace key is for; each workspace has at most one of each, stored wrapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPurpose {
    /// Ed25519 key signing the ledger's checkpoints.
    Signing,
    /// Key-encryption key of the evidence vault.
    Evidence,
}

impl KeyPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyPurpose::Signing => "signing",
            KeyPurpose::Evidence => "evidence",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Incident {
    pub id: IncidentId,
    pub kind: IncidentKind,
    pub reason: Reason,
    pub note: Option<String>,
    pub message_id: MessageId,
    pub conversation_id: ConversationId,
    pub actor: UserId,
    pub actor_role: Role,
    pub author: UserId,
    pub at: Millis,
    pub status: IncidentStatus,
    pub advice: serde_json::Value,
    pub advice_followed: Option<bool>,
    pub escalated: bool,
    /// The lead who approved or rejected a pending unsend.
    pub decided_by: Option<UserId>,
    pub first_followup_at: Option<Millis>,
    pub closed_at: Option<Millis>,
    pub closing_note: Option<String>,
}

/// One ticked step of an incident's follow-up checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistMark {
    pub item: FollowupItem,
    pub at: Millis,
    pub by: UserId,
}

/// An incident with everything its page shows: checklist, linked follow-ups and its ledger
/// entries (the timeline). Never the removed content.
#[derive(Debug, Clone, PartialEq)]
pub struct IncidentDetail {
    pub incident: Incident,
    pub checklist: Vec<ChecklistMark>,
    pub followups: Vec<(MessageId, Millis)>,
    pub timeline: Vec<LedgerEntry>,
}

impl IncidentDetail {
    /// Every follow-up step in the checklist's order, with its mark once it was done.
    pub fn steps(&self) -> impl Iterator<Item = (FollowupItem, Option<&ChecklistMark>)> + '_ {
        FollowupItem::ALL
            .into_iter()
            .map(|item| (item, self.checklist.iter().find(|m| m.item == item)))
    }
}

/// Narrows an incident list (the incident page's filters).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IncidentFilter {
    pub status: Option<IncidentStatus>,
    pub reason: Option<Reason>,
    /// Opened at or after (unix ms).
    pub from: Option<Millis>,
    /// Opened before (unix ms).
    pub to: Option<Millis>,
    /// About this message only.
    pub message: Option<MessageId>,
}

/// Which incidents a caller may list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncidentScope {
    Workspace,
    /// Those the user opened or that are about the user's own messages.
    InvolvingUser(UserId),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    pub message_id: MessageId,
    pub conversation_id: ConversationId,
    pub snippet: String,
    pub sent_at: Millis,
}

/// Persistence of everything retract keeps. All methods are scoped by workspace: an id of another
/// workspace behaves exactly like an unknown id.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    async fn create_workspace(
        &self,
        slug: &str,
        name: &str,
        now: Millis,
    ) -> StoreResult<WorkspaceId>;
    async fn workspace_by_slug(&self, slug: &str) -> StoreResult<Option<Workspace>>;
    async fn workspace(&self, id: WorkspaceId) -> StoreResult<Workspace>;
    /// Every workspace, for background passes that work one workspace at a time.
    async fn workspace_ids(&self) -> StoreResult<Vec<WorkspaceId>>;
    async fn settings(&self, ws: WorkspaceId) -> StoreResult<WorkspaceSettings>;
    /// Saves the settings and, in the same transaction, appends `audit` (who changed what) to
    /// the workspace's ledger: a change is never saved without its record, nor the reverse.
    async fn save_settings(
        &self,
        ws: WorkspaceId,
        settings: &WorkspaceSettings,
        audit: Option<retract_domain::NewEntry>,
    ) -> StoreResult<()>;

    /// `Conflict` when the e-mail is taken in that workspace.
    async fn create_user(&self, user: NewUser<'_>) -> StoreResult<UserId>;
    /// The user and their password hash.
    async fn user_by_email(
        &self,
        ws: WorkspaceId,
        email: &str,
    ) -> StoreResult<Option<(User, String)>>;
    async fn user(&self, ws: WorkspaceId, id: UserId) -> StoreResult<Option<User>>;
    async fn users(&self, ws: WorkspaceId) -> StoreResult<Vec<User>>;

    async fn create_session(
        &self,
        token_hash: [u8; 32],
        user: UserId,
        csrf_token: &str,
        now: Millis,
        expires_at: Millis,
    ) -> StoreResult<()>;
    /// The live session for a token hash; expired sessions are not returned.
    async fn session(&self, token_hash: [u8; 32], now: Millis) -> StoreResult<Option<Session>>;
    async fn delete_session(&self, token_hash: [u8; 32]) -> StoreResult<()>;

    /// `NotFound` when a member is not a user of the workspace.
    async fn create_conversation(
        &self,
        ws: WorkspaceId,
        title: Option<&str>,
        created_by: UserId,
        members: &[UserId],
        now: Millis,
    ) -> StoreResult<ConversationId>;
    async fn conversation(
        &self,
        ws: WorkspaceId,
        id: ConversationId,
    ) -> StoreResult<Option<Conversation>>;
    async fn conversations_for(
        &self,
        ws: WorkspaceId,
        user: UserId,
    ) -> StoreResult<Vec<ConversationSummary>>;
    /// Every conversation of the workspace as (id, title), oldest first, at most `limit` (for
    /// picking sensitive conversations on the rules page).
    async fn conversation_titles(
        &self,
        ws: WorkspaceId,
        limit: u32,
    ) -> StoreResult<Vec<(ConversationId, Option<String>)>>;

    /// Stores a message, or returns the earlier one with the same `client_id` from that author in
    /// that conversation. `NotFound` when `reply_to` is not a message of the conversation.
    async fn send_message(&self, message: NewMessage) -> StoreResult<SendOutcome>;
    async fn message(&self, ws: WorkspaceId, id: MessageId) -> StoreResult<Option<StoredMessage>>;
    /// A page of history as `viewer` sees it (hidden messages left out), newest last.
    async fn messages(
        &self,
        ws: WorkspaceId,
        conversation: ConversationId,
        viewer: UserId,
        before: Option<MessageId>,
        limit: u32,
    ) -> StoreResult<Vec<StoredMessage>>;
    /// Replaces the body, verdict and findings, keeping the previous body as a version.
    /// `Conflict("message_unsent")` if unsent, `Conflict("removal_pending")` while an unsend of
    /// it waits for a lead.
    async fn edit_message(
        &self,
        ws: WorkspaceId,
        id: MessageId,
        text: NewText,
        now: Millis,
    ) -> StoreResult<StoredMessage>;
    async fn message_versions(
        &self,
        ws: WorkspaceId,
        id: MessageId,
    ) -> StoreResult<Vec<MessageVersion>>;
    /// Whether someone other than the author replied to the message.
    async fn has_replies_from_others(&self, ws: WorkspaceId, id: MessageId) -> StoreResult<bool>;
    /// How many of `author`'s messages in the conversation were unsent by them since `since`.
    async fn unsends_since(
        &self,
        ws: WorkspaceId,
        conversation: ConversationId,
        author: UserId,
        since: Millis,
    ) -> StoreResult<u32>;
    /// Unsends the message and opens its incident in one transaction; the removed content (body
    /// and every earlier version) is sealed with `vault` into the incident's evidence, and the
    /// ledger's `incident.opened` entry keeps its commitment. `Conflict("already_unsent")` if
    /// already unsent, `Conflict("removal_pending")` while a lead is asked about it.
    async fn remove_message(
        &self,
        removal: Removal,
        vault: Arc<WorkspaceKey>,
    ) -> StoreResult<(StoredMessage, IncidentId)>;
    /// Opens an incident `pending_lead_approval` without touching the message: an unsend that
    /// rewrites history waits for a lead (D-3). Same conflicts as [`Store::remove_message`].
    async fn request_removal(&self, removal: Removal) -> StoreResult<IncidentId>;
    /// Approves (the message is removed as in [`Store::remove_message`], in the requester's
    /// name) or rejects a pending unsend. `Conflict("not_pending")` if it was already decided.
    async fn decide_removal(
        &self,
        decision: RemovalDecision,
        vault: Arc<WorkspaceKey>,
    ) -> StoreResult<(Incident, Option<StoredMessage>)>;
    async fn hide_message(&self, ws: WorkspaceId, id: MessageId, user: UserId) -> StoreResult<()>;
    /// Moves the member's read marker forward (never back).
    async fn mark_read(
        &self,
        ws: WorkspaceId,
        conversation: ConversationId,
        user: UserId,
        up_to: MessageId,
    ) -> StoreResult<()>;
    /// Full-text search over what `user` may still see: member conversations, visible and
    /// current versions only, hidden ones left out.
    async fn search(
        &self,
        ws: WorkspaceId,
        user: UserId,
        query: &str,
        conversation: Option<ConversationId>,
        limit: u32,
    ) -> StoreResult<Vec<SearchHit>>;

    /// Applies `decision` if the message is still in one of `expected` statuses, atomically:
    /// `Conflict("not_pending")` otherwise. Delivering sets `sent_at` to `now` and makes the
    /// message searchable. The decision is recorded with its actor and comment.
    #[allow(clippy::too_many_arguments)]
    async fn decide_message(
        &self,
        ws: WorkspaceId,
        id: MessageId,
        expected: &[DeliveryStatus],
        decision: Decision,
        actor: Option<UserId>,
        comment: Option<&str>,
        now: Millis,
    ) -> StoreResult<StoredMessage>;
    async fn message_decisions(
        &self,
        ws: WorkspaceId,
        id: MessageId,
    ) -> StoreResult<Vec<DecisionRecord>>;
    /// Messages in `status` (a pending one), oldest first; `None` lists every workspace's (for
    /// the background delivery of grace messages and approval escalation).
    async fn pending_messages(
        &self,
        ws: Option<WorkspaceId>,
        status: DeliveryStatus,
    ) -> StoreResult<Vec<PendingMessage>>;
    /// Delivered, still visible messages flagged when they were sent (a guest's insult or
    /// dangerous link), newest first.
    async fn flagged_messages(
        &self,
        ws: WorkspaceId,
        limit: u32,
    ) -> StoreResult<Vec<StoredMessage>>;
    /// Marks a pending approval as escalated; `false` when it already was or is no longer pending.
    async fn mark_escalated(
        &self,
        ws: WorkspaceId,
        id: MessageId,
        now: Millis,
    ) -> StoreResult<bool>;

    /// Appends an event to the workspace's ledger (hash-chained after the current head).
    async fn append_ledger(
        &self,
        ws: WorkspaceId,
        entry: retract_domain::NewEntry,
    ) -> StoreResult<retract_domain::LedgerEntry>;
    /// The workspace's ledger lines in order, exactly as they were hashed.
    async fn ledger_lines(&self, ws: WorkspaceId) -> StoreResult<Vec<String>>;
    /// The workspace's newest `limit` ledger lines of one kind, newest first (read from an
    /// index: the settings history must not read the whole ledger).
    async fn ledger_lines_of_kind(
        &self,
        ws: WorkspaceId,
        kind: &str,
        limit: u32,
    ) -> StoreResult<Vec<String>>;
    /// Stores the workspace's wrapped key for `purpose` unless one exists; returns the one stored
    /// (so nodes racing to create it end up with the same key).
    async fn wrapped_key_or_insert(
        &self,
        ws: WorkspaceId,
        purpose: KeyPurpose,
        wrapped: Vec<u8>,
    ) -> StoreResult<Vec<u8>>;

    /// Newest first.
    async fn incidents(
        &self,
        ws: WorkspaceId,
        scope: IncidentScope,
        filter: IncidentFilter,
    ) -> StoreResult<Vec<Incident>>;
    async fn incident(&self, ws: WorkspaceId, id: IncidentId) -> StoreResult<Option<Incident>>;
    async fn incident_detail(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
    ) -> StoreResult<Option<IncidentDetail>>;
    /// The sealed removed content (owner/auditor only; the caller checks). `None` when nothing
    /// was removed (a pending or rejected unsend); erased evidence has no data key.
    async fn incident_evidence(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
    ) -> StoreResult<Option<SealedEvidence>>;
    /// Destroys the evidence's data key (L-3 erasure) and records it on the ledger.
    /// `Conflict("already_erased")` when it was; `NotFound` when there is no evidence.
    async fn erase_evidence(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        actor: UserId,
        justification: &str,
        now: Millis,
    ) -> StoreResult<()>;
    /// Retention (L-3): erases the evidence of up to `limit` incidents opened before
    /// `opened_before` whose content is still sealed, each with its `content.erased` ledger
    /// entry (no actor, `retention_days` in its data). Returns the incidents erased.
    async fn erase_expired_evidence(
        &self,
        ws: WorkspaceId,
        opened_before: Millis,
        retention_days: u32,
        limit: u32,
        now: Millis,
    ) -> StoreResult<Vec<IncidentId>>;
    /// Ticks or unticks a checklist step; ticking moves an open incident to followed up. Both
    /// land on the ledger. `Conflict("incident_closed")` unless the incident takes follow-ups.
    async fn set_checklist_item(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        item: FollowupItem,
        done: bool,
        actor: UserId,
        now: Millis,
    ) -> StoreResult<Incident>;
    /// Closes the incident with a note. `Conflict("incident_closed")` unless it takes follow-ups.
    async fn close_incident(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        actor: UserId,
        note: &str,
        now: Millis,
    ) -> StoreResult<Incident>;
    /// Content of incidents opened before the vault existed, still in plaintext, to be sealed.
    async fn legacy_evidence(&self) -> StoreResult<Vec<(WorkspaceId, IncidentId, String)>>;
    /// Stores sealed evidence for a legacy incident and deletes its plaintext in one transaction.
    async fn seal_legacy_evidence(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        sealed: Sealed,
    ) -> StoreResult<()>;
}

/// Turns a user's search words into a safe full-text query: every word must appear, the last one
/// as a prefix; operators and quotes in the input are treated as plain text.
pub fn search_terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(str::to_lowercase)
        .collect()
}

/// The approval triggers stored with a held message (a JSON array of names; unreadable or
/// missing reads as none).
pub(crate) fn parse_triggers(stored: Option<&str>) -> Vec<String> {
    stored
        .and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or_default()
}

/// The first characters of a body, cut on a character boundary, for previews and quotes.
pub fn snippet(body: &str, max_chars: usize) -> String {
    match body.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &body[..cut]),
        None => body.to_string(),
    }
}
