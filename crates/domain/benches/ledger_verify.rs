//! `verify_export` over 1,000,000 generated entries (the bar: ≥ 1,000,000 entries/s on
//! one core). Run: `cargo bench -p retract-domain --bench ledger_verify`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use retract_domain::{verify_export, Chain, IncidentId, NewEntry, SigningKey, UserId, WorkspaceId};
use serde_json::json;

const ENTRIES: u64 = 1_000_000;

/// A realistic mix: the kinds an incident goes through, data with a commitment every few lines.
fn generate(n: u64) -> Vec<String> {
    const KINDS: [&str; 5] = [
        "incident.opened",
        "advice",
        "followup",
        "evidence.read",
        "status",
    ];
    let mut chain = Chain::new(WorkspaceId(1));
    let mut lines = Vec::with_capacity(n as usize + 1);
    for i in 1..=n {
        let kind = KINDS[(i % 5) as usize];
        let data = if i % 5 == 1 {
            json!({"reason": "inaccurate", "conversation_id": i / 5, "commitment": format!("{:064x}", i)})
        } else {
            json!({"recommendation": "edit_instead", "followed": i % 2 == 0, "note": "prix corrigé"})
        };
        let entry = chain.append(NewEntry {
            at: 1_700_000_000_000 + i as i64 * 37,
            kind: kind.into(),
            incident_id: Some(IncidentId((i / 5) as i64)),
            actor: Some(UserId((i % 17) as i64)),
            data,
        });
        lines.push(entry.to_line());
    }
    let key = SigningKey::from_bytes(&[7; 32]);
    lines.push(chain.checkpoint(&key, 1_800_000_000_000).to_line());
    lines
}

fn bench(c: &mut Criterion) {
    let lines = generate(ENTRIES);
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    eprintln!(
        "{ENTRIES} entries, {:.1} MB, {:.0} bytes/line",
        bytes as f64 / 1e6,
        bytes as f64 / lines.len() as f64
    );
    let key = SigningKey::from_bytes(&[7; 32]).verifying_key();
    let mut group = c.benchmark_group("ledger");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ENTRIES));
    group.bench_function("verify_export_1M", |b| {
        b.iter(|| {
            let report = verify_export(lines.iter().map(String::as_str), Some(key));
            assert_eq!(report.map(|r| r.entries), Ok(ENTRIES));
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
