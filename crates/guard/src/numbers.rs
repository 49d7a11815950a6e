//! Validated numbers: payment cards, IBANs and French social security numbers (NIR).
//!
//! Catches: card numbers of 13–19 digits, plain or grouped by spaces/hyphens (or dots, in the
//! printed 4·4·4·4 and 4·6·5 groupings only), that pass Luhn and
//! whose length fits their issuer prefix; IBANs (compact or grouped by four) whose length matches
//! their country and that pass the ISO 13616 mod-97 check; NIRs (sex, year, month, department
//! including Corsica 2A/2B, commune, order, key; grouped by blanks, or by dots between every
//! group) whose key is 97 − (number mod 97).
//!
//! False-positive traps avoided: order numbers and 16-digit references that fail Luhn; EAN-13
//! barcodes (13 digits are only accepted for the `4` issuer); SIRET numbers (no card prefix);
//! SEPA creditor identifiers (`FR09ZZZ…`, IBAN-shaped but the wrong length and checksum); digits
//! glued to letters (`REF1234…`).
use std::sync::LazyLock;

use regex::Regex;

use crate::text::{alnum_at, alnum_before};
use crate::{Hit, Kind};

static CARD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d(?:[ \-.]?\d|\n\d){12,}").expect("static regex"));
/// [`CARD`] whose groups may also be cut by a zero-width space (copied from a web page or an
/// e-mail); run only on texts that hold one.
static CARD_ZW: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d(?:[ \-.\x{200B}]?\d|\n\d){12,}").expect("static regex"));
static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]|\n[A-Z0-9]){10,32}").expect("static regex")
});
/// A lowercase IBAN (`be31735004219368`), as typed in chat; tried only next to a banking word.
static IBAN_LOWER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[a-z]{2}\d{2}(?:[ \-]?[a-z0-9]){10,32}").expect("static regex"));
static NIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[12][ .\-]?\d{2}[ .\-]?\d{2}[ .\-]?(?:(?:\d{2}|2[ABab])[ .\-]?\d{3}|97\d[ .\-]?\d{2})[ .\-]?\d{3}(?:[ .\-]|  | - )?\d{2}",
    )
    .expect("static regex")
});

#[cfg(test)]
pub(crate) fn detect(text: &str, hits: &mut Vec<Hit>) {
    detect_counted(text, crate::text::digit_count(text), hits);
}

/// [`detect`] for a text with `digits` ASCII digits (the scan counts them once for every
/// number detector).
pub(crate) fn detect_counted(text: &str, digits: usize, hits: &mut Vec<Hit>) {
    let b = text.as_bytes();
    // Gates: an IBAN starts with a country code and two check digits (`FR76`); cards and NIRs
    // have 13 digits at least.
    // (One pass for both cases; the digit pair, the rarer part, is tested first.)
    let (mut upper, mut lower) = (false, false);
    if digits >= 2 {
        for w in b.windows(4) {
            if w[2].is_ascii_digit() && w[3].is_ascii_digit() {
                if w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase() {
                    upper = true;
                } else if w[0].is_ascii_lowercase() && w[1].is_ascii_lowercase() {
                    lower = true;
                }
                if upper && (lower || digits < 10) {
                    break;
                }
            }
        }
    }
    if upper {
        detect_iban(text, &IBAN, hits);
    }
    // A lowercase IBAN: at least ten digits (every IBAN has more) and a banking word.
    if lower && digits >= 10 && bank_context(b) {
        detect_iban(text, &IBAN_LOWER, hits);
    }
    if digits >= 13 {
        detect_nir(text, hits);
        detect_cards(text, hits);
    }
}

/// Luhn checksum over ASCII digits.
pub fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    // `is_multiple_of` needs Rust 1.87; the workspace supports 1.85.
    #[allow(clippy::manual_is_multiple_of)]
    let ok = sum % 10 == 0;
    !digits.is_empty() && ok
}

/// Does a card number of this length fit its issuer prefix?
fn card_shape(d: &[u8]) -> bool {
    let n = d.len();
    let p2 = (d[0] - b'0') * 10 + (d[1] - b'0');
    match d[0] {
        b'4' => matches!(n, 13 | 16 | 19),
        b'5' => (16..=19).contains(&n) && (p2 >= 50),
        b'2' => n == 16 && (22..=27).contains(&p2),
        b'3' => match p2 {
            34 | 37 => n == 15,
            30 | 36 | 38 | 39 => (14..=19).contains(&n),
            35 => (16..=19).contains(&n),
            _ => false,
        },
        b'6' => (16..=19).contains(&n),
        b'1' => n == 15, // UATP
        _ => false,
    }
}

fn detect_cards(text: &str, hits: &mut Vec<Hit>) {
    let re = if crate::text::has_bytes(text.as_bytes(), "\u{200B}".as_bytes()) {
        &*CARD_ZW
    } else {
        &*CARD
    };
    for m in re.find_iter(text) {
        if alnum_before(text, m.start()) {
            continue;
        }
        // The run may hold several numbers ("4012888888881881 4012-8888-…"): try windows of
        // whole digit groups, longest first, left to right.
        let groups: Vec<(usize, usize)> = group_spans(m.as_str(), m.start());
        let mut i = 0;
        while i < groups.len() {
            let mut found = None;
            for j in (i..groups.len().min(i + 19)).rev() {
                let (s, e) = (groups[i].0, groups[j].1);
                let cand = &text[s..e];
                let digits: Vec<u8> = cand.bytes().filter(u8::is_ascii_digit).collect();
                if !(13..=19).contains(&digits.len()) || alnum_at(text, e) {
                    continue;
                }
                let seps: Vec<char> = cand.chars().filter(|c| !c.is_ascii_digit()).collect();
                // A card copied over two lines (`4345 5641⏎4355 5895`): one line break between
                // groups of four that the same blank or dash separates on each line.
                let breaks = seps.iter().filter(|&&c| c == '\n').count();
                let seps: Vec<char> = seps.into_iter().filter(|&c| c != '\n').collect();
                if breaks > 0
                    && (breaks > 1
                        || seps.is_empty()
                        || seps[0] == '.'
                        || cand.split(['\n', ' ', '-']).any(|g| g.len() != 4))
                {
                    continue;
                }
                if seps.windows(2).any(|w| w[0] != w[1]) || !grouping_is_regular(cand) {
                    continue;
                }
                if card_shape(&digits)
                    && luhn(&digits)
                    && !all_same(&digits)
                    && !nir_digits_valid(&digits)
                {
                    found = Some((j, s, e));
                    break;
                }
            }
            match found {
                Some((j, s, e)) => {
                    hits.push(Hit::new(Kind::Card, s, e));
                    i = j + 1;
                }
                None => i += 1,
            }
        }
    }
}

/// Byte spans (absolute) of the digit groups of a candidate.
fn group_spans(cand: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, b) in cand.bytes().enumerate() {
        match (b.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((base + s, base + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((base + s, base + cand.len()));
    }
    out
}

fn all_same(d: &[u8]) -> bool {
    d.iter().all(|&x| x == d[0])
}

/// Card numbers are written compact or in groups of 4 (Amex 4-6-5, Diners 4-6-4); reject
/// irregular groupings such as a price followed by a quantity.
fn grouping_is_regular(s: &str) -> bool {
    if s.contains('.') {
        // Dotted cards (`4970.1012.3456.7891`, `3714.496353.98431`): only the printed groupings,
        // so decimals, versions and dotted references stay out.
        let groups: Vec<usize> = s.split('.').map(str::len).collect();
        return groups.iter().all(|&g| g == 4) && groups.len() >= 4 || groups == [4, 6, 5];
    }
    // (A zero-width space copied from a web page or an e-mail can stand for the blank.)
    let groups: Vec<usize> = s
        .split([' ', '-', '\u{200B}', '\n'])
        .map(|g| g.chars().count())
        .collect();
    if groups.len() == 1 {
        return true;
    }
    // UnionPay and RuPay print 19 digits as 6 and 13 (`628538 9234857386376`).
    if groups == [6, 13] {
        return true;
    }
    let first = groups[0];
    (first == 4
        && groups[1..groups.len() - 1]
            .iter()
            .all(|&g| g == 4 || g == 6))
        || groups.iter().all(|&g| g == 4 || g == 6 || g == 5)
}

/// IBAN length per country (ISO 13616 registry, SEPA and main others).
fn iban_len(cc: &[u8]) -> Option<usize> {
    let n = match cc {
        b"AD" => 24,
        b"AE" => 23,
        b"AL" => 28,
        b"AT" => 20,
        b"AZ" => 28,
        b"BA" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"BH" => 22,
        b"BR" => 29,
        b"BY" => 28,
        b"CH" => 21,
        b"CR" => 22,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DK" => 18,
        b"DO" => 28,
        b"EE" => 20,
        b"EG" => 29,
        b"ES" => 24,
        b"FI" => 18,
        b"FO" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GE" => 22,
        b"GI" => 23,
        b"GL" => 18,
        b"GR" => 27,
        b"GT" => 28,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IL" => 23,
        b"IQ" => 23,
        b"IS" => 26,
        b"IT" => 27,
        b"JO" => 30,
        b"KW" => 30,
        b"KZ" => 20,
        b"LB" => 28,
        b"LC" => 32,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"MC" => 27,
        b"MD" => 24,
        b"ME" => 22,
        b"MK" => 19,
        b"MR" => 27,
        b"MT" => 31,
        b"MU" => 30,
        b"NL" => 18,
        b"NO" => 15,
        b"PK" => 24,
        b"PL" => 28,
        b"PS" => 29,
        b"PT" => 25,
        b"QA" => 29,
        b"RO" => 24,
        b"RS" => 22,
        b"SA" => 24,
        b"SC" => 31,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"ST" => 25,
        b"SV" => 28,
        b"TL" => 23,
        b"TN" => 24,
        b"TR" => 26,
        b"UA" => 29,
        b"VA" => 22,
        b"VG" => 24,
        b"XK" => 20,
        b"LY" => 25,
        b"BI" => 27,
        b"DJ" => 27,
        b"SO" => 23,
        b"SD" => 18,
        b"NI" => 28,
        b"MN" => 20,
        b"RU" => 33,
        b"OM" => 23,
        b"YE" => 30,
        b"FK" => 18,
        b"HN" => 28,
        b"AO" => 25,
        b"BF" => 28,
        b"BJ" => 28,
        b"CI" => 28,
        b"CM" => 27,
        b"CV" => 25,
        b"DZ" => 26,
        b"IR" => 26,
        b"MG" => 27,
        b"ML" => 28,
        b"MZ" => 25,
        b"SN" => 28,
        b"GA" => 27,
        b"CG" => 27,
        b"KM" => 27,
        b"TD" => 27,
        b"GQ" => 27,
        b"CF" => 27,
        b"NE" => 28,
        b"TG" => 28,
        b"MA" => 28,
        _ => return None,
    };
    Some(n)
}

/// ISO 13616 mod-97 over a compact, upper-case IBAN.
pub fn iban_valid(compact: &[u8]) -> bool {
    if compact.len() < 15 || !compact.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let mut rem: u32 = 0;
    let rotated = compact[4..].iter().chain(compact[..4].iter());
    for &c in rotated {
        if c.is_ascii_digit() {
            rem = (rem * 10 + u32::from(c - b'0')) % 97;
        } else if c.is_ascii_uppercase() {
            let v = u32::from(c - b'A') + 10;
            rem = (rem * 100 + v) % 97;
        } else {
            return false;
        }
    }
    rem == 1
}

/// Words that put a lowercase country code and digits in a banking context: a hex id or a
/// commit hash with an IBAN's shape and checksum is not given the benefit of the doubt.
fn bank_context(b: &[u8]) -> bool {
    const WORDS: &[&str] = &[
        "iban",
        "rib",
        "compte",
        "account",
        "virement",
        "vire",
        "wire",
        "bank",
        "banque",
        "transfer",
        "payout",
        "rembourse",
        "refund",
    ];
    static DFA: LazyLock<aho_corasick::dfa::DFA> =
        LazyLock::new(|| crate::triggers::dfa(WORDS, true));
    crate::triggers::any(&DFA, b)
}

fn detect_iban(text: &str, re: &Regex, hits: &mut Vec<Hit>) {
    for m in re.find_iter(text) {
        let s = m.start();
        if alnum_before(text, s) {
            continue;
        }
        let Some(want) = iban_len(&m.as_str().as_bytes()[..2].to_ascii_uppercase()) else {
            continue;
        };
        // Take exactly `want` alphanumerics from the candidate; the rest belongs to the sentence.
        let mut compact = Vec::with_capacity(want);
        let mut end = s;
        for (i, c) in m.as_str().char_indices() {
            if compact.len() == want {
                break;
            }
            if c.is_ascii_alphanumeric() {
                compact.push(c.to_ascii_uppercase() as u8);
                end = s + i + 1;
            }
        }
        if compact.len() != want || alnum_at(text, end) {
            continue;
        }
        if iban_valid(&compact) {
            hits.push(Hit::new(Kind::Iban, s, end));
        }
    }
}

/// NIR key check; `digits` is the 13-char body (department may be 2A/2B) and `key` the 2 digits.
pub fn nir_valid(body: &str, key: u32) -> bool {
    let mut norm = String::with_capacity(13);
    let up = body.to_ascii_uppercase();
    let corsica = if up.len() == 13 && &up[5..7] == "2A" {
        norm.push_str(&up[..5]);
        norm.push_str("19");
        norm.push_str(&up[7..]);
        true
    } else if up.len() == 13 && &up[5..7] == "2B" {
        norm.push_str(&up[..5]);
        norm.push_str("18");
        norm.push_str(&up[7..]);
        true
    } else {
        norm.push_str(&up);
        false
    };
    let _ = corsica;
    let Ok(n) = norm.parse::<u64>() else {
        return false;
    };
    if norm.len() != 13 {
        return false;
    }
    (97 - (n % 97)) as u32 == key
}

/// NIRs written compact or cut by blanks, dots or hyphens (one kind of mark throughout).
fn detect_nir(text: &str, hits: &mut Vec<Hit>) {
    for m in NIR.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if alnum_before(text, s) || alnum_at(text, e) {
            continue;
        }
        let compact: String = m
            .as_str()
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-'))
            .collect();
        // The body (13 digits) is compact or cut by one kind of mark; dots
        // (`1.85.03.75.115.234`) and hyphens (`2-71-06-33-063-005`) then cut every group. The
        // key is set apart on its own, by any mark or none: forms print the body grouped and the
        // key after a blank or a hyphen (`1.55.12.61.455.542 38`, `2611101898301-83`).
        let raw = m.as_str();
        let Some(key_at) = raw
            .char_indices()
            .filter(|(_, c)| c.is_ascii_alphanumeric())
            .nth(12)
            .map(|(i, c)| i + c.len_utf8())
        else {
            continue;
        };
        let body = &raw[..key_at];
        let marks = |c: char| body.matches(c).count();
        let mixed = [' ', '.', '-'].iter().filter(|&&c| marks(c) > 0).count() > 1;
        let ragged = ['.', '-'].iter().any(|&c| marks(c) > 0 && marks(c) != 5);
        if compact.len() != 15 || mixed || ragged {
            continue;
        }
        if nir_compact_valid(&compact) {
            hits.push(Hit::new(Kind::Nir, s, e));
        }
    }
}

/// A compact 15-character NIR (department may be 2A/2B): a plausible month and a correct key.
fn nir_compact_valid(compact: &str) -> bool {
    if compact.len() != 15 || !compact.is_char_boundary(13) {
        return false;
    }
    let month: u32 = compact[3..5].parse().unwrap_or(0);
    if !(1..=12).contains(&month) && !(20..=42).contains(&month) && !(50..=99).contains(&month) {
        return false;
    }
    let Ok(key) = compact[13..].parse::<u32>() else {
        return false;
    };
    nir_valid(&compact[..13], key)
}

/// Are these 15 ASCII digits a NIR (sex 1/2, month, key)? A correct key (1 chance in 97 by
/// accident) is far stronger evidence than Luhn (1 in 10), so such digits are a NIR, not a card.
fn nir_digits_valid(digits: &[u8]) -> bool {
    digits.len() == 15
        && matches!(digits[0], b'1' | b'2')
        && std::str::from_utf8(digits).is_ok_and(nir_compact_valid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(Kind, String)> {
        let mut h = Vec::new();
        detect(t, &mut h);
        h.iter()
            .map(|h| (h.kind, t[h.start..h.end].to_string()))
            .collect()
    }

    #[test]
    fn cards_need_luhn_and_issuer_shape() {
        assert_eq!(kinds("carte 4111 1111 1111 1111 svp").len(), 1);
        assert_eq!(kinds("Amex 3428-350753-34355?").len(), 1);
        assert!(kinds("ref 4012-8888-8888-1882").is_empty()); // Luhn fails
        assert!(kinds("EAN 3760432827350").is_empty()); // 13 digits, not a `4`
        assert!(kinds("SIRET 827 963 168 01780").is_empty());
        assert!(kinds("REF4111111111111111").is_empty()); // glued to letters
                                                          // Dotted groups, as some people type them; dotted decimals and versions stay out.
        assert_eq!(kinds("cb 4111.1111.1111.1111 exp 04/28").len(), 1);
        assert_eq!(kinds("Amex 3428.350753.34355").len(), 1);
        assert!(kinds("build 4111.11111.1111.111").is_empty());
        assert!(kinds("total 4.111.111.111.111.111 points").is_empty());
    }

    #[test]
    fn card_and_iban_over_two_lines() {
        assert_eq!(
            kinds("card:\n4345 5641\n4355 5895\nthanks!"),
            [(Kind::Card, "4345 5641\n4355 5895".into())]
        );
        assert_eq!(
            kinds("iban\nFR76 3000 6000 0112\n3456 7890 189\nmerci"),
            [(Kind::Iban, "FR76 3000 6000 0112\n3456 7890 189".into())]
        );
        // Two references a line each, or a column of compact numbers, are no card.
        assert!(kinds("refs:\n43455641\n43555895").is_empty());
        assert!(kinds("lots 4345 5641 43\n4355 5895").is_empty());
        assert!(kinds("order 4345\n5641\n4355\n5895").is_empty());
    }

    #[test]
    fn iban_mod97_and_country_length() {
        assert_eq!(kinds("sur NL36 ABNA 2256 5072 26 d'ici").len(), 1);
        assert_eq!(kinds("IBAN FR7686889933551901133296278.").len(), 1);
        assert!(kinds("ICS FR09ZZZ628004").is_empty());
        assert!(kinds("NL36 ABNA 2256 5072 27").is_empty()); // checksum off by one
        let k = kinds("ES45 0220 7533 5852 4773 7341 POUR");
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].1, "ES45 0220 7533 5852 4773 7341");
    }

    #[test]
    fn moroccan_iban_and_zero_width_card_groups() {
        assert_eq!(
            kinds("RIB : MA64 0115 1900 0001 2050 0053 4921 svp").len(),
            1
        );
        assert!(kinds("RIB : MA64 0115 1900 0001 2050 0053 4922 svp").is_empty());
        let k = kinds("carte 4111\u{200B}1111\u{200B}1111\u{200B}1111 exp 04/28");
        assert_eq!(
            k,
            [(
                Kind::Card,
                "4111\u{200B}1111\u{200B}1111\u{200B}1111".into()
            )]
        );
        assert!(kinds("ref 4111\u{200B}1111\u{200B}1111\u{200B}1112").is_empty());
    }

    #[test]
    fn lowercase_iban_only_in_a_banking_context() {
        assert_eq!(kinds("vire sur es9121000418450200051332 stp").len(), 1);
        assert_eq!(kinds("mon compte be31735004219368 merci").len(), 1);
        // Same characters in a commit message or an id: no banking word, nothing.
        assert!(kinds("commit es9121000418450200051332 fixed it").is_empty());
        assert!(kinds("compte es9121000418450200051333").is_empty());
    }

    #[test]
    fn nir_of_an_overseas_department() {
        // 974 (La Réunion): a three-digit department, then a two-digit commune.
        assert_eq!(
            kinds("sécu 2 91 03 974 11 032 05 (Saint-Denis)"),
            [(Kind::Nir, "2 91 03 974 11 032 05".into())]
        );
        assert_eq!(kinds("NIR 291039741103205").len(), 1);
        assert!(kinds("sécu 2 91 03 974 11 032 06").is_empty());
    }

    #[test]
    fn nir_key_including_corsica() {
        assert_eq!(kinds("sécu 2 12 08 85 405 008 22.").len(), 1);
        assert_eq!(kinds("NIR 2531113296117 62").len(), 1);
        assert!(kinds("NIR 2531113296117 63").is_empty());
        // Dotted groups; a dotted figure mixed with blanks or cut elsewhere stays out.
        assert_eq!(kinds("sécu : 2.12.08.85.405.008.22").len(), 1);
        assert!(kinds("sécu : 2.12.08.85.405.008.23").is_empty());
        assert!(kinds("réf 2.12.08 85 405.008.22").is_empty());
        assert!(kinds("lot 212.08.85.405.008.22").is_empty());
        // Corsica: 2A counts as 19 for the key.
        let body = "185072A012345";
        let n: u64 = "1850719012345".parse().unwrap();
        let key = 97 - (n % 97) as u32;
        assert!(nir_valid(body, key));
        assert_eq!(kinds(&format!("NIR {body}{key:02}")).len(), 1);
    }

    #[test]
    fn valid_nir_is_not_read_as_a_card() {
        // 15 digits that pass both Luhn and the NIR key: the key is the stronger evidence.
        assert!(luhn(b"197023474442188"));
        assert_eq!(
            kinds("She sent her French social security number, 197023474442188, for the payroll"),
            [(Kind::Nir, "197023474442188".into())]
        );
        // The same shape with a wrong key but passing Luhn is still a (UATP) card.
        let k = kinds("carte 197023474442196 merci");
        assert_eq!(k, [(Kind::Card, "197023474442196".into())]);
        // A 16-digit card keeps winning: no NIR is read inside it.
        let k = kinds("carte 4111111111111111 merci");
        assert_eq!(k, [(Kind::Card, "4111111111111111".into())]);
    }

    #[test]
    fn nir_groups_cut_by_one_kind_of_mark() {
        assert_eq!(
            kinds("NIR (formulaire mutuelle) : 2-71-06-33-063-005-36"),
            [(Kind::Nir, "2-71-06-33-063-005-36".into())]
        );
        // Mixed or ragged marks are some other reference.
        assert!(kinds("réf 2-71-06 33.063.005-36").is_empty());
        assert!(kinds("réf 271-06-33063005-36").is_empty());
    }

    #[test]
    fn nineteen_digit_cards_printed_as_six_and_thirteen() {
        assert_eq!(
            kinds("ma carte c'est 676134 3959534392703, expire fin 2027"),
            [(Kind::Card, "676134 3959534392703".into())]
        );
        // The same grouping failing Luhn is a reference.
        assert!(kinds("réf 676134 3959534392704").is_empty());
    }

    #[test]
    fn nir_key_set_apart_from_a_grouped_or_compact_body() {
        for t in [
            "Mon n° de sécu : 1850375115234-18, merci",
            "Social security no. (France): 1.85.03.75.115.234 18",
            "sécu 1 85 03 75 115 234 - 18 pour la fiche",
            "N° SS 1-85-03-75-115-234 18",
            // Two blanks before the key, as a form's boxes are copied.
            "Sa carte Vitale indique 1 39 12 99 127 063  27, je le mets",
        ] {
            assert_eq!(kinds(t).len(), 1, "{t}");
            assert_eq!(kinds(t)[0].0, Kind::Nir, "{t}");
        }
        // A wrong key, a body cut unevenly, and a dated order number stay references.
        assert!(kinds("Dossier 1850375115234-19 en cours").is_empty());
        assert!(kinds("réf 1.85.03.75115.234 18").is_empty());
        assert!(kinds("commande 2024051512345-67 expédiée").is_empty());
    }
}
