//! What both backends compute the same way around a removal: the sealed evidence and the
//! ledger's `incident.opened` entry. Only the SQL differs between backends.

use retract_domain::{kinds, IncidentId, IncidentStatus, NewEntry, WorkspaceId};
use serde_json::json;

use crate::vault::{Sealed, WorkspaceKey};
use crate::{Removal, StoreError, StoreResult};

/// Seals one incident's content under a fresh data key wrapped by the workspace key.
pub(crate) fn seal(
    vault: &WorkspaceKey,
    ws: WorkspaceId,
    incident: IncidentId,
    content: &str,
) -> StoreResult<Sealed> {
    vault
        .seal(ws, incident, content.as_bytes())
        .map_err(|e| StoreError::Database(format!("cannot seal evidence: {e}")))
}

/// The ledger entry that opens an incident: every fact of L-1 but the content, of which it keeps
/// the commitment once sealed.
pub(crate) fn opened_entry(
    r: &Removal,
    incident: IncidentId,
    conversation: i64,
    author: i64,
    status: IncidentStatus,
    commitment: Option<&str>,
) -> NewEntry {
    let mut data = if r.ledger_data.is_object() {
        r.ledger_data.clone()
    } else {
        json!({})
    };
    data["kind"] = json!(r.kind.as_str());
    data["reason"] = json!(r.reason.as_str());
    data["message_id"] = json!(r.message_id.0);
    data["conversation_id"] = json!(conversation);
    data["author"] = json!(author);
    data["actor_role"] = json!(r.actor_role.as_str());
    data["note"] = json!(r.note);
    data["advice"] = r.advice.clone();
    data["advice_followed"] = json!(r.advice_followed);
    data["escalated"] = json!(r.escalated);
    data["status"] = json!(status.as_str());
    if let Some(c) = commitment {
        data["content_commitment"] = json!(c);
    }
    NewEntry {
        at: r.now,
        kind: kinds::INCIDENT_OPENED.to_string(),
        incident_id: Some(incident),
        actor: Some(r.actor),
        data,
    }
}
