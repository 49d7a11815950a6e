//! Incident pages: the filtered list with its exports, one incident's page (timeline, checklist,
//! follow-up templates, closing, evidence for auditors, a lead's decision on a waiting unsend)
//! and its printable report.

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use minijinja::{context, Value};
use retract_domain::{
    kinds, Action, FollowupItem, IncidentId, IncidentStatus, LedgerEntry, Reason,
    WorkspaceSettings, WorkspaceZone,
};
use retract_store::{Incident, IncidentDetail, User};
use serde::Deserialize;

use super::pages::{base, csrf_ok, error_page};
use super::{error_text, render, text, Lang, PageId, WebUser};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::incidents;
use crate::state::AppState;
use crate::view::rfc3339;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    status: Option<String>,
    reason: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

fn status_label(lang: Lang, status: IncidentStatus) -> String {
    text(lang, &format!("incident-status-{}", status.as_str()))
}

fn row(lang: Lang, zone: &WorkspaceZone, i: &Incident) -> Value {
    context! {
        id => i.id.0,
        at => rfc3339(i.at),
        at_local => zone.local_rfc3339(i.at),
        kind => text(lang, &format!("incident-kind-{}", i.kind.as_str())),
        reason => text(lang, &format!("reason-{}", i.reason)),
        status => i.status.as_str(),
        status_label => status_label(lang, i.status),
        escalated => i.escalated,
        conversation_id => i.conversation_id.0,
        message_id => i.message_id.0,
    }
}

pub async fn list(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    Query(q): Query<ListQuery>,
) -> Response {
    let result = async {
        let filter = incidents::parse_filter(
            q.status.as_deref(),
            q.reason.as_deref(),
            q.from.as_deref(),
            q.to.as_deref(),
        )?;
        let list = incidents::list(&state, &user, filter).await?;
        Ok::<_, ApiError>((list, incidents::zone(&state, user.user.workspace_id).await?))
    }
    .await;
    let (rows, error, time_zone) = match result {
        Ok((list, zone)) => (
            list.iter().map(|i| row(lang, &zone, i)).collect::<Vec<_>>(),
            None,
            zone.name().to_string(),
        ),
        Err(err) => (Vec::new(), Some(error_text(lang, &err)), String::new()),
    };
    // The export links carry the same filters (minijinja's `urlencode` makes the query).
    let export_params: std::collections::BTreeMap<&str, &str> = [
        ("status", &q.status),
        ("reason", &q.reason),
        ("from", &q.from),
        ("to", &q.to),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.as_deref().filter(|v| !v.is_empty()).map(|v| (k, v)))
    .collect();
    render(
        "incidents.html",
        context! {
            incidents => rows,
            time_zone => time_zone,
            error => error,
            filter => context! {
                status => q.status.clone().unwrap_or_default(),
                reason => q.reason.clone().unwrap_or_default(),
                from => q.from.clone().unwrap_or_default(),
                to => q.to.clone().unwrap_or_default(),
            },
            statuses => IncidentStatus::ALL.iter().map(|s| context! { value => s.as_str(), label => status_label(lang, *s) }).collect::<Vec<_>>(),
            reasons => Reason::ALL.iter().map(|r| context! { value => r.as_str(), label => text(lang, &format!("reason-{r}")) }).collect::<Vec<_>>(),
            export_params => export_params,
            ..base(&state, &user, lang, "/incidents").await
        },
    )
}

fn name_of(users: &[User], id: Option<retract_domain::UserId>) -> String {
    id.and_then(|id| users.iter().find(|u| u.id == id))
        .map(|u| u.name.clone())
        .unwrap_or_default()
}

/// One timeline line: what happened, in the page's language, without the removed content.
fn timeline_item(lang: Lang, users: &[User], e: &LedgerEntry) -> Value {
    let data = &e.data;
    let detail = match e.kind.as_str() {
        "followup" => match data.get("action").and_then(|a| a.as_str()) {
            Some("checklist") => {
                let item = data
                    .get("item")
                    .and_then(|i| i.as_str())
                    .and_then(|i| i.parse::<FollowupItem>().ok())
                    .map(|i| i.label(lang.is_french()).to_string())
                    .unwrap_or_default();
                let done = data.get("done").and_then(|d| d.as_bool()) == Some(true);
                format!(
                    "{} — {item}",
                    text(
                        lang,
                        if done {
                            "timeline-checked"
                        } else {
                            "timeline-unchecked"
                        }
                    )
                )
            }
            _ => format!(
                "{} #{}",
                text(lang, "timeline-followup-message"),
                data.get("message_id")
                    .map(|m| m.to_string())
                    .unwrap_or_default()
            ),
        },
        "content.erased" if e.actor.is_none() => super::i18n::text(
            lang,
            "timeline-erased-by-retention",
            &[(
                "days",
                data.get("retention_days")
                    .and_then(|d| d.as_u64())
                    .unwrap_or_default()
                    .into(),
            )],
        ),
        "evidence.read" | "content.erased" => data
            .get("justification")
            .and_then(|j| j.as_str())
            .unwrap_or_default()
            .to_string(),
        "closed" => data
            .get("note")
            .and_then(|n| n.as_str())
            .unwrap_or_default()
            .to_string(),
        "unsend.approved" | "unsend.rejected" => data
            .get("comment")
            .and_then(|c| c.as_str())
            .unwrap_or_default()
            .to_string(),
        _ => data
            .get("note")
            .and_then(|n| n.as_str())
            .unwrap_or_default()
            .to_string(),
    };
    context! {
        seq => e.seq,
        at => rfc3339(e.at),
        label => text(lang, &format!("timeline-{}", e.kind.replace('.', "-"))),
        actor => name_of(users, e.actor),
        detail => detail,
        hash => e.hash.to_hex()[..12].to_string(),
    }
}

fn detail_context(
    lang: Lang,
    user: &Caller,
    users: &[User],
    settings: &WorkspaceSettings,
    d: &IncidentDetail,
) -> Value {
    let i = &d.incident;
    let zone = settings.zone();
    // When the retention will erase what this incident removed (none once erased, or if nothing
    // was removed yet: a pending or rejected unsend keeps its content with the message).
    let erased = d.timeline.iter().any(|e| e.kind == kinds::CONTENT_ERASED);
    let removed = !matches!(
        i.status,
        IncidentStatus::PendingLeadApproval | IncidentStatus::Rejected
    );
    let erased_on = (removed && !erased && settings.evidence_retention_days > 0).then(|| {
        zone.local_rfc3339(i.at + i64::from(settings.evidence_retention_days) * 86_400_000)
    });
    let french = lang.is_french();
    let checklist: Vec<Value> = d
        .steps()
        .map(|(item, mark)| {
            context! {
                item => item.as_str(),
                label => item.label(french),
                done => mark.is_some(),
                at => mark.map(|m| rfc3339(m.at)),
                by => mark.map(|m| name_of(users, Some(m.by))),
                template => retract_domain::followup_template(item, i.reason, french),
            }
        })
        .collect();
    let advice = i
        .advice
        .get("recommendation")
        .and_then(|r| r.as_str())
        .and_then(|r| {
            retract_domain::Recommendation::ALL
                .iter()
                .find(|x| x.as_str() == r)
                .map(|x| x.label(french))
        });
    context! {
        id => i.id.0,
        at => rfc3339(i.at),
        at_local => zone.local_rfc3339(i.at),
        time_zone => zone.name(),
        erased_on => erased_on,
        breach_notify_by => crate::incidents::breach_notification_due(d).map(|due| zone.local_rfc3339(due)),
        kind => text(lang, &format!("incident-kind-{}", i.kind.as_str())),
        reason => text(lang, &format!("reason-{}", i.reason)),
        note => i.note.clone(),
        status => i.status.as_str(),
        status_label => status_label(lang, i.status),
        escalated => i.escalated,
        advice => advice,
        advice_followed => i.advice_followed,
        actor => name_of(users, Some(i.actor)),
        author => name_of(users, Some(i.author)),
        decided_by => name_of(users, i.decided_by),
        conversation_id => i.conversation_id.0,
        message_id => i.message_id.0,
        first_followup_at => i.first_followup_at.map(rfc3339),
        minutes_to_first_followup => i.first_followup_at.map(|f| (f - i.at).max(0) / 60_000),
        closed_at => i.closed_at.map(rfc3339),
        closing_note => i.closing_note.clone(),
        checklist => checklist,
        followups => d.followups.iter().map(|(m, at)| context! { message_id => m.0, at => rfc3339(*at) }).collect::<Vec<_>>(),
        timeline => d.timeline.iter().map(|e| timeline_item(lang, users, e)).collect::<Vec<_>>(),
        open => i.status.accepts_follow_up(),
        pending => i.status == IncidentStatus::PendingLeadApproval,
        can_follow_up => retract_domain::can(user.role(), Action::FollowUpIncident),
        can_decide => retract_domain::can(user.role(), Action::DecideUnsend) && i.actor != user.user.id,
        can_read_evidence => retract_domain::can(user.role(), Action::ReadEvidence),
        can_erase => retract_domain::can(user.role(), Action::EraseEvidence),
    }
}

/// What the page shows besides the incident: opened evidence, or an error to explain.
#[derive(Default)]
struct Extra {
    evidence: Option<incidents::Evidence>,
    error: Option<ApiError>,
}

async fn incident_view(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    id: i64,
    template: &str,
    extra: Extra,
) -> Response {
    let detail = match incidents::detail(state, user, IncidentId(id)).await {
        Ok(d) => d,
        Err(err) => return error_page(state, user, lang, err).await,
    };
    let users = state
        .store
        .users(user.user.workspace_id)
        .await
        .unwrap_or_default();
    let settings = match state.runtime(user.user.workspace_id).await {
        Ok(rt) => rt.settings,
        Err(err) => return error_page(state, user, lang, err).await,
    };
    let status = extra.error.as_ref().map(|e| e.status);
    let evidence = extra.evidence.map(|e| {
        context! {
            body => e.body.as_str().map(str::to_string),
            earlier_versions => e.earlier_versions.as_array().map(|v| v.iter().filter_map(|x| x.as_str().map(str::to_string)).collect::<Vec<_>>()).unwrap_or_default(),
        }
    });
    let page = render(
        template,
        context! {
            incident => detail_context(lang, user, &users, &settings, &detail),
            evidence => evidence,
            error => extra.error.as_ref().map(|e| error_text(lang, e)),
            generated_at => rfc3339(crate::state::now_millis()),
            ..base(state, user, lang, "/incidents").await
        },
    );
    match status {
        Some(status) => (status, page).into_response(),
        None => page,
    }
}

pub async fn page(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
) -> Response {
    incident_view(&state, &user, lang, id, "incident.html", Extra::default()).await
}

/// The incident report, laid out to be printed (or saved as PDF) from the browser (L-4).
pub async fn report(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
) -> Response {
    incident_view(&state, &user, lang, id, "report.html", Extra::default()).await
}

#[derive(Deserialize)]
pub struct ChecklistForm {
    #[serde(default)]
    csrf: String,
    item: String,
    done: Option<String>,
}

/// Redirects back to the incident page, or shows it with the error.
async fn after(
    state: &AppState,
    user: &Caller,
    lang: Lang,
    id: i64,
    outcome: Result<(), ApiError>,
) -> Response {
    match outcome {
        Ok(()) => Redirect::to(&format!("/incidents/{id}")).into_response(),
        Err(err) => {
            let extra = Extra {
                error: Some(err),
                ..Extra::default()
            };
            incident_view(state, user, lang, id, "incident.html", extra).await
        }
    }
}

pub async fn checklist(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<ChecklistForm>,
) -> Response {
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        let item = form
            .item
            .parse::<FollowupItem>()
            .map_err(|_| ApiError::unprocessable("invalid_item", "Unknown checklist item."))?;
        let done = form.done.as_deref() == Some("1");
        incidents::set_checklist(&state, &user, IncidentId(id), item, done).await?;
        Ok(())
    }
    .await;
    after(&state, &user, lang, id, outcome).await
}

#[derive(Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    note: String,
}

pub async fn close(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<NoteForm>,
) -> Response {
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        incidents::close(&state, &user, IncidentId(id), &form.note).await?;
        Ok(())
    }
    .await;
    after(&state, &user, lang, id, outcome).await
}

#[derive(Deserialize)]
pub struct JustificationForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    justification: String,
}

/// Opens the evidence (owner, auditor): posted, so the justification stays out of URLs and logs.
pub async fn evidence(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<JustificationForm>,
) -> Response {
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        incidents::evidence(&state, &user, IncidentId(id), &form.justification).await
    }
    .await;
    let extra = match outcome {
        Ok(evidence) => Extra {
            evidence: Some(evidence),
            ..Extra::default()
        },
        Err(err) => Extra {
            error: Some(err),
            ..Extra::default()
        },
    };
    incident_view(&state, &user, lang, id, "incident.html", extra).await
}

pub async fn erase(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<JustificationForm>,
) -> Response {
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        incidents::erase(&state, &user, IncidentId(id), &form.justification).await
    }
    .await;
    after(&state, &user, lang, id, outcome).await
}

#[derive(Deserialize)]
pub struct UnsendDecisionForm {
    #[serde(default)]
    csrf: String,
    decision: String,
    comment: Option<String>,
}

/// A lead approves or rejects an unsend that waits (from the incident or the approvals page).
pub async fn decide_unsend(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<UnsendDecisionForm>,
) -> Response {
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        let incident = incidents::visible(&state, &user, IncidentId(id)).await?;
        let approve = match form.decision.as_str() {
            "approve" => true,
            "reject" => false,
            _ => {
                return Err(ApiError::unprocessable(
                    "invalid_decision",
                    "Choose approve or reject.",
                ))
            }
        };
        incidents::decide_unsend(
            &state,
            &user,
            incident.message_id,
            approve,
            form.comment.as_deref(),
        )
        .await?;
        Ok(())
    }
    .await;
    after(&state, &user, lang, id, outcome).await
}
