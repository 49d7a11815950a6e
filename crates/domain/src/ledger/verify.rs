//! Offline verification of a ledger export (format in the parent module's docs).
//!
//! [`Verifier`] takes one line at a time so a caller can stream a file through one reused buffer;
//! per entry it does one borrowed `serde_json` parse, one SHA-256 and two 32-byte comparisons,
//! with no allocation. It stops at the first bad line and names it (1-based), which is the line a
//! tampering shows up on: a changed byte fails that line's hash (or its parse), a dropped or
//! moved line breaks the `seq` sequence where it happened, a changed or re-signed checkpoint
//! fails its signature or the pinned key.

use super::{check_entry_line, verify_checkpoint, Checkpoint, LedgerHash, CHECKPOINT_PREFIX};
use crate::WorkspaceId;
use ed25519_dalek::VerifyingKey;

/// A verified export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// The number of entries (the checkpoint not counted).
    pub entries: u64,
    pub workspace_id: WorkspaceId,
    pub head_hash: LedgerHash,
    /// The key that signed the checkpoint: compare it with the workspace's published key.
    pub public_key: [u8; 32],
}

/// The first bad line of an export.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct VerifyError {
    /// 1-based; for a missing checkpoint, the line after the last one.
    pub line: u64,
    pub reason: VerifyFailure,
}

/// Why a line does not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyFailure {
    #[error("not a ledger line: expected {{\"type\":\"entry\",… or {{\"type\":\"checkpoint\",…")]
    NotALedgerLine,
    #[error("not valid JSON for a ledger line: {0}")]
    Malformed(String),
    #[error("the line is not in canonical form (spacing, escapes or field order changed)")]
    NotCanonical,
    #[error("the entry's last field must be its \"hash\"")]
    HashNotLast,
    #[error("{0} must be lower-case hexadecimal of the right length")]
    BadHex(&'static str),
    #[error("expected entry seq {expected}, found {found} (a line is missing, repeated or moved)")]
    SeqGap { expected: u64, found: u64 },
    #[error("entry of workspace {found} in the ledger of workspace {expected}")]
    WrongWorkspace { expected: i64, found: i64 },
    #[error("prev_hash is not the hash of the previous entry")]
    PrevHashMismatch,
    #[error("hash does not match the entry's content (the entry was modified)")]
    HashMismatch,
    #[error("checkpoint covers {checkpoint} entries but the export holds {entries}")]
    CheckpointSeq { checkpoint: u64, entries: u64 },
    #[error("checkpoint head_hash is not the hash of the last entry")]
    CheckpointHead,
    #[error("the checkpoint's public key is not a valid Ed25519 key")]
    BadPublicKey,
    #[error("the checkpoint's signature does not verify")]
    BadSignature,
    #[error("checkpoint signed by key {found}, not the expected key {expected}")]
    UnexpectedKey { found: String, expected: String },
    #[error("a line follows the checkpoint, which must be last")]
    AfterCheckpoint,
    #[error("no checkpoint: the export must end with a signed checkpoint line")]
    MissingCheckpoint,
}

/// Streams an export line by line: [`push_line`](Verifier::push_line) each line (without its
/// line ending), then [`finish`](Verifier::finish).
#[derive(Debug)]
pub struct Verifier {
    expected_key: Option<VerifyingKey>,
    line: u64,
    seq: u64,
    head: LedgerHash,
    workspace_id: Option<i64>,
    checkpoint: Option<Checkpoint>,
}

impl Verifier {
    /// `expected_key`: the workspace's public key, if known; without it, any key that signs a
    /// consistent checkpoint is accepted (and reported in [`VerifyReport::public_key`]).
    pub fn new(expected_key: Option<VerifyingKey>) -> Self {
        Verifier {
            expected_key,
            line: 0,
            seq: 0,
            head: LedgerHash::ZERO,
            workspace_id: None,
            checkpoint: None,
        }
    }

    pub fn push_line(&mut self, line: &str) -> Result<(), VerifyError> {
        self.line += 1;
        let result = if self.checkpoint.is_some() {
            Err(VerifyFailure::AfterCheckpoint)
        } else if line.starts_with(CHECKPOINT_PREFIX) {
            self.checkpoint_line(line)
        } else {
            self.entry_line(line)
        };
        result.map_err(|reason| VerifyError {
            line: self.line,
            reason,
        })
    }

    /// Ends the export: it must have ended with a checkpoint.
    pub fn finish(self) -> Result<VerifyReport, VerifyError> {
        match self.checkpoint {
            Some(checkpoint) => Ok(VerifyReport {
                entries: self.seq,
                workspace_id: checkpoint.workspace_id,
                head_hash: self.head,
                public_key: checkpoint.public_key,
            }),
            None => Err(VerifyError {
                line: self.line + 1,
                reason: VerifyFailure::MissingCheckpoint,
            }),
        }
    }

    fn entry_line(&mut self, line: &str) -> Result<(), VerifyFailure> {
        let (raw, hash) = check_entry_line(line)?;
        let expected = self.seq + 1;
        if raw.seq != expected {
            return Err(VerifyFailure::SeqGap {
                expected,
                found: raw.seq,
            });
        }
        self.check_workspace(raw.workspace_id)?;
        if raw.prev_hash != self.head {
            return Err(VerifyFailure::PrevHashMismatch);
        }
        self.seq = expected;
        self.head = hash;
        Ok(())
    }

    fn checkpoint_line(&mut self, line: &str) -> Result<(), VerifyFailure> {
        let checkpoint = Checkpoint::parse_line(line)?;
        self.check_workspace(checkpoint.workspace_id.0)?;
        if checkpoint.seq != self.seq {
            return Err(VerifyFailure::CheckpointSeq {
                checkpoint: checkpoint.seq,
                entries: self.seq,
            });
        }
        if checkpoint.head_hash != self.head {
            return Err(VerifyFailure::CheckpointHead);
        }
        verify_checkpoint(&checkpoint)?;
        if let Some(expected) = &self.expected_key {
            if expected.as_bytes() != &checkpoint.public_key {
                return Err(VerifyFailure::UnexpectedKey {
                    found: checkpoint.public_key_hex(),
                    expected: LedgerHash(expected.to_bytes()).to_hex(),
                });
            }
        }
        self.checkpoint = Some(checkpoint);
        Ok(())
    }

    fn check_workspace(&mut self, found: i64) -> Result<(), VerifyFailure> {
        match self.workspace_id {
            Some(expected) if expected != found => {
                Err(VerifyFailure::WrongWorkspace { expected, found })
            }
            Some(_) => Ok(()),
            None => {
                self.workspace_id = Some(found);
                Ok(())
            }
        }
    }
}

/// Verifies a whole export given as lines (without line endings), e.g. `text.lines()`.
pub fn verify_export<'a, I>(
    lines: I,
    expected_key: Option<VerifyingKey>,
) -> Result<VerifyReport, VerifyError>
where
    I: IntoIterator<Item = &'a str>,
{
    let mut verifier = Verifier::new(expected_key);
    for line in lines {
        verifier.push_line(line)?;
    }
    verifier.finish()
}
