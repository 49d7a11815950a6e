//! Who is calling: passwords (argon2id), session tokens (random 256-bit, stored as SHA-256),
//! the bearer/cookie extractor and CSRF checks. Role checks go through [`Caller::require`], which
//! asks the domain's single permission table.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, Method};
use base64::Engine;
use rand::RngCore;
use retract_domain::{can, Action, Role};
use retract_store::User;
use sha2::{Digest, Sha256};

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "retract_session";
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The WebSocket of live events.
const EVENTS_PATH: &str = "/api/v1/events";

/// Argon2id takes ~19 MiB and a few milliseconds of a core per hash: at most this many run at
/// once, so a burst of logins cannot take all memory or starve requests.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Runs a password hash or verification on the blocking pool, a bounded number at a time.
pub async fn with_hashing_permit<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let _permit = HASHING.acquire().await.ok()?;
    tokio::task::spawn_blocking(work).await.ok()
}

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut salt_bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes)
        .map_err(|e| anyhow::anyhow!("cannot make a salt: {e}"))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash password: {e}"))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A fresh random token (256 bits, URL-safe base64).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// How the caller proved who they are.
#[derive(Debug, Clone)]
pub enum AuthVia {
    Bearer,
    /// A browser session; state-changing calls must echo its CSRF token.
    Cookie {
        csrf: String,
    },
}

/// The authenticated member behind a request.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user: User,
    pub token_hash: [u8; 32],
    /// When the session ends (a live socket closes then).
    pub expires_at: retract_domain::Millis,
    pub via: AuthVia,
}

impl Caller {
    pub fn role(&self) -> Role {
        self.user.role
    }

    /// The one place a role is checked against an action.
    pub fn require(&self, action: Action) -> ApiResult<()> {
        if can(self.user.role, action) {
            Ok(())
        } else {
            Err(ApiError::forbidden(
                "forbidden",
                format!("Your role ({}) may not do this.", self.user.role),
            ))
        }
    }

    pub fn csrf_token(&self) -> Option<&str> {
        match &self.via {
            AuthVia::Cookie { csrf } => Some(csrf),
            AuthVia::Bearer => None,
        }
    }
}

/// The token of an `Authorization: Bearer …` header. The scheme name is case-insensitive
/// (RFC 9110 §11.1): `bearer …` and `BEARER …` are the same credentials.
fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim_start().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

pub fn cookie_value<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The `?token=` of the events socket, the one call where the interface puts the token in the
/// address (a browser's WebSocket cannot send headers). Elsewhere a token in the address would
/// end up in logs, proxies and referrers, so it is not read there: those calls send the header.
fn query_token(parts: &Parts) -> Option<&str> {
    if parts.uri.path() != EVENTS_PATH {
        return None;
    }
    parts
        .uri
        .query()?
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "token")
        .map(|(_, v)| v)
}

/// Resolves a token to its live session.
pub async fn authenticate(state: &AppState, token: &str, via_cookie: bool) -> ApiResult<Caller> {
    let hash = token_hash(token);
    let session = state
        .session(hash)
        .await?
        .ok_or_else(ApiError::unauthorized)?;
    let via = if via_cookie {
        AuthVia::Cookie {
            csrf: session.csrf_token,
        }
    } else {
        AuthVia::Bearer
    };
    Ok(Caller {
        user: session.user,
        token_hash: hash,
        expires_at: session.expires_at,
        via,
    })
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(token) = bearer(parts).or_else(|| query_token(parts)) {
            return authenticate(state, token, false).await;
        }
        let token = cookie_value(parts, SESSION_COOKIE).ok_or_else(ApiError::unauthorized)?;
        let caller = authenticate(state, token, true).await?;
        let unsafe_method = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if unsafe_method {
            let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            if sent != caller.csrf_token() {
                return Err(ApiError::forbidden(
                    "csrf_failed",
                    "Missing or wrong CSRF token.",
                ));
            }
        }
        Ok(caller)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_hash() {
        let hash = hash_password("demo-password").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("demo-password", &hash));
        assert!(!verify_password("demo-passwore", &hash));
        assert!(!verify_password("demo-password", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_ne!(token_hash(&a), token_hash(&b));
    }
}
