//! E-mail addresses and IP addresses.
//!
//! E-mail: the usual `local@domain.tld` grammar (dots, `+`, `_`, `%`, `-` in the local part; a
//! dotted domain whose last label is alphabetic or punycode). Trap avoided: social @handles
//! (`@jade.beauty`, `@thefitmum`) have no local part and are not addresses. Addresses written
//! against harvesters, with a bracketed "at" and "dot" (`marco.bianchi [at] ticino-design [dot]
//! ch`, `jb(at)gmail.com`), are addresses too; a bare " at " is English and is not read as `@`.
//!
//! IP: IPv4 with every octet ≤ 255, IPv6 in all its forms (compressed, IPv4-mapped, zone index,
//! CIDR suffix) validated by the standard library's parser. Traps avoided: version numbers
//! (`1.2.3`, "version 10.2.3.4"), section numbers ("section 3.2.1.4", "§ 2.1.3.1"), times and ratios (`12:34:56`, `1:2:3:4`), MAC addresses, C++/Rust paths
//! (`std::cout`), addresses glued to words (`IP192.168.1.1text`). Addresses inside URLs are
//! reported by the link detector (`link/ip_host`), not here.
use std::net::Ipv6Addr;
use std::sync::LazyLock;

use regex::Regex;

use crate::text::{alnum_at, alnum_before, char_at, char_before};
use crate::{Hit, Kind};

const EMAIL_SRC: &str = r"[\p{L}\p{N}](?:[\p{L}\p{N}._%+\-]{0,63}[\p{L}\p{N}_%+\-])?@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}))*\.(?:xn--[a-z0-9]{2,30}|[A-Za-z]{2,24})(?-u:\b)";

static EMAIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(EMAIL_SRC).expect("static regex"));

/// `EMAIL` for ASCII text, where `\p{L}\p{N}` is `[A-Za-z0-9]`: the same matches, from an
/// automaton a fraction of the size (the Unicode classes under `{0,63}` made every search cost
/// several thousand instructions).
static EMAIL_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&EMAIL_SRC.replace(r"\p{L}\p{N}", "A-Za-z0-9")).expect("static regex")
});
/// An address with a bracketed "at" (`[at]`, `(at)`, `{at}`, any case, spaced or not; in French
/// `(arobase)`) and dots that may be bracketed "dot"s (« (point) ») too. Run only when the text has a bracketed "at".
static EMAIL_OBFUSCATED: LazyLock<Regex> = LazyLock::new(|| {
    let at = r"[ \t]?[\[({][ \t]?(?i:at|arobase?)[ \t]?[\])}][ \t]?";
    let hidden_dot = r"[ \t]?[\[({][ \t]?(?i:dot|point)[ \t]?[\])}][ \t]?";
    let dot = format!(r"(?:\.|{hidden_dot})");
    // The local part may hide its dots too: `marie[dot]durand[at]gmail[dot]com`.
    let local = r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,63}[A-Za-z0-9_%+\-])?";
    Regex::new(&format!(
        r"{local}(?:{hidden_dot}{local}){{0,3}}{at}[A-Za-z0-9][A-Za-z0-9\-]{{0,62}}(?:{dot}[A-Za-z0-9][A-Za-z0-9\-]{{0,62}})*{dot}[A-Za-z]{{2,24}}(?-u:\b)"
    ))
    .expect("static regex")
});

/// An address spelled out to dodge scrapers: `name at domain dot com`, or with spaces around
/// `@` and the dots (`jess_k93 @ gmail . com`). Run only when the text has ` dot ` or ` @ `-ish
/// spacing; see [`spelled_mailbox`] for what the local part and domain must show.
static EMAIL_SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    let at = r"(?:[ \t]+(?:at|AT|arobase|AROBASE|arobas)[ \t]+|[ \t]*@[ \t]*)";
    let dot = r"(?:[ \t]+(?:dot|DOT|point|POINT)[ \t]+|[ \t]*\.[ \t]*)";
    let word = r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,63}[A-Za-z0-9_%+\-])?";
    Regex::new(&format!(
        r"(?-u:\b)({word}(?:{SPELLED_DOT}{word})?){at}([A-Za-z0-9][A-Za-z0-9\-]{{0,62}}(?:{dot}[A-Za-z0-9][A-Za-z0-9\-]{{0,62}})*){dot}(?i:com|fr|net|org|io|co|be|ch|ca|de|eu|me|uk|info)(?-u:\b)"
    ))
    .expect("static regex")
});

/// A dot spelled as a word, the only kind a spelled local part may hold (`camille point roussel`).
const SPELLED_DOT: &str = r"[ \t]+(?:dot|DOT|point|POINT)[ \t]+";

/// Mail providers whose name alone after "at" makes an address of a plain word.
const MAIL_PROVIDERS: &[&str] = &[
    "gmail",
    "googlemail",
    "yahoo",
    "hotmail",
    "outlook",
    "live",
    "icloud",
    "orange",
    "free",
    "laposte",
    "wanadoo",
    "sfr",
    "proton",
    "protonmail",
    "gmx",
    "aol",
];

/// A spelled address needs a spaced form (the plain one is [`EMAIL`]'s) and a local part that is
/// no plain word (`dana.whitfield`, `jess_k93`) or a mail provider's domain: "look at amazon dot
/// com" and "meet at the cafe" are prose.
fn spelled_mailbox(m: &regex::Captures<'_>) -> bool {
    let all = m.get(0).map_or("", |x| x.as_str());
    let local = m.get(1).map_or("", |x| x.as_str());
    let domain = m.get(2).map_or("", |x| x.as_str()).to_ascii_lowercase();
    let first = domain.split([' ', '\t', '.']).next().unwrap_or("");
    all.contains([' ', '\t'])
        && local.bytes().any(|c| c.is_ascii_alphabetic())
        && domain.bytes().any(|c| c.is_ascii_alphabetic())
        && (local
            .bytes()
            .any(|c| matches!(c, b'.' | b'_' | b'+' | b' ' | b'\t') || c.is_ascii_digit())
            || MAIL_PROVIDERS.contains(&first))
}

/// Does the text hold a spelled "dot" or a spaced "@"?
fn spelled_at(b: &[u8]) -> bool {
    (memchr::memchr(b'@', b).is_some() && crate::text::has_bytes(b, b" @ "))
        || crate::text::has_bytes(b, b"arobas")
        || crate::text::has_bytes(b, b"AROBASE")
        || memchr::memchr2_iter(b'd', b'D', b).any(|i| {
            i > 0
                && b[i - 1] == b' '
                && b.get(i + 1..i + 4)
                    .is_some_and(|w| w == b"ot " || w == b"OT ")
        })
}

/// Does the text hold a bracketed "at" (`[at]`, `( AT )`, `(arobase)`…)?
fn bracketed_at(b: &[u8]) -> bool {
    memchr::memchr3_iter(b'[', b'(', b'{', b).any(|i| {
        let mut j = i + 1;
        if b.get(j) == Some(&b' ') {
            j += 1;
        }
        (b.get(j..j + 2)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"at"))
            && matches!(b.get(j + 2).copied(), Some(b']' | b')' | b'}' | b' ')))
            || b.get(j..j + 6)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"arobas"))
    })
}

static IPV4: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:/(?:3[0-2]|[12]?\d)(?-u:\b))?")
        .expect("static regex")
});

/// `postgres://report:S3cr3t@db.internal`: the "local part" after `user:` in a URL is the
/// password of its credentials (a secret finding), not an e-mail address.
fn url_password_before(text: &str, s: usize) -> bool {
    let Some(head) = text[..s].strip_suffix(':') else {
        return false;
    };
    let token = head.rsplit(char::is_whitespace).next().unwrap_or(head);
    token.contains("://") && !token.ends_with("://")
}

/// `git@github.com:shop/front.git`: `user@host:path` is an SSH/SCP remote, not a mailbox (the
/// colon is glued to a path; "écrivez à awa@x.fr: elle répond" keeps its blank).
fn scp_remote_after(text: &str, e: usize) -> bool {
    let b = text.as_bytes();
    b.get(e) == Some(&b':')
        && b.get(e + 1)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'~' | b'.' | b'_'))
}

/// `1.3.6.1.4.1.311`: four numbers followed by two more dotted numbers belong to a longer dotted
/// number (an OID, a long version), not to an IPv4 address. (One more, `192.168.1.1.1`, is
/// still read as an address with a stray suffix.)
fn dotted_on(text: &str, e: usize) -> bool {
    let b = text.as_bytes();
    let number = |i: usize| {
        let n = b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        (n > 0).then_some(i + n)
    };
    b.get(e) == Some(&b'.')
        && number(e + 1).is_some_and(|j| b.get(j) == Some(&b'.') && number(j + 1).is_some())
}

pub(crate) fn detect(text: &str, hits: &mut Vec<Hit>) {
    // The e-mail regex has no literal prefix: run it only in a window around each `@` (the local
    // part before it, the domain after it), never over the whole text.
    let mut done = 0;
    for at in memchr::memchr_iter(b'@', text.as_bytes()) {
        if at < done {
            continue;
        }
        let mut ws = at;
        for (i, c) in text[..at].char_indices().rev().take(66) {
            if !(c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')) {
                break;
            }
            ws = i;
        }
        let b = text.as_bytes();
        let mut we = at + 1;
        while we < b.len() && (b[we].is_ascii_alphanumeric() || matches!(b[we], b'.' | b'-')) {
            we += 1;
        }
        // One more char, so that the final word boundary sees the same neighbour.
        let lim = text[we..].chars().next().map_or(we, |c| we + c.len_utf8());
        let mut from = ws.max(done);
        loop {
            // The search reads `text[from..lim]` only (no look-behind).
            let re = if text[from..lim].is_ascii() {
                &*EMAIL_ASCII
            } else {
                &*EMAIL
            };
            let Some(m) = re.find_at(&text[..lim], from) else {
                break;
            };
            from = m.end();
            done = m.end();
            let s = m.start();
            if char_before(text, s)
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'))
            {
                continue;
            }
            // `https://TOKEN@github.com/…`: right after the scheme, the part before `@` is the
            // URL's user (or its access token), not a mailbox.
            if url_password_before(text, s)
                || text[..s].ends_with("://")
                || scp_remote_after(text, m.end())
            {
                continue;
            }
            hits.push(Hit::new(Kind::Email, s, m.end()));
        }
    }
    if bracketed_at(text.as_bytes()) {
        for m in EMAIL_OBFUSCATED.find_iter(text) {
            if char_before(text, m.start())
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'))
            {
                continue;
            }
            hits.push(Hit::new(Kind::Email, m.start(), m.end()));
        }
    }
    if spelled_at(text.as_bytes()) {
        for c in EMAIL_SPELLED.captures_iter(text) {
            let m = c.get(0).expect("group 0");
            if spelled_mailbox(&c) && char_before(text, m.start()).is_none_or(|c| c != '@') {
                hits.push(Hit::new(Kind::Email, m.start(), m.end()));
            }
        }
    }
    // An IPv4 address needs a digit, a dot and a digit.
    let b = text.as_bytes();
    let has_dot = memchr::memchr_iter(b'.', b).any(|i| {
        i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)
    });
    if has_dot {
        for m in IPV4.find_iter(text) {
            let (s, mut e) = (m.start(), m.end());
            if alnum_before(text, s) || char_before(text, s) == Some('.') {
                continue;
            }
            if alnum_at(text, e)
                || after_version_word(&text[..s])
                || labelled_version(&text[..s])
                || dotted_on(text, e)
            {
                continue;
            }
            if m.as_str().starts_with("127.") && local_testing(text, s, e) {
                continue;
            }
            // `10.0.0.0/123`: keep the address, not the bad prefix.
            if let Some(slash) = m.as_str().find('/') {
                if text[e..].starts_with(|c: char| c.is_ascii_digit()) {
                    e = s + slash;
                }
            }
            hits.push(Hit::new(Kind::Ip, s, e));
        }
    }
    if crate::text::has_bytes(text.as_bytes(), b":") {
        detect_v6(text, hits);
    }
}

/// A loopback address (`::1`, `127.0.0.1`) in a sentence about testing or development on one's
/// own machine ("use ::1 when you test the webhook locally", "for localhost testing only") is a
/// setting, not anyone's address. Without such a word ("connecting from ::1", "localhost
/// 127.0.0.1") it stays an IP. Runs only on loopback addresses.
fn local_testing(text: &str, s: usize, e: usize) -> bool {
    let from = crate::text::ceil_char_boundary(text, s.saturating_sub(80));
    let to = crate::text::floor_char_boundary(text, e + 80);
    let before = &text[from..s];
    let before = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    let after = &text[e..to];
    // The sentence ends at `!`, `?`, a new line or a dot before a space (not the dots of an
    // address or a host name).
    let end = after
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '!' | '?' | '\n') || (c == '.' && after[i + 1..].starts_with(' '))
        })
        .map_or(after.len(), |(i, _)| i);
    let after = &after[..end];
    const WORDS: &[&str] = &[
        "test",
        "tests",
        "testing",
        "tester",
        "teste",
        "testez",
        "dev",
        "development",
        "développement",
        "developpement",
        "debug",
        "debugging",
        "déboguer",
        "locally",
    ];
    [before, after].iter().any(|part| {
        part.split(|c: char| !c.is_alphanumeric())
            .any(|w| WORDS.iter().any(|k| w.eq_ignore_ascii_case(k)))
    })
}

/// "version 10.2.3.4", "build: 4.1.0.12", "firmware 2.0.1.7": a four-part version number;
/// "section 3.2.1.4", "article 4.1.2.3", "§ 2.1.3.1", "art. 1.2.1.4": a numbered part of a
/// document (terms, contracts, briefs).
fn after_version_word(before: &str) -> bool {
    let b = before.trim_end_matches([' ', '\t', ':', '\u{a0}']);
    if b.ends_with('§') {
        return true;
    }
    let b = b.strip_suffix('.').unwrap_or(b);
    let word = &b[b
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8))..];
    [
        "version",
        "build",
        "release",
        "firmware",
        "ver",
        "v",
        "section",
        "sections",
        "article",
        "articles",
        "art",
        "chapter",
        "chapitre",
        "clause",
        "paragraph",
        "paragraphe",
        "annexe",
        "appendix",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// « Version du firmware des scanners : 11.0.3.4 », "Firmware on the gate readers: 2.0.1.7":
/// the figure after a colon whose label, on its line, names a version.
fn labelled_version(before: &str) -> bool {
    let Some(label) = before
        .trim_end_matches([' ', '\t', '\u{a0}'])
        .strip_suffix(':')
    else {
        return false;
    };
    let label = &label[label.rfind(['\n', '.', ';', ',']).map_or(0, |i| i + 1)..];
    label.len() <= 60
        && label.split(|c: char| !c.is_alphabetic()).any(|w| {
            ["version", "firmware", "ver"]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
        })
}

fn detect_v6(text: &str, hits: &mut Vec<Hit>) {
    // Tokens of hex digits, colons and dots around each colon (a linear scan; a regex with a
    // leading star class was slow on long texts).
    let bytes = text.as_bytes();
    let tok = |c: u8| c.is_ascii_hexdigit() || c == b':' || c == b'.';
    let mut next_free = 0;
    for colon in memchr::memchr_iter(b':', bytes) {
        if colon < next_free {
            continue;
        }
        let mut s = colon;
        while s > 0 && tok(bytes[s - 1]) {
            s -= 1;
        }
        let mut e = colon;
        while e < bytes.len() && tok(bytes[e]) {
            e += 1;
        }
        // Zone index and prefix length.
        if e < bytes.len() && bytes[e] == b'%' {
            let z = e
                + 1
                + bytes[e + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
            if z > e + 1 {
                e = z;
            }
        }
        if e < bytes.len() && bytes[e] == b'/' {
            let p = e
                + 1
                + bytes[e + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
            if p > e + 1 {
                e = p;
            }
        }
        next_free = e;
        let m_start = s;
        let m_str = &text[s..e];
        let m_end = e;
        let s = m_start;
        let mut token = m_str;
        let mut e = m_end;
        if alnum_before(text, s) || matches!(char_before(text, s), Some(':' | '.')) {
            continue;
        }
        // A trailing sentence dot is not part of the address.
        while token.ends_with('.') {
            token = &token[..token.len() - 1];
            e -= 1;
        }
        if alnum_at(text, e) || char_at(text, e) == Some(':') {
            continue;
        }
        let (addr_part, prefix) = match token.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (token, None),
        };
        let addr = addr_part.split_once('%').map_or(addr_part, |(a, _)| a);
        if addr.matches(':').count() < 2 || addr.parse::<Ipv6Addr>().is_err() {
            continue;
        }
        if addr.parse::<Ipv6Addr>().is_ok_and(|a| a.is_loopback()) && local_testing(text, s, e) {
            continue;
        }
        if let Some(p) = prefix {
            if p.parse::<u32>().map_or(true, |p| p > 128) {
                e = s + addr_part.len();
            }
        }
        hits.push(Hit::new(Kind::Ip, s, e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn ascii_email_regex_is_exact_on_ascii(t in "[a-zA-Z0-9._%+@ -]{0,12}@[a-zA-Z0-9.-]{0,12}(\\.fr|\\.com|\\.xn--p1ai)?[a-z ._]{0,3}") {
            let all = |re: &Regex| re.find_iter(&t).map(|m| m.range()).collect::<Vec<_>>();
            proptest::prop_assert_eq!(all(&EMAIL_ASCII), all(&EMAIL));
        }
    }

    /// The text of each finding of `kind` in `t`.
    fn spans_of(t: &str, kind: Kind) -> Vec<String> {
        found(t)
            .into_iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, s)| s)
            .collect()
    }

    fn found(t: &str) -> Vec<(Kind, String)> {
        let mut h = Vec::new();
        detect(t, &mut h);
        h.iter()
            .map(|h| (h.kind, t[h.start..h.end].to_string()))
            .collect()
    }

    #[test]
    fn emails_but_not_handles() {
        assert_eq!(found("écrivez à girard.hugo81@laposte.net, merci").len(), 1);
        assert_eq!(
            found("a@xn--d1acufc.xn--p1ai")[0].1,
            "a@xn--d1acufc.xn--p1ai"
        );
        assert!(found("collab avec @jade.beauty et @thefitmum").is_empty());
    }

    #[test]
    fn url_credentials_are_not_emails() {
        assert!(found("postgres://report:S3cr3tPa55@db.internal:5432/prod").is_empty());
        assert!(found("DSN=mysql://app:Kx7pLm2Q@db.example.com/app").is_empty());
        assert!(found("git clone https://deploy-bot@github.com/shop/site.git").is_empty());
        assert_eq!(
            found("écris à https://www.shop.fr ou à deploy-bot@shop.fr"),
            [(Kind::Email, "deploy-bot@shop.fr".into())]
        );
        // An address after a colon outside a URL is still one.
        assert_eq!(found("contact:ops@harrowgate.io").len(), 1);
        assert_eq!(found("mailto:ops@harrowgate.io").len(), 1);
    }

    #[test]
    fn ips_and_their_traps() {
        assert_eq!(found("IP 192.168.1.1, ok")[0].1, "192.168.1.1");
        assert_eq!(found("from 2001:db8::1.")[0].1, "2001:db8::1");
        assert_eq!(found("src=:: dst=::1").len(), 2);
        assert_eq!(found("fe80::1%eth0")[0].1, "fe80::1%eth0");
        assert_eq!(found("192.168.1.0/24")[0].1, "192.168.1.0/24");
        for t in [
            "Version 1.2.3",
            "Time 12:34:56",
            "Ratio 1:2:3:4",
            "MAC aa:bb:cc:dd:ee:ff",
            "std::cout",
            "IP192.168.1.1text",
            "fe80::1text",
            ":::",
            "2001::db8::1",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn loopback_for_local_testing_is_a_setting() {
        for t in [
            "Use ::1 when you test the webhook locally",
            "Use IPv6 ::1 for localhost testing only.",
            "pour tester en local, mets 127.0.0.1:3000 dans la conf",
            "dev server on 127.0.0.1, debug mode",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        for t in [
            "my ip: ::1",
            "connecting from ::1",
            "localhost 127.0.0.1",
            "Loopback ::1",
            "the test server is 10.0.0.12",
            "IP 2001:db8::1 used for testing",
        ] {
            assert_eq!(found(t).len(), 1, "{t}");
        }
    }

    #[test]
    fn ssh_remotes_and_oids_are_neither_emails_nor_ips() {
        assert!(found("git remote add origin git@github.com:kalamu/shop.git").is_empty());
        assert_eq!(
            found("écrivez à awa.traore@orange.sn: elle répond vite"),
            [(Kind::Email, "awa.traore@orange.sn".into())]
        );
        assert!(found("OID du certificat : 1.3.6.1.4.1.311.60.2.1.3").is_empty());
        assert_eq!(found("192.168.1.1.1"), [(Kind::Ip, "192.168.1.1".into())]);
        assert_eq!(
            found("bloqué depuis 41.82.117.6. Merci"),
            [(Kind::Ip, "41.82.117.6".into())]
        );
    }

    #[test]
    fn version_numbers_are_not_ips() {
        let ips = |t: &str| spans_of(t, Kind::Ip);
        assert!(ips("Version 10.2.3.4 of the app fixes the bug").is_empty());
        assert!(ips("build: 4.1.0.12 is out").is_empty());
        assert!(ips("firmware 2.0.1.7").is_empty());
        assert!(ips("Version du firmware des scanners Zebra : 11.0.3.4, à jour").is_empty());
        assert_eq!(ips("Passerelle des scanners : 10.0.3.4"), ["10.0.3.4"]);
        assert_eq!(ips("Banned 10.2.3.4 yesterday"), ["10.2.3.4"]);
        assert_eq!(ips("the server at 192.168.1.20"), ["192.168.1.20"]);
        assert_eq!(ips("conversion 10.2.3.4"), ["10.2.3.4"]);
        assert!(ips("see section 3.2.1.4 of the T&Cs").is_empty());
        assert!(ips("voir l'article 4.1.2.3 des CGV").is_empty());
        assert!(ips("conformément au § 2.1.3.1 du contrat").is_empty());
        assert!(ips("art. 1.2.1.4 du règlement").is_empty());
        assert_eq!(ips("Intersection 10.2.3.4 blocked"), ["10.2.3.4"]);
        assert_eq!(ips("the art team uses 10.2.3.4"), ["10.2.3.4"]);
    }

    #[test]
    fn addresses_spelled_out_or_spaced() {
        let emails = |t: &str| spans_of(t, Kind::Email);
        for (t, e) in [
            (
                "reach me at dana.whitfield at brightmail dot com if the DM fails",
                "dana.whitfield at brightmail dot com",
            ),
            (
                "email is jess_k93 @ gmail . com ok",
                "jess_k93 @ gmail . com",
            ),
            ("écris à paulo at gmail dot com", "paulo at gmail dot com"),
            (
                "mail : camille point roussel arobase gmail point com merci",
                "camille point roussel arobase gmail point com",
            ),
            (
                "c'est lea_b92 arobase studio-lune point fr",
                "lea_b92 arobase studio-lune point fr",
            ),
        ] {
            assert_eq!(emails(t), [e], "{t}");
        }
        for t in [
            "look at amazon dot com for the price",
            "we meet at booth 42 dot 7 near the entrance",
            "the team at brightmail dot com rocks",
            "price @ 12.50 each",
            "Version 2.0 @ 3.5 . co",
            "le mot arobase vient de l'espagnol, point final",
            "on fait le point arobase et accents avec la team point com",
            "tape arobase puis le nom de la marque point fr",
        ] {
            assert!(emails(t).is_empty(), "{t}: {:?}", emails(t));
        }
    }

    #[test]
    fn addresses_with_a_bracketed_at() {
        let emails = |t: &str| spans_of(t, Kind::Email);
        for (t, e) in [
            (
                "le contact presse c'est marco.bianchi [at] ticino-design [dot] ch il répond vite",
                "marco.bianchi [at] ticino-design [dot] ch",
            ),
            (
                "write to jb.lemoine(at)gmail.com",
                "jb.lemoine(at)gmail.com",
            ),
            ("contact {AT} vireo (DOT) ch", "contact {AT} vireo (DOT) ch"),
            (
                "Contact : marie[dot]durand[at]gmail[dot]com",
                "marie[dot]durand[at]gmail[dot]com",
            ),
            (
                "écris à m.garnier (arobase) orange (point) fr pour le devis",
                "m.garnier (arobase) orange (point) fr",
            ),
        ] {
            assert_eq!(emails(t), [e], "{t}");
        }
        for t in [
            "meet me (at) the office. bring the samples",
            "see you at vireo.ch tomorrow",
            "les prix [at] 50 % sur vireo.ch",
            "[at] risk: the launch date",
            "la réunion (point) bilan [at] 15 h",
            "le signe (arobase) se tape avec Alt Gr, on fait le point demain",
        ] {
            assert!(emails(t).is_empty(), "{t}: {:?}", emails(t));
        }
    }
}
