//! retract's pre-send guard: scans one outgoing message for risks and returns findings and a
//! verdict, before anything is sent.
//!
//! The guard is a pure library: no I/O, no clock, no async, no global state (only per-thread spare
//! buffers that scans reuse, which never change a result). A [`Guard`] is compiled
//! once from a [`GuardConfig`] (the workspace's confidential lexicon, blocked domains, own brand
//! domains and [`ModerationRules`]) and then scans any number of messages, from any thread.
//!
//! ```
//! use retract_guard::{Guard, GuardConfig, Verdict};
//!
//! let config = GuardConfig {
//!     confidential_terms: vec!["Projet Aurore".into()],
//!     ..GuardConfig::default()
//! };
//! let guard = Guard::new(&config).unwrap();
//! let scan = guard.scan("Rappelez-la au 06 12 34 56 78 pour le P.r.o.j.e.t A-u-r-o-r-e");
//! assert_eq!(scan.verdict, Verdict::NeedsApproval);
//! let kinds: Vec<_> = scan.findings.iter().map(|f| f.kind).collect();
//! assert_eq!(kinds, ["phone", "lexicon"]);
//! assert_eq!(scan.findings[0].evidence, "06 •• •• •• 78");
//! ```
//!
//! What each detector catches and which traps it avoids is documented in its module:
//! [`numbers`](crate::numbers) (card, IBAN, NIR), `phone`, `contact` (e-mail, IP), `address`,
//! `birthdate`, `secret`, `lexicon`, `link`, `abuse` (hate, threats, insults), `tone` and `banter`
//! (laughing banter and quoted titles are not aimed at the reader).
//!
//! Trade-offs: detection is rule-based (validated numbers, lexicons, phrase patterns), so it is
//! fast (about 10–15 µs of CPU per typical message, see `README.md`) and explainable, but the
//! hate/threat/tone rules only know the wording families they were written for. Every detector is gated by a cheap
//! prefilter (a byte test or a literal automaton) so that clean text costs little.
//!
//! ## Latest evaluation
//! See `README.md` next to this crate's `Cargo.toml` (kept up to date by `scripts/eval-guard.sh`).
#![forbid(unsafe_code)]

mod abuse;
mod abuse_gate;
mod address;
mod banter;
mod birthdate;
mod clause_model;
mod contact;
mod evidence;
mod explain;
mod kind;
mod lexicon;
mod link;
mod link_brands;
pub mod numbers;
mod phone;
mod rules;
mod secret;
mod secret_context;
mod secret_formats;
mod text;
mod tone;
mod triggers;

use serde::{Deserialize, Serialize};

pub use explain::{explain, suggested_fix, Lang};
pub use kind::{Kind, Severity};
pub use rules::{ModerationRules, Verdict};

/// What a workspace configures for its guard.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GuardConfig {
    /// Confidential terms (codenames, embargoed launches…), matched as whole words, case-, accent-,
    /// width- and spacing-insensitively.
    pub confidential_terms: Vec<String>,
    /// Domains whose links are refused; their subdomains too.
    pub blocked_domains: Vec<String>,
    /// The brand's own domains: look-alikes of them are flagged (a built-in list covers widely
    /// impersonated brands).
    pub brand_domains: Vec<String>,
    /// Which verdict each finding leads to.
    pub rules: ModerationRules,
}

/// A configuration the guard cannot compile.
#[derive(Debug, thiserror::Error)]
pub enum GuardError {
    #[error("invalid guard configuration: {0}")]
    InvalidConfig(String),
}

/// One risk found in a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// `pii`, `secret`, `confidential`, `link`, `illegal`, `insult` or `tone`.
    pub category: &'static str,
    /// The kind inside the category (`phone`, `api_key`, `lookalike`…).
    pub kind: &'static str,
    /// Start, in Unicode scalar values (Python `str` index).
    pub start: usize,
    /// End (exclusive), in Unicode scalar values.
    pub end: usize,
    /// Start, in UTF-8 bytes.
    pub byte_start: usize,
    /// End (exclusive), in UTF-8 bytes.
    pub byte_end: usize,
    pub severity: Severity,
    /// The span with its sensitive characters masked ("06 •• •• •• 78").
    pub evidence: String,
    /// Key of the explanation text, see [`explain`] (`guard-pii-phone`).
    pub explanation_key: &'static str,
}

/// The result of scanning one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scan {
    pub verdict: Verdict,
    /// Findings ordered by position.
    pub findings: Vec<Finding>,
}

/// A raw detection: a kind and a byte span. Detectors only produce these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Hit {
    pub(crate) fn new(kind: Kind, start: usize, end: usize) -> Hit {
        Hit { kind, start, end }
    }
    fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

/// A compiled guard: build once per workspace, scan many messages. `Send + Sync`.
pub struct Guard {
    lexicon: lexicon::Lexicon,
    links: link::LinkScanner,
    verdicts: [Verdict; 32],
}

impl Guard {
    /// Compile a configuration (lexicon automaton, domain lists, rules).
    pub fn new(config: &GuardConfig) -> Result<Guard, GuardError> {
        config.rules.validate()?;
        Ok(Guard {
            lexicon: lexicon::Lexicon::new(&config.confidential_terms)?,
            links: link::LinkScanner::new(&config.blocked_domains, &config.brand_domains)?,
            verdicts: config.rules.compile(),
        })
    }

    /// Scan one message.
    pub fn scan(&self, text: &str) -> Scan {
        self.scan_with_links(text).0
    }

    /// Scan one message and tell whether it holds any link at all, risky or not (a workspace
    /// may want every link approved). Costs nothing beyond [`Guard::scan`].
    pub fn scan_with_links(&self, text: &str) -> (Scan, bool) {
        let (hits, has_link) = self.hits(text);
        let mut verdict = Verdict::Allow;
        let mut findings = Vec::with_capacity(hits.len());
        let offsets = text::CharOffsets::new(text, &hits);
        for h in &hits {
            let idx = Kind::ALL.iter().position(|k| *k == h.kind).unwrap_or(0);
            verdict = verdict.max(self.verdicts[idx]);
            let span = text.get(h.start..h.end).unwrap_or("");
            findings.push(Finding {
                category: h.kind.category(),
                kind: h.kind.as_str(),
                start: offsets.char_of(h.start),
                end: offsets.char_of(h.end),
                byte_start: h.start,
                byte_end: h.end,
                severity: h.kind.severity(),
                evidence: evidence::mask(h.kind, span),
                explanation_key: h.kind.explanation_key(),
            });
        }
        text::spare::give(&HITS, hits);
        (Scan { verdict, findings }, has_link)
    }

    /// All detections, conflicts resolved, sorted by position, and whether the text has a URL.
    fn hits(&self, text: &str) -> (Vec<Hit>, bool) {
        let mut hits = text::spare::take(&HITS, 0);
        if text.is_empty() {
            return (hits, false);
        }
        let mut urls = text::spare::take(&URLS, 0);
        self.links.detect(text, &mut hits, &mut urls);
        secret::detect(text, &mut hits);
        // Private keys and tokens are codes that `resolve` lets no other finding overlap (but a
        // link): the detectors below read the text with them blanked out, same offsets. A PEM
        // block or a JWT is long, and reading it was most of the cost of the messages holding one.
        // (Banter and conflict resolution below read the text as written.)
        let blanked = text::blank_spans(
            text,
            hits.iter()
                .filter(|h| matches!(h.kind, Kind::PrivateKey | Kind::Token))
                .map(|h| (h.start, h.end)),
        );
        let rest = blanked.as_deref().unwrap_or(text);
        let digits = text::digit_count(rest);
        if digits >= 3 {
            // Numbers grouped by no-break or thin spaces are read on a copy with plain blanks,
            // their spans mapped back (on such a copy the phone detector does not see the
            // secrets found above; conflict resolution drops what overlaps them all the same).
            match text::PlainSpaces::new(rest) {
                None => numbers_and_places(rest, digits, &mut hits),
                Some(plain) => {
                    let mut found = Vec::new();
                    numbers_and_places(&plain.text, digits, &mut found);
                    hits.extend(found.into_iter().filter_map(|mut h| {
                        h.start = plain.orig(h.start);
                        h.end = plain.orig(h.end);
                        (h.start < h.end && h.end <= rest.len()).then_some(h)
                    }));
                }
            }
        }
        contact::detect(rest, &mut hits);
        self.lexicon.detect(rest, &mut hits);
        // Abuse and tone read words: links, e-mail addresses, IBANs and keys are walled off for
        // them (same offsets). The letters of a code are no insult and no shouting (conflict
        // resolution dropped such findings over IBANs and keys already), and a message is
        // usually folded with the l33t and spacing passes only because of its codes, at several
        // times the cost of a plain fold.
        let codes = text::wall_spans(
            rest,
            hits.iter()
                .filter(|h| {
                    h.kind.category() == "link"
                        || matches!(h.kind, Kind::Email | Kind::Iban | Kind::ApiKey)
                })
                .map(|h| (h.start, h.end)),
        );
        let words = codes.as_deref().unwrap_or(rest);
        let folded = text::Folded::build(words);
        let gate = abuse::Gate::new(&folded.text);
        abuse::detect_folded(&folded, gate, &mut hits);
        tone::detect(words, &folded, gate, &mut hits);
        // What the phrase families missed, read by the clause model (codes walled off: a key's
        // or a link's pieces are no words, and hashed they would only add noise).
        clause_model::detect(words, &mut hits);
        banter::drop_jokes_and_titles(text, &mut hits);
        resolve(text, &mut hits, &urls);
        let has_link = !urls.is_empty();
        text::spare::give(&URLS, urls);
        (hits, has_link)
    }
}

/// The detectors that read digits: validated numbers, phones, dates of birth and addresses.
fn numbers_and_places(text: &str, digits: usize, hits: &mut Vec<Hit>) {
    if digits >= 4 {
        numbers::detect_counted(text, digits, hits);
        phone::detect_counted(text, digits, hits);
        birthdate::detect(text, hits);
    }
    // A UK address can hold three digits only: "2 Elm Road, Leeds LS6 3QW".
    address::detect(text, hits);
}

thread_local! {
    static HITS: std::cell::Cell<Vec<Hit>> = const { std::cell::Cell::new(Vec::new()) };
    static URLS: std::cell::Cell<Vec<(usize, usize)>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Drop detections that another, more specific one explains (a phone inside an IBAN, an IP inside
/// a URL, shouting inside a PEM header or the letters of an IBAN…).
fn resolve(text: &str, hits: &mut Vec<Hit>, urls: &[(usize, usize)]) {
    use Kind::*;
    let rank = |k: Kind| -> u8 {
        match k {
            PrivateKey => 0,
            Token => 1,
            ApiKey | Password => 2,
            Email => 3,
            Iban => 2,
            Card => 3,
            Nir => 4,
            Ip => 5,
            Birthdate => 6,
            Phone => 7,
            Address => 8,
            _ => 9,
        }
    };
    if hits.is_empty() {
        return;
    }
    let urls = Spans::new(urls.iter().map(|&(s, e)| (s, e, PrivateKey)));
    let ranked = Spans::new(
        hits.iter()
            .filter(|h| rank(h.kind) < 9)
            .map(|h| (h.start, h.end, h.kind)),
    );
    // Keys and IBANs are codes: capitals or words inside them are not shouting or insults.
    let codes = Spans::new(
        hits.iter()
            .filter(|h| matches!(h.kind, PrivateKey | ApiKey | Token | Iban))
            .map(|h| (h.start, h.end, h.kind)),
    );
    // A hateful generalisation is one finding: "tous les X sont des menteurs" is hate, and its
    // last word is not also an insult aimed at someone.
    let hate = Spans::new(
        hits.iter()
            .filter(|h| h.kind == Hate)
            .map(|h| (h.start, h.end, h.kind)),
    );
    hits.retain(|h| {
        if h.kind == Insult && hate.any_overlap(h.start, h.end, |_| true) {
            return false;
        }
        let in_url = urls.any_overlap(h.start, h.end, |_| true);
        match h.kind {
            // A path segment of a link ("shorturl.at/ot4xk5") is not a password; a password in
            // the link's user info or query ("user:pw@", "?password=pw") still is.
            Password if in_url && text.get(..h.start).is_some_and(|t| t.ends_with('/')) => {
                return false
            }
            Ip | Phone | Card | Iban | Nir | Birthdate | Email | Address if in_url => {
                // An e-mail whose domain linkify also saw as a URL is still an e-mail.
                if h.kind == Email {
                    return true;
                }
                return false;
            }
            _ => {}
        }
        let r = rank(h.kind);
        if r <= 9 && h.kind.category() == "pii" || h.kind.category() == "secret" {
            // A lower-ranked pii/secret overlapping a higher-ranked one goes.
            if ranked.any_overlap(h.start, h.end, |o| {
                o != *h && rank(o.kind) < r && !(o.kind == Address && h.kind == Phone)
            }) {
                return false;
            }
        }
        if matches!(
            h.kind,
            Shouting | Punctuation | Lexicon | Insult | Hate | Threat | Aggressive
        ) && codes.any_overlap(h.start, h.end, |_| true)
        {
            return false;
        }
        true
    });
    hits.sort_by_key(|h| (h.start, h.end, h.kind));
    hits.dedup_by(|b, a| {
        if a.kind != b.kind {
            return false;
        }
        if a.overlaps(b.start, b.end) {
            a.end = a.end.max(b.end);
            return true;
        }
        // Clause-level kinds: two matches in one sentence ("I'll make sure you regret this, I know
        // your address", « les X n'ont rien à faire dans une pub française, qu'ils rentrent chez
        // eux ») are one finding, as a moderator would mark it; a quote mark between them may
        // change the speaker.
        let clause = matches!(a.kind, Hate | Threat | Aggressive);
        let gap = text.get(a.end..b.start).unwrap_or(".");
        if clause
            && gap.chars().count() <= 60
            && !gap.contains(['.', '!', '?', '\n', '«', '»', '"', '“', '”'])
        {
            a.end = b.end;
            return true;
        }
        // One statement told in two sentences ("You people are animals. Go back to whatever
        // hole you crawled out of") is one finding, as a moderator would mark it.
        if clause
            && gap.len() <= 4
            && gap
                .chars()
                .all(|c| matches!(c, ' ' | '\t' | '.' | '!' | '?' | ';' | ',' | '…'))
        {
            a.end = b.end;
            return true;
        }
        // Two insults with only a blank between them are one phrase ("you pathetic loser"), and
        // so are two joined by "and" ("a liar and a thief", « un menteur et un voleur »).
        if a.kind == Insult
            && ((1..=2).contains(&gap.len()) && gap.bytes().all(|c| c == b' ' || c == b'\t')
                || [
                    " and ", " and a ", " and an ", " et ", " et un ", " et une ",
                ]
                .iter()
                .any(|j| gap.eq_ignore_ascii_case(j)))
        {
            a.end = b.end;
            return true;
        }
        false
    });
}

/// Spans sorted by start with a running maximum of their ends: "does any span overlap
/// `[s, e)`" costs a binary search and a walk over the overlapping candidates only, so that
/// conflict resolution stays linear-ish on long texts with thousands of detections.
pub(crate) struct Spans {
    spans: Vec<Hit>,
    max_end: Vec<usize>,
}

impl Spans {
    pub(crate) fn new(it: impl Iterator<Item = (usize, usize, Kind)>) -> Spans {
        let mut spans: Vec<Hit> = it.map(|(s, e, k)| Hit::new(k, s, e)).collect();
        spans.sort_unstable_by_key(|h| (h.start, h.end));
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for h in &spans {
            m = m.max(h.end);
            max_end.push(m);
        }
        Spans { spans, max_end }
    }

    pub(crate) fn any_overlap(
        &self,
        s: usize,
        e: usize,
        mut keep: impl FnMut(Hit) -> bool,
    ) -> bool {
        let mut i = self.spans.partition_point(|h| h.start < e);
        while i > 0 && self.max_end[i - 1] > s {
            i -= 1;
            let o = self.spans[i];
            if o.overlaps(s, e) && keep(o) {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests;
