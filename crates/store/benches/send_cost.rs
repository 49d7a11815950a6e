//! What an acknowledged send costs the SQLite store, without HTTP: 8 tasks send idempotent
//! messages (each with its own `client_id`, as the API's clients do) into one conversation for a
//! few seconds; prints sends per second and the CPU time per send of the whole process and of
//! the store's writer thread alone.
//!
//! `cargo bench -p retract-store --bench send_cost` (bounded: `SEND_COST_SECONDS`, default 5).

use std::sync::Arc;
use std::time::{Duration, Instant};

use retract_store::conformance::{draft, fixture};
use retract_store::{NewMessage, SqliteStore, Store};

/// `/proc` counts CPU time in clock ticks of 10 ms (`USER_HZ` = 100).
const TICK_US: f64 = 10_000.0;

/// User plus system ticks of a `/proc/.../stat` file.
fn ticks(path: &str) -> u64 {
    let Ok(stat) = std::fs::read_to_string(path) else {
        return 0;
    };
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return 0;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    field(11) + field(12)
}

/// Ticks of this process's thread named `name`.
fn thread_ticks(name: &str) -> u64 {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return 0;
    };
    tasks
        .flatten()
        .filter(|task| {
            std::fs::read_to_string(task.path().join("comm")).is_ok_and(|comm| comm.trim() == name)
        })
        .map(|task| ticks(&task.path().join("stat").to_string_lossy()))
        .sum()
}

fn main() {
    let seconds: u64 = std::env::var("SEND_COST_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).expect("open"));
        let f = Arc::new(fixture(store.as_ref(), "bench").await);
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let (process, writer) = (ticks("/proc/self/stat"), thread_ticks("sqlite-writer"));
        let started = Instant::now();
        let mut tasks = Vec::new();
        for sender in 0..8u32 {
            let (store, f) = (store.clone(), f.clone());
            tasks.push(tokio::spawn(async move {
                let author = [f.cm, f.lead, f.guest][sender as usize % 3];
                let mut sent = 0u64;
                while Instant::now() < deadline {
                    sent += 1;
                    store
                        .send_message(NewMessage {
                            client_id: Some(format!("bench-{sender}-{sent}")),
                            verdict: Some("allow".into()),
                            ..draft(&f, author, &format!("bench message {sent} of {sender}"), 1)
                        })
                        .await
                        .expect("send");
                }
                sent
            }));
        }
        let mut sent = 0;
        for task in tasks {
            sent += task.await.expect("sender");
        }
        let elapsed = started.elapsed().as_secs_f64();
        let process = (ticks("/proc/self/stat") - process) as f64 * TICK_US / sent as f64;
        let writer = (thread_ticks("sqlite-writer") - writer) as f64 * TICK_US / sent as f64;
        println!(
            "{sent} sends in {elapsed:.1} s = {:.0}/s; CPU per send: process {process:.1} µs, writer thread {writer:.1} µs",
            sent as f64 / elapsed
        );
    });
}
