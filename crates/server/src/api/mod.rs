//! The JSON API under `/api/v1`, described by an OpenAPI document generated from these handlers.

mod extract;
mod handlers;
mod incidents;

use axum::routing::get;
use axum::Router;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use extract::{empty_as_none, ApiJson, ApiPath, ApiQuery};
pub use handlers::prefers_french;
pub(crate) use handlers::ErrorBody;

use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(title = "retract API", description = "Messaging with governed unsend for brand community teams."),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The API routes and their OpenAPI description, built from the same list so they cannot drift.
pub fn router() -> Router<AppState> {
    let (router, openapi) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(handlers::login))
        .routes(routes!(handlers::logout))
        .routes(routes!(handlers::me))
        .routes(routes!(handlers::create_user, handlers::list_users))
        .routes(routes!(
            handlers::create_conversation,
            handlers::list_conversations
        ))
        .routes(routes!(handlers::get_conversation))
        .routes(routes!(handlers::send_message, handlers::list_messages))
        .routes(routes!(handlers::mark_read))
        .routes(routes!(handlers::edit_message))
        .routes(routes!(handlers::message_versions))
        .routes(routes!(handlers::unsend_message))
        .routes(routes!(handlers::hide_message))
        .routes(routes!(handlers::message_advice))
        .routes(routes!(handlers::cancel_message))
        .routes(routes!(handlers::approve_message))
        .routes(routes!(handlers::reject_message))
        .routes(routes!(handlers::list_approvals))
        .routes(routes!(handlers::message_decisions))
        .routes(routes!(handlers::export_ledger))
        .routes(routes!(handlers::guard_scan))
        .routes(routes!(handlers::search))
        .routes(routes!(incidents::list_incidents))
        .routes(routes!(incidents::export_incidents))
        .routes(routes!(incidents::get_incident))
        .routes(routes!(incidents::incident_evidence))
        .routes(routes!(incidents::erase_evidence))
        .routes(routes!(incidents::set_checklist))
        .routes(routes!(incidents::close_incident))
        .routes(routes!(incidents::approve_unsend))
        .routes(routes!(incidents::reject_unsend))
        .routes(routes!(handlers::get_settings, handlers::patch_settings))
        .routes(routes!(handlers::settings_history))
        .routes(routes!(handlers::list_flags))
        // The WebSocket is part of the API and of its description too.
        .routes(routes!(crate::events::events_socket))
        .split_for_parts();
    let openapi_json = openapi.to_pretty_json().unwrap_or_else(|_| "{}".into());
    Router::new().merge(router).route(
        "/api/v1/openapi.json",
        get(move || {
            let doc = openapi_json.clone();
            async move {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    doc,
                )
            }
        }),
    )
}
