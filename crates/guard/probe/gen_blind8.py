#!/usr/bin/env python3
"""gen_blind8.py - blind evaluation-data generator #8 for the pre-send guard (retract scan).

Usage
-----
    python3 gen_blind8.py --seed N -n 3000 -o out.jsonl [--stats]

    EVAL_DIR   directory holding lexicon.txt, blocked-domains.txt and protected-brands.txt
               (default: ../../../../shared/eval relative to this script).

Python 3.11, stdlib only.  The output is a pure function of --seed and -n: the same arguments always
give a byte-identical file.  Ids are gb8-<seed>-00001, gb8-<seed>-00002, ...  Gold format (see the
eval README): one JSON object per line {"id","lang","text","findings":[{"category","kind","start","end"}]},
spans are Python str indices, end exclusive.

Persona and settings
--------------------
The writer is a freelance social-care lead ("Maëlle", agency Pivot & Plume) who runs community, moderation
and support for a mixed portfolio of clients, in French and English: a ticketing platform (Scèneo), a
food-delivery app (Miamigo), a telecom operator (Nuvo Mobile), a neobank (Pivot Banque / Pivot Bank), a
second-hand marketplace (Troc&Co), a rugby club (RC Val d'Orne), a school parents' association, a Twitch
streamer's live chat and Discord server, an influencer agency (Studio Brume, contract negotiation), a
recruiting firm (Recrutéa) and a rental agency (Loc'Ouest).  Messages are shaped as
  direct   - a reply or DM (opener, lines, closer),
  log      - an excerpt of a live-stream chat, a Discord channel or a WhatsApp group pasted for the mods,
  review   - a public review (quoted) and the public reply under it,
  handover - a shift hand-over note with bullet points,
  thread   - an e-mail-like message with an "Objet :" / "Subject:" line (contracts, HR, rentals).
Registers: FR standard, SMS, banlieue/verlan, Québec, Belgian, Swiss and West-African French; US, UK, Irish,
Australian and Indian English (+ texting overlay).  Literal template text is passed through register
transforms (SMS abbreviations, verlan/regional word swaps, dropped accents, typos, emoji between words,
French non-breaking spaces); generated risky values are never transformed after their span is taken.

Template mini-language
----------------------
    {{kind}} / {{kind:variant}}   a risky slot: the value generator for that kind is called and a finding
                                  (category, kind, start, end) is recorded over exactly the value.  Kind
                                  names are the README kinds (email, phone, ..., insult, shouting, ...).
                                  Link slots of http:// URLs also record link/insecure on the same span.
    {a|b|c}                       pick one alternative (no nesting; alternatives may contain slots/fillers)
    $name                         a clean filler ($prenom, $order, $txn, $brand_url, ...); fillers are
                                  re-checked by the validator like everything else
    c| / s| prefix                voice of a line: c = customer / public / chat user, s = staff (the writer);
                                  lines without a prefix fit both.  Log and review-quote slots take c-lines,
                                  hand-over notes and public replies take s-lines (a c-line used there is
                                  wrapped as a quote: Client ... : « ... »).
    c@food,bank| / @sports|       setting tags: the line is only drawn for those settings (untagged lines fit
                                  every setting).  Shouting phrases use a trailing "@setting,..." the same way.
Slots of kinds hate, threat, insult and aggressive are capitalised when they start a sentence.

Self-checks
-----------
Every row is validated while it is generated (and the whole file again before writing); a failing draft
is discarded and redrawn.  Checks: spans non-empty, stripped, inside the text and equal to the generated
value; no overlapping findings except the link+insecure pair on one span; IBANs mod-97 valid, cards Luhn
valid with a card prefix, NIR keys correct (2A/2B included), phones digit counts plausible, IPs parse,
private keys are whole BEGIN..END blocks, JWTs have three parts, bearer tokens follow "Bearer ", lexicon
spans are lexicon terms, link spans have the right host type, shouting spans hold >= 3 all-caps words,
punctuation spans are maximal [!?] runs; every lexicon term, all-caps run, [!?]{3,} run, http:// URL,
unknown URL, e-mail, phone, IP, valid IBAN/NIR/Luhn card number, secret marker and listed strong insult /
hate / threat word in the text is covered by a finding of the right kind; clean rows contain none of
those nor password / birth-date contexts; texts are unique.
"""
import argparse
import base64
import collections
import ipaddress
import json
import os
import random
import re
import string
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check_digits import iban_check, iban_mod97_ok, luhn_ok, nir_key, with_luhn_digit  # noqa: E402

from eval_lists import KINDS, protected_brands, read_list  # noqa: E402

NBSP = "\u00a0"
NNBSP = "\u202f"
CLEAN_SHARE = 0.35
FR_SHARE = 0.60

CAT_OF = {k: c for c, ks in KINDS.items() for k in ks}
ALL_KINDS = [k for ks in KINDS.values() for k in ks]
HARD = ["insult", "threat", "hate", "aggressive", "shouting", "punctuation"]
CUSTOMER_KINDS = set(HARD)
CAP_KINDS = {"hate", "threat", "insult", "aggressive"}

R = random.Random(0)  # re-seeded in build()


LEXICON = read_list("lexicon.txt")
BLOCKED = read_list("blocked-domains.txt")
PROTECTED = dict(protected_brands())
PROTECTED_DOMAINS = [d for ds in PROTECTED.values() for d in ds]


# ============================================================== small helpers
def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digs(n):
    return "".join(ch(string.digits) for _ in range(n))


def rnd(alpha, n):
    return "".join(ch(alpha) for _ in range(n))


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def norm_char(c):
    b = strip_acc(c)[:1] or c
    lo = b.lower()
    return lo if len(lo) == 1 else b


def norm(s):
    """Accent- and case-folded copy of s with the same length (char-by-char)."""
    return "".join(norm_char(c) for c in s)


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


class Ctx:
    def __init__(self, lang, reg, setting):
        self.lang, self.reg, self.setting = lang, reg, setting
        self.used = set()


ALNUM = string.ascii_letters + string.digits
UP_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"

# ============================================================== names
FIRST = {
    "std": ["Maëlle", "Quentin", "Clémence", "Romain", "Justine", "Florian", "Margaux", "Adrien", "Solène", "Baptiste",
            "Lison", "Gaëtan", "Capucine", "Yanis", "Salomé", "Thibault"],
    "sms": ["Jordan", "Kelly", "Dylan", "Laura", "Enzo", "Lola", "Kylian", "Sarah"],
    "verlan": ["Sofiane", "Bilal", "Inès", "Nassim", "Kenza", "Moussa", "Ryan", "Lina"],
    "qc": ["Marie-Ève", "Jacinthe", "Félix", "Gabriel", "Mathieu", "Geneviève", "Olivier", "Rosalie"],
    "be": ["Maxime", "Lotte", "Arnaud", "Elodie", "Wout", "Noémie", "Cédric", "Justine"],
    "ch": ["Luca", "Noémie", "Loïc", "Mélanie", "Jérémie", "Léonie", "Yannick", "Aline"],
    "af": ["Aminata", "Moussa", "Fatou", "Koffi", "Awa", "Ibrahima", "Mariam", "Serge"],
    "us": ["Tyler", "Madison", "Brandon", "Kayla", "Marcus", "Destiny", "Cody", "Brianna"],
    "uk": ["Olly", "Poppy", "Harvey", "Imogen", "Callum", "Freya", "Alfie", "Niamh"],
    "ie": ["Cian", "Aoife", "Oisín", "Siobhán", "Darragh", "Clodagh", "Eoin", "Saoirse"],
    "au": ["Jayden", "Chloe", "Lachlan", "Matilda", "Brodie", "Tahlia", "Mitch", "Kirra"],
    "in": ["Priya", "Arjun", "Rahul", "Sneha", "Vikram", "Ananya", "Karthik", "Divya"],
}
LAST = {
    "std": ["Le Goff", "Perrin", "Marchand", "Carré", "Lemaire", "Giraud", "Barbier", "Roche", "Colin", "Vidal"],
    "sms": ["Hoarau", "Lopez", "Petit", "Michel"],
    "verlan": ["Benali", "Haddad", "Traoré", "Cissé", "Mansouri"],
    "qc": ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Lavoie"],
    "be": ["Peeters", "Janssens", "Dupont", "Lambert", "Claes", "Maes"],
    "ch": ["Favre", "Rochat", "Bonvin", "Berset", "Pittet", "Fournier"],
    "af": ["Diallo", "Kouassi", "N'Guessan", "Ndiaye", "Traoré", "Mbarga"],
    "us": ["Johnson", "Ramirez", "Coleman", "Fischer", "Brooks", "Nguyen"],
    "uk": ["Harris", "Whitaker", "Bennett", "Ashworth", "Pearce", "Khan"],
    "ie": ["O'Brien", "Byrne", "Kavanagh", "Doyle", "McCarthy", "Brennan"],
    "au": ["Wilson", "Nguyen", "McLeod", "Fraser", "Papadopoulos", "Kelly"],
    "in": ["Sharma", "Iyer", "Reddy", "Menon", "Gupta", "Nair"],
}
PSEUDOS = ["ptite_crevette", "DarkKyuubi93", "le_vrai_momo", "lulu.gamer", "Tonton_Raclette", "sushi_addict",
           "mamadou225", "Jo_Bxl", "mimi.lausanne", "frite_sauce", "QueenB_yyc", "AussieDan", "paddy_mcg",
           "rajesh.k", "kiki_lyon", "gab_mtl", "poulpe_fiction", "Tchoupi_del_sol", "xx_nolan_xx", "fanny.rugby",
           "captain_kebab", "bretzel_man", "maman_de_leo", "coach_dede", "nightowl_uk", "ozzie_gamer", "lil_banshee",
           "desi_foodie", "clara.cuisine", "toto_bzh", "gaming_grand_pere", "la_mouette"]
CREATORS = ["@lena.voyage", "@coach.malik", "@tiphaine.food", "@le_jardin_de_max", "@kayou_live", "@sarah.run",
            "@paddy.cooks", "@chloe.surfs", "@priya.styles", "@mtl_gourmande", "@bruxelles.by.night", "@yaya_dakar"]
HANDLES = ["rcvaldorne_officiel", "sceneo.billets", "miamigo_fr", "nuvo.mobile", "pivotbanque", "trocandco",
           "studiobrume", "kayou_live", "locouest.immo", "recrutea_jobs"]


def first_name(ctx):
    return ch(FIRST[ctx.reg])


def last_name(ctx):
    return ch(LAST[ctx.reg])


# ============================================================== PII value generators
def _phone_fr():
    lead = wchoice([("6", 5), ("7", 3), ("1", 1), ("2", 1), ("3", 1), ("4", 1), ("5", 1), ("9", 1)])
    rest = (ch("3456789") + digs(7)) if lead == "7" else digs(8)
    d = lead + rest
    p = [d[1:3], d[3:5], d[5:7], d[7:9]]
    return ch(["0" + d[0] + " " + " ".join(p), "0" + d[0] + "." + ".".join(p), "0" + d, "+33 " + d[0] + " " + " ".join(p),
               "+33" + d, "(+33) " + d[0] + " " + " ".join(p), "0" + d[0] + "-" + "-".join(p),
               "+33 (0)" + d[0] + " " + " ".join(p), "0" + d[0] + NBSP + NBSP.join(p), "0033 " + d[0] + " " + " ".join(p)])


def _phone(c):
    if c == "fr":
        return _phone_fr()
    if c == "be":
        d = "4" + ch("5789") + digs(7)
        return ch([f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                   f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}", f"+32{d}", f"0{d[:3]} {d[3:6]} {d[6:]}"])
    if c == "ch":
        d = "7" + ch("5789") + digs(7)
        return ch([f"0{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"+41 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"+41{d}",
                   f"0{d[:2]}/{d[2:5]} {d[5:7]} {d[7:]}"])
    if c in ("ca", "us"):
        area = ch(["514", "438", "450", "418", "819", "581", "613"] if c == "ca" else
                  ["212", "415", "312", "617", "305", "206", "512", "646", "718", "213", "404", "303"])
        while True:
            ex = ch("23456789") + digs(2)
            if ex[1:] != "11" and ex != "555":
                break
        ln = digs(4)
        return ch([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area} {ex} {ln}", f"+1 {area} {ex} {ln}",
                   f"1-{area}-{ex}-{ln}", f"{area}.{ex}.{ln}"])
    if c == "sn":
        d = "7" + ch("05678") + digs(7)
        return ch([f"+221 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"+221{d}"])
    if c == "ci":
        d = ch(["07", "05", "01"]) + digs(8)
        return ch([f"+225 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"+225{d}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}"])
    if c == "cm":
        d = "6" + ch("5789") + digs(7)
        return ch([f"+237 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+237{d}"])
    if c == "ma":
        d = ch("67") + digs(8)
        return ch([f"+212 {d[:3]}-{d[3:]}", f"+212 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}"])
    if c == "uk":
        if chance(0.75):
            m = "07" + ch("1234589") + digs(8)
            return ch([f"{m[:5]} {m[5:]}", f"+44 {m[1:5]} {m[5:]}", f"+44 (0){m[1:5]} {m[5:8]} {m[8:]}", m,
                       f"{m[:5]} {m[5:8]} {m[8:]}"])
        return ch([f"020 {ch('78')}{digs(3)} {digs(4)}", f"0161 {ch('2345')}{digs(2)} {digs(4)}",
                   f"+44 20 {ch('78')}{digs(3)} {digs(4)}", f"0113 {ch('2345')}{digs(2)} {digs(4)}"])
    if c == "ie":
        x = ch("35679")
        return ch([f"08{x} {digs(3)} {digs(4)}", f"+353 8{x} {digs(3)} {digs(4)}", f"+3538{x}{digs(7)}",
                   f"01 {ch('2345678')}{digs(2)} {digs(4)}"])
    if c == "au":
        return ch([f"04{digs(2)} {digs(3)} {digs(3)}", f"+61 4{digs(2)} {digs(3)} {digs(3)}", f"04{digs(8)}",
                   f"(02) 9{digs(3)} {digs(4)}", f"+61 3 9{digs(3)} {digs(4)}"])
    if c == "in":
        d = ch("6789") + digs(9)
        return ch([f"+91 {d[:5]} {d[5:]}", f"+91-{d}", f"0{d[:5]} {d[5:]}", d, f"+91 {d[:3]} {d[3:6]} {d[6:]}"])
    raise ValueError(c)


PHONE_POOL = {"std": ["fr"] * 8 + ["be", "ch"], "sms": ["fr"], "verlan": ["fr"], "qc": ["ca"] * 3 + ["fr"],
              "be": ["be"] * 3 + ["fr"], "ch": ["ch"] * 3 + ["fr"], "af": ["sn", "ci", "cm", "ma", "fr"],
              "us": ["us"] * 3 + ["uk"], "uk": ["uk"], "ie": ["ie", "ie", "uk"], "au": ["au"], "in": ["in", "in", "in", "uk"]}


def v_phone(ctx, var=None):
    while True:
        v = _phone(ch(PHONE_POOL[ctx.reg]))
        d = re.sub(r"\D", "", v)
        if not (13 <= len(d) <= 19 and luhn_ok(d) and d[0] in "23456"):
            return v


EMAIL_DOMAINS = {
    "fr": ["gmail.com", "hotmail.fr", "orange.fr", "free.fr", "sfr.fr", "laposte.net", "outlook.fr", "yahoo.fr",
           "icloud.com", "protonmail.com", "wanadoo.fr", "bbox.fr"],
    "qc": ["videotron.ca", "hotmail.ca", "gmail.com", "sympatico.ca", "yahoo.ca"],
    "be": ["skynet.be", "telenet.be", "gmail.com", "hotmail.be", "outlook.be"],
    "ch": ["bluewin.ch", "gmx.ch", "hispeed.ch", "gmail.com", "sunrise.ch"],
    "af": ["gmail.com", "yahoo.fr", "orange.sn", "hotmail.com", "aviso.ci"],
    "us": ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "icloud.com", "outlook.com"],
    "uk": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com", "virginmedia.com"],
    "ie": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
    "au": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
    "pro": ["agence-lumiere.fr", "talents-mgmt.co.uk", "studiobrume.com", "creators-hub.io", "mgmt-nord.be"],
}


def _slug(s):
    return re.sub(r"[^a-z0-9]", "", strip_acc(s).lower())


def v_email(ctx, var=None):
    f, l = _slug(first_name(ctx)), _slug(last_name(ctx))
    dk = {"std": "fr", "sms": "fr", "verlan": "fr"}.get(ctx.reg, ctx.reg)
    dom = ch(EMAIL_DOMAINS["pro"]) if chance(0.15) else ch(EMAIL_DOMAINS[dk])
    local = ch([f"{f}.{l}", f"{f}_{l}", f"{f}{l}", f"{f}.{l}{R.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}",
                f"{f}+{ch(['billets', 'resto', 'club', 'pro', 'promo'])}", f"{f}{R.randint(1980, 2009)}",
                f"{ch(['contact', 'hello', 'booking', 'collab'])}.{f}", f"{f}-{l}"])
    if chance(0.08):
        local = local[0].upper() + local[1:]
    return local + "@" + dom


def _iban_parts(cc):
    if cc in ("FR", "MC"):
        bank, branch, acct = digs(5), digs(5), digs(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + f"{key:02d}"
    if cc == "BE":
        ten = digs(10)
        k = int(ten) % 97 or 97
        return ten + f"{k:02d}"
    if cc == "CH":
        return digs(5) + digs(12) if chance(0.7) else digs(5) + rnd(UP_ALNUM, 12)
    if cc == "LU":
        return digs(3) + (digs(13) if chance(0.7) else rnd(UP_ALNUM, 13))
    if cc == "DE":
        return digs(18)
    if cc == "ES":
        return digs(20)
    if cc == "PT":
        return digs(21)
    if cc == "IT":
        return ch(string.ascii_uppercase) + digs(10) + (digs(12) if chance(0.7) else rnd(UP_ALNUM, 12))
    if cc == "NL":
        return ch(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + digs(10)
    if cc == "GB":
        return ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "REVO"]) + digs(14)
    if cc == "IE":
        return ch(["AIBK", "BOFI", "IPBS"]) + digs(14)
    raise ValueError(cc)


IBAN_POOL = {"std": ["FR"] * 6 + ["BE", "DE", "ES", "IT", "MC"], "sms": ["FR"], "verlan": ["FR"] * 3 + ["ES"],
             "qc": ["FR", "FR", "BE"], "be": ["BE"] * 4 + ["FR", "NL", "LU"], "ch": ["CH"] * 4 + ["FR"],
             "af": ["FR", "FR", "BE"], "us": ["GB", "DE", "NL", "FR"], "uk": ["GB"] * 4 + ["IE"],
             "ie": ["IE"] * 3 + ["GB"], "au": ["GB", "IE", "NL"], "in": ["GB", "DE"]}


def make_iban(cc):
    bban = _iban_parts(cc)
    return cc + iban_check(cc, bban) + bban


def fmt_iban(iban):
    r = R.random()
    if r < 0.62:
        s = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    elif r < 0.92:
        s = iban
    else:
        s = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
    return s


def v_iban(ctx, var=None):
    return fmt_iban(make_iban(ch(IBAN_POOL[ctx.reg])))


def iban_valid(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return iban_mod97_ok(s)


def _luhn_fill(prefix, length):
    return with_luhn_digit(prefix + digs(length - len(prefix) - 1))


def v_card(ctx, var=None):
    r = R.random()
    if r < 0.12:
        n = _luhn_fill(ch(["34", "37"]), 15)
        sep = ch([" ", " ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    if r < 0.55:
        n = _luhn_fill("4" + ch(["97", "53", "12", "90", "00", "56", "83"]), 16)
    elif r < 0.85:
        n = _luhn_fill(ch(["51", "52", "53", "54", "55", str(R.randint(2221, 2720))]), 16)
    else:
        n = _luhn_fill(ch(["6011", "65"]), 16)
    sep = wchoice([(" ", 5), ("-", 2), ("", 2), (".", 0.5), (NBSP, 0.5)])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


ABROAD = ["109", "127", "134", "139", "213", "216", "243", "350", "351", "352", "401", "404", "331", "341"]


def nir_ok(s):
    d = re.sub(r"[\s.]", "", s).upper()
    if not re.fullmatch(r"[12]\d{4}(?:\d{2}|2A|2B)\d{8}", d):
        return False
    return nir_key(d[:13]) == int(d[13:])


def v_nir(ctx, var=None):
    sex = ch("12")
    yy = f"{R.randint(55, 99) if chance(0.7) else R.randint(0, 7):02d}"
    mm = f"{R.randint(1, 12):02d}"
    r = R.random()
    if r < 0.08:
        dept, com = ch(["2A", "2B"]), f"{R.randint(1, 366):03d}"
    elif r < 0.16:
        dept, com = "97", ch("1234") + f"{R.randint(1, 34):02d}"
    elif r < 0.24:
        dept, com = "99", ch(ABROAD)
    else:
        dept, com = f"{ch([x for x in range(1, 96) if x != 20]):02d}", f"{R.randint(1, 700):03d}"
    order = f"{R.randint(1, 999):03d}"
    n13 = sex + yy + mm + dept + com + order
    key = f"{nir_key(n13):02d}"
    return ch([" ".join([sex, yy, mm, dept, com, order, key]), n13 + key, n13 + " " + key,
               " ".join([sex, yy, mm, dept, com, order]) + " " + key, f"{sex} {yy} {mm} {dept} {com} {order} {key}"])


def g_ipv4():
    a = ch([5, 31, 37, 41, 78, 80, 82, 86, 88, 90, 92, 109, 151, 176, 185, 193, 196, 197, 212, 24, 49, 101])
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def g_ipv6():
    h = lambda: f"{R.randint(1, 0xffff):x}"  # noqa: E731
    return ch([f"2a01:e0a:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2a02:8428:{h()}:{h()}::{h()}",
               f"2001:db8:{h()}::{h()}", f"2a01:cb1d:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2c0f:f248:{h()}::{h()}"])


def v_ip(ctx, var=None):
    return g_ipv6() if chance(0.3) else g_ipv4()


FR_STREETS = ["des Acacias", "Jean-Moulin", "de la Libération", "des Tanneurs", "Émile-Zola", "du Port", "des Cordiers",
              "Paul-Bert", "de Verdun", "des Glycines", "Lamartine", "du Château d'Eau"]
FR_CITIES = [("49100", "Angers"), ("13008", "Marseille"), ("33600", "Pessac"), ("44000", "Nantes"), ("69007", "Lyon"),
             ("59800", "Lille"), ("31400", "Toulouse"), ("29200", "Brest"), ("75019", "Paris"), ("61000", "Alençon"),
             ("97490", "Sainte-Clotilde"), ("20000", "Ajaccio"), ("67100", "Strasbourg"), ("38000", "Grenoble")]


def v_address(ctx, var=None):
    reg = ctx.reg
    if reg in ("std", "sms", "verlan") or (reg == "af" and chance(0.5)):
        num = f"{R.randint(1, 180)}{ch(['', '', '', ' bis', ' ter'])}"
        typ = ch(["rue", "rue", "avenue", "boulevard", "allée", "impasse", "chemin", "quai", "place"])
        cp, city = ch(FR_CITIES)
        pre = ch(["", "", "", f"appt {R.randint(1, 60)}, ", f"Résidence Les {ch(['Tilleuls', 'Mouettes', 'Cèdres'])}, bât. {ch('ABCD')}, "])
        sep = ch([", ", " ", " - "])
        return f"{pre}{num} {typ} {ch(FR_STREETS)}{sep}{cp} {city}"
    if reg == "be":
        st = ch(["Rue Haute", "Chaussée de Waterloo", "Avenue Louise", "Rue des Carmes", "Boulevard d'Avroy", "Rue de Namur"])
        cp, city = ch([("1000", "Bruxelles"), ("1050", "Ixelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi")])
        box = ch(["", "", f"/{R.randint(1, 12)}", f", boîte {R.randint(1, 9)}"])
        return f"{st} {R.randint(1, 250)}{box}, {cp} {city}"
    if reg == "ch":
        st = ch(["Rue de Lausanne", "Avenue de la Gare", "Rue du Rhône", "Chemin des Vignes", "Rue de Carouge", "Bahnhofstrasse"])
        cp, city = ch([("1202", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1700", "Fribourg"), ("1950", "Sion")])
        return f"{st} {R.randint(1, 120)}, {ch(['', 'CH-'])}{cp} {city}"
    if reg == "qc":
        st = ch(["rue Saint-Denis", "boul. René-Lévesque Ouest", "avenue du Mont-Royal Est", "rue Sherbrooke Est",
                 "chemin Sainte-Foy", "rue Wellington"])
        city, pc = ch([("Montréal (Québec)", "H2J 2L4"), ("Montréal, QC", "H3B 4W8"), ("Québec, QC", "G1R 3Z5"),
                       ("Sherbrooke (Québec)", "J1H 1R3"), ("Laval, QC", "H7N 2B4")])
        apt = ch(["", "", f", app. {R.randint(1, 40)}"])
        return f"{R.randint(100, 9999)}, {st}{apt}, {city} {pc}"
    if reg == "af":
        return ch([f"Cité Keur Gorgui, villa n° {R.randint(1, 300)}, Dakar",
                   f"Rue {R.randint(1, 40)} x {R.randint(1, 40)}, Médina, Dakar",
                   f"Cocody Riviera 3, lot {R.randint(10, 900)}, îlot {R.randint(1, 90)}, Abidjan",
                   f"{R.randint(1, 90)} rue {ch(['Mohammed V', 'Ibn Batouta', 'Allal Ben Abdellah'])}, {ch(['20000 Casablanca', '10000 Rabat'])}"])
    if reg == "uk":
        st = ch(["Albion Road", "Church Street", "Cavendish Avenue", "Mill Lane", "Victoria Terrace", "Queen's Drive"])
        city, pc = ch([("Leeds", "LS6 1AB"), ("Manchester", "M20 2RN"), ("Bristol", "BS7 8AZ"), ("Glasgow", "G12 8QQ"),
                       ("London", "N16 7UJ"), ("Cardiff", "CF24 4HQ")])
        flat = ch(["", "", f"Flat {R.randint(1, 14)}, "])
        return f"{flat}{R.randint(1, 220)} {st}, {city} {pc}"
    if reg == "ie":
        return ch([f"{R.randint(1, 90)} Parnell Square, Dublin 1, D01 T3V8", f"Apt {R.randint(1, 60)}, Grand Canal Dock, Dublin 2, D02 XE80",
                   f"{R.randint(1, 120)} Shandon Street, Cork, T23 K2P6", f"{R.randint(1, 80)} Eyre Square, Galway, H91 E2T8"])
    if reg == "au":
        st = ch(["Smith Street", "Chapel St", "Beach Road", "Oxford Street", "King William Street"])
        sub = ch(["Fitzroy VIC 3065", "Bondi NSW 2026", "South Brisbane QLD 4101", "Fremantle WA 6160", "Adelaide SA 5000"])
        unit = ch(["", "", f"Unit {R.randint(1, 30)}, ", f"{R.randint(1, 30)}/"])
        return f"{unit}{R.randint(1, 300)} {st}, {sub}"
    if reg == "in":
        return ch([f"Flat {R.randint(101, 1204)}, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038",
                   f"B-{R.randint(1, 300)}, Sector {R.randint(10, 62)}, Noida, Uttar Pradesh 201301",
                   f"{R.randint(1, 90)}, Linking Road, Bandra West, Mumbai 400050",
                   f"Plot {R.randint(1, 400)}, Jubilee Hills Road No. {R.randint(1, 70)}, Hyderabad 500033"])
    st = ch(["Linden Ave", "Maple Street", "W 34th St", "Sunset Blvd", "Cedar Lane", "Congress Ave"])
    city = ch(["Oak Park, IL 60302", "Brooklyn, NY 11215", "Austin, TX 78704", "Los Angeles, CA 90026",
               "Seattle, WA 98103", "Columbus, OH 43215"])
    apt = ch(["", "", f", Apt {R.randint(1, 20)}{ch('ABCD')}", f" #{R.randint(100, 999)}"])
    return f"{R.randint(10, 9800)} {st}{apt}, {city}"


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def ordinal(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def v_birthdate(ctx, var=None):
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = R.randint(1961, 2006) if var != "child" else R.randint(2011, 2019)
    if ctx.lang == "fr":
        return ch([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_FR[m - 1]} {y}", f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}",
                   f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y}"])
    if ctx.reg == "us":
        return ch([f"{m:02d}/{d:02d}/{y}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{MONTHS_EN[m - 1][:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])
    return ch([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_EN[m - 1]} {y}", f"{ordinal(d)} {MONTHS_EN[m - 1]} {y}",
               f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}-{MONTHS_EN[m - 1][:3]}-{y}"])


# ============================================================== secrets
PW_BASES = ["Tournesol", "Kayou", "Rugby", "Miamigo", "Cerisier", "Bretzel", "Galette", "Mistigri", "Hibou", "Volcan",
            "Sardine", "Pivoine", "Kangaroo", "Shamrock", "Biscuit", "Mango", "Chai", "Maple", "Poutine", "Baobab",
            "Orne", "Lagon", "Cricket", "Wombat"]


def v_password(ctx, var=None):
    r = R.random()
    if r < 0.35:
        return ch(PW_BASES) + str(R.randint(1, 2026)) + ch(["!", "#", "$", "*", "", "?", "&", "@", "%"])
    if r < 0.6:
        return "".join(ch(ALNUM + "!#%&*_-+=") for _ in range(R.randint(10, 16)))
    if r < 0.75:
        w = ch(PW_BASES)
        leet = w.translate(str.maketrans({"o": "0", "i": "1", "e": "3", "a": "@"}))
        return leet + ch(["!", "#", "_", ""]) + digs(2)
    if r < 0.9:
        words = ["cheval", "agrafe", "pile", "nuage", "tortue", "brique", "kettle", "river", "pepper", "lantern"]
        return "-".join(R.sample(words, 3)) + "-" + digs(2)
    return ch(PW_BASES).lower() + digs(R.randint(2, 4))


def v_api_key(ctx, var=None):
    var = var or ch(["stripe", "aws", "gh", "ghpat", "slack", "google", "sendgrid", "openai", "twilio", "mailchimp",
                     "shopify", "hex"])
    if var == "stripe":
        return ch(["sk_live_", "rk_live_", "sk_test_"]) + rnd(ALNUM, R.randint(24, 34))
    if var == "aws":
        return ch(["AKIA", "ASIA"]) + rnd(UP_ALNUM, 16)
    if var == "gh":
        return ch(["ghp_", "gho_", "ghs_"]) + rnd(ALNUM, 36)
    if var == "ghpat":
        return "github_pat_" + rnd(ALNUM, 22) + "_" + rnd(ALNUM, 59)
    if var == "slack":
        return f"{ch(['xoxb', 'xoxp'])}-{digs(R.randint(10, 12))}-{digs(R.randint(10, 13))}-{rnd(ALNUM, 24)}"
    if var == "google":
        return "AIza" + rnd(ALNUM + "_-", 35)
    if var == "sendgrid":
        return "SG." + rnd(ALNUM + "_-", 22) + "." + rnd(ALNUM + "_-", 43)
    if var == "openai":
        return "sk-proj-" + rnd(ALNUM + "_-", 48)
    if var == "twilio":
        return "SK" + rnd(HEX, 32)
    if var == "mailchimp":
        return rnd(HEX, 32) + f"-us{R.randint(1, 21)}"
    if var == "shopify":
        return ch(["shpat_", "shpss_"]) + rnd(HEX, 32)
    return rnd(HEX, ch([32, 40]))


def v_private_key(ctx, var=None):
    label = ch(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAA",
             "EC PRIVATE KEY": "MHcCAQEEIB", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
             "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI"}[label]
    n = R.randint(2, 4)
    lines = [start + rnd(B64, 64 - len(start))] + [rnd(B64, 64) for _ in range(n - 1)]
    lines.append(rnd(B64, R.randint(8, 44)) + ch(["", "=", "=="]))
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def v_token(ctx, var=None):
    var = var or ch(["jwt", "opaque"])
    if var == "jwt":
        head = b64url({"alg": ch(["HS256", "RS256", "ES256"]), "typ": "JWT"} if chance(0.7) else
                      {"typ": "JWT", "alg": ch(["HS512", "RS256"]), "kid": rnd(HEX, 8)})
        pay = {"uid": R.randint(10000, 9999999), "scope": ch(["orders:read", "payouts", "mod", "tickets:write", "hr:admin"]),
               "exp": R.randint(1735000000, 1800000000)}
        if chance(0.5):
            pay["iss"] = ch(["sceneo", "miamigo", "nuvo", "pivot", "trocandco"])
        return f"{head}.{b64url(pay)}.{rnd(ALNUM + '-_', ch([43, 43, 86]))}"
    return rnd(ALNUM, R.randint(18, 30)) + ch(["", ".", "-", "_"]) + rnd(ALNUM + "-_", R.randint(12, 30))


def v_lexicon(ctx, var=None):
    t = ch(LEXICON)
    return ch([t, t, t, t.lower(), t.upper(), strip_acc(t), strip_acc(t).lower(), t.title()])


# ============================================================== links (value, extra kinds)
SHORTENERS = ["bit.ly", "tinyurl.com", "t.ly", "rb.gy", "cutt.ly", "is.gd", "v.gd", "ow.ly", "shorturl.at", "tiny.cc",
              "buff.ly", "rebrand.ly", "goo.gl", "t.co"]
LOOKALIKES = [
    "paypal-verification-compte.com", "paypa1-securite.fr", "pay-pal-help.net", "secure-paypal.fr-login.info",
    "amazon-retour-colis.fr", "amaz0n-prime-offre.com", "arnazon-livraison.fr", "amazon.fr-commande-annulee.net",
    "laposte-avis-de-passage.com", "laposte-colis-relivraison.net", "la-poste-frais.info",
    "colissimo-frais-livraison.com", "colisimo-suivi.fr", "chronopost-reprogrammer.net", "chronop0st.fr",
    "ameli-carte-vitale-renouvellement.com", "ameli-assure-remboursement.net", "arneli.fr",
    "impots-gouv-fr-remboursement.com", "impots-gouv.info", "lmpots-gouv.fr", "caf-prime-exceptionnelle.fr",
    "caf-allocations-versement.com", "orange-mail-securite.com", "0range-facture.fr", "free-mobile-regularisation.com",
    "googIe-drive-share.com", "go0gle-verify.com", "apple-id-verrouille.com", "appIe-support.fr",
    "microsoft-office365-login.net", "rnicrosoft.com", "instagram-verification-badge.com", "lnstagram-help.com",
    "instagrarn.com", "facebook-appeal-center.net", "faceb0ok-security.com", "tiktok-creator-rewards.net",
    "tikt0k-support.com", "netflix-paiement-refuse.com", "netfIix-account.com", "sncf-connect-remboursement-billets.com",
    "sncf-conect.fr", "leboncoin-paiement-securise.net", "leboncoln.fr", "leboncoin-livraison.info",
    "vinted-transaction-securisee.com", "vinted-fr.net", "vlnted.fr", "decathlon-carte-cadeau-gratuite.com",
    "decath1on.fr", "credit-agricole-securipass.net", "credit-agricoIe-authentification.com"]
INSECURE_HOSTS = ["www.camping-la-pinede.fr", "rcvaldorne-photos.fr", "www.boulangerie-martin-angers.fr",
                  "blog.voyage-en-famille.net", "www.garage-dupuis-auto.fr", "kermesse-ecole-jaures.org",
                  "www.troupe-theatre-lumiere.be", "www.fanfare-de-lausanne.ch", "resto-chez-momo.com",
                  "www.pubquiz-dublin.ie", "surfclub-manly.com.au", "www.cricket-academy-pune.in", "old.sceneo-billets.fr",
                  "www.brocante-du-dimanche.fr", "radio-campus-orne.org", "www.gite-les-hirondelles.fr"]
NEUTRAL_TARGETS = ["billet-transfert-rapide.com", "suivi-express-colis.net", "secure-pay-check.net",
                   "compte-verif-en-ligne.com", "form-validation-now.net", "l.mkt-redirect.io", "go.offres-flash.shop",
                   "auth-session-renew.com", "portail-client-maj.net", "dl.fichiers-partages.co"]
PUNY_WORDS = ["billetterie-officiélle", "sécurité-compte", "remboursemént", "livraison-gratuíte", "kayou-livé",
              "miamigö", "nuvo-mobilé", "pivot-banqué", "cadeau-gratuït", "concours-spéciäl", "résidence-lumière",
              "tickets-résale", "frée-gifts", "paymént-portal", "vérification-club", "sсeneo", "trocаndco"]
PATHS = ["billets", "revente", "e-billet/qr", "remboursement", "paiement", "colis", "livraison", "compte/connexion",
         "login", "verify", "claim", "gift", "promo", "offre", "dossier", "candidature", "caution", "stream",
         "giveaway", "appeal", "frais", "confirmation", "session", "maj", "photos/2025", "inscription"]


def url_path():
    p = ch(PATHS)
    if chance(0.3):
        p += ch(["?ref=", "?id=", "?u=", "?t="]) + rnd(string.ascii_lowercase + string.digits, R.randint(4, 8))
    return p


def scheme(p_http):
    return "http://" if chance(p_http) else "https://"


def _ins(url):
    return [("link", "insecure")] if url.startswith("http://") else []


def v_ip_host(ctx, var=None):
    host = g_ipv4() if chance(0.88) else "[" + g_ipv6() + "]"
    port = ch(["", "", "", ":8080", ":8443", ":3000"])
    url = scheme(0.5) + host + port + "/" + url_path()
    return url, _ins(url)


def v_punycode(ctx, var=None):
    word = ch(PUNY_WORDS)
    lab = "xn--" + word.encode("punycode").decode("ascii")
    host = ch(["", "", "www.", "login.", "m."]) + lab + "." + ch(["com", "fr", "net", "shop", "info"])
    url = scheme(0.15) + host + "/" + url_path()
    if chance(0.1):
        url = host + "/" + url_path()
    return url, _ins(url)


def v_lookalike(ctx, var=None):
    host = ch(LOOKALIKES)
    if chance(0.15):
        url = "www." + host + "/" + url_path()
    else:
        url = scheme(0.15) + ch(["", "", "", "www.", "secure.", "client."]) + host + "/" + url_path()
    return url, _ins(url)


def v_shortener(ctx, var=None):
    url = ch(SHORTENERS) + "/" + rnd(ALNUM, R.randint(5, 8))
    if chance(0.8):
        url = scheme(0.15) + url
    return url, _ins(url)


def v_insecure(ctx, var=None):
    return "http://" + ch(INSECURE_HOSTS) + "/" + url_path(), []


def v_blocklisted(ctx, var=None):
    host = ch(["", "", "www.", "promo.", "fr.", "m."]) + ch(BLOCKED)
    r = R.random()
    url = (host if r < 0.1 else ("http://" if r < 0.25 else "https://") + host) + "/" + url_path()
    return url, _ins(url)


MISMATCH_VISIBLE = ["https://www.sceneo-billets.fr/mes-billets", "sceneo-billets.fr", "www.miamigo.app/remboursement",
                    "https://www.nuvomobile.fr/espace-client", "pivot-banque.fr/securite", "https://www.trocandco.fr/litiges",
                    "www.rcvaldorne.fr/billetterie", "https://www.locouest-immo.fr/dossier", "www.laposte.fr",
                    "https://www.ameli.fr", "paypal.com", "https://www.leboncoin.fr/compte", "vinted.fr/paiement",
                    "https://www.impots.gouv.fr", "www.chronopost.fr/suivi", "https://www.instagram.com/studiobrume",
                    "pivotbank.co.uk/secure", "https://www.recrutea.fr/candidats"]


def v_mismatch(ctx, var=None):
    vis = ch(MISMATCH_VISIBLE)
    tgt = "https://" + ch(NEUTRAL_TARGETS) + "/" + rnd(string.ascii_lowercase + string.digits, R.randint(3, 8))
    return f"[{vis}]({tgt})", []


# ============================================================== hard kinds: insults
# (masc, fem, plural, strong) - strong words are also searched for by the validator in every text
INS_FR = [
    ("abruti", "abrutie", "abrutis", 1), ("crétin", "crétine", "crétins", 1), ("imbécile", "imbécile", "imbéciles", 1),
    ("idiot", "idiote", "idiots", 1), ("bouffon", "bouffonne", "bouffons", 1), ("guignol", "guignol", "guignols", 1),
    ("tocard", "tocarde", "tocards", 1), ("connard", "connasse", "connards", 1), ("enfoiré", "enfoirée", "enfoirés", 1),
    ("ordure", "ordure", "ordures", 1), ("raclure", "raclure", "raclures", 1), ("cassos", "cassos", "cassos", 1),
    ("bolosse", "bolosse", "bolosses", 1), ("blaireau", "blaireau", "blaireaux", 1), ("minable", "minable", "minables", 1),
    ("tête de nœud", "tête de nœud", "têtes de nœud", 1), ("pignouf", "pignoufe", "pignoufs", 1),
    ("charlot", "charlot", "charlots", 1), ("branquignol", "branquignole", "branquignols", 1),
    ("trou du cul", "trou du cul", "trous du cul", 1), ("bâtard", "bâtarde", "bâtards", 1), ("enculé", "enculée", "enculés", 1),
    ("sous-merde", "sous-merde", "sous-merdes", 1), ("crevard", "crevarde", "crevards", 1), ("larbin", "larbine", "larbins", 1),
    ("boulet", "boulet", "boulets", 0), ("andouille", "andouille", "andouilles", 0), ("plouc", "plouc", "ploucs", 1),
    ("nullos", "nullos", "nullos", 1), ("naze", "naze", "nazes", 1), ("demeuré", "demeurée", "demeurés", 0),
    ("taré", "tarée", "tarés", 0), ("débile", "débile", "débiles", 1), ("pauvre type", "pauvre fille", "pauvres types", 0),
    ("cloporte", "cloporte", "cloportes", 1), ("trouduc", "trouduc", "trouducs", 1), ("clown", "clown", "clowns", 0),
]
INS_FR_REG = {
    "qc": [("cave", "cave", "caves", 0), ("épais", "épaisse", "épais", 0), ("niaiseux", "niaiseuse", "niaiseux", 1),
           ("twit", "twit", "twits", 0), ("sans-dessein", "sans-dessein", "sans-desseins", 1),
           ("mangeux de marde", "mangeuse de marde", "mangeux de marde", 1)],
    "be": [("dikkenek", "dikkenek", "dikkeneks", 1), ("zievereer", "zievereer", "zievereers", 1), ("snul", "snul", "snuls", 1),
           ("stoefer", "stoefer", "stoefers", 1)],
    "ch": [("bobet", "bobette", "bobets", 1), ("taborgniau", "taborgniau", "taborgniaux", 1), ("tadié", "tadié", "tadiés", 1)],
    "af": [("gaou", "gaou", "gaous", 1), ("gnata", "gnata", "gnatas", 1), ("vaurien", "vaurienne", "vauriens", 1)],
    "verlan": [("teubé", "teubé", "teubés", 1), ("tarba", "tarba", "tarbas", 1), ("boloss", "boloss", "boloss", 1),
               ("cassos", "cassos", "cassos", 1)],
    "sms": [("boloss", "boloss", "boloss", 1), ("gros naze", "grosse naze", "gros nazes", 1)],
}
INS_FR_ADJ = [("débile", "débile"), ("con", "conne"), ("stupide", "stupide"), ("demeuré", "demeurée"), ("taré", "tarée"),
              ("attardé", "attardée"), ("complètement abruti", "complètement abrutie"), ("bête à manger du foin", "bête à manger du foin"),
              ("con comme un balai", "conne comme un balai"), ("nul à chier", "nulle à chier")]
INS_FR_IMP = ["va te faire foutre", "ferme ta gueule", "va te faire voir", "va chier", "casse-toi, pauvre con",
              "ta gueule", "dégage, minable", "va crever"]
INS_EN = [
    ("idiot", "idiots", 1), ("moron", "morons", 1), ("imbecile", "imbeciles", 1), ("clown", "clowns", 0), ("loser", "losers", 1),
    ("jerk", "jerks", 1), ("dumbass", "dumbasses", 1), ("dipshit", "dipshits", 1), ("asshole", "assholes", 1),
    ("prick", "pricks", 1), ("dickhead", "dickheads", 1), ("scumbag", "scumbags", 1), ("dimwit", "dimwits", 1),
    ("halfwit", "halfwits", 1), ("nitwit", "nitwits", 1), ("bonehead", "boneheads", 1), ("airhead", "airheads", 1),
    ("bozo", "bozos", 1), ("doofus", "doofuses", 1), ("douchebag", "douchebags", 1), ("bitch", "bitches", 1),
    ("cretin", "cretins", 1), ("buffoon", "buffoons", 1), ("nincompoop", "nincompoops", 1), ("waste of space", "wastes of space", 1),
    ("piece of shit", "pieces of shit", 1), ("waste of oxygen", "wastes of oxygen", 1), ("lowlife", "lowlifes", 1),
    ("weasel", "weasels", 0), ("numbskull", "numbskulls", 1), ("tool", "tools", 0),
]
INS_EN_REG = {
    "uk": [("muppet", "muppets", 0), ("numpty", "numpties", 1), ("pillock", "pillocks", 1), ("plonker", "plonkers", 1),
           ("wanker", "wankers", 1), ("tosser", "tossers", 1), ("bellend", "bellends", 1), ("knobhead", "knobheads", 1),
           ("twat", "twats", 1), ("arsehole", "arseholes", 1), ("git", "gits", 0)],
    "ie": [("eejit", "eejits", 1), ("gobshite", "gobshites", 1), ("gombeen", "gombeens", 1), ("dope", "dopes", 0),
           ("langer", "langers", 1)],
    "au": [("drongo", "drongos", 1), ("galah", "galahs", 0), ("dropkick", "dropkicks", 1), ("bogan", "bogans", 1),
           ("flog", "flogs", 0)],
    "in": [("bloody fool", "bloody fools", 1), ("duffer", "duffers", 1), ("useless fellow", "useless fellows", 1),
           ("idiot fellow", "idiot fellows", 1), ("bewakoof", "bewakoofs", 1)],
    "us": [("douche", "douches", 1), ("dumbass", "dumbasses", 1), ("jackass", "jackasses", 1), ("dweeb", "dweebs", 0)],
}
INS_EN_ADJ = ["stupid", "useless", "pathetic", "brainless", "clueless", "braindead", "dumb", "thick as a brick",
              "dumb as a rock", "incompetent"]
INS_EN_IMP = ["fuck off", "piss off", "shut your mouth", "go to hell", "shut up, loser", "get lost, idiot",
              "sod off", "bugger off"]

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}


def obfuscate(word):
    """Return an obfuscated form of a single insult token (l33t, dots, repeats, masks, spacing, case)."""
    if " " in word or len(word) < 3 or "-" in word:
        return word
    r = R.random()
    base = strip_acc(word) if chance(0.5) else word
    if r < 0.18:
        out = "".join(LEET.get(c, c) if c in LEET and chance(0.7) else c for c in base)
        return out if out != base else base.replace(base[1], LEET.get(base[1], "*"), 1)
    if r < 0.32:
        return ".".join(base)
    if r < 0.50:
        vs = [i for i, c in enumerate(base) if c in "aeiouy"]
        if not vs:
            return base + base[-1] * 3
        i = ch(vs)
        return base[:i] + base[i] * R.randint(3, 6) + base[i + 1:]
    if r < 0.72:
        n = len(base)
        k = 1 if n <= 5 else R.randint(1, 2)
        i = R.randint(1, n - 1 - k)
        return base[:i] + ch(["*", "*", "*", "#"]) * k + base[i + k:]
    if r < 0.82:
        return " ".join(base)
    if r < 0.92:
        return "".join(c.upper() if j % 2 else c.lower() for j, c in enumerate(base))
    return base.upper()


def _fr_ins(ctx):
    pool = INS_FR + INS_FR_REG.get(ctx.reg, []) * 3
    return ch(pool)


def _elide(prep, w):
    return (prep[:-1] + "'" + w) if strip_acc(w[:1]).lower() in "aeiouh" and prep.endswith("e") else prep + " " + w


FEM_NOUNS = {"ordure", "raclure", "andouille", "tête de nœud", "sous-merde", "connasse", "pauvre fille"}


def v_insult(ctx, var=None):
    obf = chance(0.3)
    if ctx.lang == "fr":
        m, f, pl, _ = _fr_ins(ctx)
        fem = chance(0.3) or m in FEM_NOUNS
        w = f if fem else m
        if obf:
            w = obfuscate(w)
            pl = obfuscate(pl)
        var = var or ch(["voc", "voc", "n", "pl", "adj", "imp"])
        if var == "voc":
            return ch([_elide("espèce de", w), _elide("espèce de", w), "sale " + w, "gros " + w if not fem else "grosse " + w,
                       "pauvre " + w, w, _elide("bande de", pl), "triple " + w, "grand " + w if not fem else "grande " + w])
        if var == "n":
            return ch([("une " if fem else "un ") + w, ("une vraie " if fem else "un vrai ") + w,
                       ("une sacrée " if fem else "un sacré ") + w, w])
        if var == "pl":
            return ch([pl, "gros " + pl, "sales " + pl, "belle bande de " + pl])
        if var == "adj":
            a = ch(INS_FR_ADJ)[1 if fem else 0]
            return obfuscate(a) if obf and " " not in a else a
        return ch(INS_FR_IMP)
    pool = INS_EN + INS_EN_REG.get(ctx.reg, []) * 3
    w, pl, _ = ch(pool)
    if obf:
        w, pl = obfuscate(w), obfuscate(pl)
    var = var or ch(["voc", "voc", "n", "pl", "adj", "imp"])
    if var == "voc":
        adj = ch(INS_EN_ADJ[:6])
        lead = {"ie": "ye ", "au": "ya "}.get(ctx.reg, "you ")
        return ch([lead + w, "you " + adj + " " + w, "you absolute " + w, w, "bunch of " + pl, "you " + pl,
                   "you utter " + w])
    if var == "n":
        art = "an " if strip_acc(w[:1]).lower() in "aeiou" else "a "
        return ch([art + w, "a total " + w, "an absolute " + w, "a complete " + w, "such a " + w, w])
    if var == "pl":
        return ch([pl, "total " + pl, "useless " + pl, "a bunch of " + pl])
    if var == "adj":
        a = ch(INS_EN_ADJ)
        return obfuscate(a) if obf and " " not in a else a
    return ch(INS_EN_IMP)


STRONG_INSULT_WORDS = sorted({strip_acc(x[0]).lower() for x in INS_FR if x[3] and " " not in x[0]} |
                             {strip_acc(x[1]).lower() for x in INS_FR if x[3] and " " not in x[1]} |
                             {strip_acc(x[0]).lower() for r in INS_FR_REG.values() for x in r if x[3] and " " not in x[0]} |
                             {x[0].lower() for x in INS_EN if x[2] and " " not in x[0]} |
                             {x[0].lower() for r in INS_EN_REG.values() for x in r if x[2] and " " not in x[0]} |
                             {"connard", "connasse", "salope", "encule", "moron", "idiot", "wanker"})

# ============================================================== hard kinds: threats
THREAT_FR = {
    "direct": ["je vais te casser les dents", "je vais te péter les genoux", "je vais te faire la peau",
               "je vais te défoncer la tête", "on va te tomber dessus à plusieurs", "t'es un homme mort",
               "t'es morte, tu m'entends", "je vais te buter", "je vais t'en coller une que tu vas pas oublier",
               "je vais te démonter à la sortie", "jvais t'éclater la tête contre le mur", "tu vas te prendre une balle",
               "je vais te régler ton compte une bonne fois pour toutes", "je vais te retrouver et te massacrer",
               "je vais te saigner comme un porc", "tu vas finir six pieds sous terre"],
    "veiled": ["ce serait dommage qu'il arrive quelque chose à {ta fille|ton resto|ta voiture|ton chien|ta petite boutique}",
               "fais bien attention en rentrant ce soir", "surveille bien tes arrières", "on sait où tu gares ta voiture",
               "on finira bien par se croiser, et là tu verras", "les accidents ça arrive vite, hein",
               "ta petite boutique pourrait bien prendre feu une nuit", "tu devrais dormir avec un œil ouvert",
               "profite bien de tes genoux tant qu'ils marchent"],
    "second": ["mes cousins vont venir te rendre une petite visite", "j'ai des gars qui vont s'occuper de ton cas",
               "quelqu'un va passer te voir au bureau, crois-moi", "mon frère t'attend à la sortie du match",
               "les gars du quartier savent déjà à quoi tu ressembles", "des potes à moi vont venir t'expliquer la vie"],
    "dox": ["je vais balancer ton adresse perso sur le serveur", "je vais publier ton numéro et celui de ta mère partout",
            "tout le monde saura où tu habites d'ici ce soir", "j'ai retrouvé ton adresse, je la poste en live",
            "je vais afficher ta plaque et ta rue sur tous les groupes", "je sais où tu habites",
            "je vais leaker ton adresse et les photos de ta maison"],
    "family": ["je vais crever les pneus de ta voiture", "je vais foutre le feu à ton entrepôt", "ta famille va le payer",
               "je sais à quelle heure ta fille sort de l'école", "je connais l'école de tes gosses",
               "je vais défoncer ta vitrine à coups de barre", "je vais m'occuper de ta femme"],
}
THREAT_FR_COND = (["tu me bannis encore une fois", "tu supprimes mon avis", "je suis pas remboursé lundi",
                   "mon fils joue pas samedi", "tu donnes l'appart à quelqu'un d'autre", "le livreur se repointe en retard",
                   "tu gardes ma caution", "tu me sors de l'équipe", "vous annulez encore le concert", "tu bloques ma carte"],
                  ["je viens te chercher à la sortie", "je te retrouve et je te défonce", "je crame ta boutique",
                   "je te casse les jambes", "ta caisse finira en cendres", "je débarque chez toi avec mes gars",
                   "je t'attends devant l'école", "tu vas finir à l'hosto"])
THREAT_EN = {
    "direct": ["I'm going to smash your face in", "I'll break your legs", "I will kill you", "you're a dead man",
               "you're dead, you hear me", "I'm gonna put you in the hospital", "we'll jump you after the match",
               "I'll knock your teeth out", "I'm going to end you", "I'll find you and beat you senseless",
               "imma beat ur ass so bad", "I'll stab you if I see you", "you won't make it home tonight"],
    "veiled": ["it'd be a shame if something happened to {your kids|your shop|your car|your dog|your little café}",
               "watch yourself walking home tonight", "better keep looking over your shoulder", "we know where you park",
               "we'll run into each other eventually, and then we'll see", "accidents happen, you know",
               "sleep with one eye open", "your little café might catch fire one night"],
    "second": ["my cousins will be paying you a visit", "I've got lads who'll sort you out",
               "someone's going to drop by your office, trust me", "my brother's waiting for you after the game",
               "the boys already know what you look like"],
    "dox": ["I'm going to post your home address on the server", "I'll put your number and your mum's number everywhere",
            "everyone will know where you live by tonight", "I found your address, I'm posting it on stream",
            "I know where you live", "I'm leaking your address and pics of your house"],
    "family": ["I'm slashing your tyres", "I'll torch your warehouse", "your family's going to pay for this",
               "I know what time your daughter gets out of school", "I know which school your kids go to",
               "I'll put a brick through your window"],
}
THREAT_EN_COND = (["you ban me one more time", "you delete my review", "I'm not refunded by Monday",
                   "my kid doesn't start on Saturday", "you give the flat to someone else", "that rider shows up late again",
                   "you keep my deposit", "you cancel the gig again", "you freeze my account again"],
                  ["I'll come find you after work", "I'll be waiting outside your office", "I'll burn your shop down",
                   "I'll break your legs", "your car's getting torched", "me and my boys are coming round",
                   "I'll be at the school gates", "you'll end up in A&E"])


def expand_alts(s):
    while True:
        m = re.search(r"\{([^{}]*\|[^{}]*)\}", s)
        if not m:
            return s
        s = s[:m.start()] + ch(m.group(1).split("|")) + s[m.end():]


def v_threat(ctx, var=None):
    fr = ctx.lang == "fr"
    pools, cond = (THREAT_FR, THREAT_FR_COND) if fr else (THREAT_EN, THREAT_EN_COND)
    cat = var or ch(["direct", "direct", "cond", "cond", "veiled", "second", "dox", "family"])
    if cat == "cond":
        c, q = ch(cond[0]), ch(cond[1])
        if fr:
            v = ch([f"si {c}, {q}", f"{q} si {c}", f"si {c}, {q}"])
        else:
            v = ch([f"if {c}, {q}", f"{q} if {c}", f"{c} and {q}"])
    else:
        v = expand_alts(ch(pools[cat]))
    if fr and ctx.reg in ("sms", "verlan") and chance(0.6):
        v = sms_fr(strip_acc(v))
    if not fr and ctx.reg in ("us", "au") and chance(0.25):
        v = texting_en(v)
    return v


# ============================================================== hard kinds: hate
HATE_G_FR = [("les Arabes", 0), ("les Noirs", 0), ("les Juifs", 0), ("les musulmans", 0), ("les Roms", 0),
             ("les Asiatiques", 0), ("les migrants", 0), ("les homos", 0), ("les lesbiennes", 1), ("les trans", 0),
             ("les handicapés", 0), ("les femmes", 1), ("les Africains", 0), ("les Chinois", 0), ("les Maghrébins", 0),
             ("les gens du voyage", 0), ("les réfugiés", 0), ("les rebeus", 0), ("les renois", 0), ("les feujs", 0),
             ("les Turcs", 0), ("les autistes", 0), ("les femmes voilées", 1), ("les Comoriens", 0)]
HATE_P_FR = [
    ("sont tous des voleurs", "sont toutes des voleuses"), ("ne pensent qu'à vivre des aides", None),
    ("sont incapables de s'intégrer", None), ("sont inférieurs, c'est génétique", "sont inférieures, c'est génétique"),
    ("ne valent rien", None), ("ruinent ce pays", None), ("n'apportent que des problèmes dans le quartier", None),
    ("sont une plaie pour la société", None), ("c'est de la vermine", None), ("ce sont des cafards", None),
    ("c'est des animaux, pas des humains", None), ("sont des rats qu'il faudrait dératiser", None),
    ("c'est du bétail", None), ("ne sont pas vraiment humains", "ne sont pas vraiment humaines"),
    ("sont une maladie qu'il faut éradiquer", None), ("n'ont rien à faire dans notre club", None),
    ("faut tous les renvoyer chez eux", "faut toutes les renvoyer chez elles"),
    ("ne devraient pas avoir le droit de voter", None), ("devraient être interdits de stade", "devraient être interdites de stade"),
    ("devraient être tenus loin de nos enfants", "devraient être tenues loin de nos enfants"),
    ("n'ont pas leur place dans cette école", None), ("ne devraient jamais être embauchés", "ne devraient jamais être embauchées"),
    ("ne devraient pas pouvoir louer un appart ici", None), (", dehors, on n'en veut pas ici", None),
    ("sont tous des terroristes en puissance", None), ("se reproduisent comme des lapins", None),
]
HATE_DISC_FR = ["pas de Noirs ni d'Arabes pour la coloc", "on ne loue pas aux étrangers, point",
                "pas de femmes voilées en caisse, ça fait fuir les clients",
                "on ne prend pas de handicapés dans l'équipe, ils ralentissent tout le monde",
                "pas de musulmans au poste d'accueil, consigne du gérant",
                "les candidatures de Maghrébins, tu les mets directement à la poubelle",
                "aucun Rom dans le camping, on les refoule à l'entrée", "pas d'homos dans les vestiaires, c'est la règle ici",
                "ne retiens pas les CV de femmes de plus de 40 ans, elles sont finies",
                "les Africains, on les met au fond de la salle, qu'on ne les voie pas"]
HATE_G_EN = ["Muslims", "Jews", "Black people", "Arabs", "immigrants", "refugees", "gay people", "lesbians", "trans people",
             "disabled people", "women", "Travellers", "Gypsies", "Asians", "Mexicans", "Indians", "Pakistanis",
             "Romanians", "Aboriginal people", "Africans", "Chinese people", "Polish people", "Sikhs"]
HATE_P_EN = ["are thieves", "are criminals", "just live off benefits", "can never fit in", "are genetically inferior",
             "are worthless", "are ruining this country", "bring nothing but trouble to the area", "are a plague on society",
             "are vermin", "are cockroaches", "are animals, not people", "breed like rats", "are basically livestock",
             "aren't really human", "are a disease that needs wiping out", "don't belong in our club",
             "should be sent back where they came from", "shouldn't be allowed to vote", "should be banned from the ground",
             "should be kept away from our kids", "have no place in this school", "should never be hired",
             "shouldn't be allowed to rent round here", "are terrorists waiting to happen", "are subhuman"]
HATE_DISC_EN = ["no Blacks or Asians for the flatshare", "we don't rent to foreigners, full stop",
                "no women in hijab on the shop floor, it puts customers off",
                "don't hire anyone disabled, they slow the team down", "bin any CV with a Muslim name",
                "no Travellers on the site, turn them away at the gate", "no gays in the changing room, that's the rule here",
                "don't shortlist Indians, the client won't like it", "keep the Pakistanis off the front desk",
                "no Aboriginal tenants, the owner was clear"]


def mask_group(g):
    words = g.split(" ")
    i = len(words) - 1 if words[0].lower() == "les" else 0
    w = words[i]
    vs = [k for k, c in enumerate(w) if c.lower() in "aeiou" and k > 0]
    if vs:
        k = ch(vs)
        words[i] = w[:k] + "*" + w[k + 1:]
    return " ".join(words)


NON_ORIGIN = {"les homos", "les lesbiennes", "les trans", "les handicapés", "les femmes", "les autistes", "gay people",
              "lesbians", "trans people", "disabled people", "women"}
ORIGIN_ONLY = {"faut tous les renvoyer chez eux", "sont incapables de s'intégrer", "sont tous des terroristes en puissance",
               "should be sent back where they came from", "can never fit in", "are terrorists waiting to happen"}


def v_hate(ctx, var=None):
    if ctx.lang == "fr":
        if chance(0.2) or var == "disc":
            v = ch(HATE_DISC_FR)
        else:
            g, fem = ch(HATE_G_FR)
            pm, pf = ch([x for x in HATE_P_FR if g not in NON_ORIGIN or x[0] not in ORIGIN_ONLY])
            p = pf if (fem and pf) else pm
            if chance(0.06):
                g = mask_group(g)
            v = g + p if p.startswith(",") else g + " " + p
        if ctx.reg in ("sms", "verlan") and chance(0.5):
            v = sms_fr(strip_acc(v))
        return v
    if chance(0.2) or var == "disc":
        return ch(HATE_DISC_EN)
    g = ch(HATE_G_EN)
    p = ch([x for x in HATE_P_EN if g not in NON_ORIGIN or x not in ORIGIN_ONLY])
    if chance(0.06):
        g = mask_group(g)
    return ch([f"{g} {p}", f"all {g} {p}", f"{g} {p}", f"{g} honestly {p}"])


HATE_MARKERS = ["vermine", "cafards", "deratiser", "sous-hommes", "vermin", "cockroaches", "subhuman", "livestock",
                "breed like rats", "eradiquer", "wiping out"]
THREAT_MARKERS = ["je vais te casser", "je vais te buter", "je vais te defoncer", "t'es un homme mort", "je sais ou tu habites", "i know where you live", "i will kill you",
                  "i'll break your legs", "ta famille va le payer", "your family's going to pay", "te faire la peau",
                  "you're a dead man", "slashing your tyres", "crever les pneus"]

# ============================================================== hard kinds: aggressive tone
AGG_FR = {
    "blame": ["c'est entièrement de votre faute", "tout ça c'est de ta faute", "vous l'avez bien cherché",
              "t'avais qu'à lire le règlement", "c'est toi qui as tout fait foirer", "vous ne savez visiblement pas faire votre boulot",
              "vous vous foutez ouvertement de nous", "tu te moques de qui exactement", "vous le faites exprès ou quoi",
              "arrêtez de rejeter la faute sur les autres", "c'est vous qui avez merdé, pas nous",
              "tu fais n'importe quoi depuis le début"],
    "ultimatum": ["vous avez jusqu'à ce soir, pas une minute de plus", "c'est la dernière fois que je le demande poliment",
                  "remboursez-moi d'ici demain ou je saisis la DGCCRF", "soit vous réglez ça aujourd'hui, soit je vous affiche partout",
                  "tu réponds maintenant ou tu perds le contrat", "dernier délai vendredi, après je ne veux plus entendre parler de vous",
                  "je vous laisse 48 h, après c'est mon avocat qui s'en charge", "vous me rappelez dans l'heure, sinon je résilie tout",
                  "signe avant midi ou on passe à quelqu'un d'autre, et tu ne bosseras plus avec personne"],
    "contempt": ["je n'ai pas de temps à perdre avec des gens comme vous", "même un enfant de cinq ans aurait compris",
                 "ça vous arrive de réfléchir avant d'écrire", "je ne vais pas vous faire un dessin",
                 "on ne discute pas avec des amateurs", "votre avis, franchement, tout le monde s'en fiche",
                 "vous êtes payés à ne rien faire ou quoi", "je me demande comment vous avez eu ce poste",
                 "estime-toi heureux qu'on te réponde", "arrête de pleurnicher et lis la FAQ",
                 "c'est pas mon problème, débrouille-toi", "occupe-toi de tes affaires et laisse les pros bosser"],
}
AGG_FR_REG = {"qc": ["lâche-moi patience pis fais ta job", "c'est pas compliqué, même toi tu devrais comprendre ça"],
              "be": ["tu sais pas lire ou quoi, une fois", "arrête de faire ton malin, ça ne marche pas ici"],
              "ch": ["ça commence à bien faire, vos excuses on s'en fiche", "faites votre travail au lieu de discuter"],
              "af": ["tu me prends pour qui même", "faut arrêter de nous fatiguer avec vos histoires"],
              "verlan": ["arrête de nous prendre pour des jambons", "tu crois que t'es qui toi"],
              "sms": ["tu comprends rien de toute façon", "arrete de me saouler avec tes excuses"]}
AGG_EN = {
    "blame": ["this is entirely your fault", "you brought this on yourself", "you clearly can't do your job",
              "you people never learn", "stop blaming everyone else for your mess", "you're taking the piss now",
              "are you doing this on purpose", "it's on you, not me", "you messed this up, you fix it",
              "you've screwed this up from day one"],
    "ultimatum": ["you've got until 5pm, not a minute more", "refund me today or I'm going to the ombudsman",
                  "sort it by Friday or I'm pulling out of the deal", "this is the last time I'm asking nicely",
                  "answer me now or I'm going public with this", "fix it within 24 hours or I'm cancelling everything",
                  "sign by noon or we walk, and good luck finding another brand"],
    "contempt": ["I don't have time for people like you", "a five-year-old could have figured that out",
                 "do you even read what you write", "nobody cares about your opinion", "stop whining and read the FAQ",
                 "not my problem, sort it yourself", "who do you think you're talking to",
                 "I honestly wonder how you got this job", "be grateful we even replied", "don't waste my time again"],
}
AGG_EN_REG = {"uk": ["get your act together, honestly", "you're having a laugh if you think that's acceptable"],
              "ie": ["would ye ever just do your job", "cop on to yourself and sort it"],
              "au": ["pull your finger out and fix it", "don't come crying to me about it"],
              "in": ["kindly stop giving excuses and do the needful", "this is the last time I am telling you people"],
              "us": ["quit stalling and fix it", "don't even try to pin this on me"]}


AGG_GEN = {"fr": ["c'est {votre|ta} faute{, pas la mienne|, point final|, assumez|}",
                   "{vous avez|tu as} jusqu'à {ce soir|demain midi|vendredi} pour {régler ça|me rembourser|répondre}, après {je passe à autre chose|j'écris au médiateur|je résilie tout}",
                   "{arrêtez|arrête} de {me faire perdre mon temps|tourner autour du pot|vous cacher derrière le règlement|nous balader}",
                   "{franchement|sérieusement}, {vous faites|tu fais} exprès d'être aussi {lent|à côté de la plaque|peu fiable}",
                   "{je ne vais pas|on ne va pas} {le répéter|vous courir après|y passer la journée} pour {ça|vos erreurs}",
                   "{personne ne vous a demandé votre avis|on se passe de vos commentaires}{, merci|, vraiment|}"],
           "en": ["{this is|that's} {your|all your} fault{, not mine|, full stop|, own it|}",
                  "you've got until {tonight|noon tomorrow|Friday} to {sort this|refund me|reply}, then {I'm done|I'm going to the ombudsman|I cancel everything}",
                  "stop {wasting my time|beating around the bush|hiding behind your policy|fobbing me off}",
                  "{honestly|seriously}, are you {deliberately|purposely} this {slow|unhelpful|disorganised}",
                  "{I'm not|we're not} going to {repeat it|chase you|waste a day} over {this|your mistakes}",
                  "{nobody asked for your opinion|keep your comments to yourself}{, thanks|, honestly|}"]}


def v_aggressive(ctx, var=None):
    if chance(0.4):
        v = expand_alts(ch(AGG_GEN[ctx.lang]))
        if ctx.lang == "fr" and ctx.reg in ("sms", "verlan") and chance(0.5):
            v = sms_fr(strip_acc(v))
        return v
    if ctx.lang == "fr":
        pool = [x for v in AGG_FR.values() for x in v] + AGG_FR_REG.get(ctx.reg, []) * 4
        v = ch(pool)
        if ctx.reg in ("sms", "verlan") and chance(0.5):
            v = sms_fr(strip_acc(v))
        return v
    pool = [x for v in AGG_EN.values() for x in v] + AGG_EN_REG.get(ctx.reg, []) * 4
    v = ch(pool)
    if ctx.reg in ("us", "au") and chance(0.2):
        v = texting_en(v)
    return v


# ============================================================== hard kinds: shouting / punctuation
SHOUT_FR = ["je veux parler à un responsable", "rendez moi mon argent", "personne ne répond au téléphone",
            "ça fait trois semaines que j'attends", "vous avez annulé le match sans prévenir@sports,ticketing",
            "ma box ne marche toujours pas@telecom", "où sont passés mes billets@ticketing", "j'ai payé pour rien",
            "remboursez les places maintenant@ticketing,sports", "arrêtez de supprimer mes messages@stream,discord",
            "on veut des réponses", "je ne paierai pas ce loyer@rental", "c'est une honte totale",
            "ma commande est arrivée froide@food", "débloquez ma carte tout de suite@bank", "personne ne lit mes mails",
            "la caution doit être rendue@rental", "on ne lâchera rien", "c'est inadmissible de traiter les parents comme ça@school",
            "le contrat n'a jamais été signé@contract,hr", "vous m'avez encore prélevé@bank,telecom", "on était là avant vous",
            "rendez les places aux abonnés@sports,ticketing", "le livreur n'est jamais venu@food", "unban mon pote maintenant@stream,discord",
            "le vendeur ne répond plus@marketplace", "personne ne m'a rappelé après l'entretien@hr"]
SHOUT_EN = ["I want to speak to a manager", "give me my money back", "nobody is answering the phone",
            "where are my tickets@ticketing", "you cancelled the match without telling anyone@sports,ticketing",
            "my broadband still does not work@telecom", "I paid for nothing", "refund the tickets now@ticketing,sports",
            "stop deleting my comments@stream,discord", "we want answers", "this is an absolute disgrace",
            "my food arrived cold again@food", "unblock my card right now@bank", "nobody reads my emails",
            "give back my deposit@rental", "you charged me twice@bank,telecom,marketplace", "read the contract properly@contract,hr",
            "stop ignoring the parents@school", "unban my mate right now@stream,discord", "the seller never shipped it@marketplace",
            "nobody called me back after the interview@hr"]


SHOUT_GEN = {"fr": ["{je veux|j'exige|rendez moi} {mon argent|mon remboursement|mes places|ma caution} {maintenant|tout de suite|aujourd'hui}",
                     "{personne ne répond|vous ne répondez} jamais {au téléphone|aux messages|aux mails}",
                     "arrêtez de {nous ignorer|nous mentir|supprimer nos commentaires|nous balader}",
                     "{ça fait|cela fait} {deux|trois|quatre} {semaines|mois} {que j'attends|sans réponse}",
                     "c'est {scandaleux|honteux|inadmissible} {de traiter les clients comme ça|de faire attendre les gens}"],
             "en": ["{I want|give me} {my money|my deposit|my tickets|my refund} back {now|right now|today}",
                    "{nobody|no one} ever {answers the phone|replies to my emails|reads my messages}",
                    "stop {ignoring us|lying to us|deleting our comments|fobbing us off}",
                    "{two|three|four} {weeks|months} {and still nothing|without an answer|of waiting}",
                    "this is {outrageous|shameful|unacceptable} {treating customers like this|making people wait}"]}


def v_shouting(ctx, var=None):
    pool = SHOUT_FR if ctx.lang == "fr" else SHOUT_EN
    ok = [x for x in pool if "@" not in x or ctx.setting in x.split("@")[1].split(",")]
    s = expand_alts(ch(SHOUT_GEN[ctx.lang])) if chance(0.4) else ch(ok).split("@")[0]
    if ctx.lang == "fr" and (ctx.reg in ("sms", "verlan", "af") or chance(0.2)):
        s = strip_acc(s)
    if var == "part":
        words = s.split()
        k = R.randint(3, len(words)) if len(words) > 3 else len(words)
        s = " ".join(words[len(words) - k:])
    return s.upper()


PUNCT_RUNS = ["!!!", "!!!!", "!!!!!", "!!!!!!!!", "???", "????", "?!?!", "?!?!?!", "!?!?", "?!!", "!!?", "??!!",
              "!!!!!!!!!!!!", "?!?!!", "?????", "!?!", "???!!!"]


def v_punctuation(ctx, var=None):
    return ch(PUNCT_RUNS)


GEN = {"email": v_email, "phone": v_phone, "iban": v_iban, "card": v_card, "nir": v_nir, "ip": v_ip,
       "address": v_address, "birthdate": v_birthdate, "password": v_password, "api_key": v_api_key,
       "private_key": v_private_key, "token": v_token, "lexicon": v_lexicon, "ip_host": v_ip_host,
       "punycode": v_punycode, "lookalike": v_lookalike, "shortener": v_shortener, "insecure": v_insecure,
       "blocklisted": v_blocklisted, "mismatch": v_mismatch, "hate": v_hate, "threat": v_threat, "insult": v_insult,
       "shouting": v_shouting, "punctuation": v_punctuation, "aggressive": v_aggressive}


# ============================================================== register transforms (literal text only)
def _sub_words(s, pairs):
    for a, b in pairs:
        rx = re.compile(r"(?<![\w'’])" + re.escape(a) + r"(?![\w])", re.IGNORECASE)

        def rep(m, b=b):
            t = m.group(0)
            return b[0].upper() + b[1:] if t[:1].isupper() and b[:1].islower() else b
        s = rx.sub(rep, s)
    return s


SMS_FR = [("c'est", "c"), ("je suis", "chui"), ("pourquoi", "pk"), ("beaucoup", "bcp"), ("s'il te plaît", "stp"),
          ("s'il te plait", "stp"), ("s'il vous plaît", "svp"), ("s'il vous plait", "svp"), ("aujourd'hui", "ajd"),
          ("toujours", "tjrs"), ("bonjour", "bjr"), ("salut", "slt"), ("quoi", "koi"), ("merci", "mrc"), ("rien", "ri1"),
          ("demain", "dem1"), ("quand", "qd"), ("parce que", "pcq"), ("je sais pas", "jsp"), ("vous", "vs"), ("nous", "ns"),
          ("avec", "avc"), ("dans", "ds"), ("message", "msg"), ("rendez-vous", "rdv"), ("je vais", "jvais"),
          ("qu'est-ce que", "keske"), ("d'accord", "dac"), ("tout", "tt"), ("toi", "toa"), ("moi", "moa"),
          ("est-ce que", "esk"), ("t'inquiète", "tkt"), ("t'inquiete", "tkt")]
VERLAN = [("bizarre", "zarbi"), ("fou", "ouf"), ("femme", "meuf"), ("mec", "keum"), ("lourd", "relou"),
          ("énervé", "vénère"), ("énervée", "vénère"), ("louche", "chelou"), ("fête", "teuf"), ("l'argent", "la thune"),
          ("frère", "frérot"), ("regarde", "mate"), ("pote", "poto"), ("parents", "darons")]
REG_SUBS = {
    "qc": [("week-end", "fin de semaine"), ("e-mail", "courriel"), ("mail", "courriel"), ("maintenant", "astheure"),
           ("voiture", "char"), ("shopping", "magasinage"), ("je suis", "chu"), ("d'accord", "correct")],
    "be": [("soixante-dix", "septante"), ("quatre-vingt-dix", "nonante"), ("portable", "GSM"),
           ("à tout à l'heure", "à tantôt"), ("serpillière", "torchon")],
    "ch": [("soixante-dix", "septante"), ("quatre-vingts", "huitante"), ("quatre-vingt-dix", "nonante"),
           ("portable", "natel"), ("serpillière", "panosse")],
    "af": [("beaucoup", "trop"), ("d'accord", "y a pas de souci"), ("copine", "go"), ("vraiment", "vraiment même")],
    "uk": [("color", "colour"), ("favorite", "favourite"), ("organize", "organise"), ("canceled", "cancelled"),
           ("apartment", "flat"), ("cell phone", "mobile"), ("vacation", "holiday"), ("soccer", "football")],
    "au": [("afternoon", "arvo"), ("breakfast", "brekkie"), ("definitely", "defo"), ("service station", "servo"),
           ("apartment", "unit"), ("thanks", "cheers")],
    "ie": [("great", "grand"), ("you guys", "yous"), ("apartment", "flat")],
    "in": [("please", "kindly"), ("apartment", "flat"), ("cell phone", "mobile")],
}
TEXTING_EN = [("you", "u"), ("your", "ur"), ("please", "pls"), ("thanks", "thx"), ("because", "bc"), ("tonight", "tonite"),
              ("I don't know", "idk"), ("to be honest", "tbh"), ("people", "ppl"), ("with", "w/"), ("really", "rly")]
EMOJI = ["😅", "🙏", "😡", "👀", "🔥", "😂", "🙄", "💀", "✨", "👍", "😤", "🤷", "🎟️", "🏉", "🍕", "📦", "😭", "🤦"]


def sms_fr(s):
    return _sub_words(s.lower(), SMS_FR)


def texting_en(s):
    return _sub_words(s.lower() if chance(0.6) else s, TEXTING_EN)


def draw_style(ctx):
    st = {"nbsp": False, "nnbsp": False, "curly": False, "noacc": False, "lower": False, "sms": False, "verlan": False,
          "subs": [], "typo": 0.0, "emoji": 0.0, "texting": False}
    reg = ctx.reg
    if ctx.lang == "fr":
        st["curly"] = chance(0.3)
        st["typo"] = 0.03
        st["emoji"] = 0.025
        if reg == "std":
            st["nbsp"] = chance(0.6)
            st["nnbsp"] = chance(0.2)
            st["noacc"] = chance(0.05)
        elif reg == "sms":
            st.update(sms=True, lower=chance(0.8), noacc=chance(0.7), typo=0.08, emoji=0.1)
        elif reg == "verlan":
            st.update(verlan=True, sms=chance(0.5), lower=chance(0.5), noacc=chance(0.4), emoji=0.1)
        elif reg in ("be", "ch"):
            st["subs"] = REG_SUBS[reg]
            st["nbsp"] = chance(0.5)
            st["nnbsp"] = reg == "ch" and chance(0.5)
        elif reg == "qc":
            st.update(subs=REG_SUBS["qc"], noacc=chance(0.15), typo=0.05, emoji=0.05)
        elif reg == "af":
            st.update(subs=REG_SUBS["af"], noacc=chance(0.3), emoji=0.06)
    else:
        st["typo"] = 0.04
        st["emoji"] = 0.035
        st["subs"] = REG_SUBS.get(reg, [])
        st["texting"] = reg in ("us", "au", "uk") and chance(0.25)
        st["curly"] = chance(0.15)
    return st


TYPO_SAFE = re.compile(r"naiss|pass|bearer|birth|born|auth|token|mdp")


def _typo(s):
    words = [m for m in re.finditer(r"[a-zàâçéèêëîïôûùüÿœ]{6,}", s) if not TYPO_SAFE.search(m.group())]
    if not words:
        return s
    m = ch(words)
    w = m.group(0)
    i = R.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:] if chance(0.6) else w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


def _emoji(s):
    if TYPO_SAFE.search(s.lower()) or re.search(r"(?i)\bn[ée]e?\b|\bdob\b|\bddn\b", s):
        return s
    sp = [m.start() for m in re.finditer(r"(?<=[a-zà-ÿ]) (?=[a-zà-ÿ])", s)]
    if len(sp) < 2:
        return s
    i = ch(sp)
    return s[:i] + " " + ch(EMOJI) + s[i:]


PROTECT_RE = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)|https?://\S+|#[\w-]+|@[\w.]+\w")


def transform(s, ctx, st):
    """Apply register transforms to literal text, leaving URLs, markdown links, #channels and @handles intact."""
    if not PROTECT_RE.search(s):
        return _transform(s, ctx, st)
    out, last = [], 0
    for m in PROTECT_RE.finditer(s):
        out.append(_transform(s[last:m.start()], ctx, st))
        out.append(m.group())
        last = m.end()
    out.append(_transform(s[last:], ctx, st))
    return "".join(out)


def _transform(s, ctx, st):
    if not s.strip():
        return s
    if ctx.lang == "fr":
        if st["verlan"]:
            s = _sub_words(s, VERLAN)
        if st["sms"]:
            s = _sub_words(s.lower() if st["lower"] else s, SMS_FR)
        elif st["lower"]:
            s = s.lower()
        if st["subs"]:
            s = _sub_words(s, st["subs"])
        if st["noacc"]:
            s = strip_acc(s)
        if st["nbsp"]:
            sp = NNBSP if st["nnbsp"] else NBSP
            s = re.sub(r" ([:;!?»])", sp + r"\1", s)
            s = s.replace("« ", "«" + sp)
    else:
        if st["subs"]:
            s = _sub_words(s, st["subs"])
        if st["texting"]:
            s = texting_en(s)
    if st["curly"]:
        s = s.replace("'", "’")
    if st["typo"] and chance(st["typo"]):
        s = _typo(s)
    if st["emoji"] and chance(st["emoji"]):
        s = _emoji(s)
    return s


# ============================================================== clean fillers
def f_date(ctx):
    d, m = R.randint(1, 28), R.randint(1, 12)
    if ctx.lang == "fr":
        jour = ch(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])
        return ch([f"{d} {MONTHS_FR[m - 1]}", f"{jour} {d} {MONTHS_FR[m - 1]}", f"{d:02d}/{m:02d}", f"{d:02d}/{m:02d}/{ch([2025, 2026])}"])
    day = ch(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    if ctx.reg == "us":
        return ch([f"{MONTHS_EN[m - 1]} {d}", f"{day}, {MONTHS_EN[m - 1]} {d}", f"{m}/{d}"])
    return ch([f"{d} {MONTHS_EN[m - 1]}", f"{day} {ordinal(d)} {MONTHS_EN[m - 1]}", f"{d:02d}/{m:02d}"])


def f_time(ctx):
    return f"{R.randint(8, 23):02d}:{R.randint(0, 59):02d}"


def f_price(ctx):
    if ctx.lang == "fr":
        cur = {"ch": "CHF", "qc": "$", "af": "FCFA"}.get(ctx.reg, "€")
        if cur == "FCFA":
            return f"{R.randint(2, 95)}{NBSP}{R.randint(0, 999):03d} FCFA"
        if cur == "CHF":
            return f"CHF {R.randint(9, 900)}.{ch(['00', '50', '90'])}"
        r = R.random()
        if r < 0.3:
            return f"{R.randint(1, 4)}{ch([NBSP, NNBSP, ' '])}{R.randint(0, 999):03d},00{NBSP}{cur}"
        return f"{R.randint(3, 480)},{ch(['00', '50', '90', '99'])}{ch([NBSP, ' '])}{cur}"
    cur = {"uk": "£", "ie": "€", "au": "A$", "in": "₹", "us": "$"}[ctx.reg]
    if cur == "₹":
        return f"₹{R.randint(1, 99)},{R.randint(0, 999):03d}"
    return f"{cur}{R.randint(3, 900)}{ch(['', '.00', '.50', '.99'])}"


ORDER_PREFIX = {"food": "MIA", "ticketing": "SCN", "telecom": "NUV", "bank": "PVT", "marketplace": "TRC",
                "contract": "BRM", "hr": "REC", "rental": "LOC", "school": "APE", "sports": "RCV", "stream": "KYU",
                "discord": "KYU"}


def f_order(ctx):
    p = ORDER_PREFIX.get(ctx.setting, "CMD")
    return ch([f"{p}-{R.randint(100000, 999999)}", f"{p}{R.randint(2024, 2026)}-{R.randint(1000, 99999)}",
               f"#{R.randint(1000000, 9999999)}", f"{p}/{R.randint(10, 99)}/{R.randint(1000, 9999)}"])


def f_tracking(ctx):
    return ch(["6A" + digs(11), "LP" + digs(9) + "FR", "1Z" + rnd(UP_ALNUM, 6) + digs(10), "CB" + digs(9) + "FR",
               "JD" + digs(16)])


def f_siret(ctx):
    while True:
        n = ch("1789") + digs(13)
        if luhn_ok(n):
            return ch([n, f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"])


def f_txn(ctx):
    while True:
        n = ch("45") + digs(15)
        if not luhn_ok(n):
            return ch([" ".join(n[i:i + 4] for i in range(0, 16, 4)), n])


def f_badiban(ctx):
    cc = ch(IBAN_POOL[ctx.reg])
    good = make_iban(cc)
    while True:
        bad = good[:2] + f"{R.randint(2, 98):02d}" + good[4:]
        if not iban_valid(bad):
            return fmt_iban(bad).upper()


def f_badnir(ctx):
    while True:
        v = re.sub(r"\s", "", v_nir(ctx))
        bad = v[:13] + f"{R.randint(1, 97):02d}"
        if not nir_ok(bad):
            return " ".join([bad[0], bad[1:3], bad[3:5], bad[5:7], bad[7:10], bad[10:13], bad[13:]])


def f_ics(ctx):
    while True:
        v = "FR" + digs(2) + "ZZZ" + digs(6)
        if not iban_valid(v):
            return v


def f_ean(ctx):
    while True:
        body = ch(["376", "301", "400", "500"]) + digs(9)
        c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(body)) % 10) % 10
        n = body + str(c)
        if not luhn_ok(n):
            return n


def f_seat(ctx):
    if ctx.lang == "fr":
        return ch([f"bloc {ch('ABCDEFG')}, rang {R.randint(1, 30)}, place {R.randint(1, 40)}",
                   f"tribune {ch(['Nord', 'Sud', 'Est'])}, rang {ch('KLMNP')}, siège {R.randint(1, 60)}", "fosse, placement libre"])
    return ch([f"Block {R.randint(101, 130)}, Row {ch('ABCDEFGHJK')}, Seat {R.randint(1, 40)}",
               f"{ch(['North', 'South', 'East'])} Stand, Row {ch('KLMNP')}, Seat {R.randint(1, 60)}", "standing, general admission"])


TOWNS_FR = ["Connerré", "Bitche", "Condom", "Montcuq", "Pissy", "Arnac-la-Poste", "Bourré", "Cucugnan"]
TOWNS_EN = ["Scunthorpe", "Penistone", "Clitheroe", "Middlesex", "Sussex", "Essex", "Cockermouth", "Shitterton",
            "Dickleburgh", "Twatt"]

SETTINGS = {
    "stream": {"brand": "Kayou", "url": ["https://www.twitch.tv/kayou_live", "https://www.twitch.tv/kayou_live/videos"],
               "fr": {"item": "le live", "staff": "le modo", "label": "Live Kayou", "subject": "Planning des lives"},
               "en": {"item": "the stream", "staff": "the mod", "label": "Kayou stream", "subject": "Stream schedule"}},
    "discord": {"brand": "Kayou", "url": ["https://www.twitch.tv/kayou_live"],
                "fr": {"item": "le serveur", "staff": "les admins", "label": "Discord Kayou", "subject": "Règles du serveur"},
                "en": {"item": "the server", "staff": "the admins", "label": "Kayou Discord", "subject": "Server rules"}},
    "ticketing": {"brand": "Scèneo", "url": ["https://www.sceneo-billets.fr/revente", "https://www.sceneo-billets.fr/aide"],
                  "fr": {"item": "les billets", "staff": "l'organisateur", "label": "Scèneo billetterie", "subject": "Report du concert"},
                  "en": {"item": "the tickets", "staff": "the organiser", "label": "Scèneo ticketing", "subject": "Show rescheduled"}},
    "food": {"brand": "Miamigo", "url": ["https://www.miamigo.app/aide", "https://www.miamigo.app/restaurants"],
             "fr": {"item": "ma commande", "staff": "le livreur", "label": "Miamigo support", "subject": "Commande en retard"},
             "en": {"item": "my order", "staff": "the rider", "label": "Miamigo support", "subject": "Late order"}},
    "telecom": {"brand": "Nuvo Mobile", "url": ["https://www.nuvomobile.fr/assistance", "https://www.nuvomobile.fr/espace-client"],
                "fr": {"item": "la box", "staff": "le technicien", "label": "Nuvo Mobile", "subject": "Intervention technicien"},
                "en": {"item": "my broadband", "staff": "the engineer", "label": "Nuvo Mobile", "subject": "Engineer visit"}},
    "bank": {"brand": "Pivot", "url": ["https://www.pivot-banque.fr/securite", "https://www.pivotbank.co.uk/help"],
             "fr": {"item": "ma carte", "staff": "le conseiller", "label": "Pivot Banque", "subject": "Opposition carte"},
             "en": {"item": "my card", "staff": "the advisor", "label": "Pivot Bank", "subject": "Card frozen"}},
    "marketplace": {"brand": "Troc&Co", "url": ["https://www.trocandco.fr/aide/litiges", "https://www.trocandco.fr/securite"],
                    "fr": {"item": "l'annonce", "staff": "le vendeur", "label": "Troc&Co litiges", "subject": "Litige sur une vente"},
                    "en": {"item": "the listing", "staff": "the seller", "label": "Troc&Co disputes", "subject": "Dispute on a sale"}},
    "school": {"brand": "APE Jules-Ferry", "url": ["https://www.ape-julesferry.fr/agenda"],
               "fr": {"item": "la sortie", "staff": "la maîtresse", "label": "APE Jules-Ferry", "subject": "Sortie scolaire"},
               "en": {"item": "the trip", "staff": "the teacher", "label": "PTA group", "subject": "School trip"}},
    "sports": {"brand": "RC Val d'Orne", "url": ["https://www.rcvaldorne.fr/calendrier", "https://www.rcvaldorne.fr/licences"],
               "fr": {"item": "le match", "staff": "le coach", "label": "RC Val d'Orne", "subject": "Licences et calendrier"},
               "en": {"item": "the match", "staff": "the coach", "label": "club group", "subject": "Fixtures and memberships"}},
    "contract": {"brand": "Studio Brume", "url": ["https://www.studiobrume.com/createurs", "https://www.studiobrume.com/brief"],
                 "fr": {"item": "le contrat", "staff": "ton agent", "label": "Studio Brume", "subject": "Proposition de collaboration"},
                 "en": {"item": "the contract", "staff": "your agent", "label": "Studio Brume", "subject": "Collaboration proposal"}},
    "hr": {"brand": "Recrutéa", "url": ["https://www.recrutea.fr/offres", "https://www.recrutea.fr/candidats"],
           "fr": {"item": "le poste", "staff": "le recruteur", "label": "Recrutéa", "subject": "Votre candidature"},
           "en": {"item": "the role", "staff": "the recruiter", "label": "Recrutéa", "subject": "Your application"}},
    "rental": {"brand": "Loc'Ouest", "url": ["https://www.locouest-immo.fr/annonces", "https://www.locouest-immo.fr/dossier"],
               "fr": {"item": "l'appart", "staff": "le proprio", "label": "Loc'Ouest gestion", "subject": "Dossier de location"},
               "en": {"item": "the flat", "staff": "the landlord", "label": "Loc'Ouest lettings", "subject": "Rental application"}},
}
PUBLIC_URLS = ["https://www.laposte.fr/outils/suivre-vos-envois", "https://www.ameli.fr/assure/remboursements",
               "https://www.paypal.com/fr/signin", "https://www.leboncoin.fr/aide", "https://www.vinted.fr/help",
               "https://www.impots.gouv.fr/particulier", "https://www.sncf-connect.com/aide", "https://www.amazon.fr/gp/help",
               "https://www.instagram.com/studiobrume/", "https://www.colissimo.fr/suivi"]
SAFE_HOSTS = sorted({re.sub(r"^https?://", "", u).split("/")[0] for s in SETTINGS.values() for u in s["url"]} |
                    {re.sub(r"^https?://", "", u).split("/")[0] for u in PUBLIC_URLS} |
                    {"www.twitch.tv", "twitch.tv", "sceneo-billets.fr", "www.ape-julesferry.fr"} | set(PROTECTED_DOMAINS) |
                    {"www." + d for d in PROTECTED_DOMAINS})


FILL = {
    "prenom": first_name, "nom": last_name, "name": first_name, "last": last_name,
    "creator": lambda c: ch(CREATORS), "handle": lambda c: ch(HANDLES), "pseudo": lambda c: ch(PSEUDOS),
    "date": f_date, "time": f_time, "price": f_price, "order": f_order, "tracking": f_tracking, "siret": f_siret,
    "txn": f_txn, "badiban": f_badiban, "badnir": f_badnir, "ics": f_ics, "ean": f_ean, "seat": f_seat,
    "invoice": lambda c: ch([f"FAC-{R.randint(2024, 2026)}-{R.randint(100, 9999):04d}", f"INV-{R.randint(24, 26)}-{R.randint(100, 9999)}"]),
    "ticket": lambda c: str(R.randint(10000, 999999)),
    "promo": lambda c: ch(["MIAM15", "SCENE10", "RUGBY5", "BRUME20", "NUVO12", "RENTREE25", "WELCOME8"]),
    "score": lambda c: ch(["42-7", "38-3", "31-10", "45-12", "27-0"]),
    "town": lambda c: ch(TOWNS_FR if c.lang == "fr" else TOWNS_EN),
    "brand": lambda c: SETTINGS[c.setting]["brand"], "brand_url": lambda c: ch(SETTINGS[c.setting]["url"]),
    "public_url": lambda c: ch(PUBLIC_URLS),
    "item": lambda c: SETTINGS[c.setting][c.lang]["item"], "staff": lambda c: SETTINGS[c.setting][c.lang]["staff"],
    "label": lambda c: SETTINGS[c.setting][c.lang]["label"], "subject": lambda c: SETTINGS[c.setting][c.lang]["subject"],
    "year": lambda c: str(ch([2025, 2026])), "num": lambda c: str(R.randint(2, 40)),
}


# ============================================================== risky line templates (voice-tagged)
LINK_FR = ["c@ticketing,stream,discord,sports|Billets moins chers ici 👉 {{L}}", "c@ticketing,sports,stream,discord|regardez ce site, ils revendent les places : {{L}}",
           "s|Le lien qui tourne sur le Discord : {{L}}, on le signale ?", "c@marketplace|Le vendeur m'a envoyé ça pour payer : {{L}}",
           "s|Un client a reçu ce lien par SMS : {{L}} (ce n'est pas nous)", "c@food,stream,discord|codes promo gratuits sur {{L}} 🍕",
           "s@school|Lien du formulaire pour les parents : {{L}}", "c@contract,stream|Tu peux mettre {{L}} dans ta bio pour la collab ?",
           "c@rental|{Le proprio|L'agence} demande de déposer le dossier sur {{L}}, c'est normal ?",
           "s@hr|Je colle le lien reçu par la candidate : {{L}}", "c@marketplace,food|mon colis est bloqué, ils disent de payer sur {{L}}",
           "{{L}}", "c|go {{L}} avant que ce soit supprimé"]
LINK_EN = ["c@ticketing,stream,discord,sports|Cheaper tickets here 👉 {{L}}", "s|This link is going round the Discord: {{L}}, should we flag it?",
           "c@marketplace|seller sent me this to pay: {{L}}", "s|Customer got this by text: {{L}} (not ours)",
           "c@food,stream,discord|free delivery codes at {{L}} 🍕", "s@school|Form for parents: {{L}}", "c@contract,stream|can you put {{L}} in your bio for the collab?",
           "c@rental|the landlord wants the application uploaded at {{L}}, is that legit?",
           "s@hr|Pasting the link the candidate received: {{L}}", "c@marketplace,food|my parcel's stuck, they say pay at {{L}}", "{{L}}",
           "c|quick, {{L}} before they take it down"]


def link_tpls(kind, fr_extra, en_extra):
    return {"fr": [t.replace("{{L}}", "{{" + kind + "}}") for t in LINK_FR] + fr_extra,
            "en": [t.replace("{{L}}", "{{" + kind + "}}") for t in LINK_EN] + en_extra}


TPL = {
    "email": {"fr": ["s|Adresse mail du client pour le suivi : {{email}}",
                     "c|Écrivez-moi plutôt sur {{email}}, je ne lis jamais les DM",
                     "c|mon mail c'est {{email}}, envoyez-moi la facture stp",
                     "s@hr|Le mail perso du candidat : {{email}}, je le mets dans le dossier ?",
                     "s@contract|L'agent de $creator préfère qu'on passe par {{email}} pour la négo.",
                     "c@ticketing|Pour la revente du billet, contactez-moi à {{email}}",
                     "s@school|Parent référent pour la sortie : $prenom, {{email}}",
                     "c@food|je suis joignable sur {{email}} si le livreur se perd encore",
                     "s@rental|Locataire sortant : {{email}}, à mettre en copie pour l'état des lieux.",
                     "c@sports|Mettez {{email}} sur la licence de mon fils, pas l'ancienne adresse."],
              "en": ["s|Customer's email for the follow-up: {{email}}",
                     "c|Just email me at {{email}}, I never check DMs", "s@contract|The creator's manager is {{email}}, cc her on the contract.",
                     "c@ticketing|for the resale pls contact {{email}}", "s@hr|Candidate's personal email: {{email}}, add it to the file?",
                     "c@rental|Send the lease to {{email}}", "s@rental|New tenant contact: {{email}}",
                     "c|kindly send the invoice on {{email}} only", "s@school|Parent rep for the trip: $name, {{email}}"]},
    "phone": {"fr": ["s|Numéro du client à rappeler : {{phone}}",
                     "c|Appelez-moi au {{phone}}, j'en ai marre des mails", "s@food|Le livreur a laissé son numéro : {{phone}}",
                     "c|dispo au {{phone}} après 18 h", "s@school|Numéro de la maman de $prenom pour la sortie : {{phone}}",
                     "s@sports|Le coach des U13 est joignable au {{phone}}, évite après 21 h.",
                     "c@rental|Le proprio répond jamais, son portable c'est le {{phone}}",
                     "s@contract|Pour la négo, l'agent de $creator demande qu'on l'appelle au {{phone}}.",
                     "s@marketplace,rental|Message WhatsApp reçu du {{phone}} : « Bonjour, l'annonce est toujours dispo ? »",
                     "c@bank|rappelez moi {{phone}} c'est urgent, ma carte est bloquée"],
              "en": ["s|Customer callback number: {{phone}}",
                     "c|Call me on {{phone}}, I'm done with emails", "s@food|Rider's number is {{phone}} if the customer can't find him.",
                     "c@ticketing|text me on {{phone}} re the tickets", "s@rental|Landlord's mobile: {{phone}}",
                     "s@sports|The coach can be reached on {{phone}} after training.", "c@bank|pls call {{phone}} urgent, my card is blocked",
                     "s@marketplace|WhatsApp from {{phone}}: \"Hi, is the bike still available?\""]},
    "iban": {"fr": ["s|IBAN fourni par le client pour le remboursement : {{iban}}",
                     "c|Remboursez-moi sur ce compte : {{iban}}", "s@contract|RIB de $creator pour la facture de la collab : {{iban}}",
                    "c@rental|pour la caution vous pouvez virer sur {{iban}} merci",
                    "s@rental|Le locataire a envoyé son IBAN {{iban}} pour la restitution du dépôt de garantie.",
                    "c@marketplace|mon iban c'est {{iban}}, le vendeur m'a dit de vous l'envoyer",
                    "s@sports,school|Cotisation du club à rembourser sur {{iban}} (famille $nom).", "c|J'ai changé de banque, nouvel IBAN : {{iban}}"],
             "en": ["s|IBAN the customer gave for the refund: {{iban}}",
                     "c|Refund me to {{iban}} please", "s@contract|Creator's bank details for the invoice: {{iban}}",
                    "c@rental|deposit back to {{iban}} thx", "s@sports,school|Club membership refund goes to {{iban}}.",
                    "c|New bank, new IBAN: {{iban}}", "s@rental|The tenant sent {{iban}} for the deposit return."]},
    "card": {"fr": ["c|Je vous mets ma carte, débitez-moi : {{card}} exp 08/27", "c@bank|la carte bloquée c'est la {{card}}, vous pouvez regarder ?",
                    "s@marketplace|Un acheteur a collé sa CB dans le chat de l'annonce ({{card}}), je masque ?",
                    "c@ticketing,sports|Pour les places VIP : {{card}}, cryptogramme au dos", "s|La cliente nous a envoyé {{card}} en DM, je supprime tout de suite.",
                    "c|ma carte {{card}} a été débitée deux fois pour la même commande"],
             "en": ["c|Here's my card, just charge it: {{card}} exp 03/28", "c@bank|the blocked card is {{card}}, can u check",
                    "s@marketplace|A buyer pasted their card ({{card}}) in the listing chat, hiding it now.",
                    "c|card {{card}} got charged twice for one order", "s|Customer DM'd us {{card}}, deleting asap."]},
    "nir": {"fr": ["s|Le client a envoyé son numéro de sécu ({{nir}}) dans le chat, je le masque.",
                     "s@hr|Numéro de sécu de la nouvelle recrue pour la DPAE : {{nir}}",
                   "c|mon numéro de sécu : {{nir}}, vous en avez besoin pour la mutuelle ?",
                   "s@sports|Pour la licence de $prenom, le club demande le NIR du parent : {{nir}}",
                   "c@rental|Voici mon n° de sécurité sociale {{nir}} pour le dossier de location",
                   "s@contract|L'influenceuse a mis son NIR dans le contrat ({{nir}}), on le retire avant envoi."],
            "en": ["c|here's my French social security number {{nir}}, is that what you need?",
                     "s@hr,contract|Her French social security number is {{nir}}, needed for payroll.",
                   "c@rental|my french social security no. (NIR) is {{nir}} for the tenancy file",
                   "s|The contractor's NIR for the French payroll: {{nir}}"]},
    "ip": {"fr": ["c|L'appli me bloque, elle dit que mon IP {{ip}} est suspecte",
                     "s@discord,stream|Les faux comptes du Discord se connectent tous depuis {{ip}}.", "s|Le bot a loggé l'IP du spammeur : {{ip}}",
                  "s|Tentatives de connexion sur le compte client depuis {{ip}}, on bloque ?", "c@stream,discord|Mon IP c'est {{ip}}, vous pouvez la débannir ?",
                  "s@bank|Connexion suspecte sur l'espace bancaire : {{ip}} à 3 h du matin."],
           "en": ["c|app says my IP {{ip}} is blocked, why?",
                     "s@discord,stream|All the raid accounts came from {{ip}}.", "c@stream,discord|my IP is {{ip}}, pls unban",
                  "s|Suspicious login on the customer's account from {{ip}}.", "s|Bot logged the spammer's IP: {{ip}}"]},
    "address": {"fr": ["c|Mon adresse : {{address}}, je la redonne pour la troisième fois", "s|Adresse à mettre à jour dans la fiche client : {{address}}",
                     "c@food,marketplace|Livrez au {{address}}, le code de la porte est dans la note", "s@rental|Adresse de l'appart à visiter : {{address}}",
                       "s@contract|Envoie la box PR à $creator : {{address}}", "c@food|je suis au {{address}}, le livreur tourne en rond depuis 20 min",
                       "s@hr|Le candidat habite {{address}}, c'est loin du site ?",
                       "s@school|Point de rendez-vous de la sortie : chez la famille $nom, {{address}}."],
                "en": ["c|My address is {{address}}, I've given it three times already", "s|Update the customer's address to {{address}}",
                     "c@food,marketplace|Deliver to {{address}}, buzzer doesn't work", "s@contract|Ship the PR box to {{address}}", "s@rental|Viewing address: {{address}}",
                       "c@food|I'm at {{address}}, rider's been circling for 20 mins", "s|Winner's delivery address: {{address}}"]},
    "birthdate": {"fr": ["s@hr|Candidat : $prenom $nom, né le {{birthdate}}", "c@sports|ma fille est née le {{birthdate:child}}, elle peut jouer en U11 ?",
                         "s@school|DDN de l'élève pour l'assurance de la sortie : {{birthdate:child}}",
                         "c@ticketing,bank,telecom|Date de naissance : {{birthdate}} (c'est pour la carte jeune)",
                         "s@rental|Le locataire est né le {{birthdate}} d'après sa pièce d'identité.",
                         "c|Je suis né le {{birthdate}}, pourquoi l'appli dit que je suis mineur ?",
                         "s@contract|L'influenceuse est née le {{birthdate}}, donc majeure pour le contrat ? À vérifier.",
                         "s|Vérif d'âge : la personne déclare être née le {{birthdate}}."],
                  "en": ["s@hr|Applicant: $name $last, DOB {{birthdate}}", "c@sports|my son was born on {{birthdate:child}}, can he play U12?",
                         "c|Date of birth: {{birthdate}}, please fix my account",
                         "s@contract|The creator's date of birth is {{birthdate}}, so she's of age for the campaign.",
                         "s@school|Pupil's date of birth for the trip insurance: {{birthdate:child}}",
                         "s|Age check: the customer says he was born on {{birthdate}}.", "c|I was born on {{birthdate}}, why does the app say I'm under 18?"]},
    "password": {"fr": ["s@stream,discord|Accès au compte Twitch de la chaîne : $handle / {{password}}", "s|mdp du back-office : {{password}}",
                        "s@school,sports|Le mot de passe du wifi de la salle des fêtes c'est {{password}}",
                        "c|Mon mot de passe c'est {{password}}, pourquoi ça marche pas ?", "s@contract,ticketing|login : presse_$year / mdp : {{password}}",
                        "s@hr|Mot de passe provisoire du portail RH : {{password}} (à changer à la 1re connexion)"],
                 "en": ["s|back-office password is {{password}}, change it after",
                     "s@sports,school|Login for the club's Insta: $handle / {{password}}", "c|my password is {{password}} and it still says wrong??",
                        "s@contract,ticketing|pw for the press drive: {{password}}", "s@hr|Temp password for the HR portal is {{password}}",
                        "s@school,sports|Wifi password for the function room: {{password}}"]},
    "api_key": {"fr": ["s@stream,discord|Clé API du bot Discord pour les giveaways : {{api_key}}", "s|Mets ça dans le .env : STRIPE_SECRET={{api_key:stripe}}",
                       "s@ticketing|La clé SendGrid pour les confirmations de billets : {{api_key:sendgrid}}",
                       "s@sports,school|Token GitHub du repo du site du club : {{api_key:gh}}", "s|AWS pour le bucket des photos : {{api_key:aws}}",
                       "s|clé OpenAI du bot de modération : {{api_key:openai}}", "s|api_key={{api_key:hex}} pour le widget d'avis"],
                "en": ["s@stream,discord|API key for the giveaway bot: {{api_key}}", "s|Put this in the .env: STRIPE_SECRET={{api_key:stripe}}",
                       "s@ticketing|SendGrid key for ticket confirmations: {{api_key:sendgrid}}", "s@sports,school|GitHub token for the club site repo: {{api_key:ghpat}}",
                       "s|Slack webhook bot key {{api_key:slack}} - don't share it", "s|Shopify admin token: {{api_key:shopify}}"]},
    "private_key": {"fr": ["s|Clé SSH du serveur de la billetterie :\n{{private_key}}",
                           "s|{{private_key}}\nC'est la clé pour déployer le site, ne la mets pas sur le Discord."],
                    "en": ["s|SSH key for the ticketing box:\n{{private_key}}", "s|{{private_key}}\nthat's the deploy key, keep it off Discord"]},
    "token": {"fr": ["s@food|Header pour l'API des livreurs : Authorization: Bearer {{token:opaque}}",
                     "s|JWT récupéré dans les logs du client : {{token:jwt}}", "s|Le webhook passe avec Bearer {{token:opaque}}",
                     "s|access_token={{token:jwt}} (copié depuis l'appli)"],
              "en": ["s@food|Header for the rider API: Authorization: Bearer {{token:opaque}}", "s|JWT from the customer's logs: {{token:jwt}}",
                     "s|webhook works with Bearer {{token:opaque}}", "s|session token {{token:jwt}} copied from the app"]},
    "lexicon": {"fr": ["s|Motus sur {{lexicon}} jusqu'à l'annonce, même en DM.", "s@contract,stream|$creator demande si {{lexicon}} sera prêt pour le live de jeudi.",
                       "s|On ne cite pas {{lexicon}} dans la réponse publique, ok ?", "s|Le brief {{lexicon}} est dans le drive, accès restreint.",
                       "s@contract|Clause d'exclusivité liée à {{lexicon}} : 6 mois, non négociable.",
                       "c@discord,stream|C'est quoi {{lexicon}} ? J'ai vu ça passer sur le Discord"],
                "en": ["s|Keep {{lexicon}} quiet until the announcement, even in DMs.", "s@contract,stream|$creator asks whether {{lexicon}} will be ready for Thursday's live.",
                       "s|We don't mention {{lexicon}} in the public reply, ok?", "s|The {{lexicon}} brief is in the restricted drive.",
                       "c@discord,stream|what's {{lexicon}}? saw it on the Discord"]},
    "ip_host": link_tpls("ip_host", ["s|Le presta dit que l'admin est sur {{ip_host}} pour l'instant."], ["s|Admin panel lives at {{ip_host}} for now."]),
    "punycode": link_tpls("punycode", [], []),
    "lookalike": link_tpls("lookalike", ["c|J'ai reçu un SMS qui dit de payer les frais sur {{lookalike}}"],
                           ["c|got a text saying pay the fee at {{lookalike}}"]),
    "shortener": link_tpls("shortener", ["s|Lien raccourci pour la bio : {{shortener}}"], ["s|Short link for the bio: {{shortener}}"]),
    "insecure": link_tpls("insecure", ["s|L'article du blog local sur le club : {{insecure}}"], ["s|The local blog wrote about us: {{insecure}}"]),
    "blocklisted": link_tpls("blocklisted", [], []),
    "mismatch": {"fr": ["s|Le lien du mail suspect : {{mismatch}}",
                     "c|Payez les frais de port ici : {{mismatch}}", "s@ticketing|Le mail frauduleux disait : « Confirmez votre billet sur {{mismatch}} »",
                        "c|Suivez votre remboursement : {{mismatch}}", "s@ticketing|Pour la revente, passe par {{mismatch}} stp"],
                 "en": ["s|Link in the suspicious email: {{mismatch}}",
                     "c|Pay the shipping fee here: {{mismatch}}", "s@ticketing|The phishing mail said: \"Confirm your ticket at {{mismatch}}\"",
                        "c|Track your refund: {{mismatch}}", "s@ticketing|For resale use {{mismatch}} please"]},
    # ---- hard kinds
    "insult": {"fr": ["{{insult:voc}}, ça fait trois jours que j'attends mon remboursement", "c|Réponds, {{insult:voc}}",
                      "c|t'es vraiment {{insult:n}}", "c@food,marketplace|Le livreur est {{insult:n}}, il a jeté le sac devant la porte",
                      "c@sports|L'arbitre ce soir : {{insult:n}}, rien d'autre", "c@telecom,bank,food,ticketing,marketplace|vous êtes tous des {{insult:pl}} dans ce service",
                      "c|T'es complètement {{insult:adj}} ou quoi ?", "c|{{insult:imp}}, j'ai plus rien à te dire",
                      "c@rental|Le proprio, {{insult:n}}, garde ma caution depuis deux mois", "c|Merci pour rien, {{insult:voc}} 🙄",
                      "c@school|Le prof de ma fille est {{insult:n}}", "c@stream,discord|Encore raté, {{insult:voc}}", "c@hr|Ce recruteur, {{insult:n}}, vraiment",
                      "s|Réponse à ce client : {{insult:voc}}, relis ta commande", "c@marketplace|{{insult:voc}} de vendeur, rends-moi mon argent",
                      "c|t'es {{insult:adj}} ma parole", "c@stream,discord|les modos c'est des {{insult:pl}}", "c@stream,discord|gg {{insult:voc}} 😂 t'as raté ton combo"],
               "en": ["{{insult:voc}}, I've been waiting three days for my refund", "c|answer me, {{insult:voc}}",
                      "c|you're nothing but {{insult:n}}", "c@food|the rider is {{insult:n}}, he threw the bag at my door",
                      "c@sports|ref tonight was {{insult:n}}", "c|you lot are all {{insult:pl}}", "c|are you {{insult:adj}} or what?",
                      "c|{{insult:imp}}, I'm done talking to you", "c@rental|my landlord, {{insult:n}}, still has my deposit",
                      "c|thanks for nothing, {{insult:voc}} 🙄", "c@stream,discord|missed again, {{insult:voc}}", "c@hr|the recruiter is {{insult:n}}",
                      "s|Reply to this guy: {{insult:voc}}, read your own order", "c@stream,discord|mods here are {{insult:pl}}",
                      "c@stream,discord|gg {{insult:voc}} 😂 you missed the combo", "c|honestly you're {{insult:adj}}"]},
    "threat": {"fr": ["{{threat}}", "c|Je te préviens, {{threat}}", "c|{{threat}}, tu peux me croire",
                      "s|Message reçu en MP : « {{threat}} »", "c|Supprime encore mon avis et tu verras : {{threat}}",
                      "c|{{threat}}. Bonne soirée 🙂", "c|ok ok... {{threat}}", "s@food|Le client a écrit au livreur : « {{threat}} »",
                      "c|Message pour $staff : {{threat}}"],
               "en": ["{{threat}}", "c|just so you know, {{threat}}", "c|{{threat}}, mark my words",
                      "s@food|DM they sent the rider: \"{{threat}}\"", "c|delete my review again and see, {{threat}}",
                      "c|{{threat}}. have a nice evening 🙂", "c|ok ok... {{threat}}", "s@stream,discord|Reported in #modlog: \"{{threat}}\""]},
    "hate": {"fr": ["{{hate}}", "c|Franchement {{hate}}", "s|Commentaire signalé sous la vidéo : « {{hate}} »",
                    "c|{{hate}}, c'est pour ça que je n'achète plus chez vous", "c|Je le dis haut et fort : {{hate}}",
                    "c@sports|Au club tout le monde le sait, {{hate}}", "s@rental,hr|Consigne reçue du propriétaire : « {{hate:disc}} »",
                    "s|Le gérant m'a dit ça au téléphone : « {{hate}} »", "c|désolé mais {{hate}}"],
             "en": ["{{hate}}", "c|Honestly, {{hate}}", "s|Comment flagged under the video: \"{{hate}}\"",
                    "c|{{hate}}, that's why I stopped buying from you", "c|I'll say it loud: {{hate}}",
                    "c@sports|everyone at the club knows it, {{hate}}", "s@rental,hr|Instruction from the landlord: \"{{hate:disc}}\"",
                    "s|The manager told me on the phone: \"{{hate}}\"", "c|sorry but {{hate}}"]},
    "aggressive": {"fr": ["{{aggressive}}", "c|Bon, {{aggressive}}", "s|Réponse publique proposée : « Madame, {{aggressive}}. »",
                          "c|Comme déjà dit trois fois, {{aggressive}}", "c|{{aggressive}}, je ne le répéterai pas",
                          "c|Non mais sérieux, {{aggressive}}", "s|Écoutez, {{aggressive}}", "s|Pour la énième fois, {{aggressive}}"],
                   "en": ["{{aggressive}}", "c|Right, {{aggressive}}", "s|Draft public reply: \"Sir, {{aggressive}}.\"",
                          "c|As I've said three times, {{aggressive}}", "c|{{aggressive}}, I won't repeat myself",
                          "c|No but seriously, {{aggressive}}", "s|Look, {{aggressive}}", "s|For the hundredth time, {{aggressive}}"]},
    "shouting": {"fr": ["s|Le client a juste répondu : « {{shouting}} »",
                     "c|{{shouting}}", "c|{{shouting}}, ça fait deux semaines", "c|Je répète : {{shouting}}",
                        "c|sérieux {{shouting}}", "c|Donc je résume : {{shouting}}.", "c|je vous ai dit {{shouting}}",
                        "c|{{shouting}} et {Dieu sait|tout le monde sait} que c'est pas la première fois"],
                 "en": ["s|Customer's only reply: \"{{shouting}}\"",
                     "c|{{shouting}}", "c|{{shouting}}, it's been two weeks", "c|I repeat: {{shouting}}", "c|seriously {{shouting}}",
                        "c|So to sum up: {{shouting}}.", "c|I told you {{shouting}}"]},
    "punctuation": {"fr": ["s|On a dépassé les 10 000 abonnés {{punctuation}} 🎉",
                     "c|Toujours pas de nouvelles de {$item|mon colis|ma caution} {{punctuation}}", "c@sports,stream,discord|On a gagné {{punctuation}} 🏉",
                           "c@sports,ticketing|Pourquoi le match est annulé {{punctuation}}", "c|Sérieux {{punctuation}}", "c@stream,discord|Le live commence dans 5 min {{punctuation}}",
                           "c@food,telecom,bank,rental,marketplace|Vous êtes fermés dimanche {{punctuation}}", "c@telecom,bank,food,ticketing,marketplace,rental|3 heures d'attente au téléphone{{punctuation}}",
                           "s@school|Merci à tous pour la kermesse {{punctuation}}"],
                    "en": ["s|We just passed 10k followers{{punctuation}} 🎉",
                     "c|Still nothing about {$item|my parcel|my deposit}{{punctuation}}", "c@sports,stream,discord|We won{{punctuation}} 🏉",
                           "c@sports,ticketing|Why is the match cancelled{{punctuation}}", "c|Seriously{{punctuation}}", "c@stream,discord|Stream starts in 5 mins{{punctuation}}",
                           "c@food,telecom,bank,rental,marketplace|You're closed on Sunday{{punctuation}}", "c@telecom,bank,food,ticketing,marketplace,rental|3 hours on hold{{punctuation}}", "s@school|Thanks everyone for the fair{{punctuation}}"]},
}
COMBOS = {
    "fr": ["c|{{shouting}} {{punctuation}}", "c|{{insult:voc}} {{punctuation}} {{aggressive}}",
           "c|{{threat}} {{punctuation}}", "c|{{insult:voc}}, {{threat}}", "s|Gagnant du concours : $prenom $nom, {{address}}, tél. {{phone}}",
           "s|Contrat $creator : née le {{birthdate}}, IBAN {{iban}}", "s|Accès du compte du club : {{email}} / mdp {{password}}",
           "s|Teaser {{lexicon}} en avant-première : {{shortener}} 🤫", "c|Rembourse-moi sur {{iban}} {{punctuation}}",
           "c|{{hate}}. {{shouting}}", "c|{{aggressive}}, {{insult:voc}}", "c|{{shouting}}, {{insult:voc}}",
           "s|Dossier locataire : $prenom $nom, né le {{birthdate}}, {{phone}}, {{email}}"],
    "en": ["c|{{shouting}}{{punctuation}}", "c|{{insult:voc}}{{punctuation}} {{aggressive}}", "c|{{threat}}{{punctuation}}",
           "c|{{insult:voc}}, {{threat}}", "s|Giveaway winner: $name $last, {{address}}, {{phone}}",
           "s|Creator file: DOB {{birthdate}}, IBAN {{iban}}", "s|Club account login: {{email}} / password {{password}}",
           "s|Sneak peek of {{lexicon}}: {{shortener}} 🤫", "c|{{hate}}. {{shouting}}", "c|{{aggressive}}, {{insult:voc}}",
           "s|Tenant file: $name $last, DOB {{birthdate}}, {{phone}}, {{email}}"],
}


# ============================================================== clean lines (s = staff voice, c = chat / customer voice)
CLEAN = {
    "stream": {
        "fr": ["s|Le live de ce soir commence à 20 h 30, on lance le tournoi des abonnés 🎮",
               "s|J'ai passé le chat en mode abonnés pendant 10 min, ça s'est calmé.",
               "s|Le giveaway du clavier se termine à la fin du stream, tirage en direct.",
               "s|Rappel aux modos : on ne timeout pas pour une simple blague, on avertit d'abord.",
               "s|Le replay est dispo sur $brand_url",
               "s|Kayou a tout déchiré ce soir, record de viewers battu 🔥",
               "s|J'ai masqué trois messages injurieux et banni un compte, capture dans #modlog.",
               "c|gg le clutch de fou", "c|c'est quand le prochain tournoi ?", "c|first 😎", "c|mdr le chat est en feu ce soir",
               "c|il a tué le game ce soir", "c|salut tout le monde, je viens d'arriver", "c|on est combien là ?",
               "c|je suis mort de rire 💀", "c|la musique est un peu forte", "c|il est où le lien du giveaway ?",
               "c|cette partie c'était un massacre, trop bien joué"],
        "en": ["s|Stream starts at 8pm tonight, sub tournament first 🎮", "s|Switched chat to sub-only for 10 mins, it's calmer now.",
               "s|Keyboard giveaway ends with the stream, live draw at the end.",
               "s|Reminder for mods: warn first, no timeouts for a joke.", "s|The VOD is up: $brand_url",
               "s|Removed two abusive messages and banned one account, screenshots in #modlog.",
               "c|gg that clutch was insane", "c|when's the next tourney?", "c|first lol", "c|chat is on fire tonight",
               "c|he absolutely killed it", "c|just got here, hi all", "c|that run was sick", "c|music's a bit loud",
               "c|I'm dead 💀😂", "c|where's the giveaway link?", "c|that last round was a massacre, so good"]},
    "discord": {
        "fr": ["s|Nouveau salon #entraide créé, merci de poster vos questions là-bas.",
               "s|Le rôle « Ancien » est attribué automatiquement après 3 mois.", "s|Pensez à lire #règles avant de poster, merci 🙏",
               "s|Le bot de bienvenue est réparé.",
               "s|Un membre a signalé un message haineux dans #général ; supprimé, auteur banni, rien à ajouter.",
               "c|qqn pour une game ce soir ?", "c|le nouveau rôle est trop stylé", "c|c'est quel salon pour les clips ?",
               "c|je me suis fait écraser en ranked mdr", "c|bienvenue aux nouveaux 👋", "c|le tournoi de samedi c'est à quelle heure ?"],
        "en": ["s|New #help channel is up, please post your questions there.", "s|The Veteran role is given automatically after 3 months.",
               "s|Please read #rules before posting, thanks 🙏", "s|Welcome bot is fixed.",
               "s|Someone reported a hateful message in #general; deleted, author banned, nothing else to add.",
               "c|anyone up for a game tonight?", "c|new role looks so good", "c|which channel is for clips?",
               "c|got absolutely destroyed in ranked lol", "c|welcome to the new folks 👋"]},
    "ticketing": {
        "fr": ["s|Vos billets sont disponibles dans l'appli, rubrique « Mes billets ».",
               "s|La revente officielle ouvre le $date, uniquement via $brand_url", "s|Les portes ouvrent à 19 h, placement libre dans la fosse.",
               "s|Votre place : $seat. Le QR code s'active 24 h avant.", "s|Le concert est reporté au $date, vos billets restent valables.",
               "s|Le remboursement de la commande $order est validé, comptez 5 à 10 jours.",
               "c|le concert était une tuerie 🔥", "c|c'est possible de changer le nom sur le billet ?",
               "c|on peut rentrer avec une gourde ?", "c|pourquoi le QR code s'affiche pas ?"],
        "en": ["s|Your tickets are in the app under My Tickets.", "s|Official resale opens on $date, only via $brand_url",
               "s|Doors at 7pm, general admission standing.", "s|Your seat: $seat. The QR code goes live 24h before.",
               "s|The show has moved to $date, your tickets stay valid.", "s|Refund for order $order approved, allow 5 to 10 days.",
               "c|that gig was killer 🔥", "c|can I change the name on the ticket?", "c|are water bottles allowed?",
               "c|why won't my QR code load?"]},
    "food": {
        "fr": ["s|Désolés pour le retard, un avoir de $price a été ajouté à votre compte.",
               "s|Votre commande $order a été remise au livreur à 20 h 12.", "s|Le resto a oublié la boisson, on vous rembourse $price.",
               "s|Les frais de livraison sont offerts ce week-end avec le code $promo.",
               "s|Le livreur n'a pas pu sonner, il a laissé la commande à l'accueil.",
               "c|ce burger c'est une tuerie", "c|la pizza est arrivée tiède mais bon, ça arrive",
               "c|franchement l'appli plante tout le temps depuis la mise à jour, c'est une catastrophe",
               "c|vous livrez jusqu'à $town ?", "c|le tacos était à tomber, merci"],
        "en": ["s|Sorry for the delay, a $price credit has been added to your account.",
               "s|Your order $order was picked up by the rider at 8:12pm.", "s|The restaurant forgot the drink, we're refunding $price.",
               "s|Free delivery this weekend with code $promo.", "s|The rider couldn't ring, so he left it at reception.",
               "c|this burger is a killer", "c|pizza came lukewarm but fair enough, it happens",
               "c|honestly the app has been garbage since the update, crashes every time", "c|do you deliver to $town?",
               "c|I could murder a curry right now 😂"]},
    "telecom": {
        "fr": ["s|La panne fibre sur votre secteur est résolue depuis 14 h.",
               "s|Votre portabilité sera effective le $date, gardez l'ancienne SIM jusque-là.",
               "s|Le technicien passera le $date entre 8 h et 12 h.", "s|Votre forfait passe à $price par mois à partir du mois prochain.",
               "s|Pour changer votre mot de passe, passez par « Mot de passe oublié » dans l'espace client.",
               "s|Votre facture $invoice est disponible dans l'espace client.",
               "c|ma box clignote orange depuis ce matin", "c|le débit est catastrophique le soir, c'est inadmissible pour ce prix",
               "c|je déménage à $town, je garde ma ligne ?"],
        "en": ["s|The fibre outage in your area has been fixed since 2pm.", "s|Your number transfer completes on $date, keep the old SIM until then.",
               "s|The engineer will come on $date between 8am and noon.", "s|Your plan goes to $price a month from next month.",
               "s|To change your password, use Forgot password in your account.", "s|Invoice $invoice is in your account.",
               "c|my router's been blinking orange all morning", "c|speeds are dreadful every evening, unacceptable for the price",
               "c|moving to $town, can I keep my number?"]},
    "bank": {
        "fr": ["s|Votre carte a été mise en opposition, la nouvelle arrive sous 5 jours ouvrés.",
               "s|La référence de l'opération contestée est $txn.",
               "s|L'IBAN que vous avez saisi ($badiban) est refusé : la clé de contrôle ne correspond pas.",
               "s|Le prélèvement de $price correspond à votre cotisation annuelle (ICS $ics).",
               "s|Nous ne vous demanderons jamais votre code secret par message.", "s|Votre virement de $price est parti ce matin.",
               "c|ma carte est refusée partout depuis hier", "c|c'est quoi ce prélèvement de $price ?"],
        "en": ["s|Your card is frozen, the new one arrives within 5 working days.", "s|The reference for the disputed payment is $txn.",
               "s|The IBAN you entered ($badiban) was rejected: the check digits don't match.",
               "s|The $price debit is your annual fee (creditor ID $ics).", "s|We will never ask for your PIN by message.",
               "s|Your $price transfer left this morning.", "c|my card's declined everywhere since yesterday",
               "c|what's this $price charge?"]},
    "marketplace": {
        "fr": ["s|Le litige $order est ouvert, le vendeur a 48 h pour répondre.",
               "s|Le paiement reste bloqué tant que l'acheteur n'a pas confirmé la réception.",
               "s|Le colis est en transit, numéro de suivi $tracking.",
               "s|On ne paie jamais en dehors de la plateforme, même si le vendeur insiste.", "s|L'annonce a été retirée : contrefaçon signalée.",
               "c|l'article ne correspond pas du tout aux photos, je suis très déçu", "c|le vendeur ne répond plus depuis 3 jours",
               "c|le colis est parti de $town hier, c'est normal que ce soit si long ?"],
        "en": ["s|Dispute $order is open, the seller has 48h to respond.", "s|Payment stays on hold until the buyer confirms delivery.",
               "s|Parcel is in transit, tracking number $tracking.", "s|Never pay outside the platform, even if the seller insists.",
               "s|The listing was removed: counterfeit reported.", "c|item looks nothing like the photos, really disappointed",
               "c|seller hasn't replied in 3 days", "c|parcel left $town yesterday, is it normal it takes this long?"]},
    "school": {
        "fr": ["s|Sortie au zoo le $date : départ 8 h 15 devant l'école, retour vers 16 h 30.",
               "s|La kermesse aura lieu le $date, on cherche des volontaires pour la buvette.",
               "s|Les autorisations de sortie sont à rendre avant vendredi, merci 🙏",
               "s|Le concours de dessin est ouvert à toutes les classes.", "s|Réunion de l'APE jeudi 18 h en salle polyvalente.",
               "s|La cantine sera fermée le $date pour travaux.", "c|merci pour l'organisation, les enfants étaient ravis",
               "c|quelqu'un a trouvé un gilet bleu taille 8 ans ?", "c|on peut venir chercher les enfants à 16 h ?"],
        "en": ["s|Zoo trip on $date: leaving 8:15 from the gate, back around 4:30.",
               "s|The summer fair is on $date, we need volunteers for the cake stall.", "s|Permission slips due by Friday please 🙏",
               "s|The drawing competition is open to every class.", "s|PTA meeting Thursday 6pm in the hall.",
               "c|thanks for organising, the kids loved it", "c|has anyone found a blue jumper, age 8?"]},
    "sports": {
        "fr": ["s|On va les écraser samedi, venez nombreux au stade 🏉", "s|On s'est fait massacrer $score mais l'ambiance était folle.",
               "s|Les licences $year sont à renouveler avant le $date.", "s|Entraînement des U13 décalé à 18 h 30 mercredi.",
               "s|Déplacement à $town samedi, car à 7 h devant le club.", "s|Les bénévoles de la buvette ont tout déchiré samedi 🙌",
               "c|quel match de fou hier", "c|l'arbitre était pas terrible mais bravo les gars", "c|on a tout donné, on les aura au retour",
               "c|notre pilier c'est une bête, il a tout défoncé en mêlée"],
        "en": ["s|We're gonna smash them on Saturday, come down and make some noise 🏉", "s|Got hammered $score but what an atmosphere.",
               "s|Memberships for $year need renewing before $date.", "s|U13 training moved to 6:30pm on Wednesday.",
               "s|Away game at $town on Saturday, coach leaves 7am.", "c|what a game last night",
               "c|ref wasn't great but well played lads", "c|our prop is an absolute beast", "c|we'll crush them in the return leg"]},
    "contract": {
        "fr": ["s|Proposition : 3 stories + 1 réel pour $price HT, droits d'usage 6 mois.",
               "s|On peut monter à $price si l'exclusivité passe à 3 mois.",
               "s|Merci de nous renvoyer le contrat signé d'ici jeudi si possible 🙏",
               "s|La facture est à établir au nom de Studio Brume SAS, SIRET $siret.",
               "s|Le brief créatif est dans le drive partagé, dis-moi si tu as des questions.",
               "s|Ta vidéo a tué, +40 % d'engagement 🔥", "s|On a bien noté ta contre-proposition, je reviens vers toi demain."],
        "en": ["s|Offer: 3 stories + 1 reel for $price, 6-month usage rights.", "s|We could go up to $price if exclusivity drops to 3 months.",
               "s|Could you send back the signed contract by Thursday if possible? 🙏", "s|Invoice to Studio Brume SAS, SIRET $siret.",
               "s|Your video killed it, engagement up 40% 🔥", "s|Noted your counter-offer, I'll come back to you tomorrow."]},
    "hr": {
        "fr": ["s|L'entretien est confirmé le $date à 10 h, en visio.", "s|Le poste est en CDI, télétravail 2 jours par semaine.",
               "s|Merci pour votre candidature, nous revenons vers vous sous 10 jours.",
               "s|Le test technique est à rendre avant le $date, sans pression.",
               "s|Pour l'onboarding, le portail RH vous enverra un lien d'activation (jamais de mot de passe par mail).",
               "c|je peux décaler l'entretien à jeudi ?"],
        "en": ["s|Interview confirmed for $date at 10am on video.", "s|It's a permanent role, 2 days a week from home.",
               "s|Thanks for applying, we'll get back to you within 10 days.", "s|The take-home test is due by $date, no pressure.",
               "s|For onboarding, the HR portal sends an activation link (never a password by email).",
               "c|can I move the interview to Thursday?"]},
    "rental": {
        "fr": ["s|La visite de l'appartement est prévue le $date à 18 h.",
               "s|Le dossier doit contenir les trois derniers bulletins de salaire et un avis d'imposition.",
               "s|Le loyer est de $price charges comprises.", "s|L'état des lieux de sortie est fixé au $date.",
               "s|La caution sera restituée sous un mois après l'état des lieux.", "c|l'appart est encore dispo ?",
               "c|le chauffe-eau est en panne depuis lundi"],
        "en": ["s|The viewing is on $date at 6pm.", "s|Rent is $price a month including bills.",
               "s|Check-out inspection is booked for $date.", "s|The deposit is returned within a month of check-out.",
               "c|is the flat still available?", "c|the boiler's been broken since Monday"]},
}
HARD_NEG = {
    "fr": ["s@school|Le projet d'Aurore pour la kermesse est super, on le garde.", "s|La nouvelle gamme s'appelle Lumen X1, rien à voir avec l'ancienne.",
           "s|On part en séminaire sur la Côte d'Azur la semaine prochaine.", "s@sports|Colibri, la mascotte du club, sera au stade samedi.",
           "s|Si vous avez oublié votre mot de passe, utilisez le lien « Mot de passe oublié », on ne peut pas le voir.",
           "s|Le numéro de commande $order figure dans l'e-mail de confirmation.",
           "s|Référence du virement : $txn (ce n'est pas un numéro de carte).", "s@school,sports,contract|Le SIRET de l'association est $siret.",
           "s|Code EAN du produit : $ean.", "s|Merci de nous renvoyer les visuels d'ici vendredi, sans pression.",
           "s|Le concours de la rentrée est ouvert jusqu'au $date.", "s@marketplace,food|Le colis est parti de $town ce matin.",
           "c|Produit décevant, finition bâclée, je ne recommande pas.",
           "c|Service client injoignable pendant deux semaines, c'est vraiment lamentable.",
           "c@contract,marketplace|C'est une tuerie ce nouveau parfum 😍", "s|Ce deal est à tomber, -40 % sur tout le site.",
           "c@contract,stream|Je suis morte de rire devant ta story 😂", "c@ticketing,stream,discord,sports|Espèce de veinard, t'as gagné les deux places !",
           "c@sports|Bande de champions, quelle saison 🏆", "c|T'es un génie, merci pour l'astuce.",
           "s|Un abonné a laissé un commentaire raciste sous la vidéo ; je l'ai masqué et signalé, pas de réponse publique.",
           "s@food|J'ai bloqué le compte qui envoyait des menaces au livreur, dossier transmis à la plateforme.",
           "s@stream,discord|Le modo a supprimé 12 messages de spam pendant le live.", "s|Le SAV et les CGV sont accessibles depuis le pied de page.",
           "s|Votre ticket $ticket est clos, n'hésitez pas à le rouvrir si besoin.",
           "c@ticketing,sports,school|Quoi, déjà complet ?! Il y a une liste d'attente ?", "c|Génial, merci !!",
           "s|Attention aux faux SMS de livraison, on ne demande jamais de frais de douane.",
           "s@ticketing|Le lien officiel : [sceneo-billets.fr](https://www.sceneo-billets.fr/revente)",
           "s|Dernière relance avant la clôture des inscriptions vendredi, merci à ceux qui ont déjà répondu 🙏",
           "s|Le code $promo est valable jusqu'au $date.",
           "s|Nous avons bien reçu votre avis : la livraison était trop lente, vous avez raison.",
           "s@hr,rental,contract|Le numéro de sécurité sociale ne se demande jamais par message, passez par le portail sécurisé.",
           "s@hr,contract|Le numéro saisi ($badnir) est refusé par le portail : la clé ne correspond pas.",
           "s@stream|Sous-titres en VF et en VOSTFR pour le replay.", "s@food,marketplace,telecom|Bon anniversaire à la boutique, 10 ans le $date 🎂",
           "c@sports|Le match PSG - OM passe au bar du club dimanche ?", "s@sports|Le concours photo est ouvert aux licenciés et à leurs familles.",
           "c@food|Franchement ce nouveau menu c'est du lourd, bravo le chef", "s@sports|La maison d'Ondine, le gîte du coach, est réservé pour le stage.",
           "s|Le prélèvement SEPA apparaîtra avec la référence $ics.", "c@sports|Cette saison, on a été nuls en touche, faut bosser ça.",
           "s|Livraison prévue le $date, numéro de suivi $tracking.",
           "s|Problème de connexion réglé, le conseiller vous recontacte demain au sujet du concours.",
           "s|Envoi en DHL EXPRESS, le numéro de suivi arrive par SMS.",
           "s@telecom,contract|Rendez-vous au stand NUVO MOBILE du salon, allée B."],
    "en": ["s|Aurore from the events team will call you back today.", "s|The new range is called Lumen X1, nothing to do with the old one.",
           "s|If you've forgotten your password, use the Forgot password link, we can't see it.",
           "s|Order number $order is in your confirmation email.", "s|Bank reference: $txn (that's not a card number).",
           "s|Company SIRET: $siret.", "s|Could you send the visuals by Friday if possible? No rush.",
           "s@marketplace,food|Parcel left the depot in $town this morning.", "c|Honestly the new firmware is garbage, the router drops every hour.",
           "c|This update is a joke, three crashes in one evening.", "s|That deal is an absolute killer, 40% off everything.",
           "c|You absolute legend, thanks for sorting the tickets!", "c@sports|Bunch of legends, what a season 🏆",
           "c@ticketing,stream,discord,sports|You lucky thing, you won both passes!",
           "s|A user posted a racist comment under the video; I've hidden and reported it, no public reply needed.",
           "s@food|Blocked the account that was sending threats to the rider; case passed to Trust & Safety.",
           "s|The FAQ and T&Cs are linked in the footer.", "c@ticketing,sports,school|Wait, sold out already?! Is there a waitlist?", "c|Brilliant, thanks!!",
           "s@ticketing|Official link: [sceneo-billets.fr](https://www.sceneo-billets.fr/revente)",
           "s|Final reminder before registration closes Friday, thanks to everyone who already replied 🙏",
           "s@hr,rental,contract|We never ask for your social security number by chat, please use the secure portal.",
           "s@hr,contract|The number you entered ($badnir) was rejected by the portal: the key doesn't match.",
           "s@food,marketplace,telecom|Happy 10th birthday to the shop on $date 🎂", "s@bank,telecom,rental|Essex, Sussex and Middlesex branches are all open on Sunday.",
           "s|The EAN for the gift box is $ean.", "s|Code $promo is valid until $date.",
           "c@food|That new menu is sick, big up the chef", "s|Delivery due on $date, tracking number $tracking.",
           "s|The SEPA debit will show creditor ID $ics.", "c@sports|We were rubbish at the lineout this season, need to work on it.",
           "s|Kindly find the schedule attached, please revert by Monday.", "c@sports|Grand so, see ye at the match",
           "c|No worries mate, arvo works for me", "s|The class assessment is on $date, Dickens room, second floor.",
           "s|Shipped with UPS EXPRESS, tracking to follow by SMS."],
}
OPEN = {
    "std": ["Bonjour $prenom,", "Hello la team,", "Coucou $prenom 😊", "Re,", "Bonsoir,", "Salut $prenom,"],
    "sms": ["slt", "cc $prenom", "bjr", "coucou"], "verlan": ["Wesh $prenom", "Yo la mif", "Wesh la team"],
    "qc": ["Allo $prenom!", "Salut la gang,", "Bonjour $prenom,"], "be": ["Salut fieu,", "Bonjour $prenom,", "Hello tout le monde,"],
    "ch": ["Salut $prenom,", "Adieu $prenom,", "Bonjour à tous,"], "af": ["Bonjour grand frère,", "On dit quoi la team,", "Bonsoir tantie,"],
    "us": ["Hey $name,", "Hi team,", "Yo,"], "uk": ["Hiya $name,", "Morning all,", "Alright $name,"],
    "ie": ["Howya $name,", "Hi lads,", "Hi all,"], "au": ["G'day $name,", "Hey mate,", "Morning team,"],
    "in": ["Dear $name,", "Hello Sir,", "Hi $name ji,"]}
CLOSE = {
    "std": ["Belle journée !", "Bises", "À plus,", "Merci d'avance 🙏", "L'équipe $brand"], "sms": ["a+", "bizz", "merci"],
    "verlan": ["Force à toi", "Bisous la mif"], "qc": ["Bonne fin de semaine!", "Merci bien!"], "be": ["À tantôt !", "Merci, hein"],
    "ch": ["Bonne journée, à plus tard", "Merci et à bientôt"], "af": ["On est ensemble 🙏", "Merci beaucoup"],
    "us": ["Thanks!", "Best,", "- the $brand team"], "uk": ["Cheers,", "Ta,"], "ie": ["Thanks a million", "Grand, talk soon"],
    "au": ["Cheers mate", "No worries"], "in": ["Thanks and regards", "Regards,"]}
FR_REGS = [("std", 40), ("sms", 14), ("verlan", 12), ("qc", 10), ("be", 8), ("ch", 7), ("af", 9)]
EN_REGS = [("us", 32), ("uk", 24), ("ie", 12), ("au", 14), ("in", 18)]


# ============================================================== detectors shared by validation and clean fillers
EMAIL_RE = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\w+])(?<!\d[ .\-])(?:\+|\(\+|\()?\d[\d ().\-/\u00a0]{7,20}\d(?!\w)(?![ .\-]?\d)")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
CARDLIKE_RE = re.compile(r"(?<!\d)\d(?:[ \-.\u00a0]?\d){12,18}(?!\d)")
IBANLIKE_RE = re.compile(r"(?i)\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
NIRLIKE_RE = re.compile(r"(?<![\w])[12](?:[ .]?\d{2}){2}[ .]?(?:\d{2}|2[ABab])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?![\w])")
URL_RE = re.compile(r"(?i)(?:https?://|www\.)[^\s<>()\[\]«»\"]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\."
                    r"(?:com|fr|net|org|io|ly|gd|at|cc|co|me|shop|info|xyz|top|site|online|click|live|app|be|ch|ca|uk|ie|au|in|gy|gl|tv)"
                    r"\b(?:/[^\s<>()\[\]«»\"]*)?")
MD_LINK_RE = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
SECRET_MARKERS = re.compile(r"eyJ[\w-]{6,}|-----BEGIN|\b[sr]k_(?:live|test)_|\bA[KS]IA[A-Z0-9]{12}|\bgh[pousr]_\w{20}|github_pat_|"
                            r"\bxox[abp]-|\bAIza[\w-]{20}|\bSG\.[\w-]{10,}\.|\bsk-proj-|\bshp(?:at|ss)_|(?i:\bbearer\s+\S{8,})")
PW_CTX_RE = re.compile(r"(?i)\b(?:mdp|mot de passe|password|passwd|pwd|pw)\s*(?:du [\w\s'-]{1,30}\s)?[:=]\s*\S")
BIRTH_CTX_RE = re.compile(r"(?i)\b(?:n[ée]e?s?\s+le|date de naissance|ddn|dob|d\.o\.b|born on|was born|date of birth)\b")
BIRTH_KEYS = re.compile(r"(?i)n[ée]e?\b|naissance|ddn|dob|born|birth")
TERM_RES = [(t, re.compile(r"(?<![\w-])" + re.escape(norm(t)) + r"(?![\w-])")) for t in LEXICON]
INSULT_RES = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in STRONG_INSULT_WORDS) + r")(?![\w-])")
HATE_RES = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in HATE_MARKERS) + r")(?![\w-])")
THREAT_RES = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(norm(w)) for w in THREAT_MARKERS) + r")(?![\w-])")


def card_hits(text):
    out = []
    for m in CARDLIKE_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for a in range(len(d)):
            for b in range(a + 13, len(d) + 1):
                if b - a <= 19 and d[a] in "23456" and luhn_ok(d[a:b]):
                    out.append(m.span())
                    break
            else:
                continue
            break
    return out


def iban_hits(text):
    out = []
    for m in IBANLIKE_RE.finditer(text):
        g = m.group()
        cuts = [len(g)] + [i for i in range(len(g) - 1, 14, -1) if g[i] == " "]
        if any(iban_valid(g[:c]) for c in cuts):
            out.append(m.span())
    return out


def nir_hits(text):
    return [m.span() for m in NIRLIKE_RE.finditer(text) if nir_ok(m.group())]


def ip_hits(text):
    out = [m.span() for m in IPV4_RE.finditer(text) if all(int(x) <= 255 for x in m.group().split("."))]
    for m in IPV6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            out.append(m.span())
        except ValueError:
            pass
    return out


def phone_hits(text):
    out = []
    for m in PHONE_RE.finditer(text):
        v = m.group()
        d = re.sub(r"\D", "", v)
        if not 9 <= len(d) <= 13:
            continue
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}.*", v):
            continue
        if v.startswith(("+", "(")) or re.search(r"[ .\-()/\u00a0]", v) or (len(d) in (10, 11) and d[0] == "0") \
                or (len(d) == 10 and d[0] in "6789"):
            out.append(m.span())
    return out


def sensitive_number(s):
    return bool(card_hits(s) or iban_hits(s) or nir_hits(s) or phone_hits(s) or ip_hits(s))


def _safe_filler(fn):
    def wrapped(ctx):
        for _ in range(100):
            v = fn(ctx)
            if not sensitive_number(v) and not caps_runs(v):
                return v
        raise RuntimeError("no safe filler value")
    return wrapped


for _k in ["order", "tracking", "siret", "txn", "badiban", "badnir", "ics", "ean", "ticket", "invoice"]:
    FILL[_k] = _safe_filler(FILL[_k])


def caps_runs(text):
    """Runs (start, end) of >= 3 consecutive all-caps words of >= 2 letters; edges exclude punctuation."""
    runs, cur = [], []
    strip = string.punctuation + "«»“”‘’…"
    for m in re.finditer(r"\S+|\n", text):
        tok = m.group()
        if tok == "\n":
            if len(cur) >= 3:
                runs.append((cur[0][0], cur[-1][1]))
            cur = []
            continue
        core = tok.strip(strip)
        letters = sum(c.isalpha() for c in core)
        ok = letters >= 2 and all(c.isalpha() or c in "'’-" for c in core) and core == core.upper()
        if ok:
            a = m.start() + (len(tok) - len(tok.lstrip(strip)))
            cur.append((a, a + len(core)))
        else:
            if len(cur) >= 3:
                runs.append((cur[0][0], cur[-1][1]))
            cur = []
    if len(cur) >= 3:
        runs.append((cur[0][0], cur[-1][1]))
    return runs


def url_host(u):
    u = re.sub(r"(?i)^https?://", "", u)
    h = re.split(r"[/?#]", u, 1)[0]
    if h.startswith("["):
        return h[1:h.index("]")]
    return h.rsplit(":", 1)[0] if re.search(r":\d+$", h) else h


def bare_host(h):
    h = h.lower()
    return h[4:] if h.startswith("www.") else h


# ============================================================== template engine
SLOT_RE = re.compile(r"\{\{([a-z_]+)(?::([a-z_0-9]+))?\}\}")
FILL_RE = re.compile(r"\$([a-z_]+)")


TAG_RE = re.compile(r"^([cs])?(?:@([a-z,]+))?\|")


def voice_of(tpl):
    m = TAG_RE.match(tpl)
    return ((m.group(1) or "a"), tpl[m.end():]) if m else ("a", tpl)


def tags_of(tpl):
    m = TAG_RE.match(tpl)
    return set(m.group(2).split(",")) if m and m.group(2) else None


def fits(tpl, voice, setting):
    v, tg = voice_of(tpl)[0], tags_of(tpl)
    return (voice == "a" or v in (voice, "a")) and (setting is None or tg is None or setting in tg)


def choose_fitting(pool, voice, setting, avoid=()):
    pool = [t for t in pool if t not in avoid] or pool
    for ok in ([t for t in pool if fits(t, voice, setting)],
               [t for t in pool if fits(t, voice, None) and tags_of(t) is None],
               [t for t in pool if fits(t, voice, None)],
               [t for t in pool if fits(t, "a", setting)]):
        if ok:
            return ch(ok)
    return ch(pool)


def at_sentence_start(text):
    t = text.rstrip(" " + NBSP + NNBSP)
    return t == "" or t[-1] in ".!?\n«\"“…"


def render(tpl, ctx, st):
    """Expand one template -> (text, findings); findings carry '_v' (the generated value)."""
    _, body = voice_of(tpl)
    slots = []

    def keep(m):
        slots.append((m.group(1), m.group(2)))
        return f"\x01{len(slots) - 1}\x02"
    body = expand_alts(SLOT_RE.sub(keep, body))
    parts = re.split(r"\x01(\d+)\x02", body)
    text, finds = "", []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            segs = FILL_RE.split(part)
            for j, sg in enumerate(segs):
                text += transform(sg, ctx, st) if j % 2 == 0 else FILL[sg](ctx)
            continue
        kind, var = slots[int(part)]
        res = GEN[kind](ctx, var)
        val, extra = res if isinstance(res, tuple) else (res, [])
        if kind in CAP_KINDS and at_sentence_start(text) and val[:1].isalpha():
            val = val[0].upper() + val[1:]
        if kind == "punctuation" and text.endswith(" ") and ctx.lang == "fr" and st["nbsp"]:
            text = text[:-1] + (NNBSP if st["nnbsp"] else NBSP)
        s = len(text)
        text += val
        finds.append({"category": CAT_OF[kind], "kind": kind, "start": s, "end": s + len(val), "_v": val})
        for c, k in extra:
            finds.append({"category": c, "kind": k, "start": s, "end": s + len(val), "_v": val})
    return text, finds


class Msg:
    def __init__(self):
        self.text, self.finds = "", []

    def lit(self, s):
        self.text += s

    def put(self, rendered):
        t, fs = rendered
        off = len(self.text)
        self.text += t
        for f in fs:
            g = dict(f)
            g["start"] += off
            g["end"] += off
            self.finds.append(g)


def pick_tpl(kind, ctx, voice):
    return choose_fitting(TPL[kind][ctx.lang], voice, ctx.setting)


def pick_clean(ctx, voice, hard_p=0.45):
    pool = HARD_NEG[ctx.lang] if chance(hard_p) else CLEAN[ctx.setting][ctx.lang]
    t = choose_fitting(pool, voice, ctx.setting, ctx.used)
    ctx.used.add(t)
    return t


QUOTE_WRAP = {"fr": [("Client $order : « ", " »"), ("$pseudo en DM : « ", " »"), ("Avis laissé cette nuit : « ", " »"),
                     ("Message transféré par $staff : « ", " »")],
              "en": [("Customer on $order: \"", "\""), ("$pseudo in DMs: \"", "\""), ("Review left overnight: \"", "\""),
                     ("Forwarded by $staff: \"", "\"")]}


def risky_line(item, ctx, st, voice, wrap_c=False):
    """item is a kind name or 'combo'. Returns (text, finds)."""
    tpl = choose_fitting(COMBOS[ctx.lang], voice, ctx.setting) if item == "combo" else pick_tpl(item, ctx, voice)
    r = render(tpl, ctx, st)
    if wrap_c and voice_of(tpl)[0] == "c":
        pre, post = ch(QUOTE_WRAP[ctx.lang])
        m = Msg()
        m.put(render(pre, ctx, st))
        m.put(r)
        m.lit(post)
        return m.text, m.finds
    return r


# ============================================================== message structures
LOG_SETTINGS = {"stream": "stream", "discord": "discord", "school": "whatsapp", "sports": "whatsapp",
                "marketplace": "whatsapp", "rental": "whatsapp", "food": "discord", "ticketing": "discord"}
NO_LOG_KINDS = {"private_key", "api_key", "token", "lexicon"}


def ends_sentence(prev):
    last = prev.rstrip()[-1:]
    return bool(last) and (last in ".!?…»\")" or ord(last) > 0x2000)


def sep_after(prev):
    """Separator between two lines: a space only after sentence-final punctuation or an emoji."""
    return ch([" ", " ", "\n", "\n"]) if ends_sentence(prev) else "\n"


def s_direct(ctx, st, items, clean_n):
    lines = [risky_line(it, ctx, st, "a") for it in items] + [render(pick_clean(ctx, "a"), ctx, st) for _ in range(clean_n)]
    R.shuffle(lines)
    m = Msg()
    if chance(0.5):
        m.put(render(ch(OPEN[ctx.reg]), ctx, st))
        m.lit("\n" if m.text.endswith(",") or chance(0.7) else " ")
    for i, ln in enumerate(lines):
        if i:
            m.lit(sep_after(m.text))
        m.put(ln)
    if chance(0.3):
        m.lit(ch(["\n", "\n\n"]) if not ends_sentence(m.text) or chance(0.8) else " ")
        m.put(render(ch(CLOSE[ctx.reg]), ctx, st))
    return m


LOG_HEAD = {
    "stream": {"fr": ["Extrait du chat, live du $date :", "Pour les modos 👇", "Chat du stream ($time) :", "Capture du chat de ce soir :"],
               "en": ["Chat excerpt from tonight's stream:", "For the mods 👇", "Stream chat ($time):", "Screenshot of chat, transcribed:"]},
    "discord": {"fr": ["#général, signalé par $pseudo :", "Salon #entraide :", "Extrait du Discord :", "#annonces-membres :"],
                "en": ["#general, reported by $pseudo:", "#help channel:", "Discord excerpt:", "#member-chat:"]},
    "whatsapp": {"fr": ["Groupe WhatsApp « $label » :", "Copie du groupe des parents :", "Messages du groupe d'hier soir :"],
                 "en": ["WhatsApp group \"$label\":", "Copied from the parents' group:", "Group messages from last night:"]},
}
LOG_FOOT = {"fr": ["On timeout ou ban direct ?", "Je ban ?", "Vous en pensez quoi ?", "Je laisse ou je supprime ?", "Avis des modos svp."],
            "en": ["Timeout or straight ban?", "Ban?", "Thoughts?", "Leave it or delete?", "Mods, your call."]}


def log_times(n):
    t0 = R.randint(8 * 60, 22 * 60)
    ts = sorted(t0 + R.randint(0, 90) for _ in range(n))
    return [f"{(t // 60) % 24:02d}:{t % 60:02d}" for t in ts]


def log_prefix(kind, fmt, ctx, who, t, day):
    if kind == "stream":
        return [f"{t} {who} : " if ctx.lang == "fr" else f"{t} {who}: ", f"[{t}] {who}: ", f"{who} › "][fmt]
    if kind == "discord":
        return f"{who} — {'Aujourd’hui à' if ctx.lang == 'fr' else 'Today at'} {t}\n"
    return f"[{day} {t}] {who}: "


def s_log(ctx, st, items, clean_n):
    kind = LOG_SETTINGS.get(ctx.setting, "discord")
    m = Msg()
    m.put(render(ch(LOG_HEAD[kind][ctx.lang]), ctx, st))
    entries = [("r", it) for it in items] + [("c", None)] * max(1, clean_n)
    R.shuffle(entries)
    if kind == "whatsapp":
        names = [f"{first_name(ctx)} {last_name(ctx)[0]}." for _ in range(3)] + \
                [ch(["Maman de Léo", "Papa d'Inès", "Coach Dédé", "Mme Roux"] if ctx.lang == "fr" else ["Mum of Leo", "Coach Dave", "Mrs Reid"])]
    else:
        names = R.sample(PSEUDOS, 4)
    fmt = R.randrange(3)
    day = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}"
    times = log_times(len(entries))
    prev = None
    for (e, it), t in zip(entries, times):
        m.lit("\n")
        who = ch([x for x in names if x != prev])
        prev = who
        if kind == "whatsapp" and e == "r" and it == "phone" and chance(0.5):
            # the sender shown by WhatsApp is an unsaved phone number
            m.lit(f"[{day} {t}] ")
            m.put(render("{{phone}}", ctx, st))
            m.lit(": ")
            m.put(render(pick_clean(ctx, "c", 0.2), ctx, st))
            continue
        m.lit(log_prefix(kind, fmt, ctx, who, t, day))
        m.put(risky_line(it, ctx, st, "c") if e == "r" else render(pick_clean(ctx, "c", 0.3), ctx, st))
    if chance(0.5):
        m.lit("\n")
        m.put(render(ch(LOG_FOOT[ctx.lang]), ctx, st))
    return m


REVIEW_HEAD = {"fr": ["Avis {★☆☆☆☆|★★☆☆☆|1/5|⭐} de $pseudo sur Google :", "Avis App Store ({★☆☆☆☆|★★☆☆☆}) de $prenom :",
                      "Nouvel avis Trustpilot, {1|2} étoile{s|} :"],
               "en": ["{★☆☆☆☆|★★☆☆☆|1/5|⭐} review by $pseudo on Google:", "App Store review ({★☆☆☆☆|★★☆☆☆}) from $name:",
                      "New Trustpilot review, {1|2} stars:"]}
REPLY_HEAD = {"fr": ["Réponse publique :", "Notre réponse :", "Réponse de l'équipe $brand :", "Proposition de réponse :"],
              "en": ["Public reply:", "Our reply:", "Reply from the $brand team:", "Draft reply:"]}


def s_review(ctx, st, items, clean_n):
    cust = [it for it in items if it == "combo" or it in CUSTOMER_KINDS]
    staff = [it for it in items if it not in cust]
    if cust and "aggressive" in cust and chance(0.4):
        cust.remove("aggressive")
        staff.append("aggressive")
    q = [risky_line(it, ctx, st, "c") for it in cust]
    if not q or chance(0.4):
        q.append(render(pick_clean(ctx, "c", 0.4), ctx, st))
    R.shuffle(q)
    rep = [risky_line(it, ctx, st, "s") for it in staff] + [render(pick_clean(ctx, "s"), ctx, st)
                                                          for _ in range(max(1, clean_n - 1))]
    R.shuffle(rep)
    m = Msg()
    m.put(render(ch(REVIEW_HEAD[ctx.lang]), ctx, st))
    m.lit("\n" + ("« " if ctx.lang == "fr" else "\""))
    for i, ln in enumerate(q):
        if i:
            m.lit(" " if ends_sentence(m.text) else ". ")
        m.put(ln)
    m.lit(" »" if ctx.lang == "fr" else "\"")
    m.lit("\n" + ch(["", "\n"]))
    m.put(render(ch(REPLY_HEAD[ctx.lang]), ctx, st))
    m.lit("\n")
    for i, ln in enumerate(rep):
        if i:
            m.lit(sep_after(m.text))
        m.put(ln)
    return m


HAND_HEAD = {"fr": ["Passation $label, $date :", "Note de relève ($label) :", "Points à suivre $label :", "Récap de la journée, $label :"],
             "en": ["Handover, $label, $date:", "Shift notes ($label):", "Open items, $label:", "End-of-day recap, $label:"]}


def s_handover(ctx, st, items, clean_n):
    lines = [risky_line(it, ctx, st, "s", wrap_c=True) for it in items] + \
            [render(pick_clean(ctx, "s"), ctx, st) for _ in range(max(1, clean_n))]
    R.shuffle(lines)
    bullet = ch(["• ", "- ", "→ ", "* "])
    m = Msg()
    m.put(render(ch(HAND_HEAD[ctx.lang]), ctx, st))
    for ln in lines:
        m.lit("\n" + bullet)
        m.put(ln)
    return m


def s_thread(ctx, st, items, clean_n):
    m = Msg()
    m.put(render(("Objet : $subject" if ctx.lang == "fr" else "Subject: $subject") if chance(0.5) else
                 ("Objet : Re: $subject" if ctx.lang == "fr" else "Subject: Re: $subject"), ctx, st))
    m.lit("\n\n")
    m.put(render(ch(OPEN[ctx.reg]), ctx, st))
    m.lit("\n")
    lines = [risky_line(it, ctx, st, "a", wrap_c=True) for it in items] + [render(pick_clean(ctx, "s"), ctx, st)
                                                                           for _ in range(max(1, clean_n))]
    R.shuffle(lines)
    for i, ln in enumerate(lines):
        if i:
            m.lit(sep_after(m.text))
        m.put(ln)
    m.lit("\n" + ch(["", "\n"]))
    m.put(render(ch(CLOSE[ctx.reg]), ctx, st))
    return m


THREAD_SETTINGS = {"contract", "hr", "rental", "ticketing", "bank", "telecom"}
REVIEW_SETTINGS = {"food", "ticketing", "telecom", "bank", "rental", "marketplace"}


def choose_struct(ctx, items):
    opts = [("direct", 40), ("handover", 15)]
    if ctx.setting in LOG_SETTINGS and not (set(items) & NO_LOG_KINDS):
        opts.append(("log", 30 if ctx.setting in ("stream", "discord") else 14))
    if ctx.setting in REVIEW_SETTINGS and not (set(items) & NO_LOG_KINDS):
        opts.append(("review", 14))
    if ctx.setting in THREAD_SETTINGS:
        opts.append(("thread", 12))
    return wchoice(opts)


STRUCTS = {"direct": s_direct, "log": s_log, "review": s_review, "handover": s_handover, "thread": s_thread}
SETTING_W = [("stream", 10), ("discord", 9), ("ticketing", 9), ("food", 9), ("telecom", 8), ("bank", 8),
             ("marketplace", 8), ("school", 7), ("sports", 8), ("contract", 9), ("hr", 7), ("rental", 8)]


def pick_secondary(primary, taken):
    cust = primary in CUSTOMER_KINDS or primary == "combo"
    same_side = chance(0.75)
    pool = [k for k in ALL_KINDS if k not in taken and k not in ("private_key", "insecure")
            and ((k in CUSTOMER_KINDS) == cust) == same_side]
    pool = [k for k in pool if CAT_OF[k] not in {CAT_OF[t] for t in taken if t != "combo"}] or pool
    return ch(pool)


def make_message(lang, primary):
    reg = wchoice(FR_REGS if lang == "fr" else EN_REGS)
    ctx = Ctx(lang, reg, wchoice(SETTING_W))
    st = draw_style(ctx)
    items = []
    if primary:
        items.append(primary)
        if primary != "private_key" and chance(0.3):
            items.append(pick_secondary(primary, items))
            if chance(0.25):
                items.append(pick_secondary(primary, items))
        clean_n = ch([0, 1, 1, 2])
    else:
        clean_n = ch([1, 1, 2, 2, 3])
    struct = choose_struct(ctx, items)
    m = STRUCTS[struct](ctx, st, items, clean_n)
    return ctx, struct, m.text, m.finds


# ============================================================== validation
class Bad(Exception):
    pass


def need(cond, why):
    if not cond:
        raise Bad(why)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def covered(span, finds, kinds=None, cats=None):
    return any(overlaps(span, (f["start"], f["end"])) and (kinds is None or f["kind"] in kinds)
               and (cats is None or f["category"] in cats) for f in finds)


def inside_one(span, finds, cats):
    return any(f["start"] <= span[0] and span[1] <= f["end"] and f["category"] in cats for f in finds)


LEX_NORMS = {norm(t) for t in LEXICON}
API_RE = re.compile(r"(?:[sr]k_(?:live|test)_[A-Za-z0-9]{20,}|A[KS]IA[A-Z0-9]{16}|gh[pos]_[A-Za-z0-9]{36}|github_pat_\w{60,}|"
                    r"xox[bp]-\d+-\d+-[A-Za-z0-9]+|AIza[\w-]{35}|SG\.[\w-]{22}\.[\w-]{43}|sk-proj-[\w-]{40,}|SK[0-9a-f]{32}|"
                    r"[0-9a-f]{32}-us\d+|shp(?:at|ss)_[0-9a-f]{32}|[0-9a-f]{32}|[0-9a-f]{40})")


def check_span(text, f):
    k, s, e = f["kind"], f["start"], f["end"]
    v = text[s:e]
    need(0 <= s < e <= len(text), "span range")
    need(v == f["_v"], f"span value {k}")
    need(v == v.strip() and v, f"span strip {k}")
    if k == "email":
        need(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", v), "email")
    elif k == "phone":
        nd = sum(c.isdigit() for c in v)
        need(9 <= nd <= 13 and all(c.isdigit() or c in " +-.()/" + NBSP for c in v), "phone")
    elif k == "iban":
        need(iban_valid(v), "iban")
    elif k == "card":
        d = re.sub(r"\D", "", v)
        need(luhn_ok(d) and 13 <= len(d) <= 19 and d[0] in "23456" and all(c.isdigit() or c in " -." + NBSP for c in v), "card")
    elif k == "nir":
        need(nir_ok(v), "nir")
    elif k == "ip":
        ipaddress.ip_address(v)
    elif k == "address":
        need(any(c.isdigit() for c in v) and len(v) >= 12 and "\n" not in v, "address")
    elif k == "birthdate":
        need(re.search(r"(19|20)\d\d", v), "birthdate year")
        need(BIRTH_KEYS.search(text[max(0, s - 70):s]), "birthdate context")
    elif k == "password":
        need(not re.search(r"\s", v) and re.search(r"(?i)(mdp|mot de passe|password|pw|/)", text[max(0, s - 70):s]), "password")
    elif k == "api_key":
        need(API_RE.fullmatch(v), "api_key shape")
    elif k == "private_key":
        need(v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----"), "private_key")
    elif k == "token":
        if v.startswith("eyJ"):
            parts = v.split(".")
            need(len(parts) == 3, "jwt parts")
            hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            need("alg" in hdr, "jwt header")
        else:
            need(text[:s].lower().endswith("bearer "), "bearer")
    elif k == "lexicon":
        need(norm(v) in LEX_NORMS, "lexicon term")
    elif k in ("ip_host", "punycode", "lookalike", "shortener", "insecure", "blocklisted"):
        need(" " not in v, "url space")
        h = url_host(v).lower()
        if k == "ip_host":
            ipaddress.ip_address(h)
        elif k == "punycode":
            need(any(lb.startswith("xn--") for lb in h.split(".")), "punycode")
        elif k == "lookalike":
            hb = re.sub(r"^(?:www\.|secure\.|client\.)", "", h)
            need(hb in {x.lower() for x in LOOKALIKES} and hb not in PROTECTED_DOMAINS, "lookalike")
        elif k == "shortener":
            need(h in SHORTENERS, "shortener")
        elif k == "blocklisted":
            need(any(h == b or h.endswith("." + b) for b in BLOCKED), "blocklisted")
        else:
            need(v.startswith("http://"), "insecure")
    elif k == "mismatch":
        mm = MD_LINK_RE.fullmatch(v)
        need(mm, "mismatch shape")
        need(bare_host(url_host(mm.group(1))) != bare_host(url_host(mm.group(2))), "mismatch hosts")
    elif k in ("hate", "threat", "aggressive", "insult"):
        need("\n" not in v and len(v) >= 2, k)
    elif k == "shouting":
        need(v == v.upper() and any(a <= s and e <= b or (a >= s and b <= e) for a, b in caps_runs(text)), "shouting run")
        need(any(e2 - s2 > 0 for s2, e2 in caps_runs(v)), "shouting 3 words")
    elif k == "punctuation":
        need(re.fullmatch(r"[!?]{3,}", v), "punct shape")
        need((s == 0 or text[s - 1] not in "!?") and (e == len(text) or text[e] not in "!?"), "punct maximal")


def validate_row(text, finds, lang):
    need(5 <= len(text), "short")
    need(lang in ("fr", "en"), "lang")
    for f in finds:
        need(f["kind"] in KINDS[f["category"]], "taxonomy")
        check_span(text, f)
    # overlaps: only link X + link/insecure on the identical span
    for i, a in enumerate(finds):
        for b in finds[i + 1:]:
            if overlaps((a["start"], a["end"]), (b["start"], b["end"])):
                same = (a["start"], a["end"]) == (b["start"], b["end"])
                pair = {a["kind"], b["kind"]}
                need(same and "insecure" in pair and len(pair) == 2 and a["category"] == b["category"] == "link", "overlap")
    if any(f["kind"] == "insecure" for f in finds):
        for f in finds:
            if f["kind"] == "insecure":
                need(f["_v"].startswith("http://"), "insecure without http")
    for f in finds:
        if f["category"] == "link" and f["kind"] not in ("mismatch", "insecure") and f["_v"].startswith("http://"):
            need(any(g["kind"] == "insecure" and g["start"] == f["start"] for g in finds), "http needs insecure")
    # coverage scans
    nt = norm(text)
    need(len(nt) == len(text), "norm length")
    for _t, rx in TERM_RES:
        for m in rx.finditer(nt):
            need(covered(m.span(), finds, {"lexicon"}), "unlabeled lexicon")
    for sp in caps_runs(text):
        need(covered(sp, finds, {"shouting"}) or inside_one(sp, finds, {"secret", "link", "pii"}), "unlabeled caps run")
    for m in re.finditer(r"[!?]{3,}", text):
        need(covered(m.span(), finds, {"punctuation"}) or inside_one(m.span(), finds, {"secret", "link"}), "unlabeled punct")
    for m in re.finditer(r"(?i)http://\S+", text):
        need(covered(m.span(), finds, {"insecure"}), "unlabeled http")
    for m in URL_RE.finditer(text):
        if covered(m.span(), finds, cats={"link"}) or inside_one(m.span(), finds, {"secret", "pii"}):
            continue
        u = m.group().rstrip(".,;:!?")
        need(not u.lower().startswith("http://"), "http url")
        need(bare_host(url_host(u)) in {bare_host(h) for h in SAFE_HOSTS}, f"unknown url {u}")
    for m in MD_LINK_RE.finditer(text):
        if not covered(m.span(), finds, {"mismatch"}):
            need(bare_host(url_host(m.group(1))) == bare_host(url_host(m.group(2))), "unlabeled md mismatch")
    for m in EMAIL_RE.finditer(text):
        need(covered(m.span(), finds, {"email"}), "unlabeled email")
    for sp in phone_hits(text):
        need(covered(sp, finds, cats={"pii", "secret", "link"}), "unlabeled phone-like")
    for sp in ip_hits(text):
        need(covered(sp, finds, {"ip", "ip_host"}), "unlabeled ip")
    for sp in card_hits(text):
        need(covered(sp, finds, cats={"pii", "secret"}), "unlabeled luhn number")
    for sp in iban_hits(text):
        need(covered(sp, finds, {"iban"}) or inside_one(sp, finds, {"secret", "link"}), "unlabeled iban")
    for sp in nir_hits(text):
        need(covered(sp, finds, {"nir"}) or inside_one(sp, finds, {"secret", "link"}), "unlabeled nir")
    for m in SECRET_MARKERS.finditer(text):
        need(covered(m.span(), finds, cats={"secret"}), "unlabeled secret marker")
    for m in re.finditer(r"xn--", text):
        need(covered(m.span(), finds, {"punycode"}), "unlabeled punycode")
    for m in INSULT_RES.finditer(nt):
        need(covered(m.span(), finds, {"insult"}), f"unlabeled insult word {m.group()}")
    for m in HATE_RES.finditer(nt):
        need(covered(m.span(), finds, {"hate"}), "unlabeled hate marker")
    for m in THREAT_RES.finditer(nt):
        need(covered(m.span(), finds, {"threat"}), "unlabeled threat marker")
    if not finds:
        need(not PW_CTX_RE.search(text), "clean password context")
        need(not BIRTH_CTX_RE.search(text), "clean birth context")
        need("BEGIN" not in text and "eyJ" not in text, "clean secret")


def validate_file(rows):
    seen = set()
    for r in rows:
        need(r["text"] not in seen, "duplicate")
        seen.add(r["text"])
        fs = [dict(f, _v=r["text"][f["start"]:f["end"]]) for f in r["findings"]]
        validate_row(r["text"], fs, r["lang"])
        need(list(r.keys()) == ["id", "lang", "text", "findings"], "keys")
    return True


# ============================================================== build
WEIGHTS = {"insult": 14.0, "threat": 10.0, "hate": 9.0, "aggressive": 9.0, "shouting": 4.5, "punctuation": 3.5,
           "combo": 6.0}
for _k in ALL_KINDS:
    WEIGHTS.setdefault(_k, 44.0 / 20)


def allocate(total):
    keys = list(WEIGHTS)
    ws = [WEIGHTS[k] for k in keys]
    tw = sum(ws)
    counts = {k: int(total * w / tw) for k, w in zip(keys, ws)}
    rest = total - sum(counts.values())
    order = sorted(keys, key=lambda k: -(total * WEIGHTS[k] / tw - counts[k]))
    for k in order[:rest]:
        counts[k] += 1
    out = [k for k in keys for _ in range(counts[k])]
    return out


def build(seed, n):
    global R
    R = random.Random(seed)
    n_clean = round(n * CLEAN_SHARE)
    n_fr = round(n * FR_SHARE)
    langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
    R.shuffle(langs)
    prim = [None] * n_clean + allocate(n - n_clean)
    R.shuffle(prim)
    rows, seen = [], set()
    rejects = collections.Counter()
    structs = collections.Counter()
    regs = collections.Counter()
    settings = collections.Counter()
    for i, (lang, p) in enumerate(zip(langs, prim)):
        for _attempt in range(300):
            ctx, struct, text, finds = make_message(lang, p)
            limit = 900 if any(f["kind"] == "private_key" for f in finds) else 560
            try:
                need(len(text) <= limit, "too long")
                need(text not in seen, "dup")
                need((p is None) == (not finds), "clean/risky mismatch")
                if p and p != "combo":
                    need(any(f["kind"] == p for f in finds), "primary missing")
                validate_row(text, finds, lang)
            except Bad as e:
                rejects[str(e).split(" ")[0] if str(e).startswith("unknown url") else str(e)] += 1
                continue
            except (ValueError, KeyError, json.JSONDecodeError) as e:
                rejects["exception " + type(e).__name__] += 1
                continue
            break
        else:
            raise SystemExit(f"row {i + 1}: could not draw a valid message for {lang}/{p}; rejects={dict(rejects)}")
        seen.add(text)
        structs[struct] += 1
        regs[ctx.reg] += 1
        settings[ctx.setting] += 1
        finds.sort(key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))
        rows.append({"id": f"gb8-{seed}-{i + 1:05d}", "lang": lang, "text": text,
                     "findings": [{k: f[k] for k in ("category", "kind", "start", "end")} for f in finds]})
    meta = {"rejects": rejects, "structs": structs, "regs": regs, "settings": settings}
    return rows, meta


def stats(rows, meta, out=sys.stdout):
    c = collections.Counter(f["kind"] for r in rows for f in r["findings"])
    clean = sum(1 for r in rows if not r["findings"])
    fr = sum(1 for r in rows if r["lang"] == "fr")
    multi = sum(1 for r in rows if len(r["findings"]) >= 2)
    risky = len(rows) - clean
    hard_rows = sum(1 for r in rows if any(f["kind"] in HARD for f in r["findings"]))
    print(f"rows={len(rows)} clean={clean} ({clean / len(rows):.1%}) fr={fr} ({fr / len(rows):.1%}) en={len(rows) - fr} "
          f"risky_with_2plus_findings={multi} risky_with_hard_kind={hard_rows}/{risky}", file=out)
    for cat, ks in KINDS.items():
        for k in ks:
            print(f"  {cat + '/' + k:24s} {c[k]}", file=out)
    print("  structures: " + ", ".join(f"{k}={v}" for k, v in sorted(meta["structs"].items())), file=out)
    print("  registers:  " + ", ".join(f"{k}={v}" for k, v in sorted(meta["regs"].items())), file=out)
    print("  settings:   " + ", ".join(f"{k}={v}" for k, v in sorted(meta["settings"].items())), file=out)
    print("  redraws:    " + (", ".join(f"{k}={v}" for k, v in meta["rejects"].most_common()) or "none"), file=out)


def main():
    ap = argparse.ArgumentParser(description="blind guard eval generator #8")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("-n", type=int, default=3000)
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    rows, meta = build(a.seed, a.n)
    validate_file(rows)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        stats(rows, meta)
    else:
        clean = sum(1 for r in rows if not r["findings"])
        print(f"wrote {len(rows)} rows ({clean} clean) to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
