//! The conformance suite on the PostgreSQL backend, plus what only a shared server can show
//! (concurrent start-up, cross-pool races, fail-fast connect).
//!
//! Runs only when `RETRACT_TEST_PG` names a database, e.g.
//! `RETRACT_TEST_PG=postgres://postgres@127.0.0.1:5432/test cargo test -p retract-store --test postgres`;
//! without it every test returns at once with a note on stderr. Each test gets a fresh schema
//! (`retract_test_<unix secs>_<pid>_<n>`), so parallel runs never collide; schemas left by runs
//! more than ten minutes old (no single test lives that long) are dropped by the next run.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use retract_store::{PgOptions, PgStore, Store, StoreError};

const STALE_AFTER_SECS: u64 = 600;

fn test_url() -> Option<String> {
    match std::env::var("RETRACT_TEST_PG") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            eprintln!("note: RETRACT_TEST_PG is not set; skipping this PostgreSQL test");
            None
        }
    }
}

fn unix_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn fresh_schema() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!(
        "retract_test_{}_{}_{}",
        unix_secs(),
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// Drops the schemas of tests older than ten minutes (once per test process; best effort).
async fn sweep_stale_schemas(url: &str) {
    static SWEPT: AtomicBool = AtomicBool::new(false);
    if SWEPT.swap(true, Ordering::SeqCst) {
        return;
    }
    let Ok((client, conn)) = tokio_postgres::connect(url, tokio_postgres::NoTls).await else {
        return;
    };
    let conn = tokio::spawn(conn);
    let cutoff = unix_secs().saturating_sub(STALE_AFTER_SECS);
    if let Ok(rows) = client
        .query(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'retract\\_test\\_%'",
            &[],
        )
        .await
    {
        for row in rows {
            let name: String = row.get(0);
            let born = name
                .split('_')
                .nth(2)
                .and_then(|s| s.parse::<u64>().ok())
                .unwrap_or(u64::MAX);
            if born < cutoff {
                let _ = client
                    .batch_execute(&format!("DROP SCHEMA IF EXISTS \"{name}\" CASCADE"))
                    .await;
            }
        }
    }
    drop(client);
    let _ = conn.await;
}

async fn store_in(url: &str, schema: &str) -> PgStore {
    PgStore::connect_with(
        url,
        PgOptions {
            schema: Some(schema.to_string()),
            pool_size: 4,
            ..PgOptions::default()
        },
    )
    .await
    .expect("connect to RETRACT_TEST_PG")
}

async fn fresh() -> Option<Arc<dyn Store>> {
    let url = test_url()?;
    sweep_stale_schemas(&url).await;
    Some(Arc::new(store_in(&url, &fresh_schema()).await))
}

// `return` leaves the generated test early when no database is configured.
retract_store::conformance_suite!({
    let Some(store) = fresh().await else { return };
    std::future::ready(store)
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_starting_together_migrate_once_and_seed_once() {
    let Some(url) = test_url() else { return };
    let schema = fresh_schema();
    let nodes = futures_join(
        (0..4)
            .map(|_| {
                let (url, schema) = (url.clone(), schema.clone());
                tokio::spawn(async move { store_in(&url, &schema).await })
            })
            .collect(),
    )
    .await;
    let mut seeded = 0;
    let mut conflicts = 0;
    let tasks: Vec<_> = nodes
        .into_iter()
        .map(|node| tokio::spawn(async move { node.create_workspace("demo", "Demo", 1).await }))
        .collect();
    for result in futures_join(tasks).await {
        match result {
            Ok(_) => seeded += 1,
            Err(StoreError::Conflict(_)) => conflicts += 1,
            Err(other) => panic!("unexpected error: {other}"),
        }
    }
    assert_eq!((seeded, conflicts), (1, 3));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_client_id_through_two_nodes_stores_one_message() {
    let Some(url) = test_url() else { return };
    let schema = fresh_schema();
    let a: Arc<dyn Store> = Arc::new(store_in(&url, &schema).await);
    let b: Arc<dyn Store> = Arc::new(store_in(&url, &schema).await);
    let f = retract_store::conformance::fixture(a.as_ref(), "two-nodes").await;
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let node = if i % 2 == 0 { a.clone() } else { b.clone() };
            let message = retract_store::NewMessage {
                client_id: Some("same".into()),
                ..retract_store::conformance::draft(&f, f.cm, &format!("retry {i}"), 10)
            };
            tokio::spawn(async move { node.send_message(message).await.unwrap() })
        })
        .collect();
    let outcomes = futures_join(tasks).await;
    assert_eq!(outcomes.iter().filter(|o| o.created).count(), 1);
    assert!(outcomes.iter().all(|o| o.message == outcomes[0].message));
    let history = b
        .messages(f.ws, f.conversation, f.guest, None, 50)
        .await
        .unwrap();
    assert_eq!(history.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_ignores_case_and_accents() {
    let Some(store) = fresh().await else { return };
    let f = retract_store::conformance::fixture(store.as_ref(), "accents").await;
    let m = retract_store::conformance::send(
        store.as_ref(),
        &f,
        f.cm,
        "Rendez-vous chez Émile au café, voir example.com",
        10,
    )
    .await;
    for query in [
        "emile",
        "ÉMILE",
        "cafe",
        "café",
        "Caf",
        "example",
        "com",
        "rendez vous",
    ] {
        let hits = store.search(f.ws, f.guest, query, None, 10).await.unwrap();
        assert_eq!(
            hits.iter().map(|h| h.message_id).collect::<Vec<_>>(),
            vec![m.id],
            "{query}"
        );
    }
    assert!(store
        .search(f.ws, f.guest, "emile zzz", None, 10)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn unreachable_server_fails_fast_with_a_clear_error() {
    if test_url().is_none() {
        return;
    }
    // Nothing listens on port 1 of the loopback: refused at once.
    let started = Instant::now();
    let err = PgStore::connect("postgres://postgres@127.0.0.1:1/test")
        .await
        .err()
        .expect("must fail");
    assert!(started.elapsed() < Duration::from_secs(7));
    let text = err.to_string();
    eprintln!("unreachable server: {text}");
    assert!(
        text.contains("cannot connect to PostgreSQL at 127.0.0.1:1/test"),
        "{text}"
    );
    // A server that accepts the connection and then never answers: bounded by the timeout.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = silent.local_addr().expect("addr").port();
    let started = Instant::now();
    let err = PgStore::connect_with(
        &format!("postgres://postgres@127.0.0.1:{port}/test"),
        PgOptions {
            connect_timeout: Duration::from_secs(1),
            ..PgOptions::default()
        },
    )
    .await
    .err()
    .expect("must fail");
    eprintln!("silent server: {err} (after {:?})", started.elapsed());
    assert!(started.elapsed() < Duration::from_secs(5), "{err}");
    drop(silent);
    assert!(matches!(
        PgStore::connect("not a url").await,
        Err(StoreError::Database(_))
    ));
}

async fn futures_join<T: Send + 'static>(tasks: Vec<tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::with_capacity(tasks.len());
    for t in tasks {
        out.push(t.await.expect("task"));
    }
    out
}
