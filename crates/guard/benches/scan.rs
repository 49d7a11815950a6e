//! Guard throughput and latency with the full rule set and a 10,000-term lexicon.
//!
//! `cargo bench -p retract-guard --bench scan` — scans the development messages
//! (`../shared/eval/guard-dev.jsonl` next to the repository) one `scan` call per message, measures
//! MB/s over a long text, then prints per-message latency percentiles (p50/p99/max).
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion, Throughput};
mod support;
use support::{dev_messages, guard};

fn bench(c: &mut Criterion) {
    let guard = guard();
    let msgs = dev_messages();
    let mut g = c.benchmark_group("guard");
    g.throughput(Throughput::Elements(msgs.len() as u64));
    g.bench_function("dev_messages", |b| {
        b.iter(|| {
            for m in &msgs {
                black_box(guard.scan(black_box(m)));
            }
        })
    });
    let long: String = msgs.join("\n").repeat(8);
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("long_text", |b| {
        b.iter(|| black_box(guard.scan(black_box(&long))))
    });
    g.finish();
}

/// Per-message latency percentiles (criterion reports means, the issue asks for p99).
fn latency() {
    let guard = guard();
    let msgs = dev_messages();
    let mut samples: Vec<Duration> = Vec::with_capacity(msgs.len() * 50);
    for _ in 0..50 {
        for m in &msgs {
            let t = Instant::now();
            black_box(guard.scan(black_box(m)));
            samples.push(t.elapsed());
        }
    }
    samples.sort_unstable();
    let pct = |p: f64| samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)];
    let total: Duration = samples.iter().sum();
    println!(
        "latency over {} scans: mean {:.2?}  p50 {:.2?}  p99 {:.2?}  max {:.2?}  ({:.0} msgs/s one core)",
        samples.len(),
        total / samples.len() as u32,
        pct(0.50),
        pct(0.99),
        samples[samples.len() - 1],
        samples.len() as f64 / total.as_secs_f64()
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_secs(1));
    targets = bench
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    latency();
}
