//! Whole-guard tests: conflict resolution, verdicts, offsets, properties.
use proptest::prelude::*;

use super::*;

fn guard() -> Guard {
    Guard::new(&GuardConfig {
        confidential_terms: vec!["Projet Aurore".into(), "NOVA-7".into()],
        blocked_domains: vec!["blocked-site.xyz".into()],
        brand_domains: vec!["atelier-seve.fr".into()],
        rules: ModerationRules::default(),
    })
    .unwrap()
}

#[test]
fn clean_text_is_allowed() {
    let s = guard().scan("Merci pour votre message, le colis part demain 😊");
    assert_eq!(s.verdict, Verdict::Allow);
    assert!(s.findings.is_empty());
}

#[test]
fn two_hostile_matches_in_one_sentence_are_one_finding() {
    let g = guard();
    let spans = |text: &str, kind: &str| -> Vec<String> {
        g.scan(text)
            .findings
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| text.chars().skip(f.start).take(f.end - f.start).collect())
            .collect()
    };
    let text = "les migrants ont rien à faire dans une pub française, qu'ils rentrent chez eux";
    assert_eq!(spans(text, "hate"), [text]);
    // Two sentences keep two findings.
    let two = "les migrants ont rien à faire dans une pub française. Qu'ils rentrent chez eux";
    assert_eq!(spans(two, "hate").len(), 2);
}

#[test]
fn any_link_is_reported_risky_or_not() {
    let g = guard();
    for (text, has_link) in [
        ("Le règlement : https://atelier-seve.fr/concours", true),
        ("voir atelier-seve.fr/jeu pour participer", true),
        ("http://bit.ly/x", true),
        ("Merci, le colis part demain. À bientôt !", false),
        ("Prix : 14.90 €, écrivez à contact@atelier-seve.fr", false),
    ] {
        let (scan, found) = g.scan_with_links(text);
        assert_eq!(found, has_link, "{text}");
        assert_eq!(scan, g.scan(text), "same scan as scan()");
    }
}

#[test]
fn the_letters_of_links_and_addresses_are_no_words() {
    let g = guard();
    let kinds = |t: &str| -> Vec<(&'static str, usize)> {
        g.scan(t)
            .findings
            .iter()
            .map(|f| (f.kind, f.start))
            .collect()
    };
    // An insult inside an e-mail address or a link is the address, not an insult.
    assert_eq!(
        kinds("écris à connard.du.jour@gmail.com stp"),
        [("email", 8)]
    );
    assert_eq!(
        kinds("regarde http://bit.ly/connard-du-jour"),
        [("shortener", 8), ("insecure", 8)]
    );
    // A run of capitals does not run across a link: two words before it, one after.
    assert_eq!(
        kinds("CLIQUEZ ICI HTTP://BIT.LY/XYZ VITE"),
        [("shortener", 12), ("insecure", 12)]
    );
    // Next to one, the words are read as ever.
    assert_eq!(
        kinds("CLIQUEZ ICI VITE HTTP://BIT.LY/XYZ espèce de connard"),
        [
            ("shouting", 0),
            ("shortener", 17),
            ("insecure", 17),
            ("insult", 35)
        ]
    );
}

#[test]
fn a_hateful_generalisation_is_one_finding_not_also_an_insult() {
    let kinds: Vec<_> = guard()
        .scan("Tous les juifs sont des menteurs, voilà.")
        .findings
        .iter()
        .map(|f| f.kind)
        .collect();
    assert_eq!(kinds, ["hate"]);
    let kinds: Vec<_> = guard()
        .scan("Ces avis sont des menteurs.")
        .findings
        .iter()
        .map(|f| f.kind)
        .collect();
    assert_eq!(kinds, ["insult"]);
}

#[test]
fn a_uk_address_with_three_digits_and_a_link_path_that_is_no_password() {
    let kinds =
        |t: &str| -> Vec<&str> { guard().scan(t).findings.iter().map(|f| f.kind).collect() };
    assert_eq!(
        kinds("Please ship the PR box to 2 Elm Road, Leeds LS6 3QW."),
        ["address"]
    );
    assert_eq!(
        kinds("Ship it to 8A Elm Road, Bristol BS8 1TH."),
        ["address"]
    );
    assert_eq!(
        kinds("Forgot your password? Verify your account: shorturl.at/ot4xk5"),
        ["shortener"]
    );
    assert!(
        kinds("Reset it at https://brand.example/login?password=Tr0ub4dor-88")
            .contains(&"password")
    );
}

#[test]
fn the_letters_of_an_iban_are_not_shouting() {
    let s = guard().scan("virement à faire sur LU63 974C HPBT VLEN ECYN d'ici la fin du mois");
    let kinds: Vec<_> = s.findings.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, ["iban"]);
}

#[test]
fn verdict_is_the_strongest() {
    let s = guard().scan("mdp : Panda871$ et http://bit.ly/x");
    assert_eq!(s.verdict, Verdict::Block);
}

#[test]
fn ip_inside_url_is_only_a_link() {
    let s = guard().scan("Admin panel is at http://192.0.2.190/compte/maj for now.");
    let kinds: Vec<_> = s.findings.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, ["ip_host", "insecure"]);
}

#[test]
fn char_offsets_are_unicode_scalars() {
    let t = "Écrivez à léa.martin@exemple.fr";
    let s = guard().scan(t);
    let f = &s.findings[0];
    let chars: Vec<char> = t.chars().collect();
    let got: String = chars[f.start..f.end].iter().collect();
    assert_eq!(got, "léa.martin@exemple.fr");
    assert_eq!(&t[f.byte_start..f.byte_end], got);
}

#[test]
fn finding_serializes_with_interface_names() {
    let s = guard().scan("appelez le 06 12 34 56 78");
    let v = serde_json::to_value(&s).unwrap();
    assert_eq!(v["verdict"], "needs_approval");
    assert_eq!(v["findings"][0]["category"], "pii");
    assert_eq!(v["findings"][0]["kind"], "phone");
    assert_eq!(v["findings"][0]["severity"], "medium");
    assert_eq!(v["findings"][0]["start"], 11);
}

/// The texts of the findings of one kind.
fn spans_of(g: &Guard, kind: &str, t: &str) -> Vec<String> {
    g.scan(t)
        .findings
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| t.chars().skip(f.start).take(f.end - f.start).collect())
        .collect()
}

#[test]
fn insults_with_only_a_blank_between_are_one_phrase() {
    let g = guard();
    let insults = |t: &str| spans_of(&g, "insult", t);
    assert_eq!(
        insults("you pathetic loser, just give me my money back"),
        ["you pathetic loser"]
    );
    assert_eq!(
        insults("You're a liar and a thief, give it back"),
        ["You're a liar and a thief"]
    );
    // A comma or a clause between them keeps two findings.
    assert_eq!(insults("crétin, abruti, rends-moi mon argent").len(), 2);
}

#[test]
fn one_statement_in_two_sentences_is_one_finding() {
    let g = guard();
    let threats = |t: &str| spans_of(&g, "threat", t);
    assert_eq!(
        threats("Je vais te retrouver. Je sais où tu habites."),
        ["Je vais te retrouver. Je sais où tu habites"]
    );
    // Lines apart, they stay two.
    assert_eq!(
        threats("Je vais te retrouver.\nJe sais où tu habites.").len(),
        2
    );
}

#[test]
fn guard_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Guard>();
}

#[test]
fn bad_config_is_refused() {
    let cfg = GuardConfig {
        blocked_domains: vec!["not a domain".into()],
        ..Default::default()
    };
    assert!(Guard::new(&cfg).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn spans_are_inside_and_on_char_boundaries(t in "\\PC{0,200}") {
        let s = guard().scan(&t);
        let n = t.chars().count();
        for f in &s.findings {
            prop_assert!(f.start < f.end && f.end <= n);
            prop_assert!(t.is_char_boundary(f.byte_start) && t.is_char_boundary(f.byte_end));
            prop_assert_eq!(t[..f.byte_start].chars().count(), f.start);
        }
    }

    #[test]
    fn never_panics_on_risky_looking_noise(t in "[0-9 +().:/@a-zA-Z!?\\-_éÉ\\[\\]]{0,160}") {
        let _ = guard().scan(&t);
    }

    #[test]
    fn unrelated_text_never_removes_a_finding(
        prefix in "(Bonjour|Hello|Merci)[a-z ]{0,20}",
        suffix in "[a-z ]{0,20}",
        pick in 0usize..6,
    ) {
        let risky = ["06 12 34 56 78", "FR7686889933551901133296278", "mdp : Panda871$", "https://bit.ly/x", "Espèce d'abruti", "WHERE IS MY ORDER"][pick];
        let base = guard().scan(risky);
        let t = format!("{prefix}. {risky} . {suffix}");
        let more = guard().scan(&t);
        for f in &base.findings {
            prop_assert!(more.findings.iter().any(|g| g.kind == f.kind), "{} lost in {t}", f.kind);
        }
    }
}

/// Per-detector timing over the dev messages: `cargo test --release -p retract-guard -- --ignored
/// --nocapture detector_profile`.
#[test]
#[ignore]
fn detector_profile() {
    use std::time::Instant;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/eval/guard-dev.jsonl"
    );
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let msgs: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let msgs = if std::env::var("LONG").is_ok() {
        vec![msgs.join("\n")]
    } else {
        msgs
    };
    let g = if std::env::var("BIG").is_ok() {
        let mut terms: Vec<String> = (0..10_000)
            .map(|i| format!("Terme{i} Secret{}", i * 7))
            .collect();
        terms.push("Projet Aurore".into());
        Guard::new(&GuardConfig {
            confidential_terms: terms,
            ..GuardConfig::default()
        })
        .unwrap()
    } else {
        guard()
    };
    type Det<'a> = (&'a str, Box<dyn Fn(&str, &mut Vec<Hit>) + 'a>);
    let dets: Vec<Det> = vec![
        (
            "links",
            Box::new(|t, h| g.links.detect(t, h, &mut Vec::new())),
        ),
        ("secret", Box::new(secret::detect)),
        ("numbers", Box::new(numbers::detect)),
        ("phone", Box::new(phone::detect)),
        ("address", Box::new(address::detect)),
        ("birthdate", Box::new(birthdate::detect)),
        ("contact", Box::new(contact::detect)),
        ("lexicon", Box::new(|t, h| g.lexicon.detect(t, h))),
        (
            "fold",
            Box::new(|t, _| {
                let _ = text::Folded::build(t);
            }),
        ),
        (
            "abuse",
            Box::new(|t, h| {
                let f = text::Folded::build(t);
                abuse::detect_folded(&f, abuse::Gate::new(&f.text), h)
            }),
        ),
        (
            "tone",
            Box::new(|t, h| {
                let f = text::Folded::build(t);
                tone::detect(t, &f, abuse::Gate::new(&f.text), h)
            }),
        ),
    ];
    for (name, d) in &dets {
        let mut h = Vec::new();
        for m in &msgs {
            d(m, &mut h);
        }
        let t = Instant::now();
        for _ in 0..5 {
            for m in &msgs {
                h.clear();
                d(m, &mut h);
            }
        }
        println!(
            "{name:10} {:>8.2} µs/msg",
            t.elapsed().as_secs_f64() * 1e6 / (5 * msgs.len()) as f64
        );
    }
}

#[test]
fn numbers_grouped_by_no_break_and_thin_spaces() {
    let g = guard();
    let found = |t: &str| -> Vec<(&'static str, String)> {
        g.scan(t)
            .findings
            .iter()
            .map(|f| (f.kind, t[f.byte_start..f.byte_end].to_string()))
            .collect()
    };
    for (t, kind, value) in [
        (
            "IBAN PT80\u{a0}0688\u{a0}9382\u{a0}3431\u{a0}7631\u{a0}0098\u{a0}6 merci",
            "iban",
            "PT80\u{a0}0688\u{a0}9382\u{a0}3431\u{a0}7631\u{a0}0098\u{a0}6",
        ),
        (
            "carte 6251\u{202f}8328\u{202f}1458\u{202f}9692 pour la précommande",
            "card",
            "6251\u{202f}8328\u{202f}1458\u{202f}9692",
        ),
        (
            "Numéro de sécu : 2400574679824\u{a0}48",
            "nir",
            "2400574679824\u{a0}48",
        ),
        (
            "Son portable : 07\u{a0}09\u{a0}64\u{a0}67\u{a0}18",
            "phone",
            "07\u{a0}09\u{a0}64\u{a0}67\u{a0}18",
        ),
    ] {
        assert_eq!(found(t), [(kind, value.to_string())], "{t}");
    }
    // A price with no-break spaces stays a price.
    assert!(found("Total : 1\u{a0}299,00\u{a0}€ TTC").is_empty());
}

proptest! {
    /// The copy with plain blanks maps every byte back into the text, in order, and the
    /// bytes it kept are the text's own.
    #[test]
    fn plain_spaces_map_back(t in "[0-9a-z \u{a0}\u{202f}\u{2009}é€]{0,40}") {
        if let Some(p) = text::PlainSpaces::new(&t) {
            let mut last = 0;
            for i in 0..=p.text.len() {
                let o = p.orig(i);
                prop_assert!(o >= last && o <= t.len());
                last = o;
                if i < p.text.len() && p.text.as_bytes()[i] != b' ' {
                    prop_assert_eq!(p.text.as_bytes()[i], t.as_bytes()[o]);
                }
            }
        } else {
            let wide = ['\u{a0}', '\u{202f}', '\u{2009}'];
            prop_assert!(!t.contains(wide));
        }
    }
}
