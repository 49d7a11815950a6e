//! Quick throughput/latency check without criterion (same configuration as `benches/scan.rs`):
//! `cargo run --release -p retract-guard --example speed [SECONDS]`. Prints messages/s over the
//! development messages (one `scan` call per message), p50/p99/max latency and MB/s over a long
//! text. Also a convenient target for `perf record`.
use std::hint::black_box;
use std::time::{Duration, Instant};

use retract_guard::Guard;

#[path = "../benches/support/mod.rs"]
mod support;

fn main() {
    let secs: f64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3.0);
    let guard: Guard = support::guard();
    let msgs = support::dev_messages();
    // `SPEED_PASSES=N`: exactly N passes over the messages, nothing else (for `perf stat`).
    if let Some(passes) = std::env::var("SPEED_PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
    {
        for _ in 0..passes {
            for m in &msgs {
                black_box(guard.scan(black_box(m)));
            }
        }
        return;
    }
    let budget = Duration::from_secs_f64(secs);
    // Throughput: whole passes over the messages.
    let t = Instant::now();
    let mut n = 0usize;
    while t.elapsed() < budget {
        for m in &msgs {
            black_box(guard.scan(black_box(m)));
        }
        n += msgs.len();
    }
    let el = t.elapsed().as_secs_f64();
    println!(
        "dev messages: {:.0} msgs/s one core ({:.2} µs/msg)",
        n as f64 / el,
        el * 1e6 / n as f64
    );
    // Latency percentiles (messages of ≤ 500 chars).
    let short: Vec<&String> = msgs.iter().filter(|m| m.chars().count() <= 500).collect();
    let mut samples = Vec::with_capacity(short.len() * 50);
    for _ in 0..50 {
        for m in &short {
            let t = Instant::now();
            black_box(guard.scan(black_box(m)));
            samples.push(t.elapsed());
        }
    }
    samples.sort_unstable();
    let pct = |p: f64| samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)];
    println!(
        "latency: p50 {:.2?}  p99 {:.2?}  max {:.2?}",
        pct(0.5),
        pct(0.99),
        samples[samples.len() - 1]
    );
    if std::env::var_os("SPEED_SKIP_LONG").is_some() {
        return;
    }
    let long: String = msgs
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n")
        .repeat(8);
    let t = Instant::now();
    let mut bytes = 0usize;
    while t.elapsed() < budget {
        black_box(guard.scan(black_box(&long)));
        bytes += long.len();
    }
    println!(
        "long text ({:.1} MB): {:.1} MB/s",
        long.len() as f64 / 1e6,
        bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
    );
}
