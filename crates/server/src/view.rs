//! How stored things look to a member: the JSON of messages and events.
//!
//! The M-7 invariant lives here for outgoing data: an unsent message is rendered from its
//! tombstone fields only, never from a body.

use retract_domain::Millis;
use retract_store::{MessageState, StoredMessage};
use serde_json::{json, Value};

use crate::events::Event;

pub fn rfc3339(ms: Millis) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// A message as the list endpoint and events show it. Guests see the removal reason only when
/// the workspace shows it to them.
pub fn message_json(m: &StoredMessage, for_guest: bool, show_reason_to_guests: bool) -> Value {
    let body = match m.state {
        MessageState::Visible => m.body.clone(),
        MessageState::Unsent => None,
    };
    let reply_to = m.reply_to.as_ref().map(|q| {
        json!({ "id": q.id, "author": q.author, "author_name": q.author_name, "snippet": q.snippet })
    });
    let removal = m.removal.as_ref().map(|r| {
        let show_reason = !for_guest || show_reason_to_guests;
        json!({
            "by": r.by,
            "by_name": r.by_name,
            "role": r.role,
            "reason": if show_reason { Some(r.reason) } else { None },
            "at": rfc3339(r.at),
        })
    });
    json!({
        "id": m.id,
        "conversation_id": m.conversation_id,
        "author": m.author,
        "author_name": m.author_name,
        "author_role": m.author_role,
        "body": body,
        "state": m.state,
        "status": m.status,
        "deliver_at": m.deliver_at.map(rfc3339),
        // Findings are internal: the brand's team sees them, guests never do.
        "findings": if for_guest { None } else { m.findings.clone() },
        "edited": m.edited,
        "sent_at": rfc3339(m.sent_at),
        "reply_to": reply_to,
        "removed": removal,
    })
}

/// An event about one message for every member of its conversation.
pub fn message_event(
    kind: &str,
    m: &StoredMessage,
    recipients: Vec<retract_domain::UserId>,
    show_reason_to_guests: bool,
    at: Millis,
) -> Event {
    let payload = |for_guest: bool| {
        json!({
            "type": kind,
            "conversation_id": m.conversation_id,
            "message": message_json(m, for_guest, show_reason_to_guests),
            "at": rfc3339(at),
        })
        .to_string()
    };
    Event {
        recipients,
        team_payload: payload(false).into(),
        guest_payload: payload(true).into(),
        workspace_id: None,
        conversation_id: Some(m.conversation_id),
    }
}
