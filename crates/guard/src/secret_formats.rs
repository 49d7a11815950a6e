//! Known credential formats (token prefixes and shapes published by their vendors).
//!
//! Each format has literal anchors found by one Aho-Corasick pass; only around an anchor is the
//! format's own regex run, so a hundred formats cost one automaton scan (a single alternation of
//! them all made the regex engine fall back to its slow path). The caller checks that a match is
//! not glued to more key material on either side. Discord bot tokens (no fixed anchor) are not
//! covered. Families: cloud (AWS, Google, Azure AD, DigitalOcean, Alibaba,
//! HashiCorp Vault/Terraform, fly.io, Cloudflare), payment (Stripe, Square), code hosting and
//! package registries (GitHub, GitLab, npm, PyPI, Sourcegraph, Clojars), chat (Slack, Discord,
//! Telegram), AI (OpenAI, Anthropic, Hugging Face, Perplexity, Groq, Replicate, NVIDIA), SaaS
//! (SendGrid, Brevo, Mailchimp, Shopify, Atlassian, Notion, Linear, Postman, Grafana, Sentry, Databricks,
//! Facebook, Okta, Octopus Deploy, Scalingo, Infracost, EasyPost, 42 Intra).
use std::sync::LazyLock;

#[cfg(test)]
use aho_corasick::AhoCorasick;
use regex::Regex;

/// One credential format: literal anchors, how far before an anchor the key may start, regex.
struct Format {
    anchors: &'static [&'static str],
    back: usize,
    re: &'static str,
}

const fn f(anchors: &'static [&'static str], re: &'static str) -> Format {
    Format {
        anchors,
        back: 0,
        re,
    }
}

const fn fb(anchors: &'static [&'static str], back: usize, re: &'static str) -> Format {
    Format { anchors, back, re }
}

const FORMATS: &[Format] = &[
    // cloud
    f(
        &["AKIA", "ASIA", "ABIA", "ACCA", "A3T"],
        r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}",
    ),
    f(&["ABSK"], r"ABSK[A-Za-z0-9+/]{100,}={0,2}"),
    f(
        &["bedrock-api-key-"],
        r"bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{20,}",
    ),
    f(&["AIza"], r"AIza[0-9A-Za-z_\-]{35}"),
    fb(&["Q~"], 4, r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}"),
    f(
        &["doo_v1_", "dop_v1_", "dor_v1_"],
        r"do[opr]_v1_[a-f0-9]{64}",
    ),
    f(&["LTAI"], r"LTAI[A-Za-z0-9]{20}"),
    // Vault service and batch tokens; short `hvs.` tokens are the 24-char legacy body re-prefixed.
    f(&["hvs.", "hvb."], r"hv[sb]\.[A-Za-z0-9_\-]{24,300}"),
    fb(
        &[".atlasv1."],
        14,
        r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70}",
    ),
    f(&["fo1_"], r"fo1_[A-Za-z0-9_\-]{43}"),
    f(&["fm1", "fm2"], r"fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3}"),
    f(&["v1.0-"], r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}"),
    // payment
    f(
        &[
            "sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_",
        ],
        r"(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{20,}",
    ),
    f(&["whsec_"], r"whsec_[A-Za-z0-9]{24,}"),
    f(
        &["sq0atp-", "sq0csp-", "sq0idp-"],
        r"sq0(?:atp|csp|idp)-[A-Za-z0-9_\-]{22,60}",
    ),
    f(&["EAAA"], r"EAAA[A-Za-z0-9_\-+]{40,}"),
    // code hosting, registries
    f(
        &["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
        r"gh[pousr]_[A-Za-z0-9]{36,255}",
    ),
    f(&["github_pat_"], r"github_pat_[A-Za-z0-9_]{22,255}"),
    f(&["glpat-"], r"glpat-[A-Za-z0-9_\-]{20,}"),
    f(
        &[
            "glptt-", "gldt-", "glrt-", "glimt-", "glagent-", "gloas-", "glcbt-", "glft-",
            "glsoat-",
        ],
        r"gl(?:ptt|dt|rt|imt|agent|oas|cbt|ft|soat)-[A-Za-z0-9_\-]{20,}",
    ),
    f(&["npm_"], r"npm_[A-Za-z0-9]{36}"),
    // Mailgun private API key: `key-` and 32 lowercase hex digits.
    f(&["key-"], r"key-[0-9a-f]{32}"),
    // Twilio API key SID: `SK` and 32 lowercase hex digits.
    f(&["SK"], r"SK[0-9a-f]{32}"),
    f(
        &["pypi-AgEIcHlwaS5vcmc"],
        r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}",
    ),
    f(
        &["sgp_"],
        r"sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}",
    ),
    f(&["CLOJARS_"], r"CLOJARS_[a-z0-9]{60}"),
    f(&["sqp_", "squ_", "sqa_"], r"sq[pua]_[a-zA-Z0-9]{40}"),
    // chat
    f(
        &[
            "xoxb-", "xoxp-", "xoxo-", "xoxa-", "xoxs-", "xoxr-", "xoxe-",
        ],
        r"xox[bpoasre]-\d{6,14}(?:-\d{6,14}){1,3}-[A-Za-z0-9]{10,64}",
    ),
    f(&["xoxb-"], r"xoxb-\d{8,14}-[A-Za-z0-9]{18,34}"),
    f(
        &["xoxa-2-"],
        r"xoxa-2-\d{6,14}(?:-\d{6,14}){1,3}-[a-f0-9]{10,64}",
    ),
    f(&["xoxe.xox"], r"xoxe\.xox[bp]-1-[A-Za-z0-9]{150,200}"),
    f(&["xoxe-1-"], r"xoxe-1-[A-Za-z0-9]{140,}"),
    f(&["xapp-"], r"xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+"),
    f(
        &["https://hooks.slack.com/", "http://hooks.slack.com/"],
        r"https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_\-]{20,}",
    ),
    fb(&[":AA"], 10, r"\d{8,10}:AA[A-Za-z0-9_\-]{33}"),
    // AI
    f(
        &["sk-proj-", "sk-svcacct-", "sk-admin-"],
        r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}",
    ),
    fb(
        &["T3BlbkFJ"],
        23,
        r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    ),
    f(
        &["sk-ant-"],
        r"sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_\-]{80,100}AA",
    ),
    // Hugging Face issues letters only; copies and look-alikes in the wild hold digits too.
    f(&["hf_"], r"hf_[A-Za-z0-9]{34}"),
    // Airtable personal access tokens: `pat`, 14 characters, a dot, 64 hex digits.
    f(&["pat"], r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}"),
    f(&["api_org_"], r"api_org_[A-Za-z]{34}"),
    f(&["pplx-"], r"pplx-[A-Za-z0-9]{48}"),
    f(
        &["r8_", "gsk_", "nvapi-"],
        r"(?:r8_|gsk_|nvapi-)[A-Za-z0-9_\-]{30,}",
    ),
    // SaaS
    f(&["SG."], r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}"),
    // Brevo (ex-Sendinblue) API v3 and SMTP keys: 64 hex digits, then a 16-char suffix.
    f(
        &["xkeysib-", "xsmtpsib-"],
        r"x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}",
    ),
    fb(&["-us"], 32, r"[a-f0-9]{32}-us\d{1,2}"),
    f(
        &["shpat_", "shpca_", "shppa_", "shpss_"],
        r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",
    ),
    f(&["ATATT3"], r"ATATT3[A-Za-z0-9_\-=]{186}"),
    f(&["ntn_"], r"ntn_\d{11}[A-Za-z0-9]{32,35}"),
    f(&["lin_api_"], r"lin_api_[A-Za-z0-9]{40}"),
    f(
        &["PMAK-", "pmak-"],
        r"(?:PMAK|pmak)-[a-f0-9]{24}-[a-f0-9]{34}",
    ),
    f(&["glc_"], r"glc_[A-Za-z0-9+/]{32,400}={0,2}"),
    f(&["glsa_"], r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"),
    f(&["sntrys_eyJ"], r"sntrys_eyJ[A-Za-z0-9+/=_\-]{50,}"),
    f(&["sntryu_"], r"sntryu_[a-f0-9]{64}"),
    f(&["dapi"], r"dapi[a-f0-9]{32}(?:-\d)?"),
    fb(
        &["|", "%7C", "%7c"],
        16,
        r"\d{15,16}(?:\||%7[Cc])[A-Za-z0-9_\-]{27}",
    ),
    f(&["EAAM", "EAAC"], r"EAA[MC][A-Za-z0-9]{100,}"),
    f(&["API-"], r"API-[A-Z0-9]{26}"),
    f(&["tk-us-"], r"tk-us-[A-Za-z0-9_\-]{48}"),
    f(&["ico-"], r"ico-[A-Za-z0-9]{32}"),
    f(&["EZAK", "EZTK"], r"EZ[AT]K[A-Za-z0-9]{54}"),
    f(&["s-s4t2ud-", "s-s4t2af-"], r"s-s4t2(?:ud|af)-[a-f0-9]{64}"),
    f(&["sha256~"], r"sha256~[A-Za-z0-9_\-]{43}"),
    f(&["HRKU-AA"], r"HRKU-AA[A-Za-z0-9_\-]{58}"),
    f(&["dp.pt."], r"dp\.pt\.[A-Za-z0-9]{43}"),
    f(
        &["pscale_tkn_", "pscale_pw_", "pscale_oauth_"],
        r"pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_\-.=]{32,64}",
    ),
    f(
        &["AGE-SECRET-KEY-1"],
        r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    ),
];

struct Compiled {
    anchors: aho_corasick::dfa::DFA,
    /// Anchor pattern index → format index.
    format_of: Vec<usize>,
    /// Per format: anchored at the anchor (`back == 0`) or searched in a window around it.
    regexes: Vec<Regex>,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut lits = Vec::new();
    let mut format_of = Vec::new();
    for (i, fmt) in FORMATS.iter().enumerate() {
        for a in fmt.anchors {
            lits.push(*a);
            format_of.push(i);
        }
    }
    let regexes = FORMATS
        .iter()
        .map(|fmt| {
            let src = if fmt.back == 0 {
                format!("^(?:{})", fmt.re)
            } else {
                fmt.re.to_string()
            };
            Regex::new(&src).expect("static regex")
        })
        .collect();
    Compiled {
        anchors: crate::triggers::dfa(&lits, false),
        format_of,
        regexes,
    }
});

/// Every known-format credential in `text`, as byte spans (possibly overlapping or repeated).
pub(crate) fn find_prefixed(text: &str, mut found: impl FnMut(usize, usize)) {
    let c = &*COMPILED;
    let mut last: Option<(usize, usize)> = None;
    crate::triggers::overlapping_at(&c.anchors, text.as_bytes(), |pat, p| {
        if let Some(sp) = format_span(c, text, pat, p) {
            if last != Some(sp) {
                found(sp.0, sp.1);
                last = Some(sp);
            }
        }
    });
}

/// The credential of the format of anchor `pat` found at `p`, if the format's regex matches
/// there.
fn format_span(c: &Compiled, text: &str, pat: usize, p: usize) -> Option<(usize, usize)> {
    let fi = *c.format_of.get(pat)?;
    let fmt = &FORMATS[fi];
    let mut we = (p + 800).min(text.len());
    while !text.is_char_boundary(we) {
        we -= 1;
    }
    if fmt.back == 0 {
        c.regexes[fi].find(&text[p..we]).map(|r| (p, p + r.end()))
    } else {
        let mut ws = p.saturating_sub(fmt.back);
        while !text.is_char_boundary(ws) {
            ws += 1;
        }
        c.regexes[fi]
            .find_iter(&text[ws..we])
            .map(|r| (ws + r.start(), ws + r.end()))
            .find(|&(s, e)| s <= p && p < e)
    }
}

/// [`find_prefixed`] with `AhoCorasick::find_overlapping_iter` over the anchors
/// (property-tested against it).
#[cfg(test)]
pub(crate) fn find_prefixed_reference(text: &str, mut found: impl FnMut(usize, usize)) {
    static AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
        let lits: Vec<&str> = FORMATS
            .iter()
            .flat_map(|f| f.anchors.iter().copied())
            .collect();
        AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(lits)
            .expect("static automaton")
    });
    let c = &*COMPILED;
    let mut last: Option<(usize, usize)> = None;
    for m in AC.find_overlapping_iter(text) {
        if let Some(sp) = format_span(c, text, m.pattern().as_usize(), m.start()) {
            if last != Some(sp) {
                found(sp.0, sp.1);
                last = Some(sp);
            }
        }
    }
}

/// Password-manager credentials (1Password secret keys and service-account tokens).
pub(crate) static PREFIXED_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"ops_eyJ[A-Za-z0-9+/=_\-]{250,}",
        r"|A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
    ))
    .expect("static regex")
});

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// Texts made of the formats' anchors (overlapping ones included) and key-like runs.
    fn texts() -> impl Strategy<Value = String> {
        let anchors: Vec<&'static str> = FORMATS
            .iter()
            .flat_map(|f| f.anchors.iter().copied())
            .collect();
        let piece = proptest::prop_oneof![
            proptest::sample::select(anchors).prop_map(str::to_string),
            "[A-Za-z0-9_-]{0,40}",
            "[ :=\"]{0,2}",
        ];
        proptest::collection::vec(piece, 0..8).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #[test]
        fn anchor_loop_is_the_overlapping_search(t in texts()) {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            find_prefixed(&t, |s, e| fast.push((s, e)));
            find_prefixed_reference(&t, |s, e| slow.push((s, e)));
            proptest::prop_assert_eq!(fast, slow);
        }
    }
}
