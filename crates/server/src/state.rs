//! What every request handler shares: storage, the event hub, per-workspace caches, configuration.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use retract_domain::{Millis, WorkspaceId, WorkspaceSettings};
use retract_guard::{Guard, GuardConfig};
use retract_store::Store;

use crate::error::{ApiError, ApiResult};
use crate::events::Hub;

/// Server clock in unix milliseconds: the only clock the unsend and edit windows obey.
pub fn now_millis() -> Millis {
    let now = time::OffsetDateTime::now_utc();
    (now.unix_timestamp_nanos() / 1_000_000) as Millis
}

/// Settings that are not per workspace.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// How long a login lasts.
    pub session_ttl: Duration,
    /// Demo mode prints and accepts the demo password; `serve` refuses it.
    pub demo: bool,
    /// Set when served over HTTPS, so session cookies get `Secure`.
    pub secure_cookies: bool,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            session_ttl: Duration::from_secs(12 * 3600),
            demo: false,
            secure_cookies: false,
        }
    }
}

/// A workspace's settings and its compiled guard, compiled once and reused for every message.
#[derive(Clone)]
pub struct WorkspaceRuntime {
    pub settings: Arc<WorkspaceSettings>,
    pub guard: Arc<Guard>,
    loaded: Instant,
}

/// Settings may be changed by another node; a cached copy is trusted this long.
const RUNTIME_TTL: Duration = Duration::from_secs(2);

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub hub: Arc<Hub>,
    pub config: Arc<ServerConfig>,
    runtimes: Arc<RwLock<HashMap<WorkspaceId, WorkspaceRuntime>>>,
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, hub: Arc<Hub>, config: ServerConfig) -> Self {
        AppState {
            store,
            hub,
            config: Arc::new(config),
            runtimes: Arc::default(),
        }
    }

    /// The workspace's current settings and guard.
    pub async fn runtime(&self, ws: WorkspaceId) -> ApiResult<WorkspaceRuntime> {
        let cached = self
            .runtimes
            .read()
            .ok()
            .and_then(|map| map.get(&ws).cloned());
        if let Some(rt) = &cached {
            if rt.loaded.elapsed() < RUNTIME_TTL {
                return Ok(rt.clone());
            }
        }
        let settings = self.store.settings(ws).await?;
        let guard = match cached {
            Some(rt) if guard_inputs_equal(&rt.settings, &settings) => rt.guard,
            _ => Arc::new(compile_guard(&settings)?),
        };
        let rt = WorkspaceRuntime {
            settings: Arc::new(settings),
            guard,
            loaded: Instant::now(),
        };
        if let Ok(mut map) = self.runtimes.write() {
            map.insert(ws, rt.clone());
        }
        Ok(rt)
    }

    /// Drops the cached runtime after a settings change on this node.
    pub fn forget_runtime(&self, ws: WorkspaceId) {
        if let Ok(mut map) = self.runtimes.write() {
            map.remove(&ws);
        }
    }
}

fn guard_inputs_equal(a: &WorkspaceSettings, b: &WorkspaceSettings) -> bool {
    a.confidential_terms == b.confidential_terms
        && a.blocked_domains == b.blocked_domains
        && a.brand_domains == b.brand_domains
}

pub fn compile_guard(settings: &WorkspaceSettings) -> ApiResult<Guard> {
    let config = GuardConfig {
        confidential_terms: settings.confidential_terms.clone(),
        blocked_domains: settings.blocked_domains.clone(),
        brand_domains: settings.brand_domains.clone(),
        ..GuardConfig::default()
    };
    Guard::new(&config)
        .map_err(|e| ApiError::unprocessable("invalid_guard_settings", e.to_string()))
}
