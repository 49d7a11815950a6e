//! The workspace's prevention rules seen from the server: the audit trail and live event of a
//! settings change, the checks on approval-trigger ids, and guest messages flagged to leads.
//!
//! Who hears about a flagged guest message: the leads and owners **who are members of its
//! conversation**. They are the ones who can act on it (a moderation removal is scoped to the
//! conversation like every message operation), and the hub only ever delivers an event to users
//! it names, so nobody outside the conversation learns of it. `GET /flags` lists the same set.

use retract_domain::{kinds, Action, ConversationId, NewEntry, Role, UserId, WorkspaceSettings};
use retract_store::{Conversation, StoredMessage};
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::state::{now_millis, AppState};

/// How many flagged messages the list looks at (newest first).
const FLAGS_LIMIT: u32 = 200;
/// How many settings changes the rules page shows.
const HISTORY_LIMIT: u32 = 50;

/// Whether the caller may read the moderation rules: every member but guests (the seed: rules
/// must be accessible to all community managers).
pub fn can_read_rules(caller: &Caller) -> bool {
    caller.role() != Role::Guest
}

pub fn require_read_rules(caller: &Caller) -> ApiResult<()> {
    if can_read_rules(caller) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "forbidden",
            "Guests cannot read the workspace's moderation rules.",
        ))
    }
}

/// Refuses sensitive conversations that are not the workspace's and onboarding members that are
/// not on the brand's team (only newly listed ids are checked).
pub async fn check_trigger_ids(
    state: &AppState,
    caller: &Caller,
    current: &WorkspaceSettings,
    next: &WorkspaceSettings,
) -> ApiResult<()> {
    let ws = caller.user.workspace_id;
    for id in &next.sensitive_conversations {
        if current.sensitive_conversations.contains(id) {
            continue;
        }
        if state.conversation(ws, ConversationId(*id)).await?.is_none() {
            return Err(ApiError::unprocessable(
                "invalid_settings",
                "A sensitive conversation is not a conversation of this workspace.",
            )
            .with("field", "sensitive_conversations")
            .with("problem", "unknown_id")
            .with("conversation_id", *id));
        }
    }
    if next
        .onboarding_members
        .iter()
        .any(|id| !current.onboarding_members.contains(id))
    {
        let users = state.store.users(ws).await?;
        for id in &next.onboarding_members {
            let team = users.iter().any(|u| u.id.0 == *id && u.role.is_team());
            if !team {
                return Err(ApiError::unprocessable(
                    "invalid_settings",
                    "A member in onboarding must be on the brand's team of this workspace.",
                )
                .with("field", "onboarding_members")
                .with("problem", "unknown_id")
                .with("user_id", *id));
            }
        }
    }
    Ok(())
}

/// The ledger entry recording who changed which settings (before → after); `None` when the
/// save changes nothing.
pub fn audit_entry(
    caller: &Caller,
    before: &WorkspaceSettings,
    after: &WorkspaceSettings,
) -> Option<NewEntry> {
    let diff = before.audit_diff(after);
    if diff.as_object().is_none_or(|o| o.is_empty()) {
        return None;
    }
    Some(NewEntry {
        at: now_millis(),
        kind: kinds::SETTINGS_CHANGED.to_string(),
        incident_id: None,
        actor: Some(caller.user.id),
        data: json!({"role": caller.user.role, "changes": diff}),
    })
}

/// Tells every member of the workspace that the settings changed, so open pages refresh their
/// windows and countdowns; guests learn the windows only.
pub async fn announce_settings(
    state: &AppState,
    caller: &Caller,
    before: &WorkspaceSettings,
    after: &WorkspaceSettings,
) -> ApiResult<()> {
    let names: Vec<String> = before
        .audit_diff(after)
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    let ws = caller.user.workspace_id;
    metrics::counter!("retract_settings_changed_total").increment(1);
    let windows = json!({
        "unsend_window_seconds": after.unsend_window_seconds,
        "edit_window_seconds": after.edit_window_seconds,
        "grace_seconds": after.grace_seconds,
        "approval_deadline_seconds": after.approval_deadline_seconds,
    });
    let at = crate::view::rfc3339(now_millis());
    let recipients: Vec<UserId> = state.store.users(ws).await?.iter().map(|u| u.id).collect();
    state.hub.publish(Event {
        recipients,
        team_payload:
            json!({"type": "settings.changed", "changed": names, "settings": windows, "at": at})
                .to_string()
                .into(),
        guest_payload: json!({"type": "settings.changed", "settings": windows, "at": at})
            .to_string()
            .into(),
        workspace_id: Some(ws),
        conversation_id: None,
        settings_changed: true,
        ended_session: None,
    });
    Ok(())
}

/// The categories/kinds of a flagged message's findings (`insult/insult`, `link/lookalike`).
fn flag_kinds(message: &StoredMessage) -> Vec<String> {
    message
        .findings
        .as_ref()
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|f| {
                    let c = f.get("category")?.as_str()?;
                    let k = f.get("kind")?.as_str()?;
                    retract_domain::flags_incoming(c, k).then(|| format!("{c}/{k}"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Tells the leads and owners of the conversation, live, that a guest's message was flagged.
/// The event names the message and what was found, never the evidence.
pub fn notify_flagged(state: &AppState, message: &StoredMessage, conversation: &Conversation) {
    let recipients: Vec<UserId> = conversation
        .members
        .iter()
        .filter(|m| matches!(m.role, Role::Lead | Role::Owner))
        .map(|m| m.id)
        .collect();
    if recipients.is_empty() {
        return;
    }
    metrics::counter!("retract_guest_messages_flagged_total").increment(1);
    let payload: std::sync::Arc<str> = json!({
        "type": "message.flagged",
        "conversation_id": message.conversation_id,
        "message": {"id": message.id, "author": message.author, "author_name": message.author_name},
        "flags": flag_kinds(message),
        "at": crate::view::rfc3339(now_millis()),
    })
    .to_string()
    .into();
    state.hub.publish(Event {
        recipients,
        team_payload: payload,
        // Never addressed to a guest; should one be named, it learns nothing.
        guest_payload: json!({"type": "message.flagged"}).to_string().into(),
        workspace_id: Some(conversation.workspace_id),
        conversation_id: Some(message.conversation_id),
        settings_changed: false,
        ended_session: None,
    });
}

/// A flagged guest message in the leads' list.
pub struct Flag {
    pub message: StoredMessage,
    pub conversation_title: Option<String>,
    pub flags: Vec<String>,
}

/// Guest messages flagged when they arrived and still visible, in the caller's conversations
/// (leads and owners: the ones who may remove them as moderation).
pub async fn flags(state: &AppState, caller: &Caller) -> ApiResult<Vec<Flag>> {
    caller.require(Action::ModerateGuestMessage)?;
    let ws = caller.user.workspace_id;
    let mut out = Vec::new();
    for message in state.store.flagged_messages(ws, FLAGS_LIMIT).await? {
        let Some(conversation) = state.conversation(ws, message.conversation_id).await? else {
            continue;
        };
        if !conversation.members.iter().any(|m| m.id == caller.user.id) {
            continue;
        }
        out.push(Flag {
            flags: flag_kinds(&message),
            conversation_title: conversation.title.clone(),
            message,
        });
    }
    Ok(out)
}

/// One recorded settings change, for the rules page.
pub struct Change {
    pub at: i64,
    pub actor_name: String,
    pub changes: Value,
}

/// The workspace's settings changes, newest first, read from the ledger.
pub async fn history(state: &AppState, caller: &Caller) -> ApiResult<Vec<Change>> {
    require_read_rules(caller)?;
    let ws = caller.user.workspace_id;
    let users = state.store.users(ws).await?;
    let lines = state
        .store
        .ledger_lines_of_kind(ws, kinds::SETTINGS_CHANGED, HISTORY_LIMIT)
        .await?;
    let mut out = Vec::new();
    for line in &lines {
        let Ok(entry) = retract_domain::LedgerEntry::parse_line(line) else {
            continue;
        };
        if entry.kind != kinds::SETTINGS_CHANGED {
            continue;
        }
        let actor_name = entry
            .actor
            .and_then(|a| users.iter().find(|u| u.id == a))
            .map(|u| u.name.clone())
            .unwrap_or_default();
        out.push(Change {
            at: entry.at,
            actor_name,
            changes: entry.data.get("changes").cloned().unwrap_or(Value::Null),
        });
    }
    Ok(out)
}
