//! Incident handlers: list and export, the incident page's data, follow-up actions, the
//! evidence vault, and the lead's decision on an unsend that waits.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use retract_domain::{followup_template, FollowupItem, IncidentId, MessageId, WorkspaceZone};
use retract_store::{Incident, IncidentDetail};
use serde::Deserialize;
use serde_json::{json, Value};
use utoipa::{IntoParams, ToSchema};

use super::handlers::{optional_json, prefers_french, ErrorBody};
use super::{ApiJson, ApiPath, ApiQuery};
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::incidents;
use crate::view::{message_json, rfc3339};

/// One incident, dated in UTC and in the workspace's zone (L-1).
pub fn incident_json(i: &Incident, zone: &WorkspaceZone) -> Value {
    json!({
        "id": i.id,
        "kind": i.kind,
        "reason": i.reason,
        "note": i.note,
        "message_id": i.message_id,
        "conversation_id": i.conversation_id,
        "actor": i.actor,
        "actor_role": i.actor_role,
        "author": i.author,
        "at": rfc3339(i.at),
        "at_local": zone.local_rfc3339(i.at),
        "time_zone": zone.name(),
        "status": i.status,
        "escalated": i.escalated,
        "advice_followed": i.advice_followed,
        "decided_by": i.decided_by,
        "first_followup_at": i.first_followup_at.map(rfc3339),
        "time_to_first_followup_seconds": i.first_followup_at.map(|f| (f - i.at) / 1000),
        "closed_at": i.closed_at.map(rfc3339),
        "closing_note": i.closing_note,
    })
}

/// The incident page's data: the checklist (all four steps, done or not), the timeline (its
/// ledger entries), linked follow-ups and the follow-up templates in both languages.
pub fn detail_json(d: &IncidentDetail, zone: &WorkspaceZone, french: bool) -> Value {
    let i = &d.incident;
    let mut v = incident_json(i, zone);
    v["advice"] = i.advice.clone();
    v["checklist"] = d
        .steps()
        .map(|(item, mark)| {
            json!({
                "item": item,
                "label": item.label(french),
                "done": mark.is_some(),
                "at": mark.map(|m| rfc3339(m.at)),
                "by": mark.map(|m| m.by),
            })
        })
        .collect();
    v["timeline"] = d
        .timeline
        .iter()
        .map(|e| json!({"seq": e.seq, "kind": e.kind, "at": rfc3339(e.at), "actor": e.actor, "data": e.data, "hash": e.hash.to_hex()}))
        .collect();
    v["followups"] = d
        .followups
        .iter()
        .map(|(m, at)| json!({"message_id": m, "at": rfc3339(*at)}))
        .collect();
    v["personal_data_breach"] = match crate::incidents::breach_notification_due(d) {
        Some(due) => json!({
            "notify_by": rfc3339(due),
            "notify_by_local": zone.local_rfc3339(due),
            "hours": retract_domain::BREACH_NOTIFICATION_HOURS,
        }),
        None => Value::Null,
    };
    v["templates"] = FollowupItem::ALL
        .iter()
        .map(|item| {
            json!({
                "item": item,
                "fr": followup_template(*item, i.reason, true),
                "en": followup_template(*item, i.reason, false),
            })
        })
        .collect();
    v
}

#[derive(Deserialize, IntoParams)]
pub struct IncidentListQuery {
    /// `pending_lead_approval`, `open`, `followed_up`, `closed` or `rejected`.
    status: Option<String>,
    /// One of the interface's reason values.
    reason: Option<String>,
    /// First day (`YYYY-MM-DD`, UTC) or instant (RFC 3339).
    from: Option<String>,
    /// Last day (included) or instant (excluded).
    to: Option<String>,
    /// `csv` or `json` (export only).
    format: Option<String>,
}

impl IncidentListQuery {
    fn filter(&self) -> ApiResult<retract_store::IncidentFilter> {
        incidents::parse_filter(
            self.status.as_deref(),
            self.reason.as_deref(),
            self.from.as_deref(),
            self.to.as_deref(),
        )
    }
}

/// Incidents the caller may see (never the removed content), optionally filtered.
#[utoipa::path(get, path = "/api/v1/incidents", params(IncidentListQuery), responses((status = 200, body = Object), (status = 422, body = ErrorBody)))]
pub async fn list_incidents(
    State(state): State<crate::state::AppState>,
    caller: Caller,
    ApiQuery(q): ApiQuery<IncidentListQuery>,
) -> ApiResult<Json<Value>> {
    let list = incidents::list(&state, &caller, q.filter()?).await?;
    let zone = incidents::zone(&state, caller.user.workspace_id).await?;
    Ok(Json(Value::Array(
        list.iter().map(|i| incident_json(i, &zone)).collect(),
    )))
}

/// The incident list as a download: CSV for spreadsheets (default) or JSON (L-4).
#[utoipa::path(get, path = "/api/v1/incidents/export", params(IncidentListQuery), responses((status = 200, description = "text/csv or application/json"), (status = 422, body = ErrorBody)))]
pub async fn export_incidents(
    State(state): State<crate::state::AppState>,
    caller: Caller,
    ApiQuery(q): ApiQuery<IncidentListQuery>,
) -> ApiResult<Response> {
    let list = incidents::list(&state, &caller, q.filter()?).await?;
    let zone = incidents::zone(&state, caller.user.workspace_id).await?;
    let (body, mime, ext) = match q.format.as_deref().unwrap_or("csv") {
        "csv" => (
            incidents::csv(&list, &zone)?,
            "text/csv; charset=utf-8",
            "csv",
        ),
        "json" => (
            Value::Array(list.iter().map(|i| incident_json(i, &zone)).collect()).to_string(),
            "application/json",
            "json",
        ),
        other => {
            return Err(ApiError::unprocessable(
                "invalid_format",
                format!("Unknown export format `{other}`: use csv or json."),
            ))
        }
    };
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"retract-incidents.{ext}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// One incident with its checklist, timeline, follow-ups and templates (never the removed
/// content).
#[utoipa::path(get, path = "/api/v1/incidents/{id}", params(("id" = i64, Path)), responses((status = 200, body = Object), (status = 404, body = ErrorBody)))]
pub async fn get_incident(
    State(state): State<crate::state::AppState>,
    caller: Caller,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult<Json<Value>> {
    let detail = incidents::detail(&state, &caller, IncidentId(id)).await?;
    let zone = incidents::zone(&state, caller.user.workspace_id).await?;
    Ok(Json(detail_json(&detail, &zone, prefers_french(&headers))))
}

#[derive(Deserialize, IntoParams)]
pub struct EvidenceQuery {
    justification: Option<String>,
}

/// The removed content (auditor, owner), with a justification recorded on the ledger.
#[utoipa::path(get, path = "/api/v1/incidents/{id}/evidence", params(("id" = i64, Path), EvidenceQuery),
    responses((status = 200, body = Object), (status = 403, body = ErrorBody), (status = 410, description = "evidence_erased", body = ErrorBody)))]
pub async fn incident_evidence(
    State(state): State<crate::state::AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(q): ApiQuery<EvidenceQuery>,
) -> ApiResult<Json<Value>> {
    let evidence = incidents::evidence(
        &state,
        &caller,
        IncidentId(id),
        q.justification.as_deref().unwrap_or(""),
    )
    .await?;
    Ok(Json(
        json!({"content": evidence.body, "earlier_versions": evidence.earlier_versions}),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct JustificationRequest {
    justification: Option<String>,
}

/// Erases the removed content for good (owner): its key is destroyed, the ledger still verifies.
#[utoipa::path(post, path = "/api/v1/incidents/{id}/erase", params(("id" = i64, Path)), request_body = JustificationRequest,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 410, description = "evidence_erased", body = ErrorBody)))]
pub async fn erase_evidence(
    State(state): State<crate::state::AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<JustificationRequest>,
) -> ApiResult<StatusCode> {
    incidents::erase(
        &state,
        &caller,
        IncidentId(id),
        req.justification.as_deref().unwrap_or(""),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct ChecklistRequest {
    /// `apology`, `explanation`, `correction` or `answers`.
    item: String,
    done: bool,
}

/// Ticks or unticks a follow-up step (F-1 to F-4).
#[utoipa::path(post, path = "/api/v1/incidents/{id}/checklist", params(("id" = i64, Path)), request_body = ChecklistRequest,
    responses((status = 200, body = Object), (status = 409, description = "incident_closed", body = ErrorBody)))]
pub async fn set_checklist(
    State(state): State<crate::state::AppState>,
    caller: Caller,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<ChecklistRequest>,
) -> ApiResult<Json<Value>> {
    let item = req.item.parse::<FollowupItem>().map_err(|_| {
        ApiError::unprocessable(
            "invalid_item",
            format!("Unknown checklist item `{}`.", req.item),
        )
        .with(
            "items",
            FollowupItem::ALL.map(FollowupItem::as_str).to_vec(),
        )
    })?;
    let id = IncidentId(id);
    incidents::set_checklist(&state, &caller, id, item, req.done).await?;
    let detail = incidents::detail(&state, &caller, id).await?;
    let zone = incidents::zone(&state, caller.user.workspace_id).await?;
    Ok(Json(detail_json(&detail, &zone, prefers_french(&headers))))
}

#[derive(Deserialize, ToSchema)]
pub struct CloseRequest {
    note: Option<String>,
}

/// Closes the incident with a closing note.
#[utoipa::path(post, path = "/api/v1/incidents/{id}/close", params(("id" = i64, Path)), request_body = CloseRequest,
    responses((status = 200, body = Object), (status = 409, description = "incident_closed", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn close_incident(
    State(state): State<crate::state::AppState>,
    caller: Caller,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<CloseRequest>,
) -> ApiResult<Json<Value>> {
    let id = IncidentId(id);
    incidents::close(&state, &caller, id, req.note.as_deref().unwrap_or("")).await?;
    let detail = incidents::detail(&state, &caller, id).await?;
    let zone = incidents::zone(&state, caller.user.workspace_id).await?;
    Ok(Json(detail_json(&detail, &zone, prefers_french(&headers))))
}

/// The body is optional: the interface names no field for these calls, so a bare `POST` (no
/// body, no `Content-Type`) decides without a comment.
#[derive(Deserialize, ToSchema, Default)]
pub struct UnsendDecisionRequest {
    comment: Option<String>,
}

fn decided_json(incident: &Incident, message: Option<&retract_store::StoredMessage>) -> Value {
    json!({
        "incident_id": incident.id,
        "status": incident.status,
        "message": message.map(|m| message_json(m, false, true)),
    })
}

/// Approves an unsend that waits for a lead (not the requester's own): the tombstone goes out.
#[utoipa::path(post, path = "/api/v1/messages/{id}/unsend/approve", params(("id" = i64, Path)), request_body = UnsendDecisionRequest,
    responses((status = 200, body = Object), (status = 403, description = "four_eyes_required", body = ErrorBody), (status = 409, description = "not_pending", body = ErrorBody)))]
pub async fn approve_unsend(
    State(state): State<crate::state::AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    body: axum::body::Bytes,
) -> ApiResult<Json<Value>> {
    let req = optional_json::<UnsendDecisionRequest>(&body)?;
    let (incident, message) =
        incidents::decide_unsend(&state, &caller, MessageId(id), true, req.comment.as_deref())
            .await?;
    Ok(Json(decided_json(&incident, message.as_ref())))
}

/// Rejects an unsend that waits for a lead: the message stays as it is.
#[utoipa::path(post, path = "/api/v1/messages/{id}/unsend/reject", params(("id" = i64, Path)), request_body = UnsendDecisionRequest,
    responses((status = 200, body = Object), (status = 403, description = "four_eyes_required", body = ErrorBody), (status = 409, description = "not_pending", body = ErrorBody)))]
pub async fn reject_unsend(
    State(state): State<crate::state::AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    body: axum::body::Bytes,
) -> ApiResult<Json<Value>> {
    let req = optional_json::<UnsendDecisionRequest>(&body)?;
    let (incident, message) = incidents::decide_unsend(
        &state,
        &caller,
        MessageId(id),
        false,
        req.comment.as_deref(),
    )
    .await?;
    Ok(Json(decided_json(&incident, message.as_ref())))
}
