//! Writes a valid ledger export of N generated entries to standard output, signed with a fixed
//! test key (public key printed on standard error), to measure `retract ledger verify` end to end:
//! `cargo run --release -p retract-domain --example ledger_export -- 1000000 > /tmp/ledger.jsonl`

use std::io::{self, BufWriter, Write};

use retract_domain::{Chain, IncidentId, NewEntry, SigningKey, UserId, WorkspaceId};
use serde_json::json;

fn main() -> io::Result<()> {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut chain = Chain::new(WorkspaceId(1));
    for i in 1..=n {
        let data = if i % 5 == 1 {
            json!({"reason": "inaccurate", "conversation_id": i / 5, "commitment": format!("{:064x}", i)})
        } else {
            json!({"recommendation": "edit_instead", "followed": i % 2 == 0, "note": "prix corrigé"})
        };
        let entry = chain.append(NewEntry {
            at: 1_700_000_000_000 + i as i64 * 37,
            kind: [
                "incident.opened",
                "advice",
                "followup",
                "evidence.read",
                "status",
            ][(i % 5) as usize]
                .into(),
            incident_id: Some(IncidentId((i / 5) as i64)),
            actor: Some(UserId((i % 17) as i64)),
            data,
        });
        writeln!(out, "{}", entry.to_line())?;
    }
    let key = SigningKey::from_bytes(&[7; 32]);
    let checkpoint = chain.checkpoint(&key, 1_800_000_000_000);
    writeln!(out, "{}", checkpoint.to_line())?;
    eprintln!("public key {}", checkpoint.public_key_hex());
    out.flush()
}
