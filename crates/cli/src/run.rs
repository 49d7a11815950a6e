//! `retract serve` and `retract demo`: wiring storage, events and the server, and shutting down
//! cleanly on SIGTERM or Ctrl-C.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use retract_server::events::Hub;
use retract_server::{AppState, ServerConfig};
use retract_store::vault::MasterKey;
use retract_store::{PgStore, SqliteStore, Store};

use crate::config::Config;
use crate::i18n::t;
use crate::ServeArgs;

pub fn serve(args: ServeArgs, demo: bool) -> anyhow::Result<()> {
    let config = Config::load(&args)?;
    init_logging(&config.log);
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    // `TOKIO_WORKER_THREADS`, when set, is read by tokio itself and wins.
    if std::env::var_os("TOKIO_WORKER_THREADS").is_none() {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        builder.worker_threads(worker_threads(cores, config.database_url.is_some()));
    }
    let runtime = builder
        .enable_all()
        .build()
        .with_context(|| t("run-cannot-start-runtime"))?;
    runtime.block_on(run(config, demo))
}

/// Async worker threads for a machine with `cores` cores.
///
/// With SQLite every write runs on the store's own writer thread, which under load keeps most of
/// a core busy: one worker per core would make the workers and the writer take turns on a small
/// machine (on two cores, 7 % fewer acknowledged sends per second in `retract-bench`), so the
/// writer gets a core of its own. PostgreSQL does its writing in its own processes.
fn worker_threads(cores: usize, postgres: bool) -> usize {
    if postgres {
        cores.max(1)
    } else {
        cores.saturating_sub(1).max(1)
    }
}

fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("RETRACT_LOG_FORMAT").as_deref() == Ok("json") {
        let _ = builder.json().try_init();
    } else {
        let _ = builder.try_init();
    }
}

async fn open_store(config: &Config) -> anyhow::Result<Arc<dyn Store>> {
    // The URL's scheme was checked with the rest of the configuration.
    if let Some(url) = &config.database_url {
        let store = PgStore::connect(url)
            .await
            .with_context(|| t("run-cannot-open-postgres"))?;
        return Ok(Arc::new(store));
    }
    let store = SqliteStore::open(&config.data_dir).map_err(|e| {
        t("run-cannot-open-database")
            .arg("dir", config.data_dir.display())
            .arg("error", e)
    })?;
    Ok(Arc::new(store))
}

/// A connection URL without its password, for error messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{}@{}", &url[..scheme + 3], user, &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

/// Loads the master key (64 hex digits) or, on first start, creates the file (mode 0600). Every
/// node of a deployment must be given the same file.
fn load_or_create_vault_key(path: &std::path::Path) -> anyhow::Result<MasterKey> {
    match std::fs::read(path) {
        Ok(bytes) => MasterKey::from_key_file(&bytes).map_err(|_| {
            t("run-vault-key-invalid")
                .arg("path", path.display())
                .into()
        }),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| t("run-cannot-create-dir").arg("path", dir.display()))?;
            }
            let key = MasterKey::generate();
            // Write a complete temporary file, then link it into place: linking fails if the
            // file exists, so two nodes starting at once on a shared key file agree on one key.
            let temp = path.with_extension(format!("tmp{}", std::process::id()));
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let written = options.open(&temp).and_then(|mut file| {
                std::io::Write::write_all(&mut file, key.to_key_file().as_bytes())
                    .and_then(|_| file.sync_all())
            });
            let linked = written.and_then(|_| std::fs::hard_link(&temp, path));
            let _ = std::fs::remove_file(&temp);
            match linked {
                Ok(()) => Ok(key),
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
                    load_or_create_vault_key(path)
                }
                Err(err) => Err(err)
                    .with_context(|| t("run-vault-key-cannot-create").arg("path", path.display())),
            }
        }
        Err(err) => {
            Err(err).with_context(|| t("run-vault-key-cannot-read").arg("path", path.display()))
        }
    }
}

async fn run(config: Config, demo: bool) -> anyhow::Result<()> {
    // Take the address first: a port in use stops the start before anything is created on disk.
    let listener = tokio::net::TcpListener::bind(&config.bind)
        .await
        .with_context(|| t("run-cannot-listen").arg("address", &config.bind))?;
    let master_key = std::sync::Arc::new(load_or_create_vault_key(&config.vault_key_file)?);
    let store = open_store(&config).await?;
    // Incidents from before the evidence vault kept their content in plaintext: seal it now.
    let sealed = retract_server::incidents::seal_legacy_evidence(store.as_ref(), &master_key)
        .await
        .with_context(|| t("run-cannot-seal"))?;
    if sealed > 0 {
        tracing::info!(
            incidents = sealed,
            "sealed earlier incidents' evidence in the vault"
        );
    }
    // Events cross nodes through NATS when it is configured; connecting fails fast.
    let nats = match &config.nats_url {
        Some(url) => Some(
            retract_server::nats::NatsBus::connect(url, &master_key)
                .await
                .with_context(|| t("run-cannot-connect-nats"))?,
        ),
        None => None,
    };
    if demo {
        crate::demo::seed(store.as_ref()).await?;
    }
    let hub = Arc::new(Hub::new());
    if let Some(bus) = nats {
        bus.deliver_to(hub.clone())
            .await
            .with_context(|| t("run-cannot-connect-nats"))?;
        hub.set_remote(Arc::new(bus));
    }
    let server_config = ServerConfig {
        session_ttl: Duration::from_secs(config.session_ttl_seconds),
        demo,
        secure_cookies: false,
        master_key,
    };
    let state = AppState::new(store, hub, server_config);
    let address = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or(config.bind.clone());
    if demo {
        crate::demo::print_welcome(&address);
    }
    tracing::info!(address = %address, data_dir = %config.data_dir.display(), "retract is serving");
    retract_server::serve(listener, state, shutdown_signal())
        .await
        .with_context(|| t("run-server-error"))?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

#[cfg(test)]
mod tests {
    use super::worker_threads;

    #[test]
    fn sqlite_leaves_its_writer_a_core_and_postgres_uses_them_all() {
        assert_eq!(worker_threads(1, false), 1);
        assert_eq!(worker_threads(2, false), 1);
        assert_eq!(worker_threads(8, false), 7);
        assert_eq!(worker_threads(2, true), 2);
        assert_eq!(worker_threads(0, true), 1);
    }
}
