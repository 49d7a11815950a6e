//! Thin handlers: extract typed input, call one service operation, shape the JSON answer.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use retract_domain::{Action, ConversationId, IncidentId, MessageId, SettingsPatch, UserId};
use retract_store::DeliveryStatus;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use utoipa::{IntoParams, ToSchema};

use super::{empty_as_none, ApiJson, ApiPath, ApiQuery};
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::service::{self, advice_json, findings_json, SendRequest, UnsendOutcome};
use crate::state::AppState;
use crate::view::{message_json, rfc3339, MessageView};

/// The error shape every failure uses.
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct ErrorBody {
    /// `{"code": "snake_case", "message": "…", …details}`
    error: Object,
}

#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct Object(serde_json::Map<String, Value>);

/// Whether the caller's language preference puts French first (the default).
pub fn prefers_french(headers: &HeaderMap) -> bool {
    let Some(accept) = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
    else {
        return true;
    };
    let first = accept
        .split(',')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    !first.starts_with("en")
}

#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    workspace: String,
    email: String,
    password: String,
}

/// Log in and get a bearer token.
#[utoipa::path(post, path = "/api/v1/auth/login", request_body = LoginRequest, security(),
    responses((status = 200, description = "`{\"token\", \"user\": {\"id\",\"name\",\"role\"}}`", body = Object), (status = 401, body = ErrorBody)))]
pub async fn login(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<LoginRequest>,
) -> ApiResult<Json<Value>> {
    let logged = service::login(&state, &req.workspace, &req.email, &req.password).await?;
    Ok(Json(json!({
        "token": logged.token,
        "user": {"id": logged.user.id, "name": logged.user.name, "role": logged.user.role, "email": logged.user.email},
    })))
}

/// End this session: the token stops working at once.
#[utoipa::path(post, path = "/api/v1/auth/logout", responses((status = 204)))]
pub async fn logout(State(state): State<AppState>, caller: Caller) -> ApiResult<StatusCode> {
    service::logout(&state, &caller).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller and their workspace.
#[utoipa::path(get, path = "/api/v1/me", responses((status = 200, body = Object)))]
pub async fn me(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    let ws = state.store.workspace(caller.user.workspace_id).await?;
    Ok(Json(json!({"user": caller.user, "workspace": ws})))
}

#[derive(Deserialize, ToSchema)]
pub struct NewUserRequest {
    email: String,
    name: String,
    role: String,
    password: String,
}

/// Add a member to the workspace (owner, lead).
#[utoipa::path(post, path = "/api/v1/users", request_body = NewUserRequest,
    responses((status = 201, body = Object), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create_user(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<NewUserRequest>,
) -> ApiResult<Response> {
    let id = service::create_user(
        &state,
        &caller,
        &req.email,
        &req.name,
        &req.role,
        &req.password,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(json!({"id": id}))).into_response())
}

/// Members of the workspace (the brand's team only: a guest gets `403 forbidden`).
#[utoipa::path(get, path = "/api/v1/users", responses((status = 200, body = Object), (status = 403, body = ErrorBody)))]
pub async fn list_users(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    caller.require(Action::ListMembers)?;
    let users = state.store.users(caller.user.workspace_id).await?;
    let list: Vec<Value> = users
        .iter()
        .map(|u| json!({"id": u.id, "name": u.name, "role": u.role, "email": u.email}))
        .collect();
    Ok(Json(Value::Array(list)))
}

#[derive(Deserialize, ToSchema)]
pub struct NewConversationRequest {
    title: Option<String>,
    #[serde(default)]
    #[schema(value_type = Vec<i64>)]
    members: Vec<UserId>,
}

/// Start a conversation; the caller is a member.
#[utoipa::path(post, path = "/api/v1/conversations", request_body = NewConversationRequest,
    responses((status = 201, body = Object), (status = 422, body = ErrorBody)))]
pub async fn create_conversation(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<NewConversationRequest>,
) -> ApiResult<Response> {
    let id =
        service::create_conversation(&state, &caller, req.title.as_deref(), &req.members).await?;
    Ok((StatusCode::CREATED, Json(json!({"id": id}))).into_response())
}

/// The caller's conversations with unread counts and a preview of the newest message.
#[utoipa::path(get, path = "/api/v1/conversations", responses((status = 200, body = Object)))]
pub async fn list_conversations(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Value>> {
    let settings = state.runtime(caller.user.workspace_id).await?.settings;
    let guest = caller.role() == retract_domain::Role::Guest;
    let list = state
        .store
        .conversations_for(caller.user.workspace_id, caller.user.id)
        .await?;
    let out: Vec<Value> = list
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "title": c.title,
                "members": c.members,
                "unread": c.unread,
                "last_message": c.last_message.as_ref().map(|m| message_json(m, guest, settings.show_reason_to_guests)),
            })
        })
        .collect();
    Ok(Json(Value::Array(out)))
}

/// One conversation and its members (members only).
#[utoipa::path(get, path = "/api/v1/conversations/{id}", params(("id" = i64, Path)), responses((status = 200, body = Object), (status = 403, body = ErrorBody)))]
pub async fn get_conversation(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult<Json<Value>> {
    let c = service::member_conversation(&state, &caller, ConversationId(id)).await?;
    let members: Vec<Value> = c
        .members
        .iter()
        .map(|u| json!({"id": u.id, "name": u.name, "role": u.role}))
        .collect();
    Ok(Json(
        json!({"id": c.id, "title": c.title, "members": members}),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct SendMessageRequest {
    body: String,
    client_id: Option<String>,
    #[schema(value_type = Option<i64>)]
    reply_to: Option<MessageId>,
    #[serde(default)]
    acknowledge_warnings: bool,
    /// The incident this message follows up (apology, correction…): linked to it.
    #[schema(value_type = Option<i64>)]
    followup_of: Option<IncidentId>,
    /// Ask a lead to read this message before it goes out (`approval_triggers: ["requested"]`);
    /// ignored for guests, whose messages are never held.
    #[serde(default)]
    request_review: bool,
}

/// Send a message. `client_id` makes the call idempotent.
#[utoipa::path(post, path = "/api/v1/conversations/{id}/messages", params(("id" = i64, Path)), request_body = SendMessageRequest,
    responses((status = 201, description = "`{\"id\",\"status\",\"sent_at\",\"verdict\",\"findings\"}`; a guest's answer has `verdict` and `findings` null", body = Object),
        (status = 409, description = "guard_warning", body = ErrorBody), (status = 422, description = "body_too_long, blocked_by_guard", body = ErrorBody)))]
pub async fn send_message(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<SendMessageRequest>,
) -> ApiResult<Response> {
    let sent = service::send_message(
        &state,
        &caller,
        ConversationId(id),
        SendRequest {
            body: &req.body,
            client_id: req.client_id.as_deref(),
            reply_to: req.reply_to,
            acknowledge_warnings: req.acknowledge_warnings,
            followup_of: req.followup_of,
            request_review: req.request_review,
        },
    )
    .await?;
    let m = &sent.message;
    // The guard's verdict and findings are for the brand's team: a guest never sees them, neither
    // beside the message nor in it.
    let guest = caller.role() == retract_domain::Role::Guest;
    let view = MessageView::new(m, guest, true);
    Ok((
        StatusCode::CREATED,
        Json(SentView {
            id: m.id,
            status: m.status,
            sent_at: view.sent_at(),
            verdict: (!guest).then_some(sent.scan.verdict),
            findings: (!guest).then(|| findings_json(&sent.scan)),
            message: &view,
        }),
    )
        .into_response())
}

/// The answer to a send, serialized straight from borrowed parts (the send path's hottest JSON).
#[derive(Serialize)]
struct SentView<'a> {
    id: MessageId,
    status: DeliveryStatus,
    sent_at: &'a str,
    /// `null` for guests: the keys of the interface stay, their content is the team's.
    verdict: Option<retract_guard::Verdict>,
    /// `null` for guests.
    findings: Option<serde_json::Value>,
    message: &'a MessageView<'a>,
}

#[derive(Deserialize, IntoParams)]
pub struct HistoryQuery {
    /// A message id: only older messages are returned (empty or left out: the newest).
    #[serde(default, deserialize_with = "empty_as_none")]
    before: Option<i64>,
    /// Page size, default 50 (also when empty); larger values, however large, are clamped to 200.
    #[serde(default, deserialize_with = "page_limit")]
    limit: Option<u64>,
}

/// `limit` as the interface has it: any whole number is a page size, and one above the largest
/// page is clamped rather than refused, even past what a `u64` holds; empty is left out.
fn page_limit<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    let raw = Option::<String>::deserialize(deserializer)?;
    match raw.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(digits) if digits.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(Some(digits.parse().unwrap_or(u64::MAX)))
        }
        Some(other) => Err(serde::de::Error::custom(format!(
            "`{other}` is not a whole number"
        ))),
    }
}

/// History, newest last; hidden messages left out; unsent ones as tombstones without body.
#[utoipa::path(get, path = "/api/v1/conversations/{id}/messages", params(("id" = i64, Path), HistoryQuery), responses((status = 200, body = Object)))]
pub async fn list_messages(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(q): ApiQuery<HistoryQuery>,
) -> ApiResult<Json<Value>> {
    let conversation = service::member_conversation(&state, &caller, ConversationId(id)).await?;
    let settings = state.runtime(caller.user.workspace_id).await?.settings;
    // Within 1..=200, so the conversion cannot fail; 200 is the fallback all the same.
    let limit = u32::try_from(q.limit.unwrap_or(50).clamp(1, 200)).unwrap_or(200);
    let page = state
        .store
        .messages(
            caller.user.workspace_id,
            conversation.id,
            caller.user.id,
            q.before.map(MessageId),
            limit,
        )
        .await?;
    let guest = caller.role() == retract_domain::Role::Guest;
    Ok(Json(Value::Array(
        page.iter()
            .map(|m| message_json(m, guest, settings.show_reason_to_guests))
            .collect(),
    )))
}

#[derive(Deserialize, ToSchema)]
pub struct ReadRequest {
    #[schema(value_type = i64)]
    up_to: MessageId,
}

/// Mark messages as read up to an id.
#[utoipa::path(post, path = "/api/v1/conversations/{id}/read", params(("id" = i64, Path)), request_body = ReadRequest, responses((status = 204)))]
pub async fn mark_read(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<ReadRequest>,
) -> ApiResult<StatusCode> {
    service::mark_read(&state, &caller, ConversationId(id), req.up_to).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct EditRequest {
    body: String,
    /// Save despite the guard's warnings (as `acknowledge_warnings` on a send).
    #[serde(default)]
    acknowledge_warnings: bool,
}

/// Edit one's own message within the edit window; the previous text is kept as a version.
/// The new text passes the guard as a send would: `422 blocked_by_guard`, `409 guard_warning`
/// until `acknowledge_warnings`, and `409 edit_needs_approval` when it would need a lead's
/// approval (send a corrected message instead). While an unsend of the message waits for a lead,
/// the text stays as it is: `409 edit_unsend_pending` (with `incident_id`).
#[utoipa::path(patch, path = "/api/v1/messages/{id}", params(("id" = i64, Path)), request_body = EditRequest,
    responses((status = 200, body = Object), (status = 403, description = "edit_window_expired", body = ErrorBody),
        (status = 409, description = "guard_warning, edit_needs_approval, edit_unsend_pending", body = ErrorBody),
        (status = 422, description = "blocked_by_guard", body = ErrorBody)))]
pub async fn edit_message(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<EditRequest>,
) -> ApiResult<Json<Value>> {
    let m = service::edit_message(
        &state,
        &caller,
        MessageId(id),
        &req.body,
        req.acknowledge_warnings,
    )
    .await?;
    let guest = caller.role() == retract_domain::Role::Guest;
    Ok(Json(message_json(&m, guest, true)))
}

/// Earlier versions of an edited message (its author, leads and owners).
#[utoipa::path(get, path = "/api/v1/messages/{id}/versions", params(("id" = i64, Path)), responses((status = 200, body = Object)))]
pub async fn message_versions(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult<Json<Value>> {
    let (_, versions) = service::message_versions(&state, &caller, MessageId(id)).await?;
    let out: Vec<Value> = versions.iter().map(|v| json!({"version": v.version, "body": v.body, "replaced_at": rfc3339(v.replaced_at)})).collect();
    Ok(Json(Value::Array(out)))
}

#[derive(Deserialize, ToSchema)]
pub struct UnsendRequest {
    /// One of the interface's reason values.
    reason: Option<String>,
    note: Option<String>,
}

/// Unsend for everyone within the window, or remove a guest's message as moderation; an unsend
/// that rewrites history waits for a lead (`202`).
#[utoipa::path(post, path = "/api/v1/messages/{id}/unsend", params(("id" = i64, Path)), request_body = UnsendRequest,
    responses((status = 200, description = "`{\"incident_id\",\"advice\"}`", body = Object),
        (status = 202, description = "`{\"status\":\"pending_lead_approval\",\"incident_id\",\"advice\"}`", body = Object),
        (status = 403, description = "unsend_window_expired", body = ErrorBody), (status = 409, description = "moderation_refused", body = ErrorBody)))]
pub async fn unsend_message(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<UnsendRequest>,
) -> ApiResult<Response> {
    let reason = service::parse_reason(req.reason.as_deref())?;
    let french = prefers_french(&headers);
    let outcome =
        service::unsend(&state, &caller, MessageId(id), reason, req.note.as_deref()).await?;
    Ok(match outcome {
        UnsendOutcome::Removed {
            incident, advice, ..
        } => Json(json!({"incident_id": incident, "advice": advice_json(&advice, french)}))
            .into_response(),
        UnsendOutcome::PendingLeadApproval { incident, advice } => (
            StatusCode::ACCEPTED,
            Json(json!({"status": "pending_lead_approval", "incident_id": incident, "advice": advice_json(&advice, french)})),
        )
            .into_response(),
    })
}

/// Delete for me.
#[utoipa::path(post, path = "/api/v1/messages/{id}/hide", params(("id" = i64, Path)), responses((status = 204)))]
pub async fn hide_message(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult<StatusCode> {
    service::hide(&state, &caller, MessageId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct AdviceRequest {
    reason: Option<String>,
}

/// The deletion advisor's answer, without acting.
#[utoipa::path(post, path = "/api/v1/messages/{id}/advice", params(("id" = i64, Path)), request_body = AdviceRequest, responses((status = 200, body = Object)))]
pub async fn message_advice(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<AdviceRequest>,
) -> ApiResult<Json<Value>> {
    let reason = service::parse_reason(req.reason.as_deref())?;
    let advice = service::advice(&state, &caller, MessageId(id), reason).await?;
    Ok(Json(advice_json(&advice, prefers_french(&headers))))
}

#[derive(Deserialize, ToSchema)]
pub struct ScanRequest {
    text: String,
}

/// Scan a text with the workspace's guard.
#[utoipa::path(post, path = "/api/v1/guard/scan", request_body = ScanRequest, responses((status = 200, body = Object)))]
pub async fn guard_scan(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<ScanRequest>,
) -> ApiResult<Json<Value>> {
    caller.require(Action::ScanText)?;
    if req.text.len() > retract_domain::MAX_BODY_BYTES * 8 {
        return Err(ApiError::unprocessable(
            "text_too_long",
            "The text is limited to 64 KiB.",
        ));
    }
    let runtime = state.runtime(caller.user.workspace_id).await?;
    let scan = runtime.guard.scan(&req.text);
    Ok(Json(
        json!({"verdict": scan.verdict, "findings": findings_json(&scan)}),
    ))
}

#[derive(Deserialize, IntoParams)]
pub struct SearchQuery {
    q: String,
    /// Only this conversation (empty or left out: every conversation of the caller).
    #[serde(default, deserialize_with = "empty_as_none")]
    conversation_id: Option<i64>,
}

/// Full-text search over what the caller may still see.
#[utoipa::path(get, path = "/api/v1/search", params(SearchQuery), responses((status = 200, body = Object)))]
pub async fn search(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(q): ApiQuery<SearchQuery>,
) -> ApiResult<Json<Value>> {
    let hits =
        service::search(&state, &caller, &q.q, q.conversation_id.map(ConversationId)).await?;
    let out: Vec<Value> = hits
        .iter()
        .map(|h| json!({"message_id": h.message_id, "conversation_id": h.conversation_id, "snippet": h.snippet, "sent_at": rfc3339(h.sent_at)}))
        .collect();
    Ok(Json(Value::Array(out)))
}

/// The workspace's settings (every member may read them: rules are public to the team).
#[utoipa::path(get, path = "/api/v1/workspace/settings", responses((status = 200, body = Object)))]
pub async fn get_settings(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    let settings = state.store.settings(caller.user.workspace_id).await?;
    let mut out = serde_json::to_value(settings).unwrap_or_default();
    // Guests see the windows that apply to them, never the team's lexicon, rules, triggers or
    // retention: an allow-list, so a setting added later stays the team's unless listed here.
    if !crate::prevention::can_read_rules(&caller) {
        const GUEST_KEYS: [&str; 6] = [
            "unsend_window_seconds",
            "edit_window_seconds",
            "grace_seconds",
            "approval_deadline_seconds",
            "show_reason_to_guests",
            "time_zone",
        ];
        if let Some(o) = out.as_object_mut() {
            o.retain(|key, _| GUEST_KEYS.contains(&key.as_str()));
        }
    }
    Ok(Json(out))
}

/// Who changed the settings or moderation rules, when and what (every member but guests),
/// newest first; recorded on the workspace's ledger as `settings.changed`.
#[utoipa::path(get, path = "/api/v1/workspace/settings/history", responses((status = 200, body = Object), (status = 403, body = ErrorBody)))]
pub async fn settings_history(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Value>> {
    let list = crate::prevention::history(&state, &caller).await?;
    Ok(Json(Value::Array(
        list.iter()
            .map(|c| json!({"at": rfc3339(c.at), "actor_name": c.actor_name, "changes": c.changes}))
            .collect(),
    )))
}

/// Guest messages flagged on arrival (insult, illegal content, dangerous link) and still visible,
/// in the caller's conversations (leads, owners). Remove one with
/// `POST /messages/{id}/unsend` (a moderation removal).
#[utoipa::path(get, path = "/api/v1/flags", responses((status = 200, body = Object), (status = 403, body = ErrorBody)))]
pub async fn list_flags(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    let list = crate::prevention::flags(&state, &caller).await?;
    Ok(Json(Value::Array(
        list.iter()
            .map(|f| {
                json!({
                    "message": message_json(&f.message, false, true),
                    "conversation_title": f.conversation_title,
                    "flags": f.flags,
                    "findings": f.message.findings,
                })
            })
            .collect(),
    )))
}

/// Change settings (owner, lead); answers with all settings.
#[utoipa::path(patch, path = "/api/v1/workspace/settings", request_body = Object,
    responses((status = 200, body = Object), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn patch_settings(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(patch): ApiJson<SettingsPatch>,
) -> ApiResult<Json<Value>> {
    let settings = service::update_settings(&state, &caller, patch).await?;
    Ok(Json(serde_json::to_value(settings).unwrap_or_default()))
}

/// Take back one's own held message (grace delay or awaiting approval).
#[utoipa::path(post, path = "/api/v1/messages/{id}/cancel", params(("id" = i64, Path)),
    responses((status = 204), (status = 409, description = "not_pending", body = ErrorBody)))]
pub async fn cancel_message(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult<StatusCode> {
    crate::approvals::cancel(&state, &caller, MessageId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A JSON body that may be left out entirely (`{}` is assumed). Failures answer as `ApiJson`'s
/// do, so a client sees one rule everywhere: text that is not JSON is `400 invalid_json`, JSON
/// with a missing or mistyped field is `422 invalid_fields`.
pub(super) fn optional_json<T: serde::de::DeserializeOwned + Default>(body: &[u8]) -> ApiResult<T> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(body).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ApiError::unprocessable(
            "invalid_fields",
            format!("Failed to deserialize the JSON body into the target type: {e}"),
        ),
        _ => ApiError::bad_request(
            "invalid_json",
            format!("Failed to parse the request body as JSON: {e}"),
        ),
    })
}

#[derive(Deserialize, ToSchema, Default)]
pub struct DecisionRequest {
    comment: Option<String>,
    /// Approve with this corrected text instead (edit and approve).
    body: Option<String>,
}

/// Approve a held message (a lead or owner other than the author); it is delivered at once.
#[utoipa::path(post, path = "/api/v1/messages/{id}/approve", params(("id" = i64, Path)), request_body = DecisionRequest,
    responses((status = 200, body = Object), (status = 403, description = "four_eyes_required", body = ErrorBody), (status = 409, description = "not_pending", body = ErrorBody)))]
pub async fn approve_message(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    body: axum::body::Bytes,
) -> ApiResult<Json<Value>> {
    let req = optional_json::<DecisionRequest>(&body)?;
    let m = crate::approvals::decide(
        &state,
        &caller,
        MessageId(id),
        true,
        req.comment.as_deref(),
        req.body.as_deref(),
    )
    .await?;
    Ok(Json(message_json(&m, false, true)))
}

/// Reject a held message with a comment; it is never delivered.
#[utoipa::path(post, path = "/api/v1/messages/{id}/reject", params(("id" = i64, Path)), request_body = DecisionRequest,
    responses((status = 200, body = Object), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn reject_message(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    body: axum::body::Bytes,
) -> ApiResult<Json<Value>> {
    let req = optional_json::<DecisionRequest>(&body)?;
    let m = crate::approvals::decide(
        &state,
        &caller,
        MessageId(id),
        false,
        req.comment.as_deref(),
        None,
    )
    .await?;
    Ok(Json(message_json(&m, false, true)))
}

/// The approval queue (leads, owners): held messages with findings and conversation context.
#[utoipa::path(get, path = "/api/v1/approvals", responses((status = 200, body = Object), (status = 403, body = ErrorBody)))]
pub async fn list_approvals(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Value>> {
    let items = crate::approvals::queue(&state, &caller).await?;
    let out: Vec<Value> = items
        .iter()
        .map(|i| {
            json!({
                "message": message_json(&i.pending.message, false, true),
                "conversation_title": i.pending.conversation_title,
                "verdict": i.pending.verdict,
                "approval_triggers": i.pending.approval_triggers,
                "findings": i.pending.message.findings,
                "waiting_since": rfc3339(i.pending.created_at),
                "escalated": i.overdue,
                "context": i.context.iter().map(|m| message_json(m, false, true)).collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok(Json(Value::Array(out)))
}

/// Who decided what about a message (approvals, rejections, cancellation, delivery).
#[utoipa::path(get, path = "/api/v1/messages/{id}/decisions", params(("id" = i64, Path)), responses((status = 200, body = Object)))]
pub async fn message_decisions(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult<Json<Value>> {
    let m = state
        .store
        .message(caller.user.workspace_id, MessageId(id))
        .await?
        .ok_or_else(|| ApiError::not_found("message"))?;
    let allowed =
        m.author == caller.user.id || retract_domain::can(caller.role(), Action::ApproveMessages);
    if !allowed {
        return Err(ApiError::not_found("message"));
    }
    let decisions = state
        .store
        .message_decisions(caller.user.workspace_id, MessageId(id))
        .await?;
    let out: Vec<Value> = decisions
        .iter()
        .map(|d| json!({"decision": d.decision, "actor": d.actor, "actor_name": d.actor_name, "comment": d.comment, "at": rfc3339(d.at)}))
        .collect();
    Ok(Json(Value::Array(out)))
}

/// The workspace's incident ledger as JSONL, checkpoint last (auditor, owner); verify it offline
/// with `retract ledger verify FILE`.
#[utoipa::path(get, path = "/api/v1/ledger/export", responses((status = 200, description = "JSONL", content_type = "application/x-ndjson"), (status = 403, body = ErrorBody)))]
pub async fn export_ledger(State(state): State<AppState>, caller: Caller) -> ApiResult<Response> {
    let body = crate::ledger::export(&state, &caller).await?;
    Ok((
        [(
            axum::http::header::CONTENT_TYPE,
            "application/x-ndjson; charset=utf-8",
        )],
        body,
    )
        .into_response())
}
