//! Text helpers shared by the detectors: offsets, character classes, folding.
use unicode_normalization::char::decompose_canonical;

use crate::Hit;

/// FNV-1a, for the small static word sets looked up many times per message (insults, brands):
/// keys of a few bytes, sets that no message can grow, so SipHash's flooding resistance buys
/// nothing there.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Per-thread spare buffers. A scan allocates the same few vectors every time (the fold, its
/// map, the lexicon stream, the hit lists), and malloc/realloc/free were ~8,000 instructions
/// of a ~84,000-instruction scan: each buffer's owner hands it back when done and the next scan
/// on the thread takes it, emptied, with its capacity.
pub(crate) mod spare {
    use std::cell::Cell;
    use std::thread::LocalKey;

    /// Capacity (in elements) above which a buffer is freed rather than kept: one long text
    /// must not pin megabytes to every thread that ever scanned it.
    const KEEP_AT_MOST: usize = 1 << 16;

    /// An empty buffer with room for `cap` elements: the thread's spare when `cap` is small,
    /// else a fresh one, so that a long text allocates as it did before the spares (a spare
    /// is never regrown to a long text's size only to be freed).
    pub(crate) fn take<T>(key: &'static LocalKey<Cell<Vec<T>>>, cap: usize) -> Vec<T> {
        if cap > KEEP_AT_MOST {
            return Vec::with_capacity(cap);
        }
        let mut v = key.with(Cell::take);
        v.clear();
        v.reserve(cap);
        v
    }

    pub(crate) fn give<T>(key: &'static LocalKey<Cell<Vec<T>>>, v: Vec<T>) {
        if v.capacity() <= KEEP_AT_MOST {
            key.with(|c| c.set(v));
        }
    }

    /// [`take`] for a string.
    pub(crate) fn take_string(key: &'static LocalKey<Cell<String>>, cap: usize) -> String {
        if cap > KEEP_AT_MOST {
            return String::with_capacity(cap);
        }
        let mut s = key.with(Cell::take);
        s.clear();
        s.reserve(cap);
        s
    }

    pub(crate) fn give_string(key: &'static LocalKey<Cell<String>>, s: String) {
        if s.capacity() <= KEEP_AT_MOST {
            key.with(|c| c.set(s));
        }
    }
}

thread_local! {
    static FOLD_TEXT: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
    static FOLD_MAP: std::cell::Cell<Vec<(u32, u32)>> = const { std::cell::Cell::new(Vec::new()) };
    static FOLD_BYTES: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
    static FOLD_WORK: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
    static FOLD_SPANS: std::cell::Cell<Vec<(u32, u32)>> = const { std::cell::Cell::new(Vec::new()) };
    static FOLD_WIDE: std::cell::Cell<Vec<(usize, char)>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Placeholder bytes of [`Folded::rewrite_ascii`]: a non-ASCII symbol, and `€` (l33t for `e`).
const OTHER: u8 = 0xFE;
const EURO: u8 = 0xFD;

/// Byte → Unicode-scalar offset conversion for the spans of one message.
pub(crate) struct CharOffsets {
    /// Sorted (byte, char) pairs for every span boundary; empty for ASCII text.
    table: Vec<(usize, usize)>,
    ascii: bool,
}

impl CharOffsets {
    pub(crate) fn new(text: &str, hits: &[Hit]) -> CharOffsets {
        if hits.is_empty() || text.is_ascii() {
            return CharOffsets {
                table: Vec::new(),
                ascii: true,
            };
        }
        let mut bytes: Vec<usize> = hits.iter().flat_map(|h| [h.start, h.end]).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut table = Vec::with_capacity(bytes.len());
        // The char index of byte `b` is the number of chars starting before it, i.e. of bytes
        // before it that are not UTF-8 continuation bytes: counted over the bytes up to the last
        // boundary only, without decoding chars (the decoding walk was ~1,400 instructions per
        // scan). Same table as `char_offsets_reference` (property-tested).
        let b = text.as_bytes();
        let (mut at, mut chars) = (0usize, 0usize);
        for &want in &bytes {
            let to = want.min(b.len());
            if to > at {
                chars += b[at..to].iter().filter(|&&x| x & 0xC0 != 0x80).count();
                at = to;
            }
            table.push((want, chars));
        }
        CharOffsets {
            table,
            ascii: false,
        }
    }

    /// The char-decoding form of the table [`CharOffsets::new`] builds.
    #[cfg(test)]
    fn reference(text: &str, bytes: &[usize]) -> Vec<(usize, usize)> {
        let mut table = Vec::with_capacity(bytes.len());
        let mut it = bytes.iter().peekable();
        let mut chars = 0usize;
        for (b, _) in text.char_indices() {
            while let Some(&&want) = it.peek() {
                if want <= b {
                    table.push((want, chars));
                    it.next();
                } else {
                    break;
                }
            }
            chars += 1;
        }
        for &want in it {
            table.push((want, chars));
        }
        table
    }

    pub(crate) fn char_of(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => 0,
        }
    }
}

/// First occurrence of `needle` in `hay`. Messages are short: a `memchr` on one byte of the
/// needle and a comparison beat building a `memmem` searcher on every call. The byte is the
/// needle's rarest in ordinary text (the `J` of `eyJ`, the `:` of `://`): anchored on the first
/// byte, `eyJ` or `curl` stopped at every `e` or `c` of the message (~28 `memchr` calls per
/// scan). Candidates come in increasing order either way, so the first hit is the same.
pub(crate) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (k, &rare) = needle
        .iter()
        .enumerate()
        .min_by_key(|&(_, &b)| TEXT_BYTE_RANK[usize::from(b)])?;
    memchr::memchr_iter(rare, hay)
        .filter_map(|p| p.checked_sub(k))
        .find(|&i| hay[i..].starts_with(needle))
}

/// How common a byte is in message text, roughly (higher = more common): only used to pick the
/// byte [`find_bytes`] scans for, so it affects speed, never a result.
const TEXT_BYTE_RANK: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b == b' ' {
            255
        } else if b.is_ascii_lowercase() {
            // e, a, s, i, t, n, r, o, l, u… (English and French) above the rest.
            match b {
                b'e' => 250,
                b'a' | b's' | b'i' | b't' | b'n' | b'r' | b'o' => 240,
                b'l' | b'u' | b'd' | b'c' | b'm' | b'p' | b'h' => 220,
                b'j' | b'k' | b'q' | b'w' | b'x' | b'y' | b'z' => 120,
                _ => 180,
            }
        } else if b.is_ascii_uppercase() {
            90
        } else if b.is_ascii_digit() {
            110
        } else if matches!(b, b'.' | b',' | b'\'' | b'\n') {
            150
        } else if b.is_ascii() {
            60
        } else {
            100
        };
        i += 1;
    }
    t
};

/// Does `hay` contain `needle`? See [`find_bytes`].
pub(crate) fn has_bytes(hay: &[u8], needle: &[u8]) -> bool {
    find_bytes(hay, needle).is_some()
}

/// Number of ASCII digits in the text (a cheap gate for the number detectors).
pub(crate) fn digit_count(text: &str) -> usize {
    text.bytes().filter(u8::is_ascii_digit).count()
}

/// The text with the given byte spans turned into spaces (every char, one space per byte, so
/// offsets are unchanged); `None` when there are no spans. Spans off char boundaries are skipped.
pub(crate) fn blank_spans(
    text: &str,
    spans: impl Iterator<Item = (usize, usize)>,
) -> Option<String> {
    fill_spans(text, spans, ' ')
}

/// [`blank_spans`] with a wall instead of spaces: a control char (no letter, digit, space or
/// punctuation) that no word, phrase or run of capitals reads across.
pub(crate) fn wall_spans(
    text: &str,
    spans: impl Iterator<Item = (usize, usize)>,
) -> Option<String> {
    fill_spans(text, spans, WALL)
}

/// The char [`wall_spans`] writes.
pub(crate) const WALL: char = '\u{1}';

fn fill_spans(
    text: &str,
    spans: impl Iterator<Item = (usize, usize)>,
    fill: char,
) -> Option<String> {
    let mut out: Option<String> = None;
    for (s, e) in spans {
        if text.get(s..e).is_none_or(str::is_empty) {
            continue;
        }
        let o = out.get_or_insert_with(|| text.to_owned());
        o.replace_range(s..e, &fill.to_string().repeat(e - s));
    }
    out
}

/// A copy of a text with its no-break, narrow no-break, thin and figure spaces written as plain
/// blanks, for the number detectors: French typing, word processors and PDFs put them between
/// the groups of an IBAN, a card or a NIR (`FR76\u{a0}3000…`, « 1\u{a0}85\u{a0}03… »), and
/// every number pattern reads a blank there.
pub(crate) struct PlainSpaces {
    pub text: String,
    /// For each space written plain: its offset in `text` and how many bytes shorter it made
    /// the copy so far (sorted; a few per text, so a walk beats a per-byte map).
    shifts: Vec<(usize, usize)>,
}

impl PlainSpaces {
    /// `None` when the text has no such space (most texts: one byte search for their lead bytes
    /// 0xC2 and 0xE2, which few other characters share: `’`, `…`, `€`).
    pub(crate) fn new(text: &str) -> Option<PlainSpaces> {
        let b = text.as_bytes();
        let wide_at = |i: usize| -> Option<usize> {
            match b.get(i..i + 3) {
                Some([0xC2, 0xA0, _]) => Some(2),
                Some([0xE2, 0x80, 0xAF | 0x89 | 0x87]) => Some(3),
                _ if b.get(i..i + 2) == Some(&[0xC2, 0xA0]) => Some(2),
                _ => None,
            }
        };
        let mut out: Option<String> = None;
        let mut shifts = Vec::new();
        let (mut copied, mut shift) = (0, 0);
        for i in memchr::memchr2_iter(0xC2, 0xE2, b) {
            let Some(len) = wide_at(i) else { continue };
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(&text[copied..i]);
            shifts.push((o.len(), shift + len - 1));
            o.push(' ');
            shift += len - 1;
            copied = i + len;
        }
        let mut text_out = out?;
        text_out.push_str(&text[copied..]);
        Some(PlainSpaces {
            text: text_out,
            shifts,
        })
    }

    /// The original byte offset of byte `i` of the copy.
    pub(crate) fn orig(&self, i: usize) -> usize {
        // The shift of the last plain space before `i` (the space itself keeps its start).
        let k = self.shifts.partition_point(|&(at, _)| at < i);
        i + k.checked_sub(1).map_or(0, |k| self.shifts[k].1)
    }
}

/// Is the char before byte `i` a letter or digit (i.e. `i` is not a word start)?
pub(crate) fn alnum_before(text: &str, i: usize) -> bool {
    text.get(..i)
        .and_then(|s| s.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// Is the char at byte `i` a letter or digit (i.e. `i` is not a word end)?
pub(crate) fn alnum_at(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// The char before byte `i`, if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The char at byte `i`, if any.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// `(text before the last word, the last word)`; the word is empty when the text does not end
/// with a letter or digit.
pub(crate) fn split_last_word(t: &str) -> (&str, &str) {
    let word_start = t
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    t.split_at(word_start)
}

/// Zero-width chars and the soft hyphen: invisible, so a word cut by one reads as one word.
pub(crate) fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
    )
}

/// Fold one char for insensitive matching: lowercase, accents stripped, full-width forms made
/// ASCII, ligatures expanded. Calls `out` with each resulting char (usually exactly one).
pub(crate) fn fold_char(c: char, mut out: impl FnMut(char)) {
    if c.is_ascii() {
        out(c.to_ascii_lowercase());
        return;
    }
    match c {
        'œ' | 'Œ' => {
            out('o');
            out('e');
            return;
        }
        'æ' | 'Æ' => {
            out('a');
            out('e');
            return;
        }
        'ß' => {
            out('s');
            out('s');
            return;
        }
        '’' | '‘' | 'ʼ' | '`' | '´' => {
            out('\'');
            return;
        }
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' | '\u{3000}' => {
            out(' ');
            return;
        }
        // Invisible chars slipped inside a word (`im\u{200B}bécile`, a soft hyphen): nothing.
        c if invisible(c) => return,
        _ => {}
    }
    // Full-width ASCII variants (U+FF01..U+FF5E).
    let u = c as u32;
    if (0xFF01..=0xFF5E).contains(&u) {
        if let Some(a) = char::from_u32(u - 0xFF01 + 0x21) {
            out(a.to_ascii_lowercase());
            return;
        }
    }
    // Latin-1 letters: a table, faster than canonical decomposition.
    let u = c as u32;
    if (0xC0..=0xFF).contains(&u) {
        // Base letters of U+00C0..U+00FF (upper and lower halves fold alike); `*` = keep as is.
        const LATIN1: &[u8; 32] = b"aaaaaaaceeeeiiiidnooooo*ouuuuy**";
        let m = LATIN1[((u - 0xC0) & 0x1F) as usize];
        if m != b'*' {
            out(m as char);
            return;
        }
        if u == 0xFF {
            out('y');
            return;
        }
    }
    let mut base = None;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    let b = base.unwrap_or(c);
    for l in b.to_lowercase() {
        out(l);
    }
}

/// The nearest char boundary at or before `i` (`i` past the end gives the end). `str`'s own
/// `floor_char_boundary` needs Rust 1.91; the workspace builds with 1.89.
pub(crate) fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i` (`i` past the end gives the end).
pub(crate) fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A folded copy of a text with, for each folded byte, the original byte span it came from.
pub(crate) struct Folded {
    pub text: String,
    /// For each byte of `text`: (original start byte, original end byte) of the source char.
    /// Empty when folding kept every byte in place (ASCII text with nothing to undo).
    pub map: Vec<(u32, u32)>,
}

impl Drop for Folded {
    fn drop(&mut self) {
        spare::give_string(&FOLD_TEXT, std::mem::take(&mut self.text));
        spare::give(&FOLD_MAP, std::mem::take(&mut self.map));
    }
}

impl Folded {
    /// Original byte range covered by folded bytes `[s, e)`.
    pub(crate) fn orig(&self, s: usize, e: usize) -> (usize, usize) {
        if self.map.is_empty() {
            let e = e.min(self.text.len());
            return (s.min(e), e);
        }
        let start = self.map.get(s).map_or(0, |m| m.0 as usize);
        let end = if e == 0 {
            start
        } else {
            self.map.get(e - 1).map_or(start, |m| m.1 as usize)
        };
        (start, end.max(start))
    }
}

/// The cells under a table header, in the column whose header `is_header` accepts (it gets the
/// header cell trimmed): rows pasted from a spreadsheet, a CSV file or a markdown table, cut by
/// tabs, `;`, `|` or `,` (the first of them the line holds). A line without a delimiter, or cut
/// by another one, ends the table. Each cell comes trimmed and out of its CSV quotes ("June 5,
/// 1988"), with its byte offset in the text.
pub(crate) fn column_cells(text: &str, is_header: impl Fn(&str) -> bool) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    // (delimiter, column) of the header line being read.
    let mut column: Option<(u8, usize)> = None;
    let mut at = 0;
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        let Some(delim) = [b'\t', b';', b'|', b',']
            .into_iter()
            .find(|&d| memchr::memchr(d, line.as_bytes()).is_some())
        else {
            column = None;
            continue;
        };
        if let Some((d, col)) = column.filter(|&(d, _)| d == delim) {
            if let Some((off, cell)) = cells(line, d).nth(col) {
                let lead = cell.len() - cell.trim_start().len();
                let trimmed = cell.trim();
                let (value, quote) =
                    match trimmed.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                        Some(inner) => (inner, 1),
                        None => (trimmed, 0),
                    };
                found.push((start + off + lead + quote, value));
            }
            continue;
        }
        column = cells(line, delim)
            .position(|(_, cell)| is_header(cell.trim()))
            .map(|col| (delim, col));
    }
    found
}

/// The cells of a table row (byte offset in the line, text), cut at the ASCII `delim` outside
/// double quotes, as a CSV file quotes a cell that holds the delimiter. Byte searches: every
/// line of a message with a comma and a line break is read by it.
fn cells(line: &str, delim: u8) -> impl Iterator<Item = (usize, &str)> {
    let bytes = line.as_bytes();
    let mut from = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut at = from;
        let mut quoted = false;
        loop {
            match memchr::memchr2(delim, b'"', &bytes[at..]) {
                Some(i) if bytes[at + i] == b'"' => {
                    quoted = !quoted;
                    at += i + 1;
                }
                Some(i) if !quoted => {
                    let cell = (from, &line[from..at + i]);
                    from = at + i + 1;
                    return Some(cell);
                }
                Some(i) => at += i + 1,
                None => {
                    done = true;
                    return Some((from, &line[from..]));
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        let mut o = String::new();
        for c in s.chars() {
            fold_char(c, |x| o.push(x));
        }
        o
    }

    #[test]
    fn folds_case_accents_width_ligatures() {
        assert_eq!(fold("Opération ÉCUME"), "operation ecume");
        assert_eq!(fold("ＮＯＶＡ"), "nova");
        assert_eq!(fold("Cœur"), "coeur");
        assert_eq!(fold("l’équipe"), "l'equipe");
        assert_eq!(fold("im\u{200B}bécile"), "imbecile");
    }

    #[test]
    fn a_long_run_of_one_letter_squeezes_to_one_and_maps_to_the_whole_run() {
        for (head, tail) in [("n", "l !"), ("né", "l !")] {
            let text = format!("{head}{}{tail}", "u".repeat(20_000));
            let folded = Folded::build(&text);
            let expected = format!("{}ul !", if head == "n" { "n" } else { "ne" });
            assert_eq!(folded.text, expected);
            let u = folded.text.find('u').unwrap_or(0);
            assert_eq!(folded.orig(u, u + 1), (head.len(), head.len() + 20_000));
        }
    }

    proptest::proptest! {
        #[test]
        fn char_offsets_are_the_char_walk(
            t in "[aé😊 \u{a0}x]{1,30}",
            spans in proptest::collection::vec((0usize..80, 0usize..80), 1..6),
        ) {
            let hits: Vec<Hit> = spans
                .iter()
                .map(|&(s, e)| Hit::new(crate::Kind::Phone, s.min(e), s.max(e)))
                .collect();
            let o = CharOffsets::new(&t, &hits);
            if !t.is_ascii() {
                let mut bytes: Vec<usize> = hits.iter().flat_map(|h| [h.start, h.end]).collect();
                bytes.sort_unstable();
                bytes.dedup();
                proptest::prop_assert_eq!(&o.table, &CharOffsets::reference(&t, &bytes));
            }
        }

        #[test]
        fn find_bytes_is_the_first_occurrence(hay in "[a-eJ:/ -]{0,40}", needle in "[a-eJ:/ -]{1,4}") {
            let (h, n) = (hay.as_bytes(), needle.as_bytes());
            proptest::prop_assert_eq!(find_bytes(h, n), h.windows(n.len()).position(|w| w == n));
        }
    }

    #[test]
    fn blanked_spans_keep_every_offset() {
        let t = "clé : -----BEGIN KEY----- é\nMIIE -----END KEY----- puis 06 12";
        let s = t.find("-----BEGIN").unwrap_or(0);
        let e = t.find("puis").unwrap_or(0) - 1;
        let b = blank_spans(t, [(s, e), (e, e), (t.len(), t.len() + 3)].into_iter());
        let b = b.unwrap_or_default();
        assert_eq!(b.len(), t.len());
        assert_eq!(&b[..s], &t[..s]);
        assert!(b[s..e].bytes().all(|c| c == b' '));
        assert_eq!(&b[e..], " puis 06 12");
        assert_eq!(blank_spans(t, std::iter::empty()), None);
    }

    #[test]
    fn char_offsets_count_scalars() {
        let t = "é é 06";
        let h = [Hit::new(crate::Kind::Phone, 6, 8)];
        let o = CharOffsets::new(t, &h);
        assert_eq!(o.char_of(6), 4);
        assert_eq!(o.char_of(8), 6);
    }
}

impl Folded {
    /// Fold a text for phrase and word matching: [`fold_char`], then l33t digits inside words
    /// (`1d10t` → `idiot`), separators inside spaced-out words removed (`c.o.n.n.a.r.d`), and runs of
    /// three or more identical letters squeezed to one (`nuuuul` → `nul`).
    pub(crate) fn build(text: &str) -> Folded {
        if let Some(f) = Folded::build_ascii(text) {
            return f;
        }
        // (Long texts nearly always hold something the later passes rewrite, an e-mail or a
        // URL: they go straight to the general path rather than folding into the output first.)
        if text.len() <= 2048 && !text.is_ascii() {
            // Usual case for accented text: fold straight into the output and its map, and keep
            // them when the later passes would change nothing (same check as below, on the same
            // folded chars), without the intermediate per-char vector.
            let mut out = spare::take_string(&FOLD_TEXT, text.len() + 8);
            let mut map = spare::take(&FOLD_MAP, text.len() + 8);
            // Runs of ASCII bytes are copied and lowercased at once, and only the other chars
            // are decoded (char by char, the ASCII bytes of accented text cost ~20 instructions
            // each).
            let b = text.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if b[i].is_ascii() {
                    let run = b[i..]
                        .iter()
                        .position(|x| !x.is_ascii())
                        .map_or(b.len(), |n| i + n);
                    let at = out.len();
                    out.push_str(&text[i..run]);
                    if let Some(tail) = out.get_mut(at..) {
                        tail.make_ascii_lowercase();
                    }
                    map.extend((i as u32..run as u32).map(|k| (k, k + 1)));
                    i = run;
                    continue;
                }
                let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
                    break;
                };
                let (s, e) = (i as u32, (i + c.len_utf8()) as u32);
                fold_char(c, |f| {
                    out.push(f);
                    map.resize(out.len(), (s, e));
                });
                i = e as usize;
            }
            if !needs_rewrite(out.chars()) {
                return Folded { text: out, map };
            }
            if out.is_ascii() {
                // Accents folded away: one byte per char, so the byte passes apply.
                let f = Folded::rewrite_ascii(
                    out.as_bytes(),
                    |i| map.get(i).copied().unwrap_or((0, 0)),
                    &[],
                );
                spare::give_string(&FOLD_TEXT, out);
                spare::give(&FOLD_MAP, map);
                return f;
            }
            // Pass 1's chars, read back from the output: every byte of a folded char maps to
            // the span of the char it came from.
            let pass1 = out.char_indices().map(|(b, c)| {
                let (s, e) = map.get(b).copied().unwrap_or((0, 0));
                (c, s, e)
            });
            if let Some(f) = Folded::rewrite_wide(pass1, out.len()) {
                spare::give_string(&FOLD_TEXT, out);
                spare::give(&FOLD_MAP, map);
                return f;
            }
            let chars = out
                .char_indices()
                .map(|(b, c)| {
                    let (s, e) = map.get(b).copied().unwrap_or((0, 0));
                    (c, s, e)
                })
                .collect();
            return Folded::rewrite(text, chars);
        }
        // Pass 1: fold.
        let mut chars: Vec<(char, u32, u32)> = Vec::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            if c.is_ascii() {
                chars.push((c.to_ascii_lowercase(), i as u32, i as u32 + 1));
                continue;
            }
            let e = (i + c.len_utf8()) as u32;
            fold_char(c, |f| chars.push((f, i as u32, e)));
        }
        if !needs_rewrite(chars.iter().map(|x| x.0)) {
            let mut out = String::with_capacity(text.len());
            let mut map = Vec::with_capacity(text.len());
            for &(c, s, e) in &chars {
                out.push(c);
                if c.is_ascii() {
                    map.push((s, e));
                } else {
                    map.resize(out.len(), (s, e));
                }
            }
            return Folded { text: out, map };
        }
        // (Not the byte passes here: on a 0.7 MB text their buffers, allocated and freed on
        // every scan, cost six times the page faults of the char version's.)
        Folded::rewrite(text, chars)
    }

    /// Every fold, the passes applied unconditionally (the reference the fast paths must agree with).
    #[cfg(test)]
    fn build_reference(text: &str) -> Folded {
        let mut chars: Vec<(char, u32, u32)> = Vec::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            let e = (i + c.len_utf8()) as u32;
            fold_char(c, |f| chars.push((f, i as u32, e)));
        }
        Folded::rewrite(text, chars)
    }

    /// Passes 2–4 over the folded chars.
    fn rewrite(text: &str, mut chars: Vec<(char, u32, u32)>) -> Folded {
        let is_letter = |c: char| c.is_alphabetic();
        undo_leet(&mut chars);
        let mut keep = vec![true; chars.len()];
        join_spaced_letters(&mut chars, |_, k| keep[k] = false);
        // Pass 4: emit, squeezing runs of 3+ identical letters.
        let mut out = String::with_capacity(text.len());
        let mut map = Vec::with_capacity(text.len());
        let mut last: Option<char> = None;
        let mut run = 0;
        for (idx, &(c, s, e)) in chars.iter().enumerate() {
            if !keep[idx] {
                continue;
            }
            if Some(c) == last && is_letter(c) {
                run += 1;
                // Keep at most two; a third and more are emphasis. (Only the next char is
                // looked at: counting the whole run again at each of its chars was quadratic,
                // seconds on a long run of one letter.)
                let third = chars.get(idx + 1).is_some_and(|x| x.0 == c);
                if run >= 2 || (run == 1 && third) {
                    if let Some(m) = map.last_mut() {
                        let m: &mut (u32, u32) = m;
                        m.1 = e;
                    }
                    continue;
                }
            } else {
                run = 0;
            }
            last = Some(c);
            let mut buf = [0u8; 4];
            let st = c.encode_utf8(&mut buf);
            for _ in 0..st.len() {
                map.push((s, e));
            }
            out.push_str(st);
        }
        Folded { text: out, map }
    }
}

impl Folded {
    /// The fast path: ASCII text in which none of the later passes would change anything (no l33t
    /// character between letters, no spaced-out letters, no letter repeated three times) folds
    /// to its lowercase copy, byte for byte, so the map is the identity and is not built.
    fn build_ascii(text: &str) -> Option<Folded> {
        let b = text.as_bytes();
        if !b.is_ascii() {
            return None;
        }
        if needs_rewrite(b.iter().map(|&c| char::from(c).to_ascii_lowercase())) {
            let mut lower = spare::take(&FOLD_BYTES, b.len());
            lower.extend(b.iter().map(u8::to_ascii_lowercase));
            let f = Folded::rewrite_ascii(&lower, |i| (i as u32, i as u32 + 1), &[]);
            spare::give(&FOLD_BYTES, lower);
            return Some(f);
        }
        let mut lower = spare::take_string(&FOLD_TEXT, text.len());
        lower.push_str(text);
        lower.make_ascii_lowercase();
        Some(Folded {
            text: lower,
            map: spare::take(&FOLD_MAP, 0),
        })
    }

    /// [`Folded::rewrite`] for folded text that is all ASCII (`span(i)`: the original span of
    /// folded byte `i`). The char version costs ~22,000 instructions on a message holding an
    /// e-mail or a URL, mostly in its 12-byte-per-char vector and the Unicode class tests; here
    /// every class is a byte test and a dropped separator is flagged in place. Same passes, same
    /// order, so the same output (property-tested against the char version).
    ///
    /// Non-ASCII folded chars that are no letter or digit stand in `folded` as one placeholder
    /// byte each ([`OTHER`], or [`EURO`] for the l33t `€`), and `wide` gives the char behind each
    /// placeholder by position: the passes only ask such chars for their class.
    fn rewrite_ascii(
        folded: &[u8],
        span: impl Fn(usize) -> (u32, u32),
        wide: &[(usize, char)],
    ) -> Folded {
        // Written over separators pass 3 drops; not a letter, so the letter tests and squeeze
        // comparisons below read a dropped byte as the non-letter it was.
        const DROPPED: u8 = 0xFF;
        let is_letter = |c: u8| c.is_ascii_alphabetic();
        let mut chars = spare::take(&FOLD_WORK, folded.len());
        chars.extend_from_slice(folded);
        let n = chars.len();
        undo_leet(&mut chars[..]);
        join_spaced_letters(&mut chars[..], |chars, k| chars[k] = DROPPED);
        // Pass 4.
        let mut out = spare::take_string(&FOLD_TEXT, n);
        let mut map = spare::take(&FOLD_MAP, n);
        let mut last: Option<u8> = None;
        let mut run = 0;
        for (idx, &c) in chars.iter().enumerate() {
            if c == DROPPED {
                continue;
            }
            let (s, e) = span(idx);
            if Some(c) == last && is_letter(c) {
                run += 1;
                // As in `rewrite`: the next char alone tells whether the run reaches three.
                let third = chars.get(idx + 1) == Some(&c);
                if run >= 2 || (run == 1 && third) {
                    if let Some(m) = map.last_mut() {
                        m.1 = e;
                    }
                    continue;
                }
            } else {
                run = 0;
            }
            last = Some(c);
            if c.is_ascii() {
                map.push((s, e));
                out.push(char::from(c));
            } else {
                // A placeholder: the char it stands for, one map entry per byte.
                let w = wide.partition_point(|&(at, _)| at < idx);
                let ch = wide.get(w).map_or('\u{fffd}', |&(_, ch)| ch);
                out.push(ch);
                map.resize(out.len(), (s, e));
            }
        }
        spare::give(&FOLD_WORK, chars);
        Folded { text: out, map }
    }

    /// The byte passes for folded chars that are ASCII but for symbols and emoji (`€`, `«`,
    /// `😊`…): most non-ASCII folds that need the rewrite. `None` when a folded char is a
    /// non-ASCII letter or digit (the passes would need its identity), for the char version.
    fn rewrite_wide(pass1: impl Iterator<Item = (char, u32, u32)>, n: usize) -> Option<Folded> {
        let mut bytes = spare::take(&FOLD_BYTES, n);
        let mut spans = spare::take(&FOLD_SPANS, n);
        let mut wide = spare::take(&FOLD_WIDE, 0);
        let mut ok = true;
        for (c, s, e) in pass1 {
            let b = if c.is_ascii() {
                c as u8
            } else if c == '€' {
                wide.push((bytes.len(), c));
                EURO
            } else if c.is_alphanumeric() {
                ok = false;
                break;
            } else {
                wide.push((bytes.len(), c));
                OTHER
            };
            bytes.push(b);
            spans.push((s, e));
        }
        let f = ok.then(|| {
            Folded::rewrite_ascii(&bytes, |i| spans.get(i).copied().unwrap_or((0, 0)), &wide)
        });
        spare::give(&FOLD_BYTES, bytes);
        spare::give(&FOLD_SPANS, spans);
        spare::give(&FOLD_WIDE, wide);
        f
    }
}

/// What the rewrite's passes 2 and 3 read of one folded character: the general passes run them
/// over `(char, start, end)` and the ASCII fast path over bytes, with one definition of each pass.
trait Glyph: Copy {
    fn is_letter(self) -> bool;
    /// Part of a word for the l33t pass: letters, digits and substitutes other than `!` and `|`.
    fn in_word(self) -> bool;
    /// The letter a l33t substitute stands for.
    fn leet(self) -> Option<Self>;
    /// `!` or `|`, read as an `i` between two letters.
    fn is_bang_or_bar(self) -> bool;
    fn as_i(self) -> Self;
    /// Separates the letters of a spaced-out word: `.` `-` `*` `_` space `+` `/`.
    fn is_spacer(self) -> bool;
    fn is_space(self) -> bool;
    fn same(self, other: Self) -> bool;
}

fn leet_letter(c: char) -> Option<char> {
    match c {
        '0' => Some('o'),
        '1' | '!' | '|' => Some('i'),
        '3' => Some('e'),
        '4' | '@' => Some('a'),
        '5' | '$' => Some('s'),
        '7' => Some('t'),
        '€' => Some('e'),
        _ => None,
    }
}

impl Glyph for (char, u32, u32) {
    fn is_letter(self) -> bool {
        self.0.is_alphabetic()
    }
    fn in_word(self) -> bool {
        self.0.is_alphanumeric() || (leet_letter(self.0).is_some() && !self.is_bang_or_bar())
    }
    fn leet(self) -> Option<Self> {
        leet_letter(self.0).map(|l| (l, self.1, self.2))
    }
    fn is_bang_or_bar(self) -> bool {
        matches!(self.0, '!' | '|')
    }
    fn as_i(self) -> Self {
        ('i', self.1, self.2)
    }
    fn is_spacer(self) -> bool {
        matches!(self.0, '.' | '-' | '*' | '_' | ' ' | '+' | '/')
    }
    fn is_space(self) -> bool {
        self.0 == ' '
    }
    fn same(self, other: Self) -> bool {
        self.0 == other.0
    }
}

/// ASCII folds, where a non-ASCII byte is a placeholder for a symbol (`EURO` for `€`).
impl Glyph for u8 {
    fn is_letter(self) -> bool {
        self.is_ascii_alphabetic()
    }
    fn in_word(self) -> bool {
        self.is_ascii_alphanumeric() || matches!(self, b'@' | b'$' | EURO)
    }
    fn leet(self) -> Option<Self> {
        match self {
            EURO => Some(b'e'),
            b'0' => Some(b'o'),
            b'1' | b'!' | b'|' => Some(b'i'),
            b'3' => Some(b'e'),
            b'4' | b'@' => Some(b'a'),
            b'5' | b'$' => Some(b's'),
            b'7' => Some(b't'),
            _ => None,
        }
    }
    fn is_bang_or_bar(self) -> bool {
        matches!(self, b'!' | b'|')
    }
    fn as_i(self) -> Self {
        b'i'
    }
    fn is_spacer(self) -> bool {
        matches!(self, b'.' | b'-' | b'*' | b'_' | b' ' | b'+' | b'/')
    }
    fn is_space(self) -> bool {
        self == b' '
    }
    fn same(self, other: Self) -> bool {
        self == other
    }
}

/// Pass 2: l33t inside words where substitutes sit between letters (`1d10t`, `c0nn4rd`), not in
/// codes that merely end or start with digits (`Tigrou24`, `48h`, `X2`); then `!`/`|` between
/// letters as `i`.
fn undo_leet<G: Glyph>(chars: &mut [G]) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        if !chars[i].in_word() {
            i += 1;
            continue;
        }
        // One walk over the word: a substitute is "between letters" when a letter comes before
        // it and another after it (three walks, for the first letter, the last letter and the
        // substitutes between them, were a third of the rewrite's cost).
        let start = i;
        let (mut seen_letter, mut leet_after_letter, mut interleaved) = (false, false, false);
        while i < n && chars[i].in_word() {
            let c = chars[i];
            if c.is_letter() {
                interleaved |= leet_after_letter;
                seen_letter = true;
            } else if seen_letter && c.leet().is_some() {
                leet_after_letter = true;
            }
            i += 1;
        }
        if interleaved {
            for ch in &mut chars[start..i] {
                if let Some(l) = ch.leet() {
                    *ch = l;
                }
            }
        }
    }
    bang_or_bar_as_i(chars);
}

fn bang_or_bar_as_i<G: Glyph>(chars: &mut [G]) {
    let n = chars.len();
    for k in 1..n.saturating_sub(1) {
        if chars[k].is_bang_or_bar() && chars[k - 1].is_letter() && chars[k + 1].is_letter() {
            chars[k] = chars[k].as_i();
        }
    }
}

/// The three-walk form of [`undo_leet`] (property-tested against it).
#[cfg(test)]
fn undo_leet_reference<G: Glyph>(chars: &mut [G]) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        if !chars[i].in_word() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && chars[j].in_word() {
            j += 1;
        }
        let first_letter = (i..j).find(|&x| chars[x].is_letter());
        let last_letter = (i..j).rev().find(|&x| chars[x].is_letter());
        let interleaved = match (first_letter, last_letter) {
            (Some(f), Some(l)) => (f + 1..l).any(|k| chars[k].leet().is_some()),
            _ => false,
        };
        if interleaved {
            for ch in &mut chars[i..j] {
                if let Some(l) = ch.leet() {
                    *ch = l;
                }
            }
        }
        i = j;
    }
    bang_or_bar_as_i(chars);
}

/// Pass 3: the separators of spaced-out words (x.y.z, x-y-z, x*y*z; x y z w with spaces) are
/// handed to `drop`, which removes them its own way. It only ever drops positions behind the
/// one it reads next.
fn join_spaced_letters<G: Glyph>(chars: &mut [G], mut drop: impl FnMut(&mut [G], usize)) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        if chars[i].is_letter() && (i == 0 || !chars[i - 1].is_letter()) {
            // Find a run letter sep letter sep … of single letters.
            let mut j = i;
            let mut count = 1;
            let mut sep: Option<G> = None;
            while j + 2 < n
                && !chars[j + 1].is_letter()
                && chars[j + 1].is_spacer()
                && chars[j + 2].is_letter()
                && sep.is_none_or(|s| s.same(chars[j + 1]))
            {
                if j + 3 < n && chars[j + 3].is_letter() {
                    // next piece longer than one letter: stop before it
                    break;
                }
                sep = Some(chars[j + 1]);
                j += 2;
                count += 1;
            }
            let min = if sep.is_some_and(G::is_space) { 4 } else { 3 };
            if count >= min && (i + 1 >= n || !chars[i + 1].is_letter()) {
                let mut k = i + 1;
                while k < j {
                    drop(chars, k);
                    k += 2;
                }
                i = j + 1;
            } else {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
}

/// Would passes 2–4 of [`Folded::build`] change this folded char sequence? One forward pass with
/// a three-char look-ahead: a l33t character between two letters of one token, `!`/`|` between
/// letters, a letter three times in a row, or three single letters spaced out with one separator.
/// (Conservative: it may say yes when the passes end up changing nothing; never the reverse.)
fn needs_rewrite(chars: impl Iterator<Item = char>) -> bool {
    // The char classes `needs_rewrite_reference` tests, as bits: a table for ASCII, computed for
    // the rest.
    const LETTER: u8 = 1;
    const TOK: u8 = 2;
    const LEET: u8 = 4;
    const ASCII: [u8; 128] = {
        let mut t = [0u8; 128];
        let mut i = 0;
        while i < 128 {
            let c = i as u8;
            let mut k = 0;
            if c.is_ascii_alphabetic() {
                k |= LETTER;
            }
            if c.is_ascii_alphanumeric() {
                k |= TOK;
            }
            if matches!(c, b'0' | b'1' | b'3' | b'4' | b'5' | b'7' | b'@' | b'$') {
                k |= LEET | TOK;
            }
            t[i] = k;
            i += 1;
        }
        t
    };
    let class = |c: char| -> u8 {
        if c.is_ascii() {
            return ASCII[c as usize];
        }
        let mut k = 0;
        if c.is_alphabetic() {
            k |= LETTER;
        }
        if c.is_alphanumeric() {
            k |= TOK;
        }
        if c == '€' {
            k |= LEET | TOK;
        }
        k
    };
    // The window: the last five chars in locals (`c1` = one back) and the letter bit of the
    // last eight in `letters` (bit i = i back, bit 0 = the current char); NUL before the start.
    // (A ring indexed by closures cost ~25 instructions a char, as much as the fold itself.)
    let (mut c1, mut c2, mut c3, mut c4, mut c5) = ('\0', '\0', '\0', '\0', '\0');
    let mut letters = 0u32;
    let mut seen_letter = false;
    let mut leet_after_letter = false;
    // The body as a closure run on each char and then on a final NUL: a `chain` of the two
    // would check which half it is in on every char.
    let mut step = |c: char| -> bool {
        let k = class(c);
        letters = (letters << 1) | u32::from(k & LETTER);
        if c != '\0' {
            if k & TOK == 0 {
                seen_letter = false;
                leet_after_letter = false;
            } else if k & LETTER != 0 {
                if leet_after_letter || (c == c1 && c == c2) {
                    return true;
                }
                seen_letter = true;
            } else if seen_letter && k & LEET != 0 {
                leet_after_letter = true;
            }
        }
        // Both window tests need `c1` to be a bar, a bang or a separator, never a letter: one
        // bit test skips them after a letter, i.e. inside every word.
        if letters & 0b10 == 0 {
            if matches!(c1, '!' | '|') && letters & 0b101 == 0b101 {
                return true;
            }
            if letters & 0b10101 == 0b10101 && c1 == c3 && is_sep(c1) {
                if c1 != ' ' && letters & 0b10_0000 == 0 {
                    return true;
                }
                if c1 == ' ' && c5 == ' ' && letters & 0b1100_0000 == 0b0100_0000 {
                    return true;
                }
            }
        }
        (c5, c4, c3, c2, c1) = (c4, c3, c2, c1, c);
        false
    };
    for c in chars {
        if step(c) {
            return true;
        }
    }
    step('\0')
}

fn is_sep(c: char) -> bool {
    matches!(c, '.' | '-' | '*' | '_' | ' ' | '+' | '/')
}

/// The original, straightforward form of [`needs_rewrite`] (property-tested against it).
#[cfg(test)]
fn needs_rewrite_reference(chars: impl Iterator<Item = char>) -> bool {
    let letter = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            c.is_alphabetic()
        }
    };
    let leet = |c: char| matches!(c, '0' | '1' | '3' | '4' | '5' | '7' | '@' | '$' | '€');
    let tok = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || leet(c)
        } else {
            c.is_alphanumeric() || leet(c)
        }
    };
    let sep = |c: char| matches!(c, '.' | '-' | '*' | '_' | ' ' | '+' | '/');
    // Window: w[0] is the current char, w[1..] the previous ones (NUL before the start).
    let mut w = ['\0'; 8];
    let mut seen_letter = false;
    let mut leet_after_letter = false;
    let push = |w: &mut [char; 8], c: char| {
        w.copy_within(0..7, 1);
        w[0] = c;
    };
    for c in chars.chain(std::iter::once('\0')) {
        push(&mut w, c);
        if c != '\0' {
            if !tok(c) {
                seen_letter = false;
                leet_after_letter = false;
            } else if letter(c) {
                if leet_after_letter {
                    return true;
                }
                seen_letter = true;
            } else if seen_letter && leet(c) {
                leet_after_letter = true;
            }
            if letter(c) && c == w[1] && c == w[2] {
                return true;
            }
        }
        // `!`/`|` at w[1] between letters w[2] and w[0].
        if matches!(w[1], '!' | '|') && letter(w[0]) && letter(w[2]) {
            return true;
        }
        // Spaced-out single letters ending at w[0]: `x.y.z` (three, w[5] not a letter) or, with
        // spaces, `x y z w` (four, w[7] not a letter).
        if letter(w[0]) && sep(w[1]) && w[1] == w[3] && letter(w[2]) && letter(w[4]) {
            if w[1] != ' ' && !letter(w[5]) {
                return true;
            }
            if w[1] == ' ' && w[5] == ' ' && letter(w[6]) && !letter(w[7]) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod folded_tests {
    use super::*;

    #[test]
    fn undoes_obfuscation() {
        assert_eq!(Folded::build("C.O.N.N.A.R.D").text, "connard");
        assert_eq!(Folded::build("1d10t").text, "idiot");
        assert_eq!(Folded::build("nuuuuul").text, "nul");
        assert_eq!(Folded::build("connnnnard").text, "conard");
        assert_eq!(Folded::build("Crétin!").text, "cretin!");
        let f = Folded::build("é c.o.n");
        assert_eq!(f.text, "e con");
        assert_eq!(f.orig(2, 5), (3, 8));
    }

    proptest::proptest! {
        #[test]
        fn ascii_fast_path_is_exact(t in "[a-dA-D0-9 .*_+/!|@$'-]{0,40}") {
            let fast = Folded::build(&t);
            let f = Folded::build_reference(&t);
            proptest::prop_assert_eq!(&fast.text, &f.text);
            for i in 0..fast.text.len() {
                proptest::prop_assert_eq!(fast.orig(i, i + 1), f.orig(i, i + 1));
            }
        }

        #[test]
        fn needs_rewrite_is_the_reference(t in "[a-cA-Cé œß0-9 .*_+/!|@$€'’\u{a0}-]{0,24}") {
            let folded: Vec<char> = t.chars().flat_map(|c| c.to_lowercase()).collect();
            proptest::prop_assert_eq!(
                needs_rewrite(folded.iter().copied()),
                needs_rewrite_reference(folded.iter().copied())
            );
            proptest::prop_assert_eq!(needs_rewrite(t.chars()), needs_rewrite_reference(t.chars()));
        }

        #[test]
        fn byte_rewrite_is_the_char_rewrite(
            t in "[a-cA-Cx0-9 .*_+/!|@$'-]{0,60}",
            shift in 0u32..3,
        ) {
            let lower: Vec<u8> = t.bytes().map(|b| b.to_ascii_lowercase()).collect();
            // Spans as an accented fold would give them: some source chars two bytes wide.
            let span = |i: usize| {
                let i = i as u32;
                (i * 2 - i.min(shift), i * 2 + 2 - (i + 1).min(shift))
            };
            let chars = lower
                .iter()
                .enumerate()
                .map(|(i, &c)| {
                    let (s, e) = span(i);
                    (char::from(c), s, e)
                })
                .collect();
            let bytes = Folded::rewrite_ascii(&lower, span, &[]);
            let reference = Folded::rewrite(&t, chars);
            proptest::prop_assert_eq!(&bytes.text, &reference.text);
            proptest::prop_assert_eq!(&bytes.map, &reference.map);
        }

        #[test]
        fn undo_leet_is_the_reference(t in "[a-cA-Cé0-9 .!|@$€'-]{0,40}") {
            let mut chars: Vec<(char, u32, u32)> = t.chars().map(|c| (c, 0, 1)).collect();
            let mut reference = chars.clone();
            undo_leet(&mut chars);
            undo_leet_reference(&mut reference);
            proptest::prop_assert_eq!(&chars, &reference);
            let mut bytes: Vec<u8> = t
                .chars()
                .map(|c| match c {
                    '€' => EURO,
                    'é' => OTHER,
                    _ => c as u8,
                })
                .collect();
            let mut reference = bytes.clone();
            undo_leet(&mut bytes[..]);
            undo_leet_reference(&mut reference[..]);
            proptest::prop_assert_eq!(&bytes, &reference);
        }

        #[test]
        fn wide_byte_rewrite_is_the_char_rewrite(t in "[a-cA-Cx0-9 .*_+/!|@$€😊«é'-]{0,60}") {
            // `t` stands for pass 1's output; each char gets a distinct span.
            let chars: Vec<(char, u32, u32)> = t
                .chars()
                .flat_map(char::to_lowercase)
                .enumerate()
                .map(|(i, c)| (c, 3 * i as u32, 3 * i as u32 + 2))
                .collect();
            let wide = Folded::rewrite_wide(chars.iter().copied(), chars.len());
            proptest::prop_assert_eq!(wide.is_none(), t.contains('é'));
            if let Some(wide) = wide {
                let reference = Folded::rewrite(&t, chars);
                proptest::prop_assert_eq!(&wide.text, &reference.text);
                proptest::prop_assert_eq!(&wide.map, &reference.map);
            }
        }

        #[test]
        fn fast_paths_are_exact_on_any_text(t in "[a-cA-Cé ÉœŒßＮｏ７0-9 .*_+/!|@$€'’\u{a0}-]{0,40}") {
            let fast = Folded::build(&t);
            let f = Folded::build_reference(&t);
            proptest::prop_assert_eq!(&fast.text, &f.text);
            for i in 0..fast.text.len() {
                proptest::prop_assert_eq!(fast.orig(i, i + 1), f.orig(i, i + 1));
            }
        }
    }

    /// The ASCII fast path gives exactly what the general passes give.
    #[test]
    fn ascii_fast_path_agrees_with_the_general_passes() {
        let general = |t: &str| Folded::build_reference(t).text.clone();
        for t in [
            "Hello World, order 4512 ships at 10:30!",
            "you 1d10t!",
            "C.O.N.N.A.R.D",
            "c o n n a r d",
            "a b c",
            "nuuuuul",
            "Tigrou24 and X2 and 48h",
            "ab12cd",
            "super!cool",
            "p@ssw0rd",
            "The U.S. team",
            "e-mail a.b@c.de",
            "l33t h4x0r",
            "A+B+C",
        ] {
            let fast = Folded::build(t);
            assert_eq!(fast.text, general(t), "{t}");
            if fast.map.is_empty() {
                assert_eq!(fast.orig(1, 3), (1, 3));
            }
        }
    }
}
