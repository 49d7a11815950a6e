//! `retract scan`: run the pre-send guard over messages from a file or standard input.
//!
//! Formats: `text` (plain text in, a human report with the risky spans highlighted out), `json`
//! (plain text in, one JSON document `{"verdict","findings"}` out, like `POST /guard/scan`) and
//! `jsonl` (one `{"id","text"}` object per line in, one result line per input line out, same order;
//! a line that is not a valid object gets `{"line": N, "error": "…"}` and the scan goes on).
use std::borrow::Cow;
use std::fs;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use retract_guard::{explain, suggested_fix, Finding, Guard, GuardConfig, Lang, Scan, Verdict};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::i18n::{self, t};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    Fr,
    En,
    Auto,
}

/// Scan messages for personal data, secrets, confidential terms, dangerous links, abuse and tone.
#[derive(clap::Args, Debug)]
pub struct ScanArgs {
    /// Output format: `text` and `json` read plain text; `jsonl` reads one {"id","text"} per line.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Language of the explanations in the report (`auto` guesses from the text).
    #[arg(long, value_enum, default_value = "auto")]
    lang: LangArg,
    /// Confidential terms, one per line (`#` starts a comment).
    #[arg(long, value_name = "FILE")]
    lexicon: Option<PathBuf>,
    /// Blocked domains, one per line (`#` starts a comment); their subdomains are blocked too.
    #[arg(long, value_name = "FILE")]
    blocked_domains: Option<PathBuf>,
    /// The brand's own domains, one per line (`#` starts a comment), for look-alike detection.
    #[arg(long, value_name = "FILE")]
    brand_domains: Option<PathBuf>,
    /// Input file; `-` or nothing reads standard input.
    #[arg(value_name = "FILE|-")]
    input: Option<PathBuf>,
}

pub fn run(args: ScanArgs) -> anyhow::Result<()> {
    let config = GuardConfig {
        confidential_terms: read_list(args.lexicon.as_deref(), "lexicon")?,
        blocked_domains: read_list(args.blocked_domains.as_deref(), "blocked-domains")?,
        brand_domains: read_list(args.brand_domains.as_deref(), "brand-domains")?,
        ..GuardConfig::default()
    };
    let guard = Guard::new(&config).map_err(|e| {
        let retract_guard::GuardError::InvalidConfig(reason) = e;
        t("scan-invalid-lists").arg("reason", reason)
    })?;
    let input = read_input(args.input.as_deref())?;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    match args.format {
        Format::Jsonl => scan_jsonl(&guard, &input, &mut out)?,
        Format::Json => {
            let text = std::str::from_utf8(&input).with_context(|| t("scan-not-utf8"))?;
            let scan = guard.scan(text);
            let lang = pick_lang(args.lang, text);
            let doc = Document {
                verdict: scan.verdict.as_str(),
                findings: scan
                    .findings
                    .iter()
                    .map(|f| Explained::new(f, lang))
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut out, &doc)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
                .with_context(|| t("scan-cannot-write"))?;
        }
        Format::Text => {
            let text = std::str::from_utf8(&input).with_context(|| t("scan-not-utf8"))?;
            let scan = guard.scan(text);
            let color = io::stdout().is_terminal();
            // The report's frame (verdict, severities) follows `--lang` when it names a
            // language, else the run's language; `auto` guesses the explanations' from the text.
            let lang = pick_lang(args.lang, text);
            let labels = match args.lang {
                LangArg::Auto => i18n::current(),
                LangArg::Fr | LangArg::En => lang,
            };
            report(&mut out, text, &scan, lang, labels, color)
                .with_context(|| t("scan-cannot-write"))?;
        }
    }
    out.flush().with_context(|| t("scan-cannot-write"))?;
    Ok(())
}

/// One entry per line; blank lines and `#` comments are skipped, and so is a byte-order mark.
fn read_list(path: Option<&Path>, what: &str) -> anyhow::Result<Vec<String>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let text = fs::read_to_string(path).with_context(|| {
        t("scan-cannot-read-list")
            .arg("option", what)
            .arg("path", path.display())
    })?;
    Ok(text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .lines()
        .map(|l| l.split_once('#').map_or(l, |(a, _)| a).trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect())
}

fn read_input(path: Option<&Path>) -> anyhow::Result<Vec<u8>> {
    let mut buf = Vec::new();
    match path {
        None => io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .with_context(|| t("scan-cannot-read-stdin"))?,
        Some(p) if p == Path::new("-") => io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .with_context(|| t("scan-cannot-read-stdin"))?,
        Some(p) => {
            buf = fs::read(p).with_context(|| t("scan-cannot-read").arg("path", p.display()))?;
            buf.len()
        }
    };
    // A byte-order mark (Windows editors write one) is not part of the text: left in, it would
    // shift every span by one and make the first JSON line invalid.
    if buf.starts_with(UTF8_BOM) {
        buf.drain(..UTF8_BOM.len());
    }
    Ok(buf)
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

#[derive(Deserialize)]
struct InLine<'a> {
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    text: Option<Cow<'a, str>>,
}

#[derive(Serialize)]
struct OutFinding<'a> {
    category: &'a str,
    kind: &'a str,
    start: usize,
    end: usize,
    severity: retract_guard::Severity,
    evidence: &'a str,
}

#[derive(Serialize)]
struct OutLine<'a> {
    id: &'a RawValue,
    verdict: &'a str,
    findings: Vec<OutFinding<'a>>,
}

#[derive(Serialize)]
struct ErrLine<'a> {
    line: usize,
    error: &'a str,
}

/// Scan one JSONL line into `out` (always exactly one output line).
fn scan_line(guard: &Guard, n: usize, line: &[u8], out: &mut Vec<u8>) {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let res: Result<InLine, String> = serde_json::from_slice(line).map_err(|e| {
        if e.is_data() {
            format!("expected an object {{\"id\": <string|number>, \"text\": <string>}}: {e}")
        } else {
            format!("invalid JSON: {e}")
        }
    });
    let written = match res {
        Ok(InLine { id: Some(id), .. }) if !is_string_or_number(id) => serde_json::to_writer(
            &mut *out,
            &ErrLine {
                line: n,
                error: "\"id\" must be a string or a number",
            },
        ),
        Ok(InLine {
            id: Some(id),
            text: Some(text),
        }) => {
            let scan = guard.scan(&text);
            let o = OutLine {
                id,
                verdict: scan.verdict.as_str(),
                findings: scan
                    .findings
                    .iter()
                    .map(|f| OutFinding {
                        category: f.category,
                        kind: f.kind,
                        start: f.start,
                        end: f.end,
                        severity: f.severity,
                        evidence: &f.evidence,
                    })
                    .collect(),
            };
            serde_json::to_writer(&mut *out, &o)
        }
        Ok(InLine { id: None, .. }) => serde_json::to_writer(
            &mut *out,
            &ErrLine {
                line: n,
                error: "missing \"id\"",
            },
        ),
        Ok(InLine { text: None, .. }) => serde_json::to_writer(
            &mut *out,
            &ErrLine {
                line: n,
                error: "missing \"text\" (a string)",
            },
        ),
        Err(e) => serde_json::to_writer(&mut *out, &ErrLine { line: n, error: &e }),
    };
    if written.is_err() {
        out.extend_from_slice(br#"{"line":0,"error":"cannot serialize"}"#);
    }
    out.push(b'\n');
}

/// The interface's ids: a JSON string or number (`null`, `true`, arrays and objects are not ids).
fn is_string_or_number(id: &RawValue) -> bool {
    matches!(id.get().as_bytes().first(), Some(b'"' | b'-' | b'0'..=b'9'))
}

fn scan_jsonl(guard: &Guard, input: &[u8], out: &mut impl Write) -> anyhow::Result<()> {
    let mut lines: Vec<&[u8]> = input.split(|&b| b == b'\n').collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let progress = (io::stderr().is_terminal() && lines.len() >= 50_000).then(|| {
        let pb = indicatif::ProgressBar::new(lines.len() as u64);
        let unit = t("scan-progress-messages").to_string();
        pb.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{{bar:40}} {{pos}}/{{len}} {unit} ({{per_sec}}, {{eta}})"
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        pb
    });
    // Batches keep memory flat and order stable: each batch is split across threads, then written.
    const BATCH: usize = 65_536;
    for (b, batch) in lines.chunks(BATCH).enumerate() {
        let per = batch.len().div_ceil(threads).max(1);
        let results: Vec<Vec<u8>> = std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .chunks(per)
                .enumerate()
                .map(|(c, chunk)| {
                    s.spawn(move || {
                        let mut buf = Vec::with_capacity(chunk.len() * 96);
                        for (i, line) in chunk.iter().enumerate() {
                            scan_line(guard, b * BATCH + c * per + i + 1, line, &mut buf);
                        }
                        buf
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect()
        });
        for r in results {
            out.write_all(&r).with_context(|| t("scan-cannot-write"))?;
        }
        if let Some(pb) = &progress {
            pb.inc(batch.len() as u64);
        }
    }
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    Ok(())
}

#[derive(Serialize)]
struct Document<'a> {
    verdict: &'a str,
    findings: Vec<Explained<'a>>,
}

#[derive(Serialize)]
struct Explained<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    explanation: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggested_fix: Option<&'static str>,
}

impl<'a> Explained<'a> {
    fn new(f: &'a Finding, lang: Lang) -> Self {
        Explained {
            finding: f,
            explanation: explain(f.explanation_key, lang),
            suggested_fix: suggested_fix(f.kind, lang),
        }
    }
}

fn pick_lang(arg: LangArg, text: &str) -> Lang {
    match arg {
        LangArg::Fr => Lang::Fr,
        LangArg::En => Lang::En,
        LangArg::Auto => {
            let lower = text.to_lowercase();
            let fr = [
                " le ", " la ", " les ", " est ", " vous ", " je ", " pour ", " une ", " des ",
                "é", "à",
            ]
            .iter()
            .filter(|w| lower.contains(*w))
            .count();
            let en = [
                " the ", " is ", " you ", " and ", " for ", " to ", " of ", " my ", " your ",
            ]
            .iter()
            .filter(|w| lower.contains(*w))
            .count();
            if en > fr {
                Lang::En
            } else {
                Lang::Fr
            }
        }
    }
}

/// Human report: verdict, the text with spans marked, then one line per finding. The guard's
/// explanations are in `lang`, the report's own words in `labels`.
fn report(
    out: &mut impl Write,
    text: &str,
    scan: &Scan,
    lang: Lang,
    labels: Lang,
    color: bool,
) -> io::Result<()> {
    let (on, off) = if color {
        ("\x1b[1;31m", "\x1b[0m")
    } else {
        ("[[", "]]")
    };
    let verdict = match scan.verdict {
        Verdict::Allow => t("scan-verdict-allow"),
        Verdict::Warn => t("scan-verdict-warn"),
        Verdict::NeedsApproval => t("scan-verdict-needs_approval"),
        Verdict::Block => t("scan-verdict-block"),
    };
    writeln!(out, "{}", verdict.render(labels))?;
    if scan.findings.is_empty() {
        return Ok(());
    }
    // Highlight merged spans.
    let mut spans: Vec<(usize, usize)> = scan
        .findings
        .iter()
        .map(|f| (f.byte_start, f.byte_end))
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    writeln!(out)?;
    let mut pos = 0;
    for (s, e) in merged {
        let (Some(a), Some(b)) = (text.get(pos..s), text.get(s..e)) else {
            continue;
        };
        write!(out, "{a}{on}{b}{off}")?;
        pos = e;
    }
    writeln!(out, "{}", text.get(pos..).unwrap_or("").trim_end())?;
    writeln!(out)?;
    for f in &scan.findings {
        let (line, col) = line_col(text, f.byte_start);
        let fix = suggested_fix(f.kind, lang)
            .map(|x| format!(" → {x}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{line}:{col}  {}/{}  {}  «{}»  {}{fix}",
            f.category,
            f.kind,
            severity(f.severity).render(labels),
            f.evidence,
            explain(f.explanation_key, lang)
        )?;
    }
    Ok(())
}

fn severity(severity: retract_guard::Severity) -> i18n::Text {
    use retract_guard::Severity;
    match severity {
        Severity::Low => t("scan-severity-low"),
        Severity::Medium => t("scan-severity-medium"),
        Severity::High => t("scan-severity-high"),
        Severity::Critical => t("scan-severity-critical"),
    }
}

fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = text.get(..byte).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_keeps_order_and_reports_bad_lines() {
        let guard = Guard::new(&GuardConfig::default()).unwrap();
        let input = b"{\"id\": 1, \"text\": \"appelez le 06 12 34 56 78\"}\nnot json\n{\"id\": \"b\", \"text\": \"ok\"}\n";
        let mut out = Vec::new();
        scan_jsonl(&guard, input, &mut out).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["id"], 1);
        assert_eq!(lines[0]["findings"][0]["kind"], "phone");
        assert_eq!(lines[1]["line"], 2);
        assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
        assert_eq!(lines[2]["verdict"], "allow");
    }
}
