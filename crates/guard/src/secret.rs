//! Secrets: passwords in clear, API keys, tokens and private keys.
//!
//! Catches:
//! - passwords after "password / passwd / pwd / pass / mot de passe / mdp" (and the common
//!   misspellings "pasword", "passowrd", "passwrod") with `:`, `=`, "is", "est", "c'est", the SMS
//!   "c" / "cest" or nothing between (`mdp Loulou63&`); the span is the value only;
//! - API keys with a known prefix: cloud (AWS `AKIA…`, Google `AIza…`, Azure/DigitalOcean,
//!   Heroku-style UUID after a key word), payment (Stripe `sk_live_`, `rk_live_`, Square), code
//!   hosting (GitHub `ghp_`/`github_pat_`, GitLab `glpat-`, npm, PyPI), chat (Slack `xox?-`,
//!   Discord, Telegram bot tokens), AI and e-mailing services (OpenAI `sk-`, SendGrid `SG.`…);
//! - tokens: JWTs (`eyJ….eyJ….sig`) and the credential after `Bearer` / `Basic`;
//! - high-entropy strings (≥ 16 chars, mixed classes, ≥ 3 bits/char) next to a secret word
//!   (key, clé, token, secret, apikey, credentials…);
//! - credentials in URLs: `user:secret@` of a web URL is an API credential, the password of a
//!   service's connection string (`postgres://`, `ftp://`, `smtp://`…) is a password;
//! - PEM private keys (the whole BEGIN…END block, or to the end of the text when cut, or the
//!   base64 of one as kubeconfig's `client-key-data` holds it) and age keys.
//!
//! False-positive traps avoided: "mot de passe oublié", "never share your password", "Password
//! reset emails" — the value must look like a password (digits, symbols or mixed case, not a plain
//! word); public keys and certificates (only PRIVATE KEY blocks); placeholders such as `xxxx…`,
//! `EXAMPLE` keys and low-entropy strings; UUID-like order ids away from a secret word.
use std::sync::LazyLock;

use regex::Regex;

use crate::secret_context::{
    detect_assignments, detect_command_line, secretish_joined_run, secretish_run, windows,
    Keywords, URL_CREDENTIALS,
};
use crate::secret_formats::{find_prefixed, PREFIXED_PASSWORD};
use crate::text::{alnum_at, char_at, char_before};
use crate::{Hit, Kind};

static PEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|\z)")
        .expect("static regex")
});

static JWT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.?").expect("static regex")
});
static DISCORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}")
        .expect("static regex")
});
static BEARER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:bearer|basic)\s+([A-Za-z0-9_\-.~+/]{16,}=*)").expect("static regex")
});

const PASSWORD_SRC: &str = concat!(
    r"(?i)(?-u:\b)(?:password|passwd|passw|pass|pasword|passowrd|passwrod|pwd|pw|mot\s+de\s+passe|mots\s+de\s+passe|mdp|motdepasse|passcode|passphrase|kennwort|contraseña)(?-u:\b)",
    // Between the word and the value: `:`/`=`; a copula ("is", "est", "c'est", "will be"), maybe
    // with a time adverb ("is now", "est désormais"); up to six words (hyphenated ones too:
    // "back-office", the last one maybe before a comma: "a changé, c'est maintenant") then a
    // copula, or up to six words then a colon ("for the account is",
    // "du compte Insta de la marque c'est", "de mon compte :"); an arrow (`->`, `=>`, `→`) as a
    // colon ("Mot de passe provisoire -> X"); or plain spacing.
    r"(?:[\x22'`]?(?:[ \t\x{a0}\x{202f}]*(?:[:=]{1,2}|->|=>|→)[ \t]*|\s+(?:is|was|est|c['’]est|cest|c|sera|will[ \t]+be|=|:|-)(?:[ \t]+(?:now|still|currently|d[ée]sormais|maintenant|toujours|actuellement|dor[ée]navant))?(?:[ \t]*[:=])?\s+|[ \t]+(?:[\p{L}'’]+(?:-[\p{L}'’]+)*,?[ \t]+){1,6}?(?:is|was|est|c['’]est|cest|c|sera|will[ \t]+be)(?:[ \t]+(?:now|still|currently|d[ée]sormais|maintenant|toujours|actuellement|dor[ée]navant))?(?:[ \t]*[:=])?\s+|[ \t]+(?:[\p{L}'’]+(?:-[\p{L}'’]+)*[ \t]+){0,5}[\p{L}'’]+(?:-[\p{L}'’]+)*[ \t\x{a0}\x{202f}]*(?:[:=]|->|=>|→)[ \t]+|\s+))(?:[\x22'`“‘]|«[ \t\x{a0}\x{202f}]?)?",
    r"(\S{4,64})",
);

static PASSWORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(PASSWORD_SRC).expect("static regex"));

/// [`PASSWORD`] with its classes cut down to ASCII, for the capture search on ASCII matches.
/// Asking the Unicode regex for the value group costs a bounded-backtracker run over ~64 copies
/// of `\S` and four of `\p{L}` as UTF-8 automata, most of it clearing its visited set (this
/// twin saves ~400 instructions per scan on the dev messages). Every path of this regex is a path of the Unicode one, so on a match whose text
/// is ASCII the Unicode regex's chosen path is one of its paths and it chooses the same one:
/// the same match and the same group (property-tested).
static PASSWORD_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    let src = PASSWORD_SRC
        .replace(r"\p{L}", "A-Za-z")
        .replace(r"\S", r"[\x00-\x08\x0E-\x1F\x21-\x7F]")
        .replace(r"\s", r"[\t\n\x0B\x0C\r ]");
    Regex::new(&src).expect("static regex")
});

/// The value groups of [`PASSWORD`]'s matches, in order: exactly `captures_iter`'s.
fn password_values(text: &str, mut f: impl FnMut(usize, usize)) {
    for m in PASSWORD.find_iter(text) {
        let re = if m.as_str().is_ascii() {
            &*PASSWORD_ASCII
        } else {
            &*PASSWORD
        };
        // The haystack ends where the match does: the capture engine's work (and the bitset it
        // clears first) grows with the haystack after the start, not with the match.
        let upto = text.get(..m.end()).unwrap_or(text);
        if let Some(v) = re.captures_at(upto, m.start()).and_then(|c| c.get(1)) {
            f(v.start(), v.end());
        }
    }
}

/// What may close a value without being part of it: punctuation and closing quotes.
const VALUE_END: [char; 8] = [',', '.', ';', ')', '»', '"', '\'', '”'];

/// The secret access key written after an AWS access key ID on its line ("AKIA… / wJalr…",
/// "AKIA…, secret wJalr…"): the first run of 40 base-64 characters within 40 bytes, holding a
/// digit, a capital and a lowercase letter (the key ID alone is found by its prefix; its secret
/// half has none).
fn aws_secret_after(text: &str, from: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let key_char = |c: u8| c.is_ascii_alphanumeric() || c == b'+' || c == b'/';
    let mut i = from;
    while i < b.len().min(from + 40) {
        if b[i] == b'\n' {
            return None;
        }
        if !key_char(b[i]) {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && key_char(b[i]) {
            i += 1;
        }
        // A `/` between the two halves ("AKIA…/wJalr…") is no part of the secret.
        let s = if b[s] == b'/' { s + 1 } else { s };
        let run = &b[s..i];
        if run.len() == 40
            && run.iter().any(u8::is_ascii_digit)
            && run.iter().any(u8::is_ascii_uppercase)
            && run.iter().any(u8::is_ascii_lowercase)
            && b.get(i) != Some(&b'=')
        {
            return Some((s, i));
        }
    }
    None
}

/// The password words of [`PASSWORD_SRC`], swapped for the Wi-Fi words in [`WIFI_PASSWORD`].
const PASSWORD_WORDS: &str = r"(?:password|passwd|passw|pass|pasword|passowrd|passwrod|pwd|pw|mot\s+de\s+passe|mots\s+de\s+passe|mdp|motdepasse|passcode|passphrase|kennwort|contraseña)";

/// "le code wifi du showroom c'est X", "Code d'accès du Wi-Fi : X", "wifi key: X", "clé WiFi : X",
/// « clé WPA : X », "WPA2 key: X":
/// a code or key that the Wi-Fi names is a password (a door code has no "wifi"), with the same
/// wording between the words and the value as [`PASSWORD`]. Runs only when "wifi" or "wpa" is
/// present.
static WIFI_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    let words = r"(?:(?:code|codes|cl[ée]|key|cl[ée]\s+de\s+s[ée]curit[ée]|security\s+key|access\s+code)\s+(?:d['’]acc[eè]s\s+)?(?:du\s+|de\s+la\s+|au\s+|for\s+the\s+|to\s+the\s+|of\s+the\s+)?wi-?fi|wi-?fi\s+(?:code|key|access\s+code|security\s+key)|cl[ée]\s+wpa2?|wpa2?\s+(?:key|passphrase|psk))";
    assert!(PASSWORD_SRC.contains(PASSWORD_WORDS));
    Regex::new(&PASSWORD_SRC.replacen(PASSWORD_WORDS, words, 1)).expect("static regex")
});

/// "reset your password to X", "j'ai changé le mot de passe en X": a set/change verb earlier in
/// the clause, then "to / en / as / à" before the value (run only when a password word is present).
static SET_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:reset|set|changed?|updated?|chang[ée]|modifi[ée]|mis|remis|r[ée]initialis[ée])\s[^.!?\n]{0,40}?(?-u:\b)(?:password|passcode|pwd|mot\s+de\s+passe|mdp)\s+(?:to|en|as|à)\s+["'`]?(\S{4,64})"#)
        .expect("static regex")
});

/// "les identifiants du compte TikTok : studio.mirabelle / Cerise!88", "creds: ops@brand.fr /
/// Hx7!pq2w", "login = admin / S3cret-Day": a credentials word, a colon, then `user / value` with
/// no password word. The value must look like a password; `user / password`, `login: a / b`
/// and dates (`12/11`) do not. "login/mdp du compte : a / b" names the pair's two halves.
/// Without the colon ("login admin / Ecole#Wifi2024", "credentials admin/Sup3r-S3cret") the
/// pair must follow the word at once, or a verb stand where the colon would ("creds for the
/// portal are a / b"), and the value be a strong password (group 1 is the colon). Runs only when the keyword scan saw a credentials
/// word.
static CREDENTIAL_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:logins?|identifiants?|users?(?:name)?|e-?mail)[ \t]*/[ \t]*(?:mdp|mot[ \t]+de[ \t]+passe|pass(?:word)?|pwd)|identifiants?|credentials?|creds|logins?|acc[eè]s|access)(?-u:\b)(?:[^\n:=/]{0,60}?(?:[ \t]*([:=])|[ \t]+(?:are|is|sont|est))[ \t]*|[ \t]+)[^\s/:]{2,64}[ \t]*/[ \t]*(\S{4,64})")
        .expect("static regex")
});

/// « j'ai remis l'ancien mot de passe, Nutella1308, ça marche », "I put the old password back
/// (Br3tz3l85*)": the value set apart by commas or parentheses right after the word (run only
/// when a password word is present).
static APART_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:password|passcode|pwd|mot[ \t]+de[ \t]+passe|mdp)(?:[ \t]+back)?[ \t]*(?:,|\()[ \t]*([^\s,()]{4,64})[ \t]*[,)]")
        .expect("static regex")
});

/// « code d'accès au drive presse : chipie@2024 », "access code: …" (run only when the keyword
/// scan saw an access word). A building's door code (« code d'accès : 4821B ») is short; the
/// value must be a password of eight characters or more with a letter.
static ACCESS_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:code[ \t]+d['’]acc[eè]s|access[ \t]+code)(?:[ \t]+[\w'’\-]+){0,6}?[ \t\x{a0}\x{202f}]*[:=][ \t]*(\S{8,64})")
        .expect("static regex")
});

/// A table header cell that names a password column (one pass over the text before the rows
/// are read cell by cell).
static PASSWORD_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?im)(?:^|[\t;|,])[ \t]*"?(?:mdp|password|passwd|pwd|mot de passe|mot_de_passe|motdepasse|passphrase)"?[ \t]*(?:[\t;|,]|$)"#)
        .expect("static regex")
});

/// Rows pasted from a spreadsheet or a CSV export (cells cut by tabs, `;`, `|` or `,`) under a
/// header that names a password column ("mdp", "password", "pwd"): the column's cells are
/// passwords (`prenom,mdp,dossard` then `Kylian,Vercors33$,2822`), placeholders and masks
/// aside.
fn password_columns(text: &str, hits: &mut Vec<Hit>) {
    const HEADERS: &[&str] = &[
        "mdp",
        "password",
        "passwd",
        "pwd",
        "mot de passe",
        "mot_de_passe",
        "motdepasse",
        "passphrase",
    ];
    let is_header = |cell: &str| HEADERS.iter().any(|h| cell.eq_ignore_ascii_case(h));
    for (s, value) in crate::text::column_cells(text, is_header) {
        let masked = value
            .chars()
            .all(|c| c == '*' || c == '•' || c == 'x' || c == 'X');
        if (4..=64).contains(&value.len())
            && !value.contains(char::is_whitespace)
            && !masked
            && !placeholder(value)
        {
            hits.push(Hit::new(Kind::Password, s, s + value.len()));
        }
    }
}

/// `<password>value</password>`, `<mdp>value</mdp>` (run only when a password word and a `<`
/// are present).
static XML_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<(?:password|passwd|pwd|pass|mdp|mot_de_passe|motdepasse|passphrase)>([^<\s]{4,64})</")
        .expect("static regex")
});

/// « le code c'est X », « mon code d'accès est X », "my code is X" (run only when "ode " is
/// present); the value must pass [`strong_password`].
static CODE_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:le|mon|ton|the|my|your)\s+code(?:\s+d['’]acc[eè]s)?\s+(?:c['’]est|cest|c|est|is)\s+["'`«]?\s*(\S{5,64})"#)
        .expect("static regex")
});

/// A value written as a password and not as a promo or door code: a lowercase letter, a digit,
/// and a symbol or a capital past the first character.
fn strong_password(v: &str) -> bool {
    looks_like_password(v)
        && !placeholder(v)
        && v.chars().any(char::is_lowercase)
        && v.chars().any(|c| c.is_ascii_digit())
        && (v.chars().any(|c| !c.is_alphanumeric()) || v.chars().skip(1).any(char::is_uppercase))
}

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
    let first = hits.len();
    detect_all(text, hits);
    // A PEM private key pasted base64-encoded (kubeconfig `client-key-data`, a Kubernetes
    // secret's `data`): found as a random value, it is the private key.
    for h in &mut hits[first..] {
        if h.kind == Kind::ApiKey && base64_private_key(&text[h.start..h.end]) {
            h.kind = Kind::PrivateKey;
        }
    }
}

/// `LS0tLS1CRUdJTi…`: base64 of `-----BEGIN …PRIVATE KEY-----` (a public key or a certificate
/// encoded the same way stays a random value).
fn base64_private_key(v: &str) -> bool {
    if !v.starts_with("LS0tLS1CRUdJTi") {
        return false;
    }
    let mut out = Vec::with_capacity(48);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in v.bytes().take(64) {
        let d = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => break,
        };
        acc = (acc << 6) | u32::from(d);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    let head = out.split(|&c| c == b'\n').next().unwrap_or_default();
    crate::text::has_bytes(head, b"PRIVATE KEY-----")
}

fn detect_all(text: &str, hits: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut pem_key = false;
    if b.len() >= 30 && crate::text::has_bytes(b, b"-----BEGIN") {
        for m in PEM.find_iter(text) {
            // A key block has key material; "-----BEGIN PRIVATE KEY-----\nanything" does not.
            let body = m
                .as_str()
                .bytes()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/'))
                .count();
            if body >= 80 {
                pem_key = true;
                hits.push(Hit::new(Kind::PrivateKey, m.start(), m.end()));
            }
        }
    }
    let standalone = |s: usize, e: usize| {
        !char_before(text, s)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '_' | '.' | '-'))
            && !char_at(text, e).is_some_and(|c| c.is_ascii_alphanumeric())
    };
    let kw = Keywords::find(text);
    let long_run = secretish_run(b);
    let joined_run = long_run || secretish_joined_run(b);
    if joined_run {
        find_prefixed(text, |s, e| {
            let key = &text[s..e];
            // `https://ghp_…@github.com/…`: a known-format key as the URL's user is its access
            // token, although a `/` precedes it.
            let url_user = text[..s].ends_with("://") && char_at(text, e) == Some('@');
            if (standalone(s, e) || url_user) && !placeholder(key) {
                let kind = if key.starts_with("AGE-SECRET-KEY") {
                    Kind::PrivateKey
                } else {
                    Kind::ApiKey
                };
                hits.push(Hit::new(kind, s, e));
                if key.len() == 20 && key.starts_with('A') {
                    if let Some((ss, se)) = aws_secret_after(text, e) {
                        hits.push(Hit::new(Kind::ApiKey, ss, se));
                    }
                }
            }
        });
    }
    // Discord bot tokens have no fixed prefix: a base64 user id (it starts with M, N or O), a
    // 6-char timestamp and an HMAC, dot-separated. Read only near a secret word ("token"…).
    if long_run && !kw.assign.is_empty() && memchr::memchr(b'.', b).is_some() {
        for m in DISCORD.find_iter(text) {
            if standalone(m.start(), m.end()) && !placeholder(m.as_str()) {
                hits.push(Hit::new(Kind::ApiKey, m.start(), m.end()));
            }
        }
    }
    if crate::text::has_bytes(b, b"ops_eyJ") || crate::text::has_bytes(b, b"A3-") {
        for m in PREFIXED_PASSWORD.find_iter(text) {
            if standalone(m.start(), m.end()) && !placeholder(m.as_str()) {
                hits.push(Hit::new(Kind::Password, m.start(), m.end()));
            }
        }
    }
    if crate::text::has_bytes(b, b"eyJ") {
        for m in JWT.find_iter(text) {
            hits.push(Hit::new(Kind::Token, m.start(), m.end()));
        }
    }
    let in_command = crate::text::has_bytes(b, b"curl");
    let bearers = if kw.bearer && long_run {
        Some(BEARER.captures_iter(text))
    } else {
        None
    };
    for c in bearers.into_iter().flatten() {
        if let Some(v) = c.get(1) {
            let mut known = false;
            find_prefixed(v.as_str(), |s, _| known |= s == 0);
            // A UUID after `Bearer` is an opaque token too (`Bearer 5a23cf99-2260-…`).
            if (looks_random(v.as_str())
                || random_letters(v.as_str())
                || crate::secret_context::uuid_like(v.as_str()))
                && !v.as_str().starts_with("eyJ")
                && !known
                && !placeholder(v.as_str())
            {
                // The credential after `Bearer` is a token, in a command line's header too (the
                // labelling conventions say so, where gitleaks' samples call a curl header's one
                // an API key); `Basic` credentials in a command line are an API client's.
                let basic = c
                    .get(0)
                    .and_then(|m| m.as_str().get(..5))
                    .is_some_and(|w| w.eq_ignore_ascii_case("basic"));
                let kind = if in_command && basic {
                    Kind::ApiKey
                } else {
                    Kind::Token
                };
                hits.push(Hit::new(kind, v.start(), v.end()));
            }
        }
    }
    if in_command {
        detect_command_line(text, hits);
    }
    if kw.cli {
        crate::secret_context::detect_cli_passwords(text, hits);
    }
    // A manifest's `name: SMTP_PASS` holds "pass".
    if kw.password && crate::text::has_bytes(b, b"value:") {
        crate::secret_context::detect_manifest_passwords(text, hits);
    }
    if memchr::memchr(b'@', b).is_some() && crate::text::has_bytes(b, b"://") {
        for m in URL_CREDENTIALS.find_iter(text) {
            let Some((vs, ve)) = url_credentials(m.as_str()) else {
                continue;
            };
            let v = &m.as_str()[vs..ve];
            let (user, pass) = v.split_once(':').unwrap_or((v, ""));
            if placeholder(pass)
                || pass.starts_with('$')
                || pass.starts_with('{')
                || crate::secret_context::dummy_password(pass)
            {
                continue;
            }
            // A web URL's `user:secret@` is an API credential (registry and license URLs); a
            // service's connection string (`postgres://`, `ftp://`, `smtp://`…) holds an
            // account's password, and the password is the finding.
            let scheme = &m.as_str()[..vs - 3];
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
                hits.push(Hit::new(Kind::ApiKey, m.start() + vs, m.start() + ve));
            } else {
                let ps = m.start() + vs + user.len() + 1;
                hits.push(Hit::new(Kind::Password, ps, m.start() + ve));
            }
        }
    }
    if kw.password {
        password_values(text, |vs, ve| {
            let val = text[vs..ve].trim_end_matches(VALUE_END);
            // `password = pypi-AgEI…` (a `.pypirc`): a known-format key, found as one already.
            // (Every known format is 20 chars or more: shorter values skip the look-up.)
            if val.len() >= 20 {
                let mut known = false;
                let we = crate::text::floor_char_boundary(text, (vs + 400).min(text.len()));
                find_prefixed(&text[vs..we], |s, _| known |= s == 0);
                if known {
                    return;
                }
            }
            if looks_like_password(val)
                || after_colon_or_equals(&text[..vs]) && symbol_led_password(val)
            {
                hits.push(Hit::new(Kind::Password, vs, vs + val.len()));
            } else if let Some(pe) = passphrase(text, vs) {
                hits.push(Hit::new(Kind::Password, vs, pe));
            }
        });
        for c in APART_PASSWORD.captures_iter(text) {
            let v = c.get(1).expect("group 1");
            let val = v.as_str();
            if looks_like_password(val) && val.chars().any(|c| !c.is_alphabetic()) {
                hits.push(Hit::new(Kind::Password, v.start(), v.end()));
            }
        }
        for c in SET_PASSWORD.captures_iter(text) {
            let v = c.get(1).expect("group 1");
            let val = v.as_str().trim_end_matches(VALUE_END);
            if looks_like_password(val) {
                hits.push(Hit::new(Kind::Password, v.start(), v.start() + val.len()));
            }
        }
    }
    // A spreadsheet or CSV export whose header names a password column.
    if kw.password && memchr::memchr(b'\n', b).is_some() && PASSWORD_HEADER.is_match(text) {
        password_columns(text, hits);
    }
    // `<password>Kx9#mPq2!</password>`: an XML element named by a password word.
    if kw.password && memchr::memchr(b'<', b).is_some() {
        for c in XML_PASSWORD.captures_iter(text) {
            let v = c.get(1).expect("group 1");
            if looks_like_password(v.as_str()) && !placeholder(v.as_str()) {
                hits.push(Hit::new(Kind::Password, v.start(), v.end()));
            }
        }
    }
    // « le code c'est Mirabelle*88 », "my code is …": a code said in so many words is a
    // password only when it is written like one (lowercase, a digit, and a symbol or a capital
    // inside); promo and door codes are capitals and digits (`PRINTEMPS20`, `4521B`).
    if crate::text::has_bytes(b, b"ode ") {
        for c in CODE_PASSWORD.captures_iter(text) {
            let v = c.get(1).expect("group 1");
            let val = v.as_str().trim_end_matches(VALUE_END);
            if strong_password(val) {
                hits.push(Hit::new(Kind::Password, v.start(), v.start() + val.len()));
            }
        }
    }
    if kw.pair {
        for c in ACCESS_CODE.captures_iter(text) {
            let v = c.get(1).expect("group 1");
            let val = v.as_str().trim_end_matches(VALUE_END);
            if val.chars().count() >= 8
                && val.chars().any(char::is_alphabetic)
                && looks_like_password(val)
            {
                hits.push(Hit::new(Kind::Password, v.start(), v.start() + val.len()));
            }
        }
        for c in CREDENTIAL_PAIR.captures_iter(text) {
            let v = c.get(2).expect("group 2");
            // An AWS key pair's secret half is an API key, found with its key ID above.
            if hits
                .iter()
                .any(|h| h.kind == Kind::ApiKey && h.start <= v.start() && v.start() < h.end)
            {
                continue;
            }
            let val = v.as_str().trim_end_matches(VALUE_END);
            let found = if c.get(1).is_some() {
                // After `user /` stands a password, whatever its first character (`%^LBrn3yu4`).
                looks_like_password(val) || symbol_led_password(val)
            } else {
                strong_password(val)
            };
            if found {
                // "login/mdp : user / value": the password word's own value was the user name.
                let pair_from = c.get(0).map_or(v.start(), |m| m.start());
                hits.retain(|h| {
                    !(h.kind == Kind::Password && h.start >= pair_from && h.end <= v.start())
                });
                hits.push(Hit::new(Kind::Password, v.start(), v.start() + val.len()));
            }
        }
    }
    if kw.wifi {
        for c in WIFI_PASSWORD.captures_iter(text) {
            let v = c.get(1).expect("group 1");
            let val = v.as_str().trim_end_matches(VALUE_END);
            if looks_like_password(val) {
                hits.push(Hit::new(Kind::Password, v.start(), v.start() + val.len()));
            }
        }
    }
    if !kw.assign.is_empty() {
        for (ws, we) in windows(text, &kw.assign, 48, 280) {
            detect_assignments(&text[ws..we], ws, hits);
        }
    }
    if kw.near && long_run {
        detect_near_keyword(text, hits);
    }
    // The key file's private key is the finding when the paste has it; the marker alone (a
    // key file cut before its key) stands for it otherwise.
    let sa_marker = if pem_key {
        None
    } else {
        crate::text::find_bytes(b, b"\"service_account\"")
    };
    if let Some(i) = sa_marker {
        // A Google service-account key file: the JSON holds a private key.
        static SA: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r#""type"\s*:\s*"service_account""#).expect("static regex")
        });
        let from = i.saturating_sub(40);
        let from = (from..=i).find(|&f| text.is_char_boundary(f)).unwrap_or(i);
        if let Some(m) = SA.find(&text[from..]) {
            hits.push(Hit::new(Kind::ApiKey, from + m.start(), from + m.end()));
        }
    }
}

static NEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:clé|cle|key|token|jeton|secret)(?:[^\p{L}\p{N}_]|$)[^\n]{0,60}?[:=→>]\s*([A-Za-z0-9_\-+/=.]{20,200})")
        .expect("static regex")
});

/// A long random-looking string within a few words after a secret word written in prose
/// ("la clé pour l'outil : 8b1f…", "Maps key for the store locator: AIza…").
fn detect_near_keyword(text: &str, hits: &mut Vec<Hit>) {
    for all in NEAR.find_iter(text) {
        let Some((vs, ve)) = near_value(text, all.start(), all.end()).or_else(|| {
            let v = NEAR
                .captures_at(text.get(..all.end())?, all.start())?
                .get(1)?;
            Some((v.start(), v.end()))
        }) else {
            continue;
        };
        let Some(v) = text.get(vs..ve) else {
            continue;
        };
        // Prose only: a key word glued into an identifier (`csrf-token=`) is an assignment.
        let kw_end = all.start()
            + all
                .as_str()
                .find(|ch: char| !ch.is_alphanumeric() && ch != 'é')
                .unwrap_or(0);
        if char_before(text, all.start()).is_some_and(|ch| matches!(ch, '-' | '_' | '.'))
            || char_at(text, kw_end).is_some_and(|ch| matches!(ch, '-' | '_' | '=' | ':'))
            || v.contains('.')
        {
            continue;
        }
        if looks_random(v) && !placeholder(v) && !alnum_at(text, ve) {
            hits.push(Hit::new(Kind::ApiKey, vs, ve));
        }
    }
    // "auth token 365f9e…", "la clé 8b1fA…": the value right after the word, no colon.
    for c in NEAR_BARE.captures_iter(text) {
        let v = c.get(1).expect("group 1");
        let kw = c.get(0).expect("group 0");
        if char_before(text, kw.start()).is_some_and(|ch| matches!(ch, '-' | '_' | '.' | '/'))
            || alnum_at(text, v.end())
            || matches!(char_at(text, v.end()), Some('.' | '@' | '/'))
        {
            continue;
        }
        if looks_random(v.as_str()) && !placeholder(v.as_str()) && !camel_words(v.as_str()) {
            hits.push(Hit::new(Kind::ApiKey, v.start(), v.end()));
        }
    }
}

/// `ThisIsOurSpringCampaignTeaser2026`: capitalised words glued, maybe a number after them.
fn camel_words(v: &str) -> bool {
    let letters = v.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_' || c == '-');
    let mut words = 0;
    for w in letters.split(|c: char| c.is_ascii_uppercase()).skip(1) {
        if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        words += 1;
    }
    letters.starts_with(|c: char| c.is_ascii_uppercase()) && words >= 3
}

static NEAR_BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:clé|cle|key|token|jeton|secret)[ \t]+([A-Za-z0-9_\-+/]{20,200}=*)")
        .expect("static regex")
});

/// The `user:password` group of a [`URL_CREDENTIALS`] match. Asking the regex for it costs a
/// bounded-backtracker run over an automaton holding ~200 copies of a Unicode class (thousands of
/// states, a visited set cleared on every call); the group's place is fixed by the match itself:
/// the scheme has no `:`, so the group starts after the first `://`, and neither of its classes
/// holds `@`, so it ends at the next `@`. (Property-tested against the regex.)
fn url_credentials(m: &str) -> Option<(usize, usize)> {
    let s = crate::text::find_bytes(m.as_bytes(), b"://")? + 3;
    let e = s + memchr::memchr(b'@', &m.as_bytes()[s..])?;
    Some((s, e))
}

/// The value group of a `NEAR` match `[s, e)`, found the way the regex's leftmost-first search
/// finds it (its `[^\n]{0,60}?` makes the capture search a backtracker run over ~60 copies of a
/// Unicode class): skip the key word (its length is known from its first letter, whatever its
/// case) and the one char after it, then take the first separator within 60 chars, not past a
/// line break, that is followed by optional spacing and 20 or more value chars (at most 200;
/// `(?i)` widens the value class by two non-ASCII letters).
/// `None` when that reading does not end where the match ends, and the caller asks the regex.
/// (Property-tested against the regex.)
fn near_value(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let rest = text.get(s..)?;
    let mut chars = rest.char_indices();
    let word_chars = match chars.next()?.1 {
        'c' | 'C' | 'k' | 'K' | '\u{212a}' => 3,
        't' | 'T' | 'j' | 'J' => 5,
        's' | 'S' | '\u{17f}' => 6,
        _ => return None,
    };
    for _ in 1..word_chars {
        chars.next()?;
    }
    // The char after the word (none at the end of the text).
    chars.next();
    // The value class under `(?i)`: case folding adds `ſ` (s) and the Kelvin sign (k).
    let value_char = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(
                c,
                '_' | '-' | '+' | '/' | '=' | '.' | '\u{17f}' | '\u{212a}'
            )
    };
    for _ in 0..=60 {
        let (i, c) = chars.clone().next()?;
        if matches!(c, ':' | '=' | '\u{2192}' | '>') {
            let after = &rest[i + c.len_utf8()..];
            let v = i + c.len_utf8() + (after.len() - after.trim_start().len());
            let mut run = 0;
            let mut end = v;
            for c in rest[v..].chars().take(200).take_while(|&c| value_char(c)) {
                run += 1;
                end += c.len_utf8();
            }
            if run >= 20 {
                let (vs, ve) = (s + v, s + end);
                return (ve == e).then_some((vs, ve));
            }
        }
        if c == '\n' {
            return None;
        }
        chars.next();
    }
    None
}

pub(crate) fn placeholder(s: &str) -> bool {
    let up = s.to_ascii_uppercase();
    if [
        "EXAMPLE",
        "XXXXXX",
        "******",
        "YOUR_",
        "<",
        "...",
        "####",
        "REDACTED",
        "PLACEHOLDER",
        "CHANGEME",
        "HERE",
        "DUMMY",
        "ABCDEFGHIJ",
    ]
    .iter()
    .any(|p| up.contains(p))
    {
        return true;
    }
    // Low diversity: `glc_1111…`, `aaaa…`.
    let mut seen = [false; 128];
    let mut distinct = 0;
    for b in s.bytes().filter(u8::is_ascii) {
        if !seen[b as usize] {
            seen[b as usize] = true;
            distinct += 1;
        }
    }
    // Hex has only 16 symbols: a random hex key of 48+ chars often shows 15 of them.
    let cap = if s.bytes().all(|b| b.is_ascii_hexdigit()) {
        30
    } else {
        48
    };
    s.len() >= 12 && distinct * 3 < s.len().min(cap)
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
pub(crate) fn looks_random(s: &str) -> bool {
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
    if identifier_like(s) {
        return false;
    }
    (classes == 3 && entropy(s) >= 3.3)
        || (classes == 2 && digits > 0 && s.len() >= 20 && entropy(s) >= 3.5)
}

/// A credential of letters only, as some issuers make them (`DWKEEzAmEdlfToHDJmLBP_YjdlKolJ`):
/// long, with capitals and lower case in like measure, which CamelCase words
/// (`ThisIsOurSpringCampaign`) are not. Only where a `Bearer` already says a credential follows.
fn random_letters(s: &str) -> bool {
    let upper = s.bytes().filter(u8::is_ascii_uppercase).count();
    let lower = s.bytes().filter(u8::is_ascii_lowercase).count();
    s.len() >= 20
        && upper * 4 >= s.len()
        && lower * 4 >= s.len()
        && entropy(s) >= 3.5
        && !identifier_like(s)
}

/// `id-Gost28147-89-None-KeyMeshing`, `rc0.15.0_2023-SNAPSHOT`: pieces that read as words.
fn identifier_like(s: &str) -> bool {
    let pieces: Vec<&str> = s.split(['-', '_', '.']).filter(|p| !p.is_empty()).collect();
    let wordy = pieces
        .iter()
        .filter(|p| {
            p.len() >= 3
                && p.bytes().all(|b| b.is_ascii_alphabetic())
                && p[1..].bytes().all(|b| b.is_ascii_lowercase())
        })
        .count();
    pieces.len() >= 3 && wordy >= 2
}

/// A password value: not a plain word, has a digit/symbol or mixed case, reasonable length.
pub(crate) fn looks_like_password(v: &str) -> bool {
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
    if is_french_elision(v) {
        return false; // prose after the word: "le mot de passe n'est jamais demandé"
    }
    if is_hyphenated_word(v) {
        return false; // prose: "your password is case-sensitive", "is auto-generated"
    }
    if v.starts_with(['«', '"', '(', '[', '-', '{', '<', '%'])
        || v.contains("{{")
        || v.starts_with('$') && (shell_variable(v) || !strong_led_value(v))
    {
        return false;
    }
    // A trailing `=` (base64 padding, `Cerise.68=`) is part of a password; a value holding
    // another `=` or a `&` is the rest of a query string or an assignment (`pw=&next=`).
    if v.ends_with('=') && v.trim_end_matches('=').contains(['=', '&']) {
        return false;
    }
    digits > 0 || (symbols > 0 && !v.ends_with(['?', '!', ':'])) || (upper_inside && has_lower)
}

/// `$DB_PASSWORD`, `${PASS}`, `$(pass show x)`, `$HOME/.pgpass`: a shell or template variable,
/// not a value. `$P@mH8R5DG` and `$$%lUEu94jT` are not: a variable's name stops at a letter,
/// digit or `_`, and no path or interpolation follows it there.
fn shell_variable(v: &str) -> bool {
    let Some(rest) = v.strip_prefix('$') else {
        return false;
    };
    if rest.starts_with(['{', '(']) {
        return true;
    }
    let name = rest
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
        .count();
    name > 0
        && rest[name..].chars().next().is_none_or(|c| {
            matches!(
                c,
                '/' | '.' | ':' | '}' | ')' | '"' | '\'' | ',' | ';' | '-'
            )
        })
}

/// A value led by a symbol that usually marks something else (`$`): kept only when strong,
/// eight characters or more with letters, digits (or capitals inside lower case) and a capital
/// or another symbol.
fn strong_led_value(v: &str) -> bool {
    let rest = v.trim_start_matches('$');
    let n = v.chars().count();
    let digits = rest.chars().any(|c| c.is_ascii_digit());
    let lower = rest.chars().any(char::is_lowercase);
    let upper_inside = rest.chars().skip(1).any(char::is_uppercase);
    let upper = rest.chars().any(char::is_uppercase);
    let symbols = rest.chars().any(|c| !c.is_alphanumeric());
    (8..=64).contains(&n)
        && rest.chars().any(char::is_alphabetic)
        && (digits || lower && upper_inside)
        && (upper || symbols)
}

/// Does the text before a value end with `:`, `=`, an arrow or "is" / « c'est » / « est »
/// (blanks and a quote aside)? The value then stands where a password is written, whatever its
/// first character.
fn after_colon_or_equals(before: &str) -> bool {
    let b = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '`'));
    if b.ends_with([':', '=', '>', '→']) {
        return true;
    }
    let word = b.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    ["is", "est", "c'est", "c’est"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// A password that starts with `-` or `%` (`-b1r%0#ISuPWdlSU`, `%anXTsz65zoc7`), which
/// [`looks_like_password`] refuses in general (command-line flags, `%s` and `%VAR%`
/// placeholders): only right after `password:` / `mdp =`, and only a strong one: 8 characters
/// or more, letters and digits after the symbol, and an uppercase letter or another symbol.
fn symbol_led_password(v: &str) -> bool {
    let Some(rest) = v.strip_prefix(['-', '%']) else {
        return false;
    };
    let n = v.chars().count();
    if !(8..=64).contains(&n)
        || rest.starts_with(['-', '%', '(', '{', '$', ' '])
        || v.starts_with('%') && v.ends_with('%')
        || placeholder(v)
    {
        return false;
    }
    let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    let upper = rest.chars().any(char::is_uppercase);
    let lower = rest.chars().any(char::is_lowercase);
    let symbols = rest.chars().any(|c| !c.is_alphanumeric());
    // Digits, or capitals mixed into lower case past the first letter (`%seCKpoPoLQCVW`).
    let mixed_case = lower && rest.chars().skip(1).any(char::is_uppercase);
    letters > 0
        && (digits > 0 || mixed_case)
        && (upper || symbols)
        && !rest.chars().any(char::is_whitespace)
}

/// Words that make a run of lowercase words prose rather than a passphrase: articles, pronouns,
/// prepositions, auxiliaries, adverbs of time and degree (English and French).
const PROSE_WORDS: &[&str] = &[
    "the",
    "and",
    "but",
    "not",
    "for",
    "with",
    "from",
    "into",
    "onto",
    "are",
    "was",
    "were",
    "been",
    "being",
    "will",
    "would",
    "should",
    "can",
    "could",
    "must",
    "may",
    "might",
    "its",
    "this",
    "that",
    "these",
    "those",
    "your",
    "you",
    "our",
    "his",
    "her",
    "their",
    "they",
    "she",
    "them",
    "same",
    "than",
    "then",
    "there",
    "here",
    "what",
    "which",
    "who",
    "when",
    "where",
    "how",
    "all",
    "any",
    "every",
    "each",
    "some",
    "more",
    "most",
    "less",
    "very",
    "too",
    "also",
    "just",
    "only",
    "still",
    "now",
    "today",
    "tomorrow",
    "tonight",
    "yesterday",
    "always",
    "never",
    "again",
    "please",
    "thanks",
    "sent",
    "stored",
    "saved",
    "shared",
    "required",
    "needed",
    "hidden",
    "expired",
    "les",
    "une",
    "des",
    "pas",
    "plus",
    "aux",
    "dans",
    "par",
    "pour",
    "sur",
    "avec",
    "sans",
    "sous",
    "chez",
    "cet",
    "cette",
    "ces",
    "ton",
    "tes",
    "votre",
    "vos",
    "notre",
    "nos",
    "mon",
    "mes",
    "son",
    "ses",
    "leur",
    "leurs",
    "est",
    "sont",
    "sera",
    "être",
    "que",
    "qui",
    "quoi",
    "dont",
    "elle",
    "ils",
    "elles",
    "nous",
    "vous",
    "très",
    "trop",
    "aussi",
    "encore",
    "toujours",
    "jamais",
    "demain",
    "hier",
    "ici",
    "merci",
    "svp",
    "même",
    "mais",
    "donc",
    "car",
    "avant",
    "après",
    "déjà",
];

/// A passphrase after a password word and `:`, `=`, an arrow or a copula ("wifi password for the
/// pop-up is sunny otter paper lamp", "passphrase: correct horse battery staple"): four to six
/// lowercase words of three letters or more that end the clause, none of them a
/// [`PROSE_WORDS`] word, the first not a participle or an adverb ("is stored securely online
/// now", "est envoyé séparément par mail" are prose). Returns the end of the last word.
fn passphrase(text: &str, vs: usize) -> Option<usize> {
    let before = text[..vs].trim_end();
    let copula = before
        .rsplit(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .next()
        .is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "is" | "was" | "est" | "c'est" | "c’est" | "sera" | "be"
            )
        });
    if !(copula || before.ends_with([':', '=', '>', '→'])) {
        return None;
    }
    let rest = &text[vs..];
    let mut words = 0;
    let mut end;
    let mut i = 0;
    let b = rest.as_bytes();
    loop {
        let w_end = rest[i..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(rest.len(), |j| i + j);
        let w = &rest[i..w_end];
        let n = w.chars().count();
        if !(3..=12).contains(&n)
            || w.chars().any(char::is_uppercase)
            || PROSE_WORDS.contains(&w)
            || words == 0
                && (w.ends_with("ed")
                    || w.ends_with("ly")
                    || w.ends_with("ing")
                    || w.ends_with('é')
                    || w.ends_with("ée")
                    || w.ends_with("és")
                    || w.ends_with("ées")
                    || w.ends_with("ment"))
        {
            return None;
        }
        words += 1;
        end = w_end;
        if words > 6 {
            return None;
        }
        // One space to the next word, else the clause must end here.
        if b.get(w_end) == Some(&b' ') && b.get(w_end + 1).is_some_and(u8::is_ascii_lowercase) {
            i = w_end + 1;
            continue;
        }
        let next = rest[w_end..].chars().next();
        if !next.is_none_or(|c| matches!(c, '\n' | '.' | ',' | ';' | '!' | '?' | ')' | '»' | '"'))
        {
            return None;
        }
        break;
    }
    (words >= 4).then_some(vs + end)
}

/// A lowercase compound of two words (`case-sensitive`, `auto-generated`, `one-time`): an
/// adjective, not a value. Passphrases of three words or more (`correct-horse-battery`) and
/// pieces with digits or capitals stay values.
fn is_hyphenated_word(v: &str) -> bool {
    let mut pieces = v.split('-');
    let word = |p: Option<&str>| {
        p.is_some_and(|p| {
            !p.is_empty() && p.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
        })
    };
    word(pieces.next()) && word(pieces.next()) && pieces.next().is_none()
}

/// A French elided word (`n'est`, `l'accès`, `qu'il`): a lowercase elision prefix, an apostrophe,
/// then lowercase letters only. Prose, not a value.
fn is_french_elision(v: &str) -> bool {
    let Some((pre, rest)) = v.split_once(['\'', '’']) else {
        return false;
    };
    matches!(
        pre,
        "c" | "d" | "j" | "l" | "m" | "n" | "s" | "t" | "qu" | "jusqu" | "lorsqu" | "puisqu"
    ) && !rest.is_empty()
        && rest.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn keyword_loop_is_find_iter(
            t in "([a-zé .:=_-]{0,3}(pass|PWD|mdp|mot de passe|kennwort|contraseña|bearer|Basic|key|token|secret|AUTH|credential|login|clé|CLÉ|Clé|cle|jeton|passecret|keyToken|passwd)){0,6}[a-zé ]{0,3}"
        ) {
            let (fast, slow) = (
                crate::secret_context::Keywords::find(&t),
                crate::secret_context::Keywords::reference(&t),
            );
            proptest::prop_assert_eq!(fast, slow);
        }

        #[test]
        fn secretish_run_is_the_flag_walk(t in "[a-cA-C0-9_ é-]{0,40}") {
            proptest::prop_assert_eq!(
                secretish_run(t.as_bytes()),
                crate::secret_context::secretish_run_reference(t.as_bytes(), false)
            );
            // The joined test is asked only after the plain one failed: together they give
            // what the flag walk with `_` and `-` inside runs gives.
            proptest::prop_assert_eq!(
                secretish_run(t.as_bytes()) || secretish_joined_run(t.as_bytes()),
                crate::secret_context::secretish_run_reference(t.as_bytes(), false)
                    || crate::secret_context::secretish_run_reference(t.as_bytes(), true)
            );
        }

        #[test]
        fn password_values_are_the_regex_groups(
            t in "([a-zé ]{0,3}(password|PASS|pwd|mdp|mot de  passe|Mot\u{a0}de passe|contraseña|passcode)[\"'` \t\n:=-]{0,4}([a-zé'’A-Z]{1,6}[ \t\u{a0}]{1,2}){0,5}(is|est|c’est|will be|sera)?[ \t]*[:=]?[ \t\n\"'`]{0,2}[a-zA-Z0-9é€!$\"'` -]{0,70}){1,3}"
        ) {
            let mut got = Vec::new();
            password_values(&t, |s, e| got.push((s, e)));
            let want: Vec<(usize, usize)> = PASSWORD
                .captures_iter(&t)
                .filter_map(|c| c.get(1))
                .map(|v| (v.start(), v.end()))
                .collect();
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn url_credentials_are_the_regex_group(
            t in "([ @:/a]{0,3}[a-zA-Z\u{212a}][a-z0-9+.ſ-]{0,5}(://[a-zé.'-]{1,4}:[a-zé:.'-]{2,6}@[a-z.]{1,3}|://[a-zé .'/-]{0,5}(:[a-zé: .@/-]{0,7})?@{0,2}[a-z.-]{0,4})){1,3}"
        ) {
            for c in URL_CREDENTIALS.captures_iter(&t) {
                let (Some(m), Some(v)) = (c.get(0), c.get(1)) else { continue };
                let got = url_credentials(m.as_str()).map(|(s, e)| (m.start() + s, m.start() + e));
                proptest::prop_assert_eq!(got, Some((v.start(), v.end())));
            }
        }

        #[test]
        fn near_value_is_the_regex_group(
            t in "([a-z_.-]{0,2}(clé|CLÉ|Clé|cle|Key|KEY|\u{212a}ey|token|TOKEN|ſecret|Secret|jeton|ke)[ :=→>\n_éa.-]{0,66}[:=→> ]{0,2}[ \t\n\u{a0}]{0,2}[A-Za-z0-9_=+./ſ\u{212a}-]{0,215}[ é\n]?){1,3}"
        ) {
            for c in NEAR.captures_iter(&t) {
                let (Some(m), Some(v)) = (c.get(0), c.get(1)) else { continue };
                proptest::prop_assert_eq!(
                    near_value(&t, m.start(), m.end()),
                    Some((v.start(), v.end()))
                );
            }
        }
    }

    fn found(t: &str) -> Vec<(Kind, String)> {
        let mut h = Vec::new();
        detect(t, &mut h);
        let mut v: Vec<(Kind, String)> = h
            .iter()
            .map(|h| (h.kind, t[h.start..h.end].to_string()))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn elided_word_is_prose_but_elided_value_with_digits_is_a_password() {
        assert!(is_french_elision("n'est") && is_french_elision("l’accès"));
        assert!(!is_french_elision("l'ete2024") && !is_french_elision("N'Est"));
        assert_eq!(
            found("mdp : l'ete2024 pour le compte"),
            [(Kind::Password, "l'ete2024".into())]
        );
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
        assert_eq!(
            found("curl -u elastic:P@ssw0rd$1 https://localhost:9200"),
            [(Kind::Password, "elastic:P@ssw0rd$1".into())]
        );
    }

    #[test]
    fn password_starting_with_a_symbol_after_an_explicit_separator() {
        for (t, v) in [
            (
                "TikTok login: brand_official / password: %0XmwaIEPfoa#O5v Best,",
                "%0XmwaIEPfoa#O5v",
            ),
            (
                "Accès Meta Business\u{202f}: zoe@free.fr / mdp\u{202f}: -b1r%0#ISuPWdlSU",
                "-b1r%0#ISuPWdlSU",
            ),
            ("Accès\u{a0}: x / mdp\u{a0}: %anXTsz65zoc7", "%anXTsz65zoc7"),
            ("password = -Kq8zT2vw", "-Kq8zT2vw"),
            (
                "Mot de passe\u{202f}: %seCKpoPoLQCVW (je le change demain)",
                "%seCKpoPoLQCVW",
            ),
            ("The password is -Z-grPNfW8 - log in", "-Z-grPNfW8"),
            (
                "Le mot de passe du drive c'est -B-qlAB#bfOiUm , ne le partage pas.",
                "-B-qlAB#bfOiUm",
            ),
        ] {
            assert_eq!(found(t), [(Kind::Password, v.into())], "{t}");
        }
        // Flags, format placeholders and environment variables are not passwords.
        for t in [
            "mysql --password -p3306 -h db",
            "password: %s",
            "password: %(password)s",
            "mdp : %PASSWORD%",
            "password: --no-prompt",
            "password: -verbose",
            "set the password -Kq8zT2vw in the form",
            "the password is -verbose",
            "mdp : %Password",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn password_phrases_with_words_in_between() {
        for (t, v) in [
            ("le mot de passe du compte est: Kx93!pq", "Kx93!pq"),
            ("le mot de passe du compte est Falcon77", "Falcon77"),
            ("Le mdp de la boîte partagée : Hiver2025!", "Hiver2025!"),
            ("the password for the account is Tr0ub4dor&3", "Tr0ub4dor&3"),
            (
                "The password for our shared inbox: sunny-Day42",
                "sunny-Day42",
            ),
            ("pwd=Zq8#rT2v", "Zq8#rT2v"),
            ("the passcode is 7Hq2-x9Lm", "7Hq2-x9Lm"),
            ("Password will be Autumn#2026 until Monday", "Autumn#2026"),
            (
                "le mdp du compte Insta de la marque c'est Pivoine!2024",
                "Pivoine!2024",
            ),
            (
                "the password of the shared agency account is Brume-88x",
                "Brume-88x",
            ),
            (
                "Mot de passe de la boîte mail du service : Ardoise#31",
                "Ardoise#31",
            ),
            // SMS French and English typos.
            ("le mdp c soleil2024 jte le redis pas", "soleil2024"),
            ("mdp du compte insta cest Ecume_88", "Ecume_88"),
            ("pasword for the insta acount is Bluebird_77", "Bluebird_77"),
            ("passowrd: Tilleul#45", "Tilleul#45"),
        ] {
            assert_eq!(found(t), [(Kind::Password, v.into())], "{t}");
        }
    }

    #[test]
    fn password_phrases_without_a_value() {
        for t in [
            "le mot de passe du compte est personnel, ne le partagez pas.",
            "The password for the account is on its way by text message.",
            "the password for your account is not something we ask for",
            "Mot de passe oublié ? Cliquez ici : lien dans l'appli",
            "Your passcode is required to confirm the order",
            "le mot de passe du compte : voir avec Léa demain",
            "Le mot de passe n'est jamais demandé par le support.",
            "ton mdp s'affiche en clair ? non, jamais",
            "le mot de passe du compte de la marque sur Insta est changé tous les mois",
            "the password for the accounts of the whole team is stored in the vault",
            "Mot de passe du compte client de la boutique : voir la procédure",
            "le mdp c pas sorcier, suis le tuto",
            "le pass c vraiment pratique pour les musées",
            "the pasword is case sensitive",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn password_words_without_password() {
        for t in [
            "cliquez sur « Mot de passe oublié » depuis l'appli",
            "ne partagez jamais votre mot de passe, même avec nous.",
            "Password reset emails only ever come from us",
            "Si vous avez perdu votre mdp, passez par le site",
            "curl -u username:password https://x.test",
            "curl --user '$USERNAME:$PASSWORD' $URL",
            "snowflake.password=\njdbc.snowflake.url=",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn a_known_key_as_the_user_of_a_url() {
        assert_eq!(
            found("git remote set-url origin https://ghp_PIBJfegm9apW72mTyfH1HU4q94DT2jhv0Pkv@github.com/shop/site.git"),
            [(Kind::ApiKey, "ghp_PIBJfegm9apW72mTyfH1HU4q94DT2jhv0Pkv".into())]
        );
        // In a path, after a slash, it stays out (a file named like a key).
        assert!(
            found("https://cdn.shop.fr/ghp_PIBJfegm9apW72mTyfH1HU4q94DT2jhv0Pkv/logo.png")
                .is_empty()
        );
    }

    #[test]
    fn prefixed_keys_tokens_and_pem() {
        assert_eq!(
            found("key: ghp_6mH0rG5qtGRbM8i2s2SS03RPMiiBkJW5ODWE")[0].0,
            Kind::ApiKey
        );
        assert_eq!(found("sk_live_rvEUkED2piW630scxpM62WMs")[0].0, Kind::ApiKey);
        assert_eq!(
            found("xoxb-597572445968-5993509045786-Bs4KMHYs4w5F4RUe8oKVm5eu")[0].0,
            Kind::ApiKey
        );
        assert_eq!(
            found("Authorization: Bearer nBsoRo2cmyprw75b2sKevCqUiL0VSy.uTWD")[0].0,
            Kind::Token
        );
        // Letters only, capitals and lower case mixed: still a credential after `Bearer`.
        assert_eq!(
            found("Authorization: Bearer DWKEEzAmEdlfToHDJmLBP_YjdlKolJUtvNAH"),
            [(Kind::Token, "DWKEEzAmEdlfToHDJmLBP_YjdlKolJUtvNAH".into())]
        );
        assert!(found("Bearer ThisIsOurSpringCampaignTeaser").is_empty());
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAeTF+IupVahw8V6zUOCCl0FMdcapR2EHOTKxwWNY1XA58CkRS\npNzloIizEp83qaHREQuFYl32CvAEOHP4BbGYwLNl2/SxStojrEnJBfVdSAI1RTP3\n-----END RSA PRIVATE KEY-----";
        assert_eq!(found(pem), [(Kind::PrivateKey, pem.into())]);
        assert!(
            found("-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----").is_empty()
        );
        assert!(found("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----").is_empty());
        assert!(found("AKIAIOSFODNN7EXAMPLE").is_empty());
        assert!(found("glc_111111111111111111111111111111111111111111=").is_empty());
    }

    #[test]
    fn connection_string_with_a_password_and_no_user() {
        assert_eq!(
            found("REDIS_URL=redis://:S0leil-Couchant9@cache.internal:6379"),
            [(Kind::Password, "S0leil-Couchant9".into())]
        );
        assert!(found("REDIS_URL=redis://:${REDIS_PASSWORD}@cache.internal:6379").is_empty());
        assert!(found("redis://cache.internal:6379/0").is_empty());
    }

    #[test]
    fn passwords_on_a_client_command_line() {
        for (t, want) in [
            (
                "+ mysql -h db.internal -u reporting -pR3p0rt!ng2025 -e 'select 1'",
                "R3p0rt!ng2025",
            ),
            ("mysqldump -u root -p'Kx9#mPq2' shop > dump.sql", "Kx9#mPq2"),
            (
                "+ docker login -u deploybot -p Gh7kq29LmW registry.example.io",
                "Gh7kq29LmW",
            ),
            ("sshpass -p 'Tr4verse!9' ssh ops@bastion", "Tr4verse!9"),
            ("redis-cli -h cache -a Zq8vB3nRx2 ping", "Zq8vB3nRx2"),
            (
                "./deploy.sh --env prod --password=Wq4n9zPb77x",
                "Wq4n9zPb77x",
            ),
        ] {
            assert_eq!(found(t), [(Kind::Password, want.into())], "{t}");
        }
        for t in [
            // The password prompted for; a port; a variable; the warning docker prints.
            "mysql -u root -p shop",
            "psql -h db -p 5432 -U app",
            "docker run -p 8080:80 nginx",
            "docker login -u bot -p $REGISTRY_PASSWORD registry.example.io",
            "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
            "mysql -u root -p<password> shop",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn passwords_in_a_manifest_environment() {
        assert_eq!(
            found("env:\n  - name: SMTP_PASS\n    value: \"Mx4!tq8Vz\"\n  - name: SMTP_USER\n    value: notifications"),
            [(Kind::Password, "Mx4!tq8Vz".into())]
        );
        for t in [
            "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:",
            "env:\n  - name: DB_PASSWORD\n    value: changeme",
            "  - name: PASSWORD_MIN_LENGTH\n    value: \"12\"",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn keys_cut_by_underscores_and_twilio_key_sids() {
        assert_eq!(
            found("le token GitLab pour la CI → glpat-jruYDGZp_RV_3YKfY2y8 je le révoque"),
            [(Kind::ApiKey, "glpat-jruYDGZp_RV_3YKfY2y8".into())]
        );
        // No digit at all, cases mixed.
        assert_eq!(
            found("GitLab token for the theme repo: glpat-bFkQJJrv_PLtzEzMbqTt thanks"),
            [(Kind::ApiKey, "glpat-bFkQJJrv_PLtzEzMbqTt".into())]
        );
        assert!(found("Rendez-vous à Saint-Germain-des-Prés-Village").is_empty());
        assert_eq!(
            found("twilio key SK70b05d87bb6c02d7a5bbd43469aebdc6 for the SMS"),
            [(Kind::ApiKey, "SK70b05d87bb6c02d7a5bbd43469aebdc6".into())]
        );
        // Hyphenated words and a SKU are no key.
        assert!(found("la ref SKU-2026-AB12-CD34-EF56 est en rupture").is_empty());
        assert!(found("SK70b05d87bb6c02d7a5bbd43469aebdc6x9").is_empty());
        assert!(found("glpat-xxxxxxxxxxxxxxxxxxxx (placeholder)").is_empty());
    }

    #[test]
    fn password_columns_of_an_export() {
        assert_eq!(
            found("prenom,mdp,dossard\nKylian,Vercors33$,2822\nLéa,Kaskad92$,2823"),
            [
                (Kind::Password, "Kaskad92$".into()),
                (Kind::Password, "Vercors33$".into())
            ]
        );
        assert_eq!(
            found("club;nom;password\nPeak Runners;Morel;$1r1u$!53"),
            [(Kind::Password, "$1r1u$!53".into())]
        );
        assert_eq!(
            found("Code d'accès au back-office de la box : Edelweiss1997#"),
            [(Kind::Password, "Edelweiss1997#".into())]
        );
        // Masked cells and other columns are not passwords.
        assert!(found("nom;mdp;ville\nMorel;******;Lyon").is_empty());
        assert!(found("nom;dossard;ville\nMorel;Vercors33;Lyon").is_empty());
    }

    #[test]
    fn newer_provider_keys_and_discord_bot_tokens() {
        assert_eq!(
            found("VAULT_TOKEN=hvs.QVaGHvlofLXjJmnkRYVTXW66"),
            [(Kind::ApiKey, "hvs.QVaGHvlofLXjJmnkRYVTXW66".into())]
        );
        assert_eq!(
            found("mailgun: key-3ab6b0df29cd6fdd4ec373edacbfe010"),
            [(Kind::ApiKey, "key-3ab6b0df29cd6fdd4ec373edacbfe010".into())]
        );
        assert_eq!(
            found("discord bot token: MTA4NzY1NDMyMTA5ODc2NTQzMg.GhT7xQ.kP3vR8sW2mN5bL9dF4jH6cY1aZ0eU7iO3tQ"),
            [(
                Kind::ApiKey,
                "MTA4NzY1NDMyMTA5ODc2NTQzMg.GhT7xQ.kP3vR8sW2mN5bL9dF4jH6cY1aZ0eU7iO3tQ".into()
            )]
        );
        // Hyphenated words after `key-`, a file name and a Vault path are no key.
        assert!(found("the key-value store is the key-holder-of-record-for-everything").is_empty());
        assert!(found("see hvs.docs for the vault setup").is_empty());
        assert!(found(
            "Merci pour le fichier Monday-Planning-Export.v2.final-final-version-ok.pdf"
        )
        .is_empty());
    }

    #[test]
    fn a_known_key_after_a_password_word_is_the_key() {
        let k = "pypi-AgEIcHlwaS5vcmcbjZ9mXwE16IWDOGbFzD1A7PBHrrkn79u9pv28BlOl7zeoNdwVbpi1UzPZFpm";
        assert_eq!(
            found(&format!("password = {k}")),
            [(Kind::ApiKey, k.into())]
        );
        assert_eq!(
            found("password = Cobalt!Harbor42"),
            [(Kind::Password, "Cobalt!Harbor42".into())]
        );
    }

    #[test]
    fn random_value_right_after_a_key_word() {
        assert_eq!(
            found("Twilio auth token 365f9e4fceecb867fabc94029c9f4da5 for the SMS bot"),
            [(Kind::ApiKey, "365f9e4fceecb867fabc94029c9f4da5".into())]
        );
        assert!(found("the key takeaways from the SpringCampaignReview are below").is_empty());
        assert!(found("token ThisIsOurSpringCampaignTeaser2026 is the hashtag").is_empty());
        assert!(found("secret 3f2a1b4c5d6e7f8091a2b3c4d5e6f708.png is the file").is_empty());
    }

    #[test]
    fn passwords_set_apart_access_codes_and_more_formats() {
        for (t, kind, v) in [
            (
                "j'ai remis l'ancien mot de passe, Nutella1308, ça marche de nouveau",
                Kind::Password,
                "Nutella1308",
            ),
            (
                "I put the old password back (Br3tz3l85*), works again",
                Kind::Password,
                "Br3tz3l85*",
            ),
            (
                "code d'accès au drive presse : chipie@2024",
                Kind::Password,
                "chipie@2024",
            ),
            (
                "Access token for the orders API: Bearer 5a23cf99-2260-f82a-89eb-222390d02883",
                Kind::Token,
                "5a23cf99-2260-f82a-89eb-222390d02883",
            ),
            (
                "pour le générateur de visuels : hf_UgWyum1fRbKkkbydsouccmJuREp5qmMuGy",
                Kind::ApiKey,
                "hf_UgWyum1fRbKkkbydsouccmJuREp5qmMuGy",
            ),
            (
                "CRM : patWSklHN801lD5T5.36080b2adbfd829ffe7e994c136f70d954a17bb38ad1375c06b7266f4d0bd34f",
                Kind::ApiKey,
                "patWSklHN801lD5T5.36080b2adbfd829ffe7e994c136f70d954a17bb38ad1375c06b7266f4d0bd34f",
            ),
        ] {
            assert_eq!(found(t), [(kind, v.into())], "{t}");
        }
        for t in [
            "Code d'accès de l'immeuble : 4821B",
            "mot de passe, identifiant, adresse : tout est dans le mail",
            "the password (see the vault), then log in",
            "Le code d'accès : demande-le à l'accueil",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn a_command_line_bearer_is_a_token_and_basic_credentials_an_api_key() {
        assert_eq!(
            found(
                r#"curl -s -H "Authorization: Bearer qvAcEOsCLbW0P9vbBMoXEydvxuVhPa9KrL1MQvtI" https://api.example.com/v3"#
            ),
            [(
                Kind::Token,
                "qvAcEOsCLbW0P9vbBMoXEydvxuVhPa9KrL1MQvtI".into()
            )]
        );
        assert_eq!(
            found(
                r#"curl -X POST -H "Authorization: Basic MzUzYjMwMmM0NDU3NGY1NjUwNDU2ODdlNTM0ZTdkNmE=" https://api.example.com"#
            ),
            [(
                Kind::ApiKey,
                "MzUzYjMwMmM0NDU3NGY1NjUwNDU2ODdlNTM0ZTdkNmE=".into()
            )]
        );
        // A variable or a placeholder is no credential.
        assert!(
            found(r#"curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com"#)
                .is_empty()
        );
    }

    #[test]
    fn long_hex_after_bearer_is_not_a_placeholder() {
        assert_eq!(
            found("Authorization: bearer a763225da81d7baa1af6723ff56eca645fe436d6582afe2d"),
            [(
                Kind::Token,
                "a763225da81d7baa1af6723ff56eca645fe436d6582afe2d".into()
            )]
        );
        assert!(found("Authorization: Bearer 0000111100001111000011110000111100001111").is_empty());
    }

    #[test]
    fn assignments_need_a_secret_name_and_value() {
        assert_eq!(found(r#"sumo_access_key = "3Kof2VffNQ0QgYIhXUPJosVlCaQKm2hfpWE6F1fT9YGY74blQBIPsrkCcf1TwKE5""#).len(), 1);
        assert_eq!(
            found(r#"SNYK_TOKEN ?= "8e2b3f1c-91d4-4c5a-b7e2-0f6a9d3c1b7e""#).len(),
            1
        );
        for t in [
            "credentialsId: 'ff083f76-7804-4ef1-80e4-fe975bb9141b'",
            r#"public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit""#,
            "key_length = XSalsa20.key_length",
            r#"const keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789""#,
            "csrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7+V4eUrLfpuyOuxmiW9rhROG/Whikle15syazJOkrjJa3U2AbhIvUw==",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn php_defines_of_secret_constants() {
        assert_eq!(
            found(
                "wp-config:\ndefine('DB_USER', 'brume_wp');\ndefine('DB_PASSWORD', 'r8#Kd!2mVq');"
            ),
            [(Kind::Password, "r8#Kd!2mVq".into())]
        );
        assert_eq!(
            found(r#"define( "AUTH_KEY", "t7Qw!9zLm2#Xp4Rv8Kd1Vb6Nf3Hj0Yc5" );"#).len(),
            1
        );
        for t in [
            "define('DB_PASSWORD', 'password_here');",
            "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
            "define('WP_DEBUG', 'false_value_x');",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn aws_key_id_of_letters_only() {
        // Base-32 key IDs can hold no digit at all.
        assert_eq!(
            found("Voici la clé pour l'outil d'emailing\u{a0}: AKIASPCMBIMSDKBDEMIT\nÀ très vite,"),
            [(Kind::ApiKey, "AKIASPCMBIMSDKBDEMIT".into())]
        );
        // The documentation's example key, and a long all-caps word, are not keys.
        assert!(found("key: AKIAIOSFODNN7EXAMPLE").is_empty());
        assert!(found("C'EST ANTICONSTITUTIONNELLEMENT INADMISSIBLE, la clé : rien").is_empty());
    }

    #[test]
    fn hex_key_near_a_key_word() {
        let f = found("Voici la clé pour l'outil d'emailing : a2785055375c6eb2cbae629a267e8a20");
        assert_eq!(f.len(), 1);
        assert!(found("Commande 4a5b6c7d8e9f0a1b2c3d4e5f60718293 expédiée").is_empty());
    }
    #[test]
    fn wifi_codes_and_keys_are_passwords() {
        for (t, v) in [
            (
                "le code wifi du showroom c'est Ondes-Douces-44",
                "Ondes-Douces-44",
            ),
            (
                "Code d'accès du Wi-Fi du salon : Lumiere2025",
                "Lumiere2025",
            ),
            ("WiFi key: Tr4vel-Lodge", "Tr4vel-Lodge"),
            ("clé wifi : Maison2024!", "Maison2024!"),
            (
                "wifi salon : LoungeCDG2E_Premium / clé WPA : K9v!m3Tz",
                "K9v!m3Tz",
            ),
            ("the wifi code for the studio is Pixel-88x", "Pixel-88x"),
        ] {
            assert_eq!(found(t), [(Kind::Password, v.to_string())], "{t}");
        }
        for t in [
            "le code d'accès du parking : 4521B",
            "Le code wifi est affiché à l'accueil",
            "the wifi code is on the fridge",
            "le wifi du salon est lent depuis le 12/03",
            "code wifi dans la description",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn a_code_written_like_a_password_and_xml_password_elements() {
        for (t, v) in [
            (
                "pour le compte insta le code c'est Mirabelle*88 tu changes pas",
                "Mirabelle*88",
            ),
            ("my code is tRuffle-2026, don't share", "tRuffle-2026"),
            (
                "<login><user>presse</user><password>Kx9#mPq2!</password></login>",
                "Kx9#mPq2!",
            ),
            ("<mdp>Brume_Sel77</mdp>", "Brume_Sel77"),
        ] {
            assert_eq!(found(t), [(Kind::Password, v.to_string())], "{t}");
        }
        for t in [
            "le code promo c'est PRINTEMPS20, valable jusqu'à dimanche",
            "le code c'est BIENVENUE10 sur tout le site",
            "le code d'accès est 4521B au portail",
            "the code is open-source, see the repo",
            "<password>${DB_PASSWORD}</password>",
            "<password>changeme</password>",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn hyphenated_adjective_is_not_a_value() {
        assert!(found("Your password is case-sensitive, check caps lock").is_empty());
        assert!(found("le mot de passe est auto-généré").is_empty());
        assert_eq!(
            found("password: correct-horse-battery-staple"),
            [(Kind::Password, "correct-horse-battery-staple".to_string())]
        );
        assert_eq!(
            found("mdp : Soleil-Levant"),
            [(Kind::Password, "Soleil-Levant".to_string())]
        );
    }

    #[test]
    fn pw_abbreviation() {
        assert!(found("pw: hunter2Blue!").contains(&(Kind::Password, "hunter2Blue!".into())));
        assert!(found("user admin / pw = Zx8!kq2").contains(&(Kind::Password, "Zx8!kq2".into())));
        for t in [
            "PW Sports 2025 catalogue",
            "the pw field is empty",
            "pwned again lol 123abc",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn password_set_or_changed_to_a_value() {
        for (t, v) in [
            (
                "I've reset your password to Welcome2025$ - change it",
                "Welcome2025$",
            ),
            (
                "J'ai changé le mot de passe en Printemps#42, tu peux",
                "Printemps#42",
            ),
            ("we set the shared password to 'Blue7Harbor'", "Blue7Harbor"),
            (
                "mdp réinitialisé ? oui, j'ai mis le mdp à Ko8!lapin",
                "Ko8!lapin",
            ),
        ] {
            assert!(
                found(t).contains(&(Kind::Password, v.into())),
                "{t}: {:?}",
                found(t)
            );
        }
        for t in [
            "We moved from password to 2FA logins last year.",
            "Please send the password to Marie by phone.",
            "Il a changé le mot de passe en urgence.",
            "Reset your password to continue.",
            "I changed my password to something stronger.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn password_after_a_time_adverb_or_a_hyphenated_word() {
        assert_eq!(
            found("The Shopify admin password is now Tangerine_Bay61"),
            [(Kind::Password, "Tangerine_Bay61".into())]
        );
        assert_eq!(
            found("le mot de passe est désormais Lagon-Bleu44"),
            [(Kind::Password, "Lagon-Bleu44".into())]
        );
        assert_eq!(
            found("Nouveau mot de passe du back-office : Falaise*731"),
            [(Kind::Password, "Falaise*731".into())]
        );
        for t in [
            "the password is now required at every login",
            "the password is still case-sensitive",
            "le mot de passe du back-office est toujours demandé",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn password_after_a_clause_that_ends_with_a_comma() {
        assert_eq!(
            found("le mdp du compte TikTok a changé, c'est maintenant Brume!Sel2027 — garde-le"),
            [(Kind::Password, "Brume!Sel2027".into())]
        );
        assert_eq!(
            found("the password for the Canva team changed, it is now Kr8#vTqL!29"),
            [(Kind::Password, "Kr8#vTqL!29".into())]
        );
        for t in [
            "le mot de passe du compte a changé, c'est maintenant beaucoup plus sûr",
            "the password policy changed, it is now stricter for every account",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn password_after_an_arrow_or_a_passphrase() {
        assert_eq!(
            found("Mot de passe provisoire -> Galet!Bleu09"),
            [(Kind::Password, "Galet!Bleu09".into())]
        );
        assert_eq!(
            found("mdp => Corail#552"),
            [(Kind::Password, "Corail#552".into())]
        );
        assert_eq!(
            found("the passphrase for the shared vault is Orchid-Lantern-77"),
            [(Kind::Password, "Orchid-Lantern-77".into())]
        );
        for t in [
            "Mot de passe -> voir le coffre-fort",
            "the pass -> gate B for the crew",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn passphrase_of_lowercase_words() {
        for (t, v) in [
            (
                "wifi password for the pop-up is sunny otter paper lamp",
                "sunny otter paper lamp",
            ),
            (
                "passphrase: correct horse battery staple",
                "correct horse battery staple",
            ),
            (
                "mot de passe : cerise lundi vélo montagne, tu notes",
                "cerise lundi vélo montagne",
            ),
            (
                "the vault password is velvet canyon drum ocean.",
                "velvet canyon drum ocean",
            ),
        ] {
            assert_eq!(found(t), [(Kind::Password, v.into())], "{t}");
        }
        for t in [
            "the password is stored in your vault",
            "the password is sent by email tomorrow morning",
            "le mot de passe est envoyé séparément demain matin",
            "your password is changed every ninety days",
            "the password is case sensitive and expires monthly",
            "password is required before every login attempt",
            "mot de passe : voir le coffre-fort partagé",
            "the password is correct horse battery staple plus extra words here",
            "password reset emails arrive within minutes",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn credential_pairs_without_a_password_word() {
        assert_eq!(
            found("les identifiants du compte TikTok : studio.mirabelle / Cerise!88"),
            [(Kind::Password, "Cerise!88".into())]
        );
        assert_eq!(
            found("creds: ops@brand.fr / Hx7!pq2w for the dashboard"),
            [(Kind::Password, "Hx7!pq2w".into())]
        );
        assert_eq!(
            found("Login = admin / S3cret-Day"),
            [(Kind::Password, "S3cret-Day".into())]
        );
        assert_eq!(
            found(
                "Accès du compte TikTok partagé avec l'influenceuse : brume.off / Tiktok_Brume77"
            ),
            [(Kind::Password, "Tiktok_Brume77".into())]
        );
        assert_eq!(
            found("access to the staging CMS: editor / Quartz-Lake-42"),
            [(Kind::Password, "Quartz-Lake-42".into())]
        );
        // Without the colon, the pair follows the word and the value is a strong password.
        assert_eq!(
            found("The wifi admin page: login admin / Ecole#Wifi2024."),
            [(Kind::Password, "Ecole#Wifi2024".into())]
        );
        assert_eq!(
            found("credentials admin/Sup3r-S3cret for the router"),
            [(Kind::Password, "Sup3r-S3cret".into())]
        );
        for t in [
            "login admin / password",
            "login admin / Marketing",
            "access all areas / backstage passes",
            "logins 2023/2024 are archived",
            "login page / Settings2 menu",
            "Accès : lundi / mardi, de 9 h à 18 h",
            "access: public / private, your choice",
            "Accès au parking : niveau -1 / place 42",
            "identifiants : nom / prénom, à remplir",
            "login: user / password",
            "credentials: see the vault / ask Léa",
            "Identifiant client : 48213 / commande du 12/11",
            "les identifiants sont dans le coffre, demande à Paul / Léa",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn service_connection_strings_hold_passwords_web_urls_api_credentials() {
        assert_eq!(
            found("upload to ftp://upload:Br1oche77x@files.maison-vireo.ch/incoming"),
            [(Kind::Password, "Br1oche77x".into())]
        );
        assert_eq!(
            found("postgres://report:S3cr3tPa55@db.internal:5432/prod"),
            [(Kind::Password, "S3cr3tPa55".into())]
        );
        assert_eq!(
            found("https://cafeb4b3:d3adb33f@enterprise.contribsys.com/"),
            [(Kind::ApiKey, "cafeb4b3:d3adb33f".into())]
        );
        assert!(found("smtp://news:${SMTP_PASSWORD}@mail.example.org").is_empty());
        // A documentation sample's password is the word itself.
        assert!(found("DATABASE_URL=postgres://user:password@localhost:5432/mydb").is_empty());
        assert_eq!(
            found("DATABASE_URL=postgres://user:pa55word-Q7@localhost:5432/mydb"),
            [(Kind::Password, "pa55word-Q7".into())]
        );
    }

    #[test]
    fn base64_encoded_private_keys() {
        let key = "LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUJrM21RN3hMMnBaOXZSNHRXOG5DM2JZNmhGMWRTNWdKMGFFMnVJb0s4cVpvQW9HQ0NxR1NNNDkK";
        assert_eq!(
            found(&format!(
                "users:\n- name: admin\n  user:\n    client-key-data: {key}"
            )),
            [(Kind::PrivateKey, key.into())]
        );
        // The certificate next to it, encoded the same way, is no private key.
        let cert = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURkekNDQWwrZ0F3SUJBZ0lFQWdBQXVUQU5CZ2txaGtpRzl3MEJBUVVGQURCYU1Rc3dDUVlEVlFRR0V3SkoK";
        let kinds: Vec<Kind> = found(&format!("    client-certificate-data: {cert}"))
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert!(!kinds.contains(&Kind::PrivateKey), "{kinds:?}");
    }

    #[test]
    fn no_break_space_before_the_colon_trailing_equals_and_a_dollar_sign() {
        for (t, v) in [
            (
                "Le mot de passe du wifi du showroom\u{202f}: p0Mp0m6 On garde",
                "p0Mp0m6",
            ),
            ("mdp\u{a0}: Kiwi.47= (à changer)", "Kiwi.47="),
            ("PW: Lirac_07= - please rotate it", "Lirac_07="),
            ("password=Galaxy_83= x", "Galaxy_83="),
            ("Hey, ads account: a@b.fr / pass $P@mH8R5DG", "$P@mH8R5DG"),
            ("PW: $$%lUEu94jTrFQP - please", "$$%lUEu94jTrFQP"),
            (
                "Identifiants de la boutique : yanis.sneakers / %^LBrn3yu4sXv0=",
                "%^LBrn3yu4sXv0=",
            ),
        ] {
            assert_eq!(found(t), [(Kind::Password, v.into())], "{t}");
        }
        for t in [
            "password=$DB_PASSWORD in the env",
            "pass: $HOME/bin/pw",
            "mdp : ${MDP}",
            "the pass costs $20.00",
            "https://example.com/login?user=bob&password=x1&next=",
            "le mot de passe\u{a0}: on ne vous le demandera jamais",
        ] {
            assert!(
                found(t).iter().all(|f| f.0 != Kind::Password),
                "{t}: {:?}",
                found(t)
            );
        }
    }

    #[test]
    fn brevo_keys() {
        let key = "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";
        assert_eq!(
            found(&format!("La clé de l'outil newsletter, c'est {key} merci")),
            [(Kind::ApiKey, key.into())]
        );
        // The prefix alone, or a short suffix, is no key.
        assert!(found("les clés Brevo commencent par xkeysib-").is_empty());
        assert!(found("xkeysib-0a1b2c3d-short").is_empty());
    }

    #[test]
    fn service_account_marker_only_stands_in_for_a_missing_key() {
        let key = format!(
            "-----BEGIN PRIVATE KEY-----\\n{}\\n-----END PRIVATE KEY-----",
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7".repeat(3)
        );
        let with_key = format!(r#"{{"type": "service_account", "private_key": "{key}\n"}}"#);
        let kinds: Vec<Kind> = found(&with_key).into_iter().map(|f| f.0).collect();
        assert_eq!(kinds, [Kind::PrivateKey]);
        assert_eq!(
            found(r#"{"type": "service_account", "project_id": "demo"}"#),
            [(Kind::ApiKey, r#""type": "service_account""#.into())]
        );
    }

    #[test]
    fn aws_secret_half_after_its_key_id_and_quoted_values() {
        assert_eq!(
            found("Leaked creds: AKIAWIVC5M7KOIFPEDAY / EoN0HyycjEVvh2AZToXO+rjnl9J3DSKSLVPdo/r6, rotate"),
            [
                (Kind::ApiKey, "AKIAWIVC5M7KOIFPEDAY".into()),
                (Kind::ApiKey, "EoN0HyycjEVvh2AZToXO+rjnl9J3DSKSLVPdo/r6".into())
            ]
        );
        assert_eq!(
            found("id AKIAWIVC5M7KOIFPEDAY secret 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"),
            [
                (Kind::ApiKey, "AKIAWIVC5M7KOIFPEDAY".into()),
                (
                    Kind::ApiKey,
                    "EoN0HyycjEVvh2AZToXO+rjnl9J3DSKSLVPdo/r6".into()
                )
            ]
        );
        // A 40-char run on the next line, or without a digit, is not the key's secret half.
        assert_eq!(
            found("id AKIAWIVC5M7KOIFPEDAY\nEoN0HyycjEVvh2AZToXO+rjnl9J3DSKSLVPdo/r6"),
            [(Kind::ApiKey, "AKIAWIVC5M7KOIFPEDAY".into())]
        );
        for (t, v) in [
            (
                "librairie@orange.fr / mot de passe « Pages&Plumes42 ».",
                "Pages&Plumes42",
            ),
            (
                "mot de passe : «\u{a0}Pages&Plumes42\u{a0}»",
                "Pages&Plumes42",
            ),
            ("the password “Sunset#2024” works", "Sunset#2024"),
        ] {
            assert_eq!(found(t), [(Kind::Password, v.into())], "{t}");
        }
        for t in [
            "cliquez sur « Mot de passe oublié »",
            "le mot de passe « oublié » ne marche pas",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}

#[cfg(test)]
mod profile {
    use super::*;

    #[test]
    #[ignore]
    fn secret_parts_profile() {
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
        let parts: Vec<(&str, &Regex)> = vec![
            ("pem", &PEM),
            ("jwt", &JWT),
            ("bearer", &BEARER),
            ("password", &PASSWORD),
            ("assignment", &crate::secret_context::ASSIGNMENT),
            ("url_cred", &URL_CREDENTIALS),
        ];
        for (name, re) in parts {
            let t = std::time::Instant::now();
            let mut n = 0;
            for m in &msgs {
                n += re.find_iter(m).count();
            }
            println!(
                "{name:12} {:>8.2} µs/msg ({n})",
                t.elapsed().as_secs_f64() * 1e6 / msgs.len() as f64
            );
        }
        let t = std::time::Instant::now();
        for m in &msgs {
            std::hint::black_box(Keywords::find(m));
        }
        println!(
            "keywords     {:>8.2} µs/msg",
            t.elapsed().as_secs_f64() * 1e6 / msgs.len() as f64
        );
        let t = std::time::Instant::now();
        for m in &msgs {
            let mut h = Vec::new();
            detect(m, &mut h);
        }
        println!(
            "detect       {:>8.2} µs/msg",
            t.elapsed().as_secs_f64() * 1e6 / msgs.len() as f64
        );
    }
}
