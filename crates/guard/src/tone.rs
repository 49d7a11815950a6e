//! Tone: shouting, punctuation bursts and hostile second-person blame.
//!
//! - shouting: a run of three or more all-caps words (the span is the run). Acronyms and codes do
//!   not count toward the three (SAV, CGV, DHL, TVA, EAN, UPS…, any word with digits), so "DHL
//!   EXPRESS" or "SAV CGV" stay quiet; PEM headers and tokens are left to the secret detector.
//! - punctuation: a run of three or more `!`/`?` (`!!!`, `?!?`, `????`); a single `!!` or `?!` is
//!   normal enthusiasm.
//! - aggressive: wording that blames or dismisses the reader ("on vous a déjà répondu", "c'est
//!   votre problème", "relisez mon message", "stop wasting our time", "that's your problem, not
//!   ours", "you clearly didn't read")…
//!
//! False-positive traps avoided: apologies and empathy that use the same words ("je comprends votre
//! frustration", "sorry, that's on us"), and product criticism.
use std::sync::LazyLock;

use regex::Regex;

use crate::text::Folded;
use crate::{Hit, Kind};

/// All-caps words that are acronyms, codes or brand names rather than shouting.
const ACRONYMS: &[&str] = &[
    "SAV", "CGV", "CGU", "DHL", "UPS", "TNT", "DPD", "GLS", "TVA", "HT", "TTC", "EAN", "SKU",
    "NIR", "IBAN", "BIC", "RIB", "SIRET", "SIREN", "RGPD", "GDPR", "FAQ", "CEO", "CTO", "CM",
    "URL", "PDF", "SMS", "MMS", "OK", "USA", "UK", "EU", "UE", "FR", "EN", "TV", "PM", "AM", "ID",
    "API", "CB", "PS", "NB", "VIP", "DM", "DMS", "RSVP", "ASAP", "FYI", "CET", "UTC", "GMT",
    "EXPRESS", "SNCF", "RATP", "EDF", "SFR", "BNP", "LCL", "CAF", "CPAM", "HTML", "CSS", "JSON",
    "SEO", "KPI", "ROI", "CRM", "B2B", "B2C", "PR", "RH", "HR", "QR", "AI", "IA", "OTP", "PIN",
    "RSA", "PGP", "SSH", "SSL", "TLS", "HTTP", "HTTPS", "WWW", "AWS", "GCP", "DNS", "IP", "N°",
    "NY", "LA", "SF", "DC", "MP", "PV", "CV", "BTS", "LVMH", "YSL", "H&M", "IKEA", "ASOS", "NASA",
    "NBA", "NFL", "BBC", "CNN", "UNESCO", "ONU", "UN", "MDP", "PWD", "DOB", "DDN", "CC", "BCC",
    "RE", "TR", "FW", "FWD", "PS", "XL", "XXL", "XS", "S", "M", "L",
];

static SHOUT: LazyLock<Regex> = LazyLock::new(|| {
    // An all-caps word: upper-case letters, optionally an apostrophe piece (J'AI, C'EST).
    Regex::new(r"(?:\p{Lu}+(?:['’]\p{Lu}+)?)(?:[ \t]+(?:\p{Lu}+(?:['’]\p{Lu}+)?))+")
        .expect("static regex")
});
static BURST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[!?‼⁉]{3,}|[!?]{2,}[‼⁉]|[‼⁉]{2,}").expect("static regex"));

static AGGRESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    let fr = r"(?:on\s+(?:vous|t')\s*a\s+deja\s+(?:repondu|dit|explique)(?:[^.!?\n]{0,40}?inutile\s+d'insister)?|inutile\s+d'insister|relise[zr]\s+(?:mon|notre|le|nos|les)\s+(?:message|messages|mail|reponse|conditions|cgv)(?:[^.!?\n]{0,10}c'est\s+pourtant\s+clair)?|c'est\s+pourtant\s+(?:clair|simple|ecrit)|vous\s+n'avez\s+(?:visiblement|manifestement|clairement|decidement)?\s*rien\s+compris|tu\s+n'as\s+rien\s+compris|(?:ce\s+n'est|c'est)\s+pas\s+(?:a\s+nous|notre\s+(?:boulot|travail|job|role))\s+de\s+(?:faire\s+)?(?:votre|ton|vos)\s+[a-z]+|ce\s+n'est\s+pas\s+a\s+nous\s+de\s+faire\s+votre\s+[a-z]+|c'est\s+(?:votre|ton)\s+probleme(?:,?\s+pas\s+le\s+notre)?|c'est\s+(?:de\s+)?(?:votre|ta)\s+faute|vous\s+(?:auriez|aviez)\s+du\s+(?:lire|faire\s+attention|verifier|regarder)|(?:il\s+)?fallait\s+(?:lire|faire\s+attention|verifier|regarder|mieux\s+lire)(?:\s+(?:la|le|les)\s+[a-z\s]{0,20}?(?:produit|description|fiche|conditions|cgv))?|lise[zr]\s+(?:les\s+cgv|la\s+fiche|les\s+conditions|la\s+description|le\s+message|les\s+instructions)(?:\s+avant\s+de\s+vous\s+plaindre)?|avant\s+de\s+vous\s+plaindre|arretez\s+de\s+(?:nous\s+)?(?:harceler|spammer|vous\s+plaindre|raler|pleurnicher|insister)(?:\s+avec\s+ca)?|allez\s+(?:voir|acheter)\s+ailleurs|(?:si\s+ca\s+ne\s+vous\s+plait\s+pas|si\s+vous\s+n'etes\s+pas\s+content)(?:,?\s+allez\s+[a-z]+\s+ailleurs)?|on\s+ne\s+va\s+pas\s+y\s+passer\s+(?:la\s+journee|la\s+nuit|des\s+heures)|vous\s+le\s+faites\s+expres|apprenez\s+a\s+lire|debrouillez-vous|tant\s+pis\s+pour\s+vous|vous\s+nous\s+faites\s+perdre\s+(?:notre|du)\s+temps|(?:on|nous)\s+n'(?:allons|va)\s+pas\s+(?:nous\s+|se\s+)?repeter|savez-vous\s+lire|vous\s+savez\s+lire)";
    let en = r"(?:we(?:'ve|\s+have)?\s+already\s+(?:answered|told\s+you|explained)(?:\s+this)?|(?:we're|we\s+are)\s+not\s+going\s+to\s+repeat\s+ourselves|(?:stop|quit)\s+wasting\s+(?:our|my)\s+time|(?:that's|that\s+is|it's|it\s+is)\s+your\s+(?:problem|fault|issue)(?:,?\s+not\s+ours)?|(?:it's|it\s+is)\s+not\s+our\s+(?:job|problem|responsibility)(?:\s+to\s+[a-z\s]{0,30}?your\s+[a-z]+)?|you\s+clearly\s+(?:didn't|did\s+not|don't|do\s+not|can't|cannot)\s+(?:read|understand)(?:\s+anything)?|(?:maybe\s+)?try\s+reading\s+(?:the|our)\s+[a-z\s]{0,20}?(?:page|description|terms|faq|instructions|message)|learn\s+(?:how\s+)?to\s+read|read\s+the\s+(?:product\s+page|description|terms|faq|instructions)\s+before\s+(?:complaining|writing)|(?:did|do)\s+you\s+even\s+read|deal\s+with\s+it|stop\s+(?:complaining|whining|harassing\s+us|spamming\s+us|crying)|(?:go\s+)?shop\s+(?:somewhere\s+)?else(?:where)?|if\s+you\s+don't\s+like\s+it,?\s+(?:go|leave|shop)|how\s+many\s+times\s+do\s+we\s+have\s+to|not\s+our\s+problem|what\s+part\s+of\s+[a-z'\s]{1,20}\s+don't\s+you\s+understand)";
    Regex::new(&format!(r"(?-u:\b)(?:{fr}|{en})")).expect("static regex")
});

pub(crate) fn detect(text: &str, folded: &Folded, aggressive: bool, hits: &mut Vec<Hit>) {
    let b = text.as_bytes();
    if b.iter().any(|&c| c == b'!' || c == b'?') || !text.is_ascii() {
        for m in BURST.find_iter(text) {
            hits.push(Hit::new(Kind::Punctuation, m.start(), m.end()));
        }
    }
    if has_caps_run(text) {
        detect_shouting(text, hits);
    }
    for m in AGGRESSIVE.find_iter(&folded.text).filter(|_| aggressive) {
        let (s, e) = folded.orig(m.start(), m.end());
        hits.push(Hit::new(Kind::Aggressive, s, e));
    }
}

/// Cheap gate: at least two upper-case letters in a row somewhere.
fn has_caps_run(text: &str) -> bool {
    let mut prev = false;
    for c in text.chars() {
        let up = c.is_uppercase();
        if up && prev {
            return true;
        }
        prev = up;
    }
    false
}

fn detect_shouting(text: &str, hits: &mut Vec<Hit>) {
    for m in SHOUT.find_iter(text) {
        let s = m.start();
        // The run must stand as words: not glued to letters, digits, `-`, `_` (PEM headers, ids).
        let glued = |c: Option<char>| {
            c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '/' | '=' | '<' | '>'))
        };
        // A dot glues only inside identifiers (`ABC.DEF`), not at a sentence end.
        let dot_after = text[m.end()..].starts_with('.')
            && text[m.end() + 1..].starts_with(char::is_alphanumeric);
        let dot_before = text[..s].ends_with('.')
            && crate::text::char_before(text, s - 1).is_some_and(char::is_alphanumeric);
        if glued(crate::text::char_before(text, s))
            || glued(crate::text::char_at(text, m.end()))
            || dot_after
            || dot_before
        {
            continue;
        }
        // Trim leading/trailing acronyms and count real words.
        let words: Vec<(usize, &str)> = m
            .as_str()
            .split([' ', '\t'])
            .scan(0usize, |off, w| {
                let here = *off;
                *off += w.len() + 1;
                Some((here, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        let real = |w: &str| {
            !ACRONYMS.contains(&w)
                && (w.chars().count() >= 2 || matches!(w, "I" | "A" | "À" | "Y" | "O"))
        };
        let n_real = words.iter().filter(|(_, w)| real(w)).count();
        if n_real < 3 {
            continue;
        }
        let first = words.iter().position(|(_, w)| real(w)).unwrap_or(0);
        let last = words
            .iter()
            .rposition(|(_, w)| real(w))
            .unwrap_or(words.len() - 1);
        let start = s + words[first].0;
        let end = s + words[last].0 + words[last].1.len();
        hits.push(Hit::new(Kind::Shouting, start, end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(Kind, String)> {
        let mut h = Vec::new();
        let f = Folded::build(t);
        detect(t, &f, crate::abuse::Gate::new(&f.text).aggressive, &mut h);
        h.iter()
            .map(|h| (h.kind, t[h.start..h.end].to_string()))
            .collect()
    }

    #[test]
    fn shouting_runs_not_acronyms() {
        assert_eq!(
            found("WHERE IS MY ORDER, I've been"),
            [(Kind::Shouting, "WHERE IS MY ORDER".into())]
        );
        assert_eq!(
            found("ÇA FAIT TROIS SEMAINES")[0].1,
            "ÇA FAIT TROIS SEMAINES"
        );
        assert!(found("envoi via DHL EXPRESS, le suivi").is_empty());
        assert!(found("voir SAV CGV TVA").is_empty());
        assert!(found("-----BEGIN RSA PRIVATE KEY-----").is_empty());
    }

    #[test]
    fn punctuation_bursts() {
        assert_eq!(found("abonnés !!!!!!!! 🎉")[0].1, "!!!!!!!!");
        assert_eq!(found("Still no answer?!?")[0].1, "?!?");
        assert!(found("Trop bien !!").is_empty());
        assert!(found("Vraiment ?!").is_empty());
    }

    #[test]
    fn aggressive_blame_not_empathy() {
        assert_eq!(
            found("On vous a déjà répondu, inutile d'insister.")[0].0,
            Kind::Aggressive
        );
        assert_eq!(
            found("As we said before, that's your problem, not ours.")[0].0,
            Kind::Aggressive
        );
        assert!(found("Je comprends votre frustration, on fait le maximum.").is_empty());
        assert!(found("Sorry for the wait, that's on us.").is_empty());
    }
}
