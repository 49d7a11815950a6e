//! The workspace's confidential lexicon (codenames, embargoed launches, partners…).
//!
//! Terms and messages are both folded (case, accents, full-width forms, ligatures) and reduced to
//! their letters and digits; one Aho-Corasick automaton (leftmost-longest) finds every term in a
//! single pass, so thousands of terms cost about as much as one. Spans are mapped back to the
//! original text. This makes `PROJET AURORE`, `projet-aurore`, `#ProjetAurore`, `Ｎｏｖａ-７` and
//! `P.r.o.j.e.t  A-u-r-o-r-e` all match `Projet Aurore`.
//!
//! False-positive traps avoided: terms inside longer words (`innova 7` is not `NOVA-7`; the match
//! must start and end on word boundaries), a word of the term alone (`Aurore` as a first name),
//! and coincidences across real word breaks (`or que` is not `Orque`): every word break of the
//! original must be a word break of the term, unless the author spaced out single letters.
use std::cell::Cell;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::text::{fold_char, spare};
use crate::{GuardError, Hit, Kind};

/// Separators longer than this (in chars) end a run: terms never span them.
const MAX_GAP: usize = 3;

pub(crate) struct Lexicon {
    automaton: Option<AhoCorasick>,
    /// Per pattern: byte lengths of its words in the folded, alphanumeric-only form.
    words: Vec<Vec<usize>>,
    heads: Heads,
}

/// Where a term can start in a folded stream, from its first bytes: bit tables of the terms'
/// first two bytes (exact), first three and first four (hashed, so a set bit may be a
/// coincidence, never a miss). The 10,000-term automaton costs ~40 instructions a folded
/// byte; this test is a few, and a message in which no position passes it holds no term, so
/// the automaton does not run (or starts at the first position that passes).
struct Heads {
    /// Every term's first two bytes.
    two: BitTable,
    /// Two-byte terms.
    whole2: BitTable,
    /// Three-byte terms, hashed.
    whole3: BitTable,
    /// First four bytes of the longer terms, hashed.
    four: BitTable,
}

/// 65,536 bits.
struct BitTable(Box<[u64; 1024]>);

impl BitTable {
    fn new() -> BitTable {
        BitTable(Box::new([0; 1024]))
    }
    fn set(&mut self, k: u16) {
        self.0[usize::from(k >> 6)] |= 1 << (k & 63);
    }
    fn get(&self, k: u16) -> bool {
        self.0[usize::from(k >> 6)] & (1 << (k & 63)) != 0
    }
}

/// 16-bit hash of up to four bytes packed in a `u32`.
fn hash16(w: u32) -> u16 {
    (w.wrapping_mul(0x9E37_79B1) >> 16) as u16
}

impl Heads {
    fn new(patterns: &[String]) -> Heads {
        let mut h = Heads {
            two: BitTable::new(),
            whole2: BitTable::new(),
            whole3: BitTable::new(),
            four: BitTable::new(),
        };
        for p in patterns {
            let b = p.as_bytes();
            // Terms have two letters or digits at least, so two bytes at least.
            let (Some(&b0), Some(&b1)) = (b.first(), b.get(1)) else {
                continue;
            };
            let w2 = u16::from_be_bytes([b0, b1]);
            h.two.set(w2);
            match b.len() {
                2 => h.whole2.set(w2),
                3 => h.whole3.set(hash16(u32::from_be_bytes([0, b0, b1, b[2]]))),
                _ => h.four.set(hash16(u32::from_be_bytes([b0, b1, b[2], b[3]]))),
            }
        }
        h
    }

    /// The first position at which some term could start (`None`: no term occurs).
    fn first(&self, hay: &[u8]) -> Option<usize> {
        for i in 0..hay.len().saturating_sub(1) {
            let (b0, b1) = (hay[i], hay[i + 1]);
            let w2 = u16::from_be_bytes([b0, b1]);
            if !self.two.get(w2) {
                continue;
            }
            if self.whole2.get(w2) {
                return Some(i);
            }
            if let Some(&b2) = hay.get(i + 2) {
                if self.whole3.get(hash16(u32::from_be_bytes([0, b0, b1, b2]))) {
                    return Some(i);
                }
                if let Some(&b3) = hay.get(i + 3) {
                    if self.four.get(hash16(u32::from_be_bytes([b0, b1, b2, b3]))) {
                        return Some(i);
                    }
                }
            }
        }
        None
    }
}

impl Lexicon {
    pub(crate) fn new(terms: &[String]) -> Result<Lexicon, GuardError> {
        let mut patterns = Vec::new();
        let mut words = Vec::new();
        for t in terms {
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            let mut compact = String::new();
            let mut lens = Vec::new();
            for w in t
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                let before = compact.len();
                for c in w.chars() {
                    fold_char(c, |f| {
                        if f.is_alphanumeric() {
                            compact.push(f)
                        }
                    });
                }
                lens.push(compact.len() - before);
            }
            if compact.chars().count() < 2 {
                return Err(GuardError::InvalidConfig(format!(
                    "confidential term `{t}` is too short to be matched safely (2 letters or digits at least)"
                )));
            }
            patterns.push(compact);
            words.push(lens);
        }
        let heads = Heads::new(&patterns);
        if patterns.is_empty() {
            return Ok(Lexicon {
                automaton: None,
                words,
                heads,
            });
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .map_err(|e| GuardError::InvalidConfig(format!("confidential lexicon: {e}")))?;
        Ok(Lexicon {
            automaton: Some(automaton),
            words,
            heads,
        })
    }

    pub(crate) fn detect(&self, text: &str, hits: &mut Vec<Hit>) {
        let Some(ac) = &self.automaton else {
            return;
        };
        let stream = Stream::new(text);
        let hay = stream.folded.as_bytes();
        // No match starts before the first possible term start, so the leftmost-longest
        // search from there finds the same matches as from the beginning.
        let Some(from) = self.heads.first(hay) else {
            return;
        };
        for m in ac.find_iter(aho_corasick::Input::new(hay).span(from..hay.len())) {
            self.check(&stream, m, hits);
        }
    }

    /// [`Lexicon::detect`] without the start test (property-tested against it).
    #[cfg(test)]
    fn detect_reference(&self, text: &str, hits: &mut Vec<Hit>) {
        let Some(ac) = &self.automaton else {
            return;
        };
        let stream = Stream::new(text);
        for m in ac.find_iter(stream.folded.as_str()) {
            self.check(&stream, m, hits);
        }
    }

    /// Keep a match that covers whole words whose breaks agree with the term's.
    fn check(&self, stream: &Stream, m: aho_corasick::Match, hits: &mut Vec<Hit>) {
        let (fs, fe) = (m.start(), m.end());
        // Whole words: the match must start a run segment and end one.
        let si = stream.seg_of(fs);
        let ei = stream.seg_of(fe - 1);
        let (Some(si), Some(ei)) = (si, ei) else {
            return;
        };
        if stream.segs[si].0 != fs || stream.segs[ei].1 != fe {
            return;
        }
        if !self.breaks_agree(stream, si, ei, fs, m.pattern().as_usize()) {
            return;
        }
        let start = stream.spans[si].0 as usize;
        let end = stream.spans[ei].1 as usize;
        hits.push(Hit::new(Kind::Lexicon, start, end));
    }

    /// Every word break of the original inside the match must be a word break of the term, unless
    /// one of the two pieces around it is a single letter (spaced-out spelling).
    fn breaks_agree(&self, s: &Stream, si: usize, ei: usize, fs: usize, pat: usize) -> bool {
        let mut term_breaks = Vec::new();
        let mut acc = 0;
        for l in &self.words[pat] {
            acc += l;
            term_breaks.push(acc);
        }
        for i in si..ei {
            let brk = s.segs[i].1 - fs;
            if term_breaks.contains(&brk) {
                continue;
            }
            let left = s.segs[i].1 - s.segs[i].0;
            let right = s.segs[i + 1].1 - s.segs[i + 1].0;
            if left > 1 && right > 1 && !(s.single_char(i) || s.single_char(i + 1)) {
                return false;
            }
        }
        true
    }
}

/// Folded alphanumeric-only text, split into segments (original words), with a map back.
struct Stream {
    folded: String,
    /// Folded byte ranges of each original word; a `\u{0}` separates runs across long gaps.
    segs: Vec<(usize, usize)>,
    /// Original byte range of each segment's word. A match must start and end on segment
    /// bounds, so these are the only offsets it is mapped back through: no per-byte map
    /// (two 4-byte pushes for every letter and digit of the text) is needed.
    spans: Vec<(u32, u32)>,
}

thread_local! {
    static STREAM_TEXT: Cell<String> = const { Cell::new(String::new()) };
    static STREAM_SPANS: Cell<Vec<(u32, u32)>> = const { Cell::new(Vec::new()) };
    static STREAM_SEGS: Cell<Vec<(usize, usize)>> = const { Cell::new(Vec::new()) };
}

/// The buffers go back to the thread's spares (see [`spare`]).
impl Drop for Stream {
    fn drop(&mut self) {
        spare::give_string(&STREAM_TEXT, std::mem::take(&mut self.folded));
        spare::give(&STREAM_SEGS, std::mem::take(&mut self.segs));
        spare::give(&STREAM_SPANS, std::mem::take(&mut self.spans));
    }
}

impl Stream {
    fn new(text: &str) -> Stream {
        // Per ASCII byte: its lowercase form if it is a letter or digit, else 0 (one look-up
        // instead of the class test and the case change).
        const ALNUM_LOWER: [u8; 128] = {
            let mut t = [0u8; 128];
            let mut i = 0;
            while i < 128 {
                let c = i as u8;
                if c.is_ascii_alphanumeric() {
                    t[i] = c.to_ascii_lowercase();
                }
                i += 1;
            }
            t
        };
        let mut folded = spare::take_string(&STREAM_TEXT, text.len());
        let mut segs = spare::take(&STREAM_SEGS, text.len() / 4 + 1);
        let mut spans = spare::take(&STREAM_SPANS, text.len() / 4 + 1);
        let mut gap = 0usize;
        let mut in_word = false;
        // Original end of the current word's last letter or digit.
        let mut word_end = 0usize;
        // A segment's ends are written when its word ends, not after every char of it.
        let close = |segs: &mut Vec<(usize, usize)>,
                     spans: &mut Vec<(u32, u32)>,
                     len: usize,
                     end: usize| {
            if let Some(last) = segs.last_mut() {
                last.1 = len;
            }
            if let Some(last) = spans.last_mut() {
                last.1 = end as u32;
            }
        };
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // ASCII bytes (most of any text) without decoding a char.
            let byte = b[i];
            if let Some(&lower) = ALNUM_LOWER.get(usize::from(byte)) {
                if lower != 0 {
                    if !in_word {
                        if gap > MAX_GAP && !folded.is_empty() {
                            folded.push('\u{0}');
                        }
                        segs.push((folded.len(), folded.len()));
                        spans.push((i as u32, i as u32));
                        in_word = true;
                    }
                    folded.push(char::from(lower));
                    word_end = i + 1;
                    gap = 0;
                } else {
                    if in_word {
                        close(&mut segs, &mut spans, folded.len(), word_end);
                        in_word = false;
                    }
                    gap += 1;
                }
                i += 1;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let e = i + c.len_utf8();
            if in_word && crate::text::invisible(c) {
                // A zero-width char inside a word does not end it (`Part\u{200B}ners`).
                i = e;
                continue;
            }
            if c.is_alphanumeric() {
                if !in_word {
                    if gap > MAX_GAP && !folded.is_empty() {
                        folded.push('\u{0}');
                    }
                    segs.push((folded.len(), folded.len()));
                    spans.push((i as u32, i as u32));
                    in_word = true;
                }
                fold_char(c, |f| folded.push(f));
                word_end = e;
                gap = 0;
            } else {
                if in_word {
                    close(&mut segs, &mut spans, folded.len(), word_end);
                    in_word = false;
                }
                gap += 1;
            }
            i = e;
        }
        if in_word {
            close(&mut segs, &mut spans, folded.len(), word_end);
        }
        Stream {
            folded,
            segs,
            spans,
        }
    }

    /// The form of [`Stream::new`] that tests each class and updates the segment per byte
    /// (property-tested against it).
    /// Returns the folded text, the per-byte map back to the original and the segments.
    #[cfg(test)]
    #[allow(clippy::type_complexity)]
    fn reference(text: &str) -> (String, Vec<(u32, u32)>, Vec<(usize, usize)>) {
        let mut folded = String::new();
        let mut map = Vec::new();
        let mut segs = Vec::new();
        let mut gap = 0usize;
        let mut in_word = false;
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // ASCII bytes (most of any text) without decoding a char.
            let byte = b[i];
            if byte.is_ascii() {
                if byte.is_ascii_alphanumeric() {
                    if !in_word {
                        if gap > MAX_GAP && !folded.is_empty() {
                            folded.push('\u{0}');
                            map.push((i as u32, i as u32));
                        }
                        segs.push((folded.len(), folded.len()));
                        in_word = true;
                    }
                    folded.push(char::from(byte.to_ascii_lowercase()));
                    map.push((i as u32, i as u32 + 1));
                    if let Some(last) = segs.last_mut() {
                        last.1 = folded.len();
                    }
                    gap = 0;
                } else {
                    in_word = false;
                    gap += 1;
                }
                i += 1;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let e = i + c.len_utf8();
            let next = e;
            if in_word && crate::text::invisible(c) {
                i = next;
                continue;
            }
            if c.is_alphanumeric() {
                if !in_word {
                    if gap > MAX_GAP && !folded.is_empty() {
                        folded.push('\u{0}');
                        map.push((i as u32, i as u32));
                    }
                    segs.push((folded.len(), folded.len()));
                    in_word = true;
                }
                if c.is_ascii() {
                    // What `fold_char` does for ASCII, without the per-char encoding.
                    folded.push(c.to_ascii_lowercase());
                    map.push((i as u32, e as u32));
                } else {
                    fold_char(c, |f| {
                        let mut buf = [0u8; 4];
                        let s = f.encode_utf8(&mut buf);
                        for _ in 0..s.len() {
                            map.push((i as u32, e as u32));
                        }
                        folded.push_str(s);
                    });
                }
                if let Some(last) = segs.last_mut() {
                    last.1 = folded.len();
                }
                gap = 0;
            } else {
                if in_word {
                    in_word = false;
                }
                gap += 1;
            }
            i = next;
        }
        (folded, map, segs)
    }

    fn seg_of(&self, b: usize) -> Option<usize> {
        let i = self.segs.partition_point(|s| s.1 <= b);
        (i < self.segs.len() && self.segs[i].0 <= b).then_some(i)
    }

    fn single_char(&self, i: usize) -> bool {
        let (s, e) = self.segs[i];
        self.folded[s..e].chars().count() == 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        let terms: Vec<String> = [
            "Projet Aurore",
            "NOVA-7",
            "Opération Colibri",
            "Lumen X2",
            "Projet Orque",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        Lexicon::new(&terms).unwrap()
    }

    fn found(t: &str) -> Vec<String> {
        let mut h = Vec::new();
        lex().detect(t, &mut h);
        h.iter().map(|h| t[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn variants_match() {
        assert_eq!(found("le PROJET AURORE avance"), ["PROJET AURORE"]);
        assert_eq!(found("operation colibri, ok"), ["operation colibri"]);
        assert_eq!(
            found("P.r.o.j.e.t  A-u-r-o-r-e demain"),
            ["P.r.o.j.e.t  A-u-r-o-r-e"]
        );
        assert_eq!(found("#ProjetAurore"), ["ProjetAurore"]);
        assert_eq!(found("la Ｎｏｖａ-７ sort"), ["Ｎｏｖａ-７"]);
        assert_eq!(found("The Lumen X2 deck"), ["Lumen X2"]);
        // A zero-width space inside a word does not cut it.
        assert_eq!(
            found("le brief Projet Au\u{200B}rore est prêt"),
            ["Projet Au\u{200B}rore"]
        );
    }

    proptest::proptest! {
        #[test]
        fn stream_is_the_per_byte_stream(t in "[aZ9é Ｎœ.\u{a0}\u{200b}-]{0,40}") {
            let (fast, (folded, map, segs)) = (Stream::new(&t), Stream::reference(&t));
            proptest::prop_assert_eq!(&fast.folded, &folded);
            proptest::prop_assert_eq!(&fast.segs, &segs);
            // What `detect` read from the per-byte map: a segment's first byte's start and its
            // last byte's end.
            let spans: Vec<(u32, u32)> = segs
                .iter()
                .map(|&(s, e)| (map[s].0, map[e - 1].1))
                .collect();
            proptest::prop_assert_eq!(&fast.spans, &spans);
        }
    }

    proptest::proptest! {
        /// Terms of two to six bytes (so that the short-term tables are exercised) in texts
        /// built from pieces of them: the start test never hides a match.
        #[test]
        fn start_test_keeps_every_match(
            terms in proptest::collection::vec("[a-dé]{1,3}( ?[a-d1]{1,3})?", 1..8),
            t in "([a-dé1 .-]{0,4}){0,12}",
        ) {
            let terms: Vec<String> = terms
                .into_iter()
                .filter(|t| t.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
                .collect();
            let Ok(lex) = Lexicon::new(&terms) else {
                return Ok(());
            };
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            lex.detect(&t, &mut fast);
            lex.detect_reference(&t, &mut slow);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn traps() {
        assert!(found("Aurore, du service client").is_empty());
        assert!(found("Aurore\u{200B}, du service client").is_empty());
        assert!(found("innova 7 jours").is_empty());
        assert!(found("le projet aurores").is_empty());
        assert!(found("projet or que faire").is_empty());
    }
}
