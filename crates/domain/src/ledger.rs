//! The incident ledger: one append-only, hash-chained log per workspace, closed by signed
//! checkpoints (spec L-2), and the commitment it keeps instead of deleted content (L-3).
//!
//! # Export format (ledger format v1)
//!
//! JSON Lines, UTF-8, one object per line (`\n`, a `\r\n` ending is tolerated by the CLI), entries
//! in `seq` order from 1, then exactly one checkpoint, last. Every line is written in the canonical
//! form [`LedgerEntry::to_line`] and [`Checkpoint::to_line`] produce: compact JSON, keys in the
//! order below, no whitespace.
//!
//! ```text
//! {"type":"entry","seq":1,"workspace_id":7,"at":1700000000000,"kind":"incident.opened","incident_id":42,"actor":3,"data":{…},"prev_hash":"00…00","hash":"9f…"}
//! {"type":"checkpoint","workspace_id":7,"seq":1,"head_hash":"9f…","at":1700000000500,"public_key":"…","signature":"…"}
//! ```
//!
//! - `seq` counts from 1 without gaps; `at` is unix milliseconds; `incident_id` and `actor` are
//!   numbers or `null`; `kind` is a string such as those in [`kinds`].
//! - `data` is canonical JSON: compact, object keys sorted by their UTF-8 bytes, strings escaped
//!   only where JSON requires (`"`, `\` and control characters: `\b \t \n \f \r`, others
//!   `\u00xx` in lower case), numbers as `serde_json` prints them. This is what `serde_json`
//!   prints for a `Value` without its `preserve_order` feature, but [`LedgerEntry::to_line`]
//!   sorts keys itself so the form never depends on a Cargo feature.
//! - Hashes, keys and signatures are lower-case hex: 64 digits for SHA-256 digests and Ed25519
//!   public keys, 128 for signatures. The first entry's `prev_hash` is 64 zeros.
//!
//! # What is hashed and signed
//!
//! An entry's `hash` is SHA-256 over the bytes of its own line up to, not including, the final
//! `,"hash":"…"}` — the *body*, which starts with `{"type":"entry",` (that prefix is the domain
//! separation from any other SHA-256 use). Because the hash covers the exact bytes of the line,
//! the verifier takes the body straight from the line: it never re-serialises an entry, and any
//! changed byte of an entry changes its hash. A store must therefore export each entry exactly as
//! [`LedgerEntry::to_line`] writes it (keep the line as text, or keep the fields and call
//! `to_line` again: both give the same bytes; never let a database re-format the JSON).
//!
//! A checkpoint signs, with the workspace's Ed25519 key (`verify_strict`), the 84-byte message
//! `"retract.ledger.checkpoint.v1" ‖ workspace_id (i64 BE) ‖ seq (u64 BE) ‖ head_hash (32 bytes) ‖
//! at (i64 BE)`; `head_hash` is the last entry's hash (64 zeros for an empty ledger, `seq` 0).
//! Anyone may recompute a chain, so the signature is what makes it tamper-evident: pin the
//! expected public key (`retract ledger verify --public-key`) to catch a re-signed export.
//!
//! # Why this design
//!
//! SHA-256 rather than BLAKE3: for ~300-byte inputs SHA-256 with the SHA-NI instructions (which
//! `sha2` detects at run time) measured faster than BLAKE3 on our servers, and it needs no C
//! build. Hashing the line's own bytes keeps verification at one SHA-256, a literal match of the
//! fixed members, a non-allocating `serde_json` validation of `kind` and `data`, and no
//! allocation per entry (see `line.rs`).

use std::fmt::{self, Write as _};

use ed25519_dalek::{Signature, Signer};
pub use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::{IncidentId, Millis, UserId, WorkspaceId};

mod line;
#[cfg(test)]
mod tests;
mod verify;

use line::check_entry_line;
pub use verify::{verify_export, Verifier, VerifyError, VerifyFailure, VerifyReport};

/// The `kind`s the product writes; the ledger itself accepts any string.
pub mod kinds {
    pub const INCIDENT_OPENED: &str = "incident.opened";
    pub const ADVICE: &str = "advice";
    pub const FOLLOWUP: &str = "followup";
    pub const EVIDENCE_READ: &str = "evidence.read";
    pub const STATUS: &str = "status";
    pub const CLOSED: &str = "closed";
    pub const CONTENT_ERASED: &str = "content.erased";
    /// A lead or owner changed the workspace's settings or moderation rules (who, when, what).
    pub const SETTINGS_CHANGED: &str = "settings.changed";
    pub const UNSEND_APPROVED: &str = "unsend.approved";
    pub const UNSEND_REJECTED: &str = "unsend.rejected";
}

const ENTRY_PREFIX: &str = "{\"type\":\"entry\",";
const CHECKPOINT_PREFIX: &str = "{\"type\":\"checkpoint\",";
const CHECKPOINT_CONTEXT: &[u8; 28] = b"retract.ledger.checkpoint.v1";
const COMMITMENT_CONTEXT: &[u8] = b"retract.ledger.commitment.v1\0";

/// A SHA-256 digest: an entry's hash, a chain head. Shown as 64 lower-case hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct LedgerHash(pub [u8; 32]);

impl LedgerHash {
    /// The `prev_hash` of the first entry and the head of an empty ledger.
    pub const ZERO: LedgerHash = LedgerHash([0; 32]);

    pub fn to_hex(&self) -> String {
        let mut out = String::with_capacity(64);
        push_hex(&mut out, &self.0);
        out
    }

    /// Parses exactly 64 lower-case hex digits (upper case is refused: one spelling per hash).
    pub fn from_hex(hex: &str) -> Option<Self> {
        decode_hex(hex.as_bytes()).map(LedgerHash)
    }
}

impl fmt::Display for LedgerHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for LedgerHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LedgerHash({self})")
    }
}

/// One event on a workspace's ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerEntry {
    pub seq: u64,
    pub workspace_id: WorkspaceId,
    pub at: Millis,
    pub kind: String,
    pub incident_id: Option<IncidentId>,
    pub actor: Option<UserId>,
    /// Event details. Never the deleted text: a [`content_commitment`] at most.
    pub data: Value,
    pub prev_hash: LedgerHash,
    pub hash: LedgerHash,
}

/// The fields of an entry about to be appended; the chain supplies `seq` and the hashes.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEntry {
    pub at: Millis,
    pub kind: String,
    pub incident_id: Option<IncidentId>,
    pub actor: Option<UserId>,
    pub data: Value,
}

impl LedgerEntry {
    /// The canonical line (without its `\n`): what the export holds and what `hash` covers.
    pub fn to_line(&self) -> String {
        let mut line = self.body();
        line.push_str(",\"hash\":\"");
        push_hex(&mut line, &self.hash.0);
        line.push_str("\"}");
        line
    }

    /// The hash this entry's fields call for (equal to `hash` for an untouched entry).
    pub fn compute_hash(&self) -> LedgerHash {
        hash_body(self.body().as_bytes())
    }

    /// Reads back one canonical entry line, checking its hash and its canonical form (so that
    /// `to_line` gives the same bytes again). Not the fast path: [`Verifier`] does not allocate.
    pub fn parse_line(line: &str) -> Result<LedgerEntry, VerifyFailure> {
        let (raw, hash) = check_entry_line(line)?;
        let malformed = |e: serde_json::Error| VerifyFailure::Malformed(e.to_string());
        let entry = LedgerEntry {
            seq: raw.seq,
            workspace_id: WorkspaceId(raw.workspace_id),
            at: raw.at,
            kind: serde_json::from_str(raw.kind).map_err(malformed)?,
            incident_id: raw.incident_id.map(IncidentId),
            actor: raw.actor.map(UserId),
            data: serde_json::from_str(raw.data).map_err(malformed)?,
            prev_hash: raw.prev_hash,
            hash,
        };
        if entry.to_line() != line {
            return Err(VerifyFailure::NotCanonical);
        }
        Ok(entry)
    }

    fn body(&self) -> String {
        let mut out = String::with_capacity(256);
        out.push_str(ENTRY_PREFIX);
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "\"seq\":{},\"workspace_id\":{},\"at\":{},\"kind\":",
            self.seq, self.workspace_id.0, self.at
        );
        push_json_str(&mut out, &self.kind);
        out.push_str(",\"incident_id\":");
        push_opt(&mut out, self.incident_id.map(|id| id.0));
        out.push_str(",\"actor\":");
        push_opt(&mut out, self.actor.map(|id| id.0));
        out.push_str(",\"data\":");
        push_canonical(&mut out, &self.data);
        out.push_str(",\"prev_hash\":\"");
        push_hex(&mut out, &self.prev_hash.0);
        out.push('"');
        out
    }
}

/// The head of one workspace's chain: appends the next entry.
///
/// ```
/// use retract_domain::{verify_export, Chain, NewEntry, SigningKey, WorkspaceId};
/// let mut chain = Chain::new(WorkspaceId(7));
/// let entry = chain.append(NewEntry {
///     at: 1_700_000_000_000,
///     kind: "incident.opened".into(),
///     incident_id: None,
///     actor: None,
///     data: serde_json::json!({"reason": "typo"}),
/// });
/// let key = SigningKey::from_bytes(&[1; 32]);
/// let export = [entry.to_line(), chain.checkpoint(&key, 1_700_000_000_001).to_line()];
/// let report = verify_export(export.iter().map(String::as_str), None).unwrap();
/// assert_eq!(report.entries, 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chain {
    workspace_id: WorkspaceId,
    seq: u64,
    head: LedgerHash,
}

impl Chain {
    /// An empty ledger.
    pub fn new(workspace_id: WorkspaceId) -> Self {
        Chain::from_head(workspace_id, 0, LedgerHash::ZERO)
    }

    /// The chain whose last entry is `last` (its workspace's ledger).
    pub fn after(last: &LedgerEntry) -> Self {
        Chain::from_head(last.workspace_id, last.seq, last.hash)
    }

    /// The chain with `seq` entries, the last one hashing to `head` (as a store keeps it).
    pub fn from_head(workspace_id: WorkspaceId, seq: u64, head: LedgerHash) -> Self {
        Chain {
            workspace_id,
            seq,
            head,
        }
    }

    /// `append(prev, new)`: the entry following `prev` (`None`: the workspace's first entry).
    pub fn next_after(
        workspace_id: WorkspaceId,
        prev: Option<&LedgerEntry>,
        new: NewEntry,
    ) -> LedgerEntry {
        match prev {
            Some(last) => Chain::after(last).append(new),
            None => Chain::new(workspace_id).append(new),
        }
    }

    /// Builds the next entry and moves the head to it. The caller persists it; if that fails,
    /// drop this `Chain` and rebuild it from the stored head.
    pub fn append(&mut self, new: NewEntry) -> LedgerEntry {
        let mut entry = LedgerEntry {
            seq: self.seq + 1,
            workspace_id: self.workspace_id,
            at: new.at,
            kind: new.kind,
            incident_id: new.incident_id,
            actor: new.actor,
            data: new.data,
            prev_hash: self.head,
            hash: LedgerHash::ZERO,
        };
        entry.hash = entry.compute_hash();
        self.seq = entry.seq;
        self.head = entry.hash;
        entry
    }

    pub fn workspace_id(&self) -> WorkspaceId {
        self.workspace_id
    }

    /// The number of entries, which is also the last entry's `seq`.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    pub fn head(&self) -> LedgerHash {
        self.head
    }

    /// A checkpoint over the current head, signed with the workspace's key.
    pub fn checkpoint(&self, key: &SigningKey, at: Millis) -> Checkpoint {
        sign_checkpoint(key, self.workspace_id, self.seq, self.head, at)
    }
}

/// A signed statement "workspace W's ledger had `seq` entries ending in `head_hash` at `at`".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub workspace_id: WorkspaceId,
    pub seq: u64,
    pub head_hash: LedgerHash,
    pub at: Millis,
    pub public_key: [u8; 32],
    pub signature: [u8; 64],
}

/// Signs a checkpoint over a chain head with the workspace's Ed25519 key.
pub fn sign_checkpoint(
    key: &SigningKey,
    workspace_id: WorkspaceId,
    seq: u64,
    head_hash: LedgerHash,
    at: Millis,
) -> Checkpoint {
    let message = checkpoint_message(workspace_id, seq, &head_hash, at);
    Checkpoint {
        workspace_id,
        seq,
        head_hash,
        at,
        public_key: key.verifying_key().to_bytes(),
        signature: key.sign(&message).to_bytes(),
    }
}

/// Checks a checkpoint's signature against the public key it carries (strict Ed25519: no
/// malleable signatures, no small-order keys). Pinning the key is the caller's business.
pub fn verify_checkpoint(checkpoint: &Checkpoint) -> Result<(), VerifyFailure> {
    let key = VerifyingKey::from_bytes(&checkpoint.public_key)
        .map_err(|_| VerifyFailure::BadPublicKey)?;
    let message = checkpoint_message(
        checkpoint.workspace_id,
        checkpoint.seq,
        &checkpoint.head_hash,
        checkpoint.at,
    );
    key.verify_strict(&message, &Signature::from_bytes(&checkpoint.signature))
        .map_err(|_| VerifyFailure::BadSignature)
}

/// Parses a public key given as 64 lower-case hex digits (e.g. `--public-key`).
pub fn public_key_from_hex(hex: &str) -> Option<VerifyingKey> {
    VerifyingKey::from_bytes(&decode_hex(hex.as_bytes())?).ok()
}

impl Checkpoint {
    /// The canonical line (without its `\n`).
    pub fn to_line(&self) -> String {
        let mut out = String::with_capacity(330);
        out.push_str(CHECKPOINT_PREFIX);
        let _ = write!(
            out,
            "\"workspace_id\":{},\"seq\":{},\"head_hash\":\"",
            self.workspace_id.0, self.seq
        );
        push_hex(&mut out, &self.head_hash.0);
        let _ = write!(out, "\",\"at\":{},\"public_key\":\"", self.at);
        push_hex(&mut out, &self.public_key);
        out.push_str("\",\"signature\":\"");
        push_hex(&mut out, &self.signature);
        out.push_str("\"}");
        out
    }

    /// Reads one canonical checkpoint line. Does not check the signature ([`verify_checkpoint`]).
    pub fn parse_line(line: &str) -> Result<Checkpoint, VerifyFailure> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw<'a> {
            #[serde(rename = "type")]
            _type: &'a str,
            workspace_id: i64,
            seq: u64,
            head_hash: &'a str,
            at: i64,
            public_key: &'a str,
            signature: &'a str,
        }
        if !line.starts_with(CHECKPOINT_PREFIX) {
            return Err(VerifyFailure::NotALedgerLine);
        }
        let raw: Raw<'_> =
            serde_json::from_str(line).map_err(|e| VerifyFailure::Malformed(e.to_string()))?;
        let checkpoint = Checkpoint {
            workspace_id: WorkspaceId(raw.workspace_id),
            seq: raw.seq,
            head_hash: LedgerHash::from_hex(raw.head_hash)
                .ok_or(VerifyFailure::BadHex("head_hash"))?,
            at: raw.at,
            public_key: decode_hex(raw.public_key.as_bytes())
                .ok_or(VerifyFailure::BadHex("public_key"))?,
            signature: decode_hex(raw.signature.as_bytes())
                .ok_or(VerifyFailure::BadHex("signature"))?,
        };
        // One spelling per checkpoint: no whitespace, no escapes, no reordering.
        if checkpoint.to_line() != line {
            return Err(VerifyFailure::NotCanonical);
        }
        Ok(checkpoint)
    }

    pub fn public_key_hex(&self) -> String {
        let mut out = String::with_capacity(64);
        push_hex(&mut out, &self.public_key);
        out
    }
}

/// The ledger's stand-in for deleted content (L-3): lower-case hex of SHA-256 over
/// `"retract.ledger.commitment.v1\0" ‖ salt ‖ len(content) as u64 BE ‖ content`.
///
/// The salt is secret and lives in the evidence vault (derived from the incident's data key), so
/// nobody can test a guess against the commitment; once the vault key is destroyed, the
/// commitment is unlinkable to any text. The length prefix rules out length-extension tricks.
pub fn content_commitment(content: &[u8], salt: &[u8; 32]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(COMMITMENT_CONTEXT);
    hasher.update(salt);
    hasher.update((content.len() as u64).to_be_bytes());
    hasher.update(content);
    let digest: [u8; 32] = hasher.finalize().into();
    LedgerHash(digest).to_hex()
}

fn checkpoint_message(
    workspace_id: WorkspaceId,
    seq: u64,
    head_hash: &LedgerHash,
    at: Millis,
) -> [u8; 84] {
    let mut message = [0u8; 84];
    message[..28].copy_from_slice(CHECKPOINT_CONTEXT);
    message[28..36].copy_from_slice(&workspace_id.0.to_be_bytes());
    message[36..44].copy_from_slice(&seq.to_be_bytes());
    message[44..76].copy_from_slice(&head_hash.0);
    message[76..84].copy_from_slice(&at.to_be_bytes());
    message
}

fn hash_body(body: &[u8]) -> LedgerHash {
    LedgerHash(Sha256::digest(body).into())
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, bytes: &[u8]) {
    for &b in bytes {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0xf)] as char);
    }
}

/// Each byte's value as a lower-case hex digit, or `0xff`.
static HEX_VALUE: [u8; 256] = {
    let mut table = [0xff; 256];
    let mut i = 0;
    while i < 16 {
        table[HEX[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// Strict lower-case hex of exactly `N` bytes. Table-driven: it runs twice per entry.
fn decode_hex<const N: usize>(hex: &[u8]) -> Option<[u8; N]> {
    if hex.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    let mut invalid = 0u8;
    for (slot, pair) in out.iter_mut().zip(hex.chunks_exact(2)) {
        let (high, low) = (
            HEX_VALUE[usize::from(pair[0])],
            HEX_VALUE[usize::from(pair[1])],
        );
        invalid |= high | low;
        *slot = high << 4 | (low & 0xf);
    }
    (invalid & 0x80 == 0).then_some(out)
}

fn push_opt(out: &mut String, value: Option<i64>) {
    match value {
        Some(v) => {
            let _ = write!(out, "{v}");
        }
        None => out.push_str("null"),
    }
}

/// JSON string with the minimal escaping described in the module docs.
fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Canonical JSON: compact, keys sorted by bytes, whatever `serde_json`'s map type is.
fn push_canonical(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Value::String(s) => push_json_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_canonical(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut members: Vec<(&String, &Value)> = map.iter().collect();
            members.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push('{');
            for (i, (key, item)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_json_str(out, key);
                out.push(':');
                push_canonical(out, item);
            }
            out.push('}');
        }
    }
}
