//! Known credential formats (token prefixes and shapes published by their vendors).
//!
//! Each alternative matches a whole credential; the caller checks that it is not glued to more
//! key material on either side. Families: cloud (AWS, Google, Azure AD, DigitalOcean, Alibaba,
//! HashiCorp Vault/Terraform, fly.io, Cloudflare), payment (Stripe, Square), code hosting and
//! package registries (GitHub, GitLab, npm, PyPI, Sourcegraph, Clojars), chat (Slack, Discord,
//! Telegram), AI (OpenAI, Anthropic, Hugging Face, Perplexity, Groq, Replicate, NVIDIA), SaaS
//! (SendGrid, Mailchimp, Shopify, Atlassian, Notion, Linear, Postman, Grafana, Sentry, Databricks,
//! Facebook, Okta, Octopus Deploy, Scalingo, Infracost, EasyPost, 42 Intra).
use std::sync::LazyLock;

use regex::Regex;

pub(crate) static PREFIXED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:",
        // cloud
        r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}",
        r"|ABSK[A-Za-z0-9+/]{100,}={0,2}",
        r"|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{20,}",
        r"|AIza[0-9A-Za-z_\-]{35}",
        r"|[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}",
        r"|do[opr]_v1_[a-f0-9]{64}",
        r"|LTAI[A-Za-z0-9]{20}",
        r"|hv[sb]\.[A-Za-z0-9_\-]{90,300}",
        r"|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70}",
        r"|fo1_[A-Za-z0-9_\-]{43}",
        r"|fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3}",
        r"|v1\.0-[a-f0-9]{24}-[a-f0-9]{146}",
        // payment
        r"|(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{20,}",
        r"|whsec_[A-Za-z0-9]{24,}",
        r"|sq0(?:atp|csp|idp)-[A-Za-z0-9_\-]{22,60}",
        r"|EAAA[A-Za-z0-9_\-+]{40,}",
        // code hosting, registries
        r"|gh[pousr]_[A-Za-z0-9]{36,255}",
        r"|github_pat_[A-Za-z0-9_]{22,255}",
        r"|glpat-[A-Za-z0-9_\-]{20,}",
        r"|gl(?:ptt|dt|rt|imt|agent|oas|cbt|ft|soat)-[A-Za-z0-9_\-]{20,}",
        r"|npm_[A-Za-z0-9]{36}",
        r"|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}",
        r"|sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}",
        r"|CLOJARS_[a-z0-9]{60}",
        r"|sq[pua]_[a-zA-Z0-9]{40}",
        // chat
        r"|xox[bpoasre]-\d{6,14}(?:-\d{6,14}){1,3}-[A-Za-z0-9]{10,64}",
        r"|xoxb-\d{8,14}-[A-Za-z0-9]{18,34}",
        r"|xoxa-2-\d{6,14}(?:-\d{6,14}){1,3}-[a-f0-9]{10,64}",
        r"|xoxe\.xox[bp]-1-[A-Za-z0-9]{150,200}",
        r"|xoxe-1-[A-Za-z0-9]{140,}",
        r"|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+",
        r"|https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_\-]{20,}",
        r"|[MN][A-Za-z0-9]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}",
        r"|\d{8,10}:AA[A-Za-z0-9_\-]{33}",
        // AI
        r"|sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}",
        r"|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
        r"|sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_\-]{80,100}AA",
        r"|hf_[A-Za-z]{34}",
        r"|api_org_[A-Za-z]{34}",
        r"|pplx-[A-Za-z0-9]{48}",
        r"|(?:r8_|gsk_|nvapi-)[A-Za-z0-9_\-]{30,}",
        // SaaS
        r"|SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}",
        r"|[a-f0-9]{32}-us\d{1,2}",
        r"|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",
        r"|ATATT3[A-Za-z0-9_\-=]{186}",
        r"|ntn_\d{11}[A-Za-z0-9]{32,35}",
        r"|lin_api_[A-Za-z0-9]{40}",
        r"|(?:PMAK|pmak)-[a-f0-9]{24}-[a-f0-9]{34}",
        r"|glc_[A-Za-z0-9+/]{32,400}={0,2}",
        r"|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}",
        r"|sntrys_eyJ[A-Za-z0-9+/=_\-]{50,}",
        r"|sntryu_[a-f0-9]{64}",
        r"|dapi[a-f0-9]{32}(?:-\d)?",
        r"|\d{15,16}(?:\||%7[Cc])[A-Za-z0-9_\-]{27}",
        r"|EAA[MC][A-Za-z0-9]{100,}",
        r"|API-[A-Z0-9]{26}",
        r"|tk-us-[A-Za-z0-9_\-]{48}",
        r"|ico-[A-Za-z0-9]{32}",
        r"|EZ[AT]K[A-Za-z0-9]{54}",
        r"|s-s4t2(?:ud|af)-[a-f0-9]{64}",
        r"|sha256~[A-Za-z0-9_\-]{43}",
        r"|HRKU-AA[A-Za-z0-9_\-]{58}",
        r"|dp\.pt\.[A-Za-z0-9]{43}",
        r"|pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_\-.=]{32,64}",
        r"|AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        r")",
    ))
    .expect("static regex")
});

/// Password-manager credentials (1Password secret keys and service-account tokens).
pub(crate) static PREFIXED_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"ops_eyJ[A-Za-z0-9+/=_\-]{250,}",
        r"|A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
    ))
    .expect("static regex")
});
