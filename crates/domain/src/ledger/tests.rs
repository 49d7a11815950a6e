use proptest::prelude::*;
use serde_json::json;

use super::*;

const WS: WorkspaceId = WorkspaceId(7);

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

fn new_entry(i: u64, data: Value) -> NewEntry {
    NewEntry {
        at: 1_700_000_000_000 + i as i64,
        kind: kinds::ADVICE.into(),
        incident_id: Some(IncidentId(i as i64 / 3)),
        actor: [Some(UserId(3)), None][(i % 2) as usize],
        data,
    }
}

/// `n` entries and a checkpoint signed by `signer`, one line each.
fn export_with(n: u64, signer: &SigningKey) -> Vec<String> {
    let mut chain = Chain::new(WS);
    let mut lines: Vec<String> = (1..=n)
        .map(|i| {
            let data = json!({"recommendation": "edit_instead", "followed": i % 3 == 0, "n": i});
            chain.append(new_entry(i, data)).to_line()
        })
        .collect();
    lines.push(chain.checkpoint(signer, 1_800_000_000_000).to_line());
    lines
}

fn verify(lines: &[String], expected: Option<&SigningKey>) -> Result<VerifyReport, VerifyError> {
    verify_export(
        lines.iter().map(String::as_str),
        expected.map(SigningKey::verifying_key),
    )
}

fn failing_line(lines: &[String], expected: Option<&SigningKey>) -> u64 {
    match verify(lines, expected) {
        Ok(report) => panic!("tampered export verified: {report:?}"),
        Err(err) => err.line,
    }
}

#[test]
fn an_untouched_export_verifies() {
    let lines = export_with(5, &key(1));
    let report = verify(&lines, Some(&key(1))).unwrap();
    assert_eq!(report.entries, 5);
    assert_eq!(report.workspace_id, WS);
    assert_eq!(report.public_key, key(1).verifying_key().to_bytes());
}

#[test]
fn an_empty_ledger_has_a_checkpoint_over_zeros() {
    let lines = vec![Chain::new(WS).checkpoint(&key(1), 0).to_line()];
    assert_eq!(verify(&lines, None).unwrap().entries, 0);
}

#[test]
fn the_line_format_is_the_documented_one() {
    let mut chain = Chain::new(WS);
    let entry = chain.append(NewEntry {
        at: 5,
        kind: "incident.opened".into(),
        incident_id: Some(IncidentId(42)),
        actor: None,
        data: json!({"b": "x\"\n\u{1}é", "a": [1, 2.5, null, true]}),
    });
    let line = entry.to_line();
    let body = concat!(
        r#"{"type":"entry","seq":1,"workspace_id":7,"at":5,"kind":"incident.opened","#,
        r#""incident_id":42,"actor":null,"data":{"a":[1,2.5,null,true],"b":"x\"\n\u0001é"},"#,
        r#""prev_hash":"0000000000000000000000000000000000000000000000000000000000000000""#
    );
    assert!(line.starts_with(body), "{line}");
    let expected_hash: [u8; 32] = Sha256::digest(body.as_bytes()).into();
    assert_eq!(entry.hash, LedgerHash(expected_hash));
    assert_eq!(line, format!("{body},\"hash\":\"{}\"}}", entry.hash));
    // serde_json agrees on the canonical form of the data.
    assert_eq!(
        serde_json::to_string(&entry.data).unwrap(),
        r#"{"a":[1,2.5,null,true],"b":"x\"\n\u0001é"}"#
    );
    assert_eq!(LedgerEntry::parse_line(&line).unwrap(), entry);

    let checkpoint = chain.checkpoint(&key(1), 9).to_line();
    assert!(checkpoint.starts_with(&format!(
        r#"{{"type":"checkpoint","workspace_id":7,"seq":1,"head_hash":"{}","at":9,"public_key":""#,
        entry.hash
    )));
}

#[test]
fn a_flipped_byte_is_caught_on_its_line() {
    let lines = export_with(4, &key(1));
    for target in 0..lines.len() {
        let mut tampered = lines.clone();
        // A digit of `at` in an entry, a hex digit of the signature in the checkpoint.
        let pos = tampered[target].find("\"at\":").unwrap() + 6;
        let mut bytes = tampered[target].clone().into_bytes();
        bytes[pos] = if bytes[pos] == b'1' { b'2' } else { b'1' };
        tampered[target] = String::from_utf8(bytes).unwrap();
        assert_eq!(failing_line(&tampered, None), target as u64 + 1);
    }
}

#[test]
fn a_dropped_line_is_caught_where_it_was() {
    let lines = export_with(4, &key(1));
    for target in 0..lines.len() {
        let mut tampered = lines.clone();
        tampered.remove(target);
        let err = verify(&tampered, None).unwrap_err();
        assert_eq!(err.line, target as u64 + 1, "{err}");
    }
    let err = verify(&lines[..4], None).unwrap_err();
    assert_eq!(err.reason, VerifyFailure::MissingCheckpoint);
    assert_eq!(err.to_string(), format!("line 5: {}", err.reason));
}

#[test]
fn two_reordered_lines_are_caught_at_the_first() {
    let lines = export_with(4, &key(1));
    let mut tampered = lines.clone();
    tampered.swap(1, 2);
    let err = verify(&tampered, None).unwrap_err();
    assert_eq!(err.line, 2);
    assert_eq!(
        err.reason,
        VerifyFailure::SeqGap {
            expected: 2,
            found: 3
        }
    );
}

#[test]
fn a_swapped_key_is_caught_when_the_key_is_pinned() {
    let lines = export_with(3, &key(1));
    let mut resigned = lines.clone();
    let original = Checkpoint::parse_line(&lines[3]).unwrap();
    resigned[3] = sign_checkpoint(
        &key(2),
        original.workspace_id,
        original.seq,
        original.head_hash,
        original.at,
    )
    .to_line();
    // Re-signing makes a consistent export under another key: only pinning the key tells.
    assert!(verify(&resigned, None).is_ok());
    let err = verify(&resigned, Some(&key(1))).unwrap_err();
    assert_eq!(err.line, 4);
    assert!(matches!(err.reason, VerifyFailure::UnexpectedKey { .. }));

    // Swapping the key without the matching signature fails even unpinned.
    let mut swapped = original.clone();
    swapped.public_key = key(2).verifying_key().to_bytes();
    let mut tampered = lines.clone();
    tampered[3] = swapped.to_line();
    assert_eq!(
        verify(&tampered, None).unwrap_err(),
        VerifyError {
            line: 4,
            reason: VerifyFailure::BadSignature
        }
    );
}

#[test]
fn a_rehashed_rewrite_is_caught_by_the_checkpoint() {
    let lines = export_with(3, &key(1));
    let mut chain = Chain::new(WS);
    let mut rewritten: Vec<String> = (1..=3)
        .map(|i| {
            chain
                .append(new_entry(i, json!({"rewritten": i})))
                .to_line()
        })
        .collect();
    rewritten.push(lines[3].clone());
    let err = verify(&rewritten, None).unwrap_err();
    assert_eq!((err.line, err.reason), (4, VerifyFailure::CheckpointHead));
}

#[test]
fn lines_after_the_checkpoint_and_other_workspaces_are_refused() {
    let mut lines = export_with(2, &key(1));
    lines.push(lines[0].clone());
    assert_eq!(
        verify(&lines, None).unwrap_err().reason,
        VerifyFailure::AfterCheckpoint
    );

    let base = export_with(1, &key(1));
    let first = LedgerEntry::parse_line(&base[0]).unwrap();
    let mut other = Chain::from_head(WorkspaceId(8), 1, first.hash);
    let foreign = other.append(new_entry(2, json!({}))).to_line();
    let mixed = vec![base[0].clone(), foreign, base[1].clone()];
    assert_eq!(
        verify(&mixed, None).unwrap_err().reason,
        VerifyFailure::WrongWorkspace {
            expected: 7,
            found: 8
        }
    );
}

#[test]
fn non_canonical_spellings_are_refused() {
    let lines = export_with(1, &key(1));
    let hash = &lines[0][lines[0].len() - 66..lines[0].len() - 2];
    let upper = lines[0].replace(hash, &hash.to_uppercase());
    assert_eq!(
        LedgerEntry::parse_line(&upper).unwrap_err(),
        VerifyFailure::BadHex("hash")
    );
    let spaced = lines[1].replacen(",\"seq\"", ", \"seq\"", 1);
    assert_eq!(
        Checkpoint::parse_line(&spaced).unwrap_err(),
        VerifyFailure::NotCanonical
    );
    assert!(verify(&[lines[0].clone(), format!("{} ", lines[1])], None).is_err());
    assert!(verify(&[format!("{} ", lines[0]), lines[1].clone()], None).is_err());
}

#[test]
fn commitments_depend_on_salt_and_content() {
    let a = content_commitment(b"le prix est 12 EUR", &[1; 32]);
    assert_eq!(a.len(), 64);
    assert_eq!(a, content_commitment(b"le prix est 12 EUR", &[1; 32]));
    assert_ne!(a, content_commitment(b"le prix est 13 EUR", &[1; 32]));
    assert_ne!(a, content_commitment(b"le prix est 12 EUR", &[2; 32]));
}

fn data_strategy() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Tamper {
    None,
    /// Position (scaled to the text), xor mask.
    FlipByte(prop::sample::Index, u8),
    Drop(prop::sample::Index),
    Swap(prop::sample::Index, prop::sample::Index),
    Duplicate(prop::sample::Index),
}

fn tamper_strategy() -> impl Strategy<Value = Tamper> {
    prop_oneof![
        Just(Tamper::None),
        (any::<prop::sample::Index>(), 1u8..=255).prop_map(|(i, x)| Tamper::FlipByte(i, x)),
        any::<prop::sample::Index>().prop_map(Tamper::Drop),
        (any::<prop::sample::Index>(), any::<prop::sample::Index>())
            .prop_map(|(a, b)| Tamper::Swap(a, b)),
        any::<prop::sample::Index>().prop_map(Tamper::Duplicate),
    ]
}

proptest! {
    /// The ledger verifies iff untouched, and a tampering is reported on the line it hit.
    #[test]
    fn the_ledger_verifies_iff_untouched(
        data in prop::collection::vec(data_strategy(), 0..12),
        kinds in prop::collection::vec("[a-z.\"\\\\é\n]{0,12}", 12),
        tamper in tamper_strategy(),
    ) {
        let mut chain = Chain::new(WS);
        let mut lines: Vec<String> = data.iter().zip(&kinds).enumerate().map(|(i, (d, kind))| {
            let mut entry = new_entry(i as u64, d.clone());
            entry.kind = kind.clone();
            chain.append(entry).to_line()
        }).collect();
        for line in &lines {
            prop_assert!(LedgerEntry::parse_line(line).is_ok(), "{}", line);
        }
        lines.push(chain.checkpoint(&key(1), 99).to_line());
        let n = lines.len();
        let (text, expected_line) = match tamper {
            Tamper::None => (lines.join("\n") + "\n", None),
            Tamper::FlipByte(at, mask) => {
                let mut bytes = (lines.join("\n") + "\n").into_bytes();
                let pos = at.index(bytes.len());
                bytes[pos] ^= mask;
                let line = 1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u64;
                (String::from_utf8_lossy(&bytes).into_owned(), Some(line))
            }
            Tamper::Drop(at) => {
                let i = at.index(n);
                lines.remove(i);
                (lines.join("\n") + "\n", Some(i as u64 + 1))
            }
            Tamper::Swap(a, b) => {
                let (a, b) = (a.index(n), b.index(n));
                lines.swap(a, b);
                (lines.join("\n") + "\n", (a != b).then_some(a.min(b) as u64 + 1))
            }
            Tamper::Duplicate(at) => {
                let i = at.index(n);
                lines.insert(i + 1, lines[i].clone());
                (lines.join("\n") + "\n", Some(i as u64 + 2))
            }
        };
        let result = verify_export(text.lines(), Some(key(1).verifying_key()));
        match expected_line {
            None => prop_assert_eq!(result.map(|r| r.entries), Ok(data.len() as u64)),
            Some(line) => prop_assert_eq!(result.map_err(|e| e.line), Err(line)),
        }
    }
}
