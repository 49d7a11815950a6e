//! Dates of birth: a date introduced as one, in French or English. The span is the date only.
//!
//! Triggers: "date de naissance", "né/née le", "DDN", "date of birth", "DOB", "born (on)",
//! "birth date", "birthday"… followed within a few words by a date written `dd/mm/yyyy`,
//! `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`, `12 août 1986`, `1er mai 1990`, `July 6, 1977` or
//! `6 July 1977`, with a plausible day and month and a four-digit year.
//!
//! False-positive traps avoided: every other date (deliveries, giveaways, launches, invoices) —
//! a date alone is never a birthdate; the context must say so.
use std::sync::LazyLock;

use regex::Regex;

use crate::{Hit, Kind};

const MONTHS: &str = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?|janv\\.?|févr\\.?|avr\\.?|juil\\.?|déc\\.?";

static BIRTH: LazyLock<Regex> = LazyLock::new(|| {
    let trigger = r"(?:date\s+de\s+naissance|n[ée]e?(?:\(e\))?\s+le|n[ée]e?\s+(?:en|au\s+mois\s+de)|ddn|date\s+of\s+birth|d\.?o\.?b\.?|birth\s*date|birthdate|born(?:\s+on)?|birthday|anniversaire|naissance)";
    // "date de naissance du gagnant : …", "date of birth of the winner: …": only after the
    // explicit triggers (an anniversary of a shop is not a birth).
    let whose = r"(?:(?:date\s+de\s+naissance|date\s+of\s+birth|birth\s*date|dob|d\.o\.b\.?)\s+(?:du|des|de\s+la|de\s+l'|de|d'|of\s+the|of)\s*(?:(?:votre|ton|ta|sa|son|mon|ma|your|my|his|her)\s+)?[\p{L}\-]{2,20}(?:\s+[\p{L}\-]{2,20})?)";
    let trigger = format!("(?:{whose}|{trigger})");
    let filler = r"(?:\s*[:=\-–]\s*|\s+(?:is|was|est|:|le|on|the|:)\s+|\s+){1,3}";
    let date = format!(
        r"(\d{{1,2}}[/\-.]\d{{1,2}}[/\-.]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:1er|\d{{1,2}})\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    );
    Regex::new(&format!(r"(?i)(?-u:\b){trigger}{filler}{date}")).expect("static regex")
});

/// Words one of which every trigger of [`BIRTH`] contains (ASCII case-insensitively).
const TRIGGER_WORDS: &[&str] = &[
    "naissance",
    "né",
    "NÉ",
    "Né",
    "ne le",
    "nee",
    "ddn",
    "birth",
    "dob",
    "d.o.b",
    "born",
    "anniversaire",
];

pub(crate) fn detect(text: &str, hits: &mut Vec<Hit>) {
    // Gate: one of the trigger words must be present.
    static TRIGGERS: LazyLock<aho_corasick::dfa::DFA> =
        LazyLock::new(|| crate::triggers::dfa(TRIGGER_WORDS, true));
    if !crate::triggers::any(&TRIGGERS, text.as_bytes()) {
        return;
    }
    for c in BIRTH.captures_iter(text) {
        if let Some(d) = c.get(1) {
            if plausible(d.as_str()) {
                hits.push(Hit::new(Kind::Birthdate, d.start(), d.end()));
            }
        }
    }
}

/// Numeric dates need a real day and month (either order) and a year between 1900 and 2099.
fn plausible(d: &str) -> bool {
    let nums: Vec<u32> = d
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    let Some(&year) = nums.iter().find(|&&n| n >= 1000) else {
        return false;
    };
    if !(1900..=2099).contains(&year) {
        return false;
    }
    let small: Vec<u32> = nums.iter().copied().filter(|&n| n < 1000).collect();
    match small.as_slice() {
        [a, b] => {
            (*a >= 1 && *a <= 31 && *b >= 1 && *b <= 12)
                || (*a >= 1 && *a <= 12 && *b >= 1 && *b <= 31)
        }
        [a] => (1..=31).contains(a),
        [] => d.starts_with("1er"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<String> {
        let mut h = Vec::new();
        detect(t, &mut h);
        h.iter().map(|h| t[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn introduced_dates_of_birth() {
        assert_eq!(found("Date of birth: 04/11/1964"), ["04/11/1964"]);
        assert_eq!(
            found("L'ambassadeur est né le 16 avril 1968, il"),
            ["16 avril 1968"]
        );
        assert_eq!(found("date de naissance\u{a0}: 28.03.1994"), ["28.03.1994"]);
        assert_eq!(
            found("My date of birth is July 6, 1977, please"),
            ["July 6, 1977"]
        );
        assert_eq!(found("DOB 1967-02-19 - she's"), ["1967-02-19"]);
        assert_eq!(found("Je suis née le 13-10-1995 si besoin"), ["13-10-1995"]);
    }

    proptest::proptest! {
        #[test]
        fn trigger_loop_is_is_match(t in "[a-z .Éé]{0,12}(?:naissance|né|NÉ|Né|ne le|nee|ddn|BIRTH|dob|d.o.b|born|anniversaire|nÉ)?[a-zA-Z .Éé]{0,12}") {
            let ac = aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .ascii_case_insensitive(true)
                .build(TRIGGER_WORDS)
                .expect("static automaton");
            let dfa = crate::triggers::dfa(TRIGGER_WORDS, true);
            proptest::prop_assert_eq!(crate::triggers::any(&dfa, t.as_bytes()), ac.is_match(&t));
        }
    }

    #[test]
    fn other_dates_are_not_birthdates() {
        assert!(found("Les résultats seront annoncés le 15/02/2025 en story.").is_empty());
        assert!(found("Our collab drops on 09/25/2024").is_empty());
        assert!(found("La livraison est prévue le 09/02").is_empty());
    }

    #[test]
    fn date_of_birth_of_someone() {
        let got = |t: &str| {
            let mut h = Vec::new();
            detect(t, &mut h);
            h.iter()
                .map(|h| t[h.start..h.end].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            got("Date de naissance du gagnant : 21/07/2001"),
            ["21/07/2001"]
        );
        assert_eq!(
            got("date de naissance de l'enfant: 3 mars 2015"),
            ["3 mars 2015"]
        );
        assert_eq!(
            got("Date of birth of the winner: 02/14/1988"),
            ["02/14/1988"]
        );
        assert!(got("Anniversaire de la boutique : 12/03/2010").is_empty());
        assert!(got("Date de livraison du colis : 21/07/2025").is_empty());
    }
}
