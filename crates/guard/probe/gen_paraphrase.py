#!/usr/bin/env python3
"""Paraphrase generator: labeled guard messages in new wording (Python 3.11, stdlib only, deterministic).

Same machinery and labeling conventions as ../shared/eval/gen_dev.py (see ../shared/eval/README.md), but every
wording list is new: phrases, templates, clean fillers and traps, names, streets, cities, e-mail domains, phone
formats, IBAN countries, card networks, password words, API key providers, look-alike domains, shorteners,
insecure sites, blocklisted subdomains and markdown texts. Spans are computed while the text is assembled and
re-checked by validate().

usage: python3 crates/guard/probe/gen_paraphrase.py --seed 1 -n 2000 -o /tmp/p.jsonl
The lexicon and blocklist are read from --lists (default: the evaluation folder beside the repository,
../shared/eval from the repo root, or this script's folder, whichever holds lexicon.txt).
"""
import argparse
import base64
import json
import os
import random
import re
import string
import sys
import unicodedata

N_DEFAULT = 2000
CLEAN_SHARE = 0.35
FR_SHARE = 0.60
HERE = os.path.dirname(os.path.abspath(__file__))

NBSP = "\u00a0"
NNBSP = "\u202f"

from eval_lists import KINDS  # noqa: E402
ALL_KINDS = [f"{c}.{k}" for c, ks in KINDS.items() for k in ks]

R = random.Random(1)


def find_lists(explicit):
    cands = [explicit] if explicit else []
    cands += [os.path.join(HERE, "..", "..", "..", "..", "shared", "eval"), os.path.join("..", "shared", "eval"), HERE]
    for d in cands:
        if d and os.path.exists(os.path.join(d, "lexicon.txt")) and os.path.exists(os.path.join(d, "blocked-domains.txt")):
            return d
    sys.exit("lexicon.txt / blocked-domains.txt not found; pass --lists DIR")


def read_list(d, name):
    with open(os.path.join(d, name), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


LEXICON, BLOCKED = [], []

# ---------------------------------------------------------------- fillers
PRENOMS_FR = ["Margaux", "Quentin", "Élodie", "Romain", "Clémence", "Maxime", "Laurine", "Baptiste", "Solène",
              "Adrien", "Nadia", "Karim", "Pauline", "Julien", "Amandine", "Florian", "Gaëlle", "Thibault",
              "Yanis", "Maëlys", "Jérôme", "Sabrina", "Aurélien", "Noémie"]
NOMS_FR = ["Petit", "Durand", "Leroy", "Roux", "Morel", "Fournier", "Chevalier", "Blanc", "Guérin", "Boyer",
           "Haddad", "Perrin", "Marchand", "Lemoine", "Traoré", "Colin", "Vidal", "Carpentier"]
NAMES_EN = ["Chloe", "Daniel", "Hannah", "Oliver", "Isla", "Harry", "Amelia", "Mason", "Lily", "Callum", "Priya",
            "Owen", "Freya", "Aiden"]
LAST_EN = ["Wilson", "Evans", "Thompson", "Wright", "Robinson", "Khan", "Bennett", "Collins", "Foster",
           "Campbell", "Morgan", "Shaw"]
HANDLES = ["margaux.skincare", "quentin_trail", "elodie.eats", "the.glow.diaries", "solene_makeup", "karim.fit",
           "pauline_home", "freya.wears", "chloe_reviews", "owen.outdoors", "yanis.sneakers", "noemie.beaute"]
PROMOS = ["LUNE15", "FLORA20", "MERCI10", "ETE25", "VIP30", "SPRING15", "FIRST10"]
BRANDS = ["Maison Lirac", "Cèdre & Sel", "Oréa Paris", "Fjell Outdoor", "Petite Lune"]
BRAND_URLS = ["https://www.maison-lirac.fr/jeu-concours", "https://www.maison-lirac.fr/aide/retours",
              "https://cedre-et-sel.com/collections/soins-visage", "https://cedre-et-sel.com/pages/contact",
              "https://www.orea-paris.fr/fr/connexion", "https://fjell-outdoor.com/en/size-guide",
              "https://www.petitelune.fr/reglement", "https://shop.orea-paris.fr/account/login"]
PUBLIC_URLS = ["https://www.laposte.fr/particulier/suivi", "https://www.colissimo.fr/fr/retour",
               "https://www.chronopost.fr/fr/mon-espace", "https://www.instagram.com/maisonlirac/",
               "https://www.amazon.fr/hz/mycd/myx", "https://www.dhl.com/fr-fr/home/suivi.html",
               "https://www.relaiscolis.com/suivi-de-colis/", "https://appleid.apple.com/",
               "https://www.facebook.com/help/", "https://www.caf.fr/allocataires", "https://www.paypal.com/fr/home",
               "https://myaccount.google.com/security", "https://www.free.fr/assistance/",
               "https://www.leboncoin.fr/aide", "https://www.sncf-connect.com/aide", "https://www.decathlon.fr/help"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
# first names / common words that look like lexicon terms but are not (the lexicon terms are multi-word or NOVA-7)
LEXLIKE = ["Aurore", "Ondine", "Héloïse", "Azur", "Mistral"]


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def price_fr():
    r = R.random()
    if r < 0.35:
        n = R.randint(1, 4)
        sep = R.choice([NBSP, NNBSP, " "])
        return f"{n}{sep}{R.randint(0, 999):03d},{R.choice(['00', '95', '49', '80'])}{NBSP}€"
    if r < 0.7:
        return f"{R.randint(3, 249)},{R.choice(['00', '95', '49', '80', '10'])}{NBSP}€"
    return R.choice([f"{R.randint(4, 400)}{NBSP}euros", f"€{R.randint(4, 400)}", f"{R.randint(4, 400)}{NNBSP}€"])


def price_en():
    r = R.random()
    if r < 0.3:
        return f"£{R.randint(1, 4)},{R.randint(0, 999):03d}.{R.choice(['00', '99'])}"
    return R.choice(["$", "£", "€", "CA$", "A$"]) + f"{R.randint(4, 320)}.{R.choice(['00', '95', '49', '80'])}"


def date_fr():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026, 2027])
    return R.choice([f"{d}/{m}/{y}", f"{d} {MONTHS_FR[m - 1]} {y}", f"{R.choice(DAYS_FR)} {d}",
                     f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}"])


def date_en():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026, 2027])
    return R.choice([f"{R.choice(DAYS_EN)} {d} {MONTHS_EN[m - 1]}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS_EN[m - 1][:3]} {d}",
                     f"the {d}th of {MONTHS_EN[m - 1]}", f"{d}/{m}/{y}"])


def order_no():
    return R.choice([f"#{R.randint(100000, 9999999)}", f"ORD-{R.randint(10000, 99999)}-{R.choice('ABCDEFGH')}",
                     f"{R.choice(['ML', 'CS', 'OP'])}{R.randint(100000000, 999999999)}",
                     f"{R.randint(2025, 2026)}{R.randint(10000, 99999)}", f"W{R.randint(1000000, 9999999)}"])


def sku():
    return R.choice([f"LIR-{R.randint(10, 99)}-{R.choice(['BLC', 'NR', 'RSE'])}", f"CS{R.randint(1000, 9999)}",
                     f"OREA/{R.randint(100, 999)}/{R.choice(['30ML', '50ML', '100ML'])}",
                     f"FJ-{R.randint(100, 999)}-{R.choice(['XS', 'M', 'XXL'])}"])


def tracking():
    while True:
        t = _tracking()
        ds = re.sub(r"\D", "", t)
        if not iban_valid(t) and not (luhn_ok(ds) and ds[0] in "2345"):
            return t


def _tracking():
    r = R.random()
    if r < 0.35:
        return R.choice(["8R", "8N", "5W"]) + digits(11)
    if r < 0.6:
        return "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + digits(9) + "FR"
    if r < 0.8:
        return "JJD" + digits(18)
    return "XW" + digits(9) + "TS"


def ics():
    while True:
        v = R.choice(["FR", "BE", "DE"]) + digits(2) + "ZZZ" + digits(6)
        if not iban_valid(v):
            return v


def vat_fr():
    while True:
        v = "FR" + digits(2) + digits(9)
        if not iban_valid(v):
            return v


def txn_ref():
    """16-digit card-shaped reference that is NOT Luhn-valid (clean)."""
    while True:
        n = R.choice("2345") + digits(15)
        if not luhn_ok(n):
            r = R.random()
            if r < 0.4:
                return " ".join(n[i:i + 4] for i in range(0, 16, 4))
            if r < 0.6:
                return "-".join(n[i:i + 4] for i in range(0, 16, 4))
            return n


def giftcard():
    while True:
        n = "6" + digits(18)
        if not luhn_ok(n):
            return n


def siret():
    while True:
        n = R.choice("789") + digits(13)
        if luhn_ok(n):
            return R.choice([n, f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:9]} {n[9:]}"])


def ean():
    while True:
        body = R.choice(["3760", "3700", "3401"]) + digits(8)
        chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        n = body + str(chk)
        if not luhn_ok(n):
            return n


def masked_card():
    return R.choice([f"**** **** **** {digits(4)}", f"XXXX-XXXX-XXXX-{digits(4)}", f"•••• {digits(4)}"])


FILLERS = {
    "prenom": lambda: R.choice(PRENOMS_FR),
    "nom": lambda: R.choice(NOMS_FR),
    "name": lambda: R.choice(NAMES_EN),
    "last": lambda: R.choice(LAST_EN),
    "handle": lambda: R.choice(HANDLES),
    "promo": lambda: R.choice(PROMOS),
    "price": price_fr, "price2": price_fr,
    "price_en": price_en, "price_en2": price_en,
    "date": date_fr, "date_en": date_en,
    "order": order_no, "sku": sku, "tracking": tracking,
    "ticket": lambda: str(R.randint(100000, 999999)),
    "year": lambda: str(R.choice([2025, 2026])),
    "brand_url": lambda: R.choice(BRAND_URLS),
    "public_url": lambda: R.choice(PUBLIC_URLS),
    "ics": lambda: ics(), "txn": lambda: txn_ref(), "siret": lambda: siret(), "ean": lambda: ean(),
    "vat": lambda: vat_fr(), "gift": lambda: giftcard(), "masked": lambda: masked_card(),
    "lexlike": lambda: R.choice(LEXLIKE),
    "brand": lambda: R.choice(BRANDS),
}


# ---------------------------------------------------------------- value generators
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def g_email(lang, v):
    first = strip_accents(R.choice(PRENOMS_FR if lang == "fr" else NAMES_EN)).lower()
    last = strip_accents(R.choice(NOMS_FR if lang == "fr" else LAST_EN)).lower()
    dom = R.choice(["live.fr", "gmx.fr", "bbox.fr", "aol.com", "protonmail.com", "yahoo.fr", "me.com", "neuf.fr",
                    "sfr.fr", "msn.com", "mail.com", "zoho.eu", "studio-lumiere.fr", "talentbureau.co.uk",
                    "creators-agency.io", "free.fr"])
    local = R.choice([f"{first}-{last}", f"{last}{R.randint(1, 9999)}", f"{first}.{last[0]}", f"pro.{first}",
                      f"{first}{last}{R.choice([85, 92, 2001, 1999])}", f"{first[0]}{last}", f"{first}+shop",
                      f"hello.{first}", f"{last}_{first[:3]}"])
    if R.random() < 0.1:
        local = local.capitalize()
    return local + "@" + dom


def g_phone(lang, v):
    fr = (lang == "fr") ^ (R.random() < 0.2)
    if fr:
        d = R.choice(["6", "7", "3", "5", "9", "1"]) + digits(8)
        pairs = [d[1:3], d[3:5], d[5:7], d[7:9]]
        return R.choice([
            "0" + d[0] + " " + " ".join(pairs), "+33." + d[0] + "." + ".".join(pairs),
            "(+33) " + d[0] + " " + " ".join(pairs), "+33 (0) " + d[0] + " " + " ".join(pairs),
            "0" + d[0] + "/" + "/".join(pairs), "0" + d[0] + " " + " ".join(pairs), "0" + d[0] + "." + ".".join(pairs),
            "0" + d[0] + " " + d[1:3] + d[3:5] + " " + d[5:7] + d[7:9],
            "+32 4" + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2),
            "+352 621 " + digits(3) + " " + digits(3)])
    return R.choice([f"+44 7{digits(3)} {digits(6)}", f"07{digits(3)} {digits(3)} {digits(3)}",
                     f"+1 ({R.randint(201, 989)}) {R.randint(200, 999)}-{digits(4)}",
                     f"+1.{R.randint(201, 989)}.{R.randint(200, 999)}.{digits(4)}",
                     f"+353 8{R.choice('3567')} {digits(3)} {digits(4)}",
                     f"+61 4{digits(2)} {digits(3)} {digits(3)}", f"+49 15{R.choice('127')} {digits(8)}",
                     f"+31 6 {digits(8)}", f"+34 6{digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                     f"+39 3{digits(2)} {digits(3)} {digits(4)}", f"+41 7{R.choice('6789')} {digits(3)} {digits(4)}"])


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


def upper_alnum(n):
    return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def g_iban(lang, v):
    cc = R.choice(["FR", "FR", "FR", "PT", "AT", "CH", "MC", "PL", "LU", "IE"] if lang == "fr" else
                  ["IE", "GB", "SE", "FI", "DK", "PT", "AT", "PL", "FR"])
    if cc in ("FR", "MC"):
        bank, branch, acct = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + f"{key:02d}"
    elif cc == "PT":
        bban = digits(21)
    elif cc == "AT":
        bban = digits(16)
    elif cc == "CH":
        bban = digits(5) + upper_alnum(12)
    elif cc == "PL":
        bban = digits(24)
    elif cc == "LU":
        bban = digits(3) + upper_alnum(13)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif cc == "GB":
        bban = R.choice(["MONZ", "REVO", "NAIA", "CPBK"]) + digits(14)
    elif cc == "SE":
        bban = digits(20)
    elif cc == "FI":
        bban = digits(14)
    else:  # DK
        bban = digits(14)
    iban = cc + iban_check(cc, bban) + bban
    r = R.random()
    if r < 0.6:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    elif r < 0.7:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower() if cc != "FR" else iban
    return iban


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


def g_card(lang, v):
    kind = R.random()
    if kind < 0.12:  # Diners, 14 digits 4-6-4
        n = luhn_complete(R.choice(["36", "38", "300"]), 14)
        return R.choice([" ", ""]).join([n[:4], n[4:10], n[10:]])
    if kind < 0.25:  # Amex
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return R.choice([" ", "-"]).join([n[:4], n[4:10], n[10:]])
    n = luhn_complete(R.choice(["4", "6011", "65", "3528", "3566", "62", "2720", "2300", "5", "4"]), 16)
    if n[0] == "5":
        n = luhn_complete(R.choice(["51", "53", "55"]), 16)
    sep = R.choice([" ", " ", ".", "", "-"])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def nir_key(n13):
    return 97 - int(n13) % 97


def g_nir(lang, v):
    sex = R.choice("12")
    yy, mm = f"{R.randint(0, 99):02d}", f"{R.randint(1, 12):02d}"
    dept = R.choice([f"{x:02d}" for x in range(1, 96) if x != 20])
    commune, order = f"{R.randint(1, 999):03d}", f"{R.randint(1, 999):03d}"
    n13 = sex + yy + mm + dept + commune + order
    key = f"{nir_key(n13):02d}"
    return R.choice([
        " ".join([sex, yy, mm, dept, commune, order, key]),
        ".".join([sex, yy, mm, dept, commune, order]) + " " + key,
        sex + " " + yy + " " + mm + " " + dept + " " + commune + order + " " + key,
        n13 + "-" + key,
        n13 + key,
    ])


def g_ipv4():
    return R.choice([f"{R.choice([37, 46, 77, 78, 88, 93, 2, 5, 80, 92])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def g_ipv6():
    h = lambda: f"{R.randint(0, 0xffff):x}"
    return R.choice([f"2a02:8428:{h()}:{h()}::{h()}", f"2001:41d0:{h()}:{h()}::{R.randint(1, 99)}",
                     f"2a01:e0a:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2600:1700:{h()}::{h()}:{h()}"])


def g_ip(lang, v):
    return g_ipv6() if R.random() < 0.3 else g_ipv4()


CITIES_FR = [("13008", "Marseille"), ("69007", "Lyon"), ("38000", "Grenoble"), ("37000", "Tours"), ("49000", "Angers"),
             ("76000", "Rouen"), ("29200", "Brest"), ("64100", "Bayonne"), ("51100", "Reims"), ("87000", "Limoges"),
             ("84000", "Avignon"), ("97200", "Fort-de-France"), ("74000", "Annecy"),
             ("92100", "Boulogne-Billancourt"), ("93100", "Montreuil"), ("75018", "Paris")]
STREETS_FR = ["Émile Zola", "des Acacias", "de Verdun", "Carnot", "du Château", "de la Gare", "Saint-Michel",
              "des Roses", "Voltaire", "du Port", "de Strasbourg", "Aristide Briand", "des Capucins", "Lamartine"]


def g_address(lang, v):
    if lang == "fr":
        if R.random() < 0.15:
            st, cp, city = R.choice([("rue du Marché", "1204", "Genève"), ("avenue Louise", "1050", "Bruxelles"),
                                     ("rue de la Madeleine", "1003", "Lausanne"), ("chaussée de Wavre", "1160", "Auderghem")])
            return f"{st.capitalize()} {R.randint(2, 180)}, {cp} {city}"
        num = str(R.randint(2, 212)) + R.choice(["", "", "", " bis", "A"])
        typ = R.choice(["rue", "rue", "avenue", "boulevard", "cours", "route", "square", "passage", "impasse"])
        cp, city = R.choice(CITIES_FR)
        extra = R.choice(["", "", "", f"résidence Les Tilleuls, ", R.choice(["1er étage, ", f"{R.randint(2, 7)}e étage, "]), f"esc. {R.choice('AB')}, "])
        return f"{num} {typ} {R.choice(STREETS_FR)}, {extra}{cp} {city}"
    r = R.random()
    if r < 0.45:
        pc, city = R.choice([("CF10 1EP", "Cardiff"), ("B5 4BU", "Birmingham"), ("G2 3BZ", "Glasgow"),
                             ("L1 8JQ", "Liverpool"), ("NE1 7RU", "Newcastle"), ("OX1 2JD", "Oxford"),
                             ("CB2 1TN", "Cambridge"), ("BN1 1AE", "Brighton")])
        st = R.choice(["High Street", "Station Road", "Park Lane", "Queen's Road", "Mill Lane", "Chapel Street"])
        flat = R.choice(["", "", f"Apartment {R.randint(1, 40)}, ", "Unit 3, "])
        return f"{flat}{R.randint(1, 310)} {st}, {city} {pc}"
    st = R.choice(["Pine Street", "Lakeview Dr", "Cedar Ave", "Broadway", "Willow Ct", "Magnolia Blvd", "Hill Rd"])
    city = R.choice([("Seattle", "WA", "98101"), ("Chicago", "IL", "60614"), ("Boston", "MA", "02116"),
                     ("Miami", "FL", "33131"), ("Nashville", "TN", "37203"), ("Phoenix", "AZ", "85004")])
    apt = R.choice(["", "", f" Suite {R.randint(100, 900)}", f", Unit {R.randint(1, 20)}"])
    return f"{R.randint(100, 8999)} {st}{apt}, {city[0]}, {city[1]} {city[2]}"


def g_birthdate(lang, v):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1955, 2009)
    v = v or R.choice(["fr_long", "fr_num", "iso"] if lang == "fr" else ["en_long", "iso", "num"])
    if v == "fr_long":
        return R.choice([f"{d} {MONTHS_FR[m - 1]} {y}", f"{d} {MONTHS_FR[m - 1].capitalize()} {y}",
                         f"{R.choice(DAYS_FR)} {d} {MONTHS_FR[m - 1]} {y}"])
    if v == "fr_num":
        return R.choice([f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{str(y)[2:]}", f"{d:02d} {m:02d} {y}", f"{d:02d}/{m:02d}/{y}"])
    if v == "iso":
        return R.choice([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"])
    if v == "en_long":
        suf = "st" if d in (1, 21) else "nd" if d in (2, 22) else "rd" if d in (3, 23) else "th"
        return R.choice([f"{MONTHS_EN[m - 1]} {d}{suf}, {y}", f"{d}{suf} {MONTHS_EN[m - 1]} {y}",
                         f"{MONTHS_EN[m - 1][:3]} {d} {y}"])
    return R.choice([f"{m}/{d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{m:02d}.{d:02d}.{y}"])


PW_WORDS = ["Chaton", "Biarritz", "Papillon", "Nougat", "Caramel", "Zebulon", "Dragon", "Liberty", "Sunshine",
            "Bambou", "Cerise", "Pistache", "Mojito", "Ocelot", "Lirac", "Galaxy", "Pompom", "Vanille"]


def g_password(lang, v):
    r = R.random()
    if r < 0.45:
        return R.choice(PW_WORDS) + R.choice(["", "_", "@", "."]) + str(R.randint(0, 99)).zfill(2) + R.choice(["!", "!!", "%", "+", "", "="])
    if r < 0.75:
        return "".join(R.choice(string.ascii_letters + string.digits + "@$%^+=") for _ in range(R.randint(10, 18)))
    if r < 0.9:
        return R.choice(PW_WORDS) + R.choice(PW_WORDS).upper()[:3] + str(R.randint(100, 999))
    return "".join(R.choice([c.upper(), c]) for c in R.choice(PW_WORDS).lower().replace("a", "@").replace("o", "0")) + str(R.randint(1, 9))


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rnd(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def g_api_key(lang, v):
    v = v or R.choice(["openai", "anthropic", "gitlab", "sendgrid", "twilio", "mailchimp", "shopify", "npm", "hf",
                       "brevo", "ghpat", "stripe_rk"])
    if v == "openai":
        return "sk-proj-" + rnd(ALNUM + "_-", 74)
    if v == "anthropic":
        return "sk-ant-api03-" + rnd(ALNUM + "_-", 93) + "AA"
    if v == "gitlab":
        return "glpat-" + rnd(ALNUM + "_-", 20)
    if v == "sendgrid":
        return "SG." + rnd(ALNUM + "_-", 22) + "." + rnd(ALNUM + "_-", 43)
    if v == "twilio":
        return "SK" + rnd(HEX, 32)
    if v == "mailchimp":
        return rnd(HEX, 32) + "-us" + str(R.randint(1, 21))
    if v == "shopify":
        return R.choice(["shpat_", "shpss_"]) + rnd(HEX, 32)
    if v == "npm":
        return "npm_" + rnd(ALNUM, 36)
    if v == "hf":
        return "hf_" + rnd(string.ascii_letters, 34)
    if v == "brevo":
        return "xkeysib-" + rnd(HEX, 64) + "-" + rnd(ALNUM, 16)
    if v == "ghpat":
        return "github_pat_11" + rnd(string.ascii_uppercase + string.digits, 20) + "_" + rnd(ALNUM, 59)
    if v == "stripe_rk":
        return "rk_live_" + rnd(ALNUM, 99)
    return rnd(HEX, R.choice([32, 40]))


B64 = string.ascii_letters + string.digits + "+/"


def g_private_key(lang, v):
    label = R.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "DSA PRIVATE KEY"])
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU",
             "EC PRIVATE KEY": "MHcCAQEEIB", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
             "DSA PRIVATE KEY": "MIIBuwIBAAKBgQD"}[label]
    nl = R.randint(2, 4)
    lines = [start + rnd(B64, 64 - len(start))] + [rnd(B64, 64) for _ in range(nl - 1)] + \
        [rnd(B64, R.randint(8, 44)) + R.choice(["=", "==", ""])]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_token(lang, v):
    v = v or R.choice(["jwt", "opaque"])
    if v == "jwt":
        head = b64url({"alg": R.choice(["HS512", "ES256", "RS256"]), "typ": "JWT", "kid": rnd(HEX, 8)})
        pay = b64url({"email": strip_accents(R.choice(PRENOMS_FR + NAMES_EN)).lower() + "@" + R.choice(["maison-lirac.fr", "cedre-et-sel.com"]),
                      "scope": R.choice(["orders:read", "admin", "catalog:write"]),
                      "exp": R.randint(1760000000, 1800000000)})
        return f"{head}.{pay}.{rnd(ALNUM + '-_', R.choice([43, 86]))}"
    return R.choice(["", "", "at_", "pat-"]) + rnd(ALNUM, R.randint(24, 40)) + R.choice(["", "~", "."]) + rnd(ALNUM, R.randint(8, 20))


def lex_variant(term):
    vs = [term, term, term.lower(), term.upper(), strip_accents(term), strip_accents(term).lower(), term.title()]
    return R.choice(vs)


def g_lexicon(lang, v):
    return lex_variant(R.choice(LEXICON))


def g_hate(lang, v):
    if lang == "fr":
        return R.choice([
            "les Chinois sont tous des fourbes", "les immigrés viennent juste pour toucher les aides",
            "les lesbiennes dans vos pubs, c'est une honte", "les Africains sont des sauvages",
            "les réfugiés sont une plaie pour ce pays", "les autistes ne servent à rien dans une entreprise",
            "les gitans, faudrait les chasser de nos villes", "les gays sont des pervers, éloignez-les des enfants",
            "les Asiatiques sont des sous-hommes", "les juifs tiennent toutes les grandes marques",
            "les musulmanes voilées sont toutes soumises et dangereuses", "les Polonais ne sont bons qu'à faire le ménage",
            "les gens en fauteuil n'ont qu'à rester cachés", "une égérie noire, ça fait fuir les vrais clients",
            "les Maghrébins sont tous des racailles", "les vieux ne servent plus à rien, qu'ils crèvent"])
    return R.choice([
        "Asians are all sneaky copycats", "refugees are parasites and should be sent back",
        "lesbians are disgusting and have no place in ads", "Africans are savages",
        "gypsies are all thieves and scammers", "autistic people are useless at any job",
        "Jews run all the media", "Muslim women in hijabs are all oppressed fanatics",
        "Indians shouldn't be allowed to work in customer service", "gays are perverts who shouldn't be near kids",
        "Chinese people are vermin", "people in wheelchairs should stay out of sight",
        "a Black model makes your brand look cheap", "Arabs are all violent by nature"])


def g_threat(lang, v):
    if lang == "fr":
        return R.choice([
            "je vais crever tes pneus", "je vais t'attendre à la sortie de ton bureau",
            "on va brûler ta boutique", "tu vas prendre une balle", "je vais te défoncer la tête",
            "je vais envoyer des gars chez toi", "ta famille va payer pour ça",
            "je vais diffuser tes photos et ton adresse", "je sais quelle voiture tu conduis",
            "tu ne verras pas la fin de la semaine", "je vais te planter", "je vais mettre le feu à votre entrepôt",
            "tu vas te faire tabasser", "je vais m'occuper de tes gosses"])
    return R.choice([
        "I'll slash your tyres", "I'm going to burn your store down", "I'll be waiting for you outside your office",
        "you won't see the end of the week", "I'll break your legs", "my mates will pay you a visit",
        "your kids aren't safe", "I'm going to leak your phone number and address", "I'll put a bullet in you",
        "I know what car you drive", "I'll beat you until you can't stand", "I'm going to smash your face in"])


def g_insult(lang, v):
    if lang == "fr":
        nouns = ["enfoiré", "blaireau", "minable", "tocard", "nullard", "boulet", "salopard", "cassos", "gogol",
                 "demeuré", "charlot", "branleur", "pignouf"]
        phrases = ["espèce d'enfoiré", "bande de nazes", "sale con", "tête de nœud", "pauvre type", "gros blaireau",
                   "bande de guignols", "espèce de tocard", "pauvre minable", "sombre crétin", "triple buse",
                   "bande de branleurs", "petite conne"]
    else:
        nouns = ["muppet", "halfwit", "dimwit", "douchebag", "tosser", "prat", "buffoon", "nitwit", "scumbag",
                 "cretin", "knobhead", "airhead"]
        phrases = ["you brainless twit", "you incompetent fools", "you utter muppets", "you're a disgrace",
                   "you're worthless", "you sad little man", "useless bunch of amateurs", "you thick idiot",
                   "you're an embarrassment", "you absolute halfwits", "you stupid cow"]
    v = v or R.choice(["noun", "phrase"])
    return R.choice(nouns if v == "noun" else phrases)


def g_shouting(lang, v):
    if lang == "fr":
        return R.choice(["JE NE RECOMMANDERAI JAMAIS VOTRE MARQUE", "RENDEZ MOI MON ARGENT", "C'EST LA TROISIÈME FOIS",
                         "J'EXIGE UNE RÉPONSE", "PERSONNE NE RÉPOND JAMAIS", "MA COMMANDE EST INCOMPLÈTE",
                         "ARRÊTEZ DE ME SPAMMER", "LE COLIS EST ARRIVÉ CASSÉ", "JE VEUX PARLER AU RESPONSABLE",
                         "ON NE M'Y REPRENDRA PLUS", "ANNULEZ MA COMMANDE TOUT DE SUITE", "CE N'EST PAS NORMAL",
                         "QUATRE SEMAINES SANS NOUVELLES", "VOUS AVEZ ENCAISSÉ DEUX FOIS"])
    return R.choice(["I WANT A FULL REFUND", "NOBODY EVER ANSWERS", "CANCEL MY ORDER NOW", "THIS IS A SCAM",
                     "LET ME SPEAK TO A MANAGER", "MY BOX ARRIVED BROKEN", "THREE WEEKS AND NOTHING",
                     "YOU CHARGED ME TWICE", "PLEASE JUST REPLY", "READ MY EMAIL PROPERLY", "SEND THE RIGHT SIZE"])


def g_punct(lang, v):
    return R.choice(["!!!!!", "?!?!?!", "!!??", "??!!", "?????", "!!!?", "!?!?", "?!!!", "!!!!!!!!!!", "??!", "!!!"])


def g_aggressive(lang, v):
    if lang == "fr":
        return R.choice([
            "vous auriez dû vous renseigner avant d'acheter", "ce n'est quand même pas compliqué à comprendre",
            "on n'est pas vos larbins", "débrouillez-vous avec le transporteur",
            "on ne répondra plus à ce genre de message", "la prochaine fois, réfléchissez avant de commander",
            "on a autre chose à faire que de vous répondre", "c'est écrit en gros sur le site, il suffit de savoir lire",
            "vous n'êtes pas le seul client", "estimez-vous heureux qu'on vous réponde",
            "personne ne vous a forcé à commander", "ça suffit maintenant avec vos réclamations"])
    return R.choice([
        "you should have checked before ordering", "it's not rocket science", "we're not your personal assistants",
        "sort it out with the courier yourself", "we won't be answering any more of these messages",
        "next time, think before you buy", "we have better things to do than answer this",
        "it's written right there on the site, learn to read", "you're not our only customer",
        "be glad we're even replying", "nobody forced you to order", "enough with the complaints already"])


# ---- links: return (url, extra_kinds)
SHORTENERS = ["rb.gy", "t.ly", "tiny.cc", "v.gd", "s.id", "lnkd.in", "bl.ink", "qrco.de", "dub.sh", "urlz.fr",
              "clck.ru", "shor.by"]
LOOKALIKES = ["paypal-resolution-center.com", "paypaI.fr", "pay-pal-france.com", "paypal.fr.co",
              "amazon-prime-renouvellement.fr", "amazn.fr", "amazon.fr-commande.net", "ameli-assure-remboursement.com",
              "ameli.fr.dossier-maj.com", "laposte-avis-passage.fr", "lapostte.fr", "colissimo-reprogrammation.com",
              "c0lissimo.fr", "chronopost-frais.com", "chron0post.fr", "impots-gouv.fr", "impot-remboursement-gouv.fr",
              "caf-aides-allocataire.fr", "caf.fr-prime.com", "orange-messagerie-securite.fr", "oranqe.fr",
              "free-mobile-facture.fr", "frree.fr", "gooogle.fr", "google-verification-compte.com", "appie.com",
              "icloud-apple-verify.com", "apple.com-support.info", "rnicrosoft.com", "microsoft365-login.net",
              "instagrarn.com", "instagram-verified-badge.com", "facebook-securite-compte.com", "faceboook.com",
              "tiktok-creator-fund.net", "tlktok.com", "netflix-renouvellement.com", "netf1ix.fr",
              "sncf-connect.fr-billet.com", "sncfconnect-remboursement.com", "leboncoin-paiement-securise.fr",
              "le-boncoin.fr", "vinted-livraison.com", "vlnted.fr", "decathlon-cadeau.fr", "decatlon.fr",
              "credit-agricole-securite.fr", "credit-agrlcole.fr", "vinted.help", "leboncoin.info"]
INSECURE = ["www.patisserie-lemoine.fr", "forum-mamans-bio.org", "www.ferme-du-vallon.fr",
            "creations-de-julie.over-blog.com", "www.coiffure-elegance-tours.fr", "vintage-finds-blog.net",
            "www.gites-de-bretagne.com", "asso-sport-quartier.org", "www.librairie-des-quais.fr",
            "makeup-reviews-daily.com", "www.brocante-du-dimanche.fr", "radio-locale-fm.net"]
NEUTRAL_TARGETS = ["lnk.mail-relay.eu", "secure-portal-check.com", "go.deals-now.shop", "t.newsletter-track.net",
                   "verify-session.info", "pages.promo-flash.io", "cdn-redirect.net", "hub.client-area.top"]
PATHS = ["connexion", "auth/confirm", "offre", "jeu", "colis/123", "mon-compte", "cadeau", "reclamer",
         "admin/login.php", "rembourser", "x", "p/5512", "home.htm", "articles/avis-2025", "photos/salon"]


def path():
    p = R.choice(PATHS)
    if R.random() < 0.3:
        p += R.choice(["?ref=", "?token=", "?u="]) + rnd(string.ascii_lowercase + string.digits, 8)
    return p


def scheme_http(p_http):
    return "http://" if R.random() < p_http else "https://"


def with_insecure(url):
    return [("link", "insecure")] if url.startswith("http://") else []


def g_ip_host(lang, v):
    host = g_ipv4() if R.random() < 0.85 else "[" + g_ipv6() + "]"
    port = R.choice(["", "", "", ":8000", ":3000", ":81"])
    url = scheme_http(0.5) + host + port + "/" + path()
    return url, with_insecure(url)


def g_punycode(lang, v):
    lab = "xn--" + rnd(string.ascii_lowercase, R.randint(3, 9)) + "-" + rnd(string.ascii_lowercase + string.digits, R.randint(3, 5))
    host = R.choice(["", "", "m.", "secure."]) + lab + "." + R.choice(["com", "fr", "info", "online", "eu"])
    url = scheme_http(0.15) + host + "/" + path()
    return url, with_insecure(url)


def g_lookalike(lang, v):
    host = R.choice(LOOKALIKES)
    r = R.random()
    if r < 0.15:
        url = "www." + host + "/" + path()
    else:
        url = scheme_http(0.15) + R.choice(["", "", "www.", "login.", "espace-client."]) + host + "/" + path()
    return url, with_insecure(url)


def g_shortener(lang, v):
    host = R.choice(SHORTENERS)
    code = rnd(ALNUM, R.randint(4, 9))
    r = R.random()
    url = (host + "/" + code) if r < 0.2 else (scheme_http(0.15) + host + "/" + code)
    return url, with_insecure(url)


def g_insecure(lang, v):
    return "http://" + R.choice(INSECURE) + "/" + path(), []


def g_blocklisted(lang, v):
    host = R.choice(["", "", "m.", "app.", "secure.", "fr.", "offres."]) + R.choice(BLOCKED)
    url = scheme_http(0.2) + host + "/" + path()
    return url, with_insecure(url)


def g_mismatch(lang, v):
    vis = R.choice(["www.colissimo.fr/suivi", "https://www.caf.fr", "vinted.fr/mon-compte", "leboncoin.fr/paiement",
                    "https://www.sncf-connect.com", "netflix.com/account", "www.credit-agricole.fr",
                    "www.maison-lirac.fr/jeu", "https://cedre-et-sel.com", "decathlon.fr/retours",
                    "https://www.free.fr/espace-abonne", "apple.com/fr/support"])
    tgt = "https://" + R.choice(NEUTRAL_TARGETS) + "/" + rnd(string.ascii_lowercase + string.digits, R.randint(2, 8))
    return f"[{vis}]({tgt})", []


GEN = {
    "pii.email": g_email, "pii.phone": g_phone, "pii.iban": g_iban, "pii.card": g_card, "pii.nir": g_nir,
    "pii.ip": g_ip, "pii.address": g_address, "pii.birthdate": g_birthdate,
    "secret.password": g_password, "secret.api_key": g_api_key, "secret.private_key": g_private_key,
    "secret.token": g_token, "confidential.lexicon": g_lexicon,
    "link.ip_host": g_ip_host, "link.punycode": g_punycode, "link.lookalike": g_lookalike,
    "link.shortener": g_shortener, "link.insecure": g_insecure, "link.blocklisted": g_blocklisted,
    "link.mismatch": g_mismatch,
    "illegal.hate": g_hate, "illegal.threat": g_threat, "insult.insult": g_insult,
    "tone.shouting": g_shouting, "tone.punctuation": g_punct, "tone.aggressive": g_aggressive,
}
CAPITALIZE_AT_START = {"illegal.hate", "illegal.threat", "insult.insult", "tone.aggressive"}

# ---------------------------------------------------------------- frames
LINK_FR = ["Dernière étape pour recevoir votre cadeau : {L}", "Je te mets le lien du questionnaire ici {L}",
           "{prenom} a reposté ça en story {L} 🤔", "Le transporteur indique de passer par {L} pour la livraison",
           "On peut épingler {L} sous la vidéo ?", "Une abonnée nous transfère {L}, tu confirmes que c'est nous ?",
           "Félicitations, réclamez votre lot sur {L} 🎉", "Maj du lien pour la campagne : {L}",
           "Voilà ce qu'on a reçu en commentaire : {L}"]
LINK_EN = ["Grab your reward before midnight: {L}", "Have a look at {L}", "The sign-up form for the event is {L}",
           "Could you pin {L} under the reel?", "A follower sent us {L}, is this one of ours?",
           "Confirm your details to avoid suspension: {L}", "Updated link for the media kit: {L}",
           "Saw this in the comments {L}"]


def link_frames(kind, extra_fr, extra_en):
    return {"fr": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_FR] + extra_fr,
            "en": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_EN] + extra_en}


FRAMES = {
    "pii.email": {"fr": ["Son adresse mail pour le partenariat : {f:pii.email}",
                         "Tu peux ajouter {f:pii.email} en copie du devis ?",
                         "La gagnante a répondu depuis {f:pii.email}, je lui envoie le bon.",
                         "Écrivez plutôt à {f:pii.email}, je regarde ça ce soir.",
                         "L'attachée de presse de {prenom}, c'est {f:pii.email}"],
                  "en": ["Her booking email is {f:pii.email}, cc me please.",
                         "The winner replied from {f:pii.email}, sending the voucher now.",
                         "Drop a line to {f:pii.email} and mention the campaign.",
                         "PR contact for {name}: {f:pii.email}"]},
    "pii.phone": {"fr": ["Vous pouvez me joindre au {f:pii.phone} en journée.",
                         "Numéro de la gagnante : {f:pii.phone}, elle préfère WhatsApp.",
                         "{prenom} a laissé son 06 : {f:pii.phone}",
                         "Le manager de l'influenceur répond au {f:pii.phone}.",
                         "Rappel demandé au {f:pii.phone} demain matin"],
                  "en": ["Text me on {f:pii.phone} when the courier is near.",
                         "The creator's manager picks up on {f:pii.phone}.",
                         "Best number to reach me is {f:pii.phone}",
                         "Callback requested: {f:pii.phone}"]},
    "pii.iban": {"fr": ["Mes coordonnées bancaires pour le virement : {f:pii.iban}",
                        "Facture de l'agence réglée sur le compte {f:pii.iban}, merci de vérifier.",
                        "Remboursez-moi sur ce compte svp : {f:pii.iban}",
                        "RIB de {prenom} {nom} → {f:pii.iban}"],
                 "en": ["Bank details for the creator fee: {f:pii.iban}",
                        "Please send the refund to this account, {f:pii.iban}.",
                        "Her agency's IBAN is {f:pii.iban} if finance asks."]},
    "pii.card": {"fr": ["Prenez le paiement sur ma carte {f:pii.card}, expire fin 2027.",
                        "Le client a écrit son numéro de carte en commentaire : {f:pii.card}",
                        "Voilà ma carte bancaire {f:pii.card} cryptogramme au dos"],
                 "en": ["Just use my card, {f:pii.card}, exp 04/28.",
                        "Someone posted {f:pii.card} under the giveaway, hiding the comment.",
                        "Card on file should be {f:pii.card}, can you double check?"]},
    "pii.nir": {"fr": ["Numéro de sécurité sociale pour la fiche de paie : {f:pii.nir}",
                       "La créatrice nous a transmis sa carte Vitale, n° {f:pii.nir}.",
                       "Mon n° de sécu : {f:pii.nir}, c'est pour le contrat."],
                "en": ["Her French social security number for the contract is {f:pii.nir}.",
                       "Social security no. (France): {f:pii.nir}"]},
    "pii.ip": {"fr": ["Les faux avis ont tous été postés depuis {f:pii.ip}.",
                      "Adresse IP relevée sur la commande suspecte : {f:pii.ip}",
                      "Tu peux blacklister {f:pii.ip} dans le back-office ?"],
               "en": ["The bot accounts all log in from {f:pii.ip}.",
                      "IP address on the chargeback order: {f:pii.ip}",
                      "Please block {f:pii.ip} on the store firewall."]},
    "pii.address": {"fr": ["Adresse pour l'envoi du coffret : {f:pii.address}",
                           "Le colis doit partir au {f:pii.address}, pas à l'ancienne adresse.",
                           "Je déménage, livrez-moi désormais au {f:pii.address}.",
                           "{prenom} {nom}, {f:pii.address} – c'est pour la box presse."],
                    "en": ["Send the gifting parcel to {f:pii.address}, please.",
                           "I've moved, my address is now {f:pii.address}.",
                           "Ship the replacement to {f:pii.address}"]},
    "pii.birthdate": {"fr": ["Mon fils est né le {f:pii.birthdate/fr_long}, il a l'âge pour le jeu ?",
                             "Date de naissance de la gagnante : {f:pii.birthdate/fr_num}",
                             "Pour le contrat, l'influenceuse est née le {f:pii.birthdate/fr_num}.",
                             "Naissance : {f:pii.birthdate/fr_long}, à Rouen.",
                             "Je vous confirme ma date de naissance, le {f:pii.birthdate}."],
                      "en": ["Date of birth {f:pii.birthdate/iso}, so he's old enough for the draw.",
                             "I was born on {f:pii.birthdate/en_long}, can you fix my profile?",
                             "Her birth date is {f:pii.birthdate/en_long} per her passport.",
                             "D.O.B.: {f:pii.birthdate/num}"]},
    "secret.password": {"fr": ["Identifiants de la boutique : {handle} / {f:secret.password}",
                               "Le mdp provisoire du compte TikTok est {f:secret.password}",
                               "Code d'accès à l'espace presse → mot de passe {f:secret.password}",
                               "pass : {f:secret.password} (change-le après la campagne)",
                               "Le mot de passe du wifi du showroom : {f:secret.password}"],
                        "en": ["Temp password for the shop admin is {f:secret.password}",
                               "Insta login {handle}, password {f:secret.password}",
                               "PW: {f:secret.password} - please rotate it after the launch.",
                               "password={f:secret.password}"]},
    "secret.api_key": {"fr": ["La clé de l'outil newsletter, c'est {f:secret.api_key}",
                              "Clé API Brevo pour les relances panier : {f:secret.api_key/brevo}",
                              "Je colle la clé ici pour que tu testes : {f:secret.api_key}",
                              "Token Shopify de la boutique : {f:secret.api_key/shopify}"],
                       "en": ["OpenAI key for the caption bot: {f:secret.api_key/openai}",
                              "GitLab token for the theme repo: {f:secret.api_key/gitlab}",
                              "SendGrid key is {f:secret.api_key/sendgrid}, keep it out of the doc.",
                              "api key: {f:secret.api_key/hex}",
                              "Here's our Anthropic key for the FAQ assistant {f:secret.api_key/anthropic}",
                              "Mailchimp API key → {f:secret.api_key/mailchimp}",
                              "npm token for the widget package: {f:secret.api_key/npm}"]},
    "secret.private_key": {"fr": ["Clé privée du serveur de l'appli, à ne pas diffuser :\n{f:secret.private_key}",
                                  "Ci-dessous la clé pour le déploiement\n{f:secret.private_key}\nMerci de la supprimer après."],
                           "en": ["Private key for the image server below:\n{f:secret.private_key}",
                                  "{f:secret.private_key}\nUse that for the staging box."]},
    "secret.token": {"fr": ["Voici le JWT de l'admin : {f:secret.token/jwt}",
                            "Header à ajouter : Authorization: Bearer {f:secret.token/opaque}",
                            "Le jeton d'accès de la boutique {f:secret.token/jwt} expire demain."],
                     "en": ["Token from the session cookie: {f:secret.token/jwt}",
                            "curl it with -H \"Authorization: Bearer {f:secret.token/opaque}\"",
                            "Bearer {f:secret.token} is the one for the reporting API."]},
    "confidential.lexicon": {"fr": ["On garde {f:confidential.lexicon} sous embargo jusqu'au lancement.",
                                    "Le brief de {f:confidential.lexicon} arrive cet après-midi.",
                                    "Pas un mot sur {f:confidential.lexicon} en commentaire, hein.",
                                    "Réunion {f:confidential.lexicon} déplacée à 11 h.",
                                    "{prenom} a fuité une photo de {f:confidential.lexicon} ?",
                                    "Les prix de « {f:confidential.lexicon} » ne sont pas encore fixés."],
                             "en": ["Please don't tag anything with {f:confidential.lexicon} before the reveal.",
                                    "Budget for {f:confidential.lexicon} got approved this morning.",
                                    "Who owns the {f:confidential.lexicon} timeline?",
                                    "The creator asked about {f:confidential.lexicon}, what do I say?"]},
    "link.ip_host": link_frames("link.ip_host", ["Le back-office provisoire est sur {f:link.ip_host}"],
                                ["Staging store lives at {f:link.ip_host} this week."]),
    "link.punycode": link_frames("link.punycode", [], []),
    "link.lookalike": link_frames("link.lookalike", ["Un remboursement vous attend, validez sur {f:link.lookalike}"],
                                  ["Delivery failed, reschedule at {f:link.lookalike}"]),
    "link.shortener": link_frames("link.shortener", ["Lien court pour la story : {f:link.shortener}", "➡️ {f:link.shortener}"],
                                  ["Bio link: {f:link.shortener}", "{f:link.shortener} 👀"]),
    "link.insecure": link_frames("link.insecure", ["Le site de l'asso partenaire : {f:link.insecure}"],
                                 ["That blog post about our launch: {f:link.insecure}"]),
    "link.blocklisted": link_frames("link.blocklisted", [], []),
    "link.mismatch": {"fr": ["Votre compte sera suspendu, mettez-le à jour ici {f:link.mismatch}",
                             "Pour le suivi de votre commande : {f:link.mismatch}",
                             "Toutes les infos sont sur {f:link.mismatch}."],
                      "en": ["Your refund is pending, confirm at {f:link.mismatch}.",
                             "Update your payment method: {f:link.mismatch}",
                             "Details here {f:link.mismatch}"]},
    "illegal.hate": {"fr": ["Commentaire sous le carrousel : « {f:illegal.hate} »", "{f:illegal.hate}, et votre campagne le montre bien.",
                            "Désolé mais {f:illegal.hate}.", "Tout le monde le sait, {f:illegal.hate}."],
                     "en": ["A comment under the reel says \"{f:illegal.hate}\"",
                            "{f:illegal.hate}, everyone knows it.", "Sorry but {f:illegal.hate}."]},
    "illegal.threat": {"fr": ["{f:illegal.threat}, tu l'auras cherché.",
                              "Retiens bien ça : {f:illegal.threat}.", "Reçu ce matin en privé : « {f:illegal.threat} »"],
                       "en": ["{f:illegal.threat}, you've been warned.",
                              "Mark my words, {f:illegal.threat}.", "Someone DM'd our CM: \"{f:illegal.threat}\""]},
    "insult.insult": {"fr": ["T'es vraiment qu'un {f:insult.insult/noun}.",
                             "{f:insult.insult/phrase}, vous m'avez envoyé la mauvaise taille.",
                             "Merci pour rien, {f:insult.insult/noun}.",
                             "Le conseiller au téléphone était un vrai {f:insult.insult/noun}",
                             "Allez, bouge-toi un peu, {f:insult.insult/noun} !", "{f:insult.insult/phrase} !"],
                      "en": ["You're such a {f:insult.insult/noun}.", "Thanks for nothing, {f:insult.insult/noun}.",
                             "{f:insult.insult/phrase}, where is my parcel?",
                             "Your support guy is an absolute {f:insult.insult/noun}."]},
    "tone.shouting": {"fr": ["{f:tone.shouting}, j'en ai assez d'attendre.", "Je vous l'écris en gros : {f:tone.shouting}.",
                             "Franchement, {f:tone.shouting}.", "{f:tone.shouting} 😡"],
                      "en": ["{f:tone.shouting}, I've had enough.", "Let me be clear: {f:tone.shouting}.",
                             "{f:tone.shouting} 😡"]},
    "tone.punctuation": {"fr": ["Trois semaines et toujours rien {f:tone.punctuation}",
                                "Vous avez supprimé mon avis {f:tone.punctuation} Pourquoi",
                                "C'est quoi ce délire {f:tone.punctuation}",
                                "Le drop est sold out en 5 minutes {f:tone.punctuation} 🔥", "Sérieux {f:tone.punctuation}"],
                         "en": ["Still waiting{f:tone.punctuation}", "Sold out in five minutes{f:tone.punctuation} 🔥",
                                "Who approved this{f:tone.punctuation}", "Seriously{f:tone.punctuation}"]},
    "tone.aggressive": {"fr": ["{f:tone.aggressive}.", "Monsieur, {f:tone.aggressive}, tout est expliqué dans le mail.",
                               "Pour la dernière fois, {f:tone.aggressive}.", "Écoutez, {f:tone.aggressive}."],
                        "en": ["{f:tone.aggressive}.", "For the last time, {f:tone.aggressive}.", "Honestly, {f:tone.aggressive}."]},
}

COMBOS = {
    "fr": ["Fiche gagnant : {prenom} {nom}, {f:pii.address}, portable {f:pii.phone}",
           "Contrat ambassadrice : {prenom} {nom}, date de naissance {f:pii.birthdate/fr_num}, RIB {f:pii.iban}",
           "Compte pub : {f:pii.email} / mot de passe {f:secret.password}",
           "{f:tone.shouting}{f:tone.punctuation}",
           "{f:insult.insult/phrase} {f:tone.punctuation} {f:tone.aggressive}.",
           "Exclu {f:confidential.lexicon} à découvrir ici {f:link.shortener} 🤐",
           "Contact de l'agence : {f:pii.email}, tél {f:pii.phone}",
           "Remboursez sur {f:pii.iban} {f:tone.punctuation}"],
    "en": ["Shipping label: {name} {last}, {f:pii.address}, {f:pii.phone}, {f:pii.email}",
           "Ads account: {f:pii.email} / pass {f:secret.password}",
           "{f:tone.shouting} {f:tone.punctuation}",
           "Sneak peek of {f:confidential.lexicon} here: {f:link.shortener}",
           "{f:illegal.threat}{f:tone.punctuation} {f:insult.insult/phrase}.",
           "Agency payout: {f:pii.iban}, invoices to {f:pii.email}"],
}

CLEAN = {
    "fr": ["Votre commande {order} a été remise au transporteur aujourd'hui 🚚",
           "Le duo soin est à {price} au lieu de {price2}, offre valable ce week-end.",
           "Livraison estimée le {date}, un SMS vous préviendra la veille.",
           "Le code article est {sku}, il est aussi indiqué sur {brand_url}.",
           "Vous avez oublié votre mot de passe ? Le lien « réinitialiser » est sous le formulaire de connexion.",
           "Le flacon précédent fuyait un peu, c'était nul, on a changé de fournisseur.",
           "Merci pour ce retour adorable !!",
           "Le suivi de votre colis est disponible ici : {public_url}",
           "Tirage au sort le {date}, le ou la gagnante sera contacté(e) en DM par notre compte officiel 🍀",
           "Un bon d'achat de {price} vous attend dans votre espace.",
           "{lexlike} de l'équipe relation client vous rappelle demain matin.",
           "Votre numéro de colis : {tracking}.",
           "-15 % sur tout le site avec {promo}, jusqu'au {date} inclus.",
           "La vidéo avec @{handle} sera en ligne le {date}, restez connectés ✨",
           "On a produit 1 200 exemplaires seulement, ça va partir vite.",
           "Le 40 est de retour en stock, foncez 🎉",
           "Demande n° {ticket} enregistrée, réponse sous 2 jours ouvrés.",
           "Le remboursement de {price} part aujourd'hui, comptez 3 à 5 jours.",
           "Le règlement complet est dans notre [page jeu-concours]({brand_url}).",
           "Le retour se fait gratuitement en point Relais Colis avec l'étiquette jointe.",
           "Désolés pour ce contretemps, ce n'est vraiment pas notre meilleur moment.",
           "La maison a été fondée en 2011 à Nantes par deux amies d'enfance.",
           "Le délai de rétractation court jusqu'au {date}.",
           "Notre équipe répond du mardi au samedi, de 10 h à 19 h.",
           "La teinte 07 Sable revient en avril, on vous prévient dès qu'elle est là.",
           "Je m'en occupe tout de suite 😊",
           "Votre colis attend au point retrait, pensez à prendre une pièce d'identité.",
           "Oui, la crème est vegan et sans parfum.",
           "Rendez-vous ce soir à 20 h en live pour le lancement, on vous attend !",
           "Rappel : notre équipe ne vous demandera jamais votre mot de passe ni votre code de carte.",
           "Seul le lien [colissimo.fr](https://www.colissimo.fr/) est le bon, ignorez les SMS de frais de douane.",
           "Votre facture F{year}-{ticket} est téléchargeable depuis l'espace client.",
           "Félicitations {prenom}, tu remportes le coffret de printemps 🎁",
           "Le baume n'est pas nul, il est juste plus riche, à utiliser le soir.",
           "Le montant de {price} prélevé correspond à votre box du mois.",
           "Le paquet fait 1,8 kg, les frais de port sont donc offerts.",
           "C'est validé pour l'échange en taille M !",
           "Le code FIDELE5 ne fonctionne pas sur les coffrets.",
           "Point d'étape avec l'agence le {date} à 15 h.",
           "Super, merci !", "Vu 👍", "Nickel, à plus tard !", "Merci beaucoup {prenom} !!",
           "On annonce les gagnants le {date} sur Instagram.",
           "Votre dossier de remboursement {order} est en cours.",
           "Le nouveau mascara sort le {date}, prix public {price}.",
           "Je comprends tout à fait, on s'en occupe en priorité.",
           "Dommage que la boîte soit arrivée écrasée, un nouvel envoi part demain.",
           "Méfiez-vous des comptes qui imitent le nôtre, on ne demande jamais de paiement en message privé.",
           "Le jeu a été contrôlé par un commissaire de justice.",
           "Le guide d'entretien est disponible sur {brand_url} 🧴",
           "Hello ! Tu serais dispo mardi pour un point sur la collab ?",
           "Notre seul site est {public_url}, attention aux copies.",
           "Mise à jour 3.2 de l'appli : le bug du code promo est corrigé.",
           "Le prélèvement SEPA portera la référence créancier {ics}.",
           "Référence de l'opération bancaire : {txn}, à transmettre à votre banque.",
           "Nos mentions légales : {brand} SAS, SIRET {siret}, TVA {vat}.",
           "Code EAN du soin : {ean}, votre pharmacie peut le commander.",
           "Envoi en UPS STANDARD, suivi par e-mail.",
           "Déjà plus de stock ?! Eh oui, en 8 minutes 😅",
           "Mot de passe perdu ? Passez par la page de connexion, rubrique « aide ».",
           "Merci 🙏", "Top !", "Trop chou !!", "Avec joie 😊", "Bien noté, merci.",
           "Votre carte cadeau n° {gift} est valable un an.",
           "Paiement reçu avec la carte {masked}, merci.",
           "Le mistral a retardé les livraisons dans le Sud, désolés.",
           "Les pop-up de la Côte d'Azur ont super bien marché cet été !",
           "Vos critiques nous aident, même quand c'est pour dire que c'est raté.",
           "Votre vidéo est juste TOP ✨",
           "La commande {order} du {date} est payée, merci.",
           "Votre numéro d'adhérent est le {ticket}.",
           "Rémunération : {price} + produits, virement à 45 jours."],
    "en": ["Your order {order} left the warehouse today 🚚",
           "The duo is {price_en} this weekend, then back to {price_en2}.",
           "Estimated delivery: {date_en}.",
           "Item code {sku}, also listed on {brand_url}.",
           "Forgot your password? Use the reset link under the sign-in form.",
           "The first pump was rubbish, we know, it's been replaced.",
           "Thank you so much!!",
           "Track your parcel here: {public_url}",
           "Entries close on {date_en} at 11:59pm UK time.",
           "We've added {price_en} in store credit to your account.",
           "Case {ticket} is open, we'll reply within two working days.",
           "Code {promo} gets you 20% off until {date_en}.",
           "Our video with @{handle} goes live on {date_en} ✨",
           "The 10 is back in stock 🎉",
           "Refunds can take up to 10 working days to appear.",
           "Full terms are in the [competition rules]({brand_url}).",
           "We will never DM you asking for a password or a code.",
           "The balm is vegan and fragrance-free.",
           "Sorry about the delay, that's not good enough from us.",
           "Invoice {year}-{ticket} is ready to download.",
           "Sorted, I've passed it to the warehouse team 😊",
           "Well done {name}, you've won the spring bundle 🎁",
           "Your tracking code is {tracking}.",
           "Returns are free via any InPost locker.",
           "Great, thanks!", "Speak soon!", "Amazing!!",
           "Join us live at 8pm on TikTok for the launch.",
           "Only [apple.com](https://www.apple.com/) is the real one, ignore the texts.",
           "We started in 2011 in a tiny Nantes workshop.",
           "Our team answers Tuesday to Saturday, 10am to 7pm.",
           "It's not a terrible formula, it's just richer, use it at night.",
           "That colour was a miss, we hear you, the new one is better.",
           "Totally understand, we're on it right now.",
           "Beware of accounts copying ours, we never ask for payment by DM.",
           "Free for a quick call on {date_en} about the brief?",
           "Refund {order} is approved, you'll get a confirmation email.",
           "The only official tracking page is {public_url}.",
           "Version 3.2 of the app fixes the promo code bug.",
           "Bank reference for the payment: {txn}.",
           "EAN for the balm is {ean} if your pharmacy wants to stock it.",
           "Password resets are only sent from our support address.",
           "Gone already?! Yep, eight minutes 😅",
           "Cheers!", "Obsessed 😍", "Noted, thanks.", "On it!!",
           "Sent with DHL PARCEL, tracking by email.",
           "Your gift card number is {gift}, valid for a year.",
           "Paid with card {masked}, thanks.",
           "{lexlike} from customer care will call you tomorrow.",
           "Your member number is {ticket}.",
           "Fee is {price_en} plus product, paid 45 days after posting.",
           "Not bad at all, it just needs a few days to settle."],
}

OPENERS = {"fr": ["Bonjour {prenom} !", "Salut {prenom},", "Hello {prenom} 👋", "Bonjour à tous,", "Coucou,",
                  "Bonjour Monsieur,", "Hello,", "Yo la team,"],
           "en": ["Hi {name}!", "Hello {name},", "Hey there,", "Good morning,", "Hi all,", "Hiya,"]}
CLOSERS = {"fr": ["Bonne journée !", "Belle soirée ✨", "À bientôt,", "La team {brand}", "Merci encore 🙏",
                  "Des bisous 💕", "Bien à vous,"],
           "en": ["Have a lovely day!", "Cheers!", "Thanks again 🙏", "- {brand} customer care", "Kind regards,", "x"]}

SLOT = re.compile(r"\{(f:)?([a-z_0-9./]+)\}")

def fr_typo(frame):
    """French typography on the literal frame text only (not on generated values)."""
    if R.random() < 0.8:
        sp = NBSP if R.random() < 0.7 else NNBSP
        frame = re.sub(r" ([:!?;»])", sp + r"\1", frame)
        frame = frame.replace("« ", "«" + sp)
        frame = re.sub(r" (\{f:tone\.punctuation\})", sp + r"\1", frame)
    if R.random() < 0.3:
        frame = frame.replace("'", "’")
    return frame


def render(frame, lang):
    """Return (text, findings) with findings as dicts holding start/end relative to text."""
    if lang == "fr":
        frame = fr_typo(frame)
    out, findings, pos = [], [], 0
    last = 0
    for m in SLOT.finditer(frame):
        lit = frame[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        name = m.group(2)
        if m.group(1):
            key, _, variant = name.partition("/")
            res = GEN[key](lang, variant or None)
            val, extra = (res if isinstance(res, tuple) else (res, []))
            if key in CAPITALIZE_AT_START and m.start() == 0:
                val = val[0].upper() + val[1:]
            cat, kind = key.split(".")
            for c, k in [(cat, kind)] + extra:
                findings.append({"category": c, "kind": k, "start": pos, "end": pos + len(val), "_v": val})
        else:
            val = FILLERS[name]()
        out.append(val)
        pos += len(val)
    out.append(frame[last:])
    return "".join(out), findings


def join(pieces, lang):
    """pieces: list of (text, findings). Returns merged (text, findings)."""
    text, finds = "", []
    for i, (t, fs) in enumerate(pieces):
        if i:
            text += R.choice([" ", " ", " ", "\n", "\n\n"]) if len(pieces) > 2 else R.choice([" ", " ", "\n"])
        off = len(text)
        text += t
        for f in fs:
            f = dict(f)
            f["start"] += off
            f["end"] += off
            finds.append(f)
    return text, finds


CUSTOMER_SIDE = {"illegal", "insult", "tone"}


def make_message(lang, primary):
    pieces = []
    if primary is None:  # clean
        k = R.choice([1, 1, 2, 2, 3])
        for fr in R.sample(CLEAN[lang], k):
            pieces.append(render(fr, lang))
    elif primary == "combo":
        pieces.append(render(R.choice(COMBOS[lang]), lang))
    else:
        pieces.append(render(R.choice(FRAMES[primary][lang]), lang))
        cat = primary.split(".")[0]
        if R.random() < 0.3:
            # keep CM-side content (pii/secret/confidential/link) and customer-side content
            # (illegal/insult/tone) mostly apart, so that messages stay plausible
            side = cat in CUSTOMER_SIDE
            if R.random() < 0.2:
                side = not side
            others = [k for k in ALL_KINDS if k.split(".")[0] != cat and k != "secret.private_key"
                      and (k.split(".")[0] in CUSTOMER_SIDE) == side]
            sec = R.choice(others)
            pieces.append(render(R.choice(FRAMES[sec][lang]), lang))
            if R.random() < 0.25:
                third = R.choice([k for k in others if k.split(".")[0] != sec.split(".")[0]])
                pieces.append(render(R.choice(FRAMES[third][lang]), lang))
        R.shuffle(pieces)
        if R.random() < 0.45:
            pieces.insert(R.randint(0, len(pieces)), render(R.choice(CLEAN[lang]), lang))
    if R.random() < 0.25:
        pieces.append(render(R.choice(CLOSERS[lang]), lang))
    text, finds = join(pieces, lang)
    if R.random() < 0.45:
        op, _ = render(R.choice(OPENERS[lang]), lang)
        sep = "\n" if R.random() < 0.7 else " "
        if sep == " " and op.endswith(",") and text[:1].isupper() and not text[:2].isupper() \
                and not any(f["start"] == 0 for f in finds):
            text = text[0].lower() + text[1:]
        off = len(op) + 1
        text = op + sep + text
        for f in finds:
            f["start"] += off
            f["end"] += off
    return text, finds


# ---------------------------------------------------------------- validation
def norm(s):
    return strip_accents(s).lower()


LEX_RE = []
CAPS_TOKEN = re.compile(r"^[^\w]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)[^\w]*$")


def caps_runs(text):
    """Runs (start,end) of >=3 consecutive all-caps words (>=2 letters, no digits)."""
    runs, cur = [], []
    for m in re.finditer(r"\S+", text):
        if CAPS_TOKEN.match(m.group()):
            cur.append(m)
        else:
            if len(cur) >= 3:
                runs.append((cur[0].start(), cur[-1].end()))
            cur = []
    if len(cur) >= 3:
        runs.append((cur[0].start(), cur[-1].end()))
    return runs


def covered(span, findings, cat=None, kind=None):
    s, e = span
    return any(f["start"] < e and s < f["end"] and (cat is None or f["category"] == cat) and
               (kind is None or f["kind"] == kind) for f in findings)


def validate(rows):
    seen = set()
    for r in rows:
        t, fs = r["text"], r["findings"]
        assert t not in seen, ("duplicate", r["id"])
        seen.add(t)
        assert r["lang"] in ("fr", "en")
        for f in fs:
            assert f["kind"] in KINDS[f["category"]], f
            assert 0 <= f["start"] < f["end"] <= len(t), (r["id"], f)
            span = t[f["start"]:f["end"]]
            assert span == span.strip() and span, (r["id"], repr(span))
            k = f["category"] + "." + f["kind"]
            if k == "pii.iban":
                assert iban_valid(span), (r["id"], span)
            if k == "pii.card":
                assert luhn_ok(span) and 13 <= sum(c.isdigit() for c in span) <= 19, (r["id"], span)
            if k == "pii.nir":
                d = re.sub(r"[ .-]", "", span)
                assert len(d) == 15 and d.isdigit() and nir_key(d[:13]) == int(d[13:]), (r["id"], span)
            if k == "secret.private_key":
                assert span.startswith("-----BEGIN ") and span.endswith("PRIVATE KEY-----"), r["id"]
            if k == "secret.token" and span.startswith("eyJ"):
                assert span.count(".") == 2
        nt = norm(t)
        for rx in LEX_RE:
            for m in rx.finditer(nt):
                assert covered(m.span(), fs, "confidential", "lexicon"), (r["id"], "unlabeled lexicon", m.group())
        for m in re.finditer(r"[!?]{3,}", t):
            assert covered(m.span(), fs, "tone", "punctuation") or covered(m.span(), fs, "secret"), (r["id"], "punct")
        for s, e in caps_runs(t):
            assert covered((s, e), fs), (r["id"], "caps run", t[s:e])
        for m in re.finditer(r"http://\S+", t):
            assert covered(m.span(), fs, "link", "insecure"), (r["id"], "http")
        for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", t):
            assert covered(m.span(), fs, "pii", "email"), (r["id"], "email", m.group())
        if not fs:
            for m in re.finditer(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)", t):
                d = re.sub(r"\D", "", m.group())
                assert not (luhn_ok(d) and d[0] in "2345"), (r["id"], "luhn card in clean", m.group())
            for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", t):
                assert not iban_valid(m.group()), (r["id"], "valid iban in clean")
            assert "xn--" not in t and "BEGIN" not in t and "eyJ" not in t, r["id"]
        if f"{'!'}" in t and not fs:
            assert "!!!" not in t
    return True


# ---------------------------------------------------------------- main
def build(n, prefix):
    n_clean = round(n * CLEAN_SHARE)
    n_fr = round(n * FR_SHARE)
    langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
    R.shuffle(langs)
    primaries = [None] * n_clean
    kinds_cycle = []
    while len(kinds_cycle) < n - n_clean:
        block = ALL_KINDS + ["combo", "combo", "pii.card", "pii.phone", "link.blocklisted", "link.mismatch",
                             "pii.address", "tone.aggressive", "secret.token", "pii.nir"]
        R.shuffle(block)
        kinds_cycle += block
    primaries += kinds_cycle[: n - n_clean]
    R.shuffle(primaries)
    rows, seen = [], set()
    for i, (lang, prim) in enumerate(zip(langs, primaries)):
        for _attempt in range(200):
            text, finds = make_message(lang, prim)
            limit = 560 if any(f["kind"] == "private_key" for f in finds) else 400
            if 5 <= len(text) <= limit and text not in seen:
                break
        seen.add(text)
        finds.sort(key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))
        rows.append({"id": f"{prefix}-{i + 1:04d}", "lang": lang, "text": text,
                     "findings": [{k: f[k] for k in ("category", "kind", "start", "end")} for f in finds],
                     "_vals": [f["_v"] for f in finds]})
    for r in rows:
        for f, v in zip(r["findings"], r.pop("_vals")):
            assert r["text"][f["start"]:f["end"]] == v, (r["id"], v)
    return rows


def main():
    global R, LEXICON, BLOCKED, LEX_RE
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("-n", type=int, default=N_DEFAULT)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lists", default=None, help="folder holding lexicon.txt and blocked-domains.txt")
    a = ap.parse_args()
    d = find_lists(a.lists)
    LEXICON[:] = read_list(d, "lexicon.txt")
    BLOCKED[:] = read_list(d, "blocked-domains.txt")
    LEX_RE = [re.compile(r"(?<![\w-])" + re.escape(norm(t)) + r"(?![\w-])") for t in LEXICON]
    R = random.Random(a.seed)
    rows = build(a.n, f"para{a.seed}")
    validate(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(f["category"] + "." + f["kind"] for r in rows for f in r["findings"])
    clean = sum(1 for r in rows if not r["findings"])
    fr = sum(1 for r in rows if r["lang"] == "fr")
    print(f"wrote {len(rows)} rows to {a.out}: clean={clean} fr={fr} en={len(rows) - fr}", file=sys.stderr)
    for k in ALL_KINDS:
        print(f"  {k:24s} {c[k]}", file=sys.stderr)


if __name__ == "__main__":
    main()
