//! Postal addresses: French, Belgian/Swiss, UK, US and Canadian shapes. The span is the whole address.
//!
//! French: `N° [bis|ter|B] <voie> <name>[, bât. X][, appt N], <5-digit postcode> <City>` with the
//! usual street types (rue, avenue or `av`, boulevard, place, chemin, allée, impasse, quai…); the
//! city may be typed in lowercase (`8 av jean jaures, 69007 lyon`), the street type and the
//! postcode already make the shape.
//! UK: `[Flat N,] N[A] <Name> Street|Road|Avenue…, <Town> <postcode>` with a full UK postcode;
//! the parts may stand on lines of their own instead of after commas.
//! The street type may be left out (`96 Kingsway, Manchester M14 5TQ`) when the postcode is whole
//! and well-formed and the number is not a reference (`Order 12 Blue, …`).
//! US: `N <Name> St|Ave|Blvd|Drive…[, Apt N], <City>, <ST> <ZIP>` with a two-letter state; the
//! street type may be left out after a directional (`88 SW Broadway, Portland, OR 97205`) or
//! when the one word ends in "-way" (`2163 Broadway, Phoenix, AZ 85004`), since the state and ZIP
//! still close the address.
//! Canada: `N <Name> Street [West], <City>, ON M5H 2N2` and `N rue <name>, Montréal, QC H2X 1Y4`
//! or `4521, rue Saint-Denis, Montréal (Québec) H2J 2L4` (a province code or bracketed name and a
//! full postal code close the address).
//! Belgium, Switzerland, Luxembourg, Germany: street first, number after, 4-digit postcode
//! (`Rue de Carouge 98, 1205 Genève`, `Bahnhofstrasse 12, 8001 Zürich`) or a German 5-digit one
//! (`Kastanienallee 12, 10435 Berlin`).
//! A spreadsheet row may cut the French address's cells with `;` (`3 impasse des Lilas;44000;Nantes`).
//!
//! False-positive traps avoided: a street name alone ("rue du Moulin" in a shop's description)
//! and a postcode alone are not addresses: the number, the street type and the locality must all
//! be present, so prices, order numbers and opening hours never match.
use std::sync::LazyLock;

use regex::Regex;

use crate::text::alnum_before;
use crate::{Hit, Kind};

static FR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i:(?-u:\b)(?:\d{1,4}(?:\s?(?:bis|ter|quater|[a-d]))?,?\s+",
        r"(?:(?:rue|avenue|av\.?|bd|bld|bvd|boulevard|place|chemin|allée|allee|impasse|quai|route|rte|cours|square|passage|voie|sentier|résidence|residence|lotissement|hameau|faubourg|esplanade|promenade|rond-point|parvis|cité|cite|villa|mail|montée|traverse)(?-u:\b)|(?:r|imp)\.)",
        // Without a number, the street types that name nothing else (`Bd Zerktouni, 20250
        // Casablanca`, `rue de la Paix, 75002 Paris`): the postcode and city still must follow.
        r"|(?:rue|avenue|bd|boulevard|impasse|quai)(?-u:\b)))",
        r"[^\n,;:!?()]{2,60}?",
        // Complements between the street and the postcode (a district's capitalised name:
        // `15 rue Ibn Toumert, Guéliz, 40000 Marrakech`); the floor is written with its
        // ordinal (`1er étage`, `3e étage`, `2ème étage`) or as the ground floor (`RDC`).
        // (after a comma, or alone on a line of an address block: `CS 70123`, `Bât. C`).
        r"(?:[ \t]*\n[ \t]*(?:(?i:bp|cs|tsa)[ \t]*\d{2,6}|(?i:bât\.?|bat\.?|bâtiment|batiment|appt\.?|apt\.?|appartement|esc\.?|escalier)[ \t]*[\w\-]{1,6}|\p{Lu}[\p{L}'’\-]+,)|,\s*(?:(?i:bât\.?|bat\.?|bâtiment|batiment|appt\.?|apt\.?|appartement|étage|etage|esc\.?|escalier|porte|résidence|residence|rés\.|res\.|lieu-dit|quartier|bp|cs)\s*[^\n,;:]{0,30}?|\p{Lu}[\p{L}'’\-]+(?:[ \-]\p{Lu}[\p{L}'’\-]+){0,2}|\d{1,2}\s?(?i:er|re|e|ème|eme|è)\s+(?i:étage|etage)[^\n,;:]{0,20}?|(?i:rdc|rez-de-chaussée|rez-de-chaussee)))*",
        // The city; a particle only between two of its words ("Marseille la semaine prochaine"
        // ends at "Marseille", "Saint-Martin de Ré" is whole).
        r"(?:,?\s+|;)(?:(?:F-)?\d{5}|(?:L|B|CH)-\d{4}|\d{4})(?:\s+|;)\p{L}[\p{L}'’\-]*(?:[ \-](?:(?:sur|sous|en|de|du|la|le|les|lès)[ \-]|d'|l')?\p{Lu}[\p{L}'’\-]*){0,4}(?:\s+(?i:cedex)(?:\s+\d{1,2})?)?",
    ))
    .expect("static regex")
});

const STREET_EN: &str = r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Close|Court|Ct|Place|Pl|Terrace|Crescent|Square|Sq|Gardens|Grove|Hill|Park|Row|Mews|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Walk|Green|Rise|Parade|Quay|Quays|Esplanade|Promenade|Wharf|Embankment|Mall)\.?";
/// A UK town: capitalised words, with "upon", "on", "under"… between two of them
/// (`Newcastle upon Tyne`, `Stratford-upon-Avon`, `Burton on Trent`).
const UK_TOWN: &str =
    r"\p{Lu}[\p{L}\-]+(?:\s+(?:(?:upon|on|under|in|by|le)\s+)?\p{Lu}[\p{L}\-]+){0,2}";
const NAME_EN: &str = r"(?:(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}'\-]+)\s+){1,4}";

static UK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?-u:\b)(?:Flat|Apartment|Unit)\s+\d+[A-Z]?,\s*)?(?-u:\b)\d{{1,4}}[A-Za-z]?\s+{NAME_EN}{STREET_EN}(?:,\s*|[ \t]*\n\s*){UK_TOWN}(?:,\s*|[ \t]*\n\s*|\s+)[A-Z]{{1,2}}\d[A-Z\d]?\s*\d[A-Z]{{2}}(?-u:\b)"
    ))
    .expect("static regex")
});
/// UK streets without a street type (`96 Kingsway, Manchester M14 5TQ`, `Flat 2, 80 Broadway,
/// London SW1A 2AA`): a house number (a letter may follow it), one to three capitalised words,
/// a comma, a capitalised town and a full, well-formed UK postcode (outward code `A9`, `A99`,
/// `AA9`, `AA99`, `A9A` or `AA9A` whose letters are allowed where they stand, a space, inward
/// code `9AA` without C, I, K, M, O, V). Without the street type the postcode is what makes it an
/// address, so it must be whole and the number must not be a reference (`Ticket 42`).
static UK_PLAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?-u:\b)(?:Flat|Apartment|Unit)\s+\d+[A-Z]?,\s*)?(?-u:\b)\d{1,4}[A-Za-z]?\s+\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,2}(?:,\s*|[ \t]*\n\s*)\p{Lu}[\p{L}\-]+(?:\s+(?:(?:upon|on|under|in|by|le)\s+)?\p{Lu}[\p{L}\-]+){0,2}(?:,\s*|[ \t]*\n\s*|\s+)(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|[A-PR-UWYZ]\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRV-Y]) \d[ABD-HJLNP-UW-Z]{2}(?-u:\b)",
    )
    .expect("static regex")
});
/// Words that make the number after them a reference, not a house number ("Order 12 Blue").
const NOT_HOUSE: &[&str] = &[
    "order", "ticket", "ref", "no", "nr", "number", "size", "gate", "room", "batch", "lot", "item",
    "page", "seat", "row", "table", "version", "case", "invoice", "commande", "taille", "article",
    "code", "id", "sku", "step", "level", "week", "day", "top", "pack", "box",
];

static US: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?-u:\b)(?:Apt|Apartment|Suite|Ste|Unit)\.?\s*[\w\-]+[ \t]*\n\s*)?(?-u:\b)\d{{1,6}}\s+(?:(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?{NAME_EN}{STREET_EN}(?:\s+(?:N|S|E|W|NE|NW|SE|SW)(?-u:\b)\.?)?|(?:N|S|E|W|NE|NW|SE|SW)\.?\s+(?:\p{{Lu}}[\p{{L}}'\-]+\s+){{0,2}}(?:\d{{1,3}}(?:st|nd|rd|th)|\p{{Lu}}[\p{{L}}'\-]+))(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s*[\w\-]+)?(?:,\s*|[ \t]*\n\s*)(?:\p{{Lu}}[\p{{L}}\-]+\s*){{1,3}},\s*(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{{5}}(?:-\d{{4}})?(?-u:\b)"
    ))
    .expect("static regex")
});

/// US streets whose one word carries its type as a suffix, as "-way" does (`2163 Broadway,
/// Phoenix, AZ 85004`, `12 Kingsway, …`), then maybe a unit, the city, a state and a ZIP. The
/// number must not be a reference (`Order 1234 Broadway, …`).
static US_UNTYPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)\d{1,6}\s+\p{Lu}[\p{L}'\-]*(?i:way)(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s*[\w\-]+)?,\s*(?:\p{Lu}[\p{L}\-]+\s*){1,3},\s*(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?(?-u:\b)",
    )
    .expect("static regex")
});

/// Canada: `N <Name> Street|Ave… [West|Est…][, Suite N], <City>, <PR> <A1A 1A1>` in English, or
/// `N[,] rue|boulevard|avenue|chemin <name>, <City>, QC <A1A 1A1>` in French, with a province code
/// or the province's name in brackets as Canada Post writes it in French (`Montréal (Québec)
/// H2J 2L4`), and a postal code (letter, digit, letter, digit, letter, digit).
/// Canada's province and territory codes.
const PROVINCES: &str = "(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)";

static CA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)\d{{1,6}},?\s+(?:(?:(?:N|S|E|W)\.?\s+)?{NAME_EN}{STREET_EN}(?:\s+(?:East|West|North|South|Est|Ouest|Nord|Sud|E|W|N|S)(?-u:\b))?|(?i:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|place|route|rang|côte|montée)\s+[^\n,;:!?()]{{2,40}}?)(?:,?\s*(?:(?i:Apt|Apartment|Suite|Ste|Unit|App|Appartement|Bureau)|#)\.?\s*[\w\-]+)?(?:,\s*|[ \t]*\n[ \t]*)(?:\p{{Lu}}[\p{{L}}\-']+\s*){{1,3}}(?:,?\s*{PROVINCES}|\s*\({PROVINCES}\)|\s*\((?:Québec|Quebec|Ontario|Alberta|Manitoba|Saskatchewan|Nouveau-Brunswick|New Brunswick|Nouvelle-Écosse|Nova Scotia|Colombie-Britannique|British Columbia|Terre-Neuve-et-Labrador|Newfoundland and Labrador|Île-du-Prince-Édouard|Prince Edward Island)\))\s+[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d(?-u:\b)"
    ))
    .expect("static regex")
});

/// Australia: `[Unit N/]N <Name> St|Rd…, <Suburb> <STATE> <4-digit postcode>` (`88 Harbour St,
/// Surry Hills NSW 2010`): the state's abbreviation before the postcode makes it one; a city and
/// four digits alone may be a year (`George St, Sydney 2019`) and are left out.
static AU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?-u:\b)(?:Unit|Apt|Level|Shop)\s+\d{{1,4}}[A-Z]?[,/]\s*)?(?-u:\b)(?:\d{{1,4}}[A-Z]?/)?\d{{1,5}}[A-Z]?\s+{NAME_EN}{STREET_EN},?\s+\p{{Lu}}[\p{{L}}'\-]+(?:\s+\p{{Lu}}[\p{{L}}'\-]+){{0,2}},?\s+(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\s+\d{{4}}(?-u:\b)"
    ))
    .expect("static regex")
});

/// Ireland: `N <Name> Road…, [<Locality>,] [<Town>[ <district>],] [Co. <County>,] <Eircode>`
/// (`14 Ranelagh Road, Dublin 6, D06 X5K2`, `14 Grange Park, Raheny, Dublin 5, D05 K2P8`): a
/// routing key (a letter from the Eircode set and two digits, or `D6W`) and a four-char unique
/// identifier close it, with the blank the Eircode is printed with.
static IE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?-u:\b)(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Z]?(?:,\s*|[ \t]*\n\s*))?(?-u:\b)\d{{1,4}}[A-Z]?\s+{NAME_EN}{STREET_EN}(?:\s+(?:Upper|Lower|North|South|East|West|Great|Little))?(?:,\s*|[ \t]*\n\s*)(?:\p{{Lu}}[\p{{L}}'\-]+(?:\s+\p{{Lu}}[\p{{L}}'\-]+){{0,2}}(?:\s+\d{{1,2}}W?)?(?:,\s*|[ \t]*\n\s*|\s+)){{0,2}}(?:Co\.?\s+\p{{Lu}}\p{{L}}+,\s*)?(?:[AC-FHKNPRTV-Y]\d{{2}}|D6W) [0-9AC-FHKNPRTV-Y]{{4}}(?-u:\b)"
    ))
    .expect("static regex")
});

/// Belgium, Switzerland, Luxembourg (and their Dutch- and German-speaking neighbours): the street
/// comes first and its number after it, then a 4-digit postcode (`Rue du Marché aux Herbes 61,
/// 1000 Bruxelles`, `Rue de Carouge 98, 1205 Genève`, `Bahnhofstrasse 12, 8001 Zürich`,
/// `Kerkstraat 14 bus 2, B-2000 Antwerpen`, `L-1450 Luxembourg`). The street type opens the street
/// (French) or ends its one word (German/Dutch `-strasse`, `-straat`, `-laan`…), and the city is
/// capitalised.
static STREET_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:(?-u:\b)(?i:rue|avenue|av\.|boulevard|bd|chemin|ch\.|place|quai|route|chaussée|chaussee|allée|allee|impasse|square|drève|dreve|clos|sentier|ruelle|rampe|promenade|passage|via|viale|piazza|calle|avenida|plaza|paseo|carrer|rua|travessa|largo)\s+[^\n,;:!?()\d]{2,50}?",
        r"|(?-u:\b)\p{Lu}[\p{L}\-]*(?i:strasse|straße|gasse|weg|platz|straat|laan|plein|steenweg|dreef|kaai|markt|allee|damm|ufer|ring|chaussee)",
        // A street whose name ends with its type (`Grand-Rue 16`, `Haute-Rue 4`).
        r"|(?-u:\b)\p{Lu}\p{L}+-(?:Rue|rue)",
        // The type as a word of its own after a capitalised name (`Schönhauser Allee 36`).
        r"|(?-u:\b)\p{Lu}[\p{L}\-]*[ \t](?:Allee|Straße|Strasse|Platz|Weg|Damm|Ring|Ufer|Gasse|Chaussee))",
        r"\s+\d{1,4}(?:\s?(?:bis|ter|[a-zA-Z]))?(?-u:\b)(?:\s*,?\s*(?:/|bte\.?|boîte|boite|bus)\s*\d{1,4})?",
        // A Spanish or Portuguese floor and door (`3º B`, `2.º izq.`, `piso 4`).
        r"(?:,\s*(?:\d{1,2}\.?\s?[ºª°]\s?[A-Za-z0-9]{0,4}\.?|(?i:piso|planta|puerta|bajo|andar)\s*[\w.º]{0,6}))?",
        // The city: capitalised words, a particle only between two of them ("Genève la semaine
        // prochaine" ends at "Genève").
        // After a comma, or on the next line of an address block (`Rue de Carouge 48\n1205 Genève`).
        r"(?:,\s*|[ \t]*\n[ \t]*|[ \t]+)(?:(?:B|CH|L|D|A|NL)-)?\d{4,5}\s+\p{Lu}[\p{L}'’\-]*(?:[ \-](?:(?:sur|sous|en|de|du|la|le|les|lès|am|an|bei)[ \-]|d'|l')?\p{Lu}[\p{L}'’\-]*){0,3}",
    ))
    .expect("static regex")
});

/// vCard's `ADR;TYPE=home:;;12 rue Oberkampf;Paris;;75011;France`: the address is the line's
/// fields after the colon, from the first filled one (post-office box, extended address and
/// street, locality, region, postcode, country).
static VCARD_ADR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^(?:item\d+\.)?ADR(?:;[^:\n]*)?:([^\n]+)$").expect("static regex")
});

fn vcard_addresses(text: &str, hits: &mut Vec<Hit>) {
    for c in VCARD_ADR.captures_iter(text) {
        let Some(v) = c.get(1) else { continue };
        // Trimmed at the end first: a line of separators only trims to nothing.
        let kept = v.as_str().trim_end_matches([';', ' ', '\r']);
        let lead = kept.len() - kept.trim_start_matches([';', ' ']).len();
        let fields = &kept[lead..];
        let filled = fields.split(';').filter(|f| !f.trim().is_empty()).count();
        if filled >= 2 && fields.bytes().any(|b| b.is_ascii_digit()) {
            hits.push(Hit::new(
                Kind::Address,
                v.start() + lead,
                v.start() + kept.len(),
            ));
        }
    }
}

pub(crate) fn detect(text: &str, hits: &mut Vec<Hit>) {
    if memchr::memmem::find(text.as_bytes(), b"ADR").is_some() {
        vcard_addresses(text, hits);
    }
    // Gates: FR and US addresses end with a 5-digit code, UK and Canadian ones with a postcode
    // (letter+digit).
    let (five, uk, four) = gates(text.as_bytes());
    // Luxembourg, Belgium and Switzerland write the French layout with a 4-digit code, prefixed
    // or not (`12 rue de Hollerich, L-1741 Luxembourg`, `3 chemin des Vignes, 1260 Nyon`).
    let regexes: [(&Regex, bool); 7] = [
        (&FR, five || four),
        (&UK, uk),
        (&US, five),
        (&CA, uk),
        (&STREET_FIRST, four || five),
        (&AU, four && au_state_postcode(text.as_bytes())),
        (&IE, uk && eircode(text.as_bytes())),
    ];
    for (i, re) in regexes
        .iter()
        .enumerate()
        .filter(|(_, (_, on))| *on)
        .map(|(i, (re, _))| (i, *re))
    {
        for m in re.find_iter(text) {
            if alnum_before(text, m.start()) {
                continue;
            }
            if i == 0 && !lowercase_city_ok(m.as_str()) {
                continue;
            }
            // Without its number, a street is an address only before a capitalised city (not
            // « la rue est fermée, 75011 colis en attente »).
            let numbered = m.as_str().starts_with(|c: char| c.is_ascii_digit());
            if i == 0 && !numbered && !city_capitalised(m.as_str()) {
                continue;
            }
            // A bare 4-digit code (Belgium, Switzerland: `3 chemin des Vignes, 1260 Nyon`) needs
            // the number first (the street-first layout reads `Rue Neuve 45, 1000 Bruxelles`)
            // and a capitalised city (a year may stand there: « 12 rue de la Gare, 2019 fut »).
            if i == 0
                && bare_four_digit_postcode(m.as_str())
                && !(numbered && city_capitalised(m.as_str()))
            {
                continue;
            }
            hits.push(Hit::new(Kind::Address, m.start(), m.end()));
        }
    }
    if five {
        let before = hits.len();
        for m in US_UNTYPED.find_iter(text) {
            if alnum_before(text, m.start())
                || hits[..before]
                    .iter()
                    .any(|h| h.kind == Kind::Address && h.start < m.end() && m.start() < h.end)
                || after_reference_word(&text[..m.start()])
            {
                continue;
            }
            hits.push(Hit::new(Kind::Address, m.start(), m.end()));
        }
    }
    if uk {
        let before = hits.len();
        for m in UK_PLAIN.find_iter(text) {
            if alnum_before(text, m.start())
                || hits[..before]
                    .iter()
                    .any(|h| h.kind == Kind::Address && h.start < m.end() && m.start() < h.end)
                || after_reference_word(&text[..m.start()])
            {
                continue;
            }
            hits.push(Hit::new(Kind::Address, m.start(), m.end()));
        }
    }
}

/// Does the text before a number end with a reference word (`Order 12`, `ticket #`)?
fn after_reference_word(before: &str) -> bool {
    let t = before.trim_end_matches([' ', '\t', '#', '\u{a0}']);
    let w: String = t
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '°' || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let w = w.trim_matches(['.', '°']).to_lowercase();
    !w.is_empty() && NOT_HOUSE.contains(&w.as_str())
}

/// Whether the city after the postcode that ends a French-layout match starts with a capital.
fn city_capitalised(m: &str) -> bool {
    city(m)
        .trim_start_matches([' ', '\t', '\n', ';'])
        .starts_with(char::is_uppercase)
}

/// Whether a French-layout match's postcode is four digits with no country prefix (`1260`, not
/// `CH-1260` or `75011`).
fn bare_four_digit_postcode(m: &str) -> bool {
    let head = m.len() - city(m).len();
    let b = m.as_bytes();
    let digits = b[..head]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    digits == 4 && head.checked_sub(5).and_then(|i| b.get(i)) != Some(&b'-')
}

/// What follows the postcode that ends a French-layout match: its city.
fn city(m: &str) -> &str {
    m.rsplit(|c: char| c.is_ascii_digit()).next().unwrap_or("")
}

/// A French match whose city is typed in lowercase (`8 av jean jaures, 69007 lyon`) is kept only
/// with an unambiguous street type: "cours", "place", "route", "mail", "voie"… are also common
/// nouns ("2 cours de yoga, 15000 personnes").
fn lowercase_city_ok(m: &str) -> bool {
    let city_lower = city(m)
        .trim_start_matches([' ', ';'])
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if !city_lower {
        return true;
    }
    let street = m
        .trim_start_matches(|c: char| !c.is_alphabetic())
        .split(|c: char| c.is_whitespace() || c == '.')
        .find(|w| {
            !w.is_empty()
                && !matches!(
                    w.to_ascii_lowercase().as_str(),
                    "bis" | "ter" | "quater" | "a" | "b" | "c" | "d"
                )
        });
    street.is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "rue"
                | "r"
                | "imp"
                | "bld"
                | "avenue"
                | "av"
                | "bd"
                | "boulevard"
                | "chemin"
                | "allée"
                | "allee"
                | "impasse"
                | "quai"
        )
    })
}

/// Gate for [`AU`]: an Australian state's abbreviation, a blank and a 4-digit postcode (read
/// at the blanks only).
fn au_state_postcode(b: &[u8]) -> bool {
    const STATES: &[&[u8]] = &[
        b"NSW", b"VIC", b"Vic", b"QLD", b"Qld", b"SA", b"WA", b"TAS", b"Tas", b"NT", b"ACT",
    ];
    memchr::memchr_iter(b' ', b).any(|i| {
        b.get(i + 1..i + 5)
            .is_some_and(|w| w.iter().all(u8::is_ascii_digit))
            && !b.get(i + 5).is_some_and(u8::is_ascii_digit)
            && STATES
                .iter()
                .any(|st| i > st.len() && &b[i - st.len()..i] == *st && b[i - 1 - st.len()] == b' ')
    })
}

/// Gate for [`IE`]: an Eircode as printed, its routing key (a letter and two digits, or `D6W`),
/// a blank, then four letters or digits (read at the blanks only).
fn eircode(b: &[u8]) -> bool {
    let ident = |w: &[u8]| {
        w.iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    };
    memchr::memchr_iter(b' ', b).any(|i| {
        i >= 3
            && b[i - 3].is_ascii_uppercase()
            && (i == 3 || !b[i - 4].is_ascii_alphanumeric())
            && b[i - 2].is_ascii_digit()
            && (b[i - 1].is_ascii_digit() || b[i - 1] == b'W')
            && b.get(i + 1..i + 5).is_some_and(ident)
            && !b.get(i + 5).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// Which regexes can match: a run of exactly five digits (a postcode: FR and US), an uppercase
/// letter right before a digit (a UK postcode). One walk over the bytes for both (two walks, one
/// over `windows(2)`, were ~1,300 instructions per scan).
fn gates(b: &[u8]) -> (bool, bool, bool) {
    let (mut five, mut uk, mut four) = (false, false, false);
    let (mut run, mut upper) = (0usize, false);
    for &c in b {
        if c.is_ascii_digit() {
            uk |= upper;
            run += 1;
            upper = false;
        } else {
            five |= run == 5;
            four |= run == 4;
            run = 0;
            upper = c.is_ascii_uppercase();
        }
    }
    (five || run == 5, uk, four || run == 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two walks [`gates`] replaces.
    fn gates_reference(b: &[u8]) -> (bool, bool, bool) {
        let (mut five, mut four) = (false, false);
        let mut run = 0;
        for &c in b.iter().chain(std::iter::once(&b' ')) {
            if c.is_ascii_digit() {
                run += 1;
            } else {
                five |= run == 5;
                four |= run == 4;
                run = 0;
            }
        }
        let uk = b
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_digit());
        (five, uk, four)
    }

    proptest::proptest! {
        #[test]
        fn gates_are_the_two_walks(t in "[0-9A-Ba-b é]{0,30}") {
            proptest::prop_assert_eq!(gates(t.as_bytes()), gates_reference(t.as_bytes()));
        }
    }

    fn found(t: &str) -> Vec<String> {
        let mut h = Vec::new();
        detect(t, &mut h);
        h.iter().map(|h| t[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn french_addresses() {
        assert_eq!(
            found("J’habite 45 place du Moulin, 67000 Strasbourg, le livreur"),
            ["45 place du Moulin, 67000 Strasbourg"]
        );
        assert_eq!(
            found("au 109 chemin de la Paix, bât. B, 34000 Montpellier."),
            ["109 chemin de la Paix, bât. B, 34000 Montpellier"]
        );
        assert_eq!(
            found("36 rue Gambetta, appt 44, 75011 Paris"),
            ["36 rue Gambetta, appt 44, 75011 Paris"]
        );
        assert_eq!(
            found("12 bis avenue Jean-Jaurès 69007 Lyon"),
            ["12 bis avenue Jean-Jaurès 69007 Lyon"]
        );
        // Typed fast: `av` without its dot, a lowercase city.
        assert_eq!(
            found("jhabite 8 av jean jaures, 69007 lyon si tu passes"),
            ["8 av jean jaures, 69007 lyon"]
        );
        // Street types shortened as on a parcel label: `r.`, `imp.`, `bld`, `rte`.
        assert_eq!(
            found("envoi au 14 r. des Tanneurs 67000 Strasbourg svp"),
            ["14 r. des Tanneurs 67000 Strasbourg"]
        );
        assert_eq!(
            found("c'est 3 imp. des Mimosas, 13008 marseille"),
            ["3 imp. des Mimosas, 13008 marseille"]
        );
        assert_eq!(
            found("livrez au 21 bld Voltaire 75011 Paris"),
            ["21 bld Voltaire 75011 Paris"]
        );
        // A lone `r` or `imp` without its dot is no street type.
        assert!(found("taille 2 r des 75011 Paris").is_empty());
        assert!(found("lot 4 imp 13008 Marseille").is_empty());
        assert!(found("dispo 8 avril, 69007 colis en route").is_empty());
        assert!(found("nos 2 cours de yoga, 15000 personnes inscrites").is_empty());
        assert!(found("3 place de concert, 75001 billets").is_empty());
        // A residence's number, its name, then the street as a complement.
        assert_eq!(
            found("adresse : Appt 12, Résidence Al Manar, Bd Zerktouni, 20250 Casablanca, merci"),
            ["12, Résidence Al Manar, Bd Zerktouni, 20250 Casablanca"]
        );
        // Without a number, a street type that names nothing else, then the postcode and city.
        assert_eq!(
            found("adresse : Bd Zerktouni, 20250 Casablanca, merci"),
            ["Bd Zerktouni, 20250 Casablanca"]
        );
        assert_eq!(
            found("envoyez-le rue de la Paix, 75002 Paris"),
            ["rue de la Paix, 75002 Paris"]
        );
    }

    #[test]
    fn address_blocks_on_several_lines() {
        for (t, want) in [
            (
                "Adresse :\n27 boulevard Vauban\nCS 70123\n59000 Lille Cedex\nMerci",
                "27 boulevard Vauban\nCS 70123\n59000 Lille Cedex",
            ),
            (
                "Her address:\nApt 4B\n220 West 71st Street\nNew York, NY 10023\nThanks",
                "Apt 4B\n220 West 71st Street\nNew York, NY 10023",
            ),
        ] {
            assert_eq!(found(t), [want], "{t}");
        }
        // A line that only starts like a complement does not join two addresses' pieces.
        let t =
            "Rendez-vous au 12 rue de la Paix\nCS est le service client, 75002 Paris est le siège";
        assert!(found(t).is_empty(), "{t}: {:?}", found(t));
    }
    #[test]
    fn address_blocks_street_first_vcards_and_a_german_allee() {
        for (t, want) in [
            (
                "Adresse :\nLina Favre\nRue de Carouge 48\n1205 Genève\nSuisse\nTél.",
                "Rue de Carouge 48\n1205 Genève",
            ),
            (
                "livraison :\nRue de l’Aurore 14 bte 3\n1050 Ixelles\nBelgique",
                "Rue de l’Aurore 14 bte 3\n1050 Ixelles",
            ),
            (
                "the box to go to Schönhauser Allee 36, 10435 Berlin.",
                "Schönhauser Allee 36, 10435 Berlin",
            ),
            (
                "Box :\n355 rue Sainte-Catherine Ouest, app. 802\nMontréal (Québec) H3B 1A5\nCanada",
                "355 rue Sainte-Catherine Ouest, app. 802\nMontréal (Québec) H3B 1A5",
            ),
            (
                "BEGIN:VCARD\nFN:Hugo\nADR;TYPE=work:;;12 rue Oberkampf;Paris;;75011;France\nEND:VCARD",
                "12 rue Oberkampf;Paris;;75011;France",
            ),
        ] {
            assert_eq!(found(t), [want], "{t}");
        }
        for t in [
            "ADR;TYPE=work:;;;;;;",
            "Rue de Carouge 48 est fermée.\n1205 personnes attendues",
            "Die Allee 36 Bäume, 10435 Blätter",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn luxembourg_spain_a_belgian_box_and_a_quebec_province_code() {
        for (t, want) in [
            (
                "je suis à Luxembourg-ville : 12 rue de Hollerich, L-1741 Luxembourg, tél",
                "12 rue de Hollerich, L-1741 Luxembourg",
            ),
            (
                "Voilà : Rue Neuve 45, boîte 3, 1000 Bruxelles. Merci",
                "Rue Neuve 45, boîte 3, 1000 Bruxelles",
            ),
            (
                "return to Calle de Alcalá 152, 3º B, 28009 Madrid / +34",
                "Calle de Alcalá 152, 3º B, 28009 Madrid",
            ),
            (
                "Do you ship to Canada? 3480 rue Saint-Denis, Montréal (QC) H2X 3L3, phone",
                "3480 rue Saint-Denis, Montréal (QC) H2X 3L3",
            ),
            // A district after the street (Morocco, Ivory Coast).
            (
                "livrer à l'adresse : 23 rue Ibn Batouta, quartier Gauthier, 20060 Casablanca. Le",
                "23 rue Ibn Batouta, quartier Gauthier, 20060 Casablanca",
            ),
            // The French layout with a bare 4-digit code.
            (
                "habite 3 chemin des Vignes, 1260 Nyon, joignable",
                "3 chemin des Vignes, 1260 Nyon",
            ),
            (
                "Old listing: 58 Rue de la Montagne, 1000 Brussels. The landlord",
                "58 Rue de la Montagne, 1000 Brussels",
            ),
        ] {
            assert_eq!(found(t), [want], "{t}");
        }
        for t in [
            "Le lot L-1741 part en rue 12, voir la fiche.",
            "Calle 8 est un super resto, réservez pour 2024 personnes.",
            // A year before a word in lowercase.
            "on a ouvert au 12 rue de la Gare, 2019 fut une bonne année",
            "3 place du marché, 2024 exposants attendus",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn a_floor_and_a_us_street_without_its_type() {
        assert_eq!(
            found("Livrez au 12 rue Carnot, 3e étage, 69003 Lyon svp"),
            ["12 rue Carnot, 3e étage, 69003 Lyon"]
        );
        assert_eq!(
            found("Envoi : 4 impasse des Lilas, 2e étage gauche, 44000 Nantes"),
            ["4 impasse des Lilas, 2e étage gauche, 44000 Nantes"]
        );
        assert_eq!(
            found("Adresse : 5 bis avenue Foch, 2ème étage, 75116 Paris"),
            ["5 bis avenue Foch, 2ème étage, 75116 Paris"]
        );
        assert_eq!(
            found("send it to 350 Broadway, New York, NY 10013"),
            ["350 Broadway, New York, NY 10013"]
        );
        assert_eq!(
            found("my address is 7798 Broadway, Unit 17, Chicago, IL 60614."),
            ["7798 Broadway, Unit 17, Chicago, IL 60614"]
        );
        assert_eq!(
            found("Ship to 6321 Broadway Suite 156, Nashville, TN 37203"),
            ["6321 Broadway Suite 156, Nashville, TN 37203"]
        );
        // A reference or a count before the city, a floor with no street.
        assert!(found("Order 1234 Broadway, Austin, TX 78701").is_empty());
        assert!(found("We sold 2500 Units, Austin, TX 78701 last year").is_empty());
        assert!(found("we sold 620 Morrison, Portland, OR 97205 units").is_empty());
        assert!(found("nos 2 cours, 3e étage, 15000 personnes").is_empty());
    }

    #[test]
    fn uk_us_addresses() {
        assert_eq!(
            found("Flat 3, 30A Baker Street, London SW1A 2AA"),
            ["Flat 3, 30A Baker Street, London SW1A 2AA"]
        );
        // The same parts on lines of their own.
        assert_eq!(
            found("home address?\nFlat 3, 41 Cranbrook Road\nIlford\nIG1 4PU\nShe starts Monday"),
            ["Flat 3, 41 Cranbrook Road\nIlford\nIG1 4PU"]
        );
        assert_eq!(
            found("80 Broadway\nLondon SW1A 2AA"),
            ["80 Broadway\nLondon SW1A 2AA"]
        );
        assert_eq!(
            found("Winner: 2297 Sunset Blvd, Portland, OR 97205, thanks"),
            ["2297 Sunset Blvd, Portland, OR 97205"]
        );
        assert_eq!(
            found("3771 Oak Avenue, Apt 14C, San Francisco, CA 94105"),
            ["3771 Oak Avenue, Apt 14C, San Francisco, CA 94105"]
        );
        assert_eq!(
            found("9209 5th Ave, Springfield, IL 62704"),
            ["9209 5th Ave, Springfield, IL 62704"]
        );
    }

    #[test]
    fn street_or_postcode_alone_is_not_an_address() {
        assert!(found("notre boutique rue du Moulin ouvre à 10 h").is_empty());
        assert!(found("la rue est fermée, 75011 colis en attente").is_empty());
        assert!(found("livraison en 2 jours vers 75011 Paris").is_empty());
        assert!(found("Size 3 Baker Street edition").is_empty());
    }

    #[test]
    fn towns_before_postcodes_after_a_comma_districts_and_directionals() {
        for (t, want) in [
            (
                "send to 118 Division Street, Sheffield, S1 4GF please",
                "118 Division Street, Sheffield, S1 4GF",
            ),
            (
                "send to 51a Botanic Avenue, Belfast, BT7 1JL",
                "51a Botanic Avenue, Belfast, BT7 1JL",
            ),
            (
                "125 Grey Street, Newcastle upon Tyne NE1 6EE",
                "125 Grey Street, Newcastle upon Tyne NE1 6EE",
            ),
            (
                "Flat 17, 145 Stonegate, York, YO1 8AS",
                "Flat 17, 145 Stonegate, York, YO1 8AS",
            ),
            (
                "please send to 5 Eyre Square, Galway H91 FT2N. Mobile",
                "5 Eyre Square, Galway H91 FT2N",
            ),
            (
                "Ship to 877 W Hastings St, Vancouver, BC V6E 2E9 thanks",
                "877 W Hastings St, Vancouver, BC V6E 2E9",
            ),
            (
                "Rue de la Loi 296 1000 Bruxelles",
                "Rue de la Loi 296 1000 Bruxelles",
            ),
            (
                "Héloïse Colin\nGrand-Rue 16 boîte 4, 6700 Arlon\n",
                "Grand-Rue 16 boîte 4, 6700 Arlon",
            ),
            (
                "22, avenue des Cordeliers, Rés. Le Clos Fleuri, apt 12, 74000 Annecy",
                "22, avenue des Cordeliers, Rés. Le Clos Fleuri, apt 12, 74000 Annecy",
            ),
            (
                "23 rue Oued Fès\nAgdal, 10090 Rabat",
                "23 rue Oued Fès\nAgdal, 10090 Rabat",
            ),
            (
                "Apt 17\n1 Harcourt St\nDublin 8\nD08 X2C7",
                "Apt 17\n1 Harcourt St\nDublin 8\nD08 X2C7",
            ),
            (
                "Apt 9, 5 Leeson St Upper, Dublin 6, D06 R2F8",
                "Apt 9, 5 Leeson St Upper, Dublin 6, D06 R2F8",
            ),
            (
                "Infos : 15 rue Ibn Toumert, Guéliz, 40000 Marrakech, merci",
                "15 rue Ibn Toumert, Guéliz, 40000 Marrakech",
            ),
        ] {
            assert_eq!(found(t), [want], "{t}");
        }
        for t in [
            "Order 12 Blue, York, YO1 8AS",
            "Avenue Louise 12 2024 était une bonne année",
            "Size 12 Slim Fit, London NW1 in stock",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn uk_street_without_a_street_type() {
        for (t, a) in [
            (
                "Morning team, her delivery address is 96 Kingsway, Manchester M14 5TQ.",
                "96 Kingsway, Manchester M14 5TQ",
            ),
            (
                "Please ship the PR box to Flat 2, 80 Kingsway, Edinburgh EH1 2NG. Link",
                "Flat 2, 80 Kingsway, Edinburgh EH1 2NG",
            ),
            (
                "New address for the exchange: 57B Kingsway, Edinburgh EH1 2NG Link",
                "57B Kingsway, Edinburgh EH1 2NG",
            ),
            (
                "Winner details: Sophie Taylor, 235 Kingsway, Manchester M14 5TQ, +32 470",
                "235 Kingsway, Manchester M14 5TQ",
            ),
            (
                "send it to 10 Downing Street, London SW1A 2AA",
                "10 Downing Street, London SW1A 2AA",
            ),
            (
                "to 12 Piccadilly, London W1J 0DA please",
                "12 Piccadilly, London W1J 0DA",
            ),
            (
                "at 70 Whitehall, London SW1A 2AS",
                "70 Whitehall, London SW1A 2AS",
            ),
        ] {
            assert_eq!(found(t), [a], "{t}");
        }
        for t in [
            "Ticket 42, London SW1 is closed",
            "Order 12 Blue Hoodie, London SW1A 2AA warehouse",
            "96 Kingsway, Manchester M14",
            "96 Kingsway, Manchester M14 5CQ",
            "96 kingsway, manchester M14 5TQ",
            "Kingsway, Manchester M14 5TQ",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn us_directionals() {
        assert_eq!(
            found("Her address is 1600 Pennsylvania Avenue NW, Washington, DC 20500."),
            ["1600 Pennsylvania Avenue NW, Washington, DC 20500"]
        );
        assert_eq!(
            found("ship to 350 N Main St, Apt 4, Salt Lake City, UT 84103 thanks"),
            ["350 N Main St, Apt 4, Salt Lake City, UT 84103"]
        );
        assert!(found("Order 1600 NW Avenue shipped, tracking 84103").is_empty());
    }

    #[test]
    fn us_street_without_a_type_after_a_directional() {
        assert_eq!(
            found("ship the hoodie to 620 SW Morrison, Portland, OR 97205 please"),
            ["620 SW Morrison, Portland, OR 97205"]
        );
        assert_eq!(
            found("Mail it to 88 SW Broadway, Portland, OR 97205."),
            ["88 SW Broadway, Portland, OR 97205"]
        );
        assert_eq!(
            found("HQ: 400 N 5th, Phoenix, AZ 85004"),
            ["400 N 5th, Phoenix, AZ 85004"]
        );
        // No directional and no street type, or no state and ZIP: not an address.
        assert!(found("we sold 620 Morrison, Portland, OR 97205 units").is_empty());
        assert!(found("Gate 12 SW Terminal, then Portland").is_empty());
        assert!(found("Order 300 NE Collection, batch 97205").is_empty());
    }

    #[test]
    fn australian_and_irish_gates() {
        assert!(au_state_postcode(b"Surry Hills NSW 2010"));
        assert!(!au_state_postcode(b"Sydney 2019"));
        assert!(!au_state_postcode(b"NSW2010"));
        assert!(eircode(b"Dublin 6, D06 X5K2"));
        assert!(eircode(b"D6W AB12"));
        assert!(!eircode(b"D06X5K2"));
        assert!(!eircode(b"A3 is the size"));
        assert!(!eircode(b"FR76 3000 6000"));
    }

    #[test]
    fn australian_and_irish_addresses() {
        for (t, a) in [
            (
                "Her address is 88 Harbour St, Surry Hills NSW 2010, deliver Friday.",
                "88 Harbour St, Surry Hills NSW 2010",
            ),
            (
                "ship to Unit 4/12 Beach Road, Bondi Beach NSW 2026 thanks",
                "Unit 4/12 Beach Road, Bondi Beach NSW 2026",
            ),
            (
                "Shipping: 14 Ranelagh Road, Dublin 6, D06 X5K2",
                "14 Ranelagh Road, Dublin 6, D06 X5K2",
            ),
            (
                "to 3 Main Street, Kinsale, Co. Cork, P17 WK22 please",
                "3 Main Street, Kinsale, Co. Cork, P17 WK22",
            ),
            (
                "address 14 Grange Park, Raheny, Dublin 5, D05 K2P8",
                "14 Grange Park, Raheny, Dublin 5, D05 K2P8",
            ),
        ] {
            assert_eq!(found(t), [a], "{t}");
        }
        for t in [
            "our Sydney store on George St opened in 2019, NSW 2000 is the postcode",
            "we opened 2 George St, Sydney 2019",
            "the D06 X5K2 Eircode is in Ranelagh",
            "order 14 Ranelagh Road sample, ref D06X5K2",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn canadian_addresses() {
        for (t, a) in [
            (
                "Ship her creator kit to 88 Queen Street West, Toronto, ON M5H 2N2",
                "88 Queen Street West, Toronto, ON M5H 2N2",
            ),
            (
                "livraison au 1450 rue Sainte-Catherine Ouest, Montréal, QC H3G 1R4 svp",
                "1450 rue Sainte-Catherine Ouest, Montréal, QC H3G 1R4",
            ),
            (
                "send it to 2205 Granville St, Suite 300, Vancouver, BC V6H 3G7.",
                "2205 Granville St, Suite 300, Vancouver, BC V6H 3G7",
            ),
        ] {
            assert_eq!(found(t), [a], "{t}");
        }
        for t in [
            "Our Toronto store on Queen Street West opens at 10, ON time",
            "Flight AC 870 lands in Montréal, QC at 7pm, gate B12",
            "Order 4412 Queen Street hoodie, size M5",
            "the QC team checked batch 2205, Vancouver, BC warehouse",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn the_city_ends_before_a_trailing_particle() {
        assert_eq!(
            found("livraison au 14 rue des Lilas, 75020 Paris depuis lundi"),
            ["14 rue des Lilas, 75020 Paris"]
        );
        assert_eq!(
            found("envoie au 3 rue Vieille, 13001 Marseille la semaine prochaine"),
            ["3 rue Vieille, 13001 Marseille"]
        );
        assert_eq!(
            found("au 2 rue du Port, 17410 Saint-Martin de Ré cet été"),
            ["2 rue du Port, 17410 Saint-Martin de Ré"]
        );
    }

    #[test]
    fn german_streets_and_spreadsheet_cells() {
        for (t, a) in [
            (
                "Ship the PR box to Kastanienallee 12, 10435 Berlin, c/o Jonas",
                "Kastanienallee 12, 10435 Berlin",
            ),
            (
                "Anschrift: Kurfürstendamm 21, 10719 Berlin",
                "Kurfürstendamm 21, 10719 Berlin",
            ),
            (
                "nom;prénom;adresse;cp;ville\nMartin;Léa;3 impasse des Lilas;44000;Nantes",
                "3 impasse des Lilas;44000;Nantes",
            ),
        ] {
            assert_eq!(found(t), [a], "{t}");
        }
        for t in [
            "Spring 12, 10435 followers this week",
            "Kastanienallee 12 : 10435 Besucher",
            "ref;qté;prix\n12 rue;44000;nantes",
            "3 cours de yoga;15000;personnes",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn street_first_addresses_and_quebec_brackets() {
        for (t, a) in [
            (
                "La gagnante habite Rue du Marché aux Herbes 61, 1000 Bruxelles, envoie-lui le coffret.",
                "Rue du Marché aux Herbes 61, 1000 Bruxelles",
            ),
            (
                "Adresse de livraison : Rue de Carouge 98, 1205 Genève",
                "Rue de Carouge 98, 1205 Genève",
            ),
            ("ship to Bahnhofstrasse 12, 8001 Zürich", "Bahnhofstrasse 12, 8001 Zürich"),
            (
                "Kerkstraat 14 bus 2, B-2000 Antwerpen",
                "Kerkstraat 14 bus 2, B-2000 Antwerpen",
            ),
            (
                "Le siège est Avenue Louise 54, 1050 Ixelles depuis 2019",
                "Avenue Louise 54, 1050 Ixelles",
            ),
            (
                "Our office moved to Rue du Rhône 14, 1204 Genève last spring",
                "Rue du Rhône 14, 1204 Genève",
            ),
            (
                "Chemin des Vignes 3, 1815 Clarens la Tour en vue",
                "Chemin des Vignes 3, 1815 Clarens la Tour",
            ),
            (
                "Envoie le kit au 4521, rue Saint-Denis, Montréal (Québec) H2J 2L4, merci",
                "4521, rue Saint-Denis, Montréal (Québec) H2J 2L4",
            ),
            (
                // The unit as typed in a chat, in lowercase.
                "Envoyez le kit à 3450, boul. Saint-Laurent, app. 4, Montréal (Québec) H2X 2T6",
                "3450, boul. Saint-Laurent, app. 4, Montréal (Québec) H2X 2T6",
            ),
        ] {
            assert_eq!(found(t), [a], "{t}");
        }
        for t in [
            "Rendez-vous rue du Marché aux Herbes pour le pop-up",
            "Place aux artistes 12, 2025 visiteurs attendus",
            "Route 66, 1950 Chevrolet en vitrine",
            "Avenue Louise 54 : 1050 exemplaires vendus",
            "3450, boul. Saint-Laurent, app. 4 : le colis H2X est parti",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn parades_and_quays() {
        assert_eq!(
            found("Tenant file: 108 Grand Parade, Cork, T12 A2PX, thanks"),
            ["108 Grand Parade, Cork, T12 A2PX"]
        );
        assert!(found("The parade starts at 10 on the quay, see you there").is_empty());
    }
}
