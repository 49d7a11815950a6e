//! Quick throughput/latency check without criterion (same configuration as `benches/scan.rs`):
//! `cargo run --release -p retract-guard --example speed [SECONDS]`. Prints messages/s over the
//! development messages (one `scan` call per message), p50/p99/max latency and MB/s over a long
//! text. Also a convenient target for `perf record`.
use std::hint::black_box;
use std::time::{Duration, Instant};

use retract_guard::Guard;

#[path = "../benches/support/mod.rs"]
mod support;

/// CPU time of this thread (user + system), from `/proc/thread-self/stat` (clock ticks of 10 ms);
/// the machine is shared, so wall-clock rates understate what one core does. `None` off Linux.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Run `f` and return (wall, cpu) durations.
fn timed(f: impl FnOnce()) -> (Duration, Duration) {
    let (t, c) = (Instant::now(), cpu_time());
    f();
    let cpu = match (c, cpu_time()) {
        (Some(a), Some(b)) => b - a,
        _ => t.elapsed(),
    };
    (t.elapsed(), cpu)
}

fn main() {
    let secs: f64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3.0);
    let guard: Guard = support::guard();
    if let Ok(path) = std::env::var("SPEED_JSONL") {
        jsonl_split(&guard, &path);
        return;
    }
    let msgs = support::dev_messages();
    // `SPEED_LONG_SCANS=N`: exactly N scans of the long text below, nothing else (for callgrind:
    // the difference between two counts is the cost of the extra scans).
    if let Some(scans) = std::env::var("SPEED_LONG_SCANS")
        .ok()
        .and_then(|p| p.parse::<usize>().ok())
    {
        let long = long_text(&msgs);
        for _ in 0..scans {
            black_box(guard.scan(black_box(&long)));
        }
        return;
    }
    // `SPEED_SLOWEST=N`: the N messages with the highest median scan time (where p99 comes from).
    if let Some(top) = std::env::var("SPEED_SLOWEST")
        .ok()
        .and_then(|p| p.parse::<usize>().ok())
    {
        let mut rows: Vec<(Duration, &String)> = msgs
            .iter()
            .map(|m| {
                let mut t: Vec<Duration> = (0..21)
                    .map(|_| timed(|| drop(black_box(guard.scan(black_box(m))))).0)
                    .collect();
                t.sort_unstable();
                (t[10], m)
            })
            .collect();
        rows.sort_unstable_by_key(|r| std::cmp::Reverse(r.0));
        for (t, m) in rows.iter().take(top) {
            println!("{t:>10.2?}  {}", m.replace('\n', " "));
        }
        return;
    }
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
    let mut n = 0usize;
    let (wall, cpu) = timed(|| {
        let t = Instant::now();
        while t.elapsed() < budget {
            for m in &msgs {
                black_box(guard.scan(black_box(m)));
            }
            n += msgs.len();
        }
    });
    println!(
        "dev messages: {:.0} msgs/s per CPU-second ({:.2} µs/msg CPU; wall {:.0} msgs/s)",
        n as f64 / cpu.as_secs_f64(),
        cpu.as_secs_f64() * 1e6 / n as f64,
        n as f64 / wall.as_secs_f64()
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
    let long = long_text(&msgs);
    let mut bytes = 0usize;
    let (wall, cpu) = timed(|| {
        let t = Instant::now();
        while t.elapsed() < budget {
            black_box(guard.scan(black_box(&long)));
            bytes += long.len();
        }
    });
    println!(
        "long text ({:.1} MB): {:.1} MB/s per CPU-second (wall {:.1} MB/s)",
        long.len() as f64 / 1e6,
        bytes as f64 / 1e6 / cpu.as_secs_f64(),
        bytes as f64 / 1e6 / wall.as_secs_f64()
    );
}

/// The long text: the development messages, one per line, eight times over (0.7 MB).
fn long_text(msgs: &[String]) -> String {
    msgs.iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n")
        .repeat(8)
}

/// `SPEED_JSONL=FILE`: one core, where the time of a `retract scan --format jsonl` run goes —
/// parsing the lines, scanning the texts, writing the result lines (same shapes as the CLI).
fn jsonl_split(guard: &Guard, path: &str) {
    #[derive(serde::Deserialize)]
    struct In<'a> {
        #[serde(borrow)]
        id: std::borrow::Cow<'a, str>,
        #[serde(borrow)]
        text: std::borrow::Cow<'a, str>,
    }
    let input = std::fs::read(path).unwrap_or_default();
    let mut lines: Vec<In> = Vec::new();
    let (_, parse) = timed(|| {
        lines = input
            .split(|&b| b == b'\n')
            .filter_map(|l| serde_json::from_slice(l).ok())
            .collect();
    });
    let mut scans = Vec::new();
    let (_, scan) = timed(|| scans = lines.iter().map(|l| guard.scan(&l.text)).collect());
    let mut out = Vec::with_capacity(input.len());
    let (_, write) = timed(|| {
        for (l, s) in lines.iter().zip(&scans) {
            let findings: Vec<_> = s
                .findings
                .iter()
                .map(|f| {
                    serde_json::json!({"category": f.category, "kind": f.kind, "start": f.start,
                    "end": f.end, "severity": f.severity, "evidence": f.evidence})
                })
                .collect();
            let _ = serde_json::to_writer(
                &mut out,
                &serde_json::json!({"id": l.id, "verdict": s.verdict, "findings": findings}),
            );
            out.push(b'\n');
        }
    });
    let n = lines.len() as f64;
    println!(
        "{} lines, CPU time: parse {:.2?} ({:.0}/s), scan {:.2?} ({:.0} msgs/s), write {:.2?} ({:.0}/s)",
        lines.len(),
        parse,
        n / parse.as_secs_f64(),
        scan,
        n / scan.as_secs_f64(),
        write,
        n / write.as_secs_f64()
    );
}
