//! How stored things look to a member: the JSON of messages and events.
//!
//! The M-7 invariant lives here for outgoing data: an unsent message is rendered from its
//! tombstone fields only, never from a body.

use retract_domain::{ConversationId, MessageId, Millis, Reason, Role, UserId};
use retract_store::{DeliveryStatus, MessageState, QuotedMessage, StoredMessage};
use serde::Serialize;
use serde_json::Value;

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
    serde_json::to_value(MessageView::new(m, for_guest, show_reason_to_guests))
        .unwrap_or(Value::Null)
}

/// The shape of [`message_json`], borrowed from the stored message: events serialize it
/// straight to text, once per audience, which costs a fraction of building a `Value` first.
#[derive(Serialize)]
pub struct MessageView<'a> {
    id: MessageId,
    conversation_id: ConversationId,
    author: UserId,
    author_name: &'a str,
    author_role: Role,
    body: Option<&'a str>,
    state: MessageState,
    status: DeliveryStatus,
    deliver_at: Option<String>,
    /// Findings are internal: the brand's team sees them, guests never do.
    findings: Option<&'a Value>,
    edited: bool,
    sent_at: String,
    reply_to: Option<&'a QuotedMessage>,
    removed: Option<RemovalView<'a>>,
}

#[derive(Serialize)]
struct RemovalView<'a> {
    by: UserId,
    by_name: &'a str,
    role: Role,
    reason: Option<Reason>,
    at: String,
}

impl<'a> MessageView<'a> {
    /// When it was sent, as RFC 3339.
    pub fn sent_at(&self) -> &str {
        &self.sent_at
    }

    pub fn new(m: &'a StoredMessage, for_guest: bool, show_reason_to_guests: bool) -> Self {
        let body = match m.state {
            MessageState::Visible => m.body.as_deref(),
            MessageState::Unsent => None,
        };
        let removed = m.removal.as_ref().map(|r| RemovalView {
            by: r.by,
            by_name: &r.by_name,
            role: r.role,
            reason: (!for_guest || show_reason_to_guests).then_some(r.reason),
            at: rfc3339(r.at),
        });
        MessageView {
            id: m.id,
            conversation_id: m.conversation_id,
            author: m.author,
            author_name: &m.author_name,
            author_role: m.author_role,
            body,
            state: m.state,
            status: m.status,
            deliver_at: m.deliver_at.map(rfc3339),
            findings: if for_guest { None } else { m.findings.as_ref() },
            edited: m.edited,
            sent_at: rfc3339(m.sent_at),
            reply_to: m.reply_to.as_ref(),
            removed,
        }
    }
}

#[derive(Serialize)]
struct MessageEventView<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    conversation_id: ConversationId,
    message: MessageView<'a>,
    at: &'a str,
}

/// An event about one message for every member of its conversation.
pub fn message_event(
    kind: &str,
    m: &StoredMessage,
    recipients: Vec<retract_domain::UserId>,
    show_reason_to_guests: bool,
    at: Millis,
) -> Event {
    let at = rfc3339(at);
    let payload = |for_guest: bool| -> std::sync::Arc<str> {
        serde_json::to_string(&MessageEventView {
            kind,
            conversation_id: m.conversation_id,
            message: MessageView::new(m, for_guest, show_reason_to_guests),
            at: &at,
        })
        .unwrap_or_default()
        .into()
    };
    let team_payload = payload(false);
    // Guests see less only when there are findings or a removal reason to keep from them.
    let guest_sees_the_same =
        m.findings.is_none() && m.removal.as_ref().is_none_or(|_| show_reason_to_guests);
    let guest_payload = if guest_sees_the_same {
        team_payload.clone()
    } else {
        payload(true)
    };
    Event {
        recipients,
        team_payload,
        guest_payload,
        workspace_id: None,
        conversation_id: Some(m.conversation_id),
        settings_changed: false,
        ended_session: None,
    }
}
