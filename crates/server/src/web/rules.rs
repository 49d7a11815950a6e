//! The moderation rules page (`/rules`): every member but guests reads the rules, the
//! confidential lexicon, the domain lists and the approval triggers (the seed: rules must be
//! accessible to all community managers); leads and owners edit them. Every save goes through
//! `service::update_settings`, which compiles the guard first, records the change on the ledger
//! and tells open pages. Also the flagged guest messages shown on the approvals page, and their
//! one-click moderation removal.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use minijinja::{context, Value};
use retract_domain::{
    Action, ConversationId, GuardOutcome, MessageId, Outgoing, Role, SettingsPatch, Trigger,
    WorkspaceSettings,
};
use retract_guard::{ModerationRules, Verdict};

use super::pages::{base, csrf_ok, error_page};
use super::{error_text, render, text, Lang, PageId, WebUser};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::service;
use crate::state::AppState;
use crate::view::rfc3339;

/// How many conversations the page offers to mark sensitive.
const MAX_PICKABLE_CONVERSATIONS: u32 = 1000;

/// Whether every message the user sends in this conversation waits for approval (a sensitive
/// conversation, a member in onboarding), so the composer's button can say so before sending.
pub(super) fn always_held(
    settings: &WorkspaceSettings,
    user: &Caller,
    conversation: ConversationId,
) -> bool {
    let plain = Outgoing {
        author: user.user.id,
        author_is_team: user.role().is_team(),
        conversation,
        outcome: GuardOutcome::Allow,
        has_link: false,
        acknowledged: false,
        review_requested: false,
    };
    !retract_domain::approval_triggers(settings, &plain).is_empty()
}

/// The localised names of a held message's approval triggers.
pub(super) fn trigger_labels(lang: Lang, names: &[String]) -> Vec<String> {
    names
        .iter()
        .filter_map(|n| Trigger::parse(n))
        .map(|t| text(lang, &format!("trigger-{}", t.as_str())))
        .collect()
}

fn verdict_label(lang: Lang, v: Verdict) -> String {
    text(lang, &format!("verdict-{}", v.as_str()))
}

/// The rules as rows a person reads: "pii → needs approval", "link.shortener → warning".
fn rule_rows(lang: Lang, rules_toml: &str) -> Vec<Value> {
    let Ok(rules) = ModerationRules::from_toml(rules_toml) else {
        return Vec::new();
    };
    // The TOML keys are English identifiers: each row also names its finding in the page's
    // language, when there is a word for it.
    let words = |key: String| super::i18n::has(lang, &key).then(|| text(lang, &key));
    let mut rows: Vec<Value> = rules
        .categories
        .iter()
        .map(|(c, v)| {
            let words = words(format!("finding-{c}"));
            context! { name => c, words, verdict => v.as_str(), label => verdict_label(lang, *v) }
        })
        .collect();
    rows.extend(rules.kinds.iter().map(|(k, v)| {
        let words = words(format!("rule-kind-{}", k.replace(['.', '_'], "-")));
        context! { name => k, words, verdict => v.as_str(), label => verdict_label(lang, *v) }
    }));
    rows
}

struct Draft {
    rules: Option<String>,
    notice: Option<String>,
    error: Option<String>,
}

async fn rules_view(state: &AppState, user: &Caller, lang: Lang, draft: Draft) -> Response {
    if let Err(err) = crate::prevention::require_read_rules(user) {
        return error_page(state, user, lang, err).await;
    }
    let ws = user.user.workspace_id;
    let loaded = async {
        let settings: WorkspaceSettings = state.store.settings(ws).await?;
        let users = state.store.users(ws).await?;
        let conversations = state
            .store
            .conversation_titles(ws, MAX_PICKABLE_CONVERSATIONS)
            .await?;
        let history = crate::prevention::history(state, user).await?;
        Ok::<_, ApiError>((settings, users, conversations, history))
    }
    .await;
    let (settings, users, conversations, history) = match loaded {
        Ok(found) => found,
        Err(err) => return error_page(state, user, lang, err).await,
    };
    let editable = retract_domain::can(user.role(), Action::ChangeSettings);
    let untitled = text(lang, "rules-untitled");
    let conversation_rows: Vec<Value> = conversations
        .iter()
        .map(|(id, title)| {
            context! {
                id => id.0,
                title => title.clone().unwrap_or_else(|| format!("{untitled} #{}", id.0)),
                sensitive => settings.sensitive_conversations.contains(&id.0),
            }
        })
        .collect();
    // Onboarding is picked among the CMs; anyone else already listed stays visible.
    let member_rows: Vec<Value> = users
        .iter()
        .filter(|u| u.role == Role::Cm || settings.onboarding_members.contains(&u.id.0))
        .map(|u| {
            context! {
                id => u.id.0,
                name => u.name.clone(),
                role => text(lang, &format!("role-{}", u.role)),
                onboarding => settings.onboarding_members.contains(&u.id.0),
            }
        })
        .collect();
    let history_rows: Vec<Value> = history
        .iter()
        .map(|c| {
            let fields: Vec<Value> = c
                .changes
                .as_object()
                .map(|o| {
                    o.iter()
                        .map(|(name, change)| {
                            context! {
                                label => text(lang, &format!("rules-field-{}", name.replace('_', "-"))),
                                change => describe_change(change),
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            context! { at => rfc3339(c.at), actor => c.actor_name.clone(), fields => fields }
        })
        .collect();
    let rules_text = draft
        .rules
        .unwrap_or_else(|| settings.moderation_rules.clone());
    render(
        "rules.html",
        context! {
            editable => editable,
            rules_text => rules_text,
            rule_rows => rule_rows(lang, &settings.moderation_rules),
            terms => settings.confidential_terms.join("\n"),
            blocked => settings.blocked_domains.join("\n"),
            brand => settings.brand_domains.join("\n"),
            approve_links => settings.approve_links,
            conversations => conversation_rows,
            members => member_rows,
            history => history_rows,
            notice => draft.notice,
            error => draft.error,
            ..base(state, user, lang, "/rules").await
        },
    )
}

/// One change in words: "+ a, b · − c" for lists and rules, "600 → 300" for values.
fn describe_change(change: &serde_json::Value) -> String {
    let join = |v: Option<&serde_json::Value>| -> String {
        v.and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .map(|x| match x.as_str() {
                        Some(s) => s.to_string(),
                        None => x.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    };
    if change.get("from").is_some() {
        return format!(
            "{} → {}",
            change
                .get("from")
                .map(|v| v.to_string())
                .unwrap_or_default(),
            change.get("to").map(|v| v.to_string()).unwrap_or_default()
        );
    }
    let added = join(change.get("added"));
    let removed = join(change.get("removed"));
    match (added.is_empty(), removed.is_empty()) {
        (false, false) => format!("+ {added} · − {removed}"),
        (false, true) => format!("+ {added}"),
        (true, false) => format!("− {removed}"),
        (true, true) => String::new(),
    }
}

pub async fn rules_page(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
) -> Response {
    let draft = Draft {
        rules: None,
        notice: None,
        error: None,
    };
    rules_view(&state, &user, lang, draft).await
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The form's fields; checkboxes repeat their name (`sensitive=3&sensitive=7`), so the form is
/// read as pairs.
fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

fn ids(form: &[(String, String)], name: &str) -> Result<Vec<i64>, ApiError> {
    form.iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| {
            v.trim().parse::<i64>().map_err(|_| {
                ApiError::unprocessable("invalid_settings", "An id in the form is not a number.")
            })
        })
        .collect()
}

pub async fn rules_submit(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let rules = field(&form, "moderation_rules").to_string();
    let outcome = async {
        csrf_ok(&user, field(&form, "csrf"))?;
        let patch = SettingsPatch {
            moderation_rules: Some(rules.clone()),
            confidential_terms: Some(lines(field(&form, "confidential_terms"))),
            blocked_domains: Some(lines(field(&form, "blocked_domains"))),
            brand_domains: Some(lines(field(&form, "brand_domains"))),
            approve_links: Some(!field(&form, "approve_links").is_empty()),
            sensitive_conversations: Some(ids(&form, "sensitive")?),
            onboarding_members: Some(ids(&form, "onboarding")?),
            ..SettingsPatch::default()
        };
        service::update_settings(&state, &user, patch).await
    }
    .await;
    match outcome {
        Ok(_) => {
            let draft = Draft {
                rules: None,
                notice: Some(text(lang, "rules-saved")),
                error: None,
            };
            rules_view(&state, &user, lang, draft).await
        }
        Err(err) => {
            let status = err.status;
            let mut message = error_text(lang, &err);
            if err.code == "invalid_moderation_rules" {
                message = format!("{message} ({})", err.message);
            }
            // The lead's draft of the rules is kept so a typo costs nothing to fix.
            let draft = Draft {
                rules: Some(rules),
                notice: None,
                error: Some(message),
            };
            (status, rules_view(&state, &user, lang, draft).await).into_response()
        }
    }
}

/// Flagged guest messages for the approvals page (leads, owners; empty for anyone else).
pub(super) async fn flag_rows(state: &AppState, user: &Caller, lang: Lang) -> Vec<Value> {
    if !retract_domain::can(user.role(), Action::ModerateGuestMessage) {
        return Vec::new();
    }
    let flags = match crate::prevention::flags(state, user).await {
        Ok(flags) => flags,
        Err(err) => {
            tracing::warn!(error = %err.message, "cannot list flagged messages");
            return Vec::new();
        }
    };
    flags
        .iter()
        .map(|f| {
            let m = &f.message;
            context! {
                id => m.id.0,
                conversation_id => m.conversation_id.0,
                conversation => f.conversation_title.clone().unwrap_or_default(),
                author_name => m.author_name.clone(),
                body => m.body.clone().unwrap_or_default(),
                sent_at => rfc3339(m.sent_at),
                flags => f.flags.clone(),
                findings => m.findings.as_ref().and_then(|v| v.as_array().cloned()).unwrap_or_default(),
                reasons => moderation_reasons(lang, &f.flags),
            }
        })
        .collect()
}

/// The removal reasons offered for a flagged message, the fitting one first.
fn moderation_reasons(lang: Lang, flags: &[String]) -> Vec<Value> {
    let first = if flags.iter().any(|f| f.starts_with("link/")) {
        "dangerous_link"
    } else if flags.iter().any(|f| f.starts_with("illegal/")) {
        "illegal"
    } else {
        "insulting"
    };
    let mut order = vec![first];
    for r in ["insulting", "illegal", "dangerous_link", "confidential"] {
        if r != first {
            order.push(r);
        }
    }
    order
        .into_iter()
        .map(|r| context! { value => r, label => text(lang, &format!("reason-{r}")) })
        .collect()
}

#[derive(serde::Deserialize)]
pub struct ModerateForm {
    #[serde(default)]
    csrf: String,
    reason: Option<String>,
}

/// One-click moderation removal of a flagged guest message, back to the approvals page.
pub async fn moderate(
    State(state): State<AppState>,
    WebUser(user): WebUser,
    lang: Lang,
    PageId(id): PageId,
    Form(form): Form<ModerateForm>,
) -> Response {
    let outcome = async {
        csrf_ok(&user, &form.csrf)?;
        user.require(Action::ModerateGuestMessage)?;
        let reason = service::parse_reason(form.reason.as_deref())?;
        service::unsend(&state, &user, MessageId(id), reason, None).await
    }
    .await;
    match outcome {
        Ok(_) => Redirect::to("/approvals#flags").into_response(),
        Err(err) => error_page(&state, &user, lang, err).await,
    }
}
