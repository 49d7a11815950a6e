//! retract's server: the JSON API, the WebSocket of live events and the server-rendered web UI,
//! in one axum application.
//!
//! The server holds no business rule: handlers authenticate the caller, ask `retract-domain` for
//! the decision, persist through a [`retract_store::Store`] (it never knows which backend) and
//! publish events through the [`events::Hub`].
//!
//! ```no_run
//! # async fn run() -> anyhow::Result<()> {
//! use std::sync::Arc;
//! let store = Arc::new(retract_store::SqliteStore::open(std::path::Path::new("./retract-data"))?);
//! let state = retract_server::AppState::new(store, Arc::new(retract_server::events::Hub::new()), Default::default());
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! retract_server::serve(listener, state, std::future::pending()).await?;
//! # Ok(()) }
//! ```

pub mod api;
pub mod approvals;
pub mod auth;
pub mod error;
pub mod events;
pub mod incidents;
pub mod ledger;
mod login_throttle;
pub mod nats;
pub mod prevention;
pub mod service;
mod state;
mod telemetry;
pub mod view;
mod web;

use std::future::Future;
use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

pub use state::{now_millis, AppState, ServerConfig};

/// Largest request body accepted on any route (1 MiB), beyond which the answer is `413`.
pub(crate) const MAX_REQUEST_BYTES: usize = 1024 * 1024;

/// The whole application: API, events, pages, health and metrics, with the shared layers.
pub fn app(state: AppState) -> Router {
    let security_headers = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'"),
        ));
    Router::new()
        .merge(api::router())
        .merge(web::router())
        .route("/healthz", get(|| async { "ok" }))
        .route("/metrics", get(telemetry::render))
        .fallback(|| async {
            error::ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                "No such page or endpoint.",
            )
            .into_response()
        })
        .layer(axum::middleware::from_fn(telemetry::track))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_REQUEST_BYTES))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            MAX_REQUEST_BYTES,
        ))
        .layer(axum::middleware::from_fn(json_refusals))
        .layer(axum::middleware::from_fn(localized_errors))
        .layer(security_headers)
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            panic_response,
        ))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// A handler that panicked answers like any other failure: `500` with the JSON error shape
/// (`internal`), not the panic layer's plain text.
fn panic_response(_panic: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    error::ApiError::internal().into_response()
}

/// The refusals that the router (`405`) and the body limit (`413`, before any extractor runs)
/// answer on their own, in plain text or with no body, get the JSON error shape like every other
/// error. A page's own error (HTML) or an API error (JSON) is left as it is.
async fn json_refusals(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let response = next.run(request).await;
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_none_or(|v| v.as_bytes().starts_with(b"text/plain"));
    if !plain {
        return response;
    }
    match response.status() {
        StatusCode::PAYLOAD_TOO_LARGE => error::ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            "The request body is larger than 1 MiB.",
        )
        .with("limit", MAX_REQUEST_BYTES)
        .into_response(),
        StatusCode::METHOD_NOT_ALLOWED => {
            let allow = response.headers().get(header::ALLOW).cloned();
            let mut refused = error::ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "This endpoint does not accept this method.",
            )
            .into_response();
            if let Some(allow) = allow {
                refused.headers_mut().insert(header::ALLOW, allow);
            }
            refused
        }
        _ => response,
    }
}

/// An API error's `message` in French for a client whose `Accept-Language` puts French first
/// (the `code` and the details stay as they are; without the header the message is English).
/// The advisor's advice inside an error follows the rule of the advice everywhere else (French
/// unless the client puts English first), so one client reads it in one language.
async fn localized_errors(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let api = request.uri().path().starts_with("/api/");
    let advice_french = api && api::prefers_french(request.headers());
    let french = api
        && request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .is_some_and(|first| first.trim().to_ascii_lowercase().starts_with("fr"));
    let response = next.run(request).await;
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(french || advice_french)
        || !json
        || !(response.status().is_client_error() || response.status().is_server_error())
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 256 * 1024).await else {
        return error::ApiError::internal().into_response();
    };
    let mut value: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(value) => value,
        Err(_) => return axum::response::Response::from_parts(parts, bytes.into()),
    };
    if let Some(error) = value.get_mut("error").and_then(|e| e.as_object_mut()) {
        let text = error
            .get("code")
            .and_then(|c| c.as_str())
            .filter(|_| french)
            .and_then(|code| web::localized_error(web::Lang::Fr, code, error));
        if let Some(text) = text {
            error.insert("message".into(), serde_json::Value::String(text));
        }
        if let Some(advice) = error.get_mut("advice").filter(|_| advice_french) {
            service::localize_advice(advice, true);
        }
    }
    let body = serde_json::to_vec(&value).unwrap_or_else(|_| bytes.to_vec());
    parts.headers.remove(header::CONTENT_LENGTH);
    if french {
        parts
            .headers
            .insert(header::CONTENT_LANGUAGE, HeaderValue::from_static("fr"));
    }
    axum::response::Response::from_parts(parts, body.into())
}

/// Serves until `shutdown` resolves, then stops accepting, closes the sockets and lets in-flight
/// requests finish (bounded, so a stuck client cannot hold the process).
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    telemetry::install();
    approvals::spawn_background(state.clone());
    incidents::spawn_retention_sweep(state.clone());
    let hub = state.hub.clone();
    let (drained_tx, drained_rx) = tokio::sync::oneshot::channel::<()>();
    let signal = async move {
        shutdown.await;
        tracing::info!("shutting down: finishing in-flight requests");
        hub.close_all();
        let _ = drained_tx.send(());
    };
    let server = axum::serve(listener, app(state)).with_graceful_shutdown(signal);
    let server = async move { server.await };
    tokio::pin!(server);
    tokio::select! {
        result = &mut server => result,
        _ = async {
            let _ = drained_rx.await;
            tokio::time::sleep(Duration::from_secs(20)).await;
        } => {
            tracing::warn!("shutdown drain timed out");
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_panic_answers_with_the_json_error_shape() {
        let response = super::panic_response(Box::new("boom"));
        assert_eq!(
            response.status(),
            axum::http::StatusCode::INTERNAL_SERVER_ERROR
        );
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap_or_default();
        let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        assert_eq!(body["error"]["code"], "internal", "{body}");
        assert!(body["error"]["message"].is_string(), "{body}");
    }
}
