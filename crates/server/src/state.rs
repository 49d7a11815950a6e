//! What every request handler shares: storage, the event hub, per-workspace caches, configuration.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use retract_domain::{ConversationId, Millis, WorkspaceId, WorkspaceSettings};
use retract_guard::{Guard, GuardConfig, ModerationRules};
use retract_store::vault::{VaultError, WorkspaceKey, WrappedKey};
use retract_store::{Conversation, KeyPurpose, Session, Store};

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
    /// The deployment's master key (`RETRACT_VAULT_KEY_FILE`): wraps each workspace's ledger
    /// signing key. Every node of a deployment must be given the same.
    pub master_key: Arc<retract_store::vault::MasterKey>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            session_ttl: Duration::from_secs(12 * 3600),
            demo: false,
            secure_cookies: false,
            master_key: Arc::new(retract_store::vault::MasterKey::generate()),
        }
    }
}

/// A workspace's settings and its compiled guard, compiled once and reused for every message.
#[derive(Clone)]
pub struct WorkspaceRuntime {
    pub settings: Arc<WorkspaceSettings>,
    pub guard: Arc<Guard>,
    loaded: Instant,
    /// The hub's settings generation when loaded: a change announced since makes it stale.
    generation: u64,
}

/// Settings may be changed by another node; a cached copy is trusted this long, unless the
/// change's `settings.changed` event arrives first (it normally does, within milliseconds).
const RUNTIME_TTL: Duration = Duration::from_secs(2);

/// A verified session is trusted this long before the store is asked again. A logout takes
/// effect at once on this node, and on the others as soon as they hear of it
/// ([`crate::events::Event::session_ended`]); this delay only bounds a missed announcement.
const SESSION_CACHE_TTL: Duration = Duration::from_secs(5);
const SESSION_CACHE_MAX: usize = 100_000;

/// A verified session, when it was read, and the hub's count of ended sessions then.
type SessionCache = RwLock<HashMap<[u8; 32], (Session, Instant, u64)>>;
type ConversationCache = RwLock<HashMap<(WorkspaceId, ConversationId), Arc<Conversation>>>;
type KeyCache = RwLock<HashMap<WorkspaceId, Arc<WorkspaceKey>>>;

/// What every request shares. Cloned for each request and extractor, so it is one `Arc`: a
/// struct of seven was seven atomic counts up and down each time.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

/// The state behind [`AppState`].
pub struct Shared {
    pub store: Arc<dyn Store>,
    pub hub: Arc<Hub>,
    pub config: Arc<ServerConfig>,
    runtimes: RwLock<HashMap<WorkspaceId, WorkspaceRuntime>>,
    sessions: SessionCache,
    /// Conversations never change members once created, so they are cached for good.
    conversations: ConversationCache,
    /// Workspace evidence keys never change once created, so they are unwrapped once.
    evidence_keys: KeyCache,
    pub login_throttle: crate::login_throttle::LoginThrottle,
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, hub: Arc<Hub>, config: ServerConfig) -> Self {
        AppState(Arc::new(Shared {
            store,
            hub,
            config: Arc::new(config),
            runtimes: RwLock::default(),
            sessions: RwLock::default(),
            conversations: RwLock::default(),
            evidence_keys: RwLock::default(),
            login_throttle: Default::default(),
        }))
    }

    /// The live session of a token hash, from a short-lived cache or the store.
    pub async fn session(&self, token_hash: [u8; 32]) -> ApiResult<Option<Session>> {
        let now = now_millis();
        let cached = self
            .sessions
            .read()
            .ok()
            .and_then(|map| map.get(&token_hash).cloned());
        // Read before the store, so that a logout announced during the read is not missed.
        let generation = self.hub.sessions_generation();
        if let Some((session, at, seen)) = cached {
            if at.elapsed() < SESSION_CACHE_TTL && seen == generation && session.expires_at > now {
                return Ok(Some(session));
            }
        }
        let session = self.store.session(token_hash, now).await?;
        if let (Some(found), Ok(mut map)) = (&session, self.sessions.write()) {
            if map.len() >= SESSION_CACHE_MAX {
                map.clear();
            }
            map.insert(token_hash, (found.clone(), Instant::now(), generation));
        }
        Ok(session)
    }

    pub fn forget_session(&self, token_hash: [u8; 32]) {
        if let Ok(mut map) = self.sessions.write() {
            map.remove(&token_hash);
        }
    }

    /// A conversation of the workspace with its members (cached: membership never changes).
    pub async fn conversation(
        &self,
        ws: WorkspaceId,
        id: ConversationId,
    ) -> ApiResult<Option<Arc<Conversation>>> {
        let cached = self
            .conversations
            .read()
            .ok()
            .and_then(|map| map.get(&(ws, id)).cloned());
        if cached.is_some() {
            return Ok(cached);
        }
        let Some(found) = self.store.conversation(ws, id).await? else {
            return Ok(None);
        };
        let found = Arc::new(found);
        if let Ok(mut map) = self.conversations.write() {
            map.insert((ws, id), found.clone());
        }
        Ok(Some(found))
    }

    /// The workspace's current settings and guard.
    pub async fn runtime(&self, ws: WorkspaceId) -> ApiResult<WorkspaceRuntime> {
        let cached = self
            .runtimes
            .read()
            .ok()
            .and_then(|map| map.get(&ws).cloned());
        // Read before the store, so that a change announced during the read is not missed.
        let generation = self.hub.settings_generation();
        if let Some(rt) = &cached {
            if rt.loaded.elapsed() < RUNTIME_TTL && rt.generation == generation {
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
            generation,
        };
        if let Ok(mut map) = self.runtimes.write() {
            map.insert(ws, rt.clone());
        }
        Ok(rt)
    }

    /// The workspace's evidence-vault key: unwrapped with the master key, created (and stored
    /// wrapped) on first use; nodes racing to create it keep the first one stored.
    pub async fn evidence_key(&self, ws: WorkspaceId) -> ApiResult<Arc<WorkspaceKey>> {
        if let Some(key) = self
            .evidence_keys
            .read()
            .ok()
            .and_then(|map| map.get(&ws).cloned())
        {
            return Ok(key);
        }
        let master = &self.config.master_key;
        let (_, candidate) = master.new_workspace_key(ws).map_err(vault_error)?;
        let stored = self
            .store
            .wrapped_key_or_insert(ws, KeyPurpose::Evidence, candidate.to_bytes())
            .await?;
        let wrapped = WrappedKey::from_bytes(&stored).map_err(vault_error)?;
        let key = Arc::new(
            master
                .unwrap_workspace_key(ws, &wrapped)
                .map_err(vault_error)?,
        );
        if let Ok(mut map) = self.evidence_keys.write() {
            map.insert(ws, key.clone());
        }
        Ok(key)
    }

    /// Drops the cached runtime after a settings change on this node.
    pub fn forget_runtime(&self, ws: WorkspaceId) {
        if let Ok(mut map) = self.runtimes.write() {
            map.remove(&ws);
        }
    }
}

/// A key that does not unwrap means this node was given another deployment's key file.
pub fn vault_error(e: VaultError) -> ApiError {
    tracing::error!(error = %e, "vault key error: is every node given the same RETRACT_VAULT_KEY_FILE?");
    ApiError::internal()
}

fn guard_inputs_equal(a: &WorkspaceSettings, b: &WorkspaceSettings) -> bool {
    a.confidential_terms == b.confidential_terms
        && a.blocked_domains == b.blocked_domains
        && a.brand_domains == b.brand_domains
        && a.moderation_rules == b.moderation_rules
}

/// The workspace's guard: its lexicon, domain lists and moderation rules (TOML), compiled once.
/// Rules that do not parse or name an unknown category or kind are refused with
/// `422 invalid_moderation_rules`.
pub fn compile_guard(settings: &WorkspaceSettings) -> ApiResult<Guard> {
    let rules = ModerationRules::from_toml(&settings.moderation_rules)
        .map_err(|e| ApiError::unprocessable("invalid_moderation_rules", e.to_string()))?;
    let config = GuardConfig {
        confidential_terms: settings.confidential_terms.clone(),
        blocked_domains: settings.blocked_domains.clone(),
        brand_domains: settings.brand_domains.clone(),
        rules,
    };
    Guard::new(&config)
        .map_err(|e| ApiError::unprocessable("invalid_guard_settings", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_rules_setting_is_the_guards_default() {
        let settings = WorkspaceSettings::default();
        assert_eq!(
            ModerationRules::from_toml(&settings.moderation_rules).ok(),
            Some(ModerationRules::default())
        );
    }

    #[test]
    fn bad_rules_do_not_compile() {
        let settings = WorkspaceSettings {
            moderation_rules: "[categories]\npi = \"block\"\n".into(),
            ..WorkspaceSettings::default()
        };
        let err = compile_guard(&settings).err().map(|e| e.code);
        assert_eq!(err, Some("invalid_moderation_rules"));
    }
}
