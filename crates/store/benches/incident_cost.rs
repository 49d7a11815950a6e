//! What an incident adds to an unsend on SQLite: the latency of `remove_message` (tombstone,
//! sealing the evidence, the incident row and its ledger entry, one transaction) next to a plain
//! edit of the same message size, and of a bare ledger append, while 8 tasks keep sending.
//!
//! `cargo bench -p retract-store --bench incident_cost` (bounded: a few thousand operations).

use std::sync::Arc;
use std::time::{Duration, Instant};

use retract_domain::NewEntry;
use retract_store::conformance::{clean_text, fixture, send, unsend, vault};
use retract_store::{SqliteStore, Store};

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index]
}

fn report(name: &str, mut samples: Vec<Duration>) {
    let p50 = percentile(&mut samples, 0.50);
    let p99 = percentile(&mut samples, 0.99);
    println!(
        "{name:<32} n={:<6} p50={:>8.3} ms  p99={:>8.3} ms",
        samples.len(),
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).expect("open"));
        let f = Arc::new(fixture(store.as_ref(), "bench").await);
        let _ = vault(f.ws);
        // Background load: 8 senders for the whole measurement.
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut load = Vec::new();
        for t in 0..8 {
            let (store, f, stop) = (store.clone(), f.clone(), stop.clone());
            load.push(tokio::spawn(async move {
                let mut n = 0u64;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) && n < 50_000 {
                    send(store.as_ref(), &f, f.guest, &format!("charge {t} {n}"), 1).await;
                    n += 1;
                }
                n
            }));
        }
        let rounds = 2_000;
        let (mut edits, mut removals, mut appends) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..rounds {
            let m = send(
                store.as_ref(),
                &f,
                f.cm,
                &format!("message {i} à retirer"),
                10,
            )
            .await;
            let started = Instant::now();
            store
                .edit_message(f.ws, m.id, clean_text(&format!("message {i} corrigé")), 11)
                .await
                .expect("edit");
            edits.push(started.elapsed());
            let started = Instant::now();
            unsend(store.as_ref(), &f, m.id, f.cm, 12).await;
            removals.push(started.elapsed());
            let started = Instant::now();
            store
                .append_ledger(
                    f.ws,
                    NewEntry {
                        at: 13,
                        kind: "followup".into(),
                        incident_id: None,
                        actor: Some(f.cm),
                        data: serde_json::json!({"action": "checklist", "item": "apology"}),
                    },
                )
                .await
                .expect("append");
            appends.push(started.elapsed());
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let mut sent = 0;
        for task in load {
            sent += task.await.unwrap_or(0);
        }
        println!("background sends during the run: {sent}");
        report("edit (baseline write)", edits);
        report("unsend with incident + ledger", removals);
        report("ledger append alone", appends);
    });
}
