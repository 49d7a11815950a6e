//! Built-in list of widely impersonated brands (FR and international) and look-alike tests.
//!
//! A host is a look-alike of a brand when it is not one of the brand's domains (or a subdomain of
//! one) and either
//! - its name is the brand's name after undoing homoglyph tricks (`app1e`, `0range`,
//!   `credit-agricoIe` with a capital I, `rn` for `m`, `vv` for `w`), or
//! - its name is one typo (insertion, deletion, substitution, transposition) away from a brand name
//!   of six letters or more (`amazom`, `paypall`), or one of its words is, next to a bait word
//!   (`lnstagram-help.com`), or
//! - it carries the brand's name as a word of the host (`vinted-paiement.fr`, `laposte-colis.info`,
//!   `impots.gouv-fr.com`, `paypal.com.secure-login.net`), also after undoing homoglyphs in that
//!   word (`paypa1-secure.com`, `paypaI-secure.com`, `arnazon-colis.fr`). Brands whose name is a common word
//!   (Orange, Free, Apple, Visa…) need a bait word next to it (`orange-facture`, `apple-id-support`).
//! - it spells the brand's name across hyphens (`la-poste-suivi.com`, `pay-pal-secure.com`,
//!   `la-postesuivi.fr`): the glued pieces are the name, or the name then a bait word; a
//!   common-word or short name needs a bait word in another piece (`or-ange-facture.fr`), and
//!   pieces that only begin with a name (`pay-palette.fr`) do not count.
//!
//! Trap avoided: the brands' real domains and their subdomains (`support.apple.com`), and hosts that
//! merely share a common word with a brand (`free-giftcard-claim.top` is not Free).

/// (brand name tokens joined by `-`, real domains, name is a common word)
pub(crate) const BRANDS: &[(&str, &[&str], bool)] = &[
    // Payment, banks
    ("paypal", &["paypal.com", "paypal.fr", "paypal.me"], false),
    (
        "credit-agricole",
        &["credit-agricole.fr", "credit-agricole.com", "ca-paris.fr"],
        false,
    ),
    ("creditagricole", &["credit-agricole.fr"], false),
    (
        "bnpparibas",
        &[
            "bnpparibas",
            "bnpparibas.com",
            "bnpparibas.fr",
            "mabanque.bnpparibas",
        ],
        false,
    ),
    ("bnp", &["bnpparibas.com", "bnpparibas.fr"], false),
    (
        "societegenerale",
        &["societegenerale.fr", "societegenerale.com"],
        false,
    ),
    ("labanquepostale", &["labanquepostale.fr"], false),
    ("banquepostale", &["labanquepostale.fr"], false),
    ("caisse-epargne", &["caisse-epargne.fr"], false),
    ("credit-mutuel", &["creditmutuel.fr"], false),
    ("creditmutuel", &["creditmutuel.fr"], false),
    ("boursorama", &["boursorama.com", "boursobank.com"], false),
    ("lcl", &["lcl.fr"], true),
    ("revolut", &["revolut.com"], false),
    ("lydia", &["lydia-app.com", "lydia.me"], true),
    ("hsbc", &["hsbc.com", "hsbc.fr", "hsbc.co.uk"], false),
    ("barclays", &["barclays.co.uk", "barclays.com"], false),
    ("wellsfargo", &["wellsfargo.com"], false),
    ("chase", &["chase.com"], true),
    ("bankofamerica", &["bankofamerica.com"], false),
    ("visa", &["visa.com", "visa.fr"], true),
    ("mastercard", &["mastercard.com", "mastercard.fr"], false),
    ("americanexpress", &["americanexpress.com"], false),
    ("amex", &["americanexpress.com"], false),
    ("binance", &["binance.com"], false),
    ("coinbase", &["coinbase.com"], false),
    ("metamask", &["metamask.io"], false),
    // Post and parcels
    (
        "laposte",
        &["laposte.fr", "laposte.net", "labanquepostale.fr"],
        false,
    ),
    ("colissimo", &["colissimo.fr", "laposte.fr"], false),
    ("chronopost", &["chronopost.fr"], false),
    (
        "mondialrelay",
        &["mondialrelay.fr", "mondialrelay.com"],
        false,
    ),
    ("mondial-relay", &["mondialrelay.fr"], false),
    ("dhl", &["dhl.com", "dhl.fr", "dhl.de"], false),
    ("fedex", &["fedex.com"], false),
    ("ups", &["ups.com"], true),
    ("dpd", &["dpd.fr", "dpd.com", "dpd.co.uk"], false),
    ("gls", &["gls-group.eu", "gls-france.com"], true),
    ("royalmail", &["royalmail.com"], false),
    ("usps", &["usps.com"], false),
    ("relais-colis", &["relaiscolis.com"], false),
    // Administrations
    ("ameli", &["ameli.fr"], false),
    ("impots", &["impots.gouv.fr"], false),
    ("caf", &["caf.fr"], true),
    ("antai", &["antai.gouv.fr"], false),
    ("ants", &["ants.gouv.fr"], true),
    ("franceconnect", &["franceconnect.gouv.fr"], false),
    ("service-public", &["service-public.fr"], false),
    ("urssaf", &["urssaf.fr"], false),
    ("francetravail", &["francetravail.fr"], false),
    (
        "pole-emploi",
        &["pole-emploi.fr", "francetravail.fr"],
        false,
    ),
    ("cpam", &["ameli.fr"], false),
    ("hmrc", &["hmrc.gov.uk", "gov.uk"], false),
    ("irs", &["irs.gov"], true),
    ("vitale", &["ameli.fr"], true),
    // Telecoms, energy, transport
    ("orange", &["orange.fr", "orange.com", "sosh.fr"], true),
    ("free", &["free.fr", "freebox.fr", "free-mobile.fr"], true),
    ("freebox", &["free.fr", "freebox.fr"], false),
    ("sfr", &["sfr.fr"], false),
    ("bouygues", &["bouyguestelecom.fr", "bouygues.com"], false),
    ("bouyguestelecom", &["bouyguestelecom.fr"], false),
    ("edf", &["edf.fr"], false),
    ("engie", &["engie.fr", "engie.com"], false),
    (
        "totalenergies",
        &["totalenergies.fr", "totalenergies.com"],
        false,
    ),
    ("sncf", &["sncf.com", "sncf-connect.com", "sncf.fr"], false),
    ("sncf-connect", &["sncf-connect.com"], false),
    ("ouigo", &["ouigo.com"], false),
    ("uber", &["uber.com"], false),
    ("airbnb", &["airbnb.com", "airbnb.fr"], false),
    ("booking", &["booking.com"], true),
    // Marketplaces and retail
    (
        "amazon",
        &[
            "amazon.fr",
            "amazon.com",
            "amazon.co.uk",
            "amazon.de",
            "amazon.es",
            "amazon.it",
            "amzn.to",
            "aws.amazon.com",
        ],
        false,
    ),
    ("leboncoin", &["leboncoin.fr"], false),
    (
        "vinted",
        &["vinted.fr", "vinted.com", "vinted.co.uk"],
        false,
    ),
    ("decathlon", &["decathlon.fr", "decathlon.com"], false),
    ("ebay", &["ebay.com", "ebay.fr", "ebay.co.uk"], false),
    ("aliexpress", &["aliexpress.com"], false),
    ("cdiscount", &["cdiscount.com"], false),
    ("fnac", &["fnac.com"], false),
    ("darty", &["darty.com"], false),
    ("zalando", &["zalando.fr", "zalando.com"], false),
    ("shein", &["shein.com"], false),
    ("temu", &["temu.com"], false),
    ("etsy", &["etsy.com"], false),
    ("carrefour", &["carrefour.fr", "carrefour.com"], false),
    ("leclerc", &["e.leclerc", "leclerc.com"], false),
    ("ikea", &["ikea.com", "ikea.fr"], false),
    ("sephora", &["sephora.fr", "sephora.com"], false),
    ("doctolib", &["doctolib.fr", "doctolib.com"], false),
    // Social networks, big tech, media
    (
        "google",
        &["google.com", "google.fr", "goo.gl", "g.co", "youtube.com"],
        false,
    ),
    ("gmail", &["gmail.com", "google.com"], false),
    ("youtube", &["youtube.com", "youtu.be"], false),
    ("apple", &["apple.com", "icloud.com", "apple.fr"], true),
    ("icloud", &["icloud.com", "apple.com"], false),
    (
        "microsoft",
        &[
            "microsoft.com",
            "live.com",
            "office.com",
            "outlook.com",
            "microsoftonline.com",
        ],
        false,
    ),
    ("office365", &["office.com", "microsoft.com"], false),
    (
        "outlook",
        &["outlook.com", "live.com", "microsoft.com"],
        false,
    ),
    ("hotmail", &["hotmail.com", "outlook.com"], false),
    ("instagram", &["instagram.com", "instagr.am"], false),
    (
        "facebook",
        &["facebook.com", "fb.com", "fb.me", "meta.com"],
        false,
    ),
    ("meta", &["meta.com", "facebook.com"], true),
    ("whatsapp", &["whatsapp.com", "wa.me"], false),
    ("messenger", &["messenger.com"], false),
    ("tiktok", &["tiktok.com"], false),
    ("snapchat", &["snapchat.com"], false),
    ("twitter", &["twitter.com", "x.com", "t.co"], false),
    ("linkedin", &["linkedin.com", "lnkd.in"], false),
    (
        "pinterest",
        &["pinterest.com", "pinterest.fr", "pin.it"],
        false,
    ),
    ("telegram", &["telegram.org", "t.me"], false),
    ("discord", &["discord.com", "discord.gg"], false),
    ("netflix", &["netflix.com"], false),
    ("spotify", &["spotify.com"], false),
    ("disneyplus", &["disneyplus.com"], false),
    ("canalplus", &["canalplus.com"], false),
    ("dropbox", &["dropbox.com"], false),
    ("docusign", &["docusign.com", "docusign.net"], false),
    ("adobe", &["adobe.com"], false),
    ("yahoo", &["yahoo.com", "yahoo.fr"], false),
    ("steam", &["steampowered.com", "steamcommunity.com"], true),
    ("steampowered", &["steampowered.com"], false),
    ("steamcommunity", &["steamcommunity.com"], false),
    ("epicgames", &["epicgames.com"], false),
    ("roblox", &["roblox.com"], false),
    ("shopify", &["shopify.com", "myshopify.com"], false),
];

/// Words that turn a common-word brand in a host into bait (`orange-facture`, `apple-id`).
pub(crate) const BAIT: &[&str] = &[
    "account",
    "accounts",
    "billing",
    "id",
    "login",
    "signin",
    "sign",
    "secure",
    "security",
    "support",
    "help",
    "helpdesk",
    "verify",
    "verification",
    "update",
    "confirm",
    "service",
    "services",
    "client",
    "clients",
    "compte",
    "facture",
    "factures",
    "paiement",
    "payment",
    "pay",
    "remboursement",
    "refund",
    "suivi",
    "colis",
    "livraison",
    "delivery",
    "tracking",
    "track",
    "espace",
    "connexion",
    "connect",
    "mobile",
    "box",
    "bank",
    "banque",
    "wallet",
    "unlock",
    "alert",
    "alerte",
    "recovery",
    "reset",
    "assistance",
    "securite",
    "officiel",
    "official",
    "mail",
    "icloud",
    "store",
    "appleid",
    "online",
    "en-ligne",
    "ligne",
    "carte",
    "card",
    "prime",
    "gift",
    "cadeau",
    // A country or an administration named beside the brand (`caf-fr.net`,
    // `free-france-box.com`, `caf-gouv.com`).
    "fr",
    "france",
    "gouv",
    // Benefits and tax-office lures (`caf-aides-logement.com`, `ameli-prestations.fr`).
    "aide",
    "aides",
    "allocation",
    "allocations",
    "prestation",
    "prestations",
    "dossier",
    "verif",
    "allocataire",
    "authentification",
    "rdv",
    // Order lures (`amazn-commande.fr`, `amaz0n-orders.com`).
    "commande",
    "order",
];

/// A [`BAIT`] word, or its plural (`caf-allocataires.net`, `orange-factures.com`).
pub(crate) fn is_bait(t: &str) -> bool {
    BAIT_SET.contains(t)
        || t.strip_suffix('s')
            .is_some_and(|w| w.len() >= 4 && BAIT_SET.contains(w))
}

type WordSet =
    std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::text::Fnv>>;

/// [`BAIT`] and [`LURES`] as hashed sets: every host token of every link asks, and a walk
/// through a list was ~100 comparisons each time.
static BAIT_SET: std::sync::LazyLock<WordSet> =
    std::sync::LazyLock::new(|| BAIT.iter().copied().collect());
static LURE_SET: std::sync::LazyLock<WordSet> =
    std::sync::LazyLock::new(|| LURES.iter().copied().collect());

/// A [`BAIT`] word or a [`LURES`] word, as written (no plural).
pub(crate) fn bait_or_lure(t: &str) -> bool {
    BAIT_SET.contains(t) || LURE_SET.contains(t)
}

/// Sales and prize lures: bait next to a misspelt or glued long brand name (`decathion-promo.fr`,
/// `amazondeals.net`), but not enough to make a common-word brand bait (`promo.free-giftcard…`
/// is not Free).
pub(crate) const LURES: &[&str] = &[
    "promo",
    "promos",
    "promotion",
    "soldes",
    "offre",
    "offres",
    "offer",
    "offers",
    "deal",
    "deals",
    "discount",
    "coupon",
    "voucher",
    "reduc",
    "reduction",
    "concours",
    "giveaway",
    "winner",
    "gagnant",
    "prize",
    "cadeaux",
    "gifts",
];

/// Second-level public suffixes (a registrable domain is one label more).
pub(crate) const TWO_LEVEL_SUFFIXES: &[&str] = &[
    "co.uk", "org.uk", "gov.uk", "ac.uk", "me.uk", "ltd.uk", "com.au", "net.au", "org.au", "co.nz",
    "co.jp", "com.br", "com.mx", "com.tr", "com.cn", "co.in", "gouv.fr", "asso.fr", "com.fr",
    "co.za", "com.ar", "com.es", "co.il", "com.sg", "com.hk", "gv.at", "co.at",
];

/// Undo common homoglyph substitutions. `orig` keeps its case so that a capital `I` standing for
/// an `l` can be seen.
pub(crate) fn homoglyph_skeleton(orig: &str) -> String {
    let mut s = String::with_capacity(orig.len());
    for c in orig.chars() {
        let m = match c {
            'I' => 'l',
            '0' => 'o',
            '1' | '|' => 'l',
            '3' => 'e',
            '4' | '@' => 'a',
            '5' | '$' => 's',
            '7' => 't',
            _ => c.to_ascii_lowercase(),
        };
        s.push(m);
    }
    s.replace("rn", "m").replace("vv", "w")
}

/// Letters that pass for one another at a glance in a URL bar (`appie` for `apple`, `oranqe`
/// for `orange`, `uinted` for `vinted`).
const CONFUSABLE: &[(u8, u8)] = &[
    (b'i', b'l'),
    (b'l', b'i'),
    (b'q', b'g'),
    (b'g', b'q'),
    (b'u', b'v'),
    (b'v', b'u'),
];

/// The readings of a lowercase ASCII name with one confusable letter swapped back, or with one
/// letter of a doubled pair dropped where French and English spelling never double it: a
/// tripled letter, a doubled `a`, `i`, `u` or `y`, or a doubled consonant at the start, after
/// another consonant, or before a consonant other than `l`, `r`, `h` (`frree`, `orannge`; not
/// `chasse`, `vissa`, `apple`, `staff`).
pub(crate) fn confusable_readings(name: &str) -> Vec<String> {
    let b = name.as_bytes();
    let mut out = Vec::new();
    if !b.iter().all(u8::is_ascii_lowercase) {
        return out;
    }
    for (i, &c) in b.iter().enumerate() {
        for &(from, to) in CONFUSABLE {
            if c == from {
                let mut v = b.to_vec();
                v[i] = to;
                out.push(String::from_utf8(v).unwrap_or_default());
            }
        }
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    for i in 0..b.len().saturating_sub(1) {
        let c = b[i];
        if b[i + 1] != c {
            continue;
        }
        let prev = i.checked_sub(1).map(|j| b[j]);
        let next = b.get(i + 2).copied();
        let odd = prev == Some(c)
            || next == Some(c)
            || matches!(c, b'a' | b'i' | b'u' | b'y')
            || !vowel(c)
                && (prev.is_none_or(|p| !vowel(p))
                    || next.is_some_and(|n| !vowel(n) && !matches!(n, b'l' | b'r' | b'h')));
        if odd {
            let mut v = b.to_vec();
            v.remove(i);
            out.push(String::from_utf8(v).unwrap_or_default());
        }
    }
    out
}

/// Damerau-Levenshtein distance ≤ 1?
pub(crate) fn within_one_typo(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return false;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if la == lb {
        // substitution or transposition
        let rest_eq = |i: usize| a[i..] == b[i..];
        return rest_eq(p + 1)
            || (p + 1 < la && a[p] == b[p + 1] && a[p + 1] == b[p] && rest_eq(p + 2));
    }
    let (long, short) = if la > lb { (a, b) } else { (b, a) };
    long[p + 1..] == short[p..]
}
