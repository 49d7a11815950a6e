//! The server-rendered web UI: pages that work without JavaScript (plain links and form posts,
//! each form carrying the session's CSRF token), plus one small ES module (`static/app.js`) for
//! live updates, countdowns, the unsend dialog and the long-press menu.

mod i18n;
mod incidents;
mod pages;
mod rules;

use std::sync::OnceLock;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use fluent_templates::fluent_bundle::FluentValue;
use minijinja::value::Kwargs;
use minijinja::{Environment, State, Value};

use crate::auth::{authenticate, cookie_value, Caller, SESSION_COOKIE};
use crate::state::AppState;
pub use i18n::Lang;

pub const LANG_COOKIE: &str = "retract_lang";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/login", get(pages::login_page).post(pages::login_submit))
        .route("/logout", post(pages::logout))
        .route("/lang/{code}", get(pages::switch_language))
        .route("/inbox", get(pages::inbox))
        .route("/c/{id}", get(pages::conversation))
        .route("/c/{id}/send", post(pages::send))
        .route(
            "/m/{id}/edit",
            get(pages::edit_page).post(pages::edit_submit),
        )
        .route(
            "/m/{id}/unsend",
            get(pages::unsend_page).post(pages::unsend_submit),
        )
        .route("/m/{id}/versions", get(pages::versions_page))
        .route("/m/{id}/hide", post(pages::hide))
        .route("/m/{id}/fragment", get(pages::fragment))
        .route("/m/{id}/cancel", post(pages::cancel))
        .route("/m/{id}/decide", post(pages::decide))
        .route("/approvals", get(pages::approvals))
        .route("/notifications/count", get(pages::waiting_count))
        .route("/search", get(pages::search))
        .route(
            "/settings",
            get(pages::settings_page).post(pages::settings_submit),
        )
        .route("/rules", get(rules::rules_page).post(rules::rules_submit))
        .route("/m/{id}/moderate", post(rules::moderate))
        .route("/incidents", get(incidents::list))
        .route("/incidents/{id}", get(incidents::page))
        .route("/incidents/{id}/report", get(incidents::report))
        .route("/incidents/{id}/checklist", post(incidents::checklist))
        .route("/incidents/{id}/close", post(incidents::close))
        .route("/incidents/{id}/evidence", post(incidents::evidence))
        .route("/incidents/{id}/erase", post(incidents::erase))
        .route(
            "/incidents/{id}/unsend-decision",
            post(incidents::decide_unsend),
        )
        .route("/guide", get(pages::guide))
        .route(
            "/static/app.js",
            get(|| async {
                asset(
                    "text/javascript; charset=utf-8",
                    include_str!("../../static/app.js"),
                )
            }),
        )
        .route(
            "/static/report.js",
            get(|| async {
                asset(
                    "text/javascript; charset=utf-8",
                    include_str!("../../static/report.js"),
                )
            }),
        )
        .route(
            "/static/app.css",
            get(|| async {
                asset(
                    "text/css; charset=utf-8",
                    include_str!("../../static/app.css"),
                )
            }),
        )
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// A signed-in browser user; anyone else is sent to the login page.
pub struct WebUser(pub Caller);

impl FromRequestParts<AppState> for WebUser {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = cookie_value(parts, SESSION_COOKIE)
            .ok_or_else(|| Redirect::to("/login").into_response())?;
        authenticate(state, token, true)
            .await
            .map(WebUser)
            .map_err(|_| Redirect::to("/login").into_response())
    }
}

/// A numeric id in a page's address (`/c/{id}`, `/m/{id}/edit`…); anything else gets the page's
/// "not found", in the reader's language, instead of axum's plain-text refusal.
pub struct PageId(pub i64);

impl FromRequestParts<AppState> for PageId {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<i64>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(id)) => Ok(PageId(id)),
            Err(_) => {
                let WebUser(user) = WebUser::from_request_parts(parts, state).await?;
                let lang = cookie_value(parts, LANG_COOKIE)
                    .and_then(Lang::parse)
                    .unwrap_or(Lang::Fr);
                Err(pages::error_page(
                    state,
                    &user,
                    lang,
                    crate::error::ApiError::not_found("page"),
                )
                .await)
            }
        }
    }
}

impl FromRequestParts<AppState> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        Ok(cookie_value(parts, LANG_COOKIE)
            .and_then(Lang::parse)
            .unwrap_or(Lang::Fr))
    }
}

fn templates() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in [
            ("base.html", include_str!("../../templates/base.html")),
            ("macros.html", include_str!("../../templates/macros.html")),
            ("login.html", include_str!("../../templates/login.html")),
            (
                "conversation.html",
                include_str!("../../templates/conversation.html"),
            ),
            ("unsend.html", include_str!("../../templates/unsend.html")),
            ("edit.html", include_str!("../../templates/edit.html")),
            (
                "versions.html",
                include_str!("../../templates/versions.html"),
            ),
            ("search.html", include_str!("../../templates/search.html")),
            (
                "settings.html",
                include_str!("../../templates/settings.html"),
            ),
            (
                "incidents.html",
                include_str!("../../templates/incidents.html"),
            ),
            (
                "incident.html",
                include_str!("../../templates/incident.html"),
            ),
            ("report.html", include_str!("../../templates/report.html")),
            ("guide.html", include_str!("../../templates/guide.html")),
            ("error.html", include_str!("../../templates/error.html")),
            (
                "fragment.html",
                include_str!("../../templates/fragment.html"),
            ),
            (
                "approvals.html",
                include_str!("../../templates/approvals.html"),
            ),
            ("rules.html", include_str!("../../templates/rules.html")),
        ] {
            if let Err(err) = env.add_template(name, source) {
                tracing::error!(template = name, error = %err, "template does not compile");
            }
        }
        env.add_function("t", translate);
        env
    })
}

/// `t("key", name=value…)` in templates, in the page's language.
fn translate(state: &State, key: &str, kwargs: Kwargs) -> String {
    let lang = state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(Lang::parse))
        .unwrap_or(Lang::Fr);
    let mut args = Vec::new();
    for name in kwargs.args() {
        if let Ok(value) = kwargs.get::<Value>(name) {
            let fluent = match value.as_i64() {
                Some(n) => FluentValue::from(n),
                None => FluentValue::from(value.to_string()),
            };
            args.push((name, fluent));
        }
    }
    i18n::text(lang, key, &args)
}

/// Renders a template; a template failure is logged and shown as a plain 500.
pub fn render(name: &str, ctx: Value) -> Response {
    match templates().get_template(name).and_then(|t| t.render(ctx)) {
        Ok(html) => Html(html).into_response(),
        Err(err) => {
            tracing::error!(template = name, error = %err, "cannot render page");
            (StatusCode::INTERNAL_SERVER_ERROR, "page error").into_response()
        }
    }
}

pub fn text(lang: Lang, key: &str) -> String {
    i18n::text(lang, key, &[])
}

/// A refused settings patch names the setting (by its label on the settings page) and the bound.
fn settings_error_text(
    lang: Lang,
    code: &str,
    details: &serde_json::Map<String, serde_json::Value>,
) -> Option<String> {
    if code != "invalid_settings" {
        return None;
    }
    let problem = details.get("problem")?.as_str()?;
    let field = details.get("field")?.as_str()?;
    // Every `SettingsError::problem` has a text (`has` cannot tell: these messages need arguments).
    let key = format!("settings-refused-{}", problem.replace('_', "-"));
    let label_key = format!("settings-field-{}", field.replace('_', "-"));
    let label = if i18n::has(lang, &label_key) {
        text(lang, &label_key)
    } else {
        field.to_string()
    };
    let limit = details
        .get("limit")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    Some(i18n::text(
        lang,
        &key,
        &[
            ("field", FluentValue::from(label)),
            ("limit", FluentValue::from(limit)),
        ],
    ))
}

/// The localised text for an error `code` with its details, when the Fluent files have one.
pub fn localized_error(
    lang: Lang,
    code: &str,
    details: &serde_json::Map<String, serde_json::Value>,
) -> Option<String> {
    if let Some(text) = settings_error_text(lang, code, details) {
        return Some(text);
    }
    let key = format!("error-{code}");
    i18n::has(lang, &key).then(|| text(lang, &key))
}

/// The localised text for an API error code, or its English message when there is none.
pub fn error_text(lang: Lang, err: &crate::error::ApiError) -> String {
    localized_error(lang, err.code, &err.details).unwrap_or_else(|| err.message.clone())
}
