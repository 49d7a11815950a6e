//! The operations of the product, shared by the JSON API and the web pages. Each one
//! authorises the caller (permission table + conversation membership), asks the domain for the
//! rule, persists through the store and publishes the resulting event. No rule is decided here.

use axum::http::StatusCode;
use retract_domain::{
    advise, route_message, Action, Advice, AdviceInput, ConversationId, GuardOutcome, IncidentId,
    MessageBody, MessageBodyError, MessageId, Outgoing, Reason, Recommendation, Role, Route,
    SettingsPatch, UserId, WorkspaceSettings,
};
use retract_guard::{Scan, Verdict};
use retract_store::{
    Conversation, DeliveryStatus, IncidentKind, MessageState, MessageVersion, NewMessage, NewText,
    NewUser, Removal, SearchHit, StoredMessage,
};
use serde_json::json;

use crate::auth::{hash_password, new_token, token_hash, verify_password, Caller};
use crate::error::{ApiError, ApiResult};
use crate::state::{now_millis, AppState};
use crate::view::message_event;

/// Removals by the same author within this span count towards "rewriting history" (D-3).
const REWRITE_SPAN_MS: i64 = 10 * 60 * 1000;
const MAX_CLIENT_ID_CHARS: usize = 128;
const MAX_TITLE_CHARS: usize = 200;
const MAX_NOTE_CHARS: usize = 2000;

/// The demo accounts' password, accepted only by `retract demo`.
pub const DEMO_PASSWORD: &str = "demo-password";

pub struct LoggedIn {
    pub token: String,
    pub csrf_token: String,
    pub user: retract_store::User,
}

/// Checks credentials and opens a session. The same answer for an unknown workspace, an unknown
/// e-mail and a wrong password, so nobody can probe which exist.
pub async fn login(
    state: &AppState,
    workspace: &str,
    email: &str,
    password: &str,
) -> ApiResult<LoggedIn> {
    let invalid = || {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "invalid_credentials",
            "Wrong workspace, e-mail or password.",
        )
    };
    if !state.config.demo && password == DEMO_PASSWORD {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "demo_password_refused",
            "The demo password only works with `retract demo`; set a real password.",
        ));
    }
    // Throttled per account before any lookup or hashing; unknown accounts count too, so the
    // answer tells nothing about which exist.
    let account = crate::login_throttle::account_key(workspace, email);
    let started = std::time::Instant::now();
    if let Err(wait) = state.login_throttle.check(&account, started) {
        let minutes = wait.as_secs().div_ceil(60).max(1);
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_attempts",
            format!("Too many failed logins for this account: try again in {minutes} min."),
        )
        .with("retry_after_seconds", wait.as_secs().max(1)));
    }
    let failed = || {
        state.login_throttle.failed(&account, started);
        invalid()
    };
    let ws = state
        .store
        .workspace_by_slug(workspace.trim())
        .await?
        .ok_or_else(failed)?;
    let (user, hash) = state
        .store
        .user_by_email(ws.id, email.trim())
        .await?
        .ok_or_else(failed)?;
    let password = password.to_string();
    let ok = crate::auth::with_hashing_permit(move || verify_password(&password, &hash))
        .await
        .unwrap_or(false);
    if !ok {
        return Err(failed());
    }
    state.login_throttle.succeeded(&account);
    let token = new_token();
    let csrf_token = new_token();
    let now = now_millis();
    let expires = now + state.config.session_ttl.as_millis() as i64;
    state
        .store
        .create_session(token_hash(&token), user.id, &csrf_token, now, expires)
        .await?;
    Ok(LoggedIn {
        token,
        csrf_token,
        user,
    })
}

pub async fn logout(state: &AppState, caller: &Caller) -> ApiResult<()> {
    state.forget_session(caller.token_hash);
    state.store.delete_session(caller.token_hash).await?;
    // This node's sockets close at once; other nodes hear of it through the hub.
    state.hub.end_session(caller.user.id, caller.token_hash);
    state.hub.publish(crate::events::Event::session_ended(
        caller.user.workspace_id,
        crate::events::EndedSession {
            user: caller.user.id,
            token_hash: caller.token_hash,
        },
    ));
    Ok(())
}

pub async fn create_user(
    state: &AppState,
    caller: &Caller,
    email: &str,
    name: &str,
    role: &str,
    password: &str,
) -> ApiResult<UserId> {
    caller.require(Action::CreateUser)?;
    let role: Role = role.parse().map_err(|e: retract_domain::RoleError| {
        ApiError::unprocessable("invalid_role", e.to_string())
    })?;
    if role == Role::Owner && caller.role() != Role::Owner {
        return Err(ApiError::forbidden(
            "forbidden",
            "Only an owner may add another owner.",
        ));
    }
    let email = email.trim();
    let valid_email = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        });
    if !valid_email {
        return Err(ApiError::unprocessable(
            "invalid_email",
            "The e-mail address is not valid.",
        ));
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::unprocessable(
            "invalid_name",
            "The name must be 1 to 100 characters.",
        ));
    }
    if password.chars().count() < 10 || password.len() > 1024 {
        return Err(ApiError::unprocessable(
            "weak_password",
            "The password must be at least 10 characters.",
        ));
    }
    let password = password.to_string();
    let hash = crate::auth::with_hashing_permit(move || hash_password(&password))
        .await
        .ok_or_else(ApiError::internal)?
        .map_err(|_| ApiError::internal())?;
    let id = state
        .store
        .create_user(NewUser {
            workspace_id: caller.user.workspace_id,
            email,
            name,
            role,
            password_hash: &hash,
            now: now_millis(),
        })
        .await
        .map_err(|e| match e {
            retract_store::StoreError::Conflict(_) => {
                ApiError::conflict("email_taken", "A member already uses this e-mail.")
            }
            other => other.into(),
        })?;
    Ok(id)
}

/// The conversation, if the caller is one of its members.
pub async fn member_conversation(
    state: &AppState,
    caller: &Caller,
    id: ConversationId,
) -> ApiResult<std::sync::Arc<Conversation>> {
    let conversation = state
        .conversation(caller.user.workspace_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("conversation"))?;
    if !conversation.members.iter().any(|m| m.id == caller.user.id) {
        return Err(ApiError::forbidden(
            "not_a_member",
            "Only members of this conversation can see it.",
        ));
    }
    Ok(conversation)
}

pub async fn create_conversation(
    state: &AppState,
    caller: &Caller,
    title: Option<&str>,
    members: &[UserId],
) -> ApiResult<ConversationId> {
    caller.require(Action::CreateConversation)?;
    let title = title.map(str::trim).filter(|t| !t.is_empty());
    if title.is_some_and(|t| t.chars().count() > MAX_TITLE_CHARS) {
        return Err(ApiError::unprocessable(
            "title_too_long",
            "The title is limited to 200 characters.",
        ));
    }
    if members.len() > 1000 {
        return Err(ApiError::unprocessable(
            "too_many_members",
            "A conversation has at most 1000 members.",
        ));
    }
    state
        .store
        .create_conversation(
            caller.user.workspace_id,
            title,
            caller.user.id,
            members,
            now_millis(),
        )
        .await
        .map_err(|e| match e {
            retract_store::StoreError::NotFound => ApiError::unprocessable(
                "unknown_member",
                "A member is not a user of this workspace.",
            ),
            other => other.into(),
        })
}

/// A message the caller may act on: it exists in the workspace and the caller is a member of its
/// conversation.
async fn member_message(
    state: &AppState,
    caller: &Caller,
    id: MessageId,
) -> ApiResult<(StoredMessage, std::sync::Arc<Conversation>)> {
    let message = state
        .store
        .message(caller.user.workspace_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("message"))?;
    // A held message does not exist for anyone but its author.
    if message.status != DeliveryStatus::Delivered && message.author != caller.user.id {
        return Err(ApiError::not_found("message"));
    }
    let conversation = member_conversation(state, caller, message.conversation_id).await?;
    Ok((message, conversation))
}

fn refuse_if_held(message: &StoredMessage) -> ApiResult<()> {
    if message.status == DeliveryStatus::Delivered {
        Ok(())
    } else {
        Err(ApiError::conflict(
            "not_delivered",
            "This message was not delivered: cancel it instead.",
        )
        .with("status", message.status.as_str()))
    }
}

pub(crate) fn publish_to(
    state: &AppState,
    kind: &str,
    message: &StoredMessage,
    recipients: Vec<UserId>,
    settings: &WorkspaceSettings,
) {
    state.hub.publish(message_event(
        kind,
        message,
        recipients,
        settings.show_reason_to_guests,
        now_millis(),
    ));
}

pub(crate) fn publish(
    state: &AppState,
    kind: &str,
    message: &StoredMessage,
    conversation: &Conversation,
    settings: &WorkspaceSettings,
) {
    let recipients = conversation.members.iter().map(|m| m.id).collect();
    state.hub.publish(crate::events::Event {
        workspace_id: Some(conversation.workspace_id),
        ..message_event(
            kind,
            message,
            recipients,
            settings.show_reason_to_guests,
            now_millis(),
        )
    });
}

/// A text with the guard's reading of it as the store keeps it: the verdict, the findings (none
/// when there are none), and whether it is flagged to the leads (a guest's insult, illegal
/// content or dangerous link: delivered, but flagged).
pub fn screened(caller: &Caller, body: MessageBody, scan: &Scan) -> NewText {
    NewText {
        body,
        verdict: Some(verdict_name(scan.verdict).to_string()),
        findings: (!scan.findings.is_empty()).then(|| findings_json(scan)),
        flag: !caller.role().is_team()
            && scan
                .findings
                .iter()
                .any(|f| retract_domain::flags_incoming(f.category, f.kind)),
    }
}

/// `422 blocked_by_guard`: nothing was stored.
pub fn blocked_by_guard(scan: &Scan, message: &'static str) -> ApiError {
    ApiError::unprocessable("blocked_by_guard", message)
        .with("verdict", "block")
        .with("findings", findings_json(scan))
}

/// `409 guard_warning`: stored once the request carries `acknowledge_warnings`.
fn guard_warning(scan: &Scan, message: &'static str) -> ApiError {
    ApiError::conflict("guard_warning", message)
        .with("verdict", "warn")
        .with("findings", findings_json(scan))
}

pub fn parse_body(text: &str) -> ApiResult<MessageBody> {
    MessageBody::parse(text).map_err(|e| match e {
        MessageBodyError::TooLong(_) => ApiError::unprocessable("body_too_long", e.to_string())
            .with("limit_bytes", retract_domain::MAX_BODY_BYTES),
        MessageBodyError::Empty => ApiError::unprocessable("empty_body", e.to_string()),
        MessageBodyError::Nul => ApiError::unprocessable("invalid_text", e.to_string()),
    })
}

/// Findings as the API shows them, each with its explanation and suggested fix in FR and EN.
pub fn findings_json(scan: &Scan) -> serde_json::Value {
    use retract_guard::{explain, suggested_fix, Lang};
    let list: Vec<serde_json::Value> = scan
        .findings
        .iter()
        .map(|f| {
            let mut v = serde_json::to_value(f).unwrap_or_default();
            v["explanation"] = json!({"fr": explain(f.explanation_key, Lang::Fr), "en": explain(f.explanation_key, Lang::En)});
            v["fix"] = match (suggested_fix(f.kind, Lang::Fr), suggested_fix(f.kind, Lang::En)) {
                (Some(fr), Some(en)) => json!({"fr": fr, "en": en}),
                _ => serde_json::Value::Null,
            };
            v
        })
        .collect();
    serde_json::Value::Array(list)
}

pub struct SendRequest<'a> {
    pub body: &'a str,
    pub client_id: Option<&'a str>,
    pub reply_to: Option<MessageId>,
    pub acknowledge_warnings: bool,
    /// The incident this message follows up (F-), linked to it when stored.
    pub followup_of: Option<IncidentId>,
    /// The author asks a lead to read this message before it goes out (four eyes on request).
    pub request_review: bool,
}

pub struct Sent {
    pub message: StoredMessage,
    pub scan: Scan,
}

/// Sends a message after the guard's verdict: the brand team's `block` is refused and `warn`
/// needs an explicit acknowledgement; guests' messages are scanned and delivered.
pub async fn send_message(
    state: &AppState,
    caller: &Caller,
    conversation_id: ConversationId,
    req: SendRequest<'_>,
) -> ApiResult<Sent> {
    caller.require(Action::SendMessage)?;
    let conversation = member_conversation(state, caller, conversation_id).await?;
    let body = parse_body(req.body)?;
    if req
        .client_id
        .is_some_and(|c| c.is_empty() || c.chars().count() > MAX_CLIENT_ID_CHARS)
    {
        return Err(ApiError::unprocessable(
            "invalid_client_id",
            "client_id must be 1 to 128 characters.",
        ));
    }
    let ws = caller.user.workspace_id;
    if let Some(incident) = req.followup_of {
        caller.require(Action::FollowUpIncident)?;
        crate::incidents::visible(state, caller, incident).await?;
    }
    let runtime = state.runtime(ws).await?;
    let (scan, has_link) = runtime.guard.scan_with_links(body.as_str());
    let now = now_millis();
    let route = route_message(
        &runtime.settings,
        &Outgoing {
            author: caller.user.id,
            author_is_team: caller.role().is_team(),
            conversation: conversation_id,
            outcome: guard_outcome(scan.verdict),
            has_link,
            acknowledged: req.acknowledge_warnings,
            review_requested: req.request_review,
        },
        now,
    );
    let mut approval_triggers = Vec::new();
    let (status, deliver_at) = match route {
        Route::Blocked => {
            return Err(blocked_by_guard(
                &scan,
                "The guard blocked this message; nothing was sent.",
            ));
        }
        Route::NeedsAcknowledgement => {
            return Err(guard_warning(
                &scan,
                "The guard has warnings; confirm to send anyway.",
            ));
        }
        Route::Deliver => (DeliveryStatus::Delivered, None),
        Route::Grace { deliver_at } => (DeliveryStatus::PendingGrace, Some(deliver_at)),
        Route::Approval { triggers } => {
            approval_triggers = triggers.names().into_iter().map(String::from).collect();
            (DeliveryStatus::PendingApproval, None)
        }
    };
    let text = screened(caller, body, &scan);
    let flagged = text.flag;
    let outcome = state
        .store
        .send_message(NewMessage {
            workspace_id: ws,
            conversation_id,
            author: caller.user.id,
            body: text.body,
            client_id: req.client_id.map(str::to_string),
            reply_to: req.reply_to,
            now,
            status,
            deliver_at,
            verdict: text.verdict,
            findings: text.findings,
            approval_triggers,
            flagged,
            followup_of: req.followup_of,
        })
        .await
        .map_err(|e| match e {
            retract_store::StoreError::NotFound if req.followup_of.is_some() => {
                ApiError::unprocessable(
                    "invalid_followup",
                    "reply_to or followup_of does not belong to this conversation, or the incident is closed.",
                )
            }
            retract_store::StoreError::NotFound => ApiError::unprocessable(
                "invalid_reply_to",
                "reply_to is not a message of this conversation.",
            ),
            other => other.into(),
        })?;
    if outcome.created {
        metrics::counter!("retract_messages_sent_total", "status" => status.as_str()).increment(1);
        match status {
            DeliveryStatus::Delivered => {
                publish(
                    state,
                    "message.created",
                    &outcome.message,
                    &conversation,
                    &runtime.settings,
                );
                if flagged {
                    crate::prevention::notify_flagged(state, &outcome.message, &conversation);
                }
            }
            _ => {
                // Nobody but the author sees a held message; leads learn that one waits.
                publish_to(
                    state,
                    "message.pending",
                    &outcome.message,
                    vec![caller.user.id],
                    &runtime.settings,
                );
                if status == DeliveryStatus::PendingApproval {
                    crate::approvals::notify_approvers(
                        state,
                        ws,
                        &outcome.message,
                        "approval.requested",
                    )
                    .await;
                }
            }
        }
    }
    Ok(Sent {
        message: outcome.message,
        scan,
    })
}

fn guard_outcome(verdict: Verdict) -> GuardOutcome {
    match verdict {
        Verdict::Allow => GuardOutcome::Allow,
        Verdict::Warn => GuardOutcome::Warn,
        Verdict::NeedsApproval => GuardOutcome::NeedsApproval,
        Verdict::Block => GuardOutcome::Block,
    }
}

fn verdict_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Allow => "allow",
        Verdict::Warn => "warn",
        Verdict::NeedsApproval => "needs_approval",
        Verdict::Block => "block",
    }
}

pub async fn edit_message(
    state: &AppState,
    caller: &Caller,
    id: MessageId,
    text: &str,
    acknowledge_warnings: bool,
) -> ApiResult<StoredMessage> {
    caller.require(Action::ChangeOwnMessage)?;
    let (message, conversation) = member_message(state, caller, id).await?;
    refuse_if_held(&message)?;
    if message.author != caller.user.id {
        return Err(ApiError::forbidden(
            "not_author",
            "Only the author can edit a message.",
        ));
    }
    if message.state == MessageState::Unsent {
        return Err(ApiError::conflict(
            "message_unsent",
            "This message was removed.",
        ));
    }
    // A lead is deciding about this very text: it stays as it is until they have.
    if let Some(incident) =
        crate::incidents::pending_unsend(state, caller.user.workspace_id, id).await?
    {
        return Err(edit_unsend_pending().with("incident_id", incident.id.0));
    }
    let body = parse_body(text)?;
    let runtime = state.runtime(caller.user.workspace_id).await?;
    let now = now_millis();
    if !runtime.settings.edit_window().allows(message.sent_at, now) {
        return Err(ApiError::forbidden(
            "edit_window_expired",
            "The edit window has passed; post a correction instead.",
        )
        .with("window_seconds", runtime.settings.edit_window_seconds)
        .with("age_seconds", (now - message.sent_at) / 1000));
    }
    // The new text passes the guard as a send would: an edit must not be a way around it.
    let (scan, has_link) = runtime.guard.scan_with_links(body.as_str());
    let route = route_message(
        &runtime.settings,
        &Outgoing {
            author: caller.user.id,
            author_is_team: caller.role().is_team(),
            conversation: message.conversation_id,
            outcome: guard_outcome(scan.verdict),
            has_link,
            acknowledged: acknowledge_warnings,
            review_requested: false,
        },
        now,
    );
    match route {
        Route::Blocked => {
            return Err(blocked_by_guard(
                &scan,
                "The guard blocked this edit; nothing was changed.",
            ));
        }
        Route::NeedsAcknowledgement => {
            return Err(guard_warning(
                &scan,
                "The guard has warnings about this edit; confirm to save it anyway.",
            ));
        }
        // What would hold a new message (the guard's verdict, a sensitive conversation, a
        // member in onboarding, a link) cannot be edited into a delivered one: the edit is
        // refused and a corrected message goes through approval instead.
        Route::Approval { triggers } => {
            let mut refused = ApiError::conflict(
                "edit_needs_approval",
                "This edit would need a lead's approval: send a corrected message instead.",
            )
            .with("approval_triggers", triggers.names());
            if !scan.findings.is_empty() {
                refused = refused.with("findings", findings_json(&scan));
            }
            return Err(refused);
        }
        Route::Deliver | Route::Grace { .. } => {}
    }
    // A guest's edit that brings in an insult, illegal content or a dangerous link is flagged
    // to leads, as the same text sent would be.
    let new_text = screened(caller, body, &scan);
    let flag = new_text.flag;
    let edited = state
        .store
        .edit_message(caller.user.workspace_id, id, new_text, now)
        .await
        .map_err(|e| match e {
            retract_store::StoreError::Conflict("removal_pending") => edit_unsend_pending(),
            other => other.into(),
        })?;
    publish(
        state,
        "message.edited",
        &edited,
        &conversation,
        &runtime.settings,
    );
    if flag {
        crate::prevention::notify_flagged(state, &edited, &conversation);
    }
    Ok(edited)
}

/// Whether `caller` may read the earlier versions of a message by `author`: its author, and the
/// roles that approve messages (leads, owners).
pub fn may_see_versions(caller: &Caller, author: UserId) -> bool {
    author == caller.user.id || retract_domain::can(caller.role(), Action::ApproveMessages)
}

/// A message and its earlier versions, oldest first, for a member who may read them. An unsent
/// message has none left (M-7): its versions went with it.
pub async fn message_versions(
    state: &AppState,
    caller: &Caller,
    id: MessageId,
) -> ApiResult<(StoredMessage, Vec<MessageVersion>)> {
    let (message, _) = member_message(state, caller, id).await?;
    if !may_see_versions(caller, message.author) {
        return Err(ApiError::forbidden(
            "forbidden",
            "Only the author and leads see earlier versions.",
        ));
    }
    let versions = if message.state == MessageState::Visible {
        state
            .store
            .message_versions(caller.user.workspace_id, id)
            .await?
    } else {
        Vec::new()
    };
    Ok((message, versions))
}

/// The refusal of an edit while an unsend of the message waits for a lead's decision.
fn edit_unsend_pending() -> ApiError {
    ApiError::conflict(
        "edit_unsend_pending",
        "An unsend of this message waits for a lead's approval: it cannot be edited until a lead decides.",
    )
}

pub fn parse_reason(reason: Option<&str>) -> ApiResult<Reason> {
    let reason = reason
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .ok_or_else(|| {
            ApiError::unprocessable("reason_required", "A reason is required.")
                .with("reasons", Reason::ALL.map(Reason::as_str).to_vec())
        })?;
    reason.parse().map_err(|e: retract_domain::ReasonError| {
        ApiError::unprocessable("invalid_reason", e.to_string())
            .with("reasons", Reason::ALL.map(Reason::as_str).to_vec())
    })
}

/// What an unsend request is: an author's own unsend, or a lead's moderation of a guest.
struct RemovalContext {
    message: StoredMessage,
    conversation: std::sync::Arc<Conversation>,
    moderation: bool,
    advice: Advice,
    settings: std::sync::Arc<WorkspaceSettings>,
    age_ms: i64,
    /// What the guard finds in the message, for the ledger (categories and kinds, no text).
    findings: serde_json::Value,
}

async fn removal_context(
    state: &AppState,
    caller: &Caller,
    id: MessageId,
    reason: Reason,
) -> ApiResult<RemovalContext> {
    let (message, conversation) = member_message(state, caller, id).await?;
    refuse_if_held(&message)?;
    let moderation = if message.author == caller.user.id {
        caller.require(Action::ChangeOwnMessage)?;
        false
    } else if message.author_role == Role::Guest {
        caller.require(Action::ModerateGuestMessage)?;
        true
    } else {
        return Err(ApiError::forbidden(
            "not_author",
            "Only the author can unsend this message.",
        ));
    };
    if message.state == MessageState::Unsent {
        return Err(ApiError::conflict(
            "already_unsent",
            "This message was already removed.",
        ));
    }
    let ws = caller.user.workspace_id;
    let runtime = state.runtime(ws).await?;
    let now = now_millis();
    let scan = match &message.body {
        Some(body) => runtime.guard.scan(body),
        None => Scan {
            verdict: Verdict::Allow,
            findings: Vec::new(),
        },
    };
    let category = |cats: &[&str]| scan.findings.iter().any(|f| cats.contains(&f.category));
    // Two independent reads: run them side by side (an unsend's latency is what members wait).
    let (others_replied, recent_unsends_by_author) = tokio::try_join!(
        state.store.has_replies_from_others(ws, id),
        state.store.unsends_since(
            ws,
            message.conversation_id,
            message.author,
            now - REWRITE_SPAN_MS,
        ),
    )?;
    let input = AdviceInput {
        reason,
        leaks_personal_data_or_secret: category(&["pii", "secret"]),
        insulting_or_illegal: category(&["insult", "illegal"]),
        inside_window: runtime
            .settings
            .unsend_window()
            .allows(message.sent_at, now),
        moderation,
        others_replied,
        recent_unsends_by_author,
    };
    let age_ms = now - message.sent_at;
    let findings = scan
        .findings
        .iter()
        .map(|f| json!({"category": f.category, "kind": f.kind, "severity": f.severity}))
        .collect();
    Ok(RemovalContext {
        advice: advise(input),
        message,
        conversation,
        moderation,
        settings: runtime.settings,
        age_ms,
        findings,
    })
}

pub fn advice_json(advice: &Advice, french: bool) -> serde_json::Value {
    json!({
        "recommendation": advice.recommendation,
        "recommendation_text": advice.recommendation.label(french),
        "rationale": advice.rationale_text(french),
        "rationale_keys": advice.rationale,
        "severity": advice.severity,
    })
}

/// Rewrites the texts of an [`advice_json`] value in French or English, from its keys (an
/// error's advice is built before the response knows the client's language).
pub fn localize_advice(advice: &mut serde_json::Value, french: bool) {
    let recommendation = advice
        .get("recommendation")
        .and_then(|r| r.as_str())
        .and_then(|r| Recommendation::ALL.into_iter().find(|x| x.as_str() == r));
    let rationale: Vec<&'static str> = advice
        .get("rationale_keys")
        .and_then(|k| k.as_array())
        .map(|keys| {
            keys.iter()
                .filter_map(|k| k.as_str())
                .map(|k| retract_domain::rationale_text(k, french))
                .collect()
        })
        .unwrap_or_default();
    if let Some(obj) = advice.as_object_mut() {
        if let Some(r) = recommendation {
            obj.insert("recommendation_text".into(), r.label(french).into());
        }
        obj.insert("rationale".into(), json!(rationale));
    }
}

/// The advisor's answer without acting (`POST /messages/{id}/advice`).
pub async fn advice(
    state: &AppState,
    caller: &Caller,
    id: MessageId,
    reason: Reason,
) -> ApiResult<Advice> {
    Ok(removal_context(state, caller, id, reason).await?.advice)
}

/// What an unsend request did.
pub enum UnsendOutcome {
    /// The tombstone went out and the incident is open.
    Removed {
        incident: IncidentId,
        advice: Advice,
        message: Box<StoredMessage>,
    },
    /// Rewriting history (D-3): nothing changed for members; a lead other than the requester
    /// decides (`/unsend/approve`, `/unsend/reject`).
    PendingLeadApproval {
        incident: IncidentId,
        advice: Advice,
    },
}

/// Unsends a message for everyone (or removes a guest's message as moderation) and opens its
/// incident, or asks a lead first when the advisor says so. The window is checked with the
/// server clock.
pub async fn unsend(
    state: &AppState,
    caller: &Caller,
    id: MessageId,
    reason: Reason,
    note: Option<&str>,
) -> ApiResult<UnsendOutcome> {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS) {
        return Err(ApiError::unprocessable(
            "note_too_long",
            "The note is limited to 2000 characters.",
        ));
    }
    let ctx = removal_context(state, caller, id, reason).await?;
    if ctx.moderation {
        // Criticism is answered, not censored: only the removable reasons remove a guest's
        // message (the reason given is trusted and recorded; the guard's findings inform the
        // advice, which says which reason fits, but do not decide).
        if !reason.allows_moderation() {
            return Err(ApiError::conflict(
                "moderation_refused",
                "Criticism is answered, not removed: reply instead.",
            )
            .with("advice", advice_json(&ctx.advice, false)));
        }
    } else if !ctx
        .settings
        .unsend_window()
        .allows(ctx.message.sent_at, now_millis())
    {
        return Err(ApiError::forbidden(
            "unsend_window_expired",
            "The unsend window has passed: delete the message for yourself and post a correction.",
        )
        .with("window_seconds", ctx.settings.unsend_window_seconds)
        .with("age_seconds", ctx.age_ms / 1000)
        .with("alternatives", json!(["hide", "correction"]))
        .with("advice", advice_json(&ctx.advice, false)));
    }
    let recommendation = ctx.advice.recommendation;
    let now = now_millis();
    let zone = ctx.settings.zone();
    let kind = if ctx.moderation {
        IncidentKind::Moderation
    } else {
        IncidentKind::Unsend
    };
    let removal = Removal {
        workspace_id: caller.user.workspace_id,
        message_id: id,
        actor: caller.user.id,
        actor_role: caller.role(),
        kind,
        reason,
        note: note.map(str::to_string),
        advice: advice_json(&ctx.advice, false),
        // L-1: the ledger dates the incident in the workspace's zone as well as in UTC.
        ledger_data: json!({
            "findings": ctx.findings,
            "time_zone": zone.name(),
            "at_local": zone.local_rfc3339(now),
        }),
        advice_followed: matches!(
            recommendation,
            Recommendation::Unsend | Recommendation::Escalate | Recommendation::NeedsLeadApproval
        ),
        escalated: recommendation == Recommendation::Escalate,
        now,
    };
    let conflict = |e: retract_store::StoreError| match e {
        retract_store::StoreError::Conflict("removal_pending") => ApiError::conflict(
            "unsend_pending",
            "An unsend of this message already waits for a lead.",
        ),
        retract_store::StoreError::Conflict(_) => {
            ApiError::conflict("already_unsent", "This message was already removed.")
        }
        other => other.into(),
    };
    if !ctx.moderation && recommendation == Recommendation::NeedsLeadApproval {
        let incident = state
            .store
            .request_removal(removal)
            .await
            .map_err(conflict)?;
        publish_incident_opened(state, &ctx, incident, kind, reason, caller.user.id);
        crate::events::notify_leads(
            state,
            caller.user.workspace_id,
            caller.user.id,
            Some(ctx.message.conversation_id),
            json!({"type": "unsend.requested", "conversation_id": ctx.message.conversation_id,
                   "incident_id": incident, "message": {"id": id, "author": ctx.message.author}}),
        )
        .await;
        return Ok(UnsendOutcome::PendingLeadApproval {
            incident,
            advice: ctx.advice,
        });
    }
    let vault = state.evidence_key(caller.user.workspace_id).await?;
    let (message, incident) = state
        .store
        .remove_message(removal, vault)
        .await
        .map_err(conflict)?;
    metrics::counter!("retract_messages_unsent_total").increment(1);
    publish(
        state,
        "message.unsent",
        &message,
        &ctx.conversation,
        &ctx.settings,
    );
    publish_incident_opened(state, &ctx, incident, kind, reason, caller.user.id);
    if recommendation == Recommendation::Escalate {
        crate::events::notify_leads(
            state,
            caller.user.workspace_id,
            caller.user.id,
            Some(message.conversation_id),
            json!({"type": "incident.escalated", "conversation_id": message.conversation_id,
                   "incident_id": incident, "reason": reason}),
        )
        .await;
    }
    Ok(UnsendOutcome::Removed {
        incident,
        advice: ctx.advice,
        message: Box::new(message),
    })
}

/// `incident.opened` to the conversation's members who may read the incident: the roles that
/// read every incident, and the one who removed the message and its author; never a guest.
fn publish_incident_opened(
    state: &AppState,
    ctx: &RemovalContext,
    incident: IncidentId,
    kind: IncidentKind,
    reason: Reason,
    actor: UserId,
) {
    let recipients: Vec<UserId> = ctx
        .conversation
        .members
        .iter()
        .filter(|m| {
            m.role != Role::Guest
                && (retract_domain::can(m.role, Action::ReadAllIncidents)
                    || m.id == actor
                    || m.id == ctx.message.author)
        })
        .map(|m| m.id)
        .collect();
    let payload: std::sync::Arc<str> = json!({
        "type": "incident.opened",
        "conversation_id": ctx.message.conversation_id,
        "incident_id": incident,
        "kind": kind.as_str(),
        "reason": reason.as_str(),
        "message": {"id": ctx.message.id, "author": ctx.message.author},
        "at": crate::view::rfc3339(now_millis()),
    })
    .to_string()
    .into();
    state.hub.publish(crate::events::Event {
        recipients,
        team_payload: payload,
        // Never addressed to a guest; should one be named, it learns nothing.
        guest_payload: json!({"type": "incident.opened"}).to_string().into(),
        workspace_id: Some(ctx.conversation.workspace_id),
        conversation_id: Some(ctx.message.conversation_id),
        settings_changed: false,
        ended_session: None,
    });
}

/// Delete for me: hides the message from the caller's own views only.
pub async fn hide(state: &AppState, caller: &Caller, id: MessageId) -> ApiResult<()> {
    let (message, _) = member_message(state, caller, id).await?;
    state
        .store
        .hide_message(caller.user.workspace_id, id, caller.user.id)
        .await?;
    // Like every `message.*` event, it carries the message in the list's shape (a guest's copy
    // without findings); it goes to the caller's own sockets only, who had that message anyway.
    let settings = state.runtime(caller.user.workspace_id).await?.settings;
    state.hub.publish(crate::events::Event {
        workspace_id: Some(caller.user.workspace_id),
        ..message_event(
            "message.hidden",
            &message,
            vec![caller.user.id],
            settings.show_reason_to_guests,
            now_millis(),
        )
    });
    Ok(())
}

pub async fn mark_read(
    state: &AppState,
    caller: &Caller,
    conversation: ConversationId,
    up_to: MessageId,
) -> ApiResult<()> {
    member_conversation(state, caller, conversation).await?;
    Ok(state
        .store
        .mark_read(
            caller.user.workspace_id,
            conversation,
            caller.user.id,
            up_to,
        )
        .await?)
}

pub async fn search(
    state: &AppState,
    caller: &Caller,
    query: &str,
    conversation: Option<ConversationId>,
) -> ApiResult<Vec<SearchHit>> {
    if query.chars().count() > 200 {
        return Err(ApiError::unprocessable(
            "query_too_long",
            "The search is limited to 200 characters.",
        ));
    }
    if let Some(c) = conversation {
        member_conversation(state, caller, c).await?;
    }
    Ok(state
        .store
        .search(
            caller.user.workspace_id,
            caller.user.id,
            query,
            conversation,
            50,
        )
        .await?)
}

/// A refused patch, with the setting and the bound in the details so that pages can explain it.
fn settings_refused(e: retract_domain::SettingsError) -> ApiError {
    let err = ApiError::unprocessable("invalid_settings", e.to_string())
        .with("field", e.field())
        .with("problem", e.problem());
    match e.limit() {
        Some(limit) => err.with("limit", limit),
        None => err,
    }
}

pub async fn update_settings(
    state: &AppState,
    caller: &Caller,
    patch: SettingsPatch,
) -> ApiResult<WorkspaceSettings> {
    caller.require(Action::ChangeSettings)?;
    let ws = caller.user.workspace_id;
    let current = state.store.settings(ws).await?;
    let next = current.apply(patch).map_err(settings_refused)?;
    if next.evidence_retention_days != current.evidence_retention_days {
        // A retention erases evidence: only those who may erase it by hand may set one.
        caller.require(Action::EraseEvidence)?;
    }
    // Compile first: a list or rule the guard cannot use is refused before it is saved.
    crate::state::compile_guard(&next)?;
    crate::prevention::check_trigger_ids(state, caller, &current, &next).await?;
    let audit = crate::prevention::audit_entry(caller, &current, &next);
    let changed = audit.is_some();
    state.store.save_settings(ws, &next, audit).await?;
    state.forget_runtime(ws);
    if changed {
        crate::prevention::announce_settings(state, caller, &current, &next).await?;
    }
    Ok(next)
}
