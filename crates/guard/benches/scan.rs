//! Guard throughput and latency with the full rule set and a 10,000-term lexicon.
//!
//! `cargo bench -p retract-guard --bench scan` — scans the development messages
//! (`../shared/eval/guard-dev.jsonl` next to the repository) one `scan` call per message, measures
//! MB/s over a long text, then prints per-message latency percentiles (p50/p99/max).
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion, Throughput};
use retract_guard::{Guard, GuardConfig};

fn dev_messages() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/eval/guard-dev.jsonl"
    );
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    if out.is_empty() {
        out = vec![
            "Rappelez la cliente au 06 12 34 56 78 avant 18 h.".into(),
            "Merci pour votre message, le colis part demain 😊".into(),
            "mdp : Panda871$ et https://bit.ly/x".into(),
        ];
    }
    out
}

/// A deterministic 10,000-term lexicon (two or three pseudo-words, some with digits).
fn big_lexicon() -> Vec<String> {
    let syll = [
        "ka", "lo", "mi", "ra", "ve", "to", "su", "ne", "bri", "cor", "dal", "fen", "gor", "hel",
        "jun", "lys",
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut word = |n: usize| -> String {
        let mut w = String::new();
        for _ in 0..n {
            w.push_str(syll[(next() % syll.len() as u64) as usize]);
        }
        w
    };
    let mut terms: Vec<String> = [
        "Projet Aurore",
        "NOVA-7",
        "Opération Colibri",
        "Lumen X2",
        "Helios Partners",
        "Plan Mistral",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    while terms.len() < 10_000 {
        let t = match terms.len() % 3 {
            0 => format!("Projet {}", word(3)),
            1 => format!("{} {}", word(2), word(3)),
            _ => format!("{}-{}", word(3).to_uppercase(), terms.len() % 97),
        };
        terms.push(t);
    }
    terms
}

fn guard() -> Guard {
    let config = GuardConfig {
        confidential_terms: big_lexicon(),
        blocked_domains: vec![
            "cadeaux-gratuits-2025.xyz".into(),
            "free-giftcard-claim.top".into(),
        ],
        brand_domains: vec!["atelier-seve.fr".into()],
        ..GuardConfig::default()
    };
    Guard::new(&config).expect("bench config compiles")
}

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
