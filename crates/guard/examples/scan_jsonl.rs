//! Minimal JSONL scanner for iterating on the guard without building the whole CLI:
//! `cargo run --release -p retract-guard --example scan_jsonl -- LEXICON BLOCKED < in.jsonl`.
use std::io::{self, BufRead, Write};

use retract_guard::{Guard, GuardConfig};

fn list(path: Option<String>) -> Vec<String> {
    path.and_then(|p| std::fs::read_to_string(p).ok())
        .map(|t| {
            t.lines()
                .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let config = GuardConfig {
        confidential_terms: list(args.next()),
        blocked_domains: list(args.next()),
        ..GuardConfig::default()
    };
    let guard = match Guard::new(&config) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for line in io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let scan = guard.scan(text);
        let o =
            serde_json::json!({"id": v["id"], "verdict": scan.verdict, "findings": scan.findings});
        let _ = writeln!(out, "{o}");
    }
}
