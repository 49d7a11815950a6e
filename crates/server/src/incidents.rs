//! Incidents from the server's side (spec §6–7): who may see them, unsends waiting for a lead,
//! the follow-up work (checklist, closing), the evidence vault (reading with a justification,
//! erasure, sealing what older versions kept in plaintext) and the CSV export.

use std::sync::Arc;

use retract_domain::IncidentStatus;
use retract_domain::{
    Action, FollowupItem, IncidentId, MessageId, Millis, Role, WorkspaceId, WorkspaceZone,
};
use retract_store::vault::{MasterKey, VaultError, WrappedKey};
use retract_store::{
    Incident, IncidentDetail, IncidentFilter, IncidentScope, KeyPurpose, RemovalDecision,
    StoreError, StoredMessage,
};
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::state::{now_millis, vault_error, AppState};

const MAX_CLOSING_NOTE_CHARS: usize = 2000;
const MIN_JUSTIFICATION_CHARS: usize = 5;

/// Which incidents a caller may see: the whole workspace for owner, lead, auditor and exec;
/// those they opened or that are about their own messages for a cm; none for a guest.
pub fn scope(caller: &Caller) -> Option<IncidentScope> {
    if retract_domain::can(caller.role(), Action::ReadAllIncidents) {
        Some(IncidentScope::Workspace)
    } else if caller.role() == Role::Guest {
        None
    } else {
        Some(IncidentScope::InvolvingUser(caller.user.id))
    }
}

fn in_scope(caller: &Caller, incident: &Incident) -> bool {
    match scope(caller) {
        Some(IncidentScope::Workspace) => true,
        Some(IncidentScope::InvolvingUser(u)) => incident.actor == u || incident.author == u,
        None => false,
    }
}

pub async fn list(
    state: &AppState,
    caller: &Caller,
    filter: IncidentFilter,
) -> ApiResult<Vec<Incident>> {
    match scope(caller) {
        Some(scope) => Ok(state
            .store
            .incidents(caller.user.workspace_id, scope, filter)
            .await?),
        None => Ok(Vec::new()),
    }
}

/// Parses the list's filters as query text gives them: status and reason by name, `from` and
/// `to` as days (`YYYY-MM-DD`, UTC, both included) or RFC 3339 instants. Empty means no filter.
pub fn parse_filter(
    status: Option<&str>,
    reason: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> ApiResult<IncidentFilter> {
    fn given(v: Option<&str>) -> Option<&str> {
        v.map(str::trim).filter(|v| !v.is_empty())
    }
    let status = given(status)
        .map(|s| {
            s.parse::<IncidentStatus>().map_err(|_| {
                ApiError::unprocessable("invalid_status", format!("Unknown status `{s}`.")).with(
                    "statuses",
                    IncidentStatus::ALL.map(IncidentStatus::as_str).to_vec(),
                )
            })
        })
        .transpose()?;
    let reason = given(reason)
        .map(|r| crate::service::parse_reason(Some(r)))
        .transpose()?;
    let from = given(from).map(|v| instant(v, false)).transpose()?;
    let to = given(to).map(|v| instant(v, true)).transpose()?;
    Ok(IncidentFilter {
        status,
        reason,
        from,
        to,
        message: None,
    })
}

/// A day or an instant as unix ms; with `end_of_day`, a day means the start of the next one
/// (so `to=2026-11-26` includes that whole day).
fn instant(text: &str, end_of_day: bool) -> ApiResult<i64> {
    use time::format_description::well_known::Rfc3339;
    let bad = || {
        ApiError::unprocessable(
            "invalid_date",
            format!("`{text}` is not a date (YYYY-MM-DD) or an RFC 3339 instant."),
        )
    };
    if let Ok(at) = time::OffsetDateTime::parse(text, &Rfc3339) {
        return Ok((at.unix_timestamp_nanos() / 1_000_000) as i64);
    }
    let day_format = time::macros::format_description!("[year]-[month]-[day]");
    let day = time::Date::parse(text, &day_format).map_err(|_| bad())?;
    let day = if end_of_day {
        day.next_day().ok_or_else(bad)?
    } else {
        day
    };
    Ok(day.midnight().assume_utc().unix_timestamp() * 1000)
}

/// The incident if the caller may see it; an incident they may not see is "not found".
pub async fn visible(state: &AppState, caller: &Caller, id: IncidentId) -> ApiResult<Incident> {
    let incident = state
        .store
        .incident(caller.user.workspace_id, id)
        .await?
        .filter(|i| in_scope(caller, i))
        .ok_or_else(|| ApiError::not_found("incident"))?;
    Ok(incident)
}

pub async fn detail(
    state: &AppState,
    caller: &Caller,
    id: IncidentId,
) -> ApiResult<IncidentDetail> {
    state
        .store
        .incident_detail(caller.user.workspace_id, id)
        .await?
        .filter(|d| in_scope(caller, &d.incident))
        .ok_or_else(|| ApiError::not_found("incident"))
}

fn justification(text: &str) -> ApiResult<&str> {
    let text = text.trim();
    if text.chars().count() < MIN_JUSTIFICATION_CHARS {
        return Err(ApiError::unprocessable(
            "justification_required",
            "Give the reason for this access to the removed content (at least 5 characters): it goes on the ledger.",
        ));
    }
    if text.chars().count() > MAX_CLOSING_NOTE_CHARS {
        return Err(ApiError::unprocessable(
            "justification_too_long",
            "The justification is limited to 2000 characters.",
        ));
    }
    Ok(text)
}

/// The removed content as the vault opened it.
pub struct Evidence {
    pub body: Value,
    pub earlier_versions: Value,
}

/// Opens an incident's evidence for its owner or auditor. The read is on the ledger before the
/// content leaves: no read goes unrecorded.
pub async fn evidence(
    state: &AppState,
    caller: &Caller,
    id: IncidentId,
    reason: &str,
) -> ApiResult<Evidence> {
    caller.require(Action::ReadEvidence)?;
    let reason = justification(reason)?;
    visible(state, caller, id).await?;
    let ws = caller.user.workspace_id;
    let sealed = state
        .store
        .incident_evidence(ws, id)
        .await?
        .ok_or_else(|| {
            ApiError::not_found("evidence").with("detail", "Nothing was removed for this incident.")
        })?;
    if sealed.wrapped_data_key.is_none() {
        return Err(evidence_erased());
    }
    crate::ledger::record_evidence_read(state, caller, id, reason).await?;
    tracing::info!(incident = %id, reader = %caller.user.id, "evidence read");
    let key = state.evidence_key(ws).await?;
    let opened = key.open(ws, id, &sealed).map_err(|e| match e {
        VaultError::Erased => evidence_erased(),
        other => vault_error(other),
    })?;
    let parsed: Value = serde_json::from_slice(&opened.content).map_err(|e| {
        tracing::error!(error = %e, "opened evidence is not JSON");
        ApiError::internal()
    })?;
    Ok(Evidence {
        body: parsed.get("body").cloned().unwrap_or(Value::Null),
        earlier_versions: parsed
            .get("earlier_versions")
            .cloned()
            .unwrap_or_else(|| json!([])),
    })
}

fn evidence_erased() -> ApiError {
    ApiError::new(
        axum::http::StatusCode::GONE,
        "evidence_erased",
        "This incident's content was erased; its key no longer exists.",
    )
}

/// Erases an incident's content for good (owner, with a justification): the data key is
/// destroyed, the ledger keeps its entries and still verifies.
pub async fn erase(
    state: &AppState,
    caller: &Caller,
    id: IncidentId,
    reason: &str,
) -> ApiResult<()> {
    caller.require(Action::EraseEvidence)?;
    let reason = justification(reason)?;
    visible(state, caller, id).await?;
    state
        .store
        .erase_evidence(
            caller.user.workspace_id,
            id,
            caller.user.id,
            reason,
            now_millis(),
        )
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => evidence_erased(),
            StoreError::NotFound => ApiError::not_found("evidence"),
            other => other.into(),
        })
}

/// How often the retention sweep runs: a pass costs one query per workspace, and a minute makes a
/// shortened retention take effect soon after it is saved.
const RETENTION_SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(60);
/// Erasures per transaction, so a first sweep over years of incidents never holds the writer
/// for long.
const RETENTION_BATCH: u32 = 200;

/// Runs the retention sweep (L-3) now and then every minute, on every node: two nodes may sweep
/// at once, the store erases each incident once.
pub fn spawn_retention_sweep(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(RETENTION_SWEEP_EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match erase_expired_evidence(&state, now_millis()).await {
                Ok(0) => {}
                Ok(n) => {
                    metrics::counter!("retract_evidence_erased_total", "by" => "retention")
                        .increment(n as u64);
                    tracing::info!(erased = n, "evidence past its retention erased");
                }
                Err(err) => tracing::warn!(error = %err, "retention sweep failed"),
            }
        }
    });
}

/// Erases the evidence of every incident older than its workspace's retention, as of `now`;
/// returns how many were erased. Workspaces without a retention keep everything.
pub async fn erase_expired_evidence(state: &AppState, now: Millis) -> Result<usize, StoreError> {
    let mut erased = 0;
    for ws in state.store.workspace_ids().await? {
        let settings = state.store.settings(ws).await?;
        let Some(cutoff) = settings.evidence_erasure_cutoff(now) else {
            continue;
        };
        loop {
            let done = state
                .store
                .erase_expired_evidence(
                    ws,
                    cutoff,
                    settings.evidence_retention_days,
                    RETENTION_BATCH,
                    now,
                )
                .await?;
            erased += done.len();
            if done.len() < RETENTION_BATCH as usize {
                break;
            }
        }
    }
    Ok(erased)
}

fn closed_conflict(e: StoreError) -> ApiError {
    match e {
        StoreError::Conflict(_) => ApiError::conflict(
            "incident_closed",
            "This incident no longer takes follow-up (closed, rejected or still pending).",
        ),
        other => other.into(),
    }
}

pub async fn set_checklist(
    state: &AppState,
    caller: &Caller,
    id: IncidentId,
    item: FollowupItem,
    done: bool,
) -> ApiResult<Incident> {
    caller.require(Action::FollowUpIncident)?;
    visible(state, caller, id).await?;
    state
        .store
        .set_checklist_item(
            caller.user.workspace_id,
            id,
            item,
            done,
            caller.user.id,
            now_millis(),
        )
        .await
        .map_err(closed_conflict)
}

pub async fn close(
    state: &AppState,
    caller: &Caller,
    id: IncidentId,
    note: &str,
) -> ApiResult<Incident> {
    caller.require(Action::FollowUpIncident)?;
    let note = note.trim();
    if note.is_empty() {
        return Err(ApiError::unprocessable(
            "closing_note_required",
            "Say how the incident was resolved.",
        ));
    }
    if note.chars().count() > MAX_CLOSING_NOTE_CHARS {
        return Err(ApiError::unprocessable(
            "note_too_long",
            "The note is limited to 2000 characters.",
        ));
    }
    visible(state, caller, id).await?;
    state
        .store
        .close_incident(
            caller.user.workspace_id,
            id,
            caller.user.id,
            note,
            now_millis(),
        )
        .await
        .map_err(closed_conflict)
}

/// The unsends waiting for a lead that `caller` may read, newest first (the approval queue's
/// second part and the top bar's count).
pub async fn pending_unsends(state: &AppState, caller: &Caller) -> ApiResult<Vec<Incident>> {
    let pending = IncidentFilter {
        status: Some(IncidentStatus::PendingLeadApproval),
        ..IncidentFilter::default()
    };
    list(state, caller, pending).await
}

/// The unsend of `message` waiting for a lead, if any.
pub async fn pending_unsend(
    state: &AppState,
    ws: WorkspaceId,
    message: MessageId,
) -> ApiResult<Option<Incident>> {
    let pending = IncidentFilter {
        status: Some(IncidentStatus::PendingLeadApproval),
        message: Some(message),
        ..IncidentFilter::default()
    };
    Ok(state
        .store
        .incidents(ws, IncidentScope::Workspace, pending)
        .await?
        .into_iter()
        .next())
}

/// A lead's answer to an unsend that waits (`/unsend/approve`, `/unsend/reject`): four eyes, so
/// never the requester's own.
pub async fn decide_unsend(
    state: &AppState,
    caller: &Caller,
    message: MessageId,
    approve: bool,
    comment: Option<&str>,
) -> ApiResult<(Incident, Option<StoredMessage>)> {
    caller.require(Action::DecideUnsend)?;
    let comment = comment.map(str::trim).filter(|c| !c.is_empty());
    if comment.is_some_and(|c| c.chars().count() > MAX_CLOSING_NOTE_CHARS) {
        return Err(ApiError::unprocessable(
            "comment_too_long",
            "The comment is limited to 2000 characters.",
        ));
    }
    let ws = caller.user.workspace_id;
    let not_pending = || {
        ApiError::conflict(
            "not_pending",
            "No unsend of this message waits for a decision.",
        )
    };
    let Some(incident) = pending_unsend(state, ws, message).await? else {
        // An id that names no message of this workspace is unknown, as on every other call;
        // `409` is for a message that exists but has no unsend waiting.
        return Err(match state.store.message(ws, message).await? {
            Some(_) => not_pending(),
            None => ApiError::not_found("message"),
        });
    };
    if incident.actor == caller.user.id {
        return Err(ApiError::forbidden(
            "four_eyes_required",
            "Another lead must decide on your own unsend.",
        ));
    }
    let vault = state.evidence_key(ws).await?;
    let (incident, removed) = state
        .store
        .decide_removal(
            RemovalDecision {
                workspace_id: ws,
                incident_id: incident.id,
                approve,
                actor: caller.user.id,
                comment: comment.map(str::to_string),
                now: now_millis(),
            },
            vault,
        )
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => not_pending(),
            other => other.into(),
        })?;
    match &removed {
        Some(message) => {
            metrics::counter!("retract_messages_unsent_total").increment(1);
            if let Some(conversation) = state.conversation(ws, message.conversation_id).await? {
                let runtime = state.runtime(ws).await?;
                crate::service::publish(
                    state,
                    "message.unsent",
                    message,
                    &conversation,
                    &runtime.settings,
                );
            }
        }
        None => {
            let payload: Arc<str> = json!({"type": "unsend.rejected", "conversation_id": incident.conversation_id,
                "incident_id": incident.id, "message": {"id": incident.message_id}, "comment": comment,
                "at": crate::view::rfc3339(now_millis())})
            .to_string()
            .into();
            state.hub.publish(Event {
                recipients: vec![incident.actor],
                team_payload: payload.clone(),
                guest_payload: payload,
                workspace_id: Some(ws),
                conversation_id: Some(incident.conversation_id),
                settings_changed: false,
                ended_session: None,
            });
        }
    }
    Ok((incident, removed))
}

/// Seals the content that incidents opened before the vault kept in plaintext, then deletes the
/// plaintext. Run at start-up, before serving; returns how many were sealed.
pub async fn seal_legacy_evidence(
    store: &dyn retract_store::Store,
    master: &MasterKey,
) -> Result<usize, SealError> {
    let legacy = store.legacy_evidence().await?;
    let mut keys = std::collections::HashMap::new();
    for (ws, id, content) in &legacy {
        if !keys.contains_key(ws) {
            let (_, candidate) = master.new_workspace_key(*ws)?;
            let stored = store
                .wrapped_key_or_insert(*ws, KeyPurpose::Evidence, candidate.to_bytes())
                .await?;
            let key = master.unwrap_workspace_key(*ws, &WrappedKey::from_bytes(&stored)?)?;
            keys.insert(*ws, key);
        }
        if let Some(key) = keys.get(ws) {
            let sealed = key.seal(*ws, *id, content.as_bytes())?;
            match store.seal_legacy_evidence(*ws, *id, sealed).await {
                // Another node starting at the same moment sealed it first.
                Ok(()) | Err(StoreError::NotFound) => {}
                Err(other) => return Err(other.into()),
            }
        }
    }
    Ok(legacy.len())
}

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("storage: {0}")]
    Store(#[from] StoreError),
    #[error(
        "vault key: {0} (was this data directory created with another RETRACT_VAULT_KEY_FILE?)"
    )]
    Vault(#[from] VaultError),
}

/// The zone a workspace dates its incidents in, beside UTC (L-1).
pub async fn zone(state: &AppState, ws: WorkspaceId) -> ApiResult<WorkspaceZone> {
    Ok(state.runtime(ws).await?.settings.zone())
}

/// The incident list as CSV (L-4), one row per incident, for spreadsheets; the time to first
/// follow-up (F-) in seconds, as the JSON has it.
pub fn csv(incidents: &[Incident], zone: &WorkspaceZone) -> ApiResult<String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| {
        tracing::error!(error = %e, "cannot write the CSV export");
        ApiError::internal()
    };
    out.write_record([
        "id",
        "opened_at",
        "opened_at_local",
        "time_zone",
        "kind",
        "reason",
        "status",
        "escalated",
        "advice",
        "advice_followed",
        "conversation_id",
        "message_id",
        "actor",
        "actor_role",
        "author",
        "first_followup_at",
        "time_to_first_followup_seconds",
        "closed_at",
        "closing_note",
        "note",
    ])
    .map_err(failed)?;
    for i in incidents {
        let fields = [
            i.id.0.to_string(),
            crate::view::rfc3339(i.at),
            zone.local_rfc3339(i.at),
            zone.name().to_string(),
            i.kind.as_str().to_string(),
            i.reason.as_str().to_string(),
            i.status.as_str().to_string(),
            i.escalated.to_string(),
            i.advice
                .get("recommendation")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            i.advice_followed.map(|b| b.to_string()).unwrap_or_default(),
            i.conversation_id.0.to_string(),
            i.message_id.0.to_string(),
            i.actor.0.to_string(),
            i.actor_role.as_str().to_string(),
            i.author.0.to_string(),
            i.first_followup_at
                .map(crate::view::rfc3339)
                .unwrap_or_default(),
            i.first_followup_at
                .map(|f| ((f - i.at) / 1000).to_string())
                .unwrap_or_default(),
            i.closed_at.map(crate::view::rfc3339).unwrap_or_default(),
            i.closing_note.clone().unwrap_or_default(),
            i.note.clone().unwrap_or_default(),
        ];
        out.write_record(fields.iter().map(|f| defuse_formula(f).into_owned()))
            .map_err(failed)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| failed(e.into_error().into()))?;
    String::from_utf8(bytes).map_err(|_| ApiError::internal())
}

/// A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` as a formula: such free text
/// (notes are written by members) is prefixed with a quote so it shows as text.
fn defuse_formula(field: &str) -> std::borrow::Cow<'_, str> {
    if field.starts_with(['=', '+', '-', '@']) && field.parse::<f64>().is_err() {
        format!("'{field}").into()
    } else {
        field.into()
    }
}

/// C-3: when the GDPR 72-hour notification of a personal-data leak is due, if the guard found
/// personal data in the removed message (its findings are in the incident's opening entry).
pub fn breach_notification_due(d: &IncidentDetail) -> Option<i64> {
    let categories = d
        .timeline
        .iter()
        .filter(|e| e.kind == retract_domain::kinds::INCIDENT_OPENED)
        .filter_map(|e| e.data.get("findings").and_then(serde_json::Value::as_array))
        .flatten()
        .filter_map(|f| f.get("category").and_then(serde_json::Value::as_str));
    retract_domain::breach_notification_due(d.incident.at, categories)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        assert_eq!(defuse_formula("plain"), "plain");
        assert_eq!(defuse_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defuse_formula("-12"), "-12");
    }

    #[test]
    fn filters_parse_days_and_instants_and_refuse_the_rest() {
        let f = parse_filter(
            Some("open"),
            Some("typo"),
            Some("2026-11-26"),
            Some("2026-11-26"),
        )
        .unwrap();
        assert_eq!(f.status, Some(IncidentStatus::Open));
        assert_eq!(f.reason, Some(retract_domain::Reason::Typo));
        assert_eq!(f.from, Some(1_795_651_200_000));
        assert_eq!(f.to, Some(1_795_651_200_000 + 86_400_000));
        let f = parse_filter(None, Some(""), Some("2026-11-26T10:00:00Z"), None).unwrap();
        assert_eq!(f.from, Some(1_795_651_200_000 + 36_000_000));
        assert!(parse_filter(Some("lost"), None, None, None).is_err());
        assert!(parse_filter(None, Some("rude"), None, None).is_err());
        assert!(parse_filter(None, None, Some("26/11/2026"), None).is_err());
    }
}
