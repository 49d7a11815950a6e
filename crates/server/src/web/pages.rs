//! Page handlers. Each reads through the same service operations as the API, so a page can never
//! allow what the API refuses.

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use minijinja::{context, Value};
use retract_domain::{
    Action, ConversationId, IncidentStatus, MessageId, Reason, Role, SettingsPatch,
};
use retract_store::{
    DeliveryStatus, Incident, IncidentFilter, IncidentScope, MessageState, StoredMessage,
};
use serde::{Deserialize, Serialize};

use super::{error_text, render, text, Lang, PageId, WebUser, LANG_COOKIE};
use crate::auth::{Caller, SESSION_COOKIE};
use crate::error::ApiError;
use crate::service::{self, SendRequest};
use crate::state::{now_millis, AppState};
use crate::view::rfc3339;

/// What every signed-in page shows in its top bar.
pub(super) async fn base(state: &AppState, user: &Caller, lang: Lang, path: &str) -> Value {
    let workspace = state
        .store
        .workspace(user.user.workspace_id)
        .await
        .map(|w| w.name)
        .unwrap_or_default();
    // A badge that cannot be counted is left empty rather than failing the whole page.
    let waiting = crate::approvals::waiting_count(state, user)
        .await
        .unwrap_or(0);
    context! {
        waiting => waiting,
        lang => lang.code(),
        me => context! { id => user.user.id.0, name => user.user.name, role => user.user.role.as_str() },
        role_label => text(lang, &format!("role-{}", user.user.role)),
        workspace => workspace,
        csrf => user.csrf_token().unwrap_or_default(),
        now => now_millis(),
        path => path,
        can_edit_rules => retract_domain::can(user.user.role, Action::ChangeSettings),
        is_approver => crate::approvals::is_approver(user),
    }
}

/// `GET /notifications/count`: the top bar's badge, refreshed by the page's script when an event
/// says the queue changed.
pub async fn waiting_count(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
) -> Response {
    match crate::approvals::waiting_count(&state, &user).await {
        Ok(waiting) => axum::Json(serde_json::json!({
            "waiting": waiting,
            "label": waiting_label(lang, waiting),
        }))
        .into_response(),
        Err(err) => err.into_response(),
    }
}

/// The bell's accessible name, in the page's language.
fn waiting_label(lang: Lang, waiting: usize) -> String {
    if waiting == 0 {
        text(lang, "notifications-none")
    } else {
        super::i18n::text(lang, "notifications-waiting", &[("count", waiting.into())])
    }
}

pub(super) fn csrf_ok(user: &Caller, sent: &str) -> Result<(), ApiError> {
    if user.csrf_token() == Some(sent) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "csrf_failed",
            "Missing or wrong CSRF token.",
        ))
    }
}

pub(super) async fn error_page(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    err: ApiError,
) -> Response {
    let status = err.status;
    let ctx = context! { message => error_text(lang, &err), ..base(state, user, lang, "").await };
    (status, render("error.html", ctx)).into_response()
}

pub async fn home(user: Result<WebUser, Response>) -> Redirect {
    match user {
        Ok(_) => Redirect::to("/inbox"),
        Err(_) => Redirect::to("/login"),
    }
}

#[derive(Deserialize)]
pub struct LoginForm {
    workspace: String,
    email: String,
    password: String,
}

pub async fn login_page(lang: Lang) -> Response {
    render(
        "login.html",
        context! { lang => lang.code(), workspace => "demo" },
    )
}

pub async fn login_submit(
    State(state): State<AppState>,
    lang: Lang,
    Form(form): Form<LoginForm>,
) -> Response {
    match service::login(&state, &form.workspace, &form.email, &form.password).await {
        Ok(logged) => {
            let secure = if state.config.secure_cookies {
                "; Secure"
            } else {
                ""
            };
            let cookie = format!(
                "{SESSION_COOKIE}={}; HttpOnly; SameSite=Lax; Path=/; Max-Age={}{secure}",
                logged.token,
                state.config.session_ttl.as_secs()
            );
            ([(header::SET_COOKIE, cookie)], Redirect::to("/inbox")).into_response()
        }
        Err(err) => {
            let message = match err.code {
                "invalid_credentials" => text(lang, "login-error"),
                "too_many_attempts" => {
                    let seconds = err
                        .details
                        .get("retry_after_seconds")
                        .and_then(serde_json::Value::as_u64)
                        .unwrap_or(60);
                    super::i18n::text(
                        lang,
                        "login-too-many-attempts",
                        &[("minutes", seconds.div_ceil(60).into())],
                    )
                }
                _ => err.message.clone(),
            };
            let ctx = context! { lang => lang.code(), workspace => form.workspace, email => form.email, error => message };
            (err.status, render("login.html", ctx)).into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

pub async fn logout(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    Form(form): Form<CsrfForm>,
) -> Response {
    if csrf_ok(&user, &form.csrf).is_ok() {
        let _ = service::logout(&state, &user).await;
    }
    let cookie = format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0");
    ([(header::SET_COOKIE, cookie)], Redirect::to("/login")).into_response()
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// Only same-site paths are followed after a language switch (no open redirect).
fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(p) if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') => p,
        _ => "/",
    }
}

pub async fn switch_language(Path(code): Path<String>, Query(q): Query<NextQuery>) -> Response {
    let lang = Lang::parse(&code).unwrap_or(Lang::Fr);
    let cookie = format!(
        "{LANG_COOKIE}={}; SameSite=Lax; Path=/; Max-Age=31536000",
        lang.code()
    );
    (
        [(header::SET_COOKIE, cookie)],
        Redirect::to(safe_next(q.next.as_deref())),
    )
        .into_response()
}

/// A message as the conversation page shows it to the viewer.
#[derive(Serialize)]
struct MessageView {
    id: i64,
    author_name: String,
    own: bool,
    body: Option<String>,
    unsent: bool,
    edited: bool,
    sent_at: String,
    time: String,
    reply: Option<QuoteView>,
    removed_by: Option<String>,
    moderation: bool,
    reason: Option<String>,
    /// Unix ms when the unsend window closes, for own visible messages.
    unsend_deadline: Option<i64>,
    unsend_open: bool,
    can_edit: bool,
    can_moderate: bool,
    /// `delivered`, `pending_grace`, `pending_approval` or `rejected` (the last three: own only).
    status: &'static str,
    deliver_at: Option<i64>,
    /// The guard's findings, for the brand's team only (a guest's flagged message, say).
    findings: Vec<serde_json::Value>,
    /// For the author of a held or rejected message: who may approve it, or who rejected it
    /// and why (filled by [`held_details`]).
    approvers: Option<String>,
    rejected_by: Option<String>,
    rejection_comment: Option<String>,
    /// Whether the viewer may open the earlier versions (an edited, visible message).
    can_history: bool,
    /// For the author: the incident of an unsend of this message waiting for a lead (filled by
    /// [`held_details`]); the message cannot be edited meanwhile.
    unsend_pending: Option<i64>,
}

#[derive(Serialize)]
struct QuoteView {
    id: i64,
    author_name: String,
    snippet: Option<String>,
}

fn message_view(
    m: &StoredMessage,
    viewer: &Caller,
    settings: &retract_domain::WorkspaceSettings,
    lang: Lang,
    now: i64,
) -> MessageView {
    let own = m.author == viewer.user.id;
    let visible = m.state == MessageState::Visible;
    let guest = viewer.user.role == Role::Guest;
    let deadline = m.sent_at + i64::from(settings.unsend_window_seconds) * 1000;
    let delivered = m.status == DeliveryStatus::Delivered;
    MessageView {
        id: m.id.0,
        author_name: m.author_name.clone(),
        own,
        body: if visible { m.body.clone() } else { None },
        unsent: !visible,
        edited: m.edited,
        sent_at: rfc3339(m.sent_at),
        time: rfc3339(m.sent_at).get(11..16).unwrap_or("").to_string(),
        reply: m.reply_to.as_ref().map(|q| QuoteView {
            id: q.id.0,
            author_name: q.author_name.clone(),
            snippet: q.snippet.clone(),
        }),
        removed_by: m.removal.as_ref().map(|r| r.by_name.clone()),
        moderation: m.removal.as_ref().is_some_and(|r| r.by != m.author),
        reason: m
            .removal
            .as_ref()
            .filter(|_| !guest || settings.show_reason_to_guests)
            .map(|r| text(lang, &format!("reason-{}", r.reason))),
        unsend_deadline: (own && visible && delivered).then_some(deadline),
        unsend_open: own && visible && delivered && settings.unsend_window().allows(m.sent_at, now),
        can_edit: own
            && visible
            && delivered
            && settings.edit_window().allows(m.sent_at, now)
            && viewer.user.role != Role::Auditor,
        can_moderate: !own
            && visible
            && m.author_role == Role::Guest
            && retract_domain::can(viewer.user.role, Action::ModerateGuestMessage),
        status: m.status.as_str(),
        deliver_at: m.deliver_at,
        findings: if guest {
            Vec::new()
        } else {
            m.findings
                .as_ref()
                .and_then(|f| f.as_array().cloned())
                .unwrap_or_default()
        },
        approvers: None,
        rejected_by: None,
        rejection_comment: None,
        can_history: m.edited && visible && service::may_see_versions(viewer, m.author),
        unsend_pending: None,
    }
}

/// Tells the author of a message waiting for approval who may approve it (the workspace's leads
/// and owner, the author aside: four eyes), the author of a rejected one who rejected it and
/// with which comment, and the author of a delivered one whether its unsend waits for a lead.
/// Only own held messages are shown at all, so this reads little.
async fn held_details(
    state: &AppState,
    user: &Caller,
    page: &[StoredMessage],
    views: &mut [MessageView],
) -> Result<(), ApiError> {
    let ws = user.user.workspace_id;
    let mut approvers: Option<String> = None;
    let mut pending_unsends: Option<Vec<Incident>> = None;
    for (m, view) in page.iter().zip(views.iter_mut()) {
        if m.author != user.user.id {
            continue;
        }
        if m.status == DeliveryStatus::Delivered && m.state == MessageState::Visible {
            if pending_unsends.is_none() {
                let filter = IncidentFilter {
                    status: Some(IncidentStatus::PendingLeadApproval),
                    ..IncidentFilter::default()
                };
                pending_unsends = Some(
                    state
                        .store
                        .incidents(ws, IncidentScope::Workspace, filter)
                        .await?,
                );
            }
            let pending = pending_unsends
                .iter()
                .flatten()
                .find(|i| i.message_id == m.id);
            if let Some(incident) = pending {
                view.unsend_pending = Some(incident.id.0);
                view.can_edit = false;
            }
        }
        match m.status {
            DeliveryStatus::PendingApproval => {
                if approvers.is_none() {
                    let names: Vec<String> = state
                        .store
                        .users(ws)
                        .await?
                        .into_iter()
                        .filter(|u| {
                            matches!(u.role, Role::Lead | Role::Owner) && u.id != user.user.id
                        })
                        .map(|u| u.name)
                        .collect();
                    approvers = Some(names.join(", "));
                }
                view.approvers = approvers.clone().filter(|n| !n.is_empty());
            }
            DeliveryStatus::Rejected => {
                let decisions = state.store.message_decisions(ws, m.id).await?;
                if let Some(d) = decisions.iter().rev().find(|d| d.decision == "rejected") {
                    view.rejected_by = d.actor_name.clone();
                    view.rejection_comment = d.comment.clone();
                }
            }
            _ => {}
        }
    }
    Ok(())
}

pub async fn inbox(State(state): State<AppState>, WebUser(user): WebUser, lang: Lang) -> Response {
    match conversation_list(&state, &user).await {
        Ok(list) => render(
            "conversation.html",
            context! { conversations => list, ..base(&state, &user, lang, "/inbox").await },
        ),
        Err(err) => error_page(&state, &user, lang, err).await,
    }
}

#[derive(Serialize)]
struct ConversationItem {
    id: i64,
    title: String,
    unread: u32,
    preview: Option<String>,
    preview_removed: bool,
    last_id: Option<i64>,
}

async fn conversation_list(
    state: &AppState,
    user: &Caller,
) -> Result<Vec<ConversationItem>, ApiError> {
    let list = state
        .store
        .conversations_for(user.user.workspace_id, user.user.id)
        .await?;
    Ok(list
        .into_iter()
        .map(|c| ConversationItem {
            id: c.id.0,
            title: c.title.unwrap_or_else(|| format!("#{}", c.id.0)),
            unread: c.unread,
            preview: c
                .last_message
                .as_ref()
                .and_then(|m| m.body.as_deref().map(|b| retract_store::snippet(b, 60))),
            preview_removed: c
                .last_message
                .as_ref()
                .is_some_and(|m| m.state == MessageState::Unsent),
            last_id: c.last_message.as_ref().map(|m| m.id.0),
        })
        .collect())
}

#[derive(Deserialize, Default)]
pub struct ConversationQuery {
    reply_to: Option<i64>,
    /// Write a follow-up of this incident (F-): linked to it when sent.
    followup: Option<i64>,
    /// The follow-up template that fills the composer (`apology`, `correction`…).
    template: Option<String>,
}

/// What the composer shows after a refused send: the kept text and the guard's findings.
#[derive(Default)]
struct Composer {
    text: String,
    reply_to: Option<i64>,
    followup_of: Option<i64>,
    findings: Vec<serde_json::Value>,
    warning: bool,
    blocked: bool,
    error: Option<String>,
    /// The author's « faire relire » box, kept ticked when the page comes back with a warning.
    request_review: bool,
}

async fn conversation_page(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    id: i64,
    composer: Composer,
) -> Response {
    let result: Result<Value, ApiError> = async {
        let conversation = service::member_conversation(state, user, ConversationId(id)).await?;
        let settings = state.runtime(user.user.workspace_id).await?.settings;
        let page = state.store.messages(user.user.workspace_id, conversation.id, user.user.id, None, 100).await?;
        if let Some(last) = page.last() {
            state.store.mark_read(user.user.workspace_id, conversation.id, user.user.id, last.id).await?;
        }
        let now = now_millis();
        let mut messages: Vec<MessageView> = page.iter().map(|m| message_view(m, user, &settings, lang, now)).collect();
        held_details(state, user, &page, &mut messages).await?;
        // A follow-up only for an incident of this conversation the caller may work on.
        let followup = match composer.followup_of {
            Some(incident) => crate::incidents::visible(state, user, retract_domain::IncidentId(incident))
                .await
                .ok()
                .filter(|i| i.conversation_id == conversation.id && i.status.accepts_follow_up())
                .map(|i| context! { id => i.id.0, reason => text(lang, &format!("reason-{}", i.reason)) }),
            None => None,
        };
        let replying = composer.reply_to.and_then(|r| page.iter().find(|m| m.id.0 == r && m.state == MessageState::Visible)).map(|m| {
            context! { id => m.id.0, author_name => m.author_name.clone() }
        });
        let members: Vec<Value> = conversation
            .members
            .iter()
            .map(|m| context! { name => m.name.clone(), role => text(lang, &format!("role-{}", m.role)) })
            .collect();
        Ok(context! {
            conversations => conversation_list(state, user).await?,
            current => context! { id => conversation.id.0, title => conversation.title.clone().unwrap_or_else(|| format!("#{id}")) },
            members => members,
            messages => messages,
            window_minutes => settings.unsend_window_seconds.div_ceil(60),
            can_send => retract_domain::can(user.user.role, Action::SendMessage),
            always_approval => super::rules::always_held(&settings, user, conversation.id),
            composer => context! {
                text => composer.text,
                client_id => crate::auth::new_token(),
                findings => composer.findings,
                warning => composer.warning,
                blocked => composer.blocked,
                error => composer.error,
                request_review => composer.request_review,
            },
            replying => replying,
            followup => followup,
            reasons => Reason::ALL.iter().map(|r| context! { value => r.as_str(), label => text(lang, &format!("reason-{r}")) }).collect::<Vec<_>>(),
            ..base(state, user, lang, &format!("/c/{id}")).await
        })
    }
    .await;
    match result {
        Ok(ctx) => render("conversation.html", ctx),
        Err(err) => error_page(state, user, lang, err).await,
    }
}

pub async fn conversation(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Query(q): Query<ConversationQuery>,
) -> Response {
    conversation_page(
        &state,
        &user,
        lang,
        id,
        Composer {
            text: followup_text(&state, &user, lang, &q).await,
            reply_to: q.reply_to,
            followup_of: q.followup,
            ..Default::default()
        },
    )
    .await
}

/// The template a follow-up link asks for, in the page's language.
async fn followup_text(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    q: &ConversationQuery,
) -> String {
    let (Some(incident), Some(item)) = (q.followup, q.template.as_deref()) else {
        return String::new();
    };
    let Ok(item) = item.parse::<retract_domain::FollowupItem>() else {
        return String::new();
    };
    match crate::incidents::visible(state, user, retract_domain::IncidentId(incident)).await {
        Ok(i) => retract_domain::followup_template(item, i.reason, lang.is_french()),
        Err(_) => String::new(),
    }
}

#[derive(Deserialize)]
pub struct SendForm {
    #[serde(default)]
    csrf: String,
    body: String,
    client_id: Option<String>,
    reply_to: Option<String>,
    acknowledge_warnings: Option<String>,
    followup_of: Option<String>,
    /// A checkbox: the author asks a lead to read this message first.
    request_review: Option<String>,
}

pub async fn send(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<SendForm>,
) -> Response {
    if let Err(err) = csrf_ok(&user, &form.csrf) {
        return error_page(&state, &user, lang, err).await;
    }
    let reply_to = form.reply_to.as_deref().and_then(|r| r.parse::<i64>().ok());
    let request = SendRequest {
        body: &form.body,
        client_id: form.client_id.as_deref().filter(|c| !c.is_empty()),
        reply_to: reply_to.map(MessageId),
        acknowledge_warnings: form.acknowledge_warnings.is_some(),
        followup_of: form
            .followup_of
            .as_deref()
            .and_then(|f| f.parse::<i64>().ok())
            .map(retract_domain::IncidentId),
        request_review: form.request_review.is_some(),
    };
    match service::send_message(&state, &user, ConversationId(id), request).await {
        Ok(sent) => Redirect::to(&format!("/c/{id}#m{}", sent.message.id)).into_response(),
        Err(err) => {
            let findings = err
                .details
                .get("findings")
                .and_then(|f| f.as_array().cloned())
                .unwrap_or_default();
            let composer = Composer {
                text: form.body.clone(),
                reply_to,
                followup_of: form.followup_of.as_deref().and_then(|f| f.parse().ok()),
                findings,
                warning: err.code == "guard_warning",
                blocked: err.code == "blocked_by_guard",
                error: Some(error_text(lang, &err)),
                request_review: form.request_review.is_some(),
            };
            let status = err.status;
            (
                status,
                conversation_page(&state, &user, lang, id, composer).await,
            )
                .into_response()
        }
    }
}

async fn message_and_view(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    id: i64,
) -> Result<(StoredMessage, MessageView), ApiError> {
    let m = state
        .store
        .message(user.user.workspace_id, MessageId(id))
        .await?
        .ok_or_else(|| ApiError::not_found("message"))?;
    // A held message does not exist for anyone but its author (as in the API).
    if m.status != DeliveryStatus::Delivered && m.author != user.user.id {
        return Err(ApiError::not_found("message"));
    }
    service::member_conversation(state, user, m.conversation_id).await?;
    let settings = state.runtime(user.user.workspace_id).await?.settings;
    let mut view = message_view(&m, user, &settings, lang, now_millis());
    held_details(
        state,
        user,
        std::slice::from_ref(&m),
        std::slice::from_mut(&mut view),
    )
    .await?;
    Ok((m, view))
}

/// Whether `user` may remove another member's message: only a guest's, and only with the role
/// that moderates (the same refusal as the API's, before any form is shown).
fn may_moderate(user: &Caller, m: &StoredMessage) -> Result<(), ApiError> {
    if m.author_role == Role::Guest {
        user.require(Action::ModerateGuestMessage)
    } else {
        Err(ApiError::forbidden(
            "not_author",
            "Only the author can unsend this message.",
        ))
    }
}

#[derive(Deserialize)]
pub struct UnsendQuery {
    reason: Option<String>,
}

/// Why an unsend was refused, and whether to offer delete-for-me and a correction instead.
struct Refusal {
    message: String,
    offers_alternatives: bool,
}

async fn unsend_view(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    id: i64,
    reason: Option<&str>,
    note: &str,
    refusal: Option<Refusal>,
) -> Response {
    let (error, refused) = match refusal {
        Some(r) => (Some(r.message), r.offers_alternatives),
        None => (None, false),
    };
    let (m, view) = match message_and_view(state, user, lang, id).await {
        Ok(found) => found,
        Err(err) => return error_page(state, user, lang, err).await,
    };
    let moderation = m.author != user.user.id;
    if moderation {
        if let Err(err) = may_moderate(user, &m) {
            return error_page(state, user, lang, err).await;
        }
    }
    let reason = reason.and_then(|r| r.parse::<Reason>().ok());
    let advice = match reason {
        Some(r) => service::advice(state, user, MessageId(id), r)
            .await
            .ok()
            .map(|a| {
                context! {
                    recommendation => a.recommendation.label(lang.is_french()),
                    code => a.recommendation.as_str(),
                    rationale => a.rationale_text(lang.is_french()),
                }
            }),
        None => None,
    };
    let settings = match state.runtime(user.user.workspace_id).await {
        Ok(rt) => rt.settings,
        Err(err) => return error_page(state, user, lang, err).await,
    };
    render(
        "unsend.html",
        context! {
            message => view,
            conversation_id => m.conversation_id.0,
            moderation => moderation,
            reasons => Reason::ALL.iter().map(|r| context! { value => r.as_str(), label => text(lang, &format!("reason-{r}")), selected => Some(*r) == reason }).collect::<Vec<_>>(),
            advice => advice,
            note => note,
            error => error,
            refused => refused,
            window_minutes => settings.unsend_window_seconds.div_ceil(60),
            ..base(state, user, lang, "").await
        },
    )
}

pub async fn unsend_page(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Query(q): Query<UnsendQuery>,
) -> Response {
    unsend_view(&state, &user, lang, id, q.reason.as_deref(), "", None).await
}

#[derive(Deserialize)]
pub struct UnsendForm {
    #[serde(default)]
    csrf: String,
    reason: Option<String>,
    note: Option<String>,
    /// Set by the "see the advice" button: show the advice, do not act.
    preview: Option<String>,
}

pub async fn unsend_submit(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<UnsendForm>,
) -> Response {
    let note = form.note.clone().unwrap_or_default();
    if form.preview.is_some() {
        return unsend_view(&state, &user, lang, id, form.reason.as_deref(), &note, None).await;
    }
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        let reason = service::parse_reason(form.reason.as_deref())?;
        service::unsend(&state, &user, MessageId(id), reason, Some(&note)).await
    }
    .await;
    match outcome {
        Ok(service::UnsendOutcome::Removed { message, .. }) => {
            Redirect::to(&format!("/c/{}#m{id}", message.conversation_id)).into_response()
        }
        Ok(service::UnsendOutcome::PendingLeadApproval { incident, .. }) => {
            Redirect::to(&format!("/incidents/{incident}")).into_response()
        }
        Err(err) => {
            let refused = matches!(err.code, "unsend_window_expired" | "moderation_refused");
            let status = err.status;
            (
                status,
                unsend_view(
                    &state,
                    &user,
                    lang,
                    id,
                    form.reason.as_deref(),
                    &note,
                    Some(Refusal {
                        message: error_text(lang, &err),
                        offers_alternatives: refused,
                    }),
                )
                .await,
            )
                .into_response()
        }
    }
}

/// One message as the conversation page renders it, for the live module to insert.
pub async fn fragment(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
) -> Response {
    let outcome = async {
        let (m, view) = message_and_view(&state, &user, lang, id).await?;
        let hidden = !state
            .store
            .messages(
                user.user.workspace_id,
                m.conversation_id,
                user.user.id,
                Some(MessageId(id + 1)),
                1,
            )
            .await?
            .iter()
            .any(|x| x.id == m.id);
        let minutes = state
            .runtime(user.user.workspace_id)
            .await?
            .settings
            .unsend_window_seconds
            .div_ceil(60);
        Ok::<_, ApiError>((m, view, hidden, minutes))
    }
    .await;
    match outcome {
        Ok((_, _, true, _)) => StatusCode::NO_CONTENT.into_response(),
        Ok((m, view, false, minutes)) => render(
            "fragment.html",
            context! { message => view, conversation_id => m.conversation_id.0, window_minutes => minutes, lang => lang.code(), csrf => user.csrf_token().unwrap_or_default() },
        ),
        Err(err) => (err.status, error_text(lang, &err)).into_response(),
    }
}

/// A per-message action posted from a conversation page's form, which then returns to it.
#[derive(Clone, Copy)]
enum MessageAction {
    /// Delete for me.
    Hide,
    /// Take back one's own held message.
    Cancel,
}

async fn message_action(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    id: i64,
    csrf: &str,
    action: MessageAction,
) -> Response {
    let outcome = async {
        csrf_ok(user, csrf)?;
        let m = state
            .store
            .message(user.user.workspace_id, MessageId(id))
            .await?
            .ok_or_else(|| ApiError::not_found("message"))?;
        match action {
            MessageAction::Hide => service::hide(state, user, MessageId(id)).await?,
            MessageAction::Cancel => crate::approvals::cancel(state, user, MessageId(id)).await?,
        }
        Ok::<_, ApiError>(m.conversation_id)
    }
    .await;
    match outcome {
        Ok(conversation) => Redirect::to(&format!("/c/{conversation}")).into_response(),
        Err(err) => error_page(state, user, lang, err).await,
    }
}

pub async fn hide(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<CsrfForm>,
) -> Response {
    message_action(&state, &user, lang, id, &form.csrf, MessageAction::Hide).await
}

pub async fn cancel(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<CsrfForm>,
) -> Response {
    message_action(&state, &user, lang, id, &form.csrf, MessageAction::Cancel).await
}

pub async fn edit_page(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
) -> Response {
    match message_and_view(&state, &user, lang, id).await {
        Ok((m, _)) if m.state != MessageState::Visible => {
            let err = ApiError::conflict("message_unsent", "This message was removed.");
            error_page(&state, &user, lang, err).await
        }
        Ok((m, view)) => render(
            "edit.html",
            context! { message => view, conversation_id => m.conversation_id.0, text => m.body.unwrap_or_default(), ..base(&state, &user, lang, "").await },
        ),
        Err(err) => error_page(&state, &user, lang, err).await,
    }
}

#[derive(Deserialize)]
pub struct EditForm {
    #[serde(default)]
    csrf: String,
    body: String,
    acknowledge_warnings: Option<String>,
}

pub async fn edit_submit(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<EditForm>,
) -> Response {
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        service::edit_message(
            &state,
            &user,
            MessageId(id),
            &form.body,
            form.acknowledge_warnings.is_some(),
        )
        .await
    }
    .await;
    match outcome {
        Ok(m) => Redirect::to(&format!("/c/{}#m{id}", m.conversation_id)).into_response(),
        Err(err) => match message_and_view(&state, &user, lang, id).await {
            Ok((m, view)) => (
                err.status,
                render(
                    "edit.html",
                    context! {
                        message => view,
                        conversation_id => m.conversation_id.0,
                        text => form.body,
                        error => error_text(lang, &err),
                        warning => err.code == "guard_warning",
                        blocked => err.code == "blocked_by_guard",
                        findings => err.details.get("findings").and_then(|f| f.as_array().cloned()).unwrap_or_default(),
                        ..base(&state, &user, lang, "").await
                    },
                ),
            )
                .into_response(),
            Err(_) => error_page(&state, &user, lang, err).await,
        },
    }
}

/// The earlier versions of an edited message, reached from its « modifié / edited » mark: for
/// its author and for leads and owners (as `GET /api/v1/messages/{id}/versions`), never for an
/// unsent message (M-7).
pub async fn versions_page(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
) -> Response {
    let outcome = async {
        let (m, versions) = service::message_versions(&state, &user, MessageId(id)).await?;
        if m.state != MessageState::Visible {
            return Err(ApiError::new(
                StatusCode::GONE,
                "message_unsent",
                "This message was removed.",
            ));
        }
        let settings = state.runtime(user.user.workspace_id).await?.settings;
        let zone = settings.zone();
        let local = |at: i64| {
            let stamp = zone.local_rfc3339(at);
            format!(
                "{} {} ({})",
                stamp.get(..10).unwrap_or(""),
                stamp.get(11..16).unwrap_or(""),
                zone.name()
            )
        };
        let versions: Vec<Value> = versions
            .iter()
            .rev()
            .map(|v| {
                context! {
                    version => v.version,
                    body => v.body.clone(),
                    replaced_at => rfc3339(v.replaced_at),
                    replaced_at_text => local(v.replaced_at),
                }
            })
            .collect();
        let view = message_view(&m, &user, &settings, lang, now_millis());
        Ok::<_, ApiError>((m.conversation_id.0, view, local(m.sent_at), versions))
    }
    .await;
    match outcome {
        Ok((conversation_id, view, sent_at, versions)) => render(
            "versions.html",
            context! {
                message => view,
                conversation_id => conversation_id,
                sent_at => sent_at,
                versions => versions,
                ..base(&state, &user, lang, "").await
            },
        ),
        Err(err) => error_page(&state, &user, lang, err).await,
    }
}

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

pub async fn search(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    Query(q): Query<SearchQuery>,
) -> Response {
    let hits = match service::search(&state, &user, &q.q, None).await {
        Ok(hits) => hits,
        Err(err) => return error_page(&state, &user, lang, err).await,
    };
    let titles = conversation_list(&state, &user).await.unwrap_or_default();
    let results: Vec<Value> = hits
        .iter()
        .map(|h| {
            let title = titles.iter().find(|c| c.id == h.conversation_id.0).map(|c| c.title.clone()).unwrap_or_default();
            context! { message_id => h.message_id.0, conversation_id => h.conversation_id.0, title => title, snippet => h.snippet.clone(), sent_at => rfc3339(h.sent_at) }
        })
        .collect();
    render(
        "search.html",
        context! { q => q.q, results => results, conversations => titles, ..base(&state, &user, lang, "/search").await },
    )
}

async fn settings_view(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    saved: bool,
    refused: Option<(String, &SettingsForm)>,
) -> Response {
    // The lexicon and domain lists are the team's, never a guest's.
    if let Err(err) = crate::prevention::require_read_rules(user) {
        return error_page(state, user, lang, err).await;
    }
    let (error, draft) = refused.unzip();
    match state.store.settings(user.user.workspace_id).await {
        Ok(s) => render(
            "settings.html",
            context! {
                // A refused form comes back as typed, so a long list is not lost to one bad entry.
                settings => draft.map_or_else(|| Value::from_serialize(&s), |d| d.over(&s)),
                terms => draft.map_or_else(|| s.confidential_terms.join("\n"), |d| d.confidential_terms.clone()),
                blocked => draft.map_or_else(|| s.blocked_domains.join("\n"), |d| d.blocked_domains.clone()),
                brand => draft.map_or_else(|| s.brand_domains.join("\n"), |d| d.brand_domains.clone()),
                time_zones => retract_domain::WorkspaceZone::available(),
                can_set_retention => retract_domain::can(user.role(), retract_domain::Action::EraseEvidence),
                saved => saved,
                error => error,
                ..base(state, user, lang, "/settings").await
            },
        ),
        Err(err) => error_page(state, user, lang, err.into()).await,
    }
}

pub async fn settings_page(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
) -> Response {
    settings_view(&state, &user, lang, false, None).await
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    csrf: String,
    unsend_window_seconds: String,
    edit_window_seconds: String,
    grace_seconds: String,
    approval_deadline_seconds: String,
    show_reason_to_guests: Option<String>,
    #[serde(default)]
    confidential_terms: String,
    #[serde(default)]
    blocked_domains: String,
    #[serde(default)]
    brand_domains: String,
    /// Absent from older forms, and from the form of a role that may not set it.
    time_zone: Option<String>,
    evidence_retention_days: Option<String>,
}

impl SettingsForm {
    /// The saved settings with the form's fields as typed, to show a refused form again.
    fn over(&self, saved: &retract_domain::WorkspaceSettings) -> Value {
        let mut fields = serde_json::to_value(saved).unwrap_or_default();
        if let Some(map) = fields.as_object_mut() {
            for (key, typed) in [
                ("unsend_window_seconds", Some(&self.unsend_window_seconds)),
                ("edit_window_seconds", Some(&self.edit_window_seconds)),
                ("grace_seconds", Some(&self.grace_seconds)),
                (
                    "approval_deadline_seconds",
                    Some(&self.approval_deadline_seconds),
                ),
                ("time_zone", self.time_zone.as_ref()),
                (
                    "evidence_retention_days",
                    self.evidence_retention_days.as_ref(),
                ),
            ] {
                if let Some(typed) = typed {
                    map.insert(key.to_string(), typed.clone().into());
                }
            }
            map.insert(
                "show_reason_to_guests".to_string(),
                self.show_reason_to_guests.is_some().into(),
            );
        }
        Value::from_serialize(&fields)
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

pub async fn settings_submit(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    Form(form): Form<SettingsForm>,
) -> Response {
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        let number = |v: &str| {
            v.trim().parse::<i64>().map_err(|_| {
                ApiError::unprocessable("invalid_settings", "Not a number of seconds.")
            })
        };
        let patch = SettingsPatch {
            unsend_window_seconds: Some(number(&form.unsend_window_seconds)?),
            edit_window_seconds: Some(number(&form.edit_window_seconds)?),
            grace_seconds: Some(number(&form.grace_seconds)?),
            approval_deadline_seconds: Some(number(&form.approval_deadline_seconds)?),
            confidential_terms: Some(lines(&form.confidential_terms)),
            blocked_domains: Some(lines(&form.blocked_domains)),
            brand_domains: Some(lines(&form.brand_domains)),
            show_reason_to_guests: Some(form.show_reason_to_guests.is_some()),
            time_zone: form.time_zone.clone(),
            evidence_retention_days: form
                .evidence_retention_days
                .as_deref()
                .map(|v| {
                    v.trim().parse::<i64>().map_err(|_| {
                        ApiError::unprocessable("invalid_settings", "Not a number of days.")
                    })
                })
                .transpose()?,
            ..SettingsPatch::default()
        };
        service::update_settings(&state, &user, patch).await
    }
    .await;
    match outcome {
        Ok(_) => settings_view(&state, &user, lang, true, None).await,
        Err(err) => {
            let status = err.status;
            (
                status,
                settings_view(
                    &state,
                    &user,
                    lang,
                    false,
                    Some((error_text(lang, &err), &form)),
                )
                .await,
            )
                .into_response()
        }
    }
}

pub async fn guide(State(state): State<AppState>, WebUser(user): WebUser, lang: Lang) -> Response {
    let minutes = state
        .runtime(user.user.workspace_id)
        .await
        .map(|rt| rt.settings.unsend_window_seconds.div_ceil(60))
        .unwrap_or(10);
    render(
        "guide.html",
        context! { window_minutes => minutes, ..base(&state, &user, lang, "/guide").await },
    )
}

async fn approvals_view(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    notice: Option<String>,
) -> Response {
    let items = match crate::approvals::queue(state, user).await {
        Ok(items) => items,
        Err(err) => return error_page(state, user, lang, err).await,
    };
    let settings = match state.runtime(user.user.workspace_id).await {
        Ok(rt) => rt.settings,
        Err(err) => return error_page(state, user, lang, err).await,
    };
    let now = now_millis();
    let rows: Vec<Value> = items
        .iter()
        .map(|i| {
            let m = &i.pending.message;
            context! {
                id => m.id.0,
                author_name => m.author_name.clone(),
                own => m.author == user.user.id,
                body => m.body.clone().unwrap_or_default(),
                conversation => i.pending.conversation_title.clone().unwrap_or_default(),
                waiting_since => rfc3339(i.pending.created_at),
                escalated => i.overdue,
                triggers => super::rules::trigger_labels(lang, &i.pending.approval_triggers),
                findings => m.findings.as_ref().and_then(|f| f.as_array().cloned()).unwrap_or_default(),
                context => i.context.iter().map(|c| message_view(c, user, &settings, lang, now)).collect::<Vec<_>>(),
            }
        })
        .collect();
    // Unsends that rewrite history wait here too (D-3), oldest first.
    let mut unsends = match crate::incidents::pending_unsends(state, user).await {
        Ok(list) => list,
        Err(err) => return error_page(state, user, lang, err).await,
    };
    unsends.reverse();
    let unsend_rows: Vec<Value> = unsends
        .iter()
        .map(|i| {
            context! {
                id => i.id.0,
                own => i.actor == user.user.id,
                at => rfc3339(i.at),
                reason => text(lang, &format!("reason-{}", i.reason)),
                note => i.note.clone(),
                conversation_id => i.conversation_id.0,
                message_id => i.message_id.0,
            }
        })
        .collect();
    render(
        "approvals.html",
        context! { items => rows, unsends => unsend_rows, notice => notice, flags => super::rules::flag_rows(state, user, lang).await, ..base(state, user, lang, "/approvals").await },
    )
}

pub async fn approvals(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
) -> Response {
    approvals_view(&state, &user, lang, None).await
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    csrf: String,
    decision: String,
    comment: Option<String>,
    body: Option<String>,
}

pub async fn decide(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<DecisionForm>,
) -> Response {
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        let approve = form.decision != "reject";
        let body = if form.decision == "edit" {
            form.body.as_deref()
        } else {
            None
        };
        crate::approvals::decide(
            &state,
            &user,
            MessageId(id),
            approve,
            form.comment.as_deref(),
            body,
        )
        .await
    }
    .await;
    match outcome {
        Ok(_) => Redirect::to("/approvals").into_response(),
        Err(err) => {
            let status = err.status;
            (
                status,
                approvals_view(&state, &user, lang, Some(error_text(lang, &err))).await,
            )
                .into_response()
        }
    }
}
