//! Configuration: defaults, then the TOML file, then the environment, then command-line flags.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

use crate::ServeArgs;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    vault_key_file: Option<PathBuf>,
    database_url: Option<String>,
    nats_url: Option<String>,
    session_ttl_seconds: Option<u64>,
    log: Option<String>,
}

/// The resolved configuration of one `serve` or `demo` run.
#[derive(Debug, Clone)]
pub struct Config {
    pub bind: String,
    pub data_dir: PathBuf,
    pub vault_key_file: PathBuf,
    pub database_url: Option<String>,
    pub nats_url: Option<String>,
    pub session_ttl_seconds: u64,
    pub log: String,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    pub fn load(args: &ServeArgs) -> anyhow::Result<Config> {
        let file = match &args.config {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        let data_dir = args
            .data
            .clone()
            .or_else(|| env("RETRACT_DATA_DIR").map(PathBuf::from))
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("./retract-data"));
        let bind = args
            .bind
            .clone()
            .or_else(|| env("RETRACT_BIND"))
            .or(file.bind)
            .unwrap_or_else(|| "127.0.0.1:8080".into());
        let vault_key_file = env("RETRACT_VAULT_KEY_FILE")
            .map(PathBuf::from)
            .or(file.vault_key_file)
            .unwrap_or_else(|| data_dir.join("vault.key"));
        let session_ttl_seconds = match env("RETRACT_SESSION_TTL_SECONDS") {
            Some(v) => v.parse().with_context(|| {
                format!("RETRACT_SESSION_TTL_SECONDS must be a number of seconds, not `{v}`")
            })?,
            None => file.session_ttl_seconds.unwrap_or(12 * 3600),
        };
        // Refuse a bad address before anything is created on disk.
        if std::net::ToSocketAddrs::to_socket_addrs(bind.as_str()).is_err() {
            anyhow::bail!(
                "`{bind}` is not an address to listen on (expected host:port, e.g. 127.0.0.1:8080)"
            );
        }
        if session_ttl_seconds == 0 {
            anyhow::bail!("the session lifetime must be at least one second");
        }
        let database_url = env("RETRACT_DATABASE_URL").or(file.database_url);
        if let Some(url) = &database_url {
            if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
                anyhow::bail!(
                    "the database URL (RETRACT_DATABASE_URL or database_url) must start with postgres:// (got {})",
                    crate::run::redact(url)
                );
            }
        }
        Ok(Config {
            bind,
            data_dir,
            vault_key_file,
            database_url,
            nats_url: env("RETRACT_NATS_URL").or(file.nats_url),
            session_ttl_seconds,
            log: env("RETRACT_LOG")
                .or(file.log)
                .unwrap_or_else(|| "info".into()),
        })
    }
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read config file {}", path.display()))?;
    toml::from_str(&text)
        .map_err(|e| anyhow::anyhow!("invalid config file {}: {}", path.display(), e.message()))
}
