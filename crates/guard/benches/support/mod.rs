//! Shared by `benches/scan.rs` and `examples/speed.rs`: the development messages and the
//! benchmark configuration (full rule set, 10,000-term lexicon).
use retract_guard::{Guard, GuardConfig};

pub fn dev_messages() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/eval/guard-dev.jsonl"
    );
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    if out.is_empty() {
        out = vec![
            "Rappelez la cliente au 06 12 34 56 78 avant 18 h.".into(),
            "Merci pour votre message, le colis part demain 😊".into(),
            "mdp : Panda871$ et https://bit.ly/x".into(),
        ];
    }
    out
}

/// A deterministic 10,000-term lexicon (two or three pseudo-words, some with digits).
pub fn big_lexicon() -> Vec<String> {
    let syll = [
        "ka", "lo", "mi", "ra", "ve", "to", "su", "ne", "bri", "cor", "dal", "fen", "gor", "hel",
        "jun", "lys",
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut word = |n: usize| -> String {
        let mut w = String::new();
        for _ in 0..n {
            w.push_str(syll[(next() % syll.len() as u64) as usize]);
        }
        w
    };
    let mut terms: Vec<String> = [
        "Projet Aurore",
        "NOVA-7",
        "Opération Colibri",
        "Lumen X2",
        "Helios Partners",
        "Plan Mistral",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    while terms.len() < 10_000 {
        let t = match terms.len() % 3 {
            0 => format!("Projet {}", word(3)),
            1 => format!("{} {}", word(2), word(3)),
            _ => format!("{}-{}", word(3).to_uppercase(), terms.len() % 97),
        };
        terms.push(t);
    }
    terms
}

pub fn guard() -> Guard {
    let config = GuardConfig {
        confidential_terms: big_lexicon(),
        blocked_domains: vec![
            "cadeaux-gratuits-2025.xyz".into(),
            "free-giftcard-claim.top".into(),
        ],
        brand_domains: vec!["atelier-seve.fr".into()],
        ..GuardConfig::default()
    };
    Guard::new(&config).expect("bench config compiles")
}
