#!/usr/bin/env python3
"""Blind labeled message generator for the chat-message risk scanner (gold corpus, same format as guard-dev.jsonl).

stdlib only, deterministic.  Usage:  python3 gen_blind.py --seed 1 -n 3000 -o gen1.jsonl
Same labeling conventions and kind mix as the dev generator, but all wording, names, layouts, countries,
providers, domains and tricks are new.  Every span is recorded while the text is assembled, and every line is
re-checked (check_row / validate) before it is written; a line that fails a check is regenerated.
"""
import argparse
import base64
import datetime
import encodings.idna
import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
# The evaluation lists (lexicon, block list, protected brands) beside the repository.
EVAL_DIR = os.environ.get("EVAL_DIR", os.path.join(HERE, "..", "..", "..", "..", "shared", "eval"))
N_DEFAULT = 3000
CLEAN_SHARE = 0.35
FR_SHARE = 0.60

NBSP = "\u00a0"
NNBSP = "\u202f"

from eval_lists import KINDS  # noqa: E402
ALL_KINDS = [f"{c}.{k}" for c, ks in KINDS.items() for k in ks]

R = random.Random(0)  # reseeded in main()

LEXICON = []
BLOCKED = []


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


# ================================================================ small helpers
def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def nz_digits(n):
    return R.choice("123456789") + digits(n - 1)


def rnd(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


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


def iban_valid(iban):
    s = re.sub(r"[\s\u00a0\u202f]", "", iban).upper()
    if len(s) < 8 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum():
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def nir_key13(n13):
    return 97 - int(n13.replace("2A", "19").replace("2B", "18")) % 97


# ================================================================ tricky-clean number makers
CARD_RUN = re.compile(r"(?<!\d)\d(?:[ \-.\u00a0]?\d){12,18}(?!\d)")
PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)\d(?:[ .\-/()\u00a0\u202f]{0,2}\d){7,}")
PHONE_FR = re.compile(r"(?<!\d)0\d(?:[ .\-/\u00a0\u202f]?\d\d){4}(?!\d)")
IBANISH = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,8}(?:[ \u00a0]?[A-Za-z0-9]{1,4})?\b")


def luhn_runs(text):
    """All 13..19-digit (optionally separated) substrings that pass Luhn; returns list of (start, end, digits)."""
    out = []
    for m in re.finditer(r"\d(?:[ \-.\u00a0\u202f]?\d)*", text):
        s = m.group()
        pos = [m.start() + i for i, c in enumerate(s) if c.isdigit()]
        ds = [c for c in s if c.isdigit()]
        for i in range(len(ds)):
            for j in range(i + 13, min(len(ds), i + 19) + 1):
                d = "".join(ds[i:j])
                if luhn_ok(d):
                    out.append((pos[i], pos[j - 1] + 1, d))
    return out


def numeric_safe(s):
    """True if s has no Luhn-valid card-like run (prefix 1-7), no valid IBAN and nothing phone-shaped."""
    for _, _, d in luhn_runs(s):
        if d[0] in "1234567":
            return False
    for m in IBANISH.finditer(s):
        if iban_valid(m.group()):
            return False
    return not (PHONE_INTL.search(s) or PHONE_FR.search(s))


def safe(maker):
    def wrapped():
        for _ in range(1000):
            v = maker()
            if numeric_safe(v):
                return v
        raise RuntimeError("could not make a safe value")
    return wrapped


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(d):
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def rdate(y0=2024, y1=2026):
    while True:
        y, m, d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 31)
        try:
            return datetime.date(y, m, d)
        except ValueError:
            continue


def price_fr():
    c = R.choice(["00", "90", "95", "49", "80", "99", "10"])
    r = R.random()
    if r < 0.25:
        return f"{R.randint(1, 4)}{R.choice([NBSP, NNBSP])}{R.randint(0, 999):03d},{c}{NBSP}€"
    if r < 0.5:
        return f"{R.randint(3, 249)},{c}{R.choice([NBSP, ' ', ''])}€"
    if r < 0.65:
        return f"{R.randint(3, 249)},{c}{NBSP}€ TTC"
    if r < 0.75:
        return f"{R.randint(3, 249)},{c} EUR"
    if r < 0.85:
        return f"{R.randint(3, 99)}.{c}€"
    return f"{R.randint(3, 480)}{NBSP}€ HT"


def price_en():
    c = R.choice(["00", "95", "49", "99", "25", "75"])
    r = R.random()
    if r < 0.2:
        return f"${R.randint(1, 4)},{R.randint(0, 999):03d}.{c}"
    if r < 0.45:
        return f"£{R.randint(3, 249)}.{c}"
    if r < 0.6:
        return f"CA${R.randint(5, 199)}.{c}"
    if r < 0.72:
        return f"CHF {R.randint(5, 199)}.{c}"
    if r < 0.84:
        return f"€{R.randint(3, 199)}"
    return f"{R.randint(5, 199)}.{c} USD"


def date_fr():
    dt = rdate()
    r = R.random()
    if r < 0.2:
        return f"{dt.day} {MONTHS_FR[dt.month - 1]} {dt.year}"
    if r < 0.4:
        return f"{WEEKDAYS_FR[dt.weekday()]} {dt.day}/{dt.month}"
    if r < 0.55:
        return f"{dt.day} {MONTHS_FR_ABBR[dt.month - 1]}"
    if r < 0.7:
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year}"
    if r < 0.8:
        return dt.isoformat()
    return f"{dt.day}/{dt.month}"


def date_en():
    dt = rdate()
    r = R.random()
    if r < 0.2:
        return f"{MONTHS_EN_ABBR[dt.month - 1]} {dt.day}"
    if r < 0.4:
        return f"{WEEKDAYS_EN[dt.weekday()]}, {MONTHS_EN[dt.month - 1]} {dt.day}"
    if r < 0.55:
        return f"{dt.day}/{dt.month}/{dt.year}"
    if r < 0.7:
        return dt.isoformat()
    return f"{MONTHS_EN[dt.month - 1]} {ordinal(dt.day)}"


@safe
def order_no():
    y = R.choice([2024, 2025, 2026])
    return R.choice([f"#{R.randint(10000, 999999)}", f"WEB-{y}{R.randint(1, 12):02d}-{R.randint(1000, 99999)}",
                     f"SO{nz_digits(8)}", f"A{R.randint(100, 999)}-{R.randint(1000, 9999)}",
                     f"{y}{digits(6)}", f"CO-{rnd(string.ascii_uppercase, 2)}{R.randint(10000, 99999)}",
                     f"n°{R.randint(100000, 9999999)}"])


def sku():
    return R.choice([f"LUN-SV-{R.randint(100, 999)}", f"BRD/{R.randint(1000, 9999)}/{R.choice(['XS', 'S', 'M', 'L', 'XL', 'TU'])}",
                     f"CH{R.randint(10000, 99999)}-{R.choice(['NOIR', 'SABLE', 'KAKI', 'BLEU'])}",
                     f"OMB-{rnd('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{R.randint(100, 999)}",
                     f"MS_{R.randint(1000, 9999)}_{R.randint(10, 99)}", f"art. {R.randint(100000, 999999)}"])


def s10(suffix):
    body = digits(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return rnd("ACELRVXY", 1) + rnd(string.ascii_uppercase, 1) + body + str(c) + suffix


@safe
def tracking():
    r = R.random()
    if r < 0.3:
        return s10(R.choice(["FR", "FR", "GB", "BE", "CH"]))
    if r < 0.45:
        return group("0" + digits(13), [4, 4, 4], " ")
    if r < 0.6:
        return nz_digits(10)
    if r < 0.72:
        return digits(8)
    if r < 0.85:
        return group(nz_digits(12), [4, 4, 4], " ")
    return "JVGL" + digits(14)


@safe
def ics():
    while True:
        cc = R.choice(["DE", "NL", "IT", "BE", "AT"])
        v = cc + digits(2) + "ZZZ" + digits(R.choice([9, 10, 11, 12]))
        if not iban_valid(v):
            return v


@safe
def txn_ref():
    while True:
        n = R.choice("3456") + digits(R.choice([15, 15, 18]))
        if not luhn_ok(n):
            return R.choice([group4(n), n, group4(n, "-")])


def siret():
    while True:
        n = R.choice("89") + digits(13)
        if luhn_ok(n) and numeric_safe(n):
            return R.choice([n, group(n, [3, 3, 3], " ")])


def siren():
    while True:
        n = R.choice("3456789") + digits(8)
        if luhn_ok(n) and numeric_safe(n):
            return R.choice([n, group(n, [3, 3, 3], " ")])


def tva():
    while True:
        s = R.choice("3456789") + digits(8)
        key = (12 + 3 * (int(s) % 97)) % 97
        v = R.choice([f"FR{key:02d}{s}", f"FR {key:02d} {s}", f"FR{key:02d} {s[:3]} {s[3:6]} {s[6:]}"])
        if numeric_safe(v):
            return v


def ean():
    while True:
        body = R.choice(["400", "412", "50", "54", "76", "80", "84", "87"])
        body += digits(12 - len(body))
        chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        n = body + str(chk)
        if not luhn_ok(n) and numeric_safe(n):
            return n


BICS = ["AGRIFRPP882", "CEPAFRPP751", "SOGEFRPP", "CMCIFR2A", "BREDFRPP", "PSSTFRPPPAR", "GEBABEBB", "UBSWCHZH80A",
        "POFICHBEXXX", "CCBPFRPPNAN", "BNPAFRPPXXX", "CRLYFRPP"]


def rum():
    return R.choice([f"RUM-{R.randint(2023, 2026)}-{R.randint(100000, 999999)}", f"++{rnd(UPALNUM, 10)}",
                     f"MDT{R.randint(10000000, 99999999)}"])


def hour_fr():
    return R.choice([f"{R.randint(8, 20)} h {R.choice(['00', '15', '30', '45'])}", f"{R.randint(8, 20)}h",
                     f"{R.randint(8, 20)}h{R.choice(['00', '30'])}"])


# ================================================================ people, brands, urls used by clean fillers
PRENOMS_FR = ["Margaux", "Élodie", "Romain", "Quentin", "Clémence", "Maëlys", "Enzo", "Lina", "Nolan", "Célia",
              "Axel", "Justine", "Florian", "Pauline", "Adrien", "Laurine", "Mehdi", "Salomé", "Benoît", "Capucine",
              "Gaëtan", "Lou", "Maxime", "Noémie", "Yanis", "Ophélie", "Julien", "Aurélie", "Dylan", "Solène",
              "Rayan", "Mélissa", "Jérémy", "Amandine", "Thibault", "Héloïse", "Karim", "Sarah", "Loïc", "Estelle",
              "Bilal", "Agathe", "Cyril", "Elsa", "Tristan", "Nadia", "Valentin", "Fanny", "Killian", "Anissa",
              "Gabin", "Lison", "Matthieu", "Charlène", "Samir", "Victoire", "Arnaud", "Maëva", "Timothée",
              "Coralie", "Aurore"]
NOMS_FR = ["Petit", "Durand", "Leroy", "Roux", "Morel", "Fournier", "Chevalier", "Perrin", "Robin", "Masson",
           "Sanchez", "Boyer", "Denis", "Lemoine", "Gauthier", "Brun", "Blanchard", "Guérin", "Muller", "Henry",
           "Roussel", "Colin", "Vidal", "Caron", "Picard", "Renaud", "Aubert", "Meunier", "Lacroix", "Barbier",
           "Haddad", "Benmansour", "Traoré", "Diallo", "Le Goff", "Pereira", "Da Silva", "Marchand", "Leclerc",
           "Hamon", "Royer", "Besson", "Poirier"]
NAMES_EN = ["Chloe", "Harry", "Isla", "Oscar", "Amelia", "Leo", "Ruby", "Charlie", "Freya", "George", "Poppy",
            "Alfie", "Evie", "Archie", "Hannah", "Mason", "Zara", "Tyler", "Megan", "Madison", "Caleb", "Aaliyah",
            "Owen", "Priya", "Marcus", "Jasmine", "Connor", "Leah", "Wyatt", "Brooke", "Declan", "Naomi", "Finn",
            "Tessa", "Elliot", "Keira", "Rohan", "Imogen", "Jude"]
LAST_EN = ["Wilson", "Davies", "Evans", "Thomas", "Roberts", "Wright", "Thompson", "White", "Edwards", "Green",
           "Hall", "Wood", "Harris", "Lewis", "Martinez", "Robinson", "Clark", "Young", "King", "Scott", "Baker",
           "Adams", "Nelson", "Carter", "Mitchell", "Turner", "Phillips", "Campbell", "Parker", "Collins", "O'Brien",
           "Kaur", "Singh", "Okafor", "Nowak", "Fraser"]
HANDLES = ["margaux.glowup", "romain_trail", "lou.danslacuisine", "noemie_thrift", "axel.ride", "celia.skincarediary",
           "the.thrifty.brit", "priya.makes", "oscar_on_wheels", "ruby.reads.and.glows", "zara_fitlife",
           "capucine.voyage", "enzo_gaming_fr", "lina.nailart", "clemence.minimal", "owen.brews", "tessa.plantmum",
           "karim.streetwear", "solene_yoga", "jude.films", "maelys.ootd", "yanis.cuisine", "agathe_diy",
           "finn.outdoors", "imogen.bakes", "gabin.sneakers", "estelle.mamancool", "marcus.lifts", "heloise.beaute",
           "naomi.naturalhair"]
PROMOS = ["SILLAGE15", "PRINTEMPS25", "LUNAIA10", "FLASH40", "MERCI12", "VIP30", "BFRIDAY35", "HIVER20", "COPINE15",
          "OMBELLE5", "ETE2025", "FIRST15", "SPRING10", "THANKYOU20", "GIFT25", "CYBER40", "FRIENDS10", "RENTREE15",
          "SOLDES50", "NEWBIE5"]
BRANDS = ["Sillage Paris", "Lunaïa", "Brindille & Co", "Cap Horn", "Ombelle", "Mirabelle Studio"]
BRAND_URLS = ["https://www.sillage-paris.fr/pages/jeu-concours", "https://www.sillage-paris.fr/account/login",
              "https://www.sillage-paris.fr/pages/livraison", "https://lunaia-cosmetiques.com/collections/soins-visage",
              "https://lunaia-cosmetiques.com/pages/retours", "https://lunaia-cosmetiques.com/pages/programme-fidelite",
              "https://brindille-and-co.fr/guide-des-tailles", "https://brindille-and-co.fr/blogs/journal/nouvelle-collection",
              "https://www.caphorn-outdoor.com/fr-fr/garantie", "https://www.caphorn-outdoor.com/en-gb/returns",
              "https://shop.caphorn-outdoor.com/support/contact", "https://ombelle.shop/pages/faq",
              "https://ombelle.shop/account/register", "https://mirabelle-studio.com/reglement",
              "https://mirabelle-studio.com/en/giveaway-terms", "https://ombelle.shop/account/login?return_url=%2Fpanier",
              "https://mirabelle-studio.com/account/login", "https://brindille-and-co.fr/pages/contact"]
PUBLIC_URLS = ["https://www.colissimo.fr/entreprise/suivi", "https://www.chronopost.fr/fr/particulier/aide",
               "https://www.laposte.fr/particulier/aide", "https://www.ameli.fr/paris/assure/remboursements",
               "https://www.impots.gouv.fr/accueil", "https://www.caf.fr/allocataires/mon-compte",
               "https://www.sncf-connect.com/app/account/login", "https://www.leboncoin.fr/compte/part/mes-annonces",
               "https://www.vinted.fr/catalog", "https://www.decathlon.fr/help/suivi-commande",
               "https://www.credit-agricole.fr/particulier/acceder-a-mes-comptes.html", "https://www.orange.fr/portail",
               "https://www.free.fr/assistance/", "https://myaccount.google.com/security",
               "https://appleid.apple.com/sign-in", "https://account.microsoft.com/account",
               "https://www.instagram.com/accounts/login/", "https://www.facebook.com/business/help",
               "https://www.netflix.com/fr/login", "https://www.tiktok.com/login",
               "https://www.paypal.com/myaccount/summary", "https://www.amazon.com/gp/help/customer/display.html",
               "https://www.amazon.fr/gp/your-account/order-history", "https://www.google.fr/maps",
               "https://www.laposte.net/accueil", "https://www.leboncoin.fr/aide", "https://www.decathlon.fr/login",
               "https://www.sncf-connect.com/aide", "https://www.caf.fr/allocataires",
               "https://www.ameli.fr/assure/adresses-et-contacts", "https://www.impots.gouv.fr/particulier/questions",
               "https://www.orange.fr/espace-client", "https://mobile.free.fr/account/", "https://www.credit-agricole.fr/",
               "https://www.netflix.com/youraccount", "https://www.facebook.com/login/", "https://www.tiktok.com/@sillageparis",
               "https://www.instagram.com/lunaia.cosmetiques/", "https://support.microsoft.com/fr-fr",
               "https://support.google.com/accounts", "https://www.apple.com/fr/shop/bag", "https://www.paypal.fr/signin"]
MD_OK_FR = [("règlement du jeu", "https://mirabelle-studio.com/reglement"),
            ("guide des tailles", "https://brindille-and-co.fr/guide-des-tailles"),
            ("FAQ", "https://ombelle.shop/pages/faq"), ("page retours", "https://lunaia-cosmetiques.com/pages/retours"),
            ("conditions de garantie", "https://www.caphorn-outdoor.com/fr-fr/garantie"),
            ("infos livraison", "https://www.sillage-paris.fr/pages/livraison")]
MD_OK_EN = [("giveaway terms", "https://mirabelle-studio.com/en/giveaway-terms"),
            ("returns page", "https://www.caphorn-outdoor.com/en-gb/returns"),
            ("help centre", "https://www.facebook.com/business/help"), ("FAQ", "https://ombelle.shop/pages/faq"),
            ("contact form", "https://shop.caphorn-outdoor.com/support/contact")]
MD_SITE = [("colissimo.fr", "https://www.colissimo.fr/entreprise/suivi"), ("www.ameli.fr", "https://www.ameli.fr/paris/assure/remboursements"),
           ("impots.gouv.fr", "https://www.impots.gouv.fr/accueil"), ("www.caf.fr", "https://www.caf.fr/allocataires/mon-compte"),
           ("sncf-connect.com", "https://www.sncf-connect.com/app/account/login"), ("leboncoin.fr", "https://www.leboncoin.fr/compte/part/mes-annonces"),
           ("decathlon.fr", "https://www.decathlon.fr/help/suivi-commande"), ("ombelle.shop", "https://ombelle.shop/pages/faq"),
           ("www.sillage-paris.fr", "https://www.sillage-paris.fr/pages/livraison"), ("paypal.com", "https://www.paypal.com/myaccount/summary"),
           ("appleid.apple.com", "https://appleid.apple.com/sign-in"), ("chronopost.fr", "https://www.chronopost.fr/fr/particulier/aide")]
API_HOSTS = ["api.ombelle.shop", "api.sillage-paris.fr"]


def host_of(url):
    m = re.match(r"(?:[a-z]+://)?(?:[^@/\s]*@)?(\[[^\]]+\]|[^/:?#\s]+)", url)
    return m.group(1).lower() if m else ""


SAFE_HOSTS = sorted({host_of(u) for u in BRAND_URLS + PUBLIC_URLS} | {host_of(u) for _, u in MD_OK_FR + MD_OK_EN + MD_SITE}
                    | {host_of(t) for t, _ in MD_SITE} | set(API_HOSTS))


def md_ok_fr():
    t, u = R.choice(MD_OK_FR)
    return f"[{t}]({u})"


def md_ok_en():
    t, u = R.choice(MD_OK_EN)
    return f"[{t}]({u})"


def md_site():
    t, u = R.choice(MD_SITE)
    return f"[{t}]({u})"


FILLERS = {
    "prenom": lambda: R.choice(PRENOMS_FR), "prenom2": lambda: R.choice(PRENOMS_FR),
    "nom": lambda: R.choice(NOMS_FR),
    "name": lambda: R.choice(NAMES_EN), "name2": lambda: R.choice(NAMES_EN),
    "last": lambda: R.choice(LAST_EN),
    "handle": lambda: R.choice(HANDLES), "promo": lambda: R.choice(PROMOS), "brand": lambda: R.choice(BRANDS),
    "price": price_fr, "price2": price_fr, "price_en": price_en, "price_en2": price_en,
    "date": date_fr, "date2": date_fr, "date_en": date_en, "date_en2": date_en,
    "month": lambda: R.choice(MONTHS_FR), "month_en": lambda: R.choice(MONTHS_EN),
    "order": order_no, "sku": sku, "tracking": tracking,
    "ticket": lambda: str(R.randint(10000, 99999)), "year": lambda: str(R.choice([2024, 2025, 2026])),
    "brand_url": lambda: R.choice(BRAND_URLS), "public_url": lambda: R.choice(PUBLIC_URLS),
    "md_ok": md_ok_fr, "md_ok_en": md_ok_en, "md_site": md_site,
    "ics": ics, "txn": txn_ref, "siret": siret, "siren": siren, "tva": tva, "ean": ean,
    "bic": lambda: R.choice(BICS), "rum": rum, "hour": hour_fr,
    "pct": lambda: str(R.choice([10, 12, 15, 20, 25, 30, 40, 50])),
    "qty": lambda: str(R.randint(2, 60)),
    "api_host": lambda: R.choice(API_HOSTS),
}


# ================================================================ value generators (risky)
EMAIL_DOMAINS_FR = ["gmx.fr", "live.fr", "yahoo.fr", "neuf.fr", "bbox.fr", "numericable.fr", "skynet.be", "bluewin.ch",
                    "videotron.ca", "hotmail.com", "protonmail.com", "studio-influence.fr", "lafabrique-creative.com",
                    "wemanage-talents.com", "agence-lumiere-rp.fr", "sillage-paris.fr", "aol.fr", "posteo.net"]
EMAIL_DOMAINS_EN = ["aol.com", "me.com", "mail.com", "msn.com", "zoho.com", "tutanota.com", "btinternet.com", "sky.com",
                    "comcast.net", "sympatico.ca", "googlemail.com", "posteo.de", "web.de", "talentbureau.io",
                    "creators-hub.co", "northstar-mgmt.com", "yahoo.co.uk", "fastmail.com"]
EMAIL_TAGS = ["collab", "pro", "shop", "box", "rp", "insta", "promo", "contact"]


def slug(s):
    return re.sub(r"[^a-z]", "", strip_accents(s).lower())


def g_email(lang, v):
    fr = (lang == "fr") ^ (R.random() < 0.15)
    first = slug(R.choice(PRENOMS_FR if fr else NAMES_EN))
    last = slug(R.choice(NOMS_FR if fr else LAST_EN))
    dom = R.choice(EMAIL_DOMAINS_FR if fr else EMAIL_DOMAINS_EN)
    yy = R.randint(80, 99) if R.random() < 0.5 else R.randint(0, 12)
    local = R.choice([f"{first}.{last}{yy:02d}", f"{first[0]}{last}", f"{last}-{first}", f"{first}+{R.choice(EMAIL_TAGS)}",
                      f"{first}.{last}.pro", f"{first}{last}{digits(3)}", f"booking.{first}{last}", f"{first}_{yy:02d}",
                      f"hello.{R.choice(HANDLES).replace('.', '').replace('_', '')}", f"{first}.{last[0]}",
                      f"{first}-{last}", f"{last}{first[0]}"])
    if R.random() < 0.08:
        local = local[0].upper() + local[1:]
        dom = dom[0].upper() + dom[1:]
    return local + "@" + dom


def fr_pairs(d):
    return [d[i:i + 2] for i in range(0, len(d), 2)]


def ph_fr_mobile():
    d = R.choice("67") + digits(8)
    p = fr_pairs(d[1:])
    return R.choice([f"(+33) {d[0]} " + " ".join(p), f"+33 {d[:3]} {d[3:6]} {d[6:]}", f"0{d[:3]} {d[3:7]} {d[7:]}",
                     f"0{d[0]} {d[1:5]} {d[5:]}", "+33" + d[0] + " " + " ".join(p), "0033" + d,
                     f"0{d[0]}/" + "/".join(p), f"+33 (0){d[0]}-" + "-".join(p), f"0{d[0]}{NBSP}" + NBSP.join(p),
                     f"0{d[0]}{NNBSP}" + NNBSP.join(p)])


def ph_fr_fixe():
    d = R.choice("123459") + digits(8)
    p = fr_pairs(d[1:])
    return R.choice([f"(+33) {d[0]} " + " ".join(p), f"+33 (0){d[0]}-" + "-".join(p), f"0{d[0]}{NBSP}" + NBSP.join(p),
                     f"0{d[0]}/" + "/".join(p), "0033" + d])


def ph_dom():
    pre = R.choice([("0690", "+590 690"), ("0691", "+590 691"), ("0696", "+596 696"), ("0692", "+262 692"),
                    ("0693", "+262 693"), ("0694", "+594 694")])
    p = fr_pairs(digits(6))
    return R.choice([pre[0] + " " + " ".join(p), pre[1] + " " + " ".join(p), pre[0] + "." + ".".join(p)])


def ph_be():
    m = "4" + R.choice("5679") + digits(1)
    s = digits(6)
    return R.choice([f"+32 {m} {s[:2]} {s[2:4]} {s[4:]}", f"0{m}/{s[:2]}.{s[2:4]}.{s[4:]}", f"0{m} {s[:2]} {s[2:4]} {s[4:]}",
                     f"+32 (0)2 {digits(3)} {digits(2)} {digits(2)}", f"02/{digits(3)}.{digits(2)}.{digits(2)}"])


def ph_ch():
    m = "7" + R.choice("5689")
    return R.choice([f"+41 {m} {digits(3)} {digits(2)} {digits(2)}", f"0{m} {digits(3)} {digits(2)} {digits(2)}",
                     f"+41 (0)22 {digits(3)} {digits(2)} {digits(2)}", f"0041 {m} {digits(3)} {digits(2)} {digits(2)}",
                     f"0{m}/{digits(3)}.{digits(2)}.{digits(2)}"])


def ph_lu():
    return R.choice([f"+352 6{R.choice('2569')}1 {digits(3)} {digits(3)}", f"00352 6{R.choice('2569')}1 {digits(3)} {digits(3)}"])


def ph_maghreb_af():
    return R.choice([f"+212 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"+212 6{digits(2)}-{digits(6)}",
                     f"+213 5 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"+213 (0)6{digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                     f"+216 {R.choice(['20', '22', '50', '98'])} {digits(3)} {digits(3)}",
                     f"+221 77 {digits(3)} {digits(2)} {digits(2)}", f"+225 07 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"])


def na_num():
    return str(R.choice([206, 212, 305, 312, 404, 415, 503, 617, 646, 702, 713, 917, 418, 438, 514, 604, 416, 613])), \
        str(R.randint(200, 989)), digits(4)


def ph_na():
    a, b, c = na_num()
    return R.choice([f"({a}) {b}-{c}", f"+1 {a}.{b}.{c}", f"1-{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 ({a}) {b} {c}",
                     f"{a} {b}-{c}", f"+1-{a}-555-01{digits(2)}", f"({a}) 555-01{digits(2)}"])


def ph_uk_ie():
    return R.choice([f"07{R.choice('1345789')}{digits(2)} {digits(3)} {digits(3)}", f"+44 (0)7{digits(3)} {digits(3)} {digits(3)}",
                     f"+44 (0)20 {digits(4)} {digits(4)}", f"0161 {digits(3)} {digits(4)}", f"0131 {digits(3)} {digits(4)}",
                     f"+44 121 {digits(3)} {digits(4)}", f"+353 8{R.choice('35679')} {digits(3)} {digits(4)}",
                     f"08{R.choice('35679')} {digits(3)} {digits(4)}", f"+353 (0)1 {digits(3)} {digits(4)}"])


def ph_world():
    return R.choice([f"+61 4{digits(2)} {digits(3)} {digits(3)}", f"04{digits(2)} {digits(3)} {digits(3)}",
                     f"+64 21 {digits(3)} {digits(4)}", f"+34 6{digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                     f"+34 6{digits(2)} {digits(3)} {digits(3)}", f"+39 3{digits(2)} {digits(3)} {digits(4)}",
                     f"+49 1{R.choice('567')}{digits(1)} {digits(8)}", f"+49 (0)17{digits(1)} {digits(7)}",
                     f"017{digits(1)} {digits(8)}", f"+31 6 {digits(8)}", f"+31 (0)6-{digits(8)}",
                     f"+351 9{digits(2)} {digits(3)} {digits(3)}", f"+65 9{digits(3)} {digits(4)}",
                     f"+91 9{digits(4)} {digits(5)}", f"+27 8{digits(1)} {digits(3)} {digits(4)}"])


def g_phone(lang, v):
    fr = (lang == "fr") ^ (R.random() < 0.15)
    if fr:
        return R.choices([ph_fr_mobile, ph_fr_fixe, ph_dom, ph_be, ph_ch, ph_lu, ph_maghreb_af, ph_na],
                         [30, 10, 8, 12, 12, 5, 10, 5])[0]()
    return R.choices([ph_na, ph_uk_ie, ph_world], [35, 35, 30])[0]()


IBAN_SPECS = {  # country: sequence of (alphabet, length); n digits, c upper alnum (digit-heavy), a letters
    "CH": [("n", 5), ("c", 12)], "LI": [("n", 5), ("c", 12)], "AT": [("n", 16)], "PT": [("n", 21)],
    "PL": [("n", 24)], "SE": [("n", 20)], "DK": [("n", 14)], "FI": [("n", 14)], "NO": [("n", 11)],
    "CZ": [("n", 20)], "SK": [("n", 20)], "HR": [("n", 17)], "SI": [("n", 15)], "LT": [("n", 16)],
    "LV": [("bank", ["HABA", "UNLA", "PARX", "RIKO"]), ("c", 13)], "EE": [("n", 16)],
    "RO": [("bank", ["BTRL", "RNCB", "BRDE", "INGB", "BACX"]), ("c", 16)], "GR": [("n", 7), ("c", 16)],
    "HU": [("n", 24)], "MT": [("bank", ["MALT", "VALL", "APSB"]), ("n", 5), ("c", 18)], "CY": [("n", 8), ("c", 16)],
    "SM": [("a", 1), ("n", 10), ("c", 12)], "IS": [("n", 22)],
}
IBAN_FR_SIDE = ["MC", "MC", "CH", "CH", "CH", "PT", "PT", "AT", "PL", "RO", "LI", "GR", "HR"]
IBAN_EN_SIDE = ["SE", "DK", "FI", "NO", "MT", "CY", "EE", "LT", "LV", "CZ", "SK", "SI", "HU", "IS", "AT", "CH", "PT", "SM"]


def bban_for(cc):
    if cc == "MC":
        bank, branch, acct = digits(5), digits(5), digits(11)
        return bank + branch + acct + f"{rib_key(bank, branch, acct):02d}"
    out = ""
    for kind, n in IBAN_SPECS[cc]:
        if kind == "n":
            out += digits(n)
        elif kind == "a":
            out += rnd(string.ascii_uppercase, n)
        elif kind == "bank":
            out += R.choice(n)
        else:
            out += "".join(R.choice(string.digits) if R.random() < 0.75 else R.choice(string.ascii_uppercase)
                           for _ in range(n))
    return out


def g_iban(lang, v):
    cc = R.choice(IBAN_FR_SIDE if lang == "fr" else IBAN_EN_SIDE)
    bban = bban_for(cc)
    iban = cc + iban_check(cc, bban) + bban
    r = R.random()
    if r < 0.62:
        return group4(iban)
    if r < 0.82:
        return iban
    if r < 0.9:
        return group4(iban, NBSP)
    return R.choice([iban.lower(), group4(iban.lower())])


CARD_NETS = [  # name, prefixes, lengths
    ("discover", ["6011", "644", "645", "646", "647", "648", "649", "65"], [16]),
    ("jcb", [str(x) for x in range(3528, 3590)], [16]),
    ("diners", ["36", "300", "301", "302", "303", "304", "305", "38"], [14]),
    ("unionpay", ["62"], [16, 19]),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [16, 19]),
    ("mir", ["2200", "2201", "2202", "2203", "2204"], [16]),
    ("rupay", ["60", "6521", "6522"], [16]),
]


def g_card(lang, v):
    name, prefixes, lengths = R.choice(CARD_NETS)
    n = luhn_complete(R.choice(prefixes), R.choice(lengths))
    if len(n) == 14:
        return R.choice([group(n, [4, 6, 4], " "), n, group(n, [4, 6, 4], "-")])
    if len(n) == 19:
        return R.choice([group(n, [4, 4, 4, 4, 3], " "), n, group(n, [6, 13], " ")])
    return R.choice([group4(n), group4(n), group4(n, "-"), n, group4(n, "."), group4(n, NBSP)])


NIR_COUNTRIES = ["350", "352", "351", "139", "341", "131", "109", "127", "134", "132", "243", "208", "401"]


def g_nir(lang, v):
    sex = R.choice("12")
    yy, mm = f"{R.randint(0, 99):02d}", f"{R.randint(1, 12):02d}"
    r = R.random()
    if r < 0.2:
        dept, commune = R.choice(["2A", "2B"]), f"{R.randint(1, 366):03d}"
    elif r < 0.4:
        dept, commune = R.choice(["971", "972", "973", "974", "976"]), f"{R.randint(1, 34):02d}"
    elif r < 0.55:
        dept, commune = "99", R.choice(NIR_COUNTRIES)
    else:
        dept, commune = f"{R.choice([x for x in range(1, 96) if x != 20]):02d}", f"{R.randint(1, 999):03d}"
    order = f"{R.randint(1, 999):03d}"
    n13 = sex + yy + mm + dept + commune + order
    key = f"{nir_key13(n13):02d}"
    parts = [sex, yy, mm, dept, commune, order, key]
    return R.choice([".".join(parts), "-".join(parts), NBSP.join(parts), " ".join(parts), n13 + key,
                     " ".join(parts[:6]) + "  " + key, n13 + NBSP + key])


def g_ip(lang, v):
    if R.random() < 0.28:
        h = lambda: f"{R.randint(1, 0xffff):x}"
        return R.choice([f"2a02:8440:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2a01:e0a:{h()}:{h()}::{h()}",
                         f"2600:1700:{h()}:{h()}::{h()}", f"2001:861:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                         f"2a04:cec0:{h()}:{h()}:{h()}::{h()}"])
    a = R.choice([2, 5, 37, 46, 62, 77, 78, 80, 88, 93, 94, 141, 151, 193, 212, 213, 217])
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


# ---- addresses
FR_STREETS = ["rue des Capucins", "avenue Foch", "boulevard Carnot", "rue Nationale", "place du Marché",
              "rue de Verdun", "allée des Acacias", "chemin des Vignes", "rue Émile Zola", "quai des Chartrons",
              "rue du Faubourg Saint-Antoine", "avenue de Bretagne", "rue Paul Bert", "impasse des Rosiers",
              "cours Mirabeau", "route de Lyon", "rue du Château", "rue Saint-Michel", "rue de la Gare",
              "boulevard Voltaire", "rue Lafayette", "avenue Jean Médecin", "rue des Mimosas", "passage du Grand Cerf",
              "rue Beaubourg", "rue des Carmes", "avenue du Maréchal Leclerc", "rue des Trois-Rois",
              "chemin de la Fontaine", "rue des Tisserands", "square Montholon", "rue Oberkampf"]
FR_CITIES = [("74000", "Annecy"), ("38000", "Grenoble"), ("37000", "Tours"), ("49100", "Angers"), ("29200", "Brest"),
             ("64100", "Bayonne"), ("13100", "Aix-en-Provence"), ("51100", "Reims"), ("76000", "Rouen"),
             ("87000", "Limoges"), ("63000", "Clermont-Ferrand"), ("80000", "Amiens"), ("54000", "Nancy"),
             ("57000", "Metz"), ("30000", "Nîmes"), ("84000", "Avignon"), ("17000", "La Rochelle"), ("56000", "Vannes"),
             ("25000", "Besançon"), ("66000", "Perpignan"), ("97200", "Fort-de-France"), ("97110", "Pointe-à-Pitre"),
             ("92100", "Boulogne-Billancourt"), ("93100", "Montreuil"), ("75018", "Paris"), ("75020", "Paris"),
             ("69007", "Lyon"), ("13008", "Marseille"), ("45000", "Orléans"), ("72000", "Le Mans")]
FR_EXTRAS = ["Résidence Les Tilleuls, ", "bât. D, ", "appartement 23, 3e étage, ", "escalier B, ", "porte 12, ",
             "Le Clos des Oliviers, ", "lot. Les Hauts du Bois, "]
BE_ADDR = [("Rue de la Loi", "1000", "Bruxelles"), ("Chaussée de Wavre", "1050", "Ixelles"), ("Avenue Louise", "1050", "Bruxelles"),
           ("Rue Neuve", "4000", "Liège"), ("Meir", "2000", "Antwerpen"), ("Rue de Nimy", "7000", "Mons"),
           ("Rue de Fer", "5000", "Namur"), ("Boulevard d'Avroy", "4000", "Liège"), ("Grand-Rue", "1348", "Louvain-la-Neuve"),
           ("Veldstraat", "9000", "Gent"), ("Chaussée d'Alsemberg", "1180", "Uccle"), ("Rue Haute", "1000", "Bruxelles")]
CH_ADDR = [("Rue du Rhône", "1204", "Genève"), ("Bahnhofstrasse", "8001", "Zürich"), ("Avenue de la Gare", "1003", "Lausanne"),
           ("Grand-Rue", "2000", "Neuchâtel"), ("Rue de Romont", "1700", "Fribourg"), ("Spitalgasse", "3011", "Bern"),
           ("Via Nassa", "6900", "Lugano"), ("Rue de Lausanne", "1950", "Sion"), ("Rue de Carouge", "1205", "Genève"),
           ("Avenue d'Ouchy", "1006", "Lausanne")]
UK_ADDR = [("Harrow Road", "Wembley", "HA9 6DE"), ("Queen's Road", "Brighton", "BN1 3XA"), ("Castle Street", "Cardiff", "CF10 1BS"),
           ("High Street", "Oxford", "OX1 4BG"), ("Mill Lane", "Cambridge", "CB2 1RX"), ("Bold Street", "Liverpool", "L1 4HY"),
           ("Broad Street", "Birmingham", "B1 2HF"), ("Sauchiehall Street", "Glasgow", "G2 3JD"),
           ("Grey Street", "Newcastle upon Tyne", "NE1 6EE"), ("Elm Hill", "Norwich", "NR3 1HN"), ("Stonegate", "York", "YO1 8AS"),
           ("Botanic Avenue", "Belfast", "BT7 1JL"), ("Mansfield Road", "Nottingham", "NG1 3FN"), ("Division Street", "Sheffield", "S1 4GF"),
           ("Milsom Street", "Bath", "BA1 1DN")]
US_ADDR = [("Pine Street", "Seattle", "WA", "98101"), ("W Madison St", "Chicago", "IL", "60602"), ("Newbury St", "Boston", "MA", "02116"),
           ("Brickell Ave", "Miami", "FL", "33131"), ("Broadway", "Nashville", "TN", "37203"), ("Peachtree St NE", "Atlanta", "GA", "30303"),
           ("Central Ave", "Phoenix", "AZ", "85004"), ("Hennepin Ave", "Minneapolis", "MN", "55401"), ("Magazine St", "New Orleans", "LA", "70130"),
           ("S State St", "Salt Lake City", "UT", "84111"), ("Liberty Ave", "Pittsburgh", "PA", "15222"), ("N High St", "Columbus", "OH", "43215")]
CA_ADDR_FR = [("rue Saint-Paul Est", "Montréal", "QC", "H2Y 1H2"), ("boulevard René-Lévesque Ouest", "Montréal", "QC", "H3B 4W8"),
              ("rue Saint-Jean", "Québec", "QC", "G1R 1N7"), ("rue King Ouest", "Sherbrooke", "QC", "J1H 1P4"),
              ("boulevard des Forges", "Trois-Rivières", "QC", "G8Z 1V5")]
CA_ADDR_EN = [("Queen St W", "Toronto", "ON", "M5H 2N2"), ("W Hastings St", "Vancouver", "BC", "V6E 2E9"),
              ("Elgin St", "Ottawa", "ON", "K2P 1L4"), ("Jasper Ave", "Edmonton", "AB", "T5J 1S9"),
              ("Barrington St", "Halifax", "NS", "B3J 1Z4"), ("Portage Ave", "Winnipeg", "MB", "R3B 2B9")]


def a_fr():
    num = str(R.randint(1, 186)) + R.choice(["", "", "", "", " bis", " ter", "A"])
    st = R.choice(FR_STREETS)
    cp, city = R.choice(FR_CITIES)
    extra = R.choice(["", "", "", ""] + FR_EXTRAS)
    if " " not in city and "-" not in city and R.random() < 0.25:
        city = city.upper()
    r = R.random()
    if r < 0.15:
        return f"{extra}{num} {st}\n{cp} {city}"
    if r < 0.3:
        return f"{extra}{num}, {st} {cp} {city}"
    if r < 0.4:
        return f"{extra}{num} {st} - {cp} {city}"
    return f"{extra}{num} {st}, {cp} {city}"


def a_be():
    st, cp, city = R.choice(BE_ADDR)
    num = str(R.randint(1, 320))
    bte = R.choice(["", "", f" bte {R.randint(1, 12)}", f"/{R.randint(1, 9)}"])
    return R.choice([f"{st} {num}{bte}, {cp} {city}", f"{st} {num}{bte}, B-{cp} {city}", f"{st} {num}{bte} {cp} {city}"])


def a_ch():
    st, cp, city = R.choice(CH_ADDR)
    num = str(R.randint(1, 140))
    return R.choice([f"{st} {num}, {cp} {city}", f"{st} {num}, CH-{cp} {city}", f"{st} {num}\n{cp} {city}"])


def a_uk():
    st, town, pc = R.choice(UK_ADDR)
    flat = R.choice(["", "", "", f"Flat {R.randint(1, 20)}, ", f"Apartment {R.randint(1, 40)}, "])
    num = f"{R.randint(1, 190)}{R.choice(['', '', '', 'a'])}"
    return R.choice([f"{flat}{num} {st}, {town} {pc}", f"{flat}{num} {st}, {town}, {pc}", f"{flat}{num} {st}\n{town}\n{pc}"])


def a_us():
    st, city, state, z = R.choice(US_ADDR)
    unit = R.choice(["", "", f", Suite {R.randint(100, 990)}", f", Unit {R.randint(1, 40)}", f" #{R.randint(2, 30)}"])
    if R.random() < 0.2:
        z += "-" + digits(4)
    return f"{R.randint(10, 4999)} {st}{unit}, {city}, {state} {z}"


def a_ca(fr):
    st, city, prov, pc = R.choice(CA_ADDR_FR if fr else CA_ADDR_EN)
    num = R.randint(10, 2400)
    if fr:
        return R.choice([f"{num}, {st}, {city} ({prov}) {pc}", f"{num} {st}, {city}, {prov} {pc}",
                         f"{num}, {st}, app. {R.randint(1, 30)}, {city} (Québec) {pc}"])
    return R.choice([f"{num} {st}, {city}, {prov} {pc}", f"{num} {st}, Unit {R.randint(1, 30)}, {city} {prov} {pc}"])


def g_address(lang, v):
    if lang == "fr":
        return R.choices([a_fr, a_be, a_ch, lambda: a_ca(True)], [55, 17, 17, 11])[0]()
    return R.choices([a_uk, a_us, lambda: a_ca(False)], [40, 40, 20])[0]()


def g_birthdate(lang, v):
    dt = None
    while dt is None:
        try:
            dt = datetime.date(R.randint(1955, 2009), R.randint(1, 12), R.randint(1, 31))
        except ValueError:
            pass
    d, m, y = dt.day, dt.month, dt.year
    v = v or R.choice(["nopad", "y2", "abbr", "dots2", "wd", "cap"] if lang == "fr" else
                      ["ord", "ord_uk", "of", "abbr_en", "dmy_abbr", "us_short", "dots"])
    if v == "nopad":
        return f"{d}/{m}/{y}"
    if v == "y2":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if v == "abbr":
        return f"{d} {MONTHS_FR_ABBR[m - 1]} {y}"
    if v == "dots2":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if v == "wd":
        return f"{WEEKDAYS_FR[dt.weekday()]} {d} {MONTHS_FR[m - 1]} {y}"
    if v == "cap":
        return f"{d} {MONTHS_FR[m - 1].capitalize()} {y}"
    if v == "ord":
        return f"{MONTHS_EN[m - 1]} {ordinal(d)}, {y}"
    if v == "ord_uk":
        return f"{ordinal(d)} {MONTHS_EN[m - 1]} {y}"
    if v == "of":
        return f"{ordinal(d)} of {MONTHS_EN[m - 1]} {y}"
    if v == "abbr_en":
        return f"{MONTHS_EN_ABBR[m - 1]} {d} {y}"
    if v == "dmy_abbr":
        return f"{d:02d}-{MONTHS_EN_ABBR[m - 1]}-{y}"
    if v == "us_short":
        return f"{m}/{d}/{y % 100:02d}"
    return f"{y}.{m:02d}.{d:02d}"  # dots


PW_WORDS = ["Nounours", "Papillon", "Biarritz", "Chamonix", "Framboise", "Caramel", "Pistache", "Flocon", "Bouboule",
            "Vanille", "Lutin", "Zebulon", "Cactus", "Poupette", "Grenadine", "Mojito", "Kiwi", "Doudou", "Titine",
            "Moustique", "Galaxie", "Pegase", "Sunshine", "Dragon", "Monkey", "Football", "Princess", "Liverpool",
            "Bluebird", "Pumpkin", "Starlight", "Cookie", "Buster", "Snoopy", "Maverick", "Azerty", "Qwerty",
            "Chipie", "Bretzel", "Coquelicot", "Gribouille", "Nutella", "Tornado", "Phoenix", "Marmotte"]
PASSPHRASE = ["cheval", "agrafe", "batterie", "nuage", "tartine", "velo", "orange", "piano", "lampe", "ocean",
              "correct", "horse", "staple", "river", "candle", "pepper", "winter", "rocket", "velvet", "copper"]
LEET = str.maketrans({"a": "@", "e": "3", "i": "1", "o": "0", "s": "$"})


def g_password(lang, v):
    for _ in range(100):
        w = R.choice(PW_WORDS)
        r = R.random()
        if r < 0.22:
            pw = f"{w}{R.randint(1, 28):02d}{R.randint(1, 12):02d}"
        elif r < 0.38:
            pw = f"{w.lower()}@{R.randint(1990, 2026)}"
        elif r < 0.52:
            pw = w[0] + w[1:].lower().translate(LEET) + str(R.randint(1, 99)) + R.choice("#%&*+=")
        elif r < 0.66:
            pw = R.choice(["-", ".", "_"]).join(R.sample(PASSPHRASE, R.choice([3, 4])))
        elif r < 0.86:
            pw = rnd(ALNUM + "~^@$%#&*", R.randint(10, 20))
        else:
            pw = R.choice(["Azerty", "Qwerty", "Azertyuiop"]) + digits(R.randint(3, 4)) + R.choice(["!", "$", "."])
        if not re.search(r"[!?]{3}", pw) and not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", pw) and \
                not re.fullmatch(r"[A-Z][a-z]+", pw):
            return pw
    return pw


def g_api_key(lang, v):
    v = v or R.choice(["openai", "openai_old", "anthropic", "gitlab", "sendgrid", "mailchimp", "twilio", "shopify",
                       "npm", "hf", "mailgun", "square", "digitalocean", "linear", "notion", "airtable", "postman",
                       "brevo", "telegram"])
    if v == "openai":
        return "sk-proj-" + rnd(ALNUM + "-_", R.randint(56, 80))
    if v == "openai_old":
        return "sk-" + rnd(ALNUM, 20) + "T3BlbkFJ" + rnd(ALNUM, 20)
    if v == "anthropic":
        return "sk-ant-api03-" + rnd(ALNUM + "-_", 93) + "AA"
    if v == "gitlab":
        return "glpat-" + rnd(ALNUM + "-_", 20)
    if v == "sendgrid":
        return "SG." + rnd(ALNUM + "-_", 22) + "." + rnd(ALNUM + "-_", 43)
    if v == "mailchimp":
        return rnd(HEX, 32) + f"-us{R.randint(1, 21)}"
    if v == "twilio":
        return "SK" + rnd(HEX, 32)
    if v == "shopify":
        return R.choice(["shpat_", "shpca_", "shppa_", "shpss_"]) + rnd(HEX, 32)
    if v == "npm":
        return "npm_" + rnd(ALNUM, 36)
    if v == "hf":
        return "hf_" + rnd(ALNUM, 34)
    if v == "mailgun":
        return "key-" + rnd(HEX, 32)
    if v == "square":
        return "sq0atp-" + rnd(ALNUM + "-_", 22)
    if v == "digitalocean":
        return "dop_v1_" + rnd(HEX, 64)
    if v == "linear":
        return "lin_api_" + rnd(ALNUM, 40)
    if v == "notion":
        return R.choice(["secret_" + rnd(ALNUM, 43), "ntn_" + digits(11) + rnd(ALNUM, 35)])
    if v == "airtable":
        return "pat" + rnd(ALNUM, 14) + "." + rnd(HEX, 64)
    if v == "postman":
        return "PMAK-" + rnd(HEX, 24) + "-" + rnd(HEX, 34)
    if v == "brevo":
        return "xkeysib-" + rnd(HEX, 64) + "-" + rnd(ALNUM, 16)
    return f"{R.randint(100000000, 9999999999)}:AA" + rnd(ALNUM + "-_", 33)  # telegram bot


PK_KINDS = {
    "ENCRYPTED PRIVATE KEY": "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI",
    "DSA PRIVATE KEY": "MIIBuwIBAAKBgQ",
    "PGP PRIVATE KEY BLOCK": "lQVYBG",
    "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
}


def g_private_key(lang, v):
    label = R.choice(["ENCRYPTED PRIVATE KEY", "DSA PRIVATE KEY", "PGP PRIVATE KEY BLOCK", "RSA PRIVATE KEY",
                      "OPENSSH PRIVATE KEY"])
    start = PK_KINDS[label]
    width = 70 if label == "OPENSSH PRIVATE KEY" else 64
    nl = R.randint(2, 4)
    body = [start + rnd(B64, width - len(start))] + [rnd(B64, width) for _ in range(nl - 1)] + \
        [rnd(B64, R.randint(8, 44)) + R.choice(["=", "==", ""])]
    head, foot = f"-----BEGIN {label}-----", f"-----END {label}-----"
    if label == "PGP PRIVATE KEY BLOCK":
        body = [""] + body + ["=" + rnd(B64, 4)]
    layout = v or ("oneline" if label in ("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY") else
                   R.choice(["lines", "lines", "lines", "indent", "oneline"]))
    if layout == "oneline":
        return head + " " + " ".join(b for b in body if b) + " " + foot
    if layout == "indent":
        return head + "\n" + "\n".join("    " + b if b else "" for b in body) + "\n    " + foot
    return head + "\n" + "\n".join(body) + "\n" + foot


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_token(lang, v):
    v = v or R.choice(["jwt", "opaque"])
    if v == "jwt":
        alg = R.choice(["HS256", "HS384", "HS512", "ES256"])
        head = R.choice([{"alg": alg, "typ": "JWT"}, {"typ": "JWT", "alg": alg}, {"alg": alg, "kid": rnd(HEX, 8)},
                         {"alg": alg, "typ": "JWT", "kid": "key-" + str(R.randint(1, 9))}])
        now = R.randint(1704000000, 1767000000)
        pay = R.choice([{"uid": R.randint(1000, 999999), "scope": R.choice(["orders:read", "read write", "admin"]), "exp": now + 3600},
                        {"sub": "usr_" + rnd(ALNUM, 10), "iss": "https://auth." + R.choice(["ombelle.shop", "sillage-paris.fr"]),
                         "iat": now, "exp": now + 86400},
                        {"user": slug(R.choice(PRENOMS_FR + NAMES_EN)), "shop": R.choice(BRANDS), "cm": True, "iat": now},
                        {"aud": "dashboard", "sid": rnd(HEX, 16), "email_verified": True, "nbf": now}])
        sig = {"HS256": 43, "HS384": 64, "HS512": 86, "ES256": 86}[alg]
        return f"{b64url(head)}.{b64url(pay)}.{rnd(ALNUM + '-_', sig)}"
    r = R.random()
    if r < 0.25:
        return rnd(HEX, R.choice([40, 48, 64]))
    if r < 0.45:
        return "ya29.a0" + rnd(ALNUM + "-_", R.randint(70, 110))
    if r < 0.65:
        return "-".join(rnd(HEX, n) for n in (8, 4, 4, 4, 12))
    return rnd(ALNUM, R.randint(24, 40)) + R.choice(["~", ".", "_"]) + rnd(ALNUM + "-_", R.randint(10, 24))


def lex_variant(term):
    words = term.split(" ")
    low_first = " ".join([words[0].lower()] + words[1:])
    vs = [term, term, term.lower(), term.upper(), strip_accents(term), strip_accents(term).lower(),
          strip_accents(term).upper(), low_first, term.title()]
    return R.choice(vs)


def g_lexicon(lang, v):
    return lex_variant(R.choice(LEXICON))


# ================================================================ harmful text pools
HATE_FR = [
    "les migrants ne sont que des parasites", "les Maghrébins ? que des délinquants",
    "les Asiatiques sont des copieurs sans cervelle", "les musulmanes voilées n'ont pas leur place en France",
    "les lesbiennes sont une erreur de la nature", "les juifs contrôlent toutes les banques",
    "les Africains ne savent pas travailler correctement", "les gays sont des pervers à éloigner des enfants",
    "les personnes trans sont des monstres", "les Chinois ramènent des maladies partout où ils passent",
    "les Gitans devraient tous être expulsés", "les femmes sont juste bonnes à faire le ménage",
    "les autistes sont un fardeau pour les entreprises", "les réfugiés, faudrait les renvoyer par bateau direct",
    "les Turcs, c'est la mafia, point", "les Blacks ne devraient pas poser pour une marque française",
    "les chrétiens sont des fanatiques arriérés", "les bisexuels sont des malades",
    "les femmes rondes sont une honte à montrer", "un Polonais sobre, ça n'existe pas",
    "les Antillais sont des fainéants par nature", "les sourds coûtent une fortune pour rien",
    "les Ukrainiens viennent juste profiter des aides", "les étrangers volent le travail des vrais Français",
    "les hommes noirs sont des brutes", "les femmes ne comprennent rien à la technique",
    "l'islam est une maladie à éradiquer", "les Juifs ont mis la main sur la mode française",
    "les trisomiques ne devraient pas apparaître dans une pub", "les Arabes sont une race de menteurs",
    "les Marocains pourrissent nos quartiers", "les homosexuels devraient se faire soigner",
    "les handicapées ne devraient pas défiler, ça fait fuir les clients", "les Roumains sont de la vermine",
    "les non-binaires sont des détraqués", "les Indiens sont crasseux, tous autant qu'ils sont",
    "les renois, on veut pas les voir sur vos affiches", "les feujs c tous des escrocs",
    "ces migrants c'est de la vermine qu'il faut virer", "une lesbienne en égérie ça donne envie de vomir",
]
HATE_EN = [
    "refugees are nothing but parasites", "Asians are all brainless copycats",
    "hijab-wearing women make fashion look backwards", "lesbians are a mistake of nature",
    "Jews control all the banks", "Africans can't do a proper day's work",
    "gay men are perverts who should be kept away from kids", "trans people are freaks",
    "Chinese people spread diseases wherever they go", "Gypsies should all be deported",
    "women are only good for cleaning and cooking", "autistic people have no place in a real company",
    "immigrants are ruining this country", "Black models make your brand look cheap",
    "Christians are backward fanatics", "bisexuals are just sick in the head", "Poles are all drunks",
    "deaf people are a waste of money", "Arabs are a race of liars", "Islam is a disease that needs wiping out",
    "people with Down syndrome shouldn't be in ads", "Indians are filthy, every last one of them",
    "Mexicans are rapists and drug dealers", "wheelchair users should be kept out of sight",
    "non-binary people are deranged", "Romanians are vermin", "homosexuals need to be cured",
    "women don't understand anything technical", "Pakistanis should go back where they came from",
    "Black men are animals", "Jewish designers are ruining our fashion industry",
    "foreigners are stealing jobs from real Brits", "a lesbian as your ambassador makes me want to puke",
]
THREAT_FR = [
    "je vais t'attendre à la sortie de ton bureau", "je connais ta voiture et je sais où tu la gares",
    "je vais te défoncer la tête", "tu vas te prendre une balle", "on va brûler ta boutique",
    "je vais m'occuper de ta famille", "je vais diffuser tes photos perso partout",
    "un de ces jours tu vas avoir un accident", "je vais venir avec mes potes te régler ton compte",
    "je t'attends devant chez toi demain soir", "ton gosse, je sais dans quelle école il est",
    "je vais te planter", "tu vas payer, et pas qu'en argent", "je vais mettre le feu à ton entrepôt",
    "je vais faire fuiter tes coordonnées sur un forum", "je te promets que tu ne marcheras plus",
    "je vais t'égorger", "on sait où tu bosses, fais gaffe à toi", "tu vas pas voir la fin de la semaine",
    "je vais t'exploser dès que je te croise", "je vais envoyer des gens chez toi",
    "je vais te pourrir la vie jusqu'à ce que tu crèves", "je retrouverai ta femme avant toi",
    "je vais casser ta vitrine à coups de barre", "je débarque au magasin avec une batte",
    "je vais publier ton adresse pour que tout le monde vienne te rendre visite", "ça va très mal finir pour toi, crois-moi",
    "je vais te buter", "jvais te défigurer quand je te choppe", "t'auras plus de dents quand j'aurai fini",
]
THREAT_EN = [
    "I'll be waiting outside your office tonight", "I've been watching your car every night", "I'm going to smash your face in",
    "someone's going to put a bullet in you", "we'll burn your store to the ground", "I'll deal with your family next",
    "I'm going to leak your private photos", "you might have an accident one of these days",
    "me and my boys will pay you a visit", "I'll be at your front door tomorrow night",
    "I know which school your kid goes to", "I'm going to stab you", "you'll pay for this, and not just with money",
    "I'll set fire to your warehouse", "I'm going to dox you and your staff", "you won't be walking after I'm done",
    "I'll slit your throat", "we know where you work, so be careful", "you won't make it to the weekend",
    "I'll beat you senseless next time I see you", "I'm sending people to your house",
    "I'll make your life hell until you die", "I'm showing up at the shop with a bat",
    "this is going to end very badly for you, trust me", "I'll break every bone in your body",
    "I'll knock your teeth out",
]
INSULT_FR_NOUNS = ["tocard", "blaireau", "enfoiré", "boloss", "cassos", "baltringue", "charlot", "nullos", "couillon",
                   "andouille", "naze", "empaffé", "raclure", "pignouf", "crevard", "connasse", "pétasse", "branleur",
                   "glandu", "bâtard", "ahuri", "nullard", "boulet", "gland", "fdp", "sous-merde", "trou du cul",
                   "tête de nœud", "pauv' type", "grosse vache"]
INSULT_FR_PHRASES = ["sale tocard", "espèce de blaireau", "bande de nazes", "bande de branquignols", "sac à merde",
                     "bande de tocards", "t'es vraiment qu'une merde", "bande de charlots", "face de rat",
                     "cerveau de moineau", "ramassis de glandus", "espèce d'enfoiré", "petite merde", "gros porc",
                     "vieux con", "bande de branleurs", "triple buse", "bande de rigolos", "tête de con",
                     "espèce de sous-merde", "gros lourdingue", "bande de guignols finis", "espèce de raclure",
                     "sombre andouille", "grosse tache", "t'es un déchet", "race de crevards", "bande de ploucs",
                     "gros boulet", "pauvre cloche"]
INSULT_EN_NOUNS = ["dipshit", "muppet", "numpty", "tosser", "prat", "wanker", "halfwit", "nitwit", "scumbag", "dimwit",
                   "twat", "bellend", "douchebag", "asshole", "dickhead", "knobhead", "pillock", "plonker", "buffoon",
                   "airhead", "bozo", "numbskull", "dunce", "jackass", "simpleton", "meathead", "pea-brain", "git",
                   "arsehole", "nincompoop"]
INSULT_EN_PHRASES = ["you brainless twit", "what a bunch of muppets", "what a tool", "you worthless piece of trash",
                     "you spineless cowards", "bunch of clueless halfwits", "you utter donkey", "you're a waste of oxygen",
                     "what a useless bellend", "you incompetent fools", "you're dumber than a rock", "sad little man",
                     "you thick git", "you mouth-breathing troll", "brain-dead muppets", "you lying rat",
                     "absolute knobhead", "you gormless lot", "you bunch of numpties", "you sorry excuse for a human",
                     "you dense plank", "bunch of cowboys and crooks", "you smug prick", "you pathetic little worm",
                     "total bunch of amateurs and dipshits", "you dozy cow", "you slimy weasel", "bunch of thick planks",
                     "you witless wonder", "you complete and utter tosser"]
SHOUT_FR = ["J'EN AI MARRE DE VOUS", "RENDEZ MOI MON ARGENT", "PERSONNE NE RÉPOND JAMAIS", "C'EST QUOI CE SERVICE",
            "JE NE RECOMMANDERAI JAMAIS", "ARRÊTEZ DE ME MENTIR", "TOUJOURS PAS DE COLIS", "MON COLIS EST OÙ",
            "RÉPONDEZ MOI POUR UNE FOIS", "ON SE FOUT DE MOI", "JE VEUX PARLER AU RESPONSABLE", "ÇA SUFFIT MAINTENANT",
            "QUINZE JOURS SANS NOUVELLES", "VOTRE CRÈME M'A BRÛLÉ LA PEAU", "REMBOURSEMENT IMMÉDIAT SINON PLAINTE",
            "ANNULEZ MA COMMANDE TOUT DE SUITE", "C'EST LA TROISIÈME FOIS", "PLUS JAMAIS JE COMMANDE",
            "JE SUIS HORS DE MOI", "OÙ EST PASSÉ MON ARGENT", "DÉBLOQUEZ MON COMPTE", "ÇA VA PAS LA TÊTE",
            "MAIS VOUS FOUTEZ QUOI", "LAISSEZ MOI TRANQUILLE", "JE VAIS VOUS SIGNALER PARTOUT", "HONTE SUR VOTRE MARQUE",
            "ARNAQUE TOTALE CE SITE", "LISEZ MES MESSAGES BORDEL", "JE PAIE ET JE REÇOIS RIEN",
            "VOUS AVEZ INTÉRÊT DE RÉPONDRE", "STOP AUX EXCUSES BIDON", "JAMAIS REÇU LA BOX", "C'EST PAS NORMAL DU TOUT",
            "MERCI POUR RIEN VRAIMENT", "TROIS MAILS SANS RÉPONSE", "JE VEUX UNE SOLUTION AUJOURD'HUI"]
SHOUT_EN = ["MY REFUND NEVER CAME", "NOBODY EVER ANSWERS", "CANCEL MY ORDER NOW", "THIS IS TOTAL FRAUD", "GIVE ME MY MONEY",
            "WORST BRAND EVER", "I'M SO DONE WITH YOU", "STOP SENDING ME EMAILS", "THREE WEEKS AND NOTHING",
            "YOUR CREAM BURNED MY SKIN", "GET ME YOUR MANAGER NOW", "READ MY MESSAGES", "ENOUGH IS ENOUGH",
            "UNBLOCK MY ACCOUNT", "PAID AND GOT NOTHING", "DO NOT BUY FROM THEM", "SHAME ON YOU ALL",
            "THIS IS RIDICULOUS", "TOTAL RIP OFF", "REPLY FOR ONCE", "HOW HARD IS IT", "NEVER AGAIN SERIOUSLY",
            "I'M REPORTING YOU", "STOP MAKING EXCUSES", "LEAVE ME ALONE", "THIS IS THE THIRD TIME",
            "ARE YOU EVEN READING", "JUST SEND MY PACKAGE", "FIX YOUR WEBSITE", "I'M SICK OF WAITING", "WHAT THE HELL",
            "OMG ARE YOU SERIOUS"]
PUNCT_RUNS = ["!!!!!", "!!!!!!!", "??!!", "!?!?", "?!?!?", "!!??", "??!", "?!!!", "!!!?", "?????", "??????", "!?!?!?",
              "?!?!?!", "!!?!", "?!?!!", "!!!!!!!!!!", "??!?", "!!!!?", "!!!", "???"]
AGGR_FR = ["vous n'avez qu'à lire avant de commander", "c'est écrit noir sur blanc, faut savoir lire",
           "on n'est pas votre nounou", "débrouillez-vous avec le transporteur",
           "vous croyez qu'on n'a que ça à faire", "arrêtez de pleurnicher pour trois jours de retard",
           "c'est pas notre faute si vous étiez pas chez vous", "vous allez pas nous apprendre notre métier",
           "on vous doit rien du tout", "vous êtes le seul à vous plaindre", "lâchez-nous avec vos réclamations",
           "vous n'aviez qu'à choisir la bonne taille", "ça commence à bien faire vos messages",
           "je vais pas vous répondre dix fois", "si vous êtes pas content, personne vous retient",
           "faudrait peut-être apprendre à lire un mail", "gardez vos leçons pour vous",
           "vous nous faites perdre notre temps", "vous l'avez bien cherché", "bougez-vous un peu",
           "vous vous foutez de la gueule du monde", "je suis pas votre vache à lait",
           "faites votre boulot au lieu de poster des stories", "arrêtez de me balader avec vos réponses toutes faites",
           "vous avez intérêt à me rembourser vite fait", "ne me parlez pas sur ce ton",
           "ça vous arracherait la bouche de vous excuser", "votre excuse bidon, vous pouvez vous la garder",
           "on se fout clairement de ma gueule", "sortez-vous les doigts", "je suis pas payé pour faire votre taf",
           "vous comprenez rien à ce qu'on vous dit", "on va pas vous faire un dessin", "j'ai pas que ça à faire de vous relancer",
           "zappez-moi vos réponses copiées-collées"]
AGGR_EN = ["you should have read the description before ordering", "it's written in plain English, learn to read",
           "we're not your babysitter", "sort it out with the courier yourself",
           "do you think we have nothing better to do", "stop whining about a three-day delay",
           "it's not our fault you weren't home", "don't tell us how to do our job", "we don't owe you anything",
           "you're the only one complaining", "just drop it already", "you should have picked the right size",
           "I'm not answering this ten times", "nobody's forcing you to buy from us", "keep your lectures to yourself",
           "you're wasting everyone's time", "you brought this on yourself", "get off your backside and do your job",
           "quit fobbing me off with canned replies", "you'd better refund me fast", "don't you dare talk to me like that",
           "would it kill you to apologise", "shove your fake apology", "you're clearly taking the mick",
           "stop hiding behind your policy", "deal with it", "grow up and read the terms", "spare me the excuses",
           "you people don't give a damn", "quit playing dumb with me"]


def g_hate(lang, v):
    return R.choice(HATE_FR if lang == "fr" else HATE_EN)


def g_threat(lang, v):
    return R.choice(THREAT_FR if lang == "fr" else THREAT_EN)


def g_insult(lang, v):
    v = v or R.choice(["noun", "phrase"])
    if lang == "fr":
        return R.choice(INSULT_FR_NOUNS if v == "noun" else INSULT_FR_PHRASES)
    return R.choice(INSULT_EN_NOUNS if v == "noun" else INSULT_EN_PHRASES)


def g_shouting(lang, v):
    return R.choice(SHOUT_FR if lang == "fr" else SHOUT_EN)


def g_punct(lang, v):
    return R.choice(PUNCT_RUNS)


def g_aggressive(lang, v):
    return R.choice(AGGR_FR if lang == "fr" else AGGR_EN)


# ================================================================ links: return (url, extra_kinds)
SHORTENERS = ["rb.gy", "t.ly", "tiny.cc", "s.id", "v.gd", "lnkd.in", "x.gd", "bl.ink", "surl.li", "qrco.de", "urlz.fr",
              "lc.cx", "dub.sh", "kutt.it", "snip.ly", "ift.tt", "dlvr.it", "trib.al", "cutt.us", "tiny.one",
              "j.mp", "shorte.st", "adf.ly", "ouo.io", "t2m.io", "gg.gg", "clck.ru", "u.to", "soo.gd", "bit.do"]
LOOKALIKES = [
    "paypall.com", "pay-pal.fr", "paypal-verification-compte.com", "paypal.fr.session-id4471.com", "www-paypal.com",
    "paipal.com", "paypal-resolution-center.net", "paypa-l.com", "paypal.secure-acces.fr",
    "amazom.fr", "amazon-prime-renouvellement.com", "amzon-fr.com", "amazon.fr-colis.net", "amazonn.fr",
    "amazon-cadeau.shop", "amaozn.fr",
    "lapost-fr.com", "laposte-reexpedition.fr", "la-poste-frais.net", "laposte.fr.suivi-envoi.info", "lapostte.fr",
    "laposte-service-client.com",
    "colisimo.fr", "colissimo-relivraison.com", "colissimo.fr-avis.info", "col1ssimo.fr",
    "chronoposte.fr", "chronopost-frais-douane.com", "chrono-post.net", "chronopost.fr.livraison-reprogrammee.com",
    "ameli-carte-vitale.fr", "amelii.fr", "ameli.fr-assure.com", "ameli-remboursements.net", "am3li.fr",
    "impots-gouv.info", "impot-gouv-fr.com", "impots.gouv.fr.remboursement-dgfip.com", "lmpots-gouv.fr",
    "caf-aides-logement.fr", "caf-fr.net", "mon-compte-caf.com", "caf.fr-allocataire.info",
    "orange-mail-securite.fr", "orrange.fr", "orange.fr-messagerie.com", "orange-assistance-client.net",
    "free-mobile-facture.fr", "freemobile-remboursement.com", "frree.fr", "free.fr.espace-abonne.net",
    "gooogle.com", "google-verification-compte.com", "accounts-google.fr", "googel.fr",
    "apple-icloud-verrouillage.com", "appple.com", "icloud-apple-id.net", "apple.com-support.info", "aple.com",
    "rnicrosoft.com", "microsoft-365-login.net", "micosoft.com", "outlook-microsoft-verif.com",
    "instagrarn.com", "instagram-badge-verification.com", "insta-gram.net", "instagramm.com", "instagram.com-help.center",
    "facebok.com", "facebook-meta-support.com", "faceboook.fr", "facebook.com.appeal-form.net",
    "tiktok-creator-fund.net", "tlktok.com", "tik-tok-shop.fr", "tiktokk.com",
    "netflix-renouvellement.com", "netfix.com", "netflix.fr-paiement.info", "nettflix.com",
    "sncf-conect.com", "sncfconnect-remboursement.fr", "sncf-connect.billets-promo.com", "snfc-connect.com",
    "leboncoin-livraison.fr", "lebonc0in.fr", "leboncoin.fr-paiement.com", "lebon-coin.fr", "leboncion.fr",
    "vinted-livraison.com", "vlnted.fr", "vinted.fr-transaction.net", "vintedd.fr", "vinted-securepay.com",
    "decathlon-cadeau.fr", "decatlon.fr", "decathlon-fidelite.com", "dekathlon.fr",
    "credit-agricole-securite.fr", "creditagricole-connexion.com", "credit-agricoles.fr",
    "ca-credit-agricole.fr.auth-session.info", "credlt-agricole.fr"]
INSECURE = ["www.atelier-poterie-rennes.fr", "recettes-de-mamie.com", "www.club-rando-vosges.org",
            "photographe-mariage-lille.fr", "blog.voyages-en-van.net", "www.librairie-des-quais.fr",
            "forum-maquillage-bio.org", "www.boulangerie-lefournil.fr", "lesamisdujardin.org",
            "www.ferme-des-trois-chenes.fr", "skate-shop-bordeaux.com", "www.musee-du-jouet.org", "tricot-et-compagnie.fr",
            "www.garage-dupuis-automobiles.fr", "petites-annonces-locales.net", "www.yoga-studio-nantes.fr",
            "mamans-blogueuses.com", "www.cinema-le-rex.fr", "vintage-lovers.net", "www.surfclub-hossegor.fr",
            "www.chorale-saint-jean.org", "diy-deco-maison.com", "www.pizzeria-da-marco.fr", "old-school-gamers.net",
            "www.camping-la-pinede.fr", "www.salon-du-chocolat-expo.com", "jardin-partage-lyon.org",
            "bikepacking-france.net", "www.brocante-du-dimanche.fr", "knitting-circle-york.co.uk"]
NEUTRAL_TARGETS = ["trk.mailflow-eu.net", "go.deal-express.store", "redir.secure-pass.online", "link.newsletter-box.io",
                   "l.sms-notif.cc", "click.offres-du-jour.shop", "app.session-renew.net", "portal.auth-check.co",
                   "cdn.fichiers-partage.net", "r.campagne-mail.eu", "form.jotpage.site", "pages.landing-kit.io",
                   "u.lien-sms.fr", "web.id-confirm.net", "secure.client-area.cc", "share.drive-docs.app",
                   "go.bonplan-local.com", "track.parcel-notice.info", "login.compte-verif.cc", "m.attente-envoi.top"]
MISMATCH_VISIBLE = ["www.colissimo.fr", "https://www.laposte.fr/suivi", "ameli.fr/assure", "https://www.caf.fr",
                    "netflix.com/account", "www.apple.com/fr", "https://www.paypal.fr", "vinted.fr/transactions",
                    "leboncoin.fr/paiement", "www.decathlon.fr/fidelite", "https://www.sncf-connect.com",
                    "credit-agricole.fr/connexion", "www.tiktok.com/@ombelle", "instagram.com/lunaia.cosmetiques",
                    "www.facebook.com/sillageparis", "https://account.microsoft.com", "google.com/account",
                    "www.impots.gouv.fr/remboursement", "orange.fr/mail", "free.fr/espace-abonne",
                    "chronopost.fr/relivraison", "amazon.com/orders", "https://ombelle.shop/concours",
                    "www.sillage-paris.fr/gagnant", "mirabelle-studio.com/giveaway", "lunaia-cosmetiques.com/fidelite",
                    "https://www.amazon.fr/prime", "www.vinted.fr", "laposte.fr", "https://caphorn-outdoor.com/warranty"]
LEGIT_CROSS_TARGETS = ["https://www.leboncoin.fr/compte/part/mes-annonces", "https://www.vinted.fr/catalog",
                       "https://www.decathlon.fr/help/suivi-commande", "https://www.google.fr/maps"]
PATHS = ["connexion", "validation", "mon-compte", "sso/auth", "cadeau", "reclamer", "colis/taxe", "paiement",
         "verification-identite", "offre", "wp-admin/", "login.php", "update", "secure/step2", "fr/compte", "giveaway",
         "win", "reward", "account/verify", "signin", "facture/2025", "avis-de-passage", "relivraison", "carte-vitale",
         "confirm", "dl/brief.pdf", "admin/", "remboursement/etape-1", "jeu", "bonus", "mon-espace", "client/login",
         "auth/callback", "promo/noel", "gift-card", "verify-account", "track", "billing", "session", "offre-speciale",
         "parrainage", "resiliation", "support/ticket", "survey", "coupon"]
IDN_LABELS = ["soldes-été", "crème-bio", "bijoux-dorés", "parfums-privés", "boutique-noël", "cadeaux-fêtes",
              "réductions", "déstockage", "beauté-discount", "montres-luxe-été", "vêtements-enfant", "chaussures-à-prix-cassés",
              "магазин", "скидки", "подарки", "ofertas-españa", "bon-plan-déco", "maquillage-pas-cher-été", "lunettes-soldées",
              "gewinnspiel-österreich", "sacs-à-main", "promo-été-2025", "cosmétiques-naturels", "tirage-gagné"]


def url_path():
    p = R.choice(PATHS)
    r = R.random()
    if r < 0.2:
        p += R.choice(["?ref=", "?s=", "?uid=", "?token="]) + rnd(string.ascii_lowercase + string.digits, R.randint(5, 9))
    elif r < 0.3:
        p += "#" + rnd(string.ascii_lowercase, 4)
    return p


def scheme_http(p_http):
    return "http://" if R.random() < p_http else "https://"


def with_insecure(url):
    return [("link", "insecure")] if url.startswith("http://") else []


def g_ip_host(lang, v):
    r = R.random()
    if r < 0.1:
        h = lambda: f"{R.randint(1, 0xffff):x}"
        host = f"[2a0{R.randint(1, 9)}:{h()}:{h()}::{h()}]"
    elif r < 0.3:
        host = R.choice([f"192.168.{R.randint(0, 10)}.{R.randint(1, 254)}", f"10.{R.randint(0, 40)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])
    else:
        host = f"{R.choice([45, 5, 37, 62, 77, 94, 141, 193, 212, 217, 103, 156])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    port = R.choice(["", "", "", ":8000", ":3000", ":81", ":8888", ":4443"])
    url = scheme_http(0.5) + host + port + "/" + url_path()
    return url, with_insecure(url)


def g_punycode(lang, v):
    lab = R.choice(IDN_LABELS)
    ace = encodings.idna.ToASCII(lab).decode()
    host = R.choice(["", "", "www.", "shop.", "m."]) + ace + "." + R.choice(["com", "net", "shop", "store", "fr", "site", "eu"])
    url = scheme_http(0.15) + host + "/" + url_path()
    return url, with_insecure(url)


def g_lookalike(lang, v):
    host = R.choice(LOOKALIKES)
    r = R.random()
    if r < 0.15 and not host.startswith("www"):
        url = "www." + host + "/" + url_path()
    else:
        sub = "" if host.count(".") > 1 or host.startswith("www") else R.choice(["", "", "", "www.", "login.", "m."])
        url = scheme_http(0.15) + sub + host + "/" + url_path()
    return url, with_insecure(url)


def g_shortener(lang, v):
    host = R.choice(SHORTENERS)
    code = rnd(ALNUM, R.randint(4, 10))
    url = (host + "/" + code) if R.random() < 0.2 else (scheme_http(0.15) + host + "/" + code)
    return url, with_insecure(url)


def g_insecure(lang, v):
    return "http://" + R.choice(INSECURE) + "/" + R.choice(["", "articles/", "galerie/", "blog/", "evenements/"]) + \
        R.choice(["", "index.php", "programme-2025", "photos", "avis-clients", "?p=" + str(R.randint(10, 999))]), []


def g_blocklisted(lang, v):
    host = R.choice(["", "", "", "m.", "app.", "go.", "fr.", "secure."]) + R.choice(BLOCKED)
    if R.random() < 0.15:
        url = host + "/" + url_path()
    else:
        url = scheme_http(0.2) + host + "/" + url_path()
    return url, with_insecure(url)


def g_mismatch(lang, v):
    vis = R.choice(MISMATCH_VISIBLE)
    if R.random() < 0.12:
        tgt = R.choice([t for t in LEGIT_CROSS_TARGETS if host_of(t).replace("www.", "") not in vis])
    else:
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


# ================================================================ frames
LINK_FR = ["Regarde ça vite avant que ça saute : {L}", "Le lien pour récupérer ton lot : {L} 🎁",
           "jsp si c'est fiable mais le client m'envoie {L}", "Ton colis est bloqué, règle les frais ici {L}",
           "Tu peux relayer {L} en story stp ?", "Le formulaire d'inscription c'est par là 👉 {L}",
           "Mets à jour tes infos de paiement sur {L}", "Une abonnée demande si {L} c'est bien nous",
           "Je te laisse le lien du drive : {L}", "Confirme ton identité via {L} sous 24 h",
           "Le lien à mettre en bio, c'est {L}", "C'est quoi ce lien {L} ? ça a l'air louche",
           "Vu en commentaire sous le post : {L}", "Le presta a mis la maquette ici {L}",
           "Pour voter c'est ici : {L} (merci d'avance 🙏)", "Tu gagnes un iPhone si tu cliques sur {L} lol",
           "Le lien envoyé par l'agence : {L}", "Clique sur {L} pour réactiver ton compte",
           "check {L} stp, c'est urgent", "Pour le replay du live : {L}"]
LINK_EN = ["Grab your reward before it expires: {L}", "Customer DM'd us this link {L}, legit or not?",
           "Customs fee unpaid, your parcel will be returned: {L}", "Can u share {L} in stories?",
           "Sign-up form is over here 👉 {L}", "Please update your billing details at {L}",
           "A follower asks if {L} is really us", "Here's the drive link: {L}",
           "Confirm your identity via {L} within 24 hours", "New bio link: {L}", "what's this link {L}? looks dodgy",
           "Spotted in the comments: {L}", "Mockup is up at {L}", "Vote for us here: {L} 🙏",
           "The agency sent this: {L}", "Reactivate your account here {L}", "pls check {L} asap", "Live replay: {L}"]


def link_frames(kind, extra_fr, extra_en):
    return {"fr": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_FR] + extra_fr,
            "en": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_EN] + extra_en}


FRAMES = {
    "pii.email": {
        "fr": ["Son mail perso c'est {f:pii.email}, elle préfère qu'on passe par là.",
               "Tu peux lui écrire sur {f:pii.email} pour le devis ?",
               "mail de la gagnante : {f:pii.email} (je l'ai eu en DM)",
               "Je te fwd le contact de l'agent : {f:pii.email}",
               "Pour la facture, envoyez-la à {f:pii.email} svp",
               "{prenom} {nom} <{f:pii.email}> demande un retour sur sa candidature.",
               "La cliente s'est trompée d'adresse, la bonne c'est {f:pii.email}",
               "ok je note {f:pii.email} pour l'envoi du kit presse 👌",
               "Contact booking de @{handle} : {f:pii.email}",
               "Elle a changé d'adresse mail : {f:pii.email} maintenant.",
               "Tu mets {f:pii.email} en copie du mail de brief stp"],
        "en": ["Her personal email is {f:pii.email}, she'd rather we use that.",
               "Can you send the quote to {f:pii.email}?", "winner's email: {f:pii.email} (got it via DM)",
               "fwd'ing you the agent's contact: {f:pii.email}",
               "{name} {last} <{f:pii.email}> is asking about the collab.",
               "Customer typo'd her address, the right one is {f:pii.email}",
               "Booking contact for @{handle}: {f:pii.email}", "pls cc {f:pii.email} on the brief",
               "Invoice should go to {f:pii.email} thx"]},
    "pii.phone": {
        "fr": ["Tu peux appeler {prenom} au {f:pii.phone}, elle répond plutôt le matin.",
               "Son numéro WhatsApp : {f:pii.phone}", "Le livreur demande un num, je lui ai filé le {f:pii.phone}",
               "Rappelle-moi au {f:pii.phone} stp c'est urgent", "Numéro de l'agent de @{handle} → {f:pii.phone}",
               "La cliente veut être rappelée au {f:pii.phone} entre 12 h et 14 h",
               "Portable perso (pas de SMS après 20 h) : {f:pii.phone}",
               "Contact sur place le jour du shooting : {prenom}, {f:pii.phone}",
               "Tél. du gagnant pour la livraison : {f:pii.phone}", "num de {prenom} = {f:pii.phone}"],
        "en": ["You can call {name} on {f:pii.phone}, mornings are best.", "His WhatsApp is {f:pii.phone}",
               "Courier wants a number, I gave them {f:pii.phone}", "Call me back at {f:pii.phone} pls, it's urgent",
               "@{handle}'s manager → {f:pii.phone}",
               "Customer asked for a callback on {f:pii.phone} between 12 and 2",
               "On-set contact for the shoot: {name}, {f:pii.phone}", "cell: {f:pii.phone}"]},
    "pii.iban": {
        "fr": ["Tu peux me faire le virement là-dessus : {f:pii.iban}",
               "Coordonnées bancaires de l'agence (IBAN) → {f:pii.iban}",
               "RIB reçu ✅ IBAN {f:pii.iban}, je transmets à la compta",
               "Pour la prestation de {prenom}, virement sur {f:pii.iban} stp",
               "IBAN du photographe : {f:pii.iban} — paiement à 30 jours",
               "jte mets l'iban ici {f:pii.iban} pour pas le perdre",
               "Le cachet de l'influenceuse part sur le compte {f:pii.iban}",
               "Mon compte pour l'avoir : {f:pii.iban} (au nom de {prenom} {nom})"],
        "en": ["Bank details for the shoot fee: {f:pii.iban}", "Could you send the payout to {f:pii.iban}?",
               "The creator's IBAN is {f:pii.iban}, she's paid in euros.",
               "IBAN: {f:pii.iban} (account holder {name} {last})",
               "dropping the iban here so we don't lose it {f:pii.iban}",
               "Refund to {f:pii.iban} please, not to the card.", "Photographer's account for the invoice → {f:pii.iban}"]},
    "pii.card": {
        "fr": ["Ma carte c'est {f:pii.card}, expire fin 2027, vous pouvez débiter ?",
               "Une abonnée a posté son numéro de carte en commentaire : {f:pii.card} 😱 je masque",
               "Le client insiste pour payer par tel, il m'a dicté {f:pii.card}",
               "Prélevez sur cette carte svp : {f:pii.card}",
               "Voilà la carte de la boîte pour booster les posts : {f:pii.card}",
               "Numéro de CB pour la précommande : {f:pii.card} (date 04/28)"],
        "en": ["Here's my card {f:pii.card}, exp end of 2027, can you charge it?",
               "A follower posted her card number in the comments: {f:pii.card} 😬 hiding it now",
               "Customer read out {f:pii.card} over the phone, what do I do with it?",
               "Use the company card for the ad boost: {f:pii.card}", "card no. {f:pii.card} — can u run it again"]},
    "pii.nir": {
        "fr": ["Numéro de sécu de la mannequin pour la DPAE : {f:pii.nir}", "Pour la fiche de paie : NIR {f:pii.nir}",
               "Il a écrit son n° de sécurité sociale dans le formulaire : {f:pii.nir}",
               "Sa carte Vitale indique {f:pii.nir}, je le mets dans le contrat ?",
               "num secu : {f:pii.nir} (c'est pour la mutuelle)"],
        "en": ["French social security number for the model's contract: {f:pii.nir}",
               "Payroll needs her NIR: {f:pii.nir}", "He typed his sécu number into the form: {f:pii.nir}",
               "INSEE number (NIR) → {f:pii.nir}"]},
    "pii.ip": {
        "fr": ["Toutes les fausses inscriptions au concours viennent de {f:pii.ip}",
               "D'après Shopify, la cliente se connecte depuis {f:pii.ip}",
               "Le troll qui spamme les commentaires a l'IP {f:pii.ip}",
               "Tentative de connexion suspecte depuis {f:pii.ip} cette nuit", "ip du compte bloqué : {f:pii.ip}",
               "On bannit {f:pii.ip} du formulaire ?"],
        "en": ["All the fake giveaway entries come from {f:pii.ip}", "Per the logs, the customer's IP was {f:pii.ip}",
               "The troll spamming our posts is on {f:pii.ip}", "Suspicious login from {f:pii.ip} overnight",
               "Should we ban {f:pii.ip} from the form?"]},
    "pii.address": {
        "fr": ["Envoie la box PR à {prenom} : {f:pii.address}", "Adresse de livraison mise à jour → {f:pii.address}",
               "La gagnante habite {f:pii.address}, tu peux préparer l'étiquette ?",
               "Colis retourné, la bonne adresse c'est {f:pii.address}",
               "Pour le contrat, adresse de {prenom} {nom} : {f:pii.address}",
               "Je déménage ! nouvelle adresse :\n{f:pii.address}", "Livrez plutôt au bureau : {f:pii.address}",
               "Adresse du shooting demain : {f:pii.address} (sonnez au 2e)"],
        "en": ["PR box for {name} goes to {f:pii.address}", "Updated shipping address: {f:pii.address}",
               "The winner lives at {f:pii.address}, can you print the label?",
               "Parcel bounced back, correct address is {f:pii.address}",
               "Moving house! new address:\n{f:pii.address}", "Deliver to my work instead: {f:pii.address}"]},
    "pii.birthdate": {
        "fr": ["Je suis née le {f:pii.birthdate}, c'est pour activer le cadeau d'anniversaire.",
               "Date de naissance de la gagnante : {f:pii.birthdate/nopad} (elle est bien majeure)",
               "ddn {f:pii.birthdate/y2}, c'est bon pour le jeu ?",
               "Mon fils est né le {f:pii.birthdate/wd}, il peut avoir la réduc étudiante ?",
               "né le {f:pii.birthdate/abbr} à Lyon, pour le contrat de cession de droits",
               "Pour la carte fidélité : date de naissance {f:pii.birthdate/dots2}",
               "Elle est née le {f:pii.birthdate/cap}, on vérifie qu'elle a l'âge pour participer ?",
               "Date de naiss. : {f:pii.birthdate/nopad}, nom {nom}"],
        "en": ["I was born on {f:pii.birthdate/ord}, so I qualify for the birthday gift.",
               "Winner's DOB: {f:pii.birthdate/us_short} (she's over 18)",
               "d.o.b. {f:pii.birthdate/dots} for the age check",
               "My son was born on the {f:pii.birthdate/of}, does he get the student discount?",
               "Born {f:pii.birthdate/ord_uk} in Cork, for the image-rights release",
               "Birthday for the loyalty card: {f:pii.birthdate/abbr_en}",
               "date of birth {f:pii.birthdate/dmy_abbr} as on her passport"]},
    "secret.password": {
        "fr": ["identifiants du compte TikTok : {handle} / {f:secret.password}",
               "le mdp du Canva c'est {f:secret.password}, touche pas au 2FA",
               "Mot de passe Wi-Fi du showroom : {f:secret.password}",
               "MDP provisoire : {f:secret.password} → change-le à la 1re connexion",
               "code d'accès au drive presse : {f:secret.password}", "pass : {f:secret.password}",
               "User : social.team | Pass : {f:secret.password}",
               "le nouveau mot de passe de la boîte contact c'est {f:secret.password}",
               "Accès Later : login {handle} mdp {f:secret.password}",
               "pw du Meta Business Suite → {f:secret.password}"],
        "en": ["TikTok creds: {handle} / {f:secret.password}", "canva pw is {f:secret.password}, don't touch the 2FA",
               "Showroom Wi-Fi password: {f:secret.password}",
               "Temp password: {f:secret.password} → change it on first login",
               "passwd for the press drive = {f:secret.password}", "User: social.team | Pass: {f:secret.password}",
               "new password for the contact inbox is {f:secret.password}",
               "login {handle} / pass {f:secret.password} for Later"]},
    "secret.api_key": {
        "fr": ["Clé OpenAI pour le bot de réponses auto : {f:secret.api_key/openai}",
               "J'ai collé la clé Brevo dans le doc partagé, la voilà : {f:secret.api_key/brevo}",
               "Token GitLab du repo du site : {f:secret.api_key/gitlab}",
               "La clé Mailchimp de la newsletter : {f:secret.api_key/mailchimp}",
               "Le bot Telegram du SAV tourne avec {f:secret.api_key/telegram}",
               "Clé API Shopify (app privée) → {f:secret.api_key/shopify}",
               "Pour le générateur de visuels : {f:secret.api_key/hf}",
               "clé notion de l'intégration planning : {f:secret.api_key/notion}",
               "SENDGRID_API_KEY={f:secret.api_key/sendgrid}",
               "La clé Claude pour tester les réponses : {f:secret.api_key/anthropic}",
               "clé api du CRM : {f:secret.api_key}"],
        "en": ["OpenAI key for the auto-reply bot: {f:secret.api_key/openai_old}",
               "GitLab token for the website repo: {f:secret.api_key/gitlab}",
               "SendGrid key for transactional mails → {f:secret.api_key/sendgrid}",
               "Twilio key for the SMS campaign: {f:secret.api_key/twilio}",
               "npm token for the widget package: {f:secret.api_key/npm}",
               "Mailgun: {f:secret.api_key/mailgun} (EU region)",
               "Square access token for the pop-up store: {f:secret.api_key/square}",
               "DigitalOcean token, don't commit it: {f:secret.api_key/digitalocean}",
               "Linear API key for the bug board: {f:secret.api_key/linear}",
               "Airtable PAT → {f:secret.api_key/airtable}",
               "Postman key for the shared collection: {f:secret.api_key/postman}",
               "here's the api key {f:secret.api_key}, expires next month"]},
    "secret.private_key": {
        "fr": ["Clé privée du serveur de la boutique, à mettre dans le pipeline :\n{f:secret.private_key}",
               "Voilà la clé PGP pour déchiffrer les exports clients :\n{f:secret.private_key}",
               "le presta m'a envoyé ça par mail, c'est normal ?\n{f:secret.private_key}",
               "```\n{f:secret.private_key}\n```\nc'est la clé pour le SFTP des photos",
               "Config du déploiement :\nssh_key: |\n    {f:secret.private_key/indent}"],
        "en": ["Server key for the shop's deploy pipeline:\n{f:secret.private_key}",
               "PGP key to decrypt the customer exports:\n{f:secret.private_key}",
               "```\n{f:secret.private_key}\n```\nthat's the SFTP key for the photo drop",
               "deploy.yml:\nssh_key: |\n    {f:secret.private_key/indent}",
               "freelancer pasted this in the channel, should we rotate? {f:secret.private_key/oneline}"]},
    "secret.token": {
        "fr": ["Header à mettre dans Postman : Authorization: Bearer {f:secret.token/opaque}",
               "curl -H \"Authorization: Bearer {f:secret.token}\" https://{api_host}/v2/orders",
               "le jwt du dashboard expire jamais apparemment : {f:secret.token/jwt}",
               "{\"Authorization\": \"Bearer {f:secret.token/opaque}\"} ← c'est ce que renvoie l'appli",
               "Cookie de session copié depuis le navigateur : {f:secret.token/jwt}",
               "bearer {f:secret.token/opaque} (c'est celui de l'app mobile)"],
        "en": ["In Insomnia I set Authorization: Bearer {f:secret.token/opaque}",
               "curl -H 'Authorization: Bearer {f:secret.token}' https://{api_host}/v2/customers",
               "the dashboard JWT never expires apparently: {f:secret.token/jwt}",
               "session cookie from my browser: {f:secret.token/jwt}", "auth: bearer {f:secret.token/opaque}",
               "{\"Authorization\": \"Bearer {f:secret.token}\"} is what the app sends"]},
    "confidential.lexicon": {
        "fr": ["Motus sur {f:confidential.lexicon} jusqu'au lancement 🤐",
               "La réunion {f:confidential.lexicon} est avancée à 10 h",
               "T'as les chiffres de {f:confidential.lexicon} ? le client les veut pour demain",
               "On ne tease pas {f:confidential.lexicon} en story avant le feu vert",
               "Le moodboard de {f:confidential.lexicon} est sur le drive",
               "@{handle} demande si elle peut parler de {f:confidential.lexicon} en live",
               "Budget {f:confidential.lexicon} validé par la direction 🎉",
               "Qui gère le planning de {f:confidential.lexicon} cette semaine ?",
               "jpp de {f:confidential.lexicon} 😩 encore un changement de dernière minute",
               "Le NDA pour {f:confidential.lexicon} est signé par l'agence"],
        "en": ["Mum's the word on {f:confidential.lexicon} until launch 🤐", "The {f:confidential.lexicon} sync moved to 10am",
               "Do we have the numbers for {f:confidential.lexicon}? client wants them tmrw",
               "Don't tease {f:confidential.lexicon} in stories yet", "{f:confidential.lexicon}'s launch date slipped again",
               "Can @{handle} mention {f:confidential.lexicon} on her live?",
               "Who owns the {f:confidential.lexicon} calendar this week?", "NDA for {f:confidential.lexicon} is signed"]},
    "link.ip_host": link_frames("link.ip_host", ["L'interface admin du jeu concours tourne sur {f:link.ip_host}"],
                                ["Staging dashboard lives at {f:link.ip_host}"]),
    "link.punycode": link_frames("link.punycode", ["Ce site imite notre boutique : {f:link.punycode}"],
                                 ["This site copies our shop: {f:link.punycode}"]),
    "link.lookalike": link_frames("link.lookalike", ["Votre compte sera suspendu sans vérification : {f:link.lookalike}",
                                                     "Une cliente a reçu ce SMS : « colis en attente, réglez 1,99 € sur {f:link.lookalike} »"],
                                  ["Unusual sign-in detected, secure your account: {f:link.lookalike}"]),
    "link.shortener": link_frames("link.shortener", ["À coller dans ta bio : {f:link.shortener}",
                                                     "{f:link.shortener} ← le lien de la vidéo"],
                                  ["link-in-bio shortcut: {f:link.shortener}"]),
    "link.insecure": link_frames("link.insecure", ["Le blog qui a testé notre sérum : {f:link.insecure}"],
                                 ["The blog that reviewed our serum: {f:link.insecure}"]),
    "link.blocklisted": link_frames("link.blocklisted", ["Un compte spamme ce lien sous nos posts : {f:link.blocklisted}"],
                                    ["Spam account keeps dropping {f:link.blocklisted} under our posts"]),
    "link.mismatch": {
        "fr": ["Pour reprogrammer la livraison c'est sur {f:link.mismatch}",
               "Mettez à jour votre carte Vitale ici : {f:link.mismatch}",
               "Le formulaire gagnant est là : {f:link.mismatch} 🎉", "Connecte-toi via {f:link.mismatch} pour récupérer ton bon",
               "Lien du règlement : {f:link.mismatch}"],
        "en": ["Reschedule your delivery at {f:link.mismatch}", "Winner form is here: {f:link.mismatch} 🎉",
               "Log in via {f:link.mismatch} to claim your voucher", "Terms are at {f:link.mismatch}"]},
    "illegal.hate": {
        "fr": ["Commentaire sous la vidéo : « {f:illegal.hate} »",
               "{f:illegal.hate}, c'est tout ce que j'ai à dire sur votre campagne.", "Désolé mais {f:illegal.hate}.",
               "Arrêtez avec votre pub inclusive, {f:illegal.hate}.", "Un abonné nous écrit en DM : {f:illegal.hate}",
               "Je le pense vraiment : {f:illegal.hate}."],
        "en": ["Comment under the reel: \"{f:illegal.hate}\"",
               "{f:illegal.hate}, that's all I have to say about your campaign.", "No offence but {f:illegal.hate}.",
               "Stop with the woke ads, {f:illegal.hate}.", "Just got this in our DMs: {f:illegal.hate}"]},
    "illegal.threat": {
        "fr": ["{f:illegal.threat}, tu vas voir.", "Écoute-moi bien, {f:illegal.threat}.",
               "Reçu en MP à 3 h du mat : « {f:illegal.threat} »", "Supprime encore mon com et {f:illegal.threat}.",
               "Tu m'as bloqué ? {f:illegal.threat}"],
        "en": ["{f:illegal.threat}, you'll see.", "Listen carefully, {f:illegal.threat}.",
               "Got this DM at 3am: \"{f:illegal.threat}\"", "Delete my comment again and {f:illegal.threat}.",
               "You blocked me? {f:illegal.threat}"]},
    "insult.insult": {
        "fr": ["T'es qu'un {f:insult.insult/noun} en fait.",
               "{f:insult.insult/phrase}, vous êtes même pas fichus d'envoyer un colis.",
               "Le CM qui m'a répondu est un vrai {f:insult.insult/noun}", "Mais quel {f:insult.insult/noun} ce livreur 🙄",
               "Tu vas répondre, {f:insult.insult/noun} ?", "{f:insult.insult/phrase} !", "Allez, bisous {f:insult.insult/phrase}.",
               "wsh {f:insult.insult/noun}, tu réponds ou quoi ?"],
        "en": ["You're such a {f:insult.insult/noun}.", "{f:insult.insult/phrase}, can't even ship a parcel.",
               "The guy who replied to me is a proper {f:insult.insult/noun}",
               "What a {f:insult.insult/noun} that courier is 🙄", "Answer me, {f:insult.insult/noun}!",
               "{f:insult.insult/phrase}!", "oi {f:insult.insult/noun}, u gonna reply or what"]},
    "tone.shouting": {
        "fr": ["{f:tone.shouting} !", "Je le redis une dernière fois : {f:tone.shouting}.", "Pfff... {f:tone.shouting}",
               "{f:tone.shouting}, quinze jours sans un mot de votre part.", "Marre. {f:tone.shouting} 😡"],
        "en": ["{f:tone.shouting}!", "Saying it one last time: {f:tone.shouting}.", "Ugh... {f:tone.shouting}",
               "{f:tone.shouting}, 14 days and not a single reply.", "Fed up. {f:tone.shouting} 😡"]},
    "tone.punctuation": {
        "fr": ["Toujours rien reçu {f:tone.punctuation}", "Le live commence dans 5 min {f:tone.punctuation} 🎉",
               "Rupture de stock en 10 minutes {f:tone.punctuation}", "Sérieux {f:tone.punctuation}",
               "Vous êtes où {f:tone.punctuation}", "On a gagné le prix de la meilleure campagne {f:tone.punctuation}",
               "C'est quoi ce délai{f:tone.punctuation}"],
        "en": ["Still nothing{f:tone.punctuation}", "Live starts in 5{f:tone.punctuation} 🎉",
               "Sold out in ten minutes{f:tone.punctuation}", "Are you kidding me{f:tone.punctuation}",
               "We won best campaign{f:tone.punctuation}", "hello{f:tone.punctuation} anyone there"]},
    "tone.aggressive": {
        "fr": ["{f:tone.aggressive}, point final.", "Bon, {f:tone.aggressive}, ok ?", "Je vous l'ai déjà dit, {f:tone.aggressive}.",
               "Monsieur, {f:tone.aggressive}.", "Écoutez, {f:tone.aggressive}."],
        "en": ["{f:tone.aggressive}, end of story.", "Right, {f:tone.aggressive}, ok?", "Like I already said, {f:tone.aggressive}.",
               "Sir, {f:tone.aggressive}."]},
}

COMBOS = {
    "fr": ["Infos gagnante : {prenom} {nom}, {f:pii.address}, joignable au {f:pii.phone}",
           "Fiche contrat de {prenom} {nom} → né le {f:pii.birthdate/nopad}, n° sécu {f:pii.nir}",
           "Accès Shopify → {f:pii.email} / mdp {f:secret.password}",
           "Allô ?? {f:tone.shouting} {f:tone.punctuation}",
           "{f:insult.insult/phrase} {f:tone.punctuation} {f:illegal.threat}.",
           "En avant-première sur {f:confidential.lexicon} ➡️ {f:link.shortener}",
           "IBAN {f:pii.iban} et carte de secours {f:pii.card}, débitez ce que vous voulez",
           "Je veux mon argent sur {f:pii.iban} et vite{f:tone.punctuation}",
           "Mail : {f:pii.email} · Tel. : {f:pii.phone} · IP : {f:pii.ip}",
           "{f:tone.aggressive}, {f:insult.insult/noun}.",
           "Brief {f:confidential.lexicon} : accès admin sur {f:link.ip_host}, mdp {f:secret.password}"],
    "en": ["Ship the prize to {name} {last} — {f:pii.address} — call {f:pii.phone} if no answer",
           "shop admin = {f:pii.email} | pw: {f:secret.password}",
           "omg {f:tone.shouting}{f:tone.punctuation} 😤",
           "Sneak peek of {f:confidential.lexicon} 👉 {f:link.shortener}",
           "{f:illegal.threat}, got it{f:tone.punctuation} {f:insult.insult/phrase}.",
           "Payout to {f:pii.iban}, questions to {f:pii.email}",
           "DOB {f:pii.birthdate/us_short}, card {f:pii.card}, address {f:pii.address}",
           "{f:tone.aggressive}, {f:insult.insult/noun}.",
           "{f:confidential.lexicon} deck + admin at {f:link.ip_host}, pass {f:secret.password}"],
}

# ---- more frames (variety)
_MORE = {
    "pii.email": (["L'adresse de facturation de l'agence : {f:pii.email}", "stp renvoie le contrat signé à {f:pii.email}",
                   "Le gagnant n°2 c'est {f:pii.email}, j'ai pas son insta",
                   "Pour les retours presse, écrire à {f:pii.email} (c'est sa boîte perso)"],
                  ["Billing contact at the agency: {f:pii.email}", "Runner-up is {f:pii.email}, no insta handle",
                   "Send the signed contract back to {f:pii.email} pls"]),
    "pii.phone": (["Joignable au {f:pii.phone} jusqu'à 19 h", "Appelez ma mère au {f:pii.phone} si je réponds pas",
                   "Le numéro que la cliente a laissé : {f:pii.phone}", "Son fixe : {f:pii.phone}",
                   "SMS au {f:pii.phone} quand le colis part stp"],
                  ["Text me on {f:pii.phone} when it ships", "Landline: {f:pii.phone}"]),
    "pii.iban": (["Virement SEPA à l'ordre de {prenom} {nom}, IBAN {f:pii.iban}",
                  "Voilà le RIB de ma mère pour le remboursement : {f:pii.iban}", "IBAN (compte pro) : {f:pii.iban}",
                  "Le photographe a changé de banque, nouvel IBAN : {f:pii.iban}"],
                 ["New IBAN after she switched banks: {f:pii.iban}", "Account for the refund: IBAN {f:pii.iban}"]),
    "pii.card": (["Voici les chiffres de ma carte : {f:pii.card}",
                  "Payez avec ma carte {f:pii.card}, le code je vous l'envoie après",
                  "La cliente demande qu'on garde sa carte en mémoire : {f:pii.card}"],
                 ["Card on file should be {f:pii.card}, can you update it?", "Charge {f:pii.card} for the two extra boxes",
                  "She dictated {f:pii.card} to the intern 🙈", "Use my card pls: {f:pii.card}"]),
    "pii.nir": (["NIR salarié(e) : {f:pii.nir}", "Pour l'attestation employeur, son numéro de sécu : {f:pii.nir}",
                 "Elle a mis son numéro de sécu en commentaire 🤦 {f:pii.nir}", "N° INSEE du figurant : {f:pii.nir}"],
                ["Her sécu number for the French payroll: {f:pii.nir}", "Contractor's French NIR → {f:pii.nir}"]),
    "pii.ip": (["Le webhook reçoit des requêtes bizarres de {f:pii.ip}",
                "Le même visiteur ({f:pii.ip}) a tenté 40 fois le code promo",
                "IP de la personne qui a laissé les avis 1 étoile : {f:pii.ip}"],
               ["Same visitor ({f:pii.ip}) tried the promo code 40 times", "IP behind the 1-star review spam: {f:pii.ip}",
                "Webhook is getting weird hits from {f:pii.ip}", "Blocked {f:pii.ip} in Cloudflare"]),
    "pii.address": (["Adresse de facturation : {f:pii.address}", "Le colis doit partir chez sa grand-mère : {f:pii.address}",
                     "Pour l'échange, renvoyez à {f:pii.address} svp", "J'habite {f:pii.address}, 3e étage sans ascenseur"],
                    ["Billing address: {f:pii.address}", "Send it to my nan's: {f:pii.address}",
                     "For the exchange please post it to {f:pii.address}"]),
    "pii.birthdate": (["Inscription : {prenom} {nom}, née le {f:pii.birthdate/abbr}",
                       "date de naissance {f:pii.birthdate/y2} (je sais pas si c'est utile)",
                       "Il est né le {f:pii.birthdate/nopad}, il aura 18 ans dans le mois",
                       "ma ddn c'est le {f:pii.birthdate/dots2}",
                       "Pour l'assurance du shooting, date de naissance du mannequin : {f:pii.birthdate/cap}",
                       "née le {f:pii.birthdate/wd} à Brest", "Le gagnant est né le {f:pii.birthdate}, il est majeur ?"],
                      ["Sign-up: {name} {last}, born {f:pii.birthdate/abbr_en}", "her dob is {f:pii.birthdate/us_short} fyi",
                       "He was born on {f:pii.birthdate/ord}, so he's still 17",
                       "date of birth (model, for insurance): {f:pii.birthdate/dmy_abbr}",
                       "Birth date on the ID: {f:pii.birthdate/dots}"]),
    "secret.password": (["Le compte Pinterest : {handle} / mdp : {f:secret.password}", "mdp wifi invités = {f:secret.password}",
                         "Voilà le mot de passe du PDF du contrat : {f:secret.password}",
                         "j'ai remis l'ancien mot de passe, {f:secret.password}, ça marche de nouveau",
                         "Connexion back-office → identifiant social, mot de passe {f:secret.password}"],
                        ["Pinterest: {handle} / password: {f:secret.password}", "guest wifi pw = {f:secret.password}",
                         "the contract PDF password is {f:secret.password}",
                         "I put the old password back ({f:secret.password}), works again"]),
    "secret.api_key": ([], ["Brevo key for the welcome flow: {f:secret.api_key/brevo}",
                            "HF token for the caption model: {f:secret.api_key/hf}",
                            "Notion integration secret: {f:secret.api_key/notion}",
                            "Shopify admin token → {f:secret.api_key/shopify}",
                            "Telegram bot token: {f:secret.api_key/telegram}",
                            "ANTHROPIC_API_KEY={f:secret.api_key/anthropic}"]),
    "secret.private_key": (["La clé SSH du serveur de la boutique (à supprimer après lecture) :\n{f:secret.private_key}"],
                           ["ssh key for the shop box, delete after reading:\n{f:secret.private_key}"]),
    "secret.token": (["Le token d'accès de l'API commandes : Bearer {f:secret.token/opaque}",
                      "Authorization: Bearer {f:secret.token/jwt} — ça passe en local",
                      "voilà mon bearer {f:secret.token/opaque} pour que tu testes"],
                     ["Access token for the orders API: Bearer {f:secret.token/opaque}",
                      "Authorization: Bearer {f:secret.token/jwt} works locally",
                      "here's my bearer {f:secret.token/opaque} so you can test"]),
    "confidential.lexicon": (["Les échantillons {f:confidential.lexicon} arrivent lundi au bureau",
                              "Petit point {f:confidential.lexicon} demain 9 h ?",
                              "{f:confidential.lexicon} : le prix final est pas encore validé",
                              "Rappel : on ne prononce pas le nom {f:confidential.lexicon} en live",
                              "La présentation « {f:confidential.lexicon} » est dans le Drive",
                              "Qui a leaké {f:confidential.lexicon} sur Twitter ??",
                              "Le brief {f:confidential.lexicon} est en V4 😅",
                              "Tu peux m'envoyer le planning {f:confidential.lexicon} ?"],
                             ["Samples for {f:confidential.lexicon} land on Monday",
                              "Quick {f:confidential.lexicon} check-in tomorrow at 9?",
                              "Reminder: never say {f:confidential.lexicon} on a live",
                              "Who leaked {f:confidential.lexicon} on X??"]),
    "illegal.hate": (["Réponse sous l'annonce de la collab : {f:illegal.hate}",
                      "Vu en story chez un abonné : « {f:illegal.hate} »", "{f:illegal.hate}, désabonnement immédiat.",
                      "Je boycotte, {f:illegal.hate}.", "Votre égérie ? {f:illegal.hate}.",
                      "Franchement faut le dire : {f:illegal.hate}"],
                     ["Reply under the collab announcement: {f:illegal.hate}", "{f:illegal.hate}, unfollowing right now.",
                      "Boycotting you, {f:illegal.hate}.", "Gotta say it: {f:illegal.hate}"]),
    "illegal.threat": (["Tu crois que je rigole ? {f:illegal.threat}.", "Commentaire signalé : « {f:illegal.threat} »",
                        "Rembourse ou {f:illegal.threat}.", "Dernier avertissement : {f:illegal.threat}."],
                       ["Think I'm joking? {f:illegal.threat}.", "Flagged comment: \"{f:illegal.threat}\"",
                        "Refund me or {f:illegal.threat}.", "Final warning: {f:illegal.threat}."]),
    "insult.insult": (["Encore toi, {f:insult.insult/noun} ?",
                       "Et l'autre {f:insult.insult/noun} qui me répond « on regarde » 🙄", "Pfff {f:insult.insult/phrase}…",
                       "Franchement quel {f:insult.insult/noun}, ce service client",
                       "{f:insult.insult/phrase}, rendez-moi mon fric.", "Merci pour rien {f:insult.insult/phrase}",
                       "Ton pote du SAV est un {f:insult.insult/noun} fini",
                       "Le livreur ? Un {f:insult.insult/noun}, il a balancé le colis par-dessus le portail",
                       "T'as vu ta réponse, {f:insult.insult/noun} ?", "Ouais c'est ça, {f:insult.insult/noun}."],
                      ["You again, {f:insult.insult/noun}?", "Thanks for nothing, {f:insult.insult/phrase}",
                       "{f:insult.insult/phrase}, give me my money back.",
                       "The courier? A total {f:insult.insult/noun}, threw it over the gate",
                       "Did you even read your reply, {f:insult.insult/noun}?"]),
    "tone.shouting": (["Je répète pour la dernière fois : {f:tone.shouting}", "{f:tone.shouting} 🤬🤬",
                       "Allo le service client ? {f:tone.shouting}", "3e message : {f:tone.shouting}", "Bon. {f:tone.shouting}.",
                       "{f:tone.shouting}. Merci.", "Non mais là {f:tone.shouting}"],
                      ["{f:tone.shouting} 🤬🤬", "Hello customer service? {f:tone.shouting}", "Third message: {f:tone.shouting}",
                       "{f:tone.shouting}. Thanks."]),
    "tone.punctuation": (["Mais sérieux vous êtes où {f:tone.punctuation}", "Toujours pas de remboursement{f:tone.punctuation}",
                          "Incroyable ce reel {f:tone.punctuation} 😍", "Comment ça épuisé {f:tone.punctuation}",
                          "100k vues en une nuit {f:tone.punctuation}", "Encore un retard {f:tone.punctuation}",
                          "Quoi {f:tone.punctuation} Déjà fini {f:tone.punctuation}",
                          "Ça y est on est en rupture {f:tone.punctuation}"],
                         ["No refund yet{f:tone.punctuation}", "This reel is insane{f:tone.punctuation} 😍",
                          "What do you mean sold out{f:tone.punctuation}", "100k views overnight{f:tone.punctuation}",
                          "Another delay{f:tone.punctuation}", "Seriously{f:tone.punctuation} Again{f:tone.punctuation}"]),
    "tone.aggressive": (["Pour la dernière fois, {f:tone.aggressive}.", "{f:tone.aggressive}, c'est clair ?",
                         "Sans vouloir être désagréable, {f:tone.aggressive}.", "Madame, {f:tone.aggressive}, merci.",
                         "Alors {f:tone.aggressive}.", "Non, {f:tone.aggressive}.", "Écoutez-moi bien, {f:tone.aggressive}."],
                        ["For the last time, {f:tone.aggressive}.", "{f:tone.aggressive}, is that clear?",
                         "Not to be rude but {f:tone.aggressive}.", "No. {f:tone.aggressive}.", "So {f:tone.aggressive}."]),
    "link.mismatch": (["Ton code cadeau est à activer ici : {f:link.mismatch}", "Dernier rappel, payez les frais sur {f:link.mismatch}",
                       "Voir la facture : {f:link.mismatch}", "Le lien de la collab : {f:link.mismatch}"],
                      ["Activate your gift code here: {f:link.mismatch}", "Final reminder, pay the fee at {f:link.mismatch}",
                       "View invoice: {f:link.mismatch}", "Collab link: {f:link.mismatch}",
                       "Your account was flagged, review it at {f:link.mismatch}"]),
}
for _k, (_fr, _en) in _MORE.items():
    FRAMES[_k]["fr"] += _fr
    FRAMES[_k]["en"] += _en
_MORE_LINK_FR = ["Le lien du concours à partager : {L}", "Une cliente a reçu ce lien par SMS : {L}",
                 "Je t'envoie la maquette ici : {L}", "Voilà le lien pour le formulaire presse {L}"]
_MORE_LINK_EN = ["A customer got this link by text: {L}", "Press form link {L}", "Sharing the contest link: {L}"]
for _k in ["link.ip_host", "link.punycode", "link.lookalike", "link.shortener", "link.insecure", "link.blocklisted"]:
    FRAMES[_k]["fr"] += [f.replace("{L}", "{f:" + _k + "}") for f in _MORE_LINK_FR]
    FRAMES[_k]["en"] += [f.replace("{L}", "{f:" + _k + "}") for f in _MORE_LINK_EN]
COMBOS["fr"] += ["Nom : {prenom} {nom} / tél {f:pii.phone} / mail {f:pii.email}",
                 "Adresse {f:pii.address}, carte {f:pii.card}, envoyez vite",
                 "Accès Wi-Fi showroom : réseau sillage-guest, mdp {f:secret.password}",
                 "{f:illegal.threat} {f:tone.punctuation} {f:tone.shouting}",
                 "{f:insult.insult/noun} va, {f:tone.aggressive}.",
                 "Le deck {f:confidential.lexicon} est sur {f:link.ip_host}",
                 "Clé {f:secret.api_key} + token Bearer {f:secret.token/opaque} pour l'intégration",
                 "Paiement de la créatrice : IBAN {f:pii.iban}, née le {f:pii.birthdate/nopad}",
                 "Connexion depuis {f:pii.ip} avec {f:pii.email}, c'est elle ?",
                 "Cliquez vite {f:link.lookalike} {f:tone.punctuation}",
                 "{f:tone.shouting} {f:insult.insult/phrase}{f:tone.punctuation}",
                 "Teaser {f:confidential.lexicon} : {f:link.mismatch}",
                 "Remboursez {f:pii.card} sinon {f:illegal.threat}."]
COMBOS["en"] += ["Name: {name} {last} / phone {f:pii.phone} / email {f:pii.email}",
                 "Address {f:pii.address}, card {f:pii.card}, ship asap",
                 "{f:illegal.threat} {f:tone.punctuation} {f:tone.shouting}",
                 "The {f:confidential.lexicon} deck is on {f:link.ip_host}",
                 "Key {f:secret.api_key} + Bearer {f:secret.token/opaque} for the integration",
                 "Login from {f:pii.ip} using {f:pii.email}, is that her?",
                 "Click fast {f:link.lookalike}{f:tone.punctuation}",
                 "Refund {f:pii.card} or {f:illegal.threat}.",
                 "{f:insult.insult/noun}, {f:tone.aggressive}{f:tone.punctuation}"]


# ================================================================ clean lines (tricky on purpose)
CLEAN = {
    "fr": [
        "Ta commande {order} vient d'être expédiée, tu devrais la recevoir d'ici 48 h 🚚",
        "Hello ! Le colis {tracking} est bien en transit, pas d'inquiétude.",
        "Le kit découverte passe à {price} (au lieu de {price2}) pendant les soldes.",
        "Livraison estimée le {date}, le transporteur t'enverra un SMS la veille.",
        "La réf exacte c'est {sku}, dispo aussi sur {brand_url}",
        "Si t'as oublié ton mdp, clique sur « mot de passe oublié » en bas de la page de connexion 😉",
        "Petite précision : on ne vous demandera jamais votre mot de passe par message.",
        "Bon, la 1re version du flacon était un peu nulle, on avoue, la nouvelle est bien mieux.",
        "Merci pour ton retour !!",
        "Le suivi se fait directement ici : {public_url}",
        "Dernier jour pour participer au giveaway : clôture le {date} à minuit ⏰",
        "On t'a fait un geste commercial de {price} sur ton prochain achat 🎁",
        "Aurore de l'équipe logistique te rappelle cet aprèm.",
        "C'est Aurore qui gère les partenariats maintenant, je lui transfère ta demande.",
        "Ton suivi : {tracking} (mis à jour ce soir)",
        "Code {promo} = -{pct} % sur tout le site jusqu'au {date} 💸",
        "La collab avec @{handle} est en ligne depuis ce matin, les retours sont top 🔥",
        "On a produit 1 800 exemplaires de l'édition limitée, pas un de plus.",
        "Le 36 et le 40 sont revenus en stock cette nuit.",
        "Ticket n° {ticket} bien reçu, on revient vers toi sous 2 jours ouvrés.",
        "Ton remboursement de {price} part aujourd'hui, compte 3 à 5 jours selon ta banque.",
        "Tout est expliqué ici : {md_ok}",
        "Le retour est offert, il suffit d'imprimer l'étiquette depuis ton espace client.",
        "Désolé pour le délai, c'est clairement pas au niveau cette semaine 😕",
        "Notre marque a fêté ses 10 ans en mars, merci d'être là depuis le début 🥹",
        "Tu as 30 jours à partir du {date} pour faire un échange.",
        "Le service client répond du lundi au samedi, de 9 h à 19 h.",
        "La teinte 07 Noisette est en rupture, réassort prévu fin {month}.",
        "C'est transmis à l'entrepôt, ils te tiennent au courant 👍",
        "Ton colis t'attend au relais, pense à prendre une pièce d'identité.",
        "Oui la crème est vegan et sans parfum, parfaite pour les peaux réactives.",
        "Live ce soir à 20 h sur TikTok, on révèle la nouvelle gamme 🎥",
        "Attention aux arnaques : on n'envoie jamais de lien de paiement par SMS.",
        "Le seul lien officiel c'est {md_site}, le reste c'est des faux.",
        "La facture F{year}-{ticket} est téléchargeable depuis ton compte.",
        "Félicitations {prenom}, tu as gagné le coffret du mois 🏆",
        "Honnêtement le mascara n'est pas nul, il faut juste bien essorer la brosse.",
        "Le prélèvement de {price} correspond à ta box mensuelle, rien d'anormal.",
        "Ton colis fait 3,2 kg donc les frais de port sont offerts.",
        "C'est validé pour l'échange !",
        "Le code ÉTÉ n'est pas cumulable avec la carte fidélité.",
        "Call avec l'agence calé le {date} à {hour}, je t'envoie l'invit.",
        "Ok ça marche, merci !", "Bien noté 👍", "Nickel, à plus tard !", "Trop cool merci {prenom} !!",
        "Le gagnant sera annoncé le {date} en live.",
        "Dossier remboursement {order} : en cours d'examen par la compta.",
        "Le nouveau gloss sort le {date} en boutique, prix public {price}.",
        "Tu retrouves le point de retrait dans le SMS de confirmation.",
        "On comprend que ce soit frustrant, on fait tout pour accélérer.",
        "Dommage que le carton soit arrivé écrasé, on te renvoie le produit sans frais.",
        "Méfie-toi des comptes qui se font passer pour nous en DM, on ne demande jamais de RIB.",
        "Le tirage a été fait sous contrôle d'un commissaire de justice.",
        "Le guide des tailles est dispo sur {brand_url} 📐",
        "Avec tes points fidélité tu as {price} de réduc sur ta prochaine commande.",
        "Dispo demain {hour} pour un point rapide sur le brief ?",
        "Contrat signé avec {prenom} ✍️ on lance la campagne lundi.",
        "Le lien officiel pour suivre ton colis reste {public_url}",
        "Pour toute question sur un colis La Poste, le mieux est de passer par leur service client.",
        "La mise à jour 5.2 de l'appli corrige le souci de panier vide.",
        "Le prélèvement SEPA apparaîtra avec l'identifiant créancier {ics}.",
        "Référence de l'opération côté banque : {txn}",
        "Pour ta note de frais : {brand} SAS, SIRET {siret}",
        "Si ta parfumerie veut le commander, le code-barres est {ean}.",
        "Expédition en Chronopost 13 h, suivi envoyé par mail.",
        "Plus rien en stock ?! Eh oui, tout est parti en 8 minutes 😅",
        "Si tu as perdu ton mdp, fais « mot de passe oublié » et tu recevras un lien.",
        "Merci beaucoup !", "Top top 👍", "Génial !!", "Avec grand plaisir, à ton service 😊", "Reçu 5/5, merci.",
        "Ton colis semble bloqué au centre de tri, on a ouvert une réclamation.",
        "Tes retours nous aident, même les négatifs, alors merci 🙏",
        "Ta vidéo est incroyable, le rendu est trop beau ✨",
        "La commande {order} du {date} est bien réglée.",
        "Ton numéro client est le {ticket}, tu le retrouves sur tes factures.",
        "Rémunération : {price} brut + la box, réglée sous 45 jours.",
        "Hello, t'as eu le temps de regarder le moodboard ?",
        "Le shooting est décalé au {date}, même heure.",
        "On t'envoie le colis PR la semaine prochaine, tu confirmes ton adresse via le formulaire ?",
        "Pour la story, pense à mettre #partenariat et la mention @{handle}.",
        "Le post doit être en ligne avant le {date}, idéalement vers 18 h.",
        "Tu peux garder les produits, c'est cadeau 🎁",
        "On a 12 % de taux d'engagement sur le dernier reel, c'est fou !",
        "Brief envoyé par mail, dis-moi si t'as des questions.",
        "Les stats de la campagne sont dans le dossier partagé.",
        "Pas de souci, on décale d'une semaine.",
        "Bof le rendu de la photo 2, on peut en refaire une ?",
        "Le vernis n'est pas terrible sur les ongles courts, on le note pour la prochaine version.",
        "C'est un peu décevant côté tenue, on transmet au labo.",
        "Le code de retrait à 6 chiffres est dans le SMS du transporteur.",
        "Le mot de passe de ton compte n'est jamais visible par notre équipe, rassure-toi.",
        "Pour réinitialiser ton mot de passe, passe par l'appli, rubrique Profil.",
        "Le BIC de notre banque est {bic} si ta banque le demande.",
        "Votre mandat SEPA porte la référence {rum}.",
        "Notre n° TVA intracom : {tva}",
        "SIREN {siren}, siège à Nantes.",
        "La commande groupée fait 240 pièces, livraison en 2 palettes.",
        "On sera au salon Beauté Sélection du {date} au {date2}, stand B12.",
        "Vous avez jusqu'à dimanche pour tenter votre chance 🍀",
        "Ça fait plaisir de lire ça, merci {prenom} 🥰",
        "Le colis est parti ce matin avec DPD, suivi {tracking}.",
        "Les frais de port sont offerts dès {price}.",
        "On n'a pas encore la date de restock, je te tiens au jus.",
        "On ne livre pas encore en Suisse, désolée 😢",
        "Le retour en magasin est possible avec le ticket de caisse.",
        "Les photos du shooting sont sur le drive, dossier « Printemps ».",
        "Merci de ne pas publier avant le feu vert de l'équipe com 🙏",
        "La newsletter part jeudi à 10 h.",
        "La story a fait 48 000 vues en 24 h, bravo à toi !",
        "Tu veux la version en 50 ml ou en 100 ml ?",
        "Le paiement en 3 fois est dispo dès {price} d'achat.",
        "Je te mets en copie de l'échange avec la logistique.",
        "Ce modèle taille un peu petit, je te conseille de prendre une taille au-dessus.",
        "L'appli est dispo sur iOS et Android, version 4.8.",
        "Pas de panique, le débit de {price} sera annulé automatiquement.",
        "La carte cadeau est valable 1 an à partir du {date}.",
        "On a bien reçu ton colis retour, le remboursement suit.",
        "Le lot gagnant part demain par lettre suivie.",
        "Nos bureaux sont fermés le {date}, réponse dès le lendemain.",
        "Ça c'est une super idée, je la remonte à l'équipe produit !",
        "Pour info la réf {sku} remplace l'ancienne, même formule.",
        "Bonne nouvelle : ton colis est livré 🎉",
        "J'ai relancé le transporteur, il repasse demain entre 9 h et 12 h.",
        "Franchement, le packaging de la box de Noël était raté, on corrige pour cette année.",
        "T'inquiète, c'est réglé !",
        "Yes, je valide la V2 du visuel 👌",
        "L'ambassadrice du mois c'est {prenom}, check son post 👀",
        "C'est pas top pour le délai, on sait, mais ça arrive.",
        "Tu peux suivre ta commande en te connectant sur {md_site}",
        "Les résultats du concours sont publiés sur {brand_url}",
        "Le dossier de presse est prêt, je te l'envoie par WeTransfer.",
        "Le tarif pro est de {price} le carton de 6.",
        "Pour info, le créneau de livraison choisi est le {date} matin.",
        "La boutique de Lille ouvre le {date} 🥳",
        "On cherche 5 créatrices pour tester la nouvelle gamme, ça te tente ?",
        "Le contrat prévoit 2 posts et 3 stories, paiement à réception de facture.",
        "Les précommandes ouvrent vendredi à 10 h pile.",
        "Tu peux payer par PayPal, carte ou virement, comme tu préfères.",
        "Aucun souci pour annuler, c'est fait.",
        "Mea culpa, on s'est trompés de couleur dans ton colis, on te renvoie la bonne.",
        "Pour les pros, les CGV sont un peu différentes, je t'envoie le PDF.",
        "Je te confirme la réception du virement, merci !",
        "Le lien de connexion officiel reste {public_url}",
        "Au fait, l'événement de lancement aura lieu le {date} à Paris.",
        "La référence de ton avoir est AV-{year}-{ticket}.",
        "Sympa ton montage, on peut le repartager ?",
        "Pas mal du tout pour une première vidéo !",
        "Le colis est reparti à l'expéditeur, on te le renvoie dès réception.",
        "Le shampoing solide dure environ 60 lavages.",
        "Le concours est réservé aux majeurs résidant en France métropolitaine.",
        "On fait une pause pendant les fêtes, retour le {date}.",
        "Ok pour le tarif, on part là-dessus 🤝",
        "Le créneau de 16 h te va pour le live ?",
        "Tu as reçu le mail avec ton code de réduction ?",
        "Je regarde ça et je reviens vers toi avant ce soir.",
        "C'est noté pour le changement de taille !",
        "Le coffret contient 4 miniatures et une trousse.",
        "Coucou, le colis est parti hier soir 📦",
        "jsuis dispo jeudi aprèm pour le call, ça te va ?",
        "tkt c'est réglé 😉",
        "dsl pour le retard de réponse, grosse semaine !",
        "mdr le chat dans la vidéo 😂 on adore",
        "Le montage final est à envoyer avant le {date} stp",
        "La facture fait {price}, TVA incluse.",
        "C'est bon pour moi, on part sur la version 2 👍",
        "Votre compte est activé, vous pouvez vous connecter.",
        "Si le lien du mail a expiré, redemande-en un depuis l'appli.",
        "On ne partage tes infos avec personne, promis.",
        "Les résultats du quiz sont en ligne le {date} à midi.",
        "Trop mimi l'unboxing 😍",
        "Honnêtement le premier échantillon sentait un peu bizarre, le final est bien mieux.",
        "Tu peux me renvoyer le lien du drive ? Celui d'hier ne marche plus.",
        "On a réduit les emballages plastiques de 40 % cette année 🌱",
        "La nouvelle collection est fabriquée au Portugal.",
        "Le code promo s'applique automatiquement au panier.",
        "Ton avis compte beaucoup pour nous, merci d'avoir pris le temps ✍️",
        "La prochaine vente privée aura lieu le {date}.",
        "Les frais de douane pour la Suisse sont à la charge du destinataire.",
        "Le coloris sable revient fin {month}.",
        "Commande {order} : 2 articles expédiés, 1 en attente de réassort.",
        "Tu veux qu'on t'envoie la taille au-dessus en échange ?",
        "Le paiement a bien été accepté, merci pour ta commande !",
        "L'étiquette retour est valable 14 jours.",
        "Pour les commandes pro, contactez-nous via le formulaire du site.",
        "Le produit est garanti 2 ans, pièces et main-d'œuvre.",
        "On ne fait pas d'échange sur les articles soldés, désolée.",
        "On a bien noté ta remarque sur le bouchon, c'est remonté au fournisseur.",
        "Bonne nouvelle, ta candidature ambassadrice est retenue 🎉",
        "La séance photo de {prenom} était top, les visuels arrivent lundi.",
        "Le lot comprend un bon d'achat de {price} et un sac en toile.",
        "Tu trouveras le kit média en pièce jointe.",
        "Le replay du live est dispo sur notre compte pendant 48 h.",
        "Le marché de Noël de la marque aura lieu du {date} au {date2}.",
        "Merci d'indiquer le numéro de commande {order} dans ta réponse.",
        "On n'a pas de boutique physique pour l'instant, seulement l'e-shop.",
        "Les échantillons sont offerts dès 2 produits achetés.",
        "Ton colis a été remis au gardien de l'immeuble.",
        "La tenue du rouge est d'environ 8 h selon nos tests.",
        "Les statistiques Insta du mois sont meilleures que prévu 📈",
        "Hello, petit rappel : la story est prévue demain à {hour}.",
        "Le drop de vendredi est limité à 2 pièces par personne.",
        "On passe à la version rechargeable en septembre ♻️",
        "Le vernis mat n'est pas top sur ongles longs, on le sait.",
        "Bof bof la lumière sur la 3e photo, tu peux la refaire ?",
        "Le produit était un peu raté au début, la V2 corrige tout.",
        "Ta réclamation n° {ticket} est close, n'hésite pas si besoin.",
        "La référence {sku} est épuisée mais la {sku} est très proche.",
        "Commande passée le {date}, livrée le {date2} : tout est ok de notre côté.",
        "Il reste 3 exemplaires en taille 40.",
        "Le créneau du live passe de {hour} à 19 h.",
        "Les paiements des créateurs partent le 5 de chaque mois.",
        "Ton code parrainage te fait gagner {price} par amie parrainée.",
        "L'adresse de retour est indiquée sur le bon dans ton colis.",
        "On répond à tous les DM, même si ça prend parfois un peu de temps.",
        "Le parfum est 100 % d'origine naturelle.",
        "Les fichiers HD sont sur WeTransfer, lien valable 7 jours.",
        "Ça me va, on signe comme ça 🤝",
        "Le virement de {price} est parti ce matin.",
        "Prélèvement SEPA : référence de mandat {rum}, ICS {ics}.",
        "Notre IBAN figure sur la facture, pas besoin de nous l'envoyer.",
        "Ta carte n'a pas été débitée, la commande a échoué avant le paiement.",
        "Le mot de passe doit contenir 12 caractères minimum, dont un chiffre.",
        "Pas besoin de mot de passe pour suivre ta commande, le numéro suffit.",
        "Référence virement : {txn}, à rappeler à ta banque si besoin.",
        "Notre société : {brand} SAS au capital de 10 000 €, SIREN {siren}.",
        "EAN {ean} / réf {sku}, à commander via ta centrale.",
        "N° TVA intracommunautaire : {tva}",
        "Code BIC pour le virement international : {bic}",
        "Le colis {tracking} est arrivé au dépôt de Lyon.",
        "Super la vidéo, on la repartage demain matin !",
        "Pour info, le brief est passé en V3 ce matin.",
        "Petite question : tu préfères le rose poudré ou le terracotta ?",
        "Ah mince, dsl pour la confusion, c'est bien le 38 qu'il te faut.",
        "Ok ok, bien reçu !", "Carrément, on valide 🙌", "Merci à toi ✨", "Vu, je m'en occupe.",
        "Aurore passera récupérer les échantillons au showroom {date}.",
        "La page de connexion de ton espace fidélité : {brand_url}",
        "Ton colis sera livré le {date} entre {hour} et 18 h.",
        "Envoi en COLISSIMO SIGNATURE, il faudra signer à la réception.",
    ],
    "en": [
        "Your order {order} left the warehouse this morning 🚚",
        "Parcel {tracking} is in transit, nothing to worry about.",
        "The starter kit is {price_en} (was {price_en2}) during the sale.",
        "Estimated delivery: {date_en}, the courier will text you the day before.",
        "Exact ref is {sku}, also on {brand_url}",
        "Forgot your password? Hit \"reset password\" at the bottom of the login page 😉",
        "Quick reminder: we'll never ask for your password in a message.",
        "Ok the first bottle design was kinda bad, we admit it, the new one's way better.",
        "Thanks for the feedback!!",
        "Tracking is right here: {public_url}",
        "Last day to enter the giveaway, it closes {date_en} at midnight ⏰",
        "We've added {price_en} credit to your next order 🎁",
        "Aurore from logistics will call you this afternoon.",
        "Aurore handles partnerships now, I'm passing your request to her.",
        "Here's your tracking: {tracking}",
        "Code {promo} = {pct}% off sitewide until {date_en} 💸",
        "The collab with @{handle} went live this morning, the response is amazing 🔥",
        "We made 1,800 units of the limited edition, not one more.",
        "Sizes 8 and 12 are back in stock as of last night.",
        "Ticket #{ticket} received, we'll get back to you within 2 working days.",
        "Your {price_en} refund goes out today, allow 3-5 days depending on your bank.",
        "Everything's explained in the {md_ok_en}.",
        "Returns are free, just print the label from your account.",
        "Sorry for the delay, this week hasn't been our best 😕",
        "We turned 10 in March, thanks for being here from day one 🥹",
        "You have 30 days from {date_en} to exchange it.",
        "Our team answers chats Mon–Sat, 9am–7pm UK time.",
        "Shade 07 Hazel is out of stock, restock expected late {month_en}.",
        "Passed on to the warehouse, they'll keep you posted 👍",
        "Your parcel is waiting at the pickup point, bring some ID.",
        "Yes the cream is vegan and fragrance-free, perfect for reactive skin.",
        "We're live tonight at 8pm on TikTok to reveal the new range 🎥",
        "Heads up: we never send payment links by text.",
        "The official page is {md_site}, anything else is fake.",
        "Your invoice (INV{year}-{ticket}) is ready to download.",
        "Congrats {name}, you won this month's box 🏆",
        "Honestly the mascara isn't bad, you just need to wipe the wand.",
        "The {price_en} charge is your monthly box, nothing unusual.",
        "Your parcel weighs 3.2 kg so shipping is on us.",
        "Exchange approved!",
        "Call with the agency booked for {date_en} at 11, sending the invite.",
        "Sounds good to me, cheers!", "Noted 👍", "Cool, talk later!", "Amazing, thanks {name}!!",
        "Winner gets announced on {date_en} during the live.",
        "Refund request {order} is being reviewed.",
        "The new gloss hits stores on {date_en}, RRP {price_en}.",
        "The nearest pickup point is in your confirmation email.",
        "We get that it's frustrating, we're doing everything to speed it up.",
        "Gutted the box arrived squashed, we're sending a replacement at no cost.",
        "Beware of accounts pretending to be us in DMs, we never ask for bank details.",
        "The draw was done under the supervision of a bailiff.",
        "Size guide is on {brand_url} 📐",
        "Your loyalty points give you {price_en} off next time.",
        "Free tomorrow at 3 for a quick catch-up on the brief?",
        "Contract signed with {name} ✍️ campaign starts Monday.",
        "Update 5.2 of the app fixes the empty basket bug.",
        "The SEPA debit will show with creditor ID {ics}.",
        "Bank reference for that payment: {txn}",
        "For your expense claim: {brand} SAS, VAT no. {tva}",
        "Barcode {ean} — any stockist can order the gift set with it.",
        "Shipped with DPD Predict, tracking sent by email.",
        "Gone in 8 minutes?! Yup, the whole drop 😅",
        "Lost your password? Use \"forgot password\" and we'll email you a link.",
        "Thanks a lot!", "Nice 👍", "Brilliant!!", "My pleasure 😊", "Got it, thanks.",
        "Your parcel seems stuck at the sorting centre, we've opened a claim.",
        "Your feedback helps, even the negative bits, so thank you 🙏",
        "Your video is gorgeous, the colours are so good ✨",
        "Order {order} from {date_en} is paid in full.",
        "Customer ref {ticket}: you'll see it printed on all your invoices.",
        "Fee: {price_en} + free products, net 45.",
        "Hey, did you get a chance to look at the moodboard?",
        "Shoot moved to {date_en}, same time.",
        "PR parcel goes out next week, can you confirm your address via the form?",
        "For the story, remember the #ad tag and to mention @{handle}.",
        "Post needs to be live before {date_en}, ideally around 6pm.",
        "Keep the products, they're a gift 🎁",
        "12% engagement on the last reel, that's wild!",
        "Brief's in your inbox, shout if you have questions.",
        "Campaign stats are in the shared folder.",
        "No worries, we'll push it back a week.",
        "Meh, photo 2 isn't great, can we reshoot it?",
        "The polish isn't great on short nails, noted for the next version.",
        "Bit disappointing on wear time, passing it to the lab.",
        "The 6-digit pickup code is in the courier's text.",
        "Your password is never visible to our team, don't worry.",
        "To reset your password, go to Profile in the app.",
        "Our bank's BIC is {bic} if your bank needs it.",
        "Your direct debit mandate reference is {rum}.",
        "The bulk order is 240 units, delivered on 2 pallets.",
        "We'll be at the trade show from {date_en} to {date_en2}, stand B12.",
        "You've got until Sunday to enter 🍀",
        "Love reading this, thanks {name} 🥰",
        "Free shipping from {price_en}.",
        "No restock date yet, I'll keep you in the loop.",
        "We don't ship to Switzerland yet, sorry 😢",
        "In-store returns work with the receipt.",
        "Shoot photos are on the drive, folder \"Spring\".",
        "Please don't post before comms gives the green light 🙏",
        "Newsletter goes out Thursday at 10.",
        "The story got 48k views in 24h, well done!",
        "Do you want the 50 ml or the 100 ml?",
        "Pay in 3 is available from {price_en}.",
        "Cc'ing you on the thread with logistics.",
        "This one runs small, I'd size up.",
        "The app is on iOS and Android, version 4.8.",
        "No panic, the {price_en} hold will drop off automatically.",
        "Gift card is valid for a year from {date_en}.",
        "We got your return, refund's on its way.",
        "The prize ships tomorrow with tracked post.",
        "Office closed on {date_en}, we'll reply the day after.",
        "Love that idea, I'll pass it to the product team!",
        "FYI ref {sku} replaces the old one, same formula.",
        "Good news: your parcel's been delivered 🎉",
        "I chased the courier, they'll come back tomorrow between 9 and 12.",
        "Honestly the Xmas box packaging was a miss, we're fixing it this year.",
        "Don't worry, it's sorted!",
        "Yes, approving V2 of the visual 👌",
        "Ambassador of the month is {name}, go check her post 👀",
        "Not great on timing, we know, but it's coming.",
        "Official link: {md_site}",
        "Giveaway results are on {brand_url}",
        "Press kit's ready, sending it over WeTransfer.",
        "Trade price is {price_en} ex VAT per case of 6.",
        "Your delivery slot is {date_en}, morning.",
        "The Glasgow store opens {date_en} 🥳",
        "We're looking for 5 creators to test the new range, keen?",
        "Contract covers 2 posts and 3 stories, paid on invoice.",
        "Pre-orders open Friday at 10 sharp.",
        "You can pay with PayPal, card or bank transfer, whatever suits.",
        "Cancelled, no problem.",
        "Our bad, we sent the wrong colour, the right one is on its way.",
        "Trade T&Cs are slightly different, I'll send you the PDF.",
        "Confirming we received the transfer, thanks!",
        "The official login page is still {public_url}",
        "Launch event is on {date_en} in Dublin.",
        "Your credit note reference is CN-{year}-{ticket}.",
        "Love your edit, can we repost it?",
        "Not bad at all for a first video!",
        "Parcel went back to sender, we'll reship as soon as it lands.",
        "The shampoo bar lasts about 60 washes.",
        "The giveaway is open to UK residents aged 18 and over.",
        "We're taking a break over the holidays, back on {date_en}.",
        "Ok for the rate, let's go with that 🤝",
        "Does the 4pm slot work for the live?",
        "Did you get the email with your discount code?",
        "Looking into it, I'll get back to you before tonight.",
        "Size change noted!",
        "The set has 4 minis and a pouch.",
        "We're not going to share your details with anyone, promise.",
        "If the link in the email has expired, just request a new one from the app.",
        "That shade is meh in daylight but lovely indoors, honestly.",
        "The quiz results go live on {date_en} at noon.",
        "Your account is all set, you can log in now.",
        "Pls send the final cut by {date_en} so we can approve it.",
        "The invoice total is {price_en} incl. VAT.",
        "Thx! will do 🙌",
        "lol yes, the cat cameo was the best part 😂",
        "omg the unboxing is so cute 😍",
        "Ngl the first sample smelled a bit off, the final one is much nicer.",
        "Password must be at least 12 characters with one number.",
        "No password needed to track your order, the number is enough.",
        "Our IBAN is printed on the invoice, no need to send it.",
        "Your card wasn't charged, the order failed before payment.",
        "SIRET {siret} for the French entity, if your accountant asks.",
        "Aurore will pick up the samples from the showroom on {date_en}.",
        "Sent with ROYAL MAIL, tracked 48 service.",
    ],
}

OPENERS = {
    "fr": ["Hello hello !", "Coucou toi 👋", "Bonjour à vous,", "Yo {prenom},", "Slt {prenom}", "Bjr,",
           "Hey {prenom} 🙂", "Bonjour M. {nom},", "Chère {prenom},", "Salut la compagnie !", "Helloo {prenom} 🌸",
           "Bonjour l'équipe,", "Coucou les filles,", "Bonjour Monsieur,", "Re-bonjour,", "Hello hello {prenom} !",
           "Bonjour bonjour,", "Salut !", "Coucou,", "Bonsoir {prenom} 🌙", "Hey hey,", "Madame, Monsieur,",
           "Allô la team 📣", "Cc {prenom}", "Holà {prenom} !", "Bonjour et merci pour votre message,"],
    "en": ["Hiya {name}!", "Hey there {name},", "Good morning,", "Hi all,", "Heya,", "Hello {name} 👋", "Dear {name},",
           "Hi hi,", "Afternoon all,", "Yo {name}", "Hey folks,", "Hi again,", "Hello again {name},", "Hey hey!",
           "Greetings,", "Evening {name},", "Hi team 👋", "Hey you!"],
}
CLOSERS = {
    "fr": ["Belle soirée à toi ✨", "Bisous 😘", "À plus !", "Bonne journée à vous,", "Le service client {brand}",
           "Prends soin de toi 💛", "On reste dispo si besoin !", "À demain 👋", "Bien à vous,", "Cdlt,",
           "Merci d'avance 🙏", "Des bises,", "Tcho !", "Bon week-end 🌞", "Au plaisir,", "— {prenom}, équipe {brand}",
           "Bonne continuation !", "Merci encore ✌️", "Je reste joignable ici.", "À bientôt sur le site 🛍️",
           "Bises, {prenom}", "Courage pour la suite 💪"],
    "en": ["Take care!", "Speak soon 👋", "Kind regards,", "Many thanks,", "Have a lovely evening ✨", "Cheers mate",
           "All the best,", "Talk later!", "Warmly,", "— {name} at {brand}", "Thanks a million 🙏", "Catch you later",
           "Much love 💕", "Regards,", "Have a good one!", "Stay awesome ✌️", "Thanks again!", "Enjoy your weekend 🌞"],
}


# ================================================================ assembly
SLOT = re.compile(r"\{(f:)?([a-z_0-9./]+)\}")


def map_literals(frame, fn):
    out, last = [], 0
    for m in SLOT.finditer(frame):
        out.append(fn(frame[last:m.start()]))
        out.append(m.group())
        last = m.end()
    out.append(fn(frame[last:]))
    return "".join(out)


def style(frame, lang):
    """Chat-style variation on the literal frame text only (never on generated values)."""
    if lang == "fr":
        if R.random() < 0.75:
            sp = NBSP if R.random() < 0.7 else NNBSP
            frame = re.sub(r" ([:!?;»])", sp + r"\1", frame)
            frame = frame.replace("« ", "«" + sp)
            frame = re.sub(r" (\{f:tone\.punctuation\})", sp + r"\1", frame)
        if R.random() < 0.1:
            frame = map_literals(frame, strip_accents)
    if R.random() < 0.25:
        frame = map_literals(frame, lambda s: s.replace("'", "’"))
    if R.random() < 0.08 and len(frame) > 1 and frame[0].isupper() and frame[1].islower():
        frame = frame[0].lower() + frame[1:]
    return frame


def render(frame, lang):
    """Return (text, findings); findings hold start/end relative to text and the generated value (_v)."""
    frame = style(frame, lang)
    out, findings, pos, last = [], [], 0, 0
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


def join(pieces):
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
    if primary is None:
        k = R.choice([1, 1, 2, 2, 2, 3])
        for fr in R.sample(CLEAN[lang], k):
            pieces.append(render(fr, lang))
    elif primary == "combo":
        pieces.append(render(R.choice(COMBOS[lang]), lang))
    else:
        pieces.append(render(R.choice(FRAMES[primary][lang]), lang))
        cat = primary.split(".")[0]
        if R.random() < 0.3:
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
    text, finds = join(pieces)
    if R.random() < 0.45:
        op, _ = render(R.choice(OPENERS[lang]), lang)
        sep = "\n" if R.random() < 0.7 else " "
        if sep == " " and op.endswith(",") and text[:1].isupper() and text[1:2].islower() \
                and not any(f["start"] == 0 for f in finds):
            text = text[0].lower() + text[1:]
        off = len(op) + 1
        text = op + sep + text
        for f in finds:
            f["start"] += off
            f["end"] += off
    return text, finds


# ================================================================ self-checks
def norm(s):
    """Lowercase, accent-stripped, SAME LENGTH as s (so offsets stay valid)."""
    out = []
    for c in s:
        d = unicodedata.normalize("NFD", c)
        b = d[0] if d else c
        lb = b.lower()
        out.append(lb if len(lb) == 1 else b)
    return "".join(out)


LEX_RE = []
INSULT_RE = []
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'«»]+", re.I)
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
CAPS_CORE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+$")
DOB_CUES = ["ne le", "nee le", "naissance", "naiss", "ddn", "dob", "d.o.b", "born", "birth"]
PW_CUES = ["mdp", "mot de passe", "pass", "pw", "code d'acces", "code d’acces", "identifiants", "creds", "password"]


def caps_runs(text):
    """Runs (start, end) of >= 3 consecutive all-caps words (>= 2 letters, no digits); spans cover word cores."""
    runs, cur = [], []
    for m in re.finditer(r"\S+", text):
        tok = m.group()
        a = 0
        while a < len(tok) and not (tok[a].isalnum()):
            a += 1
        b = len(tok)
        while b > a and not tok[b - 1].isalnum():
            b -= 1
        core = tok[a:b]
        if core and CAPS_CORE.match(core):
            cur.append((m.start() + a, m.start() + b))
        else:
            if len(cur) >= 3:
                runs.append((cur[0][0], cur[-1][1]))
            cur = []
    if len(cur) >= 3:
        runs.append((cur[0][0], cur[-1][1]))
    return runs


def overlaps(s, e, f):
    return f["start"] < e and s < f["end"]


def covered(span, findings, cat=None, kind=None):
    s, e = span
    return any(overlaps(s, e, f) and (cat is None or f["category"] == cat) and (kind is None or f["kind"] == kind)
               for f in findings)


def inside_one(span, findings):
    s, e = span
    return any(f["start"] <= s and e <= f["end"] for f in findings)


def nir_ok(span):
    d = re.sub(r"[ .\-\u00a0]", "", span)
    if len(d) != 15 or not re.fullmatch(r"[12]\d{4}(?:\d\d|2A|2B)\d{8}", d):
        return False
    return nir_key13(d[:13]) == int(d[13:])


def check_row(text, fs):
    """Return None if the line is correctly labeled, else a short reason."""
    if not text or text != text.strip():
        return "untrimmed text"
    nt = norm(text)
    if len(nt) != len(text):
        return "norm length"
    for f in fs:
        if f["kind"] not in KINDS[f["category"]]:
            return "bad kind"
        if not (0 <= f["start"] < f["end"] <= len(text)):
            return "span out of range"
        span = text[f["start"]:f["end"]]
        if span != f.get("_v", span) or span != span.strip():
            return "span mismatch"
        k = f["category"] + "." + f["kind"]
        before = nt[max(0, f["start"] - 60):f["start"]]
        if k == "pii.iban" and not iban_valid(span):
            return "iban invalid"
        if k == "pii.card" and not (luhn_ok(span) and 13 <= sum(c.isdigit() for c in span) <= 19):
            return "card invalid"
        if k == "pii.nir" and not nir_ok(span):
            return "nir invalid"
        if k == "pii.email" and not EMAIL_RE.fullmatch(span):
            return "email shape"
        if k == "pii.phone" and sum(c.isdigit() for c in span) < 8:
            return "phone shape"
        if k == "pii.birthdate" and not any(c in before for c in DOB_CUES):
            return "birthdate without DOB context"
        if k == "secret.password" and not any(c in before for c in PW_CUES):
            return "password without context"
        if k == "secret.private_key" and not (span.startswith("-----BEGIN ") and
                                              (span.endswith("PRIVATE KEY-----") or span.endswith("PRIVATE KEY BLOCK-----"))):
            return "private key shape"
        if k == "secret.token":
            if span.startswith("eyJ"):
                if span.count(".") != 2:
                    return "jwt shape"
            elif not before.endswith("bearer "):
                return "opaque token without Bearer"
        if f["category"] == "link" and f["kind"] != "insecure" and span.startswith("http://") and \
                not any(g["kind"] == "insecure" and g["start"] == f["start"] and g["end"] == f["end"] for g in fs):
            return "http without insecure"
        if k == "tone.punctuation":
            if not re.fullmatch(r"[!?]{3,}", span) or text[f["start"] - 1:f["start"]] in ("!", "?") or \
                    text[f["end"]:f["end"] + 1] in ("!", "?"):
                return "punct run not exact"
    # lexicon terms
    for rx in LEX_RE:
        for m in rx.finditer(nt):
            if not covered(m.span(), fs, "confidential", "lexicon"):
                return "unlabeled lexicon"
    # insult vocabulary
    for rx in INSULT_RE:
        for m in rx.finditer(nt):
            if not covered(m.span(), fs, "insult", "insult"):
                return "unlabeled insult word"
    # punctuation runs
    for m in re.finditer(r"[!?]{3,}", text):
        if not (covered(m.span(), fs, "tone", "punctuation") or inside_one(m.span(), [f for f in fs if f["category"] == "secret"])):
            return "unlabeled punct run"
    # caps runs
    shout = [f for f in fs if f["kind"] == "shouting"]
    for s, e in caps_runs(text):
        if covered((s, e), shout):
            if not any(f["start"] == s and f["end"] == e for f in shout):
                return "caps run != shouting span"
        elif not inside_one((s, e), [f for f in fs if f["category"] != "tone"]):
            return "unlabeled caps run"
    for f in shout:
        if (f["start"], f["end"]) not in caps_runs(text):
            return "shouting span is not a caps run"
    # urls
    for m in re.finditer(r"http://\S+", text):
        if not covered(m.span(), fs, "link", "insecure"):
            return "http not insecure"
    for m in URL_RE.finditer(text):
        u = m.group().rstrip(".,;:!?…")
        if not covered((m.start(), m.start() + len(u)), [f for f in fs if f["category"] == "link"]) and \
                host_of(u) not in SAFE_HOSTS:
            return "unlabeled url " + host_of(u)
    # e-mails
    for m in EMAIL_RE.finditer(text):
        if not covered(m.span(), fs, "pii", "email"):
            return "unlabeled email"
    # numbers: IBAN, cards, phones, IPs
    for m in IBANISH.finditer(text):
        if iban_valid(m.group()) and not covered(m.span(), fs, "pii", "iban"):
            return "unlabeled iban"
    for s, e, d in luhn_runs(text):
        if d[0] in "1234567" and not covered((s, e), fs):
            return "unlabeled luhn number"
    for rx in (PHONE_INTL, PHONE_FR):
        for m in rx.finditer(text):
            if not covered(m.span(), fs):
                return "unlabeled phone-like"
    for m in IPV4_RE.finditer(text):
        if not covered(m.span(), fs):
            return "unlabeled ip-like"
    if not fs:
        low = text.lower()
        for bad in ("xn--", "-----begin", "eyj", "bearer", "http://", "sk-", "glpat-", "xkeysib-", "ya29."):
            if bad in low:
                return "clean contains " + bad
    return None


def validate(rows):
    seen = set()
    for r in rows:
        assert r["text"] not in seen, ("duplicate", r["id"])
        seen.add(r["text"])
        assert r["lang"] in ("fr", "en")
        why = check_row(r["text"], r["findings"])
        assert why is None, (r["id"], why, r["text"])
    return True


# ================================================================ main
def build(n, seed):
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
    rows, seen, rejects = [], set(), Counter()
    for i, (lang, prim) in enumerate(zip(langs, primaries)):
        for _attempt in range(400):
            text, finds = make_message(lang, prim)
            limit = 800 if any(f["kind"] == "private_key" for f in finds) else 420
            if not (5 <= len(text) <= limit):
                rejects["length"] += 1
                continue
            if text in seen:
                rejects["duplicate"] += 1
                continue
            why = check_row(text, finds)
            if why:
                rejects[why.split(" ")[0] if why.startswith("unlabeled url") else why] += 1
                continue
            break
        else:
            raise RuntimeError(f"could not build a valid line for {prim} ({lang})")
        seen.add(text)
        finds.sort(key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))
        rows.append({"id": f"blind{seed}-{i + 1:05d}", "lang": lang, "text": text,
                     "findings": [{k: f[k] for k in ("category", "kind", "start", "end")} for f in finds],
                     "_vals": [f["_v"] for f in finds]})
    for r in rows:
        for f, v in zip(r["findings"], r.pop("_vals")):
            assert r["text"][f["start"]:f["end"]] == v, (r["id"], v)
    return rows, rejects


def main():
    global LEXICON, BLOCKED, LEX_RE, INSULT_RE
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-n", type=int, default=N_DEFAULT)
    ap.add_argument("-o", "--out", default=os.path.join(HERE, "gen-blind.jsonl"))
    ap.add_argument("--eval-dir", default=EVAL_DIR, help="folder holding lexicon.txt and blocked-domains.txt")
    ap.add_argument("-v", "--verbose", action="store_true", help="print regeneration reasons")
    a = ap.parse_args()
    LEXICON = read_list(os.path.join(a.eval_dir, "lexicon.txt"))
    BLOCKED = read_list(os.path.join(a.eval_dir, "blocked-domains.txt"))
    LEX_RE = [re.compile(r"(?<![\w-])" + re.escape(norm(t)) + r"(?![\w-])") for t in LEXICON]
    INSULT_RE = [re.compile(r"(?<![\w-])" + re.escape(norm(t)) + r"(?![\w-])")
                 for t in INSULT_FR_NOUNS + INSULT_FR_PHRASES + INSULT_EN_NOUNS + INSULT_EN_PHRASES]
    R.seed(a.seed)
    rows, rejects = build(a.n, a.seed)
    validate(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter(f["category"] + "." + f["kind"] for r in rows for f in r["findings"])
    clean = sum(1 for r in rows if not r["findings"])
    fr = sum(1 for r in rows if r["lang"] == "fr")
    print(f"wrote {len(rows)} rows to {a.out}: clean={clean} fr={fr} en={len(rows) - fr}", file=sys.stderr)
    for k in ALL_KINDS:
        print(f"  {k:24s} {c[k]}", file=sys.stderr)
    if a.verbose:
        print("regenerated lines by reason:", dict(rejects.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
