//! The closed set of finding kinds, their category, default severity and explanation key.
use serde::{Deserialize, Serialize};

/// Severity of a finding (ordered: `Low < Medium < High < Critical`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

macro_rules! kinds {
    ($( $variant:ident => $cat:literal, $kind:literal, $sev:ident; )*) => {
        /// Every kind of finding the guard reports (the interfaces' category/kind table).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind { $( $variant, )* }

        impl Kind {
            /// All kinds, in table order.
            pub const ALL: &'static [Kind] = &[ $( Kind::$variant, )* ];
            /// The category (`pii`, `secret`, …).
            pub fn category(self) -> &'static str {
                match self { $( Kind::$variant => $cat, )* }
            }
            /// The kind name inside its category (`phone`, `api_key`, …).
            pub fn as_str(self) -> &'static str {
                match self { $( Kind::$variant => $kind, )* }
            }
            /// Default severity of this kind.
            pub fn severity(self) -> Severity {
                match self { $( Kind::$variant => Severity::$sev, )* }
            }
            /// Key of the FR/EN explanation (`guard-pii-phone`).
            pub fn explanation_key(self) -> &'static str {
                match self { $( Kind::$variant => concat!("guard-", $cat, "-", $kind), )* }
            }
        }
    };
}

kinds! {
    Email => "pii", "email", Medium;
    Phone => "pii", "phone", Medium;
    Iban => "pii", "iban", High;
    Card => "pii", "card", High;
    Nir => "pii", "nir", High;
    Ip => "pii", "ip", Low;
    Address => "pii", "address", Medium;
    Birthdate => "pii", "birthdate", Medium;
    Password => "secret", "password", Critical;
    ApiKey => "secret", "api_key", Critical;
    PrivateKey => "secret", "private_key", Critical;
    Token => "secret", "token", Critical;
    Lexicon => "confidential", "lexicon", High;
    IpHost => "link", "ip_host", High;
    Punycode => "link", "punycode", High;
    Lookalike => "link", "lookalike", High;
    Shortener => "link", "shortener", Low;
    Insecure => "link", "insecure", Low;
    Blocklisted => "link", "blocklisted", High;
    Mismatch => "link", "mismatch", High;
    Hate => "illegal", "hate", Critical;
    Threat => "illegal", "threat", Critical;
    Insult => "insult", "insult", High;
    Shouting => "tone", "shouting", Low;
    Punctuation => "tone", "punctuation", Low;
    Aggressive => "tone", "aggressive", Medium;
}

impl Kind {
    /// Parse `category` + `kind` names.
    pub fn from_names(category: &str, kind: &str) -> Option<Kind> {
        Kind::ALL
            .iter()
            .copied()
            .find(|k| k.category() == category && k.as_str() == kind)
    }
}

/// The seven categories.
pub const CATEGORIES: &[&str] = &[
    "pii",
    "secret",
    "confidential",
    "link",
    "illegal",
    "insult",
    "tone",
];
