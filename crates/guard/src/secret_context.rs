//! Secrets found by their context rather than their shape: `name = value` assignments in code
//! and configs, credentials on a curl command line, and the keyword scan that decides which of
//! these regexes run at all.
//!
//! False-positive traps avoided: key names that name an id, a path, a length or a public key
//! (`credentialsId`, `key_length`, `public_key`), template and shell variables (`$PASSWORD`,
//! `{{ .Values.password }}`), dummy credentials (`user:pass`, `username:password`).
use std::sync::LazyLock;

#[cfg(test)]
use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::secret::{looks_like_password, looks_random, placeholder};
use crate::{Hit, Kind};

/// Which secret words a text contains (one case-insensitive automaton pass), so that each
/// context regex runs only where it can match.
#[derive(Default)]
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(crate) struct Keywords {
    pub password: bool,
    pub bearer: bool,
    pub near: bool,
    /// "wifi" / "wi-fi": a Wi-Fi code or key may follow.
    pub wifi: bool,
    /// "identifiants", "credentials", "creds", "login": a `user / password` pair may follow.
    pub pair: bool,
    /// A database, registry or SSH client, or a `--pass…` flag: a command line may hold a
    /// password (see [`CLI_PASSWORD`]).
    pub cli: bool,
    /// Byte offsets of words that can name an assigned secret.
    pub assign: Vec<usize>,
}

/// The secret words, by group: password (0..=5), bearer (6, 7), assignment (8..=13), near
/// (14..=18), Wi-Fi (19, 20, 30), credential pairs (21, 22, 24, 25, and 12, 13), command-line
/// clients (26..=29, and 0, 13).
const KEYWORDS: &[&str] = &[
    "pass",
    "pw", // also finds every "pwd"
    "mdp",
    "mot de passe",
    "kennwort",
    "contraseña", // 0..=5 password
    "bearer",
    "basic", // 6, 7
    "key",
    "token",
    "secret",
    "auth",
    "credential",
    "login", // 8..=13 assignment
    "clé",
    "CLÉ",
    "Clé",
    "cle",
    "jeton", // 14..=18 near
    "wifi",
    "wi-fi", // 19, 20 Wi-Fi codes and keys
    "identifiant",
    "creds", // 21, 22 credential pairs (with "credential" and "login")
    "pasw",  // 23 password: the misspelling "pasword"
    "acces",
    "accès", // 24, 25 credential pairs: « accès du compte : x / y », "access: x / y"
    "mysql",
    "mariadb",
    "mongo",
    "redis-cli", // 26..=29 clients given a password on their command line (with "pass", "login")
    "wpa",       // 30 Wi-Fi codes and keys
];

impl Keywords {
    pub(crate) fn find(text: &str) -> Keywords {
        static DFA: LazyLock<aho_corasick::dfa::DFA> =
            LazyLock::new(|| crate::triggers::dfa(KEYWORDS, true));
        let mut k = Keywords::default();
        crate::triggers::standard(&DFA, text.as_bytes(), |p, start| k.note(p, start));
        k
    }

    fn note(&mut self, p: usize, start: usize) {
        match p {
            0..=5 | 23 => self.password = true,
            6 | 7 => self.bearer = true,
            19 | 20 | 30 => self.wifi = true,
            12 | 13 | 21 | 22 | 24 | 25 => self.pair = true,
            _ => {}
        }
        if matches!(p, 0 | 1 | 8..=13 | 23) {
            self.assign.push(start);
        }
        if matches!(p, 8..=10 | 14..=18) {
            self.near = true;
        }
        if matches!(p, 0 | 13 | 26..=29) {
            self.cli = true;
        }
    }

    /// [`Keywords::find`] with `AhoCorasick::find_iter` (property-tested against it).
    #[cfg(test)]
    pub(crate) fn reference(text: &str) -> Keywords {
        static AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
            AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .ascii_case_insensitive(true)
                .build(KEYWORDS)
                .expect("static automaton")
        });
        let mut k = Keywords::default();
        for m in AC.find_iter(text) {
            k.note(m.pattern().as_usize(), m.start());
        }
        k
    }
}

/// Merged byte windows `[p - before, p + after)` around positions, on char boundaries.
pub(crate) fn windows(
    text: &str,
    at: &[usize],
    before: usize,
    after: usize,
) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &p in at {
        let s = crate::text::ceil_char_boundary(text, p.saturating_sub(before));
        let e = crate::text::floor_char_boundary(text, p + after);
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// A run of 12+ letters/digits mixing digits and letters or cases, or of 20+ with an uppercase
/// letter past its first char: the least any key has (an AWS access key ID is `AKIA` and 16
/// base-32 characters, all of them letters about one time in thirty: `AKIASPCMBIMSDKBDEMIT`).
/// Runs on every message: one table look-up a byte gives the classes that four `is_ascii_*`
/// tests gave, and the run's classes are one bit set.
pub(crate) fn secretish_run(b: &[u8]) -> bool {
    run_of_classes(b)
}

/// A run of 16+ letters, digits, `_` and `-` that holds a `_` or `-` and mixes digits and
/// letters, or of 20+ that mixes cases: prefixed keys such as `glpat-jruYDGZp_RV_3YKfY2y8` or
/// `glpat-bFkQJJrv_PLtzEzMbqTt` hold no 12-char alphanumeric piece. Only the runs around a `_` or `-` are read (hyphenated words are short), and it is
/// asked only when [`secretish_run`] failed.
pub(crate) fn secretish_joined_run(b: &[u8]) -> bool {
    let run_char = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
    let mut done = 0;
    for j in memchr::memchr2_iter(b'_', b'-', b) {
        if j < done {
            continue;
        }
        let mut s = j;
        while s > 0 && run_char(b[s - 1]) {
            s -= 1;
        }
        let mut e = j + 1;
        while e < b.len() && run_char(b[e]) {
            e += 1;
        }
        done = e;
        let run = &b[s..e];
        let mixed_case = run.len() >= 20
            && run.iter().any(u8::is_ascii_lowercase)
            && run[1..].iter().any(u8::is_ascii_uppercase);
        if run.len() >= 16
            && (run.iter().any(u8::is_ascii_digit) && run.iter().any(u8::is_ascii_alphabetic)
                || mixed_case)
        {
            return true;
        }
    }
    false
}

fn run_of_classes(b: &[u8]) -> bool {
    const DIGIT: u8 = 1;
    const ALPHA: u8 = 2;
    const LOWER: u8 = 4;
    const UPPER: u8 = 8;
    const CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            let c = i as u8;
            t[i] = if c.is_ascii_digit() {
                DIGIT
            } else if c.is_ascii_lowercase() {
                ALPHA | LOWER
            } else if c.is_ascii_uppercase() {
                ALPHA | UPPER
            } else {
                0
            };
            i += 1;
        }
        t
    };
    // Most runs are words shorter than 12 bytes: their classes are only gathered once a run
    // reaches that length, so the usual byte costs a look-up, a test and a count.
    let need = 12;
    let (mut len, mut seen) = (0usize, 0u8);
    for (i, &c) in b.iter().enumerate() {
        let k = CLASS[usize::from(c)];
        if k == 0 {
            len = 0;
            continue;
        }
        len += 1;
        if len < need {
            continue;
        }
        if len == need {
            let Some((&first, rest)) = b.get(i + 1 - need..=i).and_then(<[u8]>::split_first) else {
                return false;
            };
            // An uppercase letter counts only inside the run, not as its first char.
            seen = CLASS[usize::from(first)] & !UPPER;
            for &x in rest {
                seen |= CLASS[usize::from(x)];
            }
        } else {
            seen |= k;
        }
        if seen & (DIGIT | ALPHA) == DIGIT | ALPHA
            || seen & (UPPER | LOWER) == UPPER | LOWER
            || len >= 20 && seen & UPPER != 0
        {
            return true;
        }
    }
    false
}

/// The flag-by-flag form of [`secretish_run`] (property-tested against it).
#[cfg(test)]
pub(crate) fn secretish_run_reference(b: &[u8], joined: bool) -> bool {
    let (mut len, mut digit, mut alpha, mut upper_inside, mut lower) =
        (0usize, false, false, false, false);
    for &c in b {
        if c.is_ascii_alphanumeric() || (joined && matches!(c, b'_' | b'-')) {
            if len > 0 && c.is_ascii_uppercase() {
                upper_inside = true;
            }
            len += 1;
            digit |= c.is_ascii_digit();
            alpha |= c.is_ascii_alphabetic();
            lower |= c.is_ascii_lowercase();
            let hit = if joined {
                len >= 16 && digit && alpha || len >= 20 && upper_inside && lower
            } else {
                len >= 12 && ((digit && alpha) || (upper_inside && lower))
                    || len >= 20 && upper_inside
            };
            if hit {
                return true;
            }
        } else {
            (len, digit, alpha, upper_inside, lower) = (0, false, false, false, false);
        }
    }
    false
}

/// `name <op> value` assignments in code, configs and shells (`API_KEY="…"`, `token: …`,
/// `SNYK_TOKEN ?= …`). The name must contain a secret word; the value is checked in code.
pub(crate) static ASSIGNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)([A-Za-z0-9_.\-]{0,40}(?:key|token|secret|passw(?:or)?d|pwd|pass|auth|credentials?|passphrase|login|bearer)[A-Za-z0-9_.\-]{0,30})",
        r"[\x22'`\]]{0,2}\s*(?:=|:=|::=|:::=|\?=|\|\|=|=>|->|:)[ \t]*(?:[\x22'`]|\(\s*[\x22'])?",
        r"([A-Za-z0-9_\-+/=~!@#$%^&*.:]{8,200})",
    ))
    .expect("static regex")
});

/// Credentials given to curl with `-u` / `--user`.
static CURL_USER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:^|\s)(?:-u|--user)\s+((?:"[^"\n]*"|'[^'\n]*'|[^\s'"])+)"#)
        .expect("static regex")
});

/// Secret headers in a command line (`-H "Authorization: Bearer …"`, `-H "X-Api-Token: …"`).
static CURL_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:-H|--header)\s*["']?(?:authorization|[a-z0-9\-]*(?:token|api-?key|secret|auth)[a-z0-9\-]*)\s*:\s*(?:(?:bearer|basic|token|apikey)\s+)?([^\s"'\\]{8,})"#).expect("static regex")
});

/// A documentation credential's password: the word "password" itself, `changeme`, `xxx`…
/// (`curl -u user:password`, `postgres://user:password@localhost/db`).
pub(crate) fn dummy_password(pass: &str) -> bool {
    const DUMMY: [&str; 12] = [
        "password", "pass", "passwd", "token", "secret", "test", "apikey", "api_key", "yyy", "xxx",
        "pwd", "changeme",
    ];
    DUMMY.iter().any(|d| d.eq_ignore_ascii_case(pass))
}

/// `scheme://user:password@host`.
pub(crate) static URL_CREDENTIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)[a-z][a-z0-9+.\-]{1,15}://([^\s:/@'\x22]{0,64}:[^\s/@'\x22]{3,128})@[A-Za-z0-9.\-]+").expect("static regex")
});

pub(crate) fn detect_command_line(text: &str, hits: &mut Vec<Hit>) {
    for c in CURL_USER.captures_iter(text) {
        if let Some(v) = c.get(1) {
            let raw = v.as_str();
            let inner = raw.trim_matches(['"', '\'']);
            if inner.contains("{{") {
                continue;
            }
            if let Some((user, pass)) = inner.split_once(':') {
                let pass = pass.trim_matches(['"', '\'', '{', '}']);
                let fake = pass.len() < 4
                    || pass == user.trim_matches(['"', '\'', '{', '}'])
                    || dummy_password(pass)
                    || pass.starts_with(['$', '[', '<', '%'])
                    || user.starts_with(['$', '<', '['])
                    || placeholder(pass);
                if !fake && !inner.starts_with("http") {
                    hits.push(Hit::new(Kind::Password, v.start(), v.end()));
                }
            }
        }
    }
    for c in CURL_HEADER.captures_iter(text) {
        if let Some(v) = c.get(1) {
            let val = v.as_str();
            // After `Bearer`, the bearer rule has read a token (or a known key by its prefix).
            let head = text[..v.start()].trim_end().as_bytes();
            let bearer = head.len() >= 6 && head[head.len() - 6..].eq_ignore_ascii_case(b"bearer");
            if !bearer && !val.starts_with(['$', '{', '<']) && !placeholder(val) && val.len() >= 8 {
                hits.push(Hit::new(Kind::ApiKey, v.start(), v.end()));
            }
        }
    }
}

/// A password handed to a database, registry or SSH client on its command line: `mysql -u app
/// -pS3cret` (glued to `-p`: a separate word after `-p` is the database, the password being
/// prompted), `docker login -u bot -p S3cret`, `mongosh -p S3cret`, `sshpass -p S3cret ssh …`,
/// `redis-cli -a S3cret`, and `--password=S3cret` anywhere. Each client's flag only: `-p` is a
/// port for `psql`, `ssh` and `docker run`.
static CLI_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?-u:\b)(?:(?:mysql|mysqldump|mysqladmin|mariadb)[ \t][^\n|;&]*?[ \t]-p(['"]?[^\s'"-][^\s'"]*['"]?)"#,
        r#"|(?:(?:docker|podman|nerdctl)[ \t]+login|mongo|mongosh|sshpass)[ \t][^\n|;&]*?-p[ \t]+(['"]?[^\s'"]+['"]?)"#,
        r#"|sshpass[ \t]+-p[ \t]*(['"]?[^\s'"]+['"]?)"#,
        r#"|redis-cli[ \t][^\n|;&]*?-a[ \t]+(['"]?[^\s'"]+['"]?)"#,
        r#"|[ \t]--(?:password|passwd|pass)=(['"]?[^\s'"]+['"]?))"#,
    ))
    .expect("static regex")
});

/// The passwords of [`CLI_PASSWORD`], value only (quotes left out).
pub(crate) fn detect_cli_passwords(text: &str, hits: &mut Vec<Hit>) {
    for c in CLI_PASSWORD.captures_iter(text) {
        let Some(v) = c.iter().skip(1).flatten().next() else {
            continue;
        };
        push_quoted_password(v, hits);
    }
}

/// A password value that may stand in quotes: the value without them, when it reads as one.
fn push_quoted_password(v: regex::Match<'_>, hits: &mut Vec<Hit>) {
    let raw = v.as_str();
    let val = raw.trim_matches(['"', '\'']);
    let start = v.start() + (raw.len() - raw.trim_start_matches(['"', '\'']).len());
    if looks_like_password(val) && !placeholder(val) && !dummy_password(val) {
        hits.push(Hit::new(Kind::Password, start, start + val.len()));
    }
}

/// A container's environment in a manifest: `- name: SMTP_PASSWORD` then `value: "…"` on the
/// next line (Kubernetes, Compose's long form); the value of a password-named variable.
static MANIFEST_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)name:[ \t]*["']?[A-Za-z0-9_.\-]*(?i:pass|pwd)[A-Za-z0-9_.\-]*["']?[ \t]*\r?\n[ \t]*value:[ \t]*(['"]?[^\s'"]+['"]?)[ \t]*$"#)
        .expect("static regex")
});

/// The passwords of [`MANIFEST_PASSWORD`], value only (quotes left out).
pub(crate) fn detect_manifest_passwords(text: &str, hits: &mut Vec<Hit>) {
    for c in MANIFEST_PASSWORD.captures_iter(text) {
        let Some(v) = c.get(1) else {
            continue;
        };
        push_quoted_password(v, hits);
    }
}

/// Key names that name a secret's id, location or shape rather than the secret itself.
fn harmless_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    let n = n.trim_end_matches(['"', '\'', '`', ']']);
    const SUFFIXES: &[&str] = &[
        "id",
        "ids",
        "name",
        "names",
        "url",
        "uri",
        "file",
        "path",
        "length",
        "len",
        "size",
        "type",
        "version",
        "format",
        "vault",
        "chars",
        "str",
        "alias",
        "field",
        "header",
        "prefix",
        "hint",
        "policy",
        "count",
        "usage",
        "store",
        "dir",
        "env",
        "arn",
        "region",
        "algorithm",
        "algo",
        "mode",
        "endpoint",
        "host",
        "label",
        "ttl",
        "expiry",
        "expires",
        "expiration",
        "timeout",
    ];
    n.contains("public")
        || n.contains("pubkey")
        || n.contains("csrf")
        || n.contains("xsrf")
        || n.starts_with("pub_")
        || n.contains("keyboard")
        || n.contains("monkey")
        || n.contains("turkey")
        || n.contains("keystore")
        || n.contains("keyfile")
        || n.contains("keysize")
        || n.contains("tokenizer")
        || SUFFIXES.iter().any(|s| {
            n.ends_with(s) && n.len() > s.len() && {
                let before = n.as_bytes()[n.len() - s.len() - 1];
                matches!(before, b'_' | b'-' | b'.')
                    || (s.len() >= 2 && name.as_bytes()[name.len() - s.len()].is_ascii_uppercase())
            }
        })
}

/// PHP's `define('DB_PASSWORD', 'value')` (WordPress's `wp-config.php`, pasted whole): a
/// constant's quoted name, a comma, its quoted value.
static DEFINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?i)(?-u:\b)define\(\s*['"]([A-Za-z0-9_]{0,40}(?:key|token|secret|passw(?:or)?d|pwd|pass|auth|salt)[A-Za-z0-9_]{0,30})['"]\s*,\s*['"]"#,
        r"([A-Za-z0-9_\-+/=~!@#$%^&*.:]{8,200})['\x22]",
    ))
    .expect("static regex")
});

pub(crate) fn detect_assignments(text: &str, base: usize, hits: &mut Vec<Hit>) {
    let defines = if memchr::memmem::find(text.as_bytes(), b"define(").is_some() {
        Some(DEFINE.captures_iter(text))
    } else {
        None
    };
    for c in ASSIGNMENT
        .captures_iter(text)
        .chain(defines.into_iter().flatten())
    {
        let (Some(name), Some(v)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let mut val = v.as_str().trim_end_matches([',', ';', ')', ':']);
        val = val.trim_end_matches(['.']);
        if harmless_name(name.as_str())
            || val.contains("://")
            || placeholder(val)
            || v.as_str().contains("..")
        {
            continue;
        }
        let lname = name.as_str().to_ascii_lowercase();
        let password_name = ["passw", "pwd", "pass"].iter().any(|p| lname.contains(p))
            && !lname.contains("passport");
        // Dotted values are identifiers (`XSalsa20.key_length`, hostnames), not secrets.
        let dotted = val.split('.').filter(|p| !p.is_empty()).count() > 1;
        if password_name {
            if looks_like_password(val) && !val.starts_with(['$', '%', '{']) {
                hits.push(Hit::new(
                    Kind::Password,
                    base + v.start(),
                    base + v.start() + val.len(),
                ));
            }
        } else if !dotted && (looks_random(val) || uuid_like(val)) {
            hits.push(Hit::new(
                Kind::ApiKey,
                base + v.start(),
                base + v.start() + val.len(),
            ));
        }
    }
}

/// 8-4-4-4-12 hexadecimal (Heroku, Snyk… keys; other ids are filtered by their key name).
pub(crate) fn uuid_like(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_hexdigit()))
}
