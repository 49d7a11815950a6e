//! Secrets: passwords in clear, API keys, tokens and private keys.
//!
//! Catches:
//! - passwords after "password / passwd / pwd / pass / mot de passe / mdp" with `:`, `=`, "is",
//!   "est", "c'est" or nothing between (`mdp Loulou63&`); the span is the value only;
//! - API keys with a known prefix: cloud (AWS `AKIA…`, Google `AIza…`, Azure/DigitalOcean,
//!   Heroku-style UUID after a key word), payment (Stripe `sk_live_`, `rk_live_`, Square), code
//!   hosting (GitHub `ghp_`/`github_pat_`, GitLab `glpat-`, npm, PyPI), chat (Slack `xox?-`,
//!   Discord, Telegram bot tokens), AI and e-mailing services (OpenAI `sk-`, SendGrid `SG.`…);
//! - tokens: JWTs (`eyJ….eyJ….sig`) and the credential after `Bearer` / `Basic`;
//! - high-entropy strings (≥ 16 chars, mixed classes, ≥ 3 bits/char) next to a secret word
//!   (key, clé, token, secret, apikey, credentials…);
//! - PEM private keys (the whole BEGIN…END block, or to the end of the text when cut) and age keys.
//!
//! False-positive traps avoided: "mot de passe oublié", "never share your password", "Password
//! reset emails" — the value must look like a password (digits, symbols or mixed case, not a plain
//! word); public keys and certificates (only PRIVATE KEY blocks); placeholders such as `xxxx…`,
//! `EXAMPLE` keys and low-entropy strings; UUID-like order ids away from a secret word.
use std::sync::LazyLock;

use regex::Regex;

use crate::text::{alnum_at, alnum_before};
use crate::{Hit, Kind};

static PEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|\z)")
        .expect("static regex")
});

/// Known credential shapes; each alternative is a whole key.
static PREFIXED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:",
        r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}",
        r"|AIza[0-9A-Za-z_\-]{35}",
        r"|gh[pousr]_[A-Za-z0-9]{36,255}",
        r"|github_pat_[A-Za-z0-9_]{22,255}",
        r"|glpat-[A-Za-z0-9_\-]{20,}",
        r"|gl(?:ptt|dt|rt|imt|agent|oas|cbt|ft|soat)-[A-Za-z0-9_\-]{20,}",
        r"|(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{20,}",
        r"|whsec_[A-Za-z0-9]{24,}",
        r"|sq0(?:atp|csp|idp)-[A-Za-z0-9_\-]{22,60}",
        r"|EAAA[A-Za-z0-9_\-]{40,}",
        r"|xox[abposre]-(?:\d+-)+[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*",
        r"|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+",
        r"|https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_\-]{20,}",
        r"|sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_\-]{20,}(?:T3BlbkFJ[A-Za-z0-9_\-]{20,})?",
        r"|SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}",
        r"|npm_[A-Za-z0-9]{36}",
        r"|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}",
        r"|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",
        r"|do[opr]_v1_[a-f0-9]{64}",
        r"|hf_[A-Za-z]{34}",
        r"|AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        r"|[MN][A-Za-z0-9]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}",
        r"|\d{8,10}:AA[A-Za-z0-9_\-]{33}",
        r"|(?:pat|key)[A-Za-z0-9]{14}\.[a-f0-9]{64}",
        r"|dapi[a-f0-9]{32}(?:-\d)?",
        r"|lin_api_[A-Za-z0-9]{40}",
        r"|pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_\-.=]{32,64}",
        r"|(?:PMAK|pmak)-[a-f0-9]{24}-[a-f0-9]{34}",
        r"|ATATT3[A-Za-z0-9_\-=]{186}",
        r"|(?:r8_|fw_|gsk_|nvapi-|LTAI)[A-Za-z0-9_\-]{20,}",
        r"|SK[0-9a-fA-F]{32}",
        r"|AC[a-f0-9]{32}",
        r"|sntrys_[A-Za-z0-9+/=_\-]{50,}",
        r"|glc_[A-Za-z0-9+/]{32,400}={0,2}",
        r"|dp\.pt\.[A-Za-z0-9]{43}",
        r"|(?:CLOJARS_|FLWSECK_TEST-|FLWSECK-|FLWPUBK_TEST-|EZAK|EZTK|sl\.|rdme_|prefect_)[A-Za-z0-9_\-.]{20,}",
        r")",
    ))
    .expect("static regex")
});

static JWT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.?").expect("static regex")
});
static BEARER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:bearer|basic)\s+([A-Za-z0-9_\-.~+/]{16,}=*)").expect("static regex")
});

/// A secret word, then (within a short key name and an assignment) a candidate value.
static KEYWORD_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:api[_\-. ]?key|apikey|api[_\-]?secret|secret|token|access[_\-. ]?key|client[_\-. ]?secret|private[_\-. ]?key|auth|credentials?|passphrase|clé(?:\s+(?:api|d'api|secrète|privée))?|cle|key)",
        r"[A-Za-z0-9_\-.]{0,30}[\x22'`]?\s*(?:[:=]{1,2}>?|=>|\s+(?:is|est|:))?\s*[\x22'`]?",
        r"([A-Za-z0-9_\-+/=.~]{16,200})",
    ))
    .expect("static regex")
});

static PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:password|passwd|passw|pass|pwd|mot\s+de\s+passe|mots\s+de\s+passe|mdp|motdepasse|passcode|kennwort|contraseña)\b",
        r"(?:[\x22'`]?(?:\s*[:=]{1,2}\s*|\s+(?:is|was|est|c['’]est|=|:|-)\s+|\s+\p{L}+(?:\s+\p{L}+){0,3}\s+(?:is|est|c['’]est|:)\s+|\s+))[\x22'`]?",
        r"(\S{4,64})",
    ))
    .expect("static regex")
});

/// Words that follow "password" without being one.
const NOT_PASSWORDS: &[&str] = &[
    "oublié",
    "oublie",
    "reset",
    "required",
    "incorrect",
    "invalide",
    "invalid",
    "expired",
    "expiré",
    "changed",
    "changé",
    "updated",
    "policy",
    "manager",
    "field",
    "protected",
    "protégé",
    "sécurisé",
    "forgotten",
    "forgot",
    "here",
    "below",
    "ci-dessous",
    "null",
    "none",
    "undefined",
    "password",
    "xxxxxxxx",
    "********",
    "hidden",
    "redacted",
    "example",
    "changeme",
    "secret",
    "placeholder",
];

pub(crate) fn detect(text: &str, hits: &mut Vec<Hit>) {
    let b = text.as_bytes();
    if b.len() >= 30 && memchr::memmem::find(b, b"-----BEGIN").is_some() {
        for m in PEM.find_iter(text) {
            hits.push(Hit::new(Kind::PrivateKey, m.start(), m.end()));
        }
    }
    for m in PREFIXED.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if alnum_before(text, s) || placeholder(m.as_str()) {
            continue;
        }
        let kind = if m.as_str().starts_with("AGE-SECRET-KEY") {
            Kind::PrivateKey
        } else {
            Kind::ApiKey
        };
        let _ = alnum_at;
        hits.push(Hit::new(kind, s, e));
    }
    if memchr::memmem::find(b, b"eyJ").is_some() {
        for m in JWT.find_iter(text) {
            hits.push(Hit::new(Kind::Token, m.start(), m.end()));
        }
    }
    for c in BEARER.captures_iter(text) {
        if let Some(v) = c.get(1) {
            if looks_random(v.as_str()) && !v.as_str().starts_with("eyJ") {
                hits.push(Hit::new(Kind::Token, v.start(), v.end()));
            }
        }
    }
    for c in PASSWORD.captures_iter(text) {
        if let Some(v) = c.get(1) {
            let val = v
                .as_str()
                .trim_end_matches([',', '.', ';', ')', '»', '"', '\'']);
            if looks_like_password(val) {
                hits.push(Hit::new(Kind::Password, v.start(), v.start() + val.len()));
            }
        }
    }
    for c in KEYWORD_VALUE.captures_iter(text) {
        if let Some(v) = c.get(1) {
            let val = v.as_str().trim_end_matches(['.', ',']);
            if looks_random(val) && !placeholder(val) && !val.contains("://") {
                hits.push(Hit::new(Kind::ApiKey, v.start(), v.start() + val.len()));
            }
        }
    }
    detect_near_keyword(text, hits);
}

/// A long random-looking string within a few words after a secret word written in prose
/// ("la clé pour l'outil : 8b1f…", "Maps key for the store locator: AIza…").
fn detect_near_keyword(text: &str, hits: &mut Vec<Hit>) {
    static NEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:clé|cle|key|token|jeton|secret|api)\b[^\n]{0,60}?[:=→>]\s*([A-Za-z0-9_\-+/=.]{20,200})")
            .expect("static regex")
    });
    for c in NEAR.captures_iter(text) {
        if let Some(v) = c.get(1) {
            if looks_random(v.as_str()) && !placeholder(v.as_str()) && !alnum_at(text, v.end()) {
                hits.push(Hit::new(Kind::ApiKey, v.start(), v.end()));
            }
        }
    }
}

fn placeholder(s: &str) -> bool {
    let up = s.to_ascii_uppercase();
    up.contains("EXAMPLE")
        || up.contains("XXXXXX")
        || up.contains("******")
        || up.contains("YOUR_")
        || up.contains("<")
        || up.contains("...")
}

/// Shannon entropy in bits per char.
pub(crate) fn entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    for b in s.bytes() {
        counts[b as usize] += 1;
    }
    let n = s.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum()
}

/// Random-looking credential: long, several character classes (or hex), high entropy.
fn looks_random(s: &str) -> bool {
    if s.len() < 16 {
        return false;
    }
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    let lower = s.bytes().filter(u8::is_ascii_lowercase).count();
    let upper = s.bytes().filter(u8::is_ascii_uppercase).count();
    let hex = s.bytes().all(|b| b.is_ascii_hexdigit());
    let classes = usize::from(digits > 0) + usize::from(lower > 0) + usize::from(upper > 0);
    if hex {
        return s.len() >= 20 && digits > 0 && lower + upper > 0 && entropy(s) >= 3.0;
    }
    classes >= 2 && digits > 0 && entropy(s) >= 3.3 || classes == 3 && entropy(s) >= 3.6
}

/// A password value: not a plain word, has a digit/symbol or mixed case, reasonable length.
fn looks_like_password(v: &str) -> bool {
    let n = v.chars().count();
    if !(5..=64).contains(&n) {
        return false;
    }
    let lower = v.to_lowercase();
    if NOT_PASSWORDS.iter().any(|w| lower == *w)
        || v.contains("://")
        || v.contains('@') && v.contains('.')
    {
        return false;
    }
    let letters = v.chars().filter(|c| c.is_alphabetic()).count();
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let symbols = v.chars().filter(|c| !c.is_alphanumeric()).count();
    let upper_inside = v.chars().skip(1).any(char::is_uppercase);
    let has_lower = v.chars().any(char::is_lowercase);
    if letters == 0 {
        return false; // dates, amounts
    }
    if v.starts_with(['«', '"', '(', '[']) {
        return false;
    }
    digits > 0 || (symbols > 0 && !v.ends_with(['?', '!', ':'])) || (upper_inside && has_lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(Kind, String)> {
        let mut h = Vec::new();
        detect(t, &mut h);
        h.iter()
            .map(|h| (h.kind, t[h.start..h.end].to_string()))
            .collect()
    }

    #[test]
    fn passwords_value_only() {
        assert_eq!(
            found("login cm.team / mdp Loulou63& L'équipe"),
            [(Kind::Password, "Loulou63&".into())]
        );
        assert_eq!(
            found("The password is Marseille1078* - log in"),
            [(Kind::Password, "Marseille1078*".into())]
        );
        assert_eq!(
            found("pwd=soleil_Tigrou24\nCheers"),
            [(Kind::Password, "soleil_Tigrou24".into())]
        );
        assert_eq!(
            found("Le mot de passe du drive presse c'est Falcon1155? , ne le"),
            [(Kind::Password, "Falcon1155?".into())]
        );
    }

    #[test]
    fn password_words_without_password() {
        assert!(found("cliquez sur « Mot de passe oublié » depuis l'appli").is_empty());
        assert!(found("ne partagez jamais votre mot de passe, même avec nous.").is_empty());
        assert!(found("Password reset emails only ever come from us").is_empty());
        assert!(found("Si vous avez perdu votre mdp, passez par le site").is_empty());
    }

    #[test]
    fn prefixed_keys_tokens_and_pem() {
        assert_eq!(
            found("key: ghp_6mH0rG5qtGRbM8i2s2SS03RPMiiBkJW5ODWE")[0].0,
            Kind::ApiKey
        );
        assert_eq!(found("sk_live_rvEUkED2piW630scxpM62WMs")[0].0, Kind::ApiKey);
        assert_eq!(
            found("Authorization: Bearer nBsoRo2cmyprw75b2sKevCqUiL0VSy.uTWD")[0].0,
            Kind::Token
        );
        let pem =
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
        assert_eq!(found(pem), [(Kind::PrivateKey, pem.into())]);
        assert!(found("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----").is_empty());
        assert!(found("AKIAIOSFODNN7EXAMPLE").is_empty());
    }

    #[test]
    fn hex_key_near_a_key_word() {
        let f = found("Voici la clé pour l'outil d'emailing : a2785055375c6eb2cbae629a267e8a20");
        assert_eq!(f.len(), 1);
        assert!(found("Commande 4a5b6c7d8e9f0a1b2c3d4e5f60718293 expédiée").is_empty());
    }
}
