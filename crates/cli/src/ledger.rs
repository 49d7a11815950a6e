//! `retract ledger verify FILE`: checks an exported incident ledger offline.
//!
//! The export (`GET /ledger/export`) is JSON Lines: the workspace's entries in `seq` order, then
//! one signed checkpoint (format: `retract_domain::LedgerEntry` and the `ledger` module docs).
//! The command checks every entry's hash, the chain of `prev_hash`es, the `seq` numbering, and the
//! checkpoint's Ed25519 signature over the last hash; it prints `ok N entries` (in French `ok N
//! entrées`) and exits 0, or fails with `line N: reason` for the first bad line. Without `--public-key` any signer is
//! accepted and its key is printed on standard error, since a forger could rebuild and re-sign
//! a whole export: compare it with the workspace's key, or pass it to pin it.
//!
//! Lines stream through one reused buffer (no allocation per entry) from a 1 MiB `BufReader`; the
//! work per line is the domain `Verifier`'s (one parse, one SHA-256). A `\r\n` ending is accepted.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use anyhow::Context;
use retract_domain::{
    public_key_from_hex, Verifier, VerifyError, VerifyFailure, VerifyReport, VerifyingKey,
};

use crate::i18n::{t, Text};

/// Work with exported incident ledgers.
#[derive(clap::Args, Debug)]
pub struct LedgerArgs {
    #[command(subcommand)]
    command: LedgerCommand,
}

#[derive(clap::Subcommand, Debug)]
enum LedgerCommand {
    /// Verify an exported ledger offline: hashes, chain, numbering and the signed checkpoint.
    Verify(VerifyArgs),
}

#[derive(clap::Args, Debug)]
struct VerifyArgs {
    /// The export from `GET /ledger/export` (JSON Lines, checkpoint last); `-` reads stdin.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The workspace's Ed25519 public key (64 hex digits): refuse a checkpoint signed by another.
    #[arg(long, value_name = "HEX")]
    public_key: Option<String>,
}

pub fn run(args: LedgerArgs) -> anyhow::Result<()> {
    match args.command {
        LedgerCommand::Verify(args) => verify(&args),
    }
}

fn verify(args: &VerifyArgs) -> anyhow::Result<()> {
    let expected = match &args.public_key {
        Some(hex) => {
            Some(public_key_from_hex(hex.trim()).ok_or_else(|| t("ledger-bad-public-key-option"))?)
        }
        None => None,
    };
    let report = verify_file(&args.file, expected)?;
    println!("{}", t("ledger-ok").num("entries", report.entries));
    if expected.is_none() {
        eprintln!(
            "{}",
            t("ledger-signed-by").arg("key", hex(&report.public_key))
        );
    }
    Ok(())
}

/// The first bad line of an export, said in the run's language (the domain's [`VerifyError`]
/// speaks English only).
#[derive(Debug)]
pub struct BadLine {
    /// 1-based; for a missing checkpoint, the line after the last one.
    pub line: u64,
    pub problem: LineProblem,
}

#[derive(Debug)]
pub enum LineProblem {
    NotUtf8,
    Verify(VerifyFailure),
}

impl From<VerifyError> for BadLine {
    fn from(err: VerifyError) -> Self {
        BadLine {
            line: err.line,
            problem: LineProblem::Verify(err.reason),
        }
    }
}

impl std::fmt::Display for BadLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = match &self.problem {
            LineProblem::NotUtf8 => t("ledger-not-utf8"),
            LineProblem::Verify(failure) => failure_text(failure),
        };
        write!(
            f,
            "{}",
            t("ledger-line")
                .arg("line", self.line)
                .arg("reason", reason)
        )
    }
}

impl std::error::Error for BadLine {}

fn failure_text(failure: &VerifyFailure) -> Text {
    match failure {
        VerifyFailure::NotALedgerLine => t("ledger-not-a-ledger-line"),
        // The JSON parser's own words stay as it gives them.
        VerifyFailure::Malformed(reason) => t("ledger-malformed").arg("reason", reason),
        VerifyFailure::NotCanonical => t("ledger-not-canonical"),
        VerifyFailure::HashNotLast => t("ledger-hash-not-last"),
        VerifyFailure::BadHex(field) => t("ledger-bad-hex").arg("field", field),
        VerifyFailure::SeqGap { expected, found } => t("ledger-seq-gap")
            .arg("expected", expected)
            .arg("found", found),
        VerifyFailure::WrongWorkspace { expected, found } => t("ledger-wrong-workspace")
            .arg("expected", expected)
            .arg("found", found),
        VerifyFailure::PrevHashMismatch => t("ledger-prev-hash-mismatch"),
        VerifyFailure::HashMismatch => t("ledger-hash-mismatch"),
        VerifyFailure::CheckpointSeq {
            checkpoint,
            entries,
        } => t("ledger-checkpoint-seq")
            .arg("checkpoint", checkpoint)
            .arg("entries", entries),
        VerifyFailure::CheckpointHead => t("ledger-checkpoint-head"),
        VerifyFailure::BadPublicKey => t("ledger-bad-checkpoint-key"),
        VerifyFailure::BadSignature => t("ledger-bad-signature"),
        VerifyFailure::UnexpectedKey { found, expected } => t("ledger-unexpected-key")
            .arg("found", found)
            .arg("expected", expected),
        VerifyFailure::AfterCheckpoint => t("ledger-after-checkpoint"),
        VerifyFailure::MissingCheckpoint => t("ledger-missing-checkpoint"),
    }
}

/// Verifies an export file (`-`: standard input). A bad line comes back as a [`BadLine`]
/// (downcast the error to read its line), a read failure as an I/O error with the path.
pub fn verify_file(path: &Path, expected: Option<VerifyingKey>) -> anyhow::Result<VerifyReport> {
    const BUFFER: usize = 1 << 20;
    if path == Path::new("-") {
        let stdin = io::stdin().lock();
        return verify_reader(BufReader::with_capacity(BUFFER, stdin), expected)
            .with_context(|| t("ledger-cannot-verify-stdin"));
    }
    let file =
        File::open(path).with_context(|| t("ledger-cannot-open").arg("path", path.display()))?;
    verify_reader(BufReader::with_capacity(BUFFER, file), expected)
        .with_context(|| t("ledger-cannot-verify").arg("path", path.display()))
}

fn verify_reader(
    mut reader: impl BufRead,
    expected: Option<VerifyingKey>,
) -> anyhow::Result<VerifyReport> {
    let mut verifier = Verifier::new(expected);
    let mut buf = Vec::with_capacity(4096);
    let mut line_number = 0u64;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line_number += 1;
        let line = match buf.strip_suffix(b"\n") {
            Some(line) => line.strip_suffix(b"\r").unwrap_or(line),
            None => &buf,
        };
        let line = std::str::from_utf8(line).map_err(|_| BadLine {
            line: line_number,
            problem: LineProblem::NotUtf8,
        })?;
        verifier.push_line(line).map_err(BadLine::from)?;
    }
    Ok(verifier.finish().map_err(BadLine::from)?)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use retract_domain::{Chain, NewEntry, SigningKey, WorkspaceId};
    use std::io::Write;

    fn export(n: u64, signer: &SigningKey) -> Vec<String> {
        let mut chain = Chain::new(WorkspaceId(3));
        let mut lines: Vec<String> = (1..=n)
            .map(|i| {
                chain
                    .append(NewEntry {
                        at: 1_700_000_000_000 + i as i64,
                        kind: "followup".into(),
                        incident_id: None,
                        actor: None,
                        data: serde_json::json!({"item": "apology", "i": i}),
                    })
                    .to_line()
            })
            .collect();
        lines.push(chain.checkpoint(signer, 1_800_000_000_000).to_line());
        lines
    }

    fn write(contents: &[u8]) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(contents).unwrap();
        file
    }

    fn joined(lines: &[String]) -> Vec<u8> {
        (lines.join("\n") + "\n").into_bytes()
    }

    fn bad_line(contents: &[u8], expected: Option<&SigningKey>) -> u64 {
        let file = write(contents);
        let err = verify_file(file.path(), expected.map(SigningKey::verifying_key)).unwrap_err();
        let line = err.downcast_ref::<BadLine>().unwrap().line;
        // What `retract` prints: the context, then the line and reason.
        assert!(
            format!("{err:#}").contains(&format!(": line {line}: ")),
            "{err:#}"
        );
        line
    }

    #[test]
    fn a_good_export_verifies_with_lf_or_crlf_endings() {
        let key = SigningKey::from_bytes(&[1; 32]);
        let lines = export(50, &key);
        let file = write(&joined(&lines));
        let report = verify_file(file.path(), Some(key.verifying_key())).unwrap();
        assert_eq!(report.entries, 50);
        let crlf = write((lines.join("\r\n") + "\r\n").as_bytes());
        assert_eq!(verify_file(crlf.path(), None).unwrap().entries, 50);
        let no_final_newline = write(lines.join("\n").as_bytes());
        assert_eq!(
            verify_file(no_final_newline.path(), None).unwrap().entries,
            50
        );
    }

    #[test]
    fn tampering_is_reported_on_its_line() {
        let key = SigningKey::from_bytes(&[1; 32]);
        let lines = export(6, &key);

        let mut flipped = joined(&lines);
        let third = lines[0].len() + lines[1].len() + 2;
        flipped[third + 40] ^= 1;
        assert_eq!(bad_line(&flipped, None), 3);

        let mut dropped = lines.clone();
        dropped.remove(4);
        assert_eq!(bad_line(&joined(&dropped), None), 5);

        let mut reordered = lines.clone();
        reordered.swap(1, 5);
        assert_eq!(bad_line(&joined(&reordered), None), 2);

        let mut resigned = export(6, &SigningKey::from_bytes(&[2; 32]));
        assert!(verify_file(write(&joined(&resigned)).path(), None).is_ok());
        assert_eq!(bad_line(&joined(&resigned), Some(&key)), 7);

        resigned.truncate(6);
        assert_eq!(bad_line(&joined(&resigned), None), 7);

        let mut not_utf8 = joined(&lines);
        not_utf8[lines[0].len() + 20] = 0xff;
        assert_eq!(bad_line(&not_utf8, None), 2);
        assert_eq!(bad_line(b"", None), 1);
    }

    #[test]
    fn a_missing_file_is_a_clear_error() {
        let err = verify_file(Path::new("/nonexistent/ledger.jsonl"), None).unwrap_err();
        assert!(format!("{err:#}").starts_with("cannot open /nonexistent/ledger.jsonl: "));
    }

    #[derive(Parser)]
    struct Cli {
        #[command(subcommand)]
        command: Top,
    }

    #[derive(clap::Subcommand)]
    enum Top {
        Ledger(LedgerArgs),
    }

    #[test]
    fn the_command_line_parses_and_runs() {
        let key = SigningKey::from_bytes(&[1; 32]);
        let file = write(&joined(&export(3, &key)));
        let path = file.path().to_str().unwrap();
        let public_key = hex(key.verifying_key().as_bytes());
        let Top::Ledger(args) = Cli::try_parse_from([
            "retract",
            "ledger",
            "verify",
            path,
            "--public-key",
            &public_key,
        ])
        .unwrap()
        .command;
        run(args).unwrap();

        let other = hex(SigningKey::from_bytes(&[2; 32]).verifying_key().as_bytes());
        let Top::Ledger(args) =
            Cli::try_parse_from(["retract", "ledger", "verify", path, "--public-key", &other])
                .unwrap()
                .command;
        let err = run(args).unwrap_err();
        assert!(
            format!("{err:#}").contains("line 4: checkpoint signed by key"),
            "{err:#}"
        );

        let Top::Ledger(args) =
            Cli::try_parse_from(["retract", "ledger", "verify", path, "--public-key", "zz"])
                .unwrap()
                .command;
        assert!(run(args).unwrap_err().to_string().contains("--public-key"));
        assert!(Cli::try_parse_from(["retract", "ledger", "verify"]).is_err());
    }
}

#[cfg(test)]
mod texts {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_verify_failure_reads_as_the_domain_says_it_in_english_and_has_french() {
        let failures = [
            VerifyFailure::NotALedgerLine,
            VerifyFailure::Malformed("EOF while parsing".into()),
            VerifyFailure::NotCanonical,
            VerifyFailure::HashNotLast,
            VerifyFailure::BadHex("prev_hash"),
            VerifyFailure::SeqGap {
                expected: 3,
                found: 5,
            },
            VerifyFailure::WrongWorkspace {
                expected: 1,
                found: 2,
            },
            VerifyFailure::PrevHashMismatch,
            VerifyFailure::HashMismatch,
            VerifyFailure::CheckpointSeq {
                checkpoint: 4,
                entries: 3,
            },
            VerifyFailure::CheckpointHead,
            VerifyFailure::BadPublicKey,
            VerifyFailure::BadSignature,
            VerifyFailure::UnexpectedKey {
                found: "ab".into(),
                expected: "cd".into(),
            },
            VerifyFailure::AfterCheckpoint,
            VerifyFailure::MissingCheckpoint,
        ];
        for failure in failures {
            let text = failure_text(&failure);
            assert_eq!(text.render(Lang::En), failure.to_string());
            let french = text.render(Lang::Fr);
            assert_ne!(french, failure.to_string(), "{french}");
            assert!(!french.contains("Unknown localization"), "{french}");
        }
        let bad = BadLine::from(VerifyError {
            line: 7,
            reason: VerifyFailure::HashMismatch,
        });
        assert_eq!(
            bad.to_string(),
            "line 7: hash does not match the entry's content (the entry was modified)"
        );
    }
}
