//! Configuration: defaults, then the TOML file, then the environment, then command-line flags.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

use crate::i18n::t;
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
            Some(v) => v
                .parse()
                .map_err(|_| t("config-bad-session-ttl").arg("value", &v))?,
            None => file.session_ttl_seconds.unwrap_or(12 * 3600),
        };
        // Refuse a bad address before anything is created on disk.
        if std::net::ToSocketAddrs::to_socket_addrs(bind.as_str()).is_err() {
            return Err(t("config-bad-bind").arg("bind", &bind).into());
        }
        if session_ttl_seconds == 0 {
            return Err(t("config-zero-session-ttl").into());
        }
        let database_url = env("RETRACT_DATABASE_URL").or(file.database_url);
        if let Some(url) = &database_url {
            if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
                let url = crate::run::redact(url);
                return Err(t("config-bad-database-url").arg("url", url).into());
            }
        }
        let nats_url = env("RETRACT_NATS_URL").or(file.nats_url);
        if let Some(url) = &nats_url {
            // Several servers may be listed, separated by commas.
            let scheme_ok = url.split(',').all(|u| {
                let u = u.trim();
                u.starts_with("nats://") || u.starts_with("tls://")
            });
            if !scheme_ok {
                let url = crate::run::redact(url);
                return Err(t("config-bad-nats-url").arg("url", url).into());
            }
        }
        Ok(Config {
            bind,
            data_dir,
            vault_key_file,
            database_url,
            nats_url,
            session_ttl_seconds,
            log: env("RETRACT_LOG")
                .or(file.log)
                .unwrap_or_else(|| "info".into()),
        })
    }
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| t("config-cannot-read").arg("path", path.display()))?;
    // The parser's own words (which key, which value) stay as it gives them.
    toml::from_str(&text).map_err(|e| {
        t("config-invalid")
            .arg("path", path.display())
            .arg("reason", e.message().trim_end())
            .into()
    })
}
