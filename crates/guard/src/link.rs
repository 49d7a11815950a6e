//! Links: dangerous or misleading URLs.
//!
//! URLs are extracted with `linkify` (with or without a scheme; e-mail addresses are recognised
//! and left alone). For each URL, on its host:
//! - `ip_host`: an IPv4/IPv6 literal (or a bare integer IPv4) instead of a domain name;
//! - `punycode`: an `xn--` label, or a Unicode host that mixes scripts or whose characters are all
//!   confusable with Latin ones (Unicode skeletons, UTS #39);
//! - `lookalike`: a look-alike of the workspace's own domains or of a built-in list of widely
//!   impersonated brands (see `link_brands`);
//! - `shortener`: a public URL shortener (the destination is hidden);
//! - `insecure`: plain `http://`;
//! - `blocklisted`: a workspace-blocked domain or one of its subdomains;
//! - `mismatch`: a markdown `[text](url)` or HTML `<a href>` link whose visible text shows a domain
//!   other than its target's (the span is the whole link).
//!
//! False-positive traps avoided: brand URLs over https (login pages included), markdown links whose
//! text matches their target or is not a domain ("[giveaway rules](…)"), social @handles and
//! dotted user names (`noah.runs`) that have no risky property, bare IP addresses outside URLs
//! (those are `pii/ip`).
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use linkify::{LinkFinder, LinkKind};
use regex::Regex;

use crate::link_brands::{
    bait_or_lure, confusable_readings, homoglyph_skeleton, is_bait, within_one_typo, BAIT, BRANDS,
    LURES, TWO_LEVEL_SUFFIXES,
};
use crate::text::Fnv;
use crate::{GuardError, Hit, Kind};

const SHORTENERS: &[&str] = &[
    "bit.ly",
    "bitly.com",
    "tinyurl.com",
    "t.co",
    "goo.gl",
    "ow.ly",
    "is.gd",
    "buff.ly",
    "rebrand.ly",
    "shorturl.at",
    "cutt.ly",
    "tiny.cc",
    "rb.gy",
    "t.ly",
    "s.id",
    "v.gd",
    "bl.ink",
    "lnkd.in",
    "soo.gd",
    "clck.ru",
    "x.co",
    "qrco.de",
    "shor.by",
    "urlz.fr",
    "bit.do",
    "adf.ly",
    "shorte.st",
    "ouo.io",
    "tr.im",
    "su.pr",
    "mcaf.ee",
    "db.tt",
    "tiny.one",
    "short.io",
    "shorturl.com",
    "snip.ly",
    "hyperurl.co",
    "u.to",
    "trib.al",
    "dlvr.it",
    "ift.tt",
    "po.st",
    "qr.ae",
    "cli.re",
    "zpr.io",
    "lc.cx",
    "gg.gg",
    "shrtco.de",
    "1url.com",
    "tinu.be",
    "kutt.it",
    "yourls.org",
    "chilp.it",
    "lstu.fr",
    "frama.link",
    "ht.ly",
    "buff.ly",
    "surl.li",
    "linkin.bio",
    "tiny.pl",
    "shrturi.com",
    "x.gd",
    "t2m.io",
    "tny.im",
    "cutt.us",
    // Dub (`dub.sh`, `dub.co`), Short.io's shared domains, VK, Spoo.me, HubSpot and URLR.
    "dub.sh",
    "dub.co",
    "short.gy",
    "short.cm",
    "vk.cc",
    "spoo.me",
    "hubs.ly",
    "hubs.la",
    "urlr.me",
];

static MARKDOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\[([^\]\n]{1,300})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"\n]*")?\s*\)|(?i)<a\s[^>]*?href\s*=\s*["']([^"'\s>]{1,2000})["'][^>]*>([^<]{0,300})</a>"#)
        .expect("static regex")
});
/// The domain shown in a link's visible text (group 1).
const VISIBLE_DOMAIN_SRC: &str = r"(?i)(?:[a-z][a-z0-9+.\-]*://)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62}[\p{L}\p{N}])?\.)+(?:com|fr|net|org|io|co|uk|de|be|ch|es|it|eu|info|biz|app|dev|shop|store|online|site|xyz|top|me|tv|ly|gl|gd|nl|ca|us|ai|gouv|gov|edu|live|click|link|pt|pl|at|lu|ma|tn|re|cc|so|to|page|cloud|net|blog|news|club|fun|vip|icu|pro|mobi|ie|au|nz|se|no|dk|fi|jp|in|br|mx|ar|cl|cz|ro|gr|hu|sk|si|hr|bg|lt|lv|ee|ru|ua|tr|il|za|sn|ci|cm|dz|ng|ke|sg|hk|tw|kr|cn|id|ph|my|th|vn|ae|sa|qa|quebec|paris|bzh|asia|work|space|website|tech|ovh|immo|bike|travel|art))\b";
static VISIBLE_DOMAIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(VISIBLE_DOMAIN_SRC).expect("static regex"));
/// The same regex for ASCII text, where `\p{L}\p{N}` are `[A-Za-z0-9]` and the Unicode word
/// boundary is the ASCII one: identical matches, but a small automaton (the Unicode one costs
/// ~50,000 instructions per link in its backtracker, and its lazy DFA gives up at `\b`).
static VISIBLE_DOMAIN_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    let src = VISIBLE_DOMAIN_SRC
        .replace(r"\p{L}\p{N}", "A-Za-z0-9")
        .replace(r"\b", r"(?-u:\b)");
    Regex::new(&src).expect("static regex")
});

/// The [`BRACKET_URL`] matches of `text`, `f(start, end)` each, searched for in each
/// whitespace-delimited token that holds `://` and then `[` rather than in the whole text.
///
/// Why: the regex's Unicode `\b` makes its lazy DFA give up on non-ASCII text, and the
/// fallback (a PikeVM started at every `://`) cost ~150 ms on a 0.7 MB text. A match never
/// holds whitespace (no part of the pattern admits `\s`) and whitespace before a token is a
/// non-word char just as the start of a text is, so searching each token alone finds exactly
/// the whole-text matches (property-tested against the regex on the whole text). Each byte is
/// walked over at most once by the token bounds.
fn bracket_urls(text: &str, mut f: impl FnMut(usize, usize)) {
    let b = text.as_bytes();
    // Everything before `done` belongs to tokens already searched.
    let mut done = 0;
    while let Some(i) = crate::text::find_bytes(&b[done..], b"://") {
        let p = done + i;
        let start = text[done..p]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(done, |(k, c)| done + k + c.len_utf8());
        let end = text[p..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(text.len(), |(k, _)| p + k);
        // The token's other `://` are searched along with this one.
        done = end;
        if memchr::memchr(b'[', &b[p..end]).is_some() {
            for m in BRACKET_URL.find_iter(&text[start..end]) {
                f(start + m.start(), start + m.end());
            }
        }
    }
}

/// URLs with a bracketed IPv6 host, which linkify does not extract.
static BRACKET_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[a-z][a-z0-9+.\-]*://(?:[^\s/@\[\]]+@)?\[[0-9a-f:.]+(?:%[a-z0-9]+)?\](?::\d+)?[^\s<>\x22'\])]*")
        .expect("static regex")
});

/// A brand to protect, precompiled for the look-alike tests.
struct Brand {
    name: String,
    /// The name without hyphens (`creditagricole`).
    compact: String,
    /// The name's hyphen-separated words.
    tokens: Vec<String>,
    domains: Vec<String>,
    /// The name is a common word (Orange, Free…): a bait word must come with it.
    generic: bool,
}

impl Brand {
    fn new(name: &str, domains: Vec<String>, generic: bool) -> Brand {
        Brand {
            name: name.to_string(),
            compact: name.replace('-', ""),
            tokens: name.split('-').map(str::to_string).collect(),
            domains,
            generic,
        }
    }
}

pub(crate) struct LinkScanner {
    finder: LinkFinder,
    blocked: Vec<String>,
    brands: Vec<Brand>,
    index: BrandIndex,
}

type Map<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// Shortest compact brand name the glued rule (`paypalsecure`) applies to.
const GLUE: usize = 5;

/// Which brands a host can possibly be a look-alike of, so that `lookalike` runs its checks on a
/// handful of brands instead of all of them. Each way `lookalike` can fire has a necessary
/// condition looked up here: the host's skeleton equals the brand's name or compact form; its
/// name is within one letter of the brand name's length; a host token is the brand's first
/// token; or (glued names) a host token contains a bait word, which sends every brand.
struct BrandIndex {
    /// Every brand domain (a host is one of them or a subdomain of one).
    domains: HashSet<String, BuildHasherDefault<Fnv>>,
    by_name: Map<Vec<usize>>,
    by_compact: Map<Vec<usize>>,
    by_first_token: Map<Vec<usize>>,
    /// Brands that the one-typo rule applies to, by name length in bytes.
    by_len: HashMap<usize, Vec<usize>, BuildHasherDefault<Fnv>>,
    /// Brands that the glued rule applies to, by the first and by the last five bytes of their
    /// compact name (a token that starts or ends with the name starts or ends with those);
    /// `always`: such brands whose name cannot be cut there (non-ASCII).
    by_head: Map<Vec<usize>>,
    by_tail: Map<Vec<usize>>,
    always: Vec<usize>,
}

impl BrandIndex {
    fn new(brands: &[Brand]) -> BrandIndex {
        let mut ix = BrandIndex {
            domains: HashSet::default(),
            by_name: Map::default(),
            by_compact: Map::default(),
            by_first_token: Map::default(),
            by_len: HashMap::default(),
            by_head: Map::default(),
            by_tail: Map::default(),
            always: Vec::new(),
        };
        for (i, br) in brands.iter().enumerate() {
            ix.domains.extend(br.domains.iter().cloned());
            ix.by_name.entry(br.name.clone()).or_default().push(i);
            ix.by_compact.entry(br.compact.clone()).or_default().push(i);
            if let Some(t) = br.tokens.first() {
                ix.by_first_token.entry(t.clone()).or_default().push(i);
            }
            if !br.generic && br.name.len() >= 6 {
                ix.by_len.entry(br.name.len()).or_default().push(i);
            }
            let c = &br.compact;
            if !br.generic && c.len() >= GLUE {
                match (c.get(..GLUE), c.get(c.len() - GLUE..)) {
                    (Some(h), Some(t)) => {
                        ix.by_head.entry(h.to_string()).or_default().push(i);
                        ix.by_tail.entry(t.to_string()).or_default().push(i);
                    }
                    _ => ix.always.push(i),
                }
            }
        }
        ix
    }

    /// `brands.iter().any(|br| br.domains.iter().any(|d| domain_or_sub(host, d)))`: the host or
    /// one of its dot-suffixes is a brand domain.
    fn is_brand_domain(&self, host: &str) -> bool {
        self.domains.contains(host)
            || memchr::memchr_iter(b'.', host.as_bytes())
                .any(|i| self.domains.contains(&host[i + 1..]))
    }
}

/// Hosts of the URLs a redirect's query carries (`?q=https://x.tld/…`, `?u=https%3A%2F%2Fx.tld`).
fn redirect_hosts(path: &str) -> Vec<String> {
    let Some(q) = path.find('?').map(|i| &path[i + 1..]) else {
        return Vec::new();
    };
    if !q.contains("://") && !q.contains("%3A%2F%2F") && !q.contains("%3a%2f%2f") {
        return Vec::new();
    }
    let q = q
        .replace("%3A", ":")
        .replace("%3a", ":")
        .replace("%2F", "/")
        .replace("%2f", "/")
        .to_ascii_lowercase();
    q.match_indices("://")
        .filter_map(|(i, _)| {
            let rest = &q[i + 3..];
            let h = rest
                .split(['/', '?', '#', '&', '%', ':'])
                .next()
                .unwrap_or("");
            let h = h.rsplit_once('@').map_or(h, |(_, h)| h);
            (h.contains('.') && h.is_ascii()).then(|| h.trim_end_matches('.').to_string())
        })
        .collect()
}

/// Where a URL found by linkify really ends: at its first Unicode space (a no-break space
/// U+00A0, a narrow one U+202F… end a URL as a plain space does; linkify reads them as part of a
/// schemeless host), then without the sentence punctuation left before that space.
fn url_end(url: &str) -> usize {
    match url.find(|c: char| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}') {
        Some(i) => url[..i]
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"'])
            .len(),
        None => url.len(),
    }
}

impl LinkScanner {
    pub(crate) fn new(blocked: &[String], own: &[String]) -> Result<LinkScanner, GuardError> {
        let mut finder = LinkFinder::new();
        finder.url_must_have_scheme(false);
        finder.kinds(&[LinkKind::Url, LinkKind::Email]);
        let clean = |d: &String| -> Result<Option<String>, GuardError> {
            let d = d
                .trim()
                .trim_start_matches("*.")
                .trim_end_matches('.')
                .to_ascii_lowercase();
            let d = d.strip_prefix("www.").unwrap_or(&d).to_string();
            if d.is_empty() {
                return Ok(None);
            }
            if d.contains(['/', ' ', ':', '@']) || !d.contains('.') {
                return Err(GuardError::InvalidConfig(format!(
                    "`{d}` is not a domain name (expected e.g. `example.com`)"
                )));
            }
            Ok(Some(d))
        };
        let mut blocked_out = Vec::new();
        for d in blocked {
            if let Some(d) = clean(d)? {
                blocked_out.push(d);
            }
        }
        let mut brands: Vec<Brand> = BRANDS
            .iter()
            .map(|(n, ds, g)| Brand::new(n, ds.iter().map(|d| d.to_string()).collect(), *g))
            .collect();
        for d in own {
            if let Some(d) = clean(d)? {
                let name = registrable_name(&d).to_string();
                let generic = name.len() <= 3;
                brands.push(Brand::new(&name, vec![d], generic));
            }
        }
        Ok(LinkScanner {
            finder,
            blocked: blocked_out,
            index: BrandIndex::new(&brands),
            brands,
        })
    }

    pub(crate) fn detect(&self, text: &str, hits: &mut Vec<Hit>, urls: &mut Vec<(usize, usize)>) {
        let b = text.as_bytes();
        // Gate: a URL needs `://` or a dotted host (`x.fr`, `www.`): a letter or digit, a dot, a
        // letter. Sentence ends (". ") and prices ("14.90") do not open the extractor.
        let dotted = memchr::memchr_iter(b'.', b).any(|i| {
            i > 0
                && b[i - 1].is_ascii_alphanumeric()
                && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
        });
        if !dotted && !crate::text::has_bytes(b, b"://") {
            return;
        }
        // A URL at `text[s..e]`: its kinds, and its span for the conflict resolution.
        let mut report = |s: usize, e: usize| {
            if let Some(found) = self.check_url(&text[s..e]) {
                urls.push((s, e));
                hits.extend(found.into_iter().map(|k| Hit::new(k, s, e)));
            }
        };
        if memchr::memchr(b'[', b).is_some() {
            bracket_urls(text, |s, e| {
                let url = text[s..e].trim_end_matches(['.', ',', ';', ':', '!', '?']);
                report(s, s + url.len());
            });
        }
        for link in self.finder.links(text) {
            if *link.kind() != LinkKind::Url {
                continue;
            }
            let (s, e) = (link.start(), link.start() + url_end(link.as_str()));
            if s < e {
                report(s, e);
            }
        }
        if memchr::memchr(b']', b).is_some() || crate::text::has_bytes(b, b"href") {
            self.detect_mismatch(text, hits, urls);
        }
    }

    /// Kinds found for one URL; `None` when the string is not a URL at all (a bare IP).
    fn check_url(&self, url: &str) -> Option<Vec<Kind>> {
        let lower = url.to_ascii_lowercase();
        let (scheme, rest) = match lower.find("://") {
            Some(i) => (Some(&lower[..i]), &url[i + 3..]),
            None => (None, url),
        };
        let full_authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let path = &rest[full_authority.len()..];
        let authority = full_authority
            .rsplit_once('@')
            .map_or(full_authority, |(_, h)| h);
        let host_orig = if authority.starts_with('[') {
            authority
                .split_once(']')
                .map_or(authority, |(h, _)| h)
                .trim_start_matches('[')
        } else {
            authority.rsplit_once(':').map_or(authority, |(h, p)| {
                if p.bytes().all(|c| c.is_ascii_digit()) {
                    h
                } else {
                    authority
                }
            })
        };
        let host = host_orig.to_lowercase();
        let host = host.trim_end_matches('.');
        // A DNS label has at most 63 bytes: a schemeless "host" with a longer one is a token
        // (a JWT's dotted base64 parts), not a domain.
        if scheme.is_none() && host.split('.').any(|l| l.len() > 63) {
            return None;
        }
        let mut kinds = Vec::new();
        let is_ip = host.parse::<Ipv4Addr>().is_ok()
            || host.parse::<Ipv6Addr>().is_ok()
            || (scheme.is_some()
                && !host.is_empty()
                && host.bytes().all(|c| c.is_ascii_digit())
                && host.len() >= 8);
        // A schemeless IP is a URL only with a real path (`203.0.113.5/login`), not a CIDR suffix.
        let path_has_letter = path.bytes().any(|c| c.is_ascii_alphabetic());
        if is_ip && scheme.is_none() && !path_has_letter {
            return None; // a bare address: pii/ip
        }
        // Every top-level domain has a letter: a schemeless "host" of digit groups is a dotted
        // card, phone or date (`6584.2754.6078.4696`, `1.783.975.5003`), which the number
        // detectors read.
        if scheme.is_none()
            && !is_ip
            && !host
                .rsplit('.')
                .next()
                .is_some_and(|tld| tld.bytes().any(|c| c.is_ascii_alphabetic()))
        {
            return None;
        }
        if scheme == Some("http") {
            kinds.push(Kind::Insecure);
        }
        if is_ip {
            kinds.push(Kind::IpHost);
            return Some(kinds);
        }
        // An open redirect (`google.com/url?q=https://…`, `l.php?u=https%3A%2F%2F…`) leads to
        // the host in its query: that host is judged too.
        let targets = redirect_hosts(path);
        if self
            .blocked
            .iter()
            .any(|d| domain_or_sub(host, d) || targets.iter().any(|t| domain_or_sub(t, d)))
        {
            kinds.push(Kind::Blocklisted);
        }
        // A shortener's name with no code after it (`bit.ly`, `https://t.ly/`) names the
        // service; it leads nowhere hidden.
        if !path.trim_start_matches('/').is_empty()
            && SHORTENERS
                .iter()
                .any(|d| host == *d || host.strip_prefix("www.") == Some(d))
        {
            kinds.push(Kind::Shortener);
        }
        // A blocklisted host is reported as such: its look-alike traits (`secure.free-gift…`)
        // add nothing to the block.
        let blocked = kinds.contains(&Kind::Blocklisted);
        if host.split('.').any(|l| l.starts_with("xn--")) || suspicious_unicode(host) {
            kinds.push(Kind::Punycode);
        } else if !blocked
            && (self.lookalike(host_orig, host)
                || self.brand_as_user(full_authority, host)
                || targets.iter().any(|t| self.lookalike(t, t)))
        {
            kinds.push(Kind::Lookalike);
        }
        Some(kinds)
    }

    /// `https://paypal.com@secure-verify.tld/`: the part before `@` is the URL's user, and a
    /// brand's domain written there dresses another host as the brand's.
    fn brand_as_user(&self, authority: &str, host: &str) -> bool {
        let Some((user, _)) = authority.rsplit_once('@') else {
            return false;
        };
        let user = user.split(':').next().unwrap_or("").to_ascii_lowercase();
        user.contains('.') && self.index.is_brand_domain(&user) && !self.index.is_brand_domain(host)
    }

    fn lookalike(&self, host_orig: &str, host: &str) -> bool {
        self.lookalike_among(host_orig, host, false)
    }

    /// `every_brand`: skip the index (the reference the index must agree with, in tests).
    fn lookalike_among(&self, host_orig: &str, host: &str, every_brand: bool) -> bool {
        if !host.is_ascii() || !host.contains('.') {
            return false;
        }
        let brand_domain = if every_brand {
            self.brands
                .iter()
                .any(|br| br.domains.iter().any(|d| domain_or_sub(host, d)))
        } else {
            self.index.is_brand_domain(host)
        };
        if brand_domain {
            return false;
        }
        let name = registrable_name(host);
        let name_orig = {
            let off = host.rfind(name).unwrap_or(0);
            host_orig.get(off..off + name.len()).unwrap_or(name)
        };
        let skeleton = homoglyph_skeleton(name_orig);
        let skeleton_compact = skeleton.replace('-', "");
        let tokens: Vec<&str> = host
            .rsplit_once('.')
            .map_or(host, |(h, _)| h)
            .split(['.', '-'])
            .filter(|t| !t.is_empty())
            .collect();
        // `paypa1-secure.com`: the tokens with homoglyph digits undone (only when a token mixes
        // letters and digits), for the "brand as a word" test below. A `1` stands for an `l`
        // (`paypa1`) or an `i` (`netfl1x`): both readings are tried.
        let mixed = tokens.iter().any(|t| {
            t.bytes().any(|b| b.is_ascii_digit()) && t.bytes().any(|b| b.is_ascii_alphabetic())
        });
        let mut glyph_tokens: Vec<Vec<String>> = Vec::new();
        // `paypaI-secure.com`, `arnazon-colis.fr`, `rnicrosoft-support.com`: letter homoglyphs
        // (a capital `I` for an `l`, `rn` for `m`, `vv` for `w`) inside a token, read off the
        // host as written (same length as `host`, which is its lowercase form).
        let letter_glyphs = host_orig.len() == host.len()
            && (host_orig.contains('I')
                || tokens.iter().any(|t| t.contains("rn") || t.contains("vv")));
        if letter_glyphs {
            let body = host_orig
                .get(..host.rfind('.').unwrap_or(host.len()))
                .unwrap_or("");
            glyph_tokens.push(
                body.split(['.', '-'])
                    .filter(|t| !t.is_empty())
                    .map(homoglyph_skeleton)
                    .collect(),
            );
        }
        if mixed {
            glyph_tokens.push(tokens.iter().map(|t| homoglyph_skeleton(t)).collect());
            if tokens.iter().any(|t| t.contains('1')) {
                glyph_tokens.push(
                    tokens
                        .iter()
                        .map(|t| homoglyph_skeleton(&t.replace('1', "i")))
                        .collect(),
                );
            }
        }
        // `la-poste-suivi.com`, `pay-pal-secure.com`: runs of two or more hyphen-separated
        // pieces of one label, glued back (`laposte`, `lapostesuivi`), with the byte length of
        // the run without its last piece (the brand must reach into that piece).
        let mut split_runs: Vec<(String, usize, usize, usize)> = Vec::new();
        if host.contains('-') {
            let body = host.rsplit_once('.').map_or(host, |(h, _)| h);
            let mut first = 0;
            for label in body.split('.') {
                let pieces: Vec<&str> = label.split('-').filter(|t| !t.is_empty()).collect();
                for i in 0..pieces.len() {
                    let mut glued = pieces[i].to_string();
                    for (j, piece) in pieces.iter().enumerate().take(i + 5).skip(i + 1) {
                        let before = glued.len();
                        glued.push_str(piece);
                        if glued.len() > 40 {
                            break;
                        }
                        split_runs.push((glued.clone(), before, first + i, first + j));
                    }
                }
                first += pieces.len();
            }
        }
        // `microsoft365-login.net`: a word with digits glued to its end or its start, read
        // without them (the letters must make a word of four or more).
        let unglued: Vec<&str> = tokens
            .iter()
            .map(|t| {
                let w = t.trim_matches(|c: char| c.is_ascii_digit());
                if w.len() < t.len() && w.len() >= 4 && w.bytes().all(|c| c.is_ascii_alphabetic()) {
                    w
                } else {
                    t
                }
            })
            .collect();
        // `appie.com`, `oranqe.fr`, `frree.fr`: the whole name one confusable letter from a
        // brand's, or with one of its letters doubled where spelling never doubles it.
        let confused = if name.contains('-') || name.len() > 30 {
            Vec::new()
        } else {
            confusable_readings(name)
        };
        // Candidate brands (see `BrandIndex`), then the checks themselves.
        let ix = &self.index;
        let mut cands: Vec<usize> = Vec::new();
        if every_brand {
            cands.extend(0..self.brands.len());
        } else {
            let mut add = |v: Option<&Vec<usize>>| cands.extend(v.into_iter().flatten());
            add(ix.by_name.get(skeleton.as_str()));
            add(ix.by_compact.get(skeleton_compact.as_str()));
            for t in glyph_tokens.iter().flatten() {
                add(ix.by_first_token.get(t.as_str()));
            }
            // A name glued to a bait word (`appleid`, `lcllogin`) counts only beside another
            // bait word: hosts without one skip the look.
            let bait_beside = tokens.len() > 1 && tokens.iter().any(|t| is_bait(t));
            for t in &tokens {
                add(ix.by_first_token.get(*t));
                if bait_beside {
                    for k in (2..t.len().saturating_sub(1)).filter(|&k| t.is_char_boundary(k)) {
                        if is_bait(&t[k..]) {
                            add(ix.by_compact.get(&t[..k]));
                        }
                    }
                }
                if t.len() > GLUE {
                    add(t.get(..GLUE).and_then(|h| ix.by_head.get(h)));
                    add(t.get(t.len() - GLUE..).and_then(|e| ix.by_tail.get(e)));
                }
            }
            for (glued, ..) in &split_runs {
                add(ix.by_compact.get(glued.as_str()));
                add(glued.get(..GLUE).and_then(|h| ix.by_head.get(h)));
            }
            for (t, u) in tokens.iter().zip(&unglued) {
                add(ix.by_compact.get(*t));
                if t != u {
                    add(ix.by_first_token.get(*u));
                }
            }
            for v in &confused {
                add(ix.by_name.get(v.as_str()));
            }
            add(Some(&ix.always));
            for len in name.len().saturating_sub(1)..=name.len() + 1 {
                add(ix.by_len.get(&len));
            }
        }
        for br in cands.iter().map(|&i| &self.brands[i]) {
            // Homoglyphs: `app1e`, `0range`, `credit-agricoIe`.
            if (skeleton == br.name || skeleton_compact == br.compact) && name_orig != br.name {
                return true;
            }
            // A confusable letter (`appie`, `oranqe`) in a name of five letters or more, or an
            // unspellable doubled letter (`frree`) in one of four or more: the brand's word
            // itself is not there, so a common word needs no bait.
            if confused.iter().any(|v| {
                *v == br.name && (br.name.len() >= 5 || v.len() >= 4 && name.len() == v.len() + 1)
            }) {
                return true;
            }
            // One typo away from a long brand name.
            if !br.generic && br.name.len() >= 6 && within_one_typo(name, &br.name) {
                return true;
            }
            // The brand as a word of the host.
            let n = br.tokens.len();
            // The brand's words as they are, or with digits glued on (`microsoft365`), or a
            // brand of several words glued into one (`sncfconnect-remboursement`).
            let direct = tokens
                .windows(n)
                .position(|w| w.iter().zip(&br.tokens).all(|(a, b)| *a == b))
                .or_else(|| {
                    unglued
                        .windows(n)
                        .position(|w| w.iter().zip(&br.tokens).all(|(a, b)| *a == b))
                })
                .or_else(|| {
                    (n > 1)
                        .then(|| tokens.iter().position(|t| *t == br.compact))
                        .flatten()
                });
            let n = if direct.is_some_and(|p| n > 1 && tokens.get(p) == Some(&br.compact.as_str()))
            {
                1
            } else {
                n
            };
            let pos = direct.or_else(|| {
                glyph_tokens.iter().find_map(|g| {
                    g.windows(n)
                        .position(|w| w.iter().zip(&br.tokens).all(|(a, b)| a == b))
                })
            });
            if let Some(p) = pos {
                // `vinted-paiement.fr`, and `vinted.shop`: the name under another TLD. A
                // common-word name counts alone only when written with a homoglyph
                // (`0range-messagerie.fr`): the word itself is then not there.
                if !br.generic || direct.is_none() {
                    return true;
                }
                let bait = tokens
                    .iter()
                    .enumerate()
                    .any(|(i, t)| (i < p || i >= p + n) && is_bait(t));
                if bait {
                    return true;
                }
            }
            // One typo away from a long brand name in one token, next to a bait word or a
            // sales lure: `lnstagram-help.com`, `netfIix-billing.com` (read `netfiix`),
            // `decathion-promo.fr`.
            // Also after undoing letter homoglyphs (`lnstagrarn-help.com` reads `lnstagram`).
            if !br.generic
                && br.tokens.len() == 1
                && br.name.len() >= 6
                && (tokens.iter().any(|t| within_one_typo(t, &br.name))
                    || glyph_tokens
                        .iter()
                        .flatten()
                        .any(|t| within_one_typo(t, &br.name)))
                && tokens.iter().any(|t| bait_or_lure(t))
            {
                return true;
            }
            // Split by hyphens: `la-poste-suivi.com`, `ama-zon-login.net`, `la-postesuivi.fr`:
            // the brand glued back from two pieces or more, starting at a piece and ending with
            // the last one or where a bait word takes over in it. A common-word or short brand
            // must be exactly the glued pieces and come with a bait word (`or-ange-facture.fr`),
            // so that pieces that merely spell a short name by accident stay out.
            let split = split_runs.iter().find(|(glued, before, ..)| {
                let c = br.compact.as_str();
                if !br.generic && c.len() >= GLUE {
                    // Into the last piece: all of it, or up to a bait word (`postesuivi`), not
                    // up to any ending (`pay-palette`).
                    *before < c.len()
                        && glued.starts_with(c)
                        && (glued.len() == c.len()
                            || BAIT.iter().chain(LURES).any(|b| glued[c.len()..] == **b))
                } else {
                    glued == c
                }
            });
            if let Some((_, _, i, j)) = split {
                if !br.generic && br.compact.len() >= GLUE {
                    return true;
                }
                // `tokens` are the pieces of every label in order, as `split_runs` counts them.
                let bait = tokens
                    .iter()
                    .enumerate()
                    .any(|(k, t)| (k < *i || k > *j) && is_bait(t));
                if bait {
                    return true;
                }
            }
            // A common-word name glued to a bait word, with another bait word beside it:
            // `appleid-unlock-support.com` (not `orangebox.fr` alone).
            if br.generic
                && tokens.iter().enumerate().any(|(k, t)| {
                    t.strip_prefix(br.compact.as_str()).is_some_and(is_bait)
                        && tokens.iter().enumerate().any(|(j, u)| j != k && is_bait(u))
                })
            {
                return true;
            }
            // Glued: `paypalsecure`, `secure-amazonlogin`.
            if !br.generic
                && br.compact.len() >= 5
                && tokens.iter().any(|t| {
                    t.len() > br.compact.len()
                        && (t.starts_with(br.compact.as_str()) || t.ends_with(br.compact.as_str()))
                        && BAIT.iter().chain(LURES).any(|b| t.contains(b))
                })
            {
                return true;
            }
        }
        // A token one typo from a long brand name next to a bait word, the typo anywhere in it
        // (`netfiix-billing`: in both the head and the tail the index looks up), found by the
        // name's length; also after undoing letter homoglyphs (`lnstagrarn-help` reads
        // `lnstagram`).
        if !every_brand && tokens.iter().any(|t| bait_or_lure(t)) {
            let words = tokens
                .iter()
                .copied()
                .filter(|t| !bait_or_lure(t))
                .chain(glyph_tokens.iter().flatten().map(String::as_str));
            for t in words.filter(|t| t.len() >= 5) {
                for len in t.len() - 1..=t.len() + 1 {
                    for &i in ix.by_len.get(&len).into_iter().flatten() {
                        let br = &self.brands[i];
                        if br.tokens.len() == 1 && within_one_typo(t, &br.name) {
                            return true;
                        }
                    }
                }
            }
        }
        false
    }

    fn detect_mismatch(&self, text: &str, hits: &mut Vec<Hit>, urls: &mut Vec<(usize, usize)>) {
        // The lazy DFA finds the links; their parts are then read off the matched span.
        // Asking the regex for capture groups instead ran its bounded backtracker, whose NFA
        // (the `{1,2000}` repetitions of Unicode classes) cost ~70,000 instructions per link.
        let spans: Vec<(usize, usize)> = if text.contains('<') {
            MARKDOWN
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect()
        } else {
            markdown_links(text)
        };
        for (start, end) in spans {
            let Some((target, visible)) = link_parts(&text[start..end]) else {
                continue;
            };
            // `VISIBLE_DOMAIN` needs a dot.
            if !visible.contains('.') {
                continue;
            }
            let domain = if visible.is_ascii() {
                &*VISIBLE_DOMAIN_ASCII
            } else {
                &*VISIBLE_DOMAIN
            };
            let Some(shown) = domain.captures(visible).and_then(|m| m.get(1)) else {
                continue;
            };
            let shown = shown.as_str().to_lowercase();
            let target_host = host_of(target);
            if target_host.is_empty() {
                continue;
            }
            let a = registrable(&shown);
            let b = registrable(&target_host);
            if a != b
                && !domain_or_sub(&target_host, &shown)
                && !domain_or_sub(&shown, &target_host)
            {
                hits.push(Hit::new(Kind::Mismatch, start, end));
                urls.push((start, end));
            }
        }
    }
}

/// The `MARKDOWN` matches of a text without `<` (so only its first alternative,
/// `\[([^\]\n]{1,300})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"\n]*")?\s*\)`, can match), found
/// by hand: the regex's `{1,2000}` repetitions of Unicode classes are too big for its lazy DFA,
/// which gave up and left the search to a backtracker costing ~40,000 instructions per message.
/// Same leftmost-first, non-overlapping matches (checked against the regex by a property test):
/// every repetition here is followed by something its class excludes, so greedy equals maximal.
fn markdown_links(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr(b'[', &b[from..]) {
        let i = from + k;
        match markdown_link_at(text, i) {
            Some(end) => {
                out.push((i, end));
                from = end;
            }
            None => from = i + 1,
        }
    }
    out
}

/// End of the Markdown link starting at byte `i` (a `[`), if one does.
fn markdown_link_at(text: &str, i: usize) -> Option<usize> {
    let ws_end = |p: usize| {
        let r = &text[p..];
        p + r.len() - r.trim_start().len()
    };
    // `[visible]`: 1 to 300 chars, no `]` nor newline.
    let rest = &text[i + 1..];
    let close = rest.find([']', '\n'])?;
    let visible = &rest[..close];
    if !rest[close..].starts_with(']') || visible.is_empty() || visible.chars().count() > 300 {
        return None;
    }
    let mut p = i + 1 + close + 1;
    if !text[p..].starts_with('(') {
        return None;
    }
    p = ws_end(p + 1);
    // Target: 1 to 2000 chars that are not `)`, `>` nor blank (no `<` in this text).
    let t = &text[p..];
    let run = t
        .find(|c: char| c == ')' || c == '>' || c.is_whitespace())
        .unwrap_or(t.len());
    if run == 0 || t[..run].chars().count() > 2000 {
        return None;
    }
    p += run;
    if text[p..].starts_with('>') {
        p += 1;
    }
    let close_paren = |q: usize| {
        let q = ws_end(q);
        text[q..].starts_with(')').then_some(q + 1)
    };
    // Optional title: blanks, then `"…"` on one line.
    let q = ws_end(p);
    if q > p && text[q..].starts_with('"') {
        let after = &text[q + 1..];
        if let Some(e) = after.find(['"', '\n']) {
            if after[e..].starts_with('"') {
                if let Some(end) = close_paren(q + 1 + e + 1) {
                    return Some(end);
                }
            }
        }
    }
    close_paren(p)
}

/// (target, visible text) of one `MARKDOWN` match.
///
/// A Markdown link `[visible](target …)` is read by hand; the result is the regex's groups 2
/// and 1: the visible text ends at the first `]` (its class excludes `]`), the target starts
/// after the blanks that follow `](` and runs to the first `)`, `>` or blank (its class), past
/// an opening `<` unless that `<` is the whole target (the regex's `<?` gives it back then).
/// Since the span is known to match, nothing else can differ. HTML anchors (`<a href>`, rare)
/// keep asking the regex for groups 3 and 4 on the span alone (no look-around, so the same
/// match).
fn link_parts(m: &str) -> Option<(&str, &str)> {
    if let Some(inner) = m.strip_prefix('[') {
        let close = inner.find(']')?;
        let visible = &inner[..close];
        let after = inner.get(close + 2..)?;
        let after = after.trim_start();
        let target_char = |c: char| c != ')' && c != '>' && !c.is_whitespace();
        let run = |s: &str| s.find(|c: char| !target_char(c)).unwrap_or(s.len());
        let target = match after.strip_prefix('<') {
            Some(t) if run(t) > 0 => &t[..run(t)],
            _ => &after[..run(after)],
        };
        return Some((target, visible));
    }
    let c = MARKDOWN.captures(m)?;
    Some((
        c.get(2).or_else(|| c.get(3))?.as_str(),
        c.get(1).or_else(|| c.get(4))?.as_str(),
    ))
}

fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let auth = rest.split(['/', '?', '#']).next().unwrap_or("");
    let auth = auth.rsplit_once('@').map_or(auth, |(_, h)| h);
    let host = auth.split(':').next().unwrap_or("");
    host.to_lowercase()
}

fn domain_or_sub(host: &str, domain: &str) -> bool {
    host == domain
        || (host.len() > domain.len()
            && host.ends_with(domain)
            && host.as_bytes()[host.len() - domain.len() - 1] == b'.')
}

/// The registrable domain (`a.b.example.co.uk` → `example.co.uk`).
fn registrable(host: &str) -> &str {
    let host = host.trim_end_matches('.');
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return host;
    }
    let last2 =
        &host[host.len() - labels[labels.len() - 2].len() - labels[labels.len() - 1].len() - 1..];
    let keep = if TWO_LEVEL_SUFFIXES.contains(&last2) && labels.len() >= 3 {
        3
    } else {
        2
    };
    let n: usize = labels[labels.len() - keep..]
        .iter()
        .map(|l| l.len())
        .sum::<usize>()
        + keep
        - 1;
    &host[host.len() - n..]
}

/// The name part of the registrable domain (`www.credit-agricole.fr` → `credit-agricole`).
fn registrable_name(host: &str) -> &str {
    let r = registrable(host);
    r.split('.').next().unwrap_or(r)
}

/// A Unicode host that mixes scripts, or whose letters all have Latin look-alikes.
fn suspicious_unicode(host: &str) -> bool {
    use unicode_security::{MixedScript, RestrictionLevel, RestrictionLevelDetection};
    if host.is_ascii() {
        return false;
    }
    host.split('.').any(|label| {
        if label.is_ascii() {
            return false;
        }
        if !label.is_single_script()
            || label.detect_restriction_level() > RestrictionLevel::HighlyRestrictive
        {
            return true;
        }
        let skeleton: String = unicode_security::skeleton(label).collect();
        skeleton.is_ascii()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `link_parts` must give exactly the regex's capture groups.
    fn parts_agree(t: &str) {
        for c in MARKDOWN.captures_iter(t) {
            let (Some(all), Some(target), Some(visible)) = (
                c.get(0),
                c.get(2).or_else(|| c.get(3)),
                c.get(1).or_else(|| c.get(4)),
            ) else {
                continue;
            };
            assert_eq!(
                link_parts(all.as_str()),
                Some((target.as_str(), visible.as_str())),
                "{t:?}"
            );
        }
    }

    #[test]
    fn link_parts_are_the_capture_groups() {
        for t in [
            "[shop.fr](https://evil.test/x)",
            "[a](<)",
            "[a](<<b>)",
            "[a](<b>)",
            "[a]( \u{a0}<https://x.y/z> \"title\" )",
            "[a](https://x.y/z \"t\")",
            "voir [ici]\n[là](https://a.b) et [x](y)(z)",
            "[a](b\u{2003})",
            "<a href=\"https://x.y\">shop.fr</a> <A HREF='z'>k</A>",
        ] {
            parts_agree(t);
        }
    }

    #[test]
    fn brand_index_agrees_with_every_brand() {
        let s = scanner();
        let mut hosts: Vec<String> = Vec::new();
        for (name, domains, _) in BRANDS.iter().take(60) {
            let d = domains[0];
            let compact = name.replace('-', "");
            hosts.extend([
                d.to_string(),
                format!("www.{d}"),
                format!("{name}.shop"),
                format!("{name}-paiement.fr"),
                format!("secure-{compact}login.com"),
                format!("{compact}secure.net"),
                format!("{}x.com", &compact[..compact.len() - 1]),
                format!("{}.com", &compact[1..]),
                format!("{}.com", compact.replace('l', "1").replace('o', "0")),
                format!("login.{name}.account-check.io"),
                format!("{d}.evil.test"),
                format!("{}-{}-suivi.com", &compact[..2], &compact[2..]),
                format!("secure.{}-{}login.net", &compact[..3], &compact[3..]),
                format!("{}-{}-facture.fr", &compact[..1], &compact[1..]),
            ]);
        }
        hosts.extend(
            [
                "atelier-seve.fr",
                "atelier-seve-promo.fr",
                "ateliers-seve.fr",
                "x.y",
            ]
            .map(String::from),
        );
        for h in &hosts {
            let orig = h.replace('1', "l");
            for host_orig in [h.as_str(), orig.as_str()] {
                let host = host_orig.to_lowercase();
                assert_eq!(
                    s.lookalike_among(host_orig, &host, false),
                    s.lookalike_among(host_orig, &host, true),
                    "{host_orig}"
                );
            }
        }
    }

    #[test]
    fn bracket_urls_by_hand() {
        let t = "voir http://[::1]:8080/x, éhttp://[::1] e.b://u@[fe80::1%eth0] a://b http://[z";
        let mut got = Vec::new();
        bracket_urls(t, |s, e| got.push(&t[s..e]));
        assert_eq!(got, ["http://[::1]:8080/x,", "e.b://u@[fe80::1%eth0]"]);
        let want: Vec<&str> = BRACKET_URL.find_iter(t).map(|m| m.as_str()).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn markdown_links_by_hand() {
        let long_visible = format!("[{}](https://a.b) [x](y)", "v".repeat(301));
        let long_target = format!(
            "[a](https://a.b/{}) [a](https://a.b/{})",
            "t".repeat(2000),
            "t".repeat(1984)
        );
        for t in [
            "[shop.fr](https://evil.test/x) et [a]( b  \"titre\" ) [c](d \"x\nz\")",
            "[a](b>) [a](b>>) [a](b \"t\"x) [a](b \"t\"  ) [é](ü\u{a0}) [](x) [a]()",
            "[[a](b)] [a]\n(b) [a\n](b) [a] (b) [a](b))",
            &long_visible,
            &long_target,
        ] {
            let want: Vec<(usize, usize)> = MARKDOWN
                .find_iter(t)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert!(!want.is_empty());
            assert_eq!(markdown_links(t), want, "{t}");
            parts_agree(t);
        }
    }

    proptest::proptest! {
        #[test]
        fn bracket_urls_are_the_whole_text_matches(
            t in "(h|t|p|s|K|\u{212a}|ſ|é|1|:|//|://|\\[|\\]|::1|@|%|\\.|-| |\u{a0}|\n|x){0,40}",
        ) {
            let mut got = Vec::new();
            bracket_urls(&t, |s, e| got.push((s, e)));
            let want: Vec<(usize, usize)> =
                BRACKET_URL.find_iter(&t).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn ascii_visible_domain_is_exact(t in "[a-zA-Z0-9.:/ _-]{0,12}(com|fr|co|net)?[a-zA-Z. _-]{0,4}") {
            let g = |re: &Regex| re.captures(&t).and_then(|c| c.get(1)).map(|m| m.range());
            proptest::prop_assert_eq!(g(&VISIBLE_DOMAIN_ASCII), g(&VISIBLE_DOMAIN));
        }

        #[test]
        fn link_parts_match_the_regex(t in "[\\[\\]()<> \u{a0}\n\"ab.:/]{0,40}") {
            parts_agree(&t);
        }

        #[test]
        fn markdown_links_are_the_regex_matches(t in "(\\[[a.\\] \n]{0,3}\\]\\([ >a\u{a0}\u{2003}\"()\n]{0,10}|[\\[\\]()> \"ab.\n]{0,6}){0,4}") {
            let want: Vec<(usize, usize)> =
                MARKDOWN.find_iter(&t).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(markdown_links(&t), want);
        }

        #[test]
        fn link_parts_match_the_regex_near_links(t in "\\[[a\\] \n]{0,3}\\]\\([ <>a\u{a0}\u{2003}\")\n]{0,10}") {
            parts_agree(&t);
        }
    }

    fn scanner() -> LinkScanner {
        LinkScanner::new(
            &["blocked-site.xyz".to_string()],
            &["atelier-seve.fr".to_string()],
        )
        .unwrap()
    }

    fn found(t: &str) -> Vec<(Kind, String)> {
        let mut h = Vec::new();
        let mut u = Vec::new();
        scanner().detect(t, &mut h, &mut u);
        h.iter()
            .map(|h| (h.kind, t[h.start..h.end].to_string()))
            .collect()
    }

    fn kinds(t: &str) -> Vec<Kind> {
        found(t).into_iter().map(|(k, _)| k).collect()
    }

    #[test]
    fn risky_hosts() {
        assert_eq!(
            kinds("see http://192.0.2.7/login"),
            [Kind::Insecure, Kind::IpHost]
        );
        assert_eq!(
            kinds("https://login.xn--akanrsb-bna.fr/gift"),
            [Kind::Punycode]
        );
        assert_eq!(kinds("go https://bit.ly/x"), [Kind::Shortener]);
        assert!(kinds("bit.ly style shorteners are banned in bios").is_empty());
        assert!(kinds("see https://t.ly/ for their pricing").is_empty());
        assert_eq!(
            kinds("https://promo.blocked-site.xyz/a"),
            [Kind::Blocklisted]
        );
        assert_eq!(kinds("https://аpple.com/login"), [Kind::Punycode]);
    }

    #[test]
    fn brand_domain_as_the_user_and_open_redirects() {
        assert_eq!(
            kinds("verify: https://paypal.com@secure-verify-login.tld/session"),
            [Kind::Lookalike]
        );
        assert_eq!(
            kinds("https://www.google.com/url?q=https://promo.blocked-site.xyz/win"),
            [Kind::Blocklisted]
        );
        assert_eq!(
            kinds("https://l.facebook.com/l.php?u=https%3A%2F%2Fblocked-site.xyz%2Fr"),
            [Kind::Blocklisted]
        );
        assert_eq!(
            kinds("https://t.example/r?to=https://paypal-secure-login.net/x"),
            [Kind::Lookalike]
        );
        // A person as the user (git remotes), a brand's own login and a redirect home are fine.
        assert!(kinds("git clone https://first.last@bitbucket.org/team/repo.git").is_empty());
        assert!(kinds("https://paypal.com@paypal.com/x").is_empty());
        assert!(kinds("https://www.google.com/url?q=https://www.laposte.fr/suivi").is_empty());
        assert!(kinds("https://shop.example/login?next=/account&ref=home.page").is_empty());
    }

    #[test]
    fn unicode_spaces_end_a_url_and_a_jwt_is_not_a_domain() {
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5ODUzMTIiLCJuYW1lIjoiT2NcdTAwZTlhbmUiLCJyb2xlIjoiZWRpdG9yIiwiaWF0IjoxNzUyMTQ0NjQxfQ.tFnRozqCVJth0NLJ1kcJnLhAIfo8zbDb76z9sSf";
        for sp in ['\u{a0}', '\u{202f}', '\u{2009}', ' '] {
            assert!(
                kinds(&format!("jeton {jwt}{sp}? merci")).is_empty(),
                "{sp:?}"
            );
            assert!(
                kinds(&format!("voir example.com{sp}! ok")).is_empty(),
                "{sp:?}"
            );
        }
        // The link before the no-break space is still read, and ends there.
        assert_eq!(
            found("lien\u{a0}: https://bit.ly/x\u{a0}? merci"),
            [(Kind::Shortener, "https://bit.ly/x".into())]
        );
        assert_eq!(
            found("lien bit.ly/x.\u{202f}merci"),
            [(Kind::Shortener, "bit.ly/x".into())]
        );
        // A real punycode host next to a no-break space is still one.
        assert_eq!(
            found("https://login.xn--akanrsb-bna.fr/gift\u{a0}!"),
            [(
                Kind::Punycode,
                "https://login.xn--akanrsb-bna.fr/gift".into()
            )]
        );
    }

    #[test]
    fn lookalikes() {
        for u in [
            "www.app1e.com/claim",
            "https://credit-agricoIe.fr/x",
            "https://www.impots.gouv-fr.com/login",
            "https://vinted-paiement.fr/login",
            "www.0range.fr/remboursement",
            "https://apple-id-support.com/a",
            "https://amazom.fr/a",
            "https://atelier-seve-promo.fr/a",
            "https://paypa1-secure.com/login",
            "https://amaz0n-remboursement.fr/a",
            "https://secure.vint3d-paiement.fr/a",
            "https://netfl1x-billing.com/update",
            "https://www.l1nkedin-verify.com/a",
            "https://lnstagram-help.com/appeal",
            "https://www.rnicrosoft-support.com/a",
            "https://arnazon-colis.fr/suivi",
            "https://paypaI-secure.com/a",
            "https://netfIix-billing.com/update",
            "https://vvhatsapp-verify.com/a",
            "https://caf-aides-logement.com/aide",
            "https://caf-fr.net/contrat/signature",
            "https://orange-allocations.fr/a",
            // A typo in the middle of the name, a typo after a letter homoglyph.
            "https://netfiix-billing.com/account",
            "https://lnstagrarn-help.com/appeal",
        ] {
            assert_eq!(kinds(u), [Kind::Lookalike], "{u}");
        }
        for u in [
            "https://support.apple.com/fr-fr/billing",
            "https://www.amazon.fr/commandes",
            "https://free-giftcard-claim.top/x",
            "https://www.atelier-seve.fr/concours",
            "https://kaori-cosmetics.com/a",
            "https://studio54-paris.fr/a",
            "https://crypto-x2-rapide.io/a",
            "https://top10-cadeaux.fr/a",
            "https://team1-billing.com/a",
            "https://f1lms-studio.fr/a",
            "https://journal-support.fr/a",
            "https://www.modern-help.com/a",
            "https://vintage-support.com/a",
            "https://Intercom-help.io/a",
            "https://learn-account.com/a",
            "https://www.amazing-account.com/a",
            "https://Kaori-Beauty-Support.com/a",
            "https://cafe-aides-jeunes.fr/a",
            "https://www.caf.fr/allocataires/aides",
            "https://mon-dossier-aides.fr/a",
            "https://www.netfolio-billing.com/a",
            "https://www.bernard-support.fr/a",
        ] {
            assert!(kinds(u).is_empty(), "{u}");
        }
    }

    #[test]
    fn brand_split_by_hyphens() {
        for u in [
            "https://la-poste-suivi.com/login",
            "https://secure.la-poste-suivi.com/concours",
            "https://www.la-poste-suivi.com/verify?id=wngyet",
            "https://pay-pal-secure.com/a",
            "https://ama-zon-login.net/a",
            "https://la-postesuivi.fr/colis",
            "https://net-flix.com/billing",
            "https://or-ange-facture.fr/a",
            "https://atelier-se-ve.fr/concours",
        ] {
            assert_eq!(kinds(u), [Kind::Lookalike], "{u}");
        }
        for u in [
            // Pieces that spell a short or common-word brand by accident, without bait.
            "https://or-ange-jardin.fr/a",
            "https://d-hl-studio.fr/a",
            "https://la-post-it.fr/a",
            "https://pay-palette.fr/a",
            "https://www.atelier-seve.fr/concours",
            "https://sept-chemins.fr/a",
        ] {
            assert!(kinds(u).is_empty(), "{u}: {:?}", kinds(u));
        }
    }

    #[test]
    fn common_word_brand_with_a_homoglyph_or_a_plural_bait() {
        for u in [
            // A homoglyph in a common-word name is bait by itself.
            "https://0range-messagerie.fr/login",
            "https://fr33-abonnement.com/a",
            // A bait word in the plural.
            "https://caf-allocataires.net/versement",
            "https://orange-comptes.com/a",
            // A common-word name glued to a bait word, next to another.
            "https://appleid-unlock-support.com/verify",
            // An order lure next to a misspelt long name.
            "https://www.amazn-commande.fr/gp/order/402-1182",
        ] {
            assert_eq!(kinds(u), [Kind::Lookalike], "{u}");
        }
        for u in [
            "https://orange-messagerie-jardin.fr/a",
            "https://free2move.com/a",
            "https://caf-restos.fr/a",
            "https://orange-bleue.fr/cours",
            "https://orangebox-jardin.fr/a",
            "https://www.commande-pizza.fr/order",
        ] {
            assert!(kinds(u).is_empty(), "{u}: {:?}", kinds(u));
        }
    }

    #[test]
    fn a_confusable_letter_a_glued_brand_or_glued_digits() {
        for u in [
            // One confusable letter, an unspellable doubled letter.
            "https://appie.com/offre",
            "https://oranqe.fr/auth",
            "https://frree.fr/reclamer",
            // Digits glued to a brand, a brand of two words without its hyphen.
            "https://microsoft365-login.net/verify",
            "https://sncfconnect-remboursement.com/connexion",
        ] {
            assert_eq!(kinds(u), [Kind::Lookalike], "{u}");
        }
        for u in [
            // Real words a letter away from a brand, spelt as the language spells them.
            "https://chasse.fr/calendrier",
            "https://www.vissa.fr/",
            "https://metta.fr/a",
            "https://www.applied.com/x",
            "https://www.orangerie.fr/",
            // A common-word brand with digits needs a bait word; the brand's own domain.
            "https://orange24.fr/a",
            "https://sncf-connect.com/app",
        ] {
            assert!(kinds(u).is_empty(), "{u}: {:?}", kinds(u));
        }
    }

    #[test]
    fn confusable_readings_of_a_name() {
        assert!(confusable_readings("appie").contains(&"apple".to_string()));
        assert!(confusable_readings("frree").contains(&"free".to_string()));
        assert!(!confusable_readings("chasse").contains(&"chase".to_string()));
        assert!(!confusable_readings("staff").contains(&"staf".to_string()));
        assert!(confusable_readings("caf\u{e9}").is_empty());
    }

    #[test]
    fn a_blocklisted_host_is_no_lookalike_too() {
        assert_eq!(
            kinds("http://paypal-login.blocked-site.xyz/offre"),
            [Kind::Insecure, Kind::Blocklisted]
        );
    }

    #[test]
    fn a_host_of_digit_groups_is_no_url() {
        assert!(found("voir https://x.fr puis la carte 6584.2754.6078.4696")
            .iter()
            .all(|(_, u)| u == "https://x.fr"));
        assert!(found("Best number is +1.783.975.5003").is_empty());
    }

    #[test]
    fn dub_and_other_shorteners() {
        assert_eq!(kinds("lien : https://dub.sh/aB3dE"), [Kind::Shortener]);
        assert_eq!(kinds("go to dub.sh/xYz12 now"), [Kind::Shortener]);
        // The service's own name leads nowhere hidden.
        assert!(kinds("Dub docs at https://dub.co").is_empty());
    }

    #[test]
    fn newer_shorteners() {
        assert_eq!(kinds("le lien https://x.gd/Kp3vA"), [Kind::Shortener]);
        assert!(kinds("le site https://www.xgd.fr/a").is_empty());
    }

    #[test]
    fn userinfo_with_multibyte_host_does_not_panic() {
        // Found by the fuzzer: the authority was re-sliced after removing the user info.
        let _ = kinds("A://\u{1e3}t.me23:@1");
    }

    #[test]
    fn mismatched_markdown() {
        let t = "suivez [amazon.fr/commandes](https://redirect-secure-link.net/3ukewy).";
        assert!(kinds(t).contains(&Kind::Mismatch));
        assert!(
            !kinds("[www.atelier-seve.fr](https://www.atelier-seve.fr/concours)")
                .contains(&Kind::Mismatch)
        );
        assert!(
            !kinds("les [règles](https://www.atelier-seve.fr/concours)").contains(&Kind::Mismatch)
        );
        assert!(
            kinds(r#"<a href="https://evil.example.net/x">paypal.com</a>"#)
                .contains(&Kind::Mismatch)
        );
    }

    #[test]
    fn misspelt_brand_next_to_a_sales_lure() {
        for t in [
            "lien louche : decathion-promo.fr/black-friday",
            "https://amazom-deals.net/today",
            "https://instagran-giveaway.com/win",
        ] {
            assert!(kinds(t).contains(&Kind::Lookalike), "{t}: {:?}", kinds(t));
        }
        for t in [
            // A common-word brand next to a lure is not bait; a real domain is not a look-alike.
            "https://promo.free-giftcard-claim.top/x",
            "https://orange-promo-jardin.fr/soldes",
            "https://www.decathlon.fr/promo",
            "https://deals.vintage-records.com/promo",
        ] {
            assert!(!kinds(t).contains(&Kind::Lookalike), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn country_domains_in_visible_text() {
        assert!(
            kinds("rules: [www.celticwings.ie/checkin](https://m.verify-pledge.net/5udj)")
                .contains(&Kind::Mismatch)
        );
        assert!(
            !kinds("rules: [www.celticwings.ie/checkin](https://www.celticwings.ie/checkin)")
                .contains(&Kind::Mismatch)
        );
    }
}
