//! Dates of birth: a date introduced as one, in French or English. The span is the date only.
//!
//! Triggers: "date de naissance" (or « date de naiss. »), "né/née le", vCard's `BDAY:`, "a vu le jour le", "DDN", "date of birth", "DOB",
//! "born (on)",
//! "birth date", "birthday"… followed within a few words by a date written `dd/mm/yyyy`,
//! `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`, `12 août 1986`, `1er mai 1990`, `July 6, 1977` or
//! `6 July 1977`, `4th of July 1977`, `09-Mar-1985`, `vingt-deux juin 1990`, with a plausible day and
//! month and a four-digit year; a form's format hint may stand between (`DOB (MM/DD/YYYY):`).
//!
//! False-positive traps avoided: every other date (deliveries, giveaways, launches, invoices) —
//! a date alone is never a birthdate; the context must say so. Births of things are not dates of
//! birth either: "date de naissance du projet", "the brand was born on …", "le label est né le …".
use std::sync::LazyLock;

use regex::Regex;

use crate::{Hit, Kind};

const MONTHS: &str = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?|janv\\.?|févr\\.?|avr\\.?|juil\\.?|déc\\.?";

/// The day of the month in French words, as a form read aloud or a voice note writes it
/// (« née le vingt-deux juin 1990 »).
const DAY_WORDS: &str = "premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt(?:-et-|\\s+et\\s+)un|vingt-(?:deux|trois|quatre|cinq|six|sept|huit|neuf)|trente|trente(?:-et-|\\s+et\\s+)un";

static BIRTH: LazyLock<Regex> = LazyLock::new(|| {
    let trigger = r"(?:date[\s_]+(?:de[\s_]+)?naiss(?:ance|\.)|bday|date[\s_]+of[\s_]+birth|birth_date|n[ée]e?(?:\(e\))?\s+le|vu\s+le\s+jour(?:\s+le)?|n[ée]e?\s+(?:en|au\s+mois\s+de)|n[ée]e?\s+(?:à|a)\s+[A-Z][a-zA-Zéèêëïîôç'’\-]{1,25}(?:[\s\-][A-Z][a-zA-Zéèêëïîôç'’\-]{1,25}){0,2}\s+le|ddn|d\.d\.n\.?|date\s+of\s+birth|d\.?o\.?b\.?|birth\s*date|birthdate|born(?:\s+on)?|birthday|anniversaire|naissance)";
    // "date de naissance du gagnant : …", "date of birth of the winner: …", « date de naissance
    // de la titulaire du compte : … » (up to three words, maybe with what it
    // is asked for: « ddn du salarié pour la prévoyance : … », « date de naissance de l’athlète
    // (contrat) : … »; ASCII and French letters there, as
    // Unicode's would take the regex off its lazy DFA): only after the
    // explicit triggers (an anniversary of a shop is not a birth).
    let whose = r"(?:(?:date\s+de\s+naissance|date\s+of\s+birth|birth\s*date|dob|d\.o\.b\.?|ddn)\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of)\s*(?:(?:votre|ton|ta|sa|son|mon|ma|your|my|his|her)\s+)?[\p{L}\-]{2,20}(?:\s+[\p{L}\-]{2,20})?(?:\s+[a-zàâäçéèêëîïôöùûüÿœæ\-]{2,20})?(?:\s+(?:pour|for)\s+(?:(?:la|le|les|l'|the|his|her|their)\s*)?[a-zàâäçéèêëîïôöùûüÿœæ\-]{2,20})?(?:\s*\([^:\n()]{1,40}\))?)";
    // "DOB per the KYC form: …", "date de naissance d'après le passeport : …": an explicit
    // trigger may name the record it was read from.
    let source = r"(?:(?:date\s+de\s+naissance|date\s+of\s+birth|birth\s*date|dob|d\.o\.b\.?|ddn)\s+(?:per|from|on|in|according\s+to|as\s+per|selon|d'après|d'apres|sur|dans)\s+(?:(?:the|le|la|l'|son|sa|his|her|their|leur|its)\s*)?(?:[a-z\-]{2,15}\s+){0,2}(?:form|record|file|passport|id|card|profile|formulaire|fiche|dossier|passeport|carte|profil)s?)";
    // "DOB for the insurance: …", "Birthday for the loyalty card: …", « date de naissance pour
    // le billet d'avion : … », "date of birth (model, for insurance): …": what it is asked for,
    // then the colon.
    let purpose = r"(?:(?:date\s+de\s+naissance|date\s+of\s+birth|birth\s*date|birthday|dob|d\.o\.b\.?|ddn)(?:\s+(?:for|pour)\s+[^:\n()]{1,40}?|\s*\([^:\n()]{1,40}\))\s*:)";
    let trigger = format!("(?:{whose}|{source}|{purpose}|{trigger})");
    // The SMS copula "c" / "cest" (`sa date de naissance c le 12/07/2001`) counts as "est".
    // Two such words may follow each other ("est le", "c le", "is on"); a correction names
    // the new date ("change my date of birth to …", "should be …", « passer ma date de naissance
    // au … »).
    // A form's field may carry the format it wants (`Date of Birth (MM/DD/YYYY):`,
    // « Date de naissance (JJ/MM/AAAA) » :) and a closing quote.
    // A comma may close the trigger (« ma date de naissance, le 12/05/1991 »).
    let filler = r#"(?:\s*"?\s*[:=\-–—,?]\s*"?\s*|\s+(?:(?:is|was|est|c|c'est|c’est|cest|:|le|on|the|to|as|should|be|en|au)\s+){1,2}|\s*\([a-z]{1,4}[/\-.][a-z]{1,4}[/\-.][a-z]{2,4}\)|\s*[»”(]|\s+){1,3}"#;
    let date = date_pattern();
    Regex::new(&format!(r"(?i)(?-u:\b){trigger}{filler}({date})")).expect("static regex")
});

/// The date of a [`BIRTH`] match: `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`,
/// `12 août 1986`, `1er mai 1990`, `July 6, 1977`, `6 July 1977`, `4th of July 1977`,
/// `09-Mar-1985`, `vingt-deux juin 1990`.
fn date_pattern() -> String {
    // A weekday may open the date (« vendredi 18 avril 1968 », "Monday, 4 June 1990"); the
    // year may have two digits after a numeric day and month (`13/11/67`); the parts may be
    // cut by blanks (`03 04 1972`); the year may come first with slashes or dots as well as
    // hyphens (`1995/09/27`).
    format!(
        r"(?:(?:{WEEKDAYS}),?\s+(?:the\s+)?)?(?:\d{{1,2}}[/\-.]\d{{1,2}}[/\-.](?:\d{{4}}|\d{{2}})(?-u:\b)|\d{{2}} \d{{2}} \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{4}}\.\d{{2}}\.\d{{2}}|(?:1er|\d{{1,2}}(?:st|nd|rd|th)?|{DAY_WORDS})(?:\s+of\s+|\s+|-)(?:{MONTHS})(?:,?\s+|-)\d{{4}}|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    )
}

/// Days of the week, French and English, written out or shortened the English way.
const WEEKDAYS: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon\\.?|tue\\.?|tues\\.?|wed\\.?|thu\\.?|thur\\.?|thurs\\.?|fri\\.?|sat\\.?|sun\\.?";

/// The date that ends a [`BIRTH`] match, read off the match: the same span as the regex's date
/// group (a trigger or its filler holds no date), found by the lazy DFA. Asking [`BIRTH`] for its
/// group ran the bounded backtracker over thousands of NFA states (the Unicode letter classes
/// of the trigger's owner and the case-insensitive month names): ~60,000 instructions per date
/// of birth, most of a scan of such a message.
fn date_at_end(matched: &str) -> Option<(usize, usize)> {
    static DATE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)(?:{})$", date_pattern())).expect("static regex")
    });
    DATE_AT_END.find(matched).map(|d| (d.start(), d.end()))
}

/// Words one of which every trigger of [`BIRTH`] contains (ASCII case-insensitively).
const TRIGGER_WORDS: &[&str] = &[
    "naiss",
    "bday",
    "né",
    "NÉ",
    "Né",
    "ne le",
    "nee",
    "ddn",
    "d.d.n",
    "birth",
    "dob",
    "d.o.b",
    "born",
    "anniversaire",
    "vu le jour",
];

/// A date said first and named after as someone's date of birth, in its clause: « 12/03/1991,
/// ma date de naissance », "1988-11-23 is my DOB", « 3 février 1987 (c'est bien ma date de
/// naissance) », "07/22/2007 is what she put as her birthday". Whose date it is must be said (a
/// possessive, or « de » and a name): "12/03/2024, the date of birth of the brand" is not one.
static BIRTH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let date = date_pattern();
    Regex::new(&format!(
        r"(?i)(?-u:\b)({date})\s*[,(:\-–—]?\s*(?:(?:c'est|c’est|cest|it's|it’s|it\s+is|is|est|was|bien|that's|that\s+is|this\s+is|=)\s+){{0,3}}(?:what\s+[a-z]+\s+(?:[a-z]+\s+){{0,2}}as\s+|ce\s+qu'[a-z]+\s+(?:[a-z]+\s+){{0,2}})?{NAMED_AS_BIRTH}"
    ))
    .expect("static regex")
});

/// "my date of birth", « sa date de naissance », « la date de naissance de Zoé », « comme date de
/// naissance »: the trigger that names whose date it is and ends a [`BIRTH_AFTER`] match.
const NAMED_AS_BIRTH: &str = r"(?:(?:ma|mon|my|sa|son|his|her|their|leur)\s+(?:(?:real|vraie|true)\s+)?(?:date\s+de\s+naissance|date\s+of\s+birth|d\.?o\.?b(?-u:\b)|birth\s*date|birthday|anniversaire)|la\s+date\s+de\s+naissance\s+d(?:e\s+|')(?-i:[A-ZÀ-Ý])|comme\s+date\s+de\s+naissance)";

pub(crate) fn detect(text: &str, hits: &mut Vec<Hit>) {
    // Gate: one of the trigger words must be present.
    static TRIGGERS: LazyLock<aho_corasick::dfa::DFA> =
        LazyLock::new(|| crate::triggers::dfa(TRIGGER_WORDS, true));
    if !crate::triggers::any(&TRIGGERS, text.as_bytes()) {
        return;
    }
    let first = hits.len();
    for m in BIRTH.find_iter(text) {
        let Some((ds, de)) = date_at_end(m.as_str()) else {
            continue;
        };
        let (ds, de) = (m.start() + ds, m.start() + de);
        if plausible(&text[ds..de]) && !born_thing(text, m.start(), ds) {
            hits.push(Hit::new(Kind::Birthdate, ds, de));
        }
    }
    // The date read off each match by an anchored date regex: the captures of this regex ran
    // the PikeVM over the whole text (~20,000 instructions per dev scan).
    static DATE_AT_START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)^(?:{})", date_pattern())).expect("static regex")
    });
    // The date-first regex is large (month and weekday names, case-insensitive) and is run
    // only on the few bytes before a possessive trigger, which a small regex finds.
    static NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)(?-u:\b){NAMED_AS_BIRTH}")).expect("static regex")
    });
    for t in NAMED_AFTER.find_iter(text) {
        let from = crate::text::ceil_char_boundary(text, t.start().saturating_sub(90));
        for m in BIRTH_AFTER.find_iter(&text[from..t.end()]) {
            let Some(d) = DATE_AT_START.find(m.as_str()) else {
                continue;
            };
            let (ds, de) = (from + m.start() + d.start(), from + m.start() + d.end());
            let taken = hits[first..].iter().any(|h| h.start < de && ds < h.end);
            if !taken && plausible(&text[ds..de]) {
                hits.push(Hit::new(Kind::Birthdate, ds, de));
            }
        }
    }
    // A table needs two lines; commas cut a CSV's cells, but also most sentences.
    let bytes = text.as_bytes();
    if memchr::memchr3(b'\t', b';', b'|', bytes).is_some()
        || memchr::memchr(b'\n', bytes).is_some() && memchr::memchr(b',', bytes).is_some()
    {
        table_columns(text, hits);
    }
}

/// Rows pasted from a spreadsheet, a CSV file or a markdown table (cells cut by tabs, `;`, `|`
/// or `,`): the cells under a header that names a date of birth ("date_naissance", "DDN", "Date
/// of birth", "DOB", « né(e) le ») are dates of birth; the other columns' dates
/// ("date_commande") are not.
fn table_columns(text: &str, hits: &mut Vec<Hit>) {
    static HEADER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:date[\s_\-]*(?:de[\s_\-]*)?naissance|naissance|n[ée]e?(?:\(e\))?[\s_\-]+le|ddn|dob|d\.o\.b\.?|date[\s_\-]*of[\s_\-]*birth|birth[\s_\-]*date|birthdate|birthday)$")
            .expect("static regex")
    });
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^(?:\d{{1,2}}[/\-.]\d{{1,2}}[/\-.]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:1er|\d{{1,2}}(?:st|nd|rd|th)?)(?:\s+of)?\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})$"
        ))
        .expect("static regex")
    });
    for (s, value) in crate::text::column_cells(text, |header| HEADER.is_match(header)) {
        if DATE.is_match(value) && plausible(value) {
            hits.push(Hit::new(Kind::Birthdate, s, s + value.len()));
        }
    }
}

/// Things that are "born" or have a "date de naissance" without being a person: a brand, a
/// shop, a project, a label… ("Date de naissance du projet : 12/05/2019", "The brand was born
/// on 4 June 2016", "Le label est né le 3 septembre 2008").
const THINGS: &str = r"(?:projets?|marques?|labels?|boutiques?|entreprises?|soci[ée]t[ée]s?|start-?ups?|associations?|collections?|magasins?|sites?|applis?|applications?|apps?|podcasts?|cha[iî]nes?|festivals?|campagnes?|comptes?|pages?|communaut[ée]s?|concepts?|id[ée]es?|ateliers?|enseignes?|agences?|collabs?|collaborations?|gammes?|produits?|parfums?|[ée]v[ée]nements?|magazines?|blogs?|newsletters?|clubs?|mouvements?|s[ée]ries?|[ée]missions?|projects?|brands?|compan(?:y|ies)|business(?:es)?|shops?|stores?|websites?|channels?|campaigns?|accounts?|communit(?:y|ies)|ideas?|studios?|agenc(?:y|ies)|products?|ranges?|perfumes?|events?|movements?|shows?)";

/// Whether the date of birth found between `start` (the trigger) and `date` belongs to a thing:
/// the trigger names its owner ("date de naissance du projet", "date of birth of the brand", not
/// "of the account holder") or the thing is the subject right before "est né(e)" / "was born" ("Le label est né le …",
/// "The brand was born on …"; not "le fondateur de la marque est né le …").
fn born_thing(text: &str, start: usize, date: usize) -> bool {
    static OWNER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?:naissance|birth|dob|d\.o\.b\.?|ddn)\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of)\s*(?:(?:notre|votre|leur|cette|ce|our|your|their|this|the)\s+)?{THINGS}(?:\s*[:=\-–]\s*|\s+(?:is|was|est|était|le|on|the)\s+|\s+)*$"
        ))
        .expect("static regex")
    });
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?:^|[^\p{{L}}'’])((?:\p{{L}}+\s+)?)(?:le|la|les|l['’]|notre|votre|leur|nos|vos|cette|ce|the|our|your|their|this)\s*{THINGS}\s+(?:est|sont|a\s+été|a|ont|avait|was|were|is|got)\s*$"
        ))
        .expect("static regex")
    });
    static ANY_THING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)(?:^|[^\p{{L}}]){THINGS}(?:[^\p{{L}}]|$)")).expect("static regex")
    });
    if OWNER.is_match(&text[start..date]) {
        return true;
    }
    // The clause before the trigger, at most ~60 bytes back.
    let from = crate::text::ceil_char_boundary(text, start.saturating_sub(60));
    let before = &text[from..start];
    let before = before
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(before, |i| &before[i + 1..]);
    // "a vu le jour" is said of brands and projects more than of people: any thing in the
    // clause before it makes it theirs ("La marque fondée par Léa a vu le jour le …").
    let trigger = &text[start..date];
    let vu = trigger
        .as_bytes()
        .get(..2)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"vu"));
    if vu && ANY_THING.is_match(before) {
        return true;
    }
    SUBJECT.captures(before).is_some_and(|c| {
        // "le fondateur de la marque est né le …": the thing is a complement, not the subject.
        let prev = c.get(1).map_or("", |w| w.as_str().trim()).to_lowercase();
        !matches!(prev.as_str(), "de" | "du" | "des" | "of" | "d" | "from")
    })
}

/// Numeric dates need a real day and month (either order) and a year between 1900 and 2099.
fn plausible(d: &str) -> bool {
    let nums: Vec<u32> = d
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    let Some(&year) = nums.iter().find(|&&n| n >= 1000) else {
        // `13/11/67`: a numeric day and month, then a two-digit year.
        let two_digit_year = d.len() > 3
            && d.as_bytes()[d.len() - 2..].iter().all(u8::is_ascii_digit)
            && !d.as_bytes()[d.len() - 3].is_ascii_digit();
        return match nums.as_slice() {
            [a, b, _] if two_digit_year => day_of_month(*a, *b) || day_of_month(*b, *a),
            _ => false,
        };
    };
    if !(1900..=2099).contains(&year) {
        return false;
    }
    let small: Vec<u32> = nums.iter().copied().filter(|&n| n < 1000).collect();
    match small.as_slice() {
        // A day the month has (30/02 and 31/04 are no dates), either order.
        [a, b] => day_of_month(*a, *b) || day_of_month(*b, *a),
        [a] => (1..=31).contains(a),
        // `1er mai 1990`, a day in words (`vingt-deux juin 1990`).
        [] => d.starts_with("1er") || d.starts_with(|c: char| c.is_alphabetic()),
        _ => false,
    }
}

/// Is `day` a day of `month` (February up to the 29th)?
fn day_of_month(day: u32, month: u32) -> bool {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1..=12).contains(&month) && day >= 1 && day <= DAYS[(month - 1) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found_dates(t: &str) -> Vec<&str> {
        let mut h = Vec::new();
        detect(t, &mut h);
        h.iter().map(|h| &t[h.start..h.end]).collect()
    }

    #[test]
    fn what_the_date_of_birth_is_asked_for() {
        for (t, want) in [
            ("Birthday for the loyalty card: Mar 2 1978", "Mar 2 1978"),
            ("D.D.N : 7 juillet 1974", "7 juillet 1974"),
            (
                "The form won't accept my birth date (Dec 18 1967), is it broken?",
                "Dec 18 1967",
            ),
            (
                "Le formulaire refuse ma date de naissance (13/01/1965), ça bug ?",
                "13/01/1965",
            ),
            (
                "date of birth (model, for insurance): 07-Dec-2009",
                "07-Dec-2009",
            ),
            (
                "The talent agency needs her DOB for the insurance: 1999-02-15.",
                "1999-02-15",
            ),
            (
                "Ma date de naissance pour le billet d'avion du voyage presse : 05/10/2002",
                "05/10/2002",
            ),
        ] {
            assert_eq!(found_dates(t), [want], "{t}");
        }
        assert!(found_dates("Birthday for the shop: we open on 12/05/2024").is_empty());
    }

    #[test]
    fn a_date_named_after_as_a_date_of_birth() {
        for (t, want) in [
            (
                "12/03/1991, ma date de naissance, pour le formulaire.",
                "12/03/1991",
            ),
            ("1988-11-23 is my DOB if you need it.", "1988-11-23"),
            (
                "3 février 1987 (c'est bien ma date de naissance, pas celle de la commande).",
                "3 février 1987",
            ),
            ("oui, né à Dakar le 21/08/1994.", "21/08/1994"),
            (
                "Ma date de naissance ? Le 1er avril 1969.",
                "1er avril 1969",
            ),
            (
                "07/22/2007 is what she put as her birthday on the release form",
                "07/22/2007",
            ),
            (
                "2007-05-21 : c'est la date de naissance de Zoé d'après sa carte",
                "2007-05-21",
            ),
            (
                "14/02/1994, c'est ce qu'il a mis comme date de naissance",
                "14/02/1994",
            ),
        ] {
            assert_eq!(found_dates(t), [want], "{t}");
        }
        for t in [
            "Livraison le 12/03/2025, ma date de commande est le 10/03/2025.",
            "12/03/2024, la date de naissance du projet.",
            "12/03/2024, la date de naissance de la marque.",
            "2024-05-21 is what we put as the launch date",
            "Née à Paris, la marque fête ses dix ans le 04/05/2026.",
            "Commande du 02/02/2024 : merci pour votre date de naissance.",
        ] {
            assert!(found_dates(t).is_empty(), "{t}: {:?}", found_dates(t));
        }
    }

    /// [`date_at_end`] finds the date group [`BIRTH`]'s captures give, or the same date read from
    /// an earlier start where the regex let an owner's name swallow its first word ("de la cliente
    /// vingt-deux juin 1990": the group is "deux juin 1990", the date "vingt-deux juin 1990").
    #[test]
    fn the_date_at_the_end_is_the_date_group() {
        let triggers = [
            "date de naissance",
            "Date of birth",
            "née le",
            "né(e) le",
            "DDN",
            "D.O.B.",
            "born on",
            "birthday",
            "date de naissance de la cliente",
            "date of birth of the winner",
            "DOB per the KYC form",
            "a vu le jour le",
            "née en",
            "Birth date",
        ];
        let fillers = [
            " : ",
            ": ",
            " ",
            " is ",
            " est le ",
            " c le ",
            " (JJ/MM/AAAA) : ",
            "\u{202f}: ",
            " = \"",
            " » ",
        ];
        let dates = [
            "06-05-1974",
            "28.03.1994",
            "1994-03-28",
            "12 août 1986",
            "1er mai 1990",
            "July 6, 1977",
            "6 July 1977",
            "4th of July 1977",
            "09-Mar-1985",
            "vingt-deux juin 1990",
            "vingt et un juin 1990",
            "sept septembre 1990",
            "Sept 3rd 1990",
            "mai 1990",
        ];
        let (mut seen, mut same) = (0, 0);
        for t in triggers {
            for f in fillers {
                for d in dates {
                    let text = format!("Pour info, {t}{f}{d}, merci.");
                    let by_captures: Vec<(usize, usize)> = BIRTH
                        .captures_iter(&text)
                        .filter_map(|c| c.get(1).map(|g| (g.start(), g.end())))
                        .collect();
                    let by_find: Vec<(usize, usize)> = BIRTH
                        .find_iter(&text)
                        .filter_map(|m| {
                            date_at_end(m.as_str()).map(|(s, e)| (m.start() + s, m.start() + e))
                        })
                        .collect();
                    assert_eq!(by_find.len(), by_captures.len(), "{text}");
                    for (f, c) in by_find.iter().zip(&by_captures) {
                        assert!(f.1 == c.1 && f.0 <= c.0, "{text}");
                        same += usize::from(f == c);
                    }
                    seen += by_find.len();
                }
            }
        }
        assert!(seen > 1000, "{seen}");
        assert!(same * 100 >= seen * 99, "{same} of {seen}");
    }

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
        // SMS French: "c" for "c'est".
        assert_eq!(
            found("sa date de naissance c le 12/07/2001 jcrois"),
            ["12/07/2001"]
        );
        assert_eq!(found("ddn cest 3 mars 1990"), ["3 mars 1990"]);
        assert!(found("la naissance c pas le 12/07/2021 mais la livraison").is_empty());
        assert_eq!(
            found("My date of birth is July 6, 1977, please"),
            ["July 6, 1977"]
        );
        assert_eq!(found("DOB 1967-02-19 - she's"), ["1967-02-19"]);
        assert_eq!(found("Je suis née le 13-10-1995 si besoin"), ["13-10-1995"]);
    }

    #[test]
    fn a_corrected_date_of_birth() {
        assert_eq!(
            found("Kindly update my date of birth to 1994-11-05, it is wrong."),
            ["1994-11-05"]
        );
        assert_eq!(found("my DOB should be 05/11/1994"), ["05/11/1994"]);
        assert_eq!(
            found("Merci de passer ma date de naissance au 12/03/1990."),
            ["12/03/1990"]
        );
        assert_eq!(
            found("Date de naissance de l’athlète (contrat) : 01/10/1972"),
            ["01/10/1972"]
        );
        // A birthday moved to another day is a party, not a date of birth.
        assert!(found("we moved the birthday party to 12/05/2026").is_empty());
    }

    #[test]
    fn form_fields_with_their_format_and_other_date_shapes() {
        assert_eq!(
            found("Date of Birth (MM/DD/YYYY): 07/23/1989"),
            ["07/23/1989"]
        );
        assert_eq!(
            found("Champ « Date de naissance (JJ/MM/AAAA) » : 30/11/1979"),
            ["30/11/1979"]
        );
        assert_eq!(found("DOB: 09-Mar-1985 per the release"), ["09-Mar-1985"]);
        assert_eq!(
            found("she was born on the 4th of July 1998, lol"),
            ["4th of July 1998"]
        );
        assert_eq!(
            found("née le vingt-deux juin 1990 d'après la pièce"),
            ["vingt-deux juin 1990"]
        );
        // Near misses: a form's hint with no date, a brand's birth in words.
        assert!(found("Date of Birth (MM/DD/YYYY): required, ships 07/23/2026").is_empty());
        assert!(found("la marque est née le vingt-deux juin 2015 à Lyon").is_empty());
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
    fn the_record_a_date_of_birth_was_read_from() {
        assert_eq!(
            found("Customer's DOB per the KYC form: 11/23/1986 (US format)"),
            ["11/23/1986"]
        );
        assert_eq!(
            found("Date de naissance d'après le passeport : 04/09/1979"),
            ["04/09/1979"]
        );
        assert!(found("DOB per the form is optional; the draw is on 12/03/2026").is_empty());
        assert!(found("The form on the KYC page: 11/23/2026 launch").is_empty());
    }

    #[test]
    fn abbreviated_and_vcard_triggers_and_a_comma_before_the_year() {
        assert_eq!(
            found("Formulaire casting : date de naiss. : 14.02.1979 / taille 1m72"),
            ["14.02.1979"]
        );
        assert_eq!(
            found("BEGIN:VCARD\nBDAY:1990-07-14\nEND:VCARD"),
            ["1990-07-14"]
        );
        assert_eq!(found("my bday is 12/03/1995 lol"), ["12/03/1995"]);
        assert_eq!(
            found("She was born on the 2nd of May, 2001, so she can sign."),
            ["2nd of May, 2001"]
        );
        assert!(found("la naissance du projet, le 14.02.2019").is_empty());
        assert!(found("bday party on 12/03/2026 at the shop").is_empty());
        assert!(found("The brand was born on the 2nd of May, 2001 in Lyon").is_empty());
    }

    #[test]
    fn weekdays_two_digit_years_blanks_slashed_iso_and_a_comma() {
        assert_eq!(found("Date de naissance : 14/07/89"), ["14/07/89"]);
        assert_eq!(found("née le 03 04 1972 à Lyon"), ["03 04 1972"]);
        assert_eq!(found("DOB 1990/07/14 per the form"), ["1990/07/14"]);
        assert_eq!(
            found("Naissance : lundi 3 mars 1980, à Nantes"),
            ["lundi 3 mars 1980"]
        );
        assert_eq!(
            found("born on Monday, 4 June 1990"),
            ["Monday, 4 June 1990"]
        );
        assert_eq!(found("ma date de naissance, le 12.05.1991"), ["12.05.1991"]);
        // Dates that are not births, and impossible days.
        assert!(found("Livraison le 03 04 2026 à Lyon").is_empty());
        assert!(found("la marque est née le lundi 3 mars 2015").is_empty());
        assert!(found("Tirage au sort le 14/07/26, date de naissance requise").is_empty());
        assert!(found("née le 31/04/89").is_empty());
    }

    #[test]
    fn em_dash_and_days_the_month_has() {
        assert_eq!(found("DOB — 14.07.1989"), ["14.07.1989"]);
        assert_eq!(found("née le 29/02/2000"), ["29/02/2000"]);
        assert!(found("elle est née le 30/02/2001").is_empty());
        assert!(found("né le 31/04/1990").is_empty());
    }

    #[test]
    fn json_keys_and_table_columns_of_birth() {
        assert_eq!(
            found(r#"{"prenom": "Soraya", "date_of_birth": "1991-12-05", "pays": "TN"}"#),
            ["1991-12-05"]
        );
        assert_eq!(
            found("nom\tprénom\tdate_naissance\tville\nKouassi\tAya\t12/09/2003\tAbidjan"),
            ["12/09/2003"]
        );
        assert_eq!(
            found("| Nom | DDN |\n|---|---|\n| Awa | 3 mars 1999 |"),
            ["3 mars 1999"]
        );
        // Other columns' dates, and a birth column of another table's row, are not.
        assert!(found("nom;date_commande;montant\nDiallo;12/09/2026;89,90").is_empty());
        assert!(found(r#"{"date_naissance_projet": "2019-05-12"}"#).is_empty());
        assert!(found("naissance;ville\nLyon;12/09/2003").is_empty());
        assert_eq!(
            found(
                "| nom | né(e) le | poste |\n|---|---|---|\n| Durand Camille | 23.06.2001 | RH |"
            ),
            ["23.06.2001"]
        );
        assert_eq!(
            found("nom,prenom,date_naissance,ville\nMartin,Zoé,14/02/1994,Lille"),
            ["14/02/1994"]
        );
        assert!(found("nom,date_commande\nMartin,14/02/2024").is_empty());
        assert_eq!(
            found("date_of_birth,club,signup_date\n\"June 5, 1988\",NRC,13/08/2026"),
            ["June 5, 1988"]
        );
        assert_eq!(
            found("bib\taddress\tdate_of_birth\n4343\t2 Elm Road, Leeds\t13th October 1981"),
            ["13th October 1981"]
        );
        assert!(found("Vu le 14/02/2024, merci.\nA bientôt, Zoé").is_empty());
    }

    #[test]
    fn things_are_born_too() {
        for t in [
            "The brand was born on 4 June 2016 in a garage",
            "Le label est né le 3 septembre 2008 à Marseille",
            "Notre boutique est née le 12/04/2015",
            "the company was born on March 3, 2011",
            "Cette collection est née le 1er mai 2020",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        assert_eq!(
            found("Le fondateur de la marque est né le 12/03/1975"),
            ["12/03/1975"]
        );
        assert_eq!(
            found("the founder of the brand was born on 4 June 1980"),
            ["4 June 1980"]
        );
        assert_eq!(found("Elle est née le 14/02/1996"), ["14/02/1996"]);
        assert_eq!(found("My son was born on 2 May 2019"), ["2 May 2019"]);
        assert_eq!(
            found("date de naissance du titulaire : 05/06/1990"),
            ["05/06/1990"]
        );
    }

    #[test]
    fn came_into_the_world() {
        assert_eq!(
            found("Elle a vu le jour le 3 mars 2001 à Nantes"),
            ["3 mars 2001"]
        );
        assert_eq!(found("j'ai vu le jour le 14/09/1993"), ["14/09/1993"]);
        assert_eq!(found("DDN de la participante : 12/05/1988"), ["12/05/1988"]);
        assert_eq!(found("ddn du gagnant: 1990-02-11"), ["1990-02-11"]);
        assert_eq!(
            found("ddn du salarié pour la prévoyance : 02/01/1975, merci"),
            ["02/01/1975"]
        );
        for t in [
            "Le projet a vu le jour le 3 mars 2019 à Lyon",
            "La marque fondée par Léa a vu le jour le 12/04/2015",
            "notre gamme bio a vu le jour le 1er juin 2021",
            "DDN de la boutique : 12/05/2010",
            "On a vu le jour se lever sur le salon le 12/05/2024",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
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
        assert!(got("Date de naissance du projet : 12/05/2019, on fête ça").is_empty());
        assert!(got("date of birth of the brand: 03/04/2011").is_empty());
        assert_eq!(
            got("Date of birth of the account holder: 11/23/1984"),
            ["11/23/1984"]
        );
        assert_eq!(
            got("the account holder was born on 2 May 1984"),
            ["2 May 1984"]
        );
        assert!(got("Date de livraison du colis : 21/07/2025").is_empty());
    }

    #[test]
    fn whose_date_in_three_words() {
        assert_eq!(
            found_dates("Date de naissance de la titulaire du compte : 1955-07-14"),
            ["1955-07-14"]
        );
        assert!(found_dates("Date de création de la boutique du quartier : 1955-07-14").is_empty());
    }
}
