//! Phone numbers, French and international, checked against real numbering plans.
//!
//! Catches: international numbers (`+33 6 12 34 56 78`, `0033 …`, `+44 (20) 7123 4567`,
//! `+33 (0)1 …`), national numbers with a trunk prefix (`06-27-01-99-19`, `07700 819168`,
//! `090-1234-5678`, French pairs with slashes `04/78/62/19/55`, a Belgian or Swiss zone before a
//! slash `0472/58.31.96`) and North-American numbers (`(415) 555-0132`, `415.555.0132`). A fast regex
//! finds digit runs with phone-like separators; only those are handed to the `phonenumber` crate
//! (Google's libphonenumber metadata), which must recognise the number as valid, or at least of a
//! possible length for the region when it is written in an international form.
//!
//! False-positive traps avoided: order, invoice and refund numbers (`#510120696`, `FAC-2025-…`),
//! tracking numbers glued to letters, EAN/SIRET/card lengths (more than 15 digits or no trunk
//! prefix), prices and dates (decimal commas, slashes), and digits inside longer tokens; a figure
//! right after an order or invoice word (`Commande 0612 4578 93`, `Invoice INV 0207 9460 958`);
//! national figures cut in fours that end on a pair (`0612 4578 93`); VAT and company numbers
//! (`BE 0417.497.106`, `TVA 0417.497.106`).
use std::collections::BTreeMap;
use std::sync::LazyLock;

use phonenumber::country::Id;
use regex::Regex;

use crate::text::{alnum_at, char_at, char_before, split_last_word};
use crate::{Hit, Kind, Spans};

/// The start of an IBAN-like code just before a candidate: its digit groups are not a phone.
static CODE_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?$").expect("static regex"));

static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\(?\+|(?-u:\b)00)?\(?\d[\d\-. ()]{5,22}\d").expect("static regex")
});

/// Regions tried, in order, for numbers written in national form with a trunk `0`.
const TRUNK_REGIONS: &[Id] = &[
    Id::FR,
    Id::GB,
    Id::BE,
    Id::CH,
    Id::DE,
    Id::IT,
    Id::ES,
    Id::NL,
    Id::IL,
    Id::JP,
    Id::TR,
    Id::IN,
    Id::AU,
    Id::IE,
];
/// Regions tried for numbers without a trunk prefix (NANP, then a few mobile plans).
const BARE_REGIONS: &[Id] = &[Id::US, Id::CA, Id::TR, Id::CN];

#[cfg(test)]
pub(crate) fn detect(text: &str, hits: &mut Vec<Hit>) {
    detect_counted(text, crate::text::digit_count(text), hits);
}

/// [`detect`] for a text with `digits` ASCII digits (the scan counts them once for every
/// number detector).
pub(crate) fn detect_counted(text: &str, digits: usize, hits: &mut Vec<Hit>) {
    if digits < 8 {
        return;
    }
    // Built on the first candidate: most texts have none.
    let mut codes: Option<Taken> = None;
    for m in CANDIDATE.find_iter(text) {
        let mut s = m.start();
        let mut cand = m.as_str().trim_end_matches(['-', '.', ' ', '(', ')']);
        if cand.starts_with('(') && !cand.contains(')') {
            cand = &cand[1..];
            s += 1;
        }
        // A candidate that starts inside a card, IBAN, NIR or secret found earlier would be
        // dropped by conflict resolution (the more specific detection wins): skip the costly
        // validation.
        let codes = codes.get_or_insert_with(|| {
            Taken::new(hits.iter().filter(|h| {
                matches!(
                    h.kind,
                    Kind::Card
                        | Kind::Iban
                        | Kind::Nir
                        | Kind::ApiKey
                        | Kind::Token
                        | Kind::PrivateKey
                        | Kind::Password
                        | Kind::Email
                )
            }))
        });
        if codes.overlaps(s, s + 1) {
            continue;
        }
        if nir_layout(cand) || date_layout(cand) {
            continue;
        }
        if let Some((a, b)) = validate_with_shrink(text, s, cand) {
            hits.push(Hit::new(Kind::Phone, a, b));
        }
    }
    if text.contains('/') {
        detect_slashed(text, hits);
    }
    if memchr::memchr(b'\n', text.as_bytes()).is_some() {
        detect_line_broken(text, hits);
    }
}

/// `06 71 28\n45 93`, `+33 6 12 45\n78 90`: a number cut by a line break (an old phone's SMS,
/// a narrow form). The digit groups before and after the break, joined with a blank, must read
/// as a whole number (the same checks as a number on one line), and both pieces must be cut in
/// groups (`75011\n06…` is a postcode, then a number).
fn detect_line_broken(text: &str, hits: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let piece = |c: u8| c.is_ascii_digit() || matches!(c, b' ' | b'.' | b'-');
    // Built on the first candidate: most texts have none.
    let mut taken: Option<Taken> = None;
    for nl in memchr::memchr_iter(b'\n', b) {
        if nl == 0 || !b[nl - 1].is_ascii_digit() || !b.get(nl + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let mut s = nl;
        while s > 0 && (piece(b[s - 1]) || b[s - 1] == b'+' && (s == 1 || !piece(b[s - 2]))) {
            s -= 1;
        }
        while s < nl && !(b[s].is_ascii_digit() || b[s] == b'+') {
            s += 1;
        }
        let mut e = nl + 1;
        while e < b.len() && piece(b[e]) {
            e += 1;
        }
        while !b[e - 1].is_ascii_digit() {
            e -= 1;
        }
        let (before, after) = (&text[s..nl], &text[nl + 1..e]);
        let grouped = |p: &str| p.trim().contains([' ', '.', '-']);
        if !grouped(before)
            || !grouped(after)
            || reference_word_before(&text[..s])
            || char_before(text, s).is_some_and(char::is_alphanumeric)
            || alnum_at(text, e)
        {
            continue;
        }
        let taken = taken.get_or_insert_with(|| Taken::new(hits.iter()));
        if taken.overlaps(s, e) {
            continue;
        }
        let joined = format!("{before} {after}");
        if validate(&joined, 0, &joined) == Some(joined.len()) {
            taken.add(s, e);
            hits.push(Hit::new(Kind::Phone, s, e));
        }
    }
}

/// The byte ranges held by findings, for overlap questions in logarithmic time: a look through
/// every hit per candidate made a long text full of numbers quadratic.
struct Taken {
    /// The findings made before (they may overlap one another).
    before: Spans,
    /// Spans added since: each overlaps nothing taken before it, so they are disjoint and the
    /// one starting last before a range's end is the only one that can reach into it.
    added: BTreeMap<usize, usize>,
}

impl Taken {
    fn new<'a>(hits: impl Iterator<Item = &'a Hit>) -> Self {
        Taken {
            before: Spans::new(hits.map(|h| (h.start, h.end, h.kind))),
            added: BTreeMap::new(),
        }
    }

    /// Does any span meet `[s, e)`?
    fn overlaps(&self, s: usize, e: usize) -> bool {
        self.before.any_overlap(s, e, |_| true)
            || self
                .added
                .range(..e)
                .next_back()
                .is_some_and(|(_, &end)| end > s)
    }

    /// Take `[s, e)`, which must overlap nothing taken.
    fn add(&mut self, s: usize, e: usize) {
        self.added.insert(s, e);
    }
}

/// French numbers written in slashed pairs (`04/78/62/19/55`): five pairs, the first `01`–`09`,
/// not inside a longer slashed run (a date has at most three parts, and its year four digits).
fn detect_slashed(text: &str, hits: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut taken = Taken::new(hits.iter());
    let mut from = 0;
    while let Some(p) = text[from..].find('/') {
        let slash = from + p;
        from = slash + 1;
        if let Some((s, e)) = zone_slash(text, slash) {
            if !taken.overlaps(s, e) {
                taken.add(s, e);
                hits.push(Hit::new(Kind::Phone, s, e));
                from = e;
                continue;
            }
        }
        if slash < 2 || !b[slash - 1].is_ascii_digit() || b[slash - 2] != b'0' {
            continue;
        }
        let s = slash - 2;
        let e = s + 14;
        if e > b.len() || !(b'1'..=b'9').contains(&b[s + 1]) {
            continue;
        }
        let shape = b[s..e].iter().enumerate().all(|(i, &c)| {
            if i % 3 == 2 {
                c == b'/'
            } else {
                c.is_ascii_digit()
            }
        });
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '/');
        if shape
            && !glued(char_before(text, s))
            && !glued(char_at(text, e))
            && !taken.overlaps(s, e)
        {
            taken.add(s, e);
            hits.push(Hit::new(Kind::Phone, s, e));
            from = e;
        }
    }
}

/// Belgian, Swiss and German national numbers with the zone before a slash (`0472/58.31.96`,
/// `02/513.48.27`, `030/12345678`): a trunk-led zone of 2–4 digits, then groups cut by one kind
/// of separator, valid in a trunk region's plan. Dates (`05/12/2024`) have too few digits or a
/// second slash.
fn zone_slash(text: &str, slash: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut s = slash;
    while s > 0 && slash - s < 5 && b[s - 1].is_ascii_digit() {
        s -= 1;
    }
    let zone = &b[s..slash];
    if !(2..=4).contains(&zone.len()) || zone[0] != b'0' || zone[1] == b'0' {
        return None;
    }
    if char_before(text, s)
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | ',' | '-'))
        || reference_word_before(&text[..s])
    {
        return None;
    }
    let (mut e, mut n, mut sep) = (slash + 1, zone.len(), None);
    loop {
        let g = e;
        while e < b.len() && b[e].is_ascii_digit() {
            e += 1;
        }
        if !(2..=8).contains(&(e - g)) {
            return None;
        }
        n += e - g;
        match b.get(e) {
            Some(&c @ (b'.' | b' '))
                if n < 10
                    && sep.is_none_or(|x| x == c)
                    && b.get(e + 1).is_some_and(u8::is_ascii_digit) =>
            {
                sep = Some(c);
                e += 1;
            }
            _ => break,
        }
    }
    if !(9..=11).contains(&n)
        || char_at(text, e).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | '@'))
        || (matches!(char_at(text, e), Some('.' | ','))
            && b.get(e + 1).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    let digits: String = text[s..e].chars().filter(char::is_ascii_digit).collect();
    TRUNK_REGIONS
        .iter()
        .any(|&r| phonenumber::parse(Some(r), &digits).is_ok_and(|num| phonenumber::is_valid(&num)))
        .then_some((s, e))
}

/// `2 85 03 69 387 104 61`: a French social security number's layout (sex, year, month,
/// department, commune, order, key: groups of 1, 2, 2, 2, 3, 3 and 2 digits, the first 1 or 2).
/// A valid one is a NIR found earlier; one whose key fails is a file or insurance reference
/// written the same way, and its head is no phone either.
fn nir_layout(cand: &str) -> bool {
    let mut groups = cand.split([' ', '-', '.']).filter(|g| !g.is_empty());
    let first_ok = groups.next().is_some_and(|g| g == "1" || g == "2");
    first_ok
        && [2, 2, 2, 3, 3, 2].iter().all(|&n| {
            groups
                .next()
                .is_some_and(|g| g.len() == n && g.bytes().all(|b| b.is_ascii_digit()))
        })
        && groups.next().is_none()
}

/// `07.12.2027`, `03 04 1972`, `02-05-2027`: a day, a month and a year of this century or the
/// last, cut by one kind of mark (either order of day and month). A date is written this way far
/// more often than a phone number with a trunk `0` is cut in pairs then a group of four.
fn date_layout(cand: &str) -> bool {
    let b = cand.as_bytes();
    if b.len() != 10 || !matches!(b[2], b'.' | b' ' | b'-') || b[5] != b[2] {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &b[r];
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))
    };
    let (Some(a), Some(m), Some(y)) = (num(0..2), num(3..5), num(6..10)) else {
        return false;
    };
    let day_month = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    (1900..=2099).contains(&y) && (day_month(a, m) || day_month(m, a))
}

/// Try the candidate, then drop trailing groups (a number followed by another figure).
fn validate_with_shrink(text: &str, start: usize, cand: &str) -> Option<(usize, usize)> {
    // Six pairs or more: a 12-digit loyalty or customer number (« carte fidélité : 09 89 40
    // 21 56 39, elle a 320 points »), unless a word follows, when the last pair is the street
    // number of an address after a phone (« 06 12 84 37 59 14 rue des Tanneurs »).
    let pairs = cand.split([' ', '-', '.']).filter(|g| !g.is_empty());
    if pairs.clone().count() >= 6 && pairs.clone().all(|g| g.len() == 2) {
        let after = text[start + cand.len()..].trim_start_matches([' ', '\u{a0}']);
        if !after.starts_with(char::is_alphabetic) {
            return None;
        }
    }
    let mut c = cand;
    for _ in 0..3 {
        if let Some(len) = validate(text, start, c) {
            return Some((start, start + len));
        }
        let cut = c.rfind([' ', '-', '.'])?;
        c = c[..cut].trim_end_matches(['-', '.', ' ', '(', ')']);
    }
    None
}

fn validate(text: &str, start: usize, cand: &str) -> Option<usize> {
    let end = start + cand.len();
    // Boundaries: not glued to letters/digits, not a reference (#, n°), not a price or a decimal;
    // but a phone label's abbreviation point may touch it (« Tél.0145237789 »).
    if !after_phone_label(&text[..start])
        && char_before(text, start).is_some_and(|c| {
            c.is_alphanumeric()
                || matches!(
                    c,
                    '#' | '/' | '°' | '€' | '$' | '£' | '_' | '=' | '.' | ',' | '-' | '+'
                )
        })
    {
        return None;
    }
    // A reference marker before the figure (`n° 1-415-555-0132`, `# 4155550132`).
    if text[..start]
        .trim_end_matches([' ', '\u{a0}'])
        .ends_with(['°', 'º', '#'])
    {
        return None;
    }
    // An order or a file has no country code: `+39 02 …` after "order:" is a phone.
    if !cand.starts_with('+') && reference_word_before(&text[..start]) {
        return None;
    }
    let from = crate::text::ceil_char_boundary(text, start.saturating_sub(40));
    if CODE_TAIL.is_match(&text[from..start]) {
        return None;
    }
    if alnum_at(text, end) || matches!(char_at(text, end), Some('€' | '%' | '/' | '_' | '@')) {
        return None;
    }
    if matches!(char_at(text, end), Some(',' | '.' | '-'))
        && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None; // a decimal, or a piece of a longer hyphenated reference
    }
    if cand.contains("  ") || cand.contains("..") || cand.contains("--") {
        return None;
    }
    let digits: String = cand.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    if !(8..=15).contains(&n) {
        return None;
    }
    // `2024-11-0457`: a year then a month opens a dated reference, not a national number.
    let b = cand.as_bytes();
    if b.len() > 7
        && (cand.starts_with("19") || cand.starts_with("20"))
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(b[4], b'-' | b'.' | b'/' | b' ')
        && matches!(
            &cand[5..7],
            "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"
        )
        && !b[7].is_ascii_digit()
    {
        return None;
    }
    let seps: Vec<char> = cand
        .chars()
        .filter(|c| matches!(c, ' ' | '-' | '.'))
        .collect();
    // `514 559-8127`: North America writes the area code apart and the line with a hyphen,
    // also after the trunk `1` (`1 718 658-8691`).
    let nanp_spaced = (seps == [' ', '-'] && nanp_shape(cand))
        || (seps == [' ', ' ', '-'] && cand.starts_with("1 ") && nanp_shape(&cand[2..]));
    if seps.iter().any(|&c| c != seps[0])
        && !cand.contains('(')
        && !cand.starts_with('+')
        && !nanp_spaced
    {
        return None; // mixed separators: likely a date-time or a list
    }
    // `(+33) 6 12 34 56 78`: the country code in parentheses.
    let intl = cand.starts_with('+') || cand.starts_with("(+") || cand.starts_with("00");
    if intl {
        let body = cand.trim_start_matches(['(', '+']);
        let body = body.strip_prefix("00").unwrap_or(body);
        let cleaned = body.replace("(0)", "");
        // Fast path for the plans we see most (their lengths are fixed), metadata otherwise.
        let d: String = cleaned.chars().filter(char::is_ascii_digit).collect();
        let fast = |cc: &str, lens: &[usize], first: &[u8]| {
            d.strip_prefix(cc)
                .is_some_and(|r| lens.contains(&r.len()) && first.contains(&r.as_bytes()[0]))
        };
        if fast("33", &[9], b"123456789")
            || fast("1", &[10], b"23456789")
            || fast("44", &[9, 10], b"123456789")
        {
            return Some(cand.len());
        }
        let s = format!("+{d}");
        let num = phonenumber::parse(None, &s).ok()?;
        return (phonenumber::is_valid(&num) || plausible(&num)).then_some(cand.len());
    }
    if digits.starts_with('0') {
        // `0612 4578 93`: national plans end on a pair only after pairs (`06 12 34 56 78`,
        // `0470 12 34 56`, `079 512 34 67`); a short last group after a long one is a
        // reference cut in fours.
        let groups: Vec<usize> = cand
            .split([' ', '-', '.'])
            .filter(|g| !g.is_empty())
            .map(str::len)
            .collect();
        if groups.len() >= 3 && groups[groups.len() - 1] <= 2 && groups[groups.len() - 2] >= 3 {
            return None;
        }
        // Pairs only is the French layout, ten digits: a sixth pair is what follows the number
        // (« 06 12 84 37 59 14 rue des Tanneurs »), and the shrink drops it.
        if groups.len() > 5 && groups.iter().all(|&g| g == 2) {
            return None;
        }
        if n > 11 && cand.bytes().all(|b| b.is_ascii_digit()) {
            return None; // a long compact reference, not a national number
        }
        // `02-4871-0019`: ten digits cut 2, 4, 4 by dashes is how a bike's marking or a file
        // number is printed; a phone cut that way is written with blanks (`06 1234 5678`), or
        // the line says it is a phone.
        if groups == [2, 4, 4] && cand.contains('-') && !phone_cue_before(text, start) {
            return None;
        }
        // FR national numbers: 10 digits 01–09, written in pairs or compact (ARCEP plan).
        if n == 10 && digits.as_bytes()[1] != b'0' && fr_shape(cand) {
            return Some(cand.len());
        }
        for &r in TRUNK_REGIONS {
            if let Ok(num) = phonenumber::parse(Some(r), cand) {
                if phonenumber::is_valid(&num) {
                    return Some(cand.len());
                }
            }
        }
        // FR national numbers: 10 digits 01–09, written in pairs or compact.
        if n == 10 && digits.as_bytes()[1] != b'0' && fr_shape(cand) {
            return Some(cand.len());
        }
        return None;
    }
    // `77 458 12 36`: a Senegalese mobile without its country code, in the layout it is
    // always written in there (operator prefix 70, 75, 76, 77 or 78).
    if n == 9 && senegal_mobile_layout(cand) {
        return Some(cand.len());
    }
    // `1-415-555-0132`, `1 (415) 555-0132`: the NANP trunk `1`, then a separated 10-digit number.
    if n == 11 && cand.starts_with('1') && cand[1..].starts_with([' ', '-', '.', '(']) {
        let rest = cand[1..].trim_start_matches([' ', '-', '.']);
        if nanp_shape(rest) {
            return Some(cand.len());
        }
    }
    // Ten digits without a trunk `0` are grouped as the plans print them (`415 555 0132`, `532
    // 123 45 67`), not as a reference is (`263-6177245`, a parcel's or a request's number).
    if n == 10 && !digits.starts_with('0') && !cand.contains('(') {
        let groups: Vec<usize> = cand
            .split([' ', '-', '.'])
            .filter(|g| !g.is_empty())
            .map(str::len)
            .collect();
        if !matches!(groups.as_slice(), [10] | [3, 3, 4] | [3, 3, 2, 2]) {
            return None;
        }
    }
    // Ten digits in one run, no trunk `0` nor `+`: a loyalty, booking or account number as often
    // as a North-American phone (« Flying Blue 2098447123 »); a phone only where the line says
    // so before it ("call me at 4158397261", « mon numéro c'est … ») or the number stands alone
    // on its line, as a contact is pasted.
    if n == 10
        && cand.len() == 10
        && !phone_cue_before(text, start)
        && !alone_on_line(text, start, end)
    {
        return None;
    }
    if n == 10 || (n == 11 && digits.starts_with('1')) {
        // An 11-digit number starting with 1 is a Chinese mobile, not `1` + a NANP number.
        let regions: &[Id] = if n == 11 { &[Id::CN] } else { BARE_REGIONS };
        // Only numbers that can fit the region's plan reach the (costly) metadata: NANP
        // `NXX NXX XXXX`, Turkish numbers `[2-5]…`, Chinese mobiles `1…`. NIR pieces, order and
        // tracking numbers mostly fail this at once.
        let d = digits.as_bytes();
        let fits = |r: Id| match r {
            Id::US | Id::CA => (b'2'..=b'9').contains(&d[0]) && (b'2'..=b'9').contains(&d[3]),
            Id::TR => (b'2'..=b'5').contains(&d[0]),
            // Chinese mobiles are `1[3-9]…`, and are never written as a dotted quad (an IPv4
            // address such as `198.51.100.204` has eleven digits too).
            Id::CN if n == 11 => (b'3'..=b'9').contains(&d[1]) && cand.split('.').count() != 4,
            _ => true,
        };
        for &r in regions.iter().filter(|&&r| fits(r)) {
            if let Ok(num) = phonenumber::parse(Some(r), cand) {
                if phonenumber::is_valid(&num) {
                    return Some(cand.len());
                }
            }
        }
        if n == 10 && nanp_shape(cand) {
            return Some(cand.len());
        }
    }
    None
}

/// Does the line before byte `start` (up to 80 bytes back) name a phone, a call or a message?
fn phone_cue_before(text: &str, start: usize) -> bool {
    const CUES: &[&str] = &[
        "call",
        "phone",
        "tel",
        "tél",
        "mobile",
        "cell",
        "appel",
        "portable",
        "joindre",
        "reach",
        "text",
        "sms",
        "whatsapp",
        "contact",
        "fax",
        "ring",
        "dial",
        "📞",
        "☎",
        "📱",
        // Someone's number: « mon numéro c'est … », "her number is …".
        "mon numéro",
        "mon numero",
        "ton numéro",
        "son numéro",
        "son numero",
        "votre numéro",
        "my number",
        "your number",
        "his number",
        "her number",
        "their number",
    ];
    let from = crate::text::ceil_char_boundary(text, start.saturating_sub(80));
    let before = &text[from..start];
    let line = before.rsplit('\n').next().unwrap_or(before).to_lowercase();
    CUES.iter().any(|c| line.contains(c))
}

/// Is `[start, end)` all its line holds, but for spacing and punctuation?
fn alone_on_line(text: &str, start: usize, end: usize) -> bool {
    // Each walk stops at the line's end or at its first letter or digit, so a long text full of
    // numbers stays linear.
    fn blank(chars: impl Iterator<Item = char>) -> bool {
        chars
            .take_while(|&c| c != '\n')
            .all(|c| !c.is_alphanumeric())
    }
    blank(text[..start].chars().rev()) && blank(text[end..].chars())
}

/// Does the text before a figure end with a phone label and its abbreviation point (`Tél.`,
/// `Tel.`, `Ph.`, `Fax.`, `Mob.`, `Port.`)?
fn after_phone_label(before: &str) -> bool {
    let Some(t) = before.strip_suffix('.') else {
        return false;
    };
    let (_, word) = split_last_word(t);
    matches!(
        word.to_lowercase().as_str(),
        "tél" | "tel" | "ph" | "fax" | "mob" | "port" | "tlf" | "téléph" | "teleph"
    )
}

/// Words that name an order, an invoice or a file: the figure right after them is its number
/// (`Commande 0612 4578 93`, `Invoice INV 0207 9460 958`, `Facture : 04 91 …`), not a phone.
const REFERENCE_WORDS: &[&str] = &[
    "commande",
    "commandes",
    "cmd",
    "order",
    "orders",
    "invoice",
    "inv",
    "facture",
    "factures",
    "ref",
    "réf",
    "reference",
    "référence",
    "ticket",
    "dossier",
    "lot",
    "tracking",
    "suivi",
    "colis",
    "parcel",
    // Carriers: the figure after their name is a waybill (`DHL Express 4417229067`).
    "dhl",
    "express",
    "ups",
    "fedex",
    "tnt",
    "gls",
    "dpd",
    "usps",
    "chronopost",
    "colissimo",
    "awb",
    "waybill",
    "contrat",
    "contract",
    "devis",
    "quote",
    "sku",
    "po",
    "batch",
    "serial",
    // Product codes (`EAN 3 760 123 456 789`, `GTIN`, `UPC`, `ISBN`).
    "ean",
    "ean13",
    "gtin",
    "upc",
    "isbn",
    // Tax and company registers (`TVA 0417.497.106`, `BTW: 0417.497.106`).
    "tva",
    "vat",
    "btw",
    "mwst",
    "bce",
    "kbo",
    // Company registers (`Company no. 08964975`, `SIREN 412 345 678`, `RCS Lyon`).
    "company",
    "registration",
    "reg",
    "crn",
    "siren",
    "siret",
    "rcs",
    // Memberships and permits (`Licence no. 06724427`, « n° d'adhérent »).
    "licence",
    "license",
    "licences",
    "permit",
    "membership",
    "adhérent",
    "adherent",
];

/// EU VAT numbers are written after their country code in capitals (`BE 0417.497.106`, the
/// Belgian enterprise number, has a trunk-like `0` and ten digits): such a figure is not a phone.
const VAT_PREFIXES: &[&str] = &["BE", "LU", "NL", "DE", "AT", "IT", "ES", "PT", "FR", "CHE"];

/// Words for "number" between a reference word and its figure (`Order no. 0612…`,
/// `company number 08964975`); after any other word (`phone no.`) the figure may be a phone.
const NUMBER_WORDS: &[&str] = &["no", "nr", "nbr", "num", "number", "numero", "numéro"];

/// Is the word just before a candidate (past spacing, `:` and `-`) a [`REFERENCE_WORDS`] word,
/// or a [`NUMBER_WORDS`] word right after one?
fn reference_word_before(before: &str) -> bool {
    let is_reference =
        |w: &str| w.len() <= 12 && REFERENCE_WORDS.contains(&w.to_lowercase().as_str());
    let t = before.trim_end_matches([' ', '\u{a0}', '\t', ':', '-']);
    // "Our company number is 03932058": a copula between the words and the figure.
    let t = match split_last_word(t) {
        (rest, "is" | "est" | "was") => rest.trim_end_matches([' ', '\u{a0}', '\t']),
        _ => t,
    };
    let (rest, w) = split_last_word(t);
    if VAT_PREFIXES.contains(&w) || is_reference(w) {
        return true;
    }
    let (rest, w) = if w.is_empty() {
        split_last_word(t.strip_suffix('.').unwrap_or(""))
    } else {
        (rest, w)
    };
    // An abbreviated reference word (`Réf. 0612…`, `Cmd. 0612…`); a whole word before a point
    // ends a sentence (« Merci pour la commande. 06 12 … » gives a phone).
    if t.ends_with('.')
        && matches!(
            w.to_lowercase().as_str(),
            "ref" | "réf" | "cmd" | "inv" | "fact" | "doss" | "contr"
        )
    {
        return true;
    }
    if !(w.len() <= 8 && NUMBER_WORDS.contains(&w.to_lowercase().as_str())) {
        return false;
    }
    let (_, w) = split_last_word(rest.trim_end_matches([' ', '\u{a0}', '\t', '.']));
    is_reference(w)
}

/// An international number whose country code exists and whose national part has a length the
/// plan allows (numbering plans change faster than metadata releases; the length is stable).
fn plausible(num: &phonenumber::PhoneNumber) -> bool {
    let digits = num.national().value().to_string();
    let national = digits.len();
    match num.code().value() {
        33 => national == 9 && !digits.starts_with('0'),
        1 => national == 10 && !digits.starts_with(['0', '1']),
        44 => (9..=10).contains(&national) && !digits.starts_with('0'),
        49 => (6..=11).contains(&national),
        // Australia: nine digits, a landline area (2, 3, 7, 8) or a mobile (4); New Zealand:
        // eight to ten digits.
        61 => national == 9 && digits.starts_with(['2', '3', '4', '7', '8']),
        64 => (8..=10).contains(&national),
        32 | 41 | 31 | 34 | 39 | 351 | 352 | 377 => (8..=10).contains(&national),
        _ => false,
    }
}

/// `77 458 12 36`, `77.458.12.36`: groups of 2, 3, 2 and 2 digits cut by one kind of mark, the
/// first a Senegalese mobile operator's prefix.
fn senegal_mobile_layout(cand: &str) -> bool {
    let Some(sep) = cand.chars().find(|c| matches!(c, ' ' | '.' | '-')) else {
        return false;
    };
    let groups: Vec<&str> = cand.split(sep).collect();
    groups.iter().map(|g| g.len()).eq([2, 3, 2, 2])
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        && matches!(groups[0], "70" | "75" | "76" | "77" | "78")
}

/// `0X XX XX XX XX`, `0X-XX-…`, `0X.XX.…` or compact.
fn fr_shape(cand: &str) -> bool {
    let groups: Vec<&str> = cand.split([' ', '-', '.']).collect();
    groups.len() == 1 || (groups.len() == 5 && groups.iter().all(|g| g.len() == 2))
}

/// `(AAA) BBB-CCCC`, `AAA-BBB-CCCC`, `AAA.BBB.CCCC`, `AAA BBB CCCC` with a valid area code.
fn nanp_shape(cand: &str) -> bool {
    let d: Vec<u8> = cand.bytes().filter(u8::is_ascii_digit).collect();
    let groups: Vec<usize> = cand
        .split([' ', '-', '.', '(', ')'])
        .filter(|g| !g.is_empty())
        .map(str::len)
        .collect();
    groups == [3, 3, 4] && (b'2'..=b'9').contains(&d[0]) && (b'2'..=b'9').contains(&d[3])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<String> {
        let mut h = Vec::new();
        detect(t, &mut h);
        h.iter().map(|h| t[h.start..h.end].to_string()).collect()
    }

    proptest::proptest! {
        /// The overlap index answers what a look through every span answers.
        #[test]
        fn taken_answers_as_a_linear_look(
            before in proptest::collection::vec((0usize..200, 1usize..40), 0..12),
            later in proptest::collection::vec((0usize..200, 1usize..40), 0..12),
            queries in proptest::collection::vec((0usize..220, 1usize..30), 1..20),
        ) {
            let hits: Vec<Hit> = before.iter().map(|&(s, l)| Hit::new(Kind::Card, s, s + l)).collect();
            let mut taken = Taken::new(hits.iter());
            let mut all: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
            let linear = |all: &[(usize, usize)], s: usize, e: usize| all.iter().any(|&(a, b)| a < e && s < b);
            // Added spans overlap nothing taken, as the detector adds them.
            for &(s, l) in &later {
                if !linear(&all, s, s + l) {
                    taken.add(s, s + l);
                    all.push((s, s + l));
                }
            }
            for &(s, l) in &queries {
                proptest::prop_assert_eq!(taken.overlaps(s, s + l), linear(&all, s, s + l));
            }
        }
    }

    #[test]
    fn a_nir_layout_with_a_wrong_key_is_no_phone() {
        assert!(
            found("Numéro de dossier mutuelle : 2 85 03 69 387 104 61 (leur référence)").is_empty()
        );
        assert!(found("réf. adhérent 1-92-11-75-056-218-40").is_empty());
        // Ten digits in pairs still are a phone.
        assert_eq!(found("appelle le 06 12 48 73 95 stp"), ["06 12 48 73 95"]);
    }

    #[test]
    fn a_pair_after_a_paired_number_is_what_follows_it() {
        assert_eq!(
            found("Julie 06 12 84 37 59 14 rue des Tanneurs, 67000 Strasbourg"),
            ["06 12 84 37 59"]
        );
        assert_eq!(found("tél 01 45 23 77 89 12 colis"), ["01 45 23 77 89"]);
    }

    #[test]
    fn australian_numbers_by_their_plan() {
        assert_eq!(
            found("The creator's manager picks up on +61 471 252 110."),
            ["+61 471 252 110"]
        );
        assert_eq!(found("office +61 2 9374 4000"), ["+61 2 9374 4000"]);
        // Too short for the plan, or no trunk region's shape.
        assert!(found("ref +61 471 252 11").is_empty());
    }

    #[test]
    fn a_date_cut_by_dots_or_blanks_is_no_phone() {
        for t in [
            "Le délai de rétractation court jusqu'au 07.12.2027, merci.",
            "Rendez-vous le 02 05 2027 à 15 h.",
            "La commande du 03.06.2026 est payée.",
            "née le 03 04 1972 à Lyon",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        // Phones cut in pairs keep their shape, even when their pairs read as a date's.
        assert_eq!(found("tel 07.12.20.27.45 svp"), ["07.12.20.27.45"]);
        assert_eq!(found("UK mobile 07122 020274"), ["07122 020274"]);
    }

    #[test]
    fn eleven_digits_from_one_are_a_chinese_mobile_only_in_its_plan() {
        assert_eq!(found("WeChat : 138 0013 8000"), ["138 0013 8000"]);
        // An IPv4 address and a `10…` reference have eleven digits too.
        assert!(found("Le client se connecte depuis 198.51.100.204, merci").is_empty());
        assert!(found("10000000146").is_empty());
    }

    #[test]
    fn slashed_pairs() {
        assert_eq!(
            found("son fixe : 04/78/62/19/55, merci"),
            ["04/78/62/19/55"]
        );
        assert_eq!(found("(06/12/48/73/95)"), ["06/12/48/73/95"]);
        assert!(found("du 04/07/2025 au 06/07/2025").is_empty());
        assert!(found("ref 04/78/62/19/55/12").is_empty());
        assert!(found("lot 10/78/62/19/55").is_empty());
        assert!(found("chemin a/04/78/62/19/55").is_empty());
    }

    #[test]
    fn zone_before_a_slash() {
        assert_eq!(
            found("GSM de la créatrice : 0472/58.31.96 (WhatsApp ok)"),
            ["0472/58.31.96"]
        );
        assert_eq!(found("bureau 02/513.48.27, demander Eva"), ["02/513.48.27"]);
        // Near misses: a date, a fraction of stock, a reference.
        assert!(found("livré le 05/12.2024 au dépôt").is_empty());
        assert!(found("stock 0472/58 pièces").is_empty());
        assert!(found("Commande 0472/58.31.96 expédiée").is_empty());
    }

    #[test]
    fn french_and_international_numbers() {
        assert_eq!(
            found("Rappelez au 07-30-66-77-60 avant 18 h"),
            ["07-30-66-77-60"]
        );
        assert_eq!(found("call +44 20 7123 4567 now"), ["+44 20 7123 4567"]);
        assert_eq!(found("au +33 (0)1 42 68 53 00."), ["+33 (0)1 42 68 53 00"]);
        assert_eq!(found("US: (415) 555-0132"), ["(415) 555-0132"]);
        assert_eq!(found("tel 0612345678"), ["0612345678"]);
        assert_eq!(found("0033 6 12 34 56 78"), ["0033 6 12 34 56 78"]);
    }

    #[test]
    fn references_prices_and_dates_are_not_phones() {
        assert!(found("Refund #510120696 has been approved").is_empty());
        assert!(found("Refund #3429-6666").is_empty());
        assert!(found("EAN 3760432827350").is_empty());
        // A product code cut in threes: its head is a Turkish number's length.
        assert!(found("EAN 3 760 123 456 789 — carton de 12").is_empty());
        assert!(found("GTIN : 3 760 123 456 789").is_empty());
        // The word must be the product code's: a phone after another word is still one.
        assert_eq!(found("Tél. de Jeanne : 06.47.21.83.59"), ["06.47.21.83.59"]);
        assert!(found("SIRET 827 963 168 01780").is_empty());
        assert!(found("le 15/02/2025 à 10:30").is_empty());
        assert!(found("total 1 299,00 €").is_empty());
        assert!(found("tracking 6A45939338810").is_empty());
        assert!(found("Le colis DHL Express 4417229067 est en dédouanement").is_empty());
        assert!(found("UPS 1-800-742-5877 is on the label").is_empty());
        assert!(found("Le ticket 2024-11-0457 est clos.").is_empty());
        assert!(found("Numéro de commande : 100-4839201-5567123").is_empty());
        assert!(found("ticket 2024-11-0457, rappeler le 06-12-34-56-78").len() == 1);
        assert!(found("call 212-555-0147 today").len() == 1);
    }
}

#[cfg(test)]
mod format_tests {
    use super::tests_support::found;

    #[test]
    fn international_forms_with_any_separator() {
        for t in [
            "+33 6 12 34 56 78",
            "+33.6.12.34.56.78",
            "+33-6-12-34-56-78",
            "+33 (0)6 12 34 56 78",
            "(+33) 6 12 34 56 78",
            "0033 (0)6 12 34 56 78",
            "+44 (0)7700 900123",
            "+44-20-7123-4567",
            "+44.20.7123.4567",
            "+447700900123",
            "+1 (415) 555-0132",
            "+1.415.555.0132",
            "(+1) 415 555 0132",
            "+32 470 12 34 56",
            "+41 79 123 45 67",
        ] {
            let text = format!("Contact : {t} (après 18 h)");
            assert_eq!(found(&text), [t], "{t}");
        }
    }

    #[test]
    fn national_forms() {
        for t in [
            "06.12.34.56.78",
            "01 42 68 53 00",
            "0 800 123 456",
            "07700 900123",
            "(020) 7123 4567",
            "1-415-555-0132",
            "1 (415) 555-0132",
            "(415)555-0132",
            "514 559-8127",
            "77 458 12 36",
        ] {
            let text = format!("call {t} today");
            assert_eq!(found(&text), [t], "{t}");
        }
    }

    #[test]
    fn a_number_cut_by_a_line_break() {
        for (t, want) in [
            (
                "la cliente a laissé son numéro : 06 71 28\n45 93 (plutôt après 18 h).",
                "06 71 28\n45 93",
            ),
            (
                "tel du chauffeur :\n+33 6 12 45\n78 90\n(copié)",
                "+33 6 12 45\n78 90",
            ),
        ] {
            assert_eq!(found(t), [want], "{t}");
        }
        for t in [
            "Paris 75011\n06 12 34 56",
            "commande 06 71 28\n45 93",
            "quantités : 12 34\n56 78",
            "06 71 28 45 93 12\n45 93 11",
        ] {
            assert!(
                found(t).iter().all(|f| !f.contains('\n')),
                "{t}: {:?}",
                found(t)
            );
        }
    }

    #[test]
    fn look_alike_figures_are_not_phones() {
        for t in [
            "commande n° 1-415-555-0132",
            "facture FAC-1-415-555-0132",
            "versé 1 415 555,01 € hier",
            "le 1-12-2025 à 14:30",
            "(+33) 1,5 % de remise",
            "ISBN 1-4155-5501-3",
            // Mixed marks that are not the North-American layout.
            "lot 514 559-81270",
            "réf. 77 458 12 360",
            "prix 71 458 12 36",
            "2025 04-12 1430",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn vat_and_company_numbers_are_not_phones() {
        for t in [
            "Numéro d'entreprise : BE 0417.497.106, à mettre sur la facture",
            "TVA 0417.497.106",
            "BTW: 0475 621 893",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        for (t, p) in [
            ("mon gsm c'est le 0475 62 18 93", "0475 62 18 93"),
            ("I'll be at 0475 62 18 93 all day", "0475 62 18 93"),
        ] {
            assert_eq!(found(t), [p], "{t}");
        }
    }
}

#[cfg(test)]
mod tests_support {
    pub(super) fn found(t: &str) -> Vec<String> {
        let mut h = Vec::new();
        super::detect(t, &mut h);
        h.iter().map(|h| t[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn reference_words_and_ragged_groups_are_not_phones() {
        for t in [
            "Commande 0612 4578 93 expédiée, on vous tient au courant",
            "Invoice INV 0207 9460 958 is overdue by 3 days",
            "Facture : 04 91 55 20 13 réglée",
            "order 0612457893 shipped",
            "Référence 0612 4578 93 à rappeler au SAV",
            "Company no. 08964975, VAT GB945608012 – for your invoice",
            "Order No 0612457893 has shipped",
            "company number: 04231102",
            "Our company number is 03932058, it's on every invoice.",
            "Numéro de commande n° 0612457893",
            "dossier numéro 06 12 45 78 93",
            "Version 2.0612345678 est sortie",
            "Réf. 0612457893",
            // Ten digits in one run with no phone word before them on the line.
            "Carte Flying Blue 2098447123, pour les miles",
            "numéro de réservation 4158397261",
            "Booking 4158397261 confirmed\ncall us if anything changes",
            "Numéro de carte fidélité de la cliente : 09 89 40 21 56 39, elle a 320 points.",
            "Loyalty number 04 27 90 74 37 96 — customer has 1,240 points.",
            "Ta demande 101-1144472 est en cours d'analyse, réponse sous 5 jours",
            "Le carton 263-6177245 est scanné au hub",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        for t in [
            "call me at 4158397261 tonight",
            "mon numéro c'est 4158397261",
            "📞 4158397261",
            "4158397261",
            "Merci !\n4158397261\nBonne soirée",
        ] {
            assert_eq!(found(t), ["4158397261"], "{t}");
        }
        for (t, p) in [
            (
                "Son portable : 06 47 21 93 58, appelle-la",
                "06 47 21 93 58",
            ),
            (
                "Belgian mobile 0470 12 34 56 for the driver",
                "0470 12 34 56",
            ),
            ("Swiss line 079 512 34 67", "079 512 34 67"),
            ("ring the venue on 020 7946 0958", "020 7946 0958"),
            (
                "après la commande, appelle le 06 12 34 56 78",
                "06 12 34 56 78",
            ),
            ("his number is 0207 946 0958", "0207 946 0958"),
            ("Phone no. 06 47 21 93 58 for the courier", "06 47 21 93 58"),
            ("son numéro : 06 47 21 93 58", "06 47 21 93 58"),
            ("Tél.0145237789 (fixe du bureau)", "0145237789"),
            ("Mob.+33 6 47 21 93 58", "+33 6 47 21 93 58"),
            (
                "Merci pour la commande. 06 47 21 93 58 pour me joindre",
                "06 47 21 93 58",
            ),
        ] {
            assert_eq!(found(t), [p], "{t}");
        }
    }

    #[test]
    fn dashed_two_four_four_is_a_reference_unless_called_a_phone() {
        assert!(found("Cadre déclaré sur Bicycode sous 02-4871-0019.").is_empty());
        assert_eq!(found("Appelez le 02-4871-0019"), ["02-4871-0019"]);
        assert_eq!(found("Joignable au 06 1234 5678"), ["06 1234 5678"]);
    }

    #[test]
    fn nanp_trunk_then_spaced_area_irish_landlines_and_licences() {
        assert_eq!(
            found("call her back on 1 718 658-8691 about the deposit"),
            ["1 718 658-8691"]
        );
        assert_eq!(
            found("Caretaker: (01) 863 0396 after 9am"),
            ["(01) 863 0396"]
        );
        assert!(found("Licence no. 06724427 has been validated").is_empty());
        assert!(found("le 12 02 2024 à 10h30-11h").is_empty());
    }
}
