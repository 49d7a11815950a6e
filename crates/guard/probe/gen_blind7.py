#!/usr/bin/env python3
"""gen_blind7 - blind evaluation corpus for the pre-send guard (community-manager chat).

Python 3.11, stdlib only, deterministic for a given --seed.

    python3 gen_blind7.py --seed N -n 3000 -o out.jsonl [--stats]

Eval lists (lexicon.txt, blocked-domains.txt) are read from $EVAL_DIR, by default
../../../../shared/eval relative to this script.

Output: the gold format of shared/eval/README.md, one JSON object per line
{"id", "lang", "text", "findings": [{"category", "kind", "start", "end"}]}, spans are Python str
indices, end exclusive.  Ids are gb7-<seed>-00001 ...

Template mini-language (all templates below are written for this generator):
    {name}            clean filler (price, order number, first name ...), never a finding
    {f:cat.kind}      generated risky value, labeled with cat/kind (optionally {f:cat.kind/variant})
    ⟦C|text⟧          literal labeled span; C is H hate, T threat, I insult, A aggressive,
                      S shouting, P punctuation.  Spans may nest and may contain slots.
Every row is checked (see check_row) before it is accepted, every template is linted on its own
before the corpus is built, and the whole file is validated again before it is written.
"""
import argparse
import base64
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from check_digits import iban_check, iban_mod97_ok, luhn_ok, nir_key, with_luhn_digit

from eval_lists import KINDS, read_list  # noqa: E402

NBSP = "\u00a0"
NNBSP = "\u202f"

ALL_KINDS = [f"{c}.{k}" for c, ks in KINDS.items() for k in ks]
HOSTILE_KINDS = ["illegal.hate", "illegal.threat", "insult.insult", "tone.aggressive", "tone.shouting",
                 "tone.punctuation"]
OTHER_KINDS = [k for k in ALL_KINDS if k not in HOSTILE_KINDS]
CODES = {"H": "illegal.hate", "T": "illegal.threat", "I": "insult.insult", "A": "tone.aggressive",
         "S": "tone.shouting", "P": "tone.punctuation"}

R = random.Random(0)  # re-seeded in main()


LEXICON = read_list("lexicon.txt")
BLOCKED = read_list("blocked-domains.txt")


# ============================================================== small helpers
def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def rnd(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def strip_accents(s):
    """Accent stripping that keeps the length (one char in, one char out)."""
    out = []
    for c in s:
        d = "".join(x for x in unicodedata.normalize("NFD", c) if unicodedata.category(x) != "Mn")
        out.append(d if len(d) == 1 else c)
    return "".join(out)


def norm(s):
    return strip_accents(s).lower()


# ---- check digits (same algorithms as shared/eval/gen_dev.py)
def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum():
        return False
    return iban_mod97_ok(s)


def luhn_complete(prefix, length):
    return with_luhn_digit(prefix + digits(length - len(prefix) - 1))


def nir_valid(span):
    d = span.replace(" ", "").replace(NBSP, "").upper()
    if len(d) != 15 or not (d[:5].isdigit() and d[7:].isdigit() and (d[5:7].isdigit() or d[5:7] in ("2A", "2B"))):
        return False
    return nir_key(d[:13]) == int(d[13:])


# ============================================================== clean fillers
PRENOMS_FR = ["Margaux", "Yanis", "Clémence", "Bilal", "Éloïse", "Romain", "Aïcha", "Gaspard", "Maëlys", "Thibault",
              "Salomé", "Ibrahima", "Capucine", "Florian", "Nour", "Quentin", "Lison", "Mamadou", "Jeanne", "Dylan",
              "Aurore", "Séverine", "Loïc", "Fatou"]
NOMS_FR = ["Perrin", "Chevalier", "Diallo", "Marchand", "Le Goff", "Roussel", "Haddad", "Colin", "Barbier", "Meyer",
           "Traoré", "Lemoine", "Vasseur", "Boyer", "Gauthier", "N'Diaye"]
NAMES_EN = ["Chloe", "Harry", "Aisha", "Connor", "Megan", "Oscar", "Priya", "Declan", "Zara", "Callum", "Hannah",
            "Tyler", "Siobhan", "Mason", "Lachlan", "Ruby"]
LAST_EN = ["O'Brien", "Fletcher", "Nguyen", "Campbell", "Dawson", "Khan", "Ramirez", "Gallagher", "Price", "Whitfield",
           "Kowalski", "Bennett", "McKenna", "Okafor"]
HANDLES = ["velo.margaux", "theatre_passion69", "la.mariee.2025", "gamer_yanis", "pharma.conseils", "kids.and.co",
           "musee.addict", "ruby.rides", "esport_connor", "glowwithpriya"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def price_fr():
    r = R.random()
    if r < 0.4:
        return f"{R.randint(1, 12)}{R.choice([NBSP, NNBSP, NBSP, ' '])}{R.randint(0, 999):03d},{R.choice(['00', '90', '99', '50'])}{NBSP}€"
    if r < 0.75:
        return f"{R.randint(3, 480)},{R.choice(['00', '90', '99', '50', '95'])}{R.choice([NBSP, NBSP, NNBSP])}€"
    return f"{R.randint(5, 900)}{R.choice([NBSP, ' ', ''])}€"


def price_en():
    r = R.random()
    if r < 0.3:
        return f"{R.choice(['$', '£'])}{R.randint(1, 9)},{R.randint(0, 999):03d}.00"
    if r < 0.85:
        return R.choice(["$", "£", "€", "A$", "C$"]) + f"{R.randint(3, 480)}.{R.choice(['00', '99', '95', '50'])}"
    return f"{R.choice(['£', '$'])}{R.randint(5, 300)}"


def date_fr():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026])
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]}",
                     f"{R.choice(DAYS_FR)} {d} {MONTHS_FR[m - 1]}", f"{d:02d}/{m:02d}", f"{d} {MONTHS_FR[m - 1]} {y}"])


def date_en():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026])
    return R.choice([f"{MONTHS_EN[m - 1]} {d}", f"{m}/{d}", f"{d} {MONTHS_EN[m - 1]}",
                     f"{R.choice(DAYS_EN)} {d} {MONTHS_EN[m - 1]}", f"{MONTHS_EN[m - 1]} {d}, {y}"])


def order_no():
    return R.choice([str(R.randint(10_000_000, 899_999_999)), f"CMD-{R.choice([2025, 2026])}-{R.randint(10000, 99999)}",
                     f"{R.randint(1000, 9999)}-{R.randint(100, 999)}", f"R{R.randint(100000, 999999)}",
                     f"WEB{R.randint(1000000, 9999999)}", f"#{R.randint(10000, 99999)}"]).lstrip("#")


def policy_no():
    return R.choice([f"HAB-{R.choice([2025, 2026])}-{R.randint(100000, 999999)}", f"AUTO {R.randint(1000, 9999)} {R.randint(1000, 9999)}",
                     f"MRH{R.randint(1000000, 9999999)}", f"PL/{R.randint(10000, 99999)}/{R.choice('ABCK')}"])


def sku():
    return R.choice([f"VEL-{R.randint(100, 999)}-{R.choice(['S', 'M', 'L', 'XL'])}", f"PH{R.randint(1000000, 9999999)}",
                     f"REF {R.randint(10000, 99999)}/{R.randint(1, 9)}", f"SKU-{rnd(string.ascii_uppercase, 2)}{R.randint(100, 999)}"])


def tracking():
    r = R.random()
    if r < 0.35:
        return "6A" + digits(11)
    if r < 0.55:
        return R.choice(["XW", "XY", "EE", "CB"]) + digits(9) + "FR"
    if r < 0.8:
        return "1Z" + rnd(string.ascii_uppercase + string.digits, 6) + digits(10)
    return "JJD" + digits(18)


def luhn_window(s):
    """True if s contains a 13-19 digit run (spaces/dashes allowed) that passes Luhn with a card-like first digit."""
    for m in re.finditer(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])", s):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d) and d[0] in "23456":
            return True
    # also every digit-group-aligned sub-window
    groups = re.findall(r"\d+", s)
    for i in range(len(groups)):
        for j in range(i + 1, len(groups) + 1):
            d = "".join(groups[i:j])
            if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d):
                return True
    return False


def ics():
    while True:
        v = "FR" + digits(2) + "ZZZ" + digits(6)
        if not iban_valid(v) and not luhn_window(v):
            return v if R.random() < 0.6 else f"{v[:4]} {v[4:7]} {v[7:]}"


def ref_iban_shaped():
    """IBAN-looking mandate / file reference that fails mod-97 (clean)."""
    while True:
        v = "FR" + digits(2) + digits(23)
        g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        if not iban_valid(v) and not luhn_window(g):
            return g


def txn_ref():
    """16-digit card-shaped reference that is NOT Luhn-valid."""
    while True:
        n = R.choice("45") + digits(15)
        if not luhn_window(n) and not luhn_window(" ".join(n[i:i + 4] for i in range(0, 16, 4))):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else n


def siret():
    while True:
        n = R.choice("789") + digits(13)
        if luhn_ok(n):
            return R.choice([n, f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"])


def ean():
    while True:
        body = R.choice(["3760", "3401", "3017"]) + digits(8)
        chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        n = body + str(chk)
        if not luhn_ok(n):
            return n


def crn():
    return R.choice(["0", "1", "SC", "NI"]) + digits(7 if R.random() < 0.5 else 6).rjust(7, "0")


BRAND_URLS = ["https://www.decathlon.fr/tous-les-sports/velo-cyclisme", "https://www.sncf-connect.com/app/account",
              "https://www.ameli.fr/assure/remboursements", "https://www.laposte.fr/outils/suivre-vos-envois",
              "https://www.paypal.com/fr/signin", "https://www.leboncoin.fr/", "https://www.vinted.fr/help",
              "https://www.impots.gouv.fr/accueil", "https://www.caf.fr/allocataires", "https://www.colissimo.fr/suivi",
              "https://espace-client.orange.fr/", "https://mobile.free.fr/account/", "https://accounts.google.com/",
              "https://www.netflix.com/fr/login", "https://www.instagram.com/accounts/login/",
              "https://www.chronopost.fr/fr/suivi-colis", "https://www.credit-agricole.fr/particulier.html"]
LOCAL_URLS = ["https://www.cycles-garnier.fr/atelier", "https://www.pharmacie-des-halles.fr/garde",
              "https://billetterie.theatre-des-tanneurs.fr/saison", "https://www.hotel-bellevue-annecy.fr/chambres",
              "https://kidsclub-les-marmots.fr/inscriptions", "https://www.arena-lille-esport.fr/tournois",
              "https://www.gazette-du-val.fr/abonnement", "https://www.linguaplus-ecole.fr/test-de-niveau",
              "https://www.mariages-en-fleur.fr/devis", "https://www.mutuelle-ouest-assur.fr/sinistre",
              "https://www.musee-des-tisserands.fr/expositions", "https://www.loc-auto-rhone.fr/reservation",
              "https://www.supermarche-du-lac.fr/drive", "https://www.beaute-cerise.fr/soins",
              "https://www.bikeworks-leeds.co.uk/servicing", "https://www.riverside-hotel.ie/rooms",
              "https://tickets.lyric-playhouse.co.uk/whats-on", "https://www.coastalchronicle.com.au/subscribe"]


def md_same():
    url = R.choice(BRAND_URLS + LOCAL_URLS)
    host = url.split("/")[2]
    text = R.choice([host, host.removeprefix("www."), url])
    return f"[{text}]({url})"


FILLERS = {
    "prenom": lambda: R.choice(PRENOMS_FR), "nom": lambda: R.choice(NOMS_FR),
    "name": lambda: R.choice(NAMES_EN), "last": lambda: R.choice(LAST_EN),
    "handle": lambda: R.choice(HANDLES),
    "price": price_fr, "price2": price_fr,
    "price_s": lambda: f"{R.randint(2, 79)},{R.choice(['00', '90', '99', '49'])}{R.choice([NBSP, NNBSP])}€",
    "price_en_s": lambda: f"{R.choice(['£', '$', '€'])}{R.randint(2, 79)}.{R.choice(['00', '99', '49'])}", "price_en": price_en, "price_en2": price_en,
    "date": date_fr, "date2": date_fr, "date_en": date_en, "date_en2": date_en,
    "order": order_no, "policy": policy_no, "sku": sku, "tracking": tracking,
    "ticket": lambda: str(R.randint(10000, 99999)), "room": lambda: str(R.randint(101, 640)),
    "year": lambda: str(R.choice([2025, 2026])), "exp": lambda: f"{R.randint(1, 12):02d}/{R.randint(26, 31)}",
    "brand_url": lambda: R.choice(BRAND_URLS), "local_url": lambda: R.choice(LOCAL_URLS),
    "md_same": md_same,
    "ics": ics, "refiban": ref_iban_shaped, "txn": txn_ref, "siret": siret, "ean": ean, "crn": crn,
    "team": lambda: R.choice(["les Hiboux", "Team Vortex", "les Chamois", "Nova Wolves", "Kraken Five", "les Loutres"]),
    "team_en": lambda: R.choice(["Team Vortex", "the Red Kites", "Nova Wolves", "Kraken Five", "the Otters"]),
    "ville": lambda: R.choice(["Lyon", "Nantes", "Lille", "Bordeaux", "Liège", "Lausanne", "Montréal", "Dakar", "Abidjan"]),
}


# ============================================================== risky value generators
def g_email(lang, v):
    first = re.sub(r"[^a-z]", "", strip_accents(R.choice(PRENOMS_FR if lang == "fr" else NAMES_EN)).lower())
    last = re.sub(r"[^a-z]", "", strip_accents(R.choice(NOMS_FR if lang == "fr" else LAST_EN)).lower())
    dom = R.choice(["gmail.com", "orange.fr", "free.fr", "sfr.fr", "laposte.net", "hotmail.fr", "outlook.com",
                    "yahoo.fr", "icloud.com", "proton.me", "skynet.be", "bluewin.ch", "videotron.ca", "gmx.de",
                    "btinternet.com", "yahoo.co.uk", "eircom.net", "bigpond.com", "cycles-garnier.fr",
                    "theatre-des-tanneurs.fr", "club-marmots.org", "arena-lille-esport.fr", "gazette-du-val.fr"])
    local = R.choice([f"{first}.{last}", f"{first}{R.randint(1, 99)}", f"{first[0]}{last}", f"{first}_{last}",
                      f"{last}.{first}", f"{first}-{last}{R.randint(70, 99)}", f"{first}+resa", f"contact.{last}"])
    if R.random() < 0.08:
        local = local[0].upper() + local[1:]
    return local + "@" + dom


def ph_fr():
    d = R.choice("6677123459") + digits(8)
    p = [d[1:3], d[3:5], d[5:7], d[7:9]]
    return R.choice(["0" + d[0] + " " + " ".join(p), "0" + d[0] + "." + ".".join(p), "0" + d,
                     "+33 " + d[0] + " " + " ".join(p), "+33" + d, "0033 " + d[0] + " " + " ".join(p),
                     "+33 (0)" + d[0] + " " + " ".join(p), "0" + d[0] + "-" + "-".join(p),
                     "0" + d[0] + NBSP + NBSP.join(p)])


def ph_be():
    if R.random() < 0.7:
        m = "4" + R.choice(["70", "71", "72", "75", "76", "77", "78", "79", "84", "85", "86", "94", "95", "96", "97"])[0:2]
        a, b, c = digits(2), digits(2), digits(2)
        return R.choice([f"0{m} {a} {b} {c}", f"+32 {m} {a} {b} {c}", f"0032 {m} {a} {b} {c}", f"+32{m}{a}{b}{c}",
                         f"0{m}/{a}.{b}.{c}"])
    z, a, b, c = R.choice(["2", "4", "9"]), digits(3), digits(2), digits(2)
    return R.choice([f"0{z} {a} {b} {c}", f"+32 {z} {a} {b} {c}"])


def ph_ch():
    m = R.choice(["76", "77", "78", "79", "21", "22", "31", "44"])
    a, b, c = digits(3), digits(2), digits(2)
    return R.choice([f"0{m} {a} {b} {c}", f"+41 {m} {a} {b} {c}", f"+41 (0){m} {a} {b} {c}", f"0041 {m} {a} {b} {c}",
                     f"+41{m}{a}{b}{c}"])


def ph_uk():
    r = R.random()
    if r < 0.55:
        n = R.choice(["7700", "7911", "7723", "7480", "7520"]) + digits(6)
        return R.choice([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"0044 {n[:4]} {n[4:]}",
                         f"+44{n}", f"0{n[:4]} {n[4:7]} {n[7:]}"])
    if r < 0.8:
        a, b = digits(4), digits(4)
        return R.choice([f"020 {a} {b}", f"+44 20 {a} {b}", f"+44 (0)20 {a} {b}"])
    c = R.choice(["161", "113", "117", "131", "141"])
    return R.choice([f"0{c} {digits(3)} {digits(4)}", f"+44 {c} {digits(3)} {digits(4)}"])


def ph_nanp(areas):
    a, b, c = R.choice(areas), str(R.randint(201, 989)), digits(4)
    return R.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"+1 ({a}) {b}-{c}",
                     f"1-{a}-{b}-{c}", f"+1-{a}-{b}-{c}"])


def ph_us():
    return ph_nanp(["212", "415", "312", "617", "305", "702", "206", "503", "646", "773"])


def ph_ca():
    return ph_nanp(["514", "438", "416", "647", "604", "613", "418", "819"])


def ph_de():
    r = R.random()
    if r < 0.5:
        n = R.choice(["151", "160", "170", "171", "176"]) + digits(8)
        return R.choice([f"+49 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:]}", f"0049 {n[:3]} {n[3:]}", f"+49 (0){n[:3]} {n[3:]}"])
    c = R.choice(["30", "89", "40", "221", "69"])
    rest = digits(8 if len(c) == 2 else 7)
    return R.choice([f"+49 {c} {rest}", f"0{c} {rest}", f"+49 (0){c} {rest}", f"0{c}/{rest}"])


def ph_es():
    if R.random() < 0.6:
        n = R.choice("67") + digits(8)
        return R.choice([f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}",
                         f"0034 {n[:3]} {n[3:6]} {n[6:]}", f"+34{n}"])
    n = R.choice(["91", "93", "95", "96"]) + digits(7)
    return R.choice([f"+34 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"])


def ph_it():
    if R.random() < 0.6:
        n = "3" + R.choice(["33", "35", "38", "40", "47", "49", "20", "28"]) + digits(7)
        return R.choice([f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"0039 {n[:3]} {n[3:]}",
                         f"+39 {n[:3]} {n[3:]}", f"+39{n}"])
    c = R.choice(["02", "06", "055", "011"])
    rest = digits(8 if len(c) == 2 else 7)
    return R.choice([f"+39 {c} {rest[:4]} {rest[4:]}", f"{c} {rest[:4]} {rest[4:]}"])


PHONES = {"fr": ph_fr, "be": ph_be, "ch": ph_ch, "uk": ph_uk, "us": ph_us, "ca": ph_ca, "de": ph_de, "es": ph_es,
          "it": ph_it}


def g_phone(lang, v):
    if v:
        return PHONES[v]()
    if lang == "fr":
        v = R.choice(["fr", "fr", "fr", "fr", "be", "ch", "ca", "de", "es", "it", "uk"])
    else:
        v = R.choice(["uk", "uk", "us", "us", "ca", "de", "es", "it", "fr", "be", "ch"])
    return PHONES[v]()


def upper_alnum(n):
    return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def fr_rib_bban():
    bank, branch, acct = digits(5), digits(5), digits(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return bank + branch + acct + f"{key:02d}"


def g_iban(lang, v):
    cc = v.upper() if v else R.choice(["FR", "FR", "FR", "BE", "CH", "DE", "ES", "IT", "LU", "MC", "PT"] if lang == "fr"
                                      else ["GB", "GB", "IE", "DE", "NL", "FR", "ES", "IT", "AT", "CH"])
    bban = {
        "FR": fr_rib_bban, "MC": fr_rib_bban,
        "DE": lambda: digits(18), "ES": lambda: digits(20), "BE": lambda: digits(12), "AT": lambda: digits(16),
        "PT": lambda: digits(21), "IT": lambda: R.choice(string.ascii_uppercase) + digits(10) + digits(12),
        "GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + digits(14),
        "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14),
        "NL": lambda: R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10),
        "LU": lambda: digits(3) + upper_alnum(13), "CH": lambda: digits(5) + digits(12),
    }[cc]()
    iban = cc + iban_check(cc, bban) + bban
    r = R.random()
    if r < 0.7:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def g_card(lang, v):
    v = v or R.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "discover", "jcb", "diners", "unionpay"])
    if v == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        sep = R.choice([" ", " ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    if v == "diners":
        n = luhn_complete(R.choice(["36", "38", "300", "305"]), 14)
        sep = R.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    prefix = {"visa": lambda: "4", "mc": lambda: str(R.randint(51, 55)), "mc2": lambda: str(R.randint(2221, 2720)),
              "discover": lambda: R.choice(["6011", "65", str(R.randint(644, 649))]),
              "jcb": lambda: str(R.randint(3528, 3589)), "unionpay": lambda: "62" + digits(2)}[v]()
    length = 19 if (v == "unionpay" and R.random() < 0.3) else 16
    n = luhn_complete(prefix, length)
    sep = R.choice([" ", " ", "-", ""])
    if length == 19:
        return sep.join([n[:4], n[4:8], n[8:12], n[12:16], n[16:]]) if sep else n
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def g_nir(lang, v):
    sex = R.choice("12")
    yy, mm = f"{R.randint(0, 99):02d}", f"{R.randint(1, 12):02d}"
    r = R.random()
    if r < 0.06:
        dept = R.choice(["2A", "2B"])
    elif r < 0.12:
        dept = "99"
    else:
        dept = f"{R.choice([x for x in range(1, 96) if x != 20]):02d}"
    commune, order = f"{R.randint(1, 990):03d}", f"{R.randint(1, 999):03d}"
    n13 = sex + yy + mm + dept + commune + order
    key = f"{nir_key(n13):02d}"
    return R.choice([" ".join([sex, yy, mm, dept, commune, order, key]), n13 + key, n13 + " " + key,
                     " ".join([sex, yy, mm, dept, commune, order]) + " " + key,
                     sex + " " + yy + " " + mm + " " + dept + " " + commune + " " + order + " " + key])


def g_ipv4():
    return R.choice([f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",
                     f"{R.choice([31, 37, 62, 77, 80, 82, 86, 88, 90, 92, 109, 145, 176, 185, 194, 212])}."
                     f"{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def g_ipv6():
    h = lambda: f"{R.randint(0, 0xffff):x}"
    return R.choice([f"2001:db8:{h()}:{h()}::{h()}", f"2a01:e0a:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                     f"2a02:8428:{h()}:{h()}::{R.randint(1, 99)}", f"2001:0db8:{R.randint(0, 0xffff):04x}:0000:0000:{R.randint(0, 0xffff):04x}:0370:7334",
                     f"fe80::{h()}:{h()}:{h()}:{h()}", f"2a01:cb1d:{h()}::{h()}"])


def g_ip(lang, v):
    v = v or ("v6" if R.random() < 0.3 else "v4")
    return g_ipv6() if v == "v6" else g_ipv4()


FR_STREETS = ["rue des Cordeliers", "avenue Jean-Moulin", "boulevard de la Liberté", "impasse des Glycines",
              "allée des Marronniers", "chemin du Lavoir", "place Saint-Sernin", "quai des Chartrons",
              "rue du Faubourg Saint-Antoine", "cours Lafayette", "route de Lyon", "rue de l'Église",
              "rue Paul-Bert", "avenue des Tilleuls", "rue du Port", "boulevard Carnot"]
FR_CITIES = ["33000 Bordeaux", "69006 Lyon", "75019 Paris", "13007 Marseille", "31400 Toulouse", "44300 Nantes",
             "59800 Lille", "67000 Strasbourg", "35700 Rennes", "64200 Biarritz", "74000 Annecy", "97200 Fort-de-France",
             "20000 Ajaccio", "06300 Nice", "21000 Dijon", "29200 Brest"]
UK_ADDR = [("Harbour Street", "Whitby", "YO21 3PX"), ("Queen's Road", "Cardiff", "CF10 1EP"), ("Mill Lane", "Glasgow", "G12 8QQ"),
           ("Station Road", "Birmingham", "B15 2TT"), ("Castle Terrace", "Oxford", "OX1 3BG"), ("Park Crescent", "Belfast", "BT1 5GS"),
           ("Bold Street", "Liverpool", "L1 8JQ"), ("Grey Street", "Newcastle upon Tyne", "NE1 7RU"), ("Kingsland Road", "London", "E8 4AA")]
US_STREETS = ["Lakeview Ave", "Water Street", "Magnolia Blvd", "Pine St", "Cedar Ct", "N Main St", "Willow Lane",
              "Sycamore Drive", "W 14th St"]
US_CITIES = [("Chicago", "IL", "60614"), ("Boston", "MA", "02109"), ("Austin", "TX", "78704"), ("Seattle", "WA", "98101"),
             ("Ann Arbor", "MI", "48104"), ("Greenville", "SC", "29601"), ("Sacramento", "CA", "95814"), ("Miami", "FL", "33131")]


def g_address(lang, v):
    v = v or ("fr" if lang == "fr" else R.choice(["uk", "uk", "us", "us", "fr"]))
    if v == "fr":
        num = str(R.randint(1, 160)) + R.choice(["", "", "", " bis", " ter"])
        street = R.choice(FR_STREETS)
        if R.random() < 0.2:
            street = street[0].upper() + street[1:]
        city = R.choice(FR_CITIES)
        pre = R.choice(["", "", "", "", f"appt {R.randint(1, 48)}, ", f"bât. {R.choice('ABCD')}, ",
                        f"Résidence les {R.choice(['Pins', 'Acacias', 'Hortensias'])}, "])
        return R.choice([f"{pre}{num} {street}, {city}", f"{pre}{num}, {street}, {city}", f"{pre}{num} {street} {city}"])
    if v == "uk":
        st, town, pc = R.choice(UK_ADDR)
        flat = R.choice(["", "", f"Flat {R.randint(1, 14)}, ", f"{R.randint(1, 9)}{R.choice('ABC')} "])
        num = "" if flat.endswith("A ") or flat.endswith("B ") or flat.endswith("C ") else f"{R.randint(1, 220)} "
        if not num and not flat:
            num = f"{R.randint(1, 220)} "
        return R.choice([f"{flat}{num}{st}, {town} {pc}", f"{flat}{num}{st}, {town}, {pc}"])
    st = R.choice(US_STREETS)
    city, state, z = R.choice(US_CITIES)
    unit = R.choice(["", "", f", Apt {R.randint(1, 30)}{R.choice('ABCD')}", f", Suite {R.randint(100, 450)}", f" #{R.randint(2, 20)}"])
    return f"{R.randint(10, 9899)} {st}{unit}, {city}, {state} {z}"


def g_birthdate(lang, v):
    v = v or R.choice(["fr_long", "fr_num", "iso"] if lang == "fr" else ["en_long", "en_num", "iso"])
    kid = v.endswith("_kid")
    v = v.removesuffix("_kid")
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = R.randint(2012, 2019) if kid else R.randint(1944, 2007)
    if v == "fr_long":
        return R.choice([f"{d} {MONTHS_FR[m - 1]} {y}", f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"])
    if v == "fr_num":
        return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}"])
    if v == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if v == "en_long":
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return R.choice([f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d} {MONTHS_EN[m - 1]} {y}", f"{d}{suf} {MONTHS_EN[m - 1]} {y}"])
    return R.choice([f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}"])


PW_WORDS = ["Velo", "Tigrou", "Marmotte", "Soleil", "Biscotte", "Rideau", "Mariage", "Kraken", "Hamlet", "Poney",
            "Bruxelles", "Chamonix", "Pistache", "Galaxy", "Brownie", "Sardine", "Lagon", "Tempete", "Montreal", "Cactus"]
PW_LOWER = ["cheval", "agrafe", "batterie", "citron", "velours", "orage", "lanterne", "moquette", "pingouin", "tuba",
            "staple", "horse", "kettle", "lemon", "comet", "biscuit"]


def g_password(lang, v):
    while True:
        r = R.random()
        if r < 0.35:
            pw = R.choice(PW_WORDS) + str(R.choice([R.randint(1, 99), R.randint(1960, 2026)])) + R.choice(["!", "#", "$", "*", "", "&", "%"])
        elif r < 0.6:
            pw = rnd(ALNUM + "!#%&*_-+=", R.randint(10, 18))
        elif r < 0.78:
            pw = "-".join(R.sample(PW_LOWER, R.choice([3, 4]))) + R.choice(["", str(R.randint(1, 99))])
        elif r < 0.9:
            w = R.choice(PW_WORDS)
            pw = w.replace("a", "@", 1).replace("o", "0").replace("e", "3", 1) + str(R.randint(10, 99)) + R.choice(["!", "?", ""])
        else:
            pw = R.choice(PW_WORDS).lower() + R.choice(["_", "."]) + R.choice(PW_WORDS) + digits(R.randint(2, 4))
        if not re.search(r"[!?]{2}", pw) and "@." not in pw and not pw.endswith(".") and len(pw) >= 6:
            return pw


def g_api_key(lang, v):
    v = v or R.choice(["aws", "stripe", "gh", "ghpat", "gitlab", "slack", "google", "openai", "anthropic", "sendgrid",
                       "twilio", "mailgun", "shopify", "hf", "npm", "brevo", "do", "stripe_rk"])
    if v == "aws":
        return R.choice(["AKIA", "AKIA", "ASIA"]) + rnd(string.ascii_uppercase + "234567", 16)
    if v == "stripe":
        return R.choice(["sk_live_", "sk_live_", "sk_test_"]) + rnd(ALNUM, R.choice([24, 32, 99]))
    if v == "stripe_rk":
        return "rk_live_" + rnd(ALNUM, R.choice([24, 34]))
    if v == "gh":
        return R.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rnd(ALNUM, 36)
    if v == "ghpat":
        return "github_pat_11" + rnd(string.ascii_uppercase + string.digits, 20) + "_" + rnd(ALNUM, 59)
    if v == "gitlab":
        return "glpat-" + rnd(ALNUM + "-_", 20)
    if v == "slack":
        return R.choice(["xoxb-", "xoxp-"]) + f"{digits(R.randint(10, 12))}-{digits(R.randint(12, 13))}-{rnd(ALNUM, 24)}"
    if v == "google":
        return "AIza" + rnd(ALNUM + "_-", 35)
    if v == "openai":
        return R.choice(["sk-proj-", "sk-"]) + rnd(ALNUM, 48)
    if v == "anthropic":
        return "sk-ant-api03-" + rnd(ALNUM + "-_", 93) + "AA"
    if v == "sendgrid":
        return "SG." + rnd(ALNUM + "-_", 22) + "." + rnd(ALNUM + "-_", 43)
    if v == "twilio":
        return "SK" + rnd(HEX, 32)
    if v == "mailgun":
        return "key-" + rnd(HEX, 32)
    if v == "shopify":
        return R.choice(["shpat_", "shpss_", "shpca_"]) + rnd(HEX, 32)
    if v == "hf":
        return "hf_" + rnd(string.ascii_letters, 34)
    if v == "npm":
        return "npm_" + rnd(ALNUM, 36)
    if v == "brevo":
        return "xkeysib-" + rnd(HEX, 64) + "-" + rnd(ALNUM, 16)
    if v == "do":
        return "dop_v1_" + rnd(HEX, 64)
    raise KeyError(v)


B64 = string.ascii_letters + string.digits + "+/"


def g_private_key(lang, v):
    label = R.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY",
                      "DSA PRIVATE KEY"])
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA",
             "EC PRIVATE KEY": "MHcCAQEEIB", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
             "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq", "DSA PRIVATE KEY": "MIIBuwIBAAKBgQD"}[label]
    nl = R.randint(2, 4)
    lines = [start + rnd(B64, 64 - len(start))] + [rnd(B64, 64) for _ in range(nl - 1)] + \
        [rnd(B64, R.randint(8, 44)) + R.choice(["=", "==", ""])]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_token(lang, v):
    v = v or R.choice(["jwt", "opaque"])
    if v == "jwt":
        head = b64url({"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
        pay = {"sub": str(R.randint(100000, 999999)), "iat": R.randint(1735000000, 1790000000)}
        extra = R.choice([{"role": R.choice(["admin", "staff", "member"])}, {"club": R.choice(["marmots", "velo-lyon"])},
                          {"scope": "bookings:write"}, {"name": R.choice(NAMES_EN + PRENOMS_FR)}, {}])
        pay.update(extra)
        pay["exp"] = pay["iat"] + 3600
        sig = rnd(ALNUM + "-_", R.choice([43, 43, 86]))
        return f"{head}.{b64url(pay)}.{sig}"
    return R.choice([rnd(ALNUM, R.randint(32, 48)), rnd(ALNUM, 20) + "." + rnd(ALNUM + "-_", 24),
                     "at_" + rnd(ALNUM, 30), rnd(HEX, 40)])


def lex_variant(term):
    vs = [term, term, term.lower(), term.upper(), strip_accents(term), strip_accents(term).lower(), term.title(),
          strip_accents(term).upper()]
    t = R.choice(vs)
    if " " in t and R.random() < 0.25:
        t = t.replace(" ", R.choice([NBSP, "  ", NNBSP]), 1)
    return t


def g_lexicon(lang, v):
    return lex_variant(R.choice(LEXICON))


def g_punct(lang, v):
    return R.choice(["!!!", "!!!!", "!!!!!", "!!!!!!!!", "???", "????", "?!?", "?!?!", "!?!", "!?!?!", "?!!", "!!?",
                     "??!!", "?!!!"])


INSULT_POOLS = {
    "fr": {"common": ["connard", "abruti", "crétin", "imbécile", "guignol", "bouffon", "tocard", "minable", "sale con",
                      "gros con", "trou du cul", "pauvre type"],
           "rare": ["malotru", "butor", "goujat", "cuistre", "pignouf", "olibrius", "gougnafier", "jean-foutre",
                    "foutriquet", "malappris", "bachi-bouzouk", "branquignol", "andouille"],
           "be": ["baraki", "klet", "snul", "zievereir", "babelutte"],
           "ch": ["bobet", "taborniau", "tadié", "grand bobet"],
           "qc": ["gros cave", "niaiseux", "épais", "sans-dessein", "téteux", "esti de cave"],
           "af": ["gaou", "mbout", "doff", "saï-saï"],
           "verlan": ["teubé", "golmon", "boloss", "cassos"],
           "obf": ["c*nnard", "abrut1", "cr3tin", "enc*lé", "c.o.n.n.a.r.d", "b4tard", "fdp", "conn4rd"]},
    "en": {"uk": ["muppet", "plonker", "numpty", "pillock", "tosser", "wanker", "bellend", "prat", "git", "knobhead"],
           "us": ["jackass", "dipshit", "douchebag", "dumbass", "bozo", "nimrod", "schmuck"],
           "ie": ["eejit", "gobshite", "langer", "gombeen", "spanner"],
           "au": ["drongo", "galah", "dropkick", "fuckwit", "ratbag"],
           "rare": ["nincompoop", "lickspittle", "troglodyte", "mouth-breather", "ignoramus", "numbskull", "poltroon"],
           "obf": ["f*cking idiot", "d1ckhead", "m0ron", "sh!thead", "a-hole", "id10t", "tw*t", "f-ing clown"]},
}


def g_insult(lang, v):
    pools = INSULT_POOLS[lang]
    return R.choice(pools[v] if v else pools[R.choice(list(pools))])


# ---- links: return (url, extra findings)
SHORTENERS = ["bit.ly", "tinyurl.com", "t.co", "ow.ly", "is.gd", "cutt.ly", "rb.gy", "tiny.cc", "shorturl.at",
              "buff.ly", "rebrand.ly", "t.ly", "lnkd.in", "goo.gl", "s.id"]
LOOKALIKES = ["paypall.fr", "paypal-resolution-centre.com", "paypal.fr.account-check.net", "amazon-retours-colis.fr",
              "amazonn.fr", "amaz0n-prime-renouvellement.com", "laposte-avis-passage.com", "lap0ste.fr",
              "colissimo-relivraison.net", "coIissimo.fr", "chronopost-droits-douane.com",
              "ameli-carte-vitale-renouvellement.fr", "arneli.fr", "impots-gouv-fr.net",
              "impots.gouv.fr-remboursement.info", "caf-aides-logement.fr", "mon-caf-remboursement.info",
              "orange-messagerie-securite.com", "0range-facture.fr", "free-mobile-remboursement.net",
              "freemobile-facture.fr", "gooogle.fr", "google-verification-compte.com", "apple-id-verrouille.com",
              "appIe.com", "microsoft-office365-connexion.com", "rnicrosoft.com", "instagram-badge-verification.com",
              "instagrarn.com", "facebook-securite-compte.com", "faceboook.com", "tiktok-creator-rewards.net",
              "tiktokk.com", "netflix-compte-suspendu.fr", "netfIix.com", "sncf-connect-remboursement.com",
              "sncf-conect.com", "leboncoin-paiement-securise.com", "leboncoln.fr", "vinted-transaction.com",
              "vintedd.fr", "decathlon-anniversaire-cadeau.com", "decatlon.fr", "credit-agricole-alerte.com",
              "credit-agricoie.fr"]
INSECURE_HOSTS = ["www.velo-club-annecy.fr", "www.ecole-langues-rennes.fr", "gazette-du-quartier.info",
                  "photos-mariage-dupuis.fr", "www.camping-du-lac.be", "archives.le-petit-nantais.fr",
                  "lan-party-mulhouse.org", "www.pharmacie-du-centre-brest.fr", "minigolf-arcachon.com",
                  "www.hotel-des-voyageurs.fr", "kidsclub-brighton.co.uk", "www.localchronicle-news.com",
                  "esports-league-leeds.org", "theatre-amateur-quimper.fr", "www.supermarche-martin.fr",
                  "club-photo-sion.ch"]
PUNY_LABELS = ["vélo-rené", "pharmacie-gaîté", "hôtel-étoile", "théâtre-côté-cour", "café-müller", "коробка",
               "ñandú-viajes", "crèche-à-côté", "fête-du-quartier", "clés-minute", "bière-artisanale", "musée-bâle",
               "garçon-coiffeur", "mariée-en-fête", "écoles-été"]
PUNY = []
for _lab in PUNY_LABELS:
    _enc = _lab.encode("idna").decode()
    assert _enc.startswith("xn--"), _lab
    PUNY.append(_enc)
NEUTRAL_TARGETS = ["trk.mailflow-eu.net", "go.hub-offres.com", "r.news-dispatch.io", "clk.promo-relay.net",
                   "login-check-online.com", "redirect.cloud-pages.app", "secure-pay-portal.net", "l.campaign-tools.eu"]
MISMATCH_VIS = ["www.laposte.fr/suivi", "https://www.sncf-connect.com", "decathlon.fr", "www.hotel-bellevue-annecy.fr",
                "https://billetterie.theatre-des-tanneurs.fr", "ameli.fr", "https://www.impots.gouv.fr",
                "www.gazette-du-val.fr/abonnement", "orange.fr/espace-client", "https://www.paypal.com",
                "www.cycles-garnier.fr", "bikeworks-leeds.co.uk", "https://tickets.lyric-playhouse.co.uk",
                "www.riverside-hotel.ie", "colissimo.fr", "www.vinted.fr"]
PATHS = ["login", "verification", "compte/securite", "suivi", "remboursement", "promo/ete", "inscription", "billets",
         "galerie", "photos/mariage-2025", "admin", "resultats", "bracket", "cgv.pdf", "index.php", "offre", "r/7Kq2",
         "paiement", "wp-admin/", "claim", "news/2025/article-118", ""]


def path():
    p = R.choice(PATHS)
    if p and R.random() < 0.25:
        p += "?ref=" + rnd(string.ascii_lowercase + string.digits, 6)
    return p


def sch(p_http):
    return "http://" if R.random() < p_http else "https://"


def with_insecure(url):
    return [("link", "insecure")] if url.startswith("http://") else []


def g_ip_host(lang, v):
    host = g_ipv4() if R.random() < 0.85 else "[" + g_ipv6() + "]"
    url = sch(0.55) + host + R.choice(["", "", "", ":8080", ":8443", ":3000"]) + "/" + path()
    return url, with_insecure(url)


def g_punycode(lang, v):
    lab = R.choice(PUNY)
    host = R.choice(["", "", "www.", "shop."]) + lab + "." + R.choice(["com", "fr", "net", "shop", "be"])
    url = sch(0.15) + host + "/" + path()
    if R.random() < 0.12:
        url = host + "/" + path()
    return url, with_insecure(url)


def g_lookalike(lang, v):
    host = R.choice(LOOKALIKES)
    r = R.random()
    if r < 0.12:
        url = "www." + host + "/" + path()
    else:
        url = sch(0.2) + R.choice(["", "", "www.", "secure.", "espace-client."]) + host + "/" + path()
    return url, with_insecure(url)


def g_shortener(lang, v):
    code = rnd(ALNUM, R.randint(5, 8))
    host = R.choice(SHORTENERS)
    url = (host + "/" + code) if R.random() < 0.2 else (sch(0.15) + host + "/" + code)
    return url, with_insecure(url)


def g_insecure(lang, v):
    return "http://" + R.choice(INSECURE_HOSTS) + "/" + path(), []


def g_blocklisted(lang, v):
    host = R.choice(["", "", "", "www.", "promo.", "m.", "fr.", "app."]) + R.choice(BLOCKED)
    url = (host + "/" + path()) if R.random() < 0.12 else (sch(0.2) + host + "/" + path())
    return url, with_insecure(url)


def g_mismatch(lang, v):
    vis = R.choice(MISMATCH_VIS)
    tgt = "https://" + R.choice(NEUTRAL_TARGETS) + "/" + rnd(string.ascii_lowercase + string.digits, R.randint(2, 8))
    return f"[{vis}]({tgt})", []


GEN = {
    "pii.email": g_email, "pii.phone": g_phone, "pii.iban": g_iban, "pii.card": g_card, "pii.nir": g_nir,
    "pii.ip": g_ip, "pii.address": g_address, "pii.birthdate": g_birthdate,
    "secret.password": g_password, "secret.api_key": g_api_key, "secret.private_key": g_private_key,
    "secret.token": g_token, "confidential.lexicon": g_lexicon,
    "link.ip_host": g_ip_host, "link.punycode": g_punycode, "link.lookalike": g_lookalike,
    "link.shortener": g_shortener, "link.insecure": g_insecure, "link.blocklisted": g_blocklisted,
    "link.mismatch": g_mismatch, "insult.insult": g_insult, "tone.punctuation": g_punct,
}

# ============================================================== templates: hostile family
PX = "{f:tone.punctuation}"

HOSTILE = {
    "illegal.hate": {
        "fr": [
            "⟦H|Les Roms, faudrait leur interdire l'entrée du supermarché, ils volent tout⟧.",
            "⟦H|Les musulmans n'ont rien à faire dans un musée d'art français⟧.",
            "⟦H|Les Noirs, c'est pas des vrais Français, arrêtez de les mettre sur vos affiches⟧.",
            "⟦H|Les homos ne devraient pas avoir le droit de se marier dans votre domaine, c'est contre nature⟧.",
            "⟦H|Les trans, c'est des malades mentaux et votre pub les encourage⟧.",
            "⟦H|Les Asiatiques conduisent comme des pieds, faut pas leur louer de voitures⟧.",
            "⟦H|Les femmes n'ont rien à faire dans un tournoi e-sport, retournez à la cuisine⟧ 🙄",
            "⟦H|Les handicapés ralentissent tout le club, gardez-les chez eux⟧.",
            "Franchement, ⟦H|ce quartier serait mieux sans tous ces Arabes⟧.",
            "⟦H|Vous embauchez encore des Africains à la caisse, pas étonnant que ce soit sale⟧.",
            "⟦H|Il faudrait renvoyer chez eux tous ces migrants qui traînent devant l'hôtel⟧.",
            "⟦H|Pourquoi vous laissez des femmes voilées tenir le comptoir de la pharmacie, on est en France non ?⟧",
            "⟦H|Depuis quand on donne des cours de français à des sauvages pareils ?⟧",
            "⟦H|Vous trouvez normal que les Juifs tiennent tous les médias, y compris votre journal ?⟧",
            "⟦H|On sait bien qui tire les ficelles dans les banques, hein⟧ 👃",
            "⟦H|Encore une affiche pour le grand remplacement⟧, bravo le théâtre.",
            "⟦H|Remigration, et vite⟧, votre pub montre bien le problème.",
            "⟦H|Encore une chance pour la France dans votre équipe⟧ 🙄",
            "⟦H|Les gens du voyage, c'est tous des voleurs de vélos⟧, je le dis depuis longtemps.",
            "⟦H|Ces bougnoules n'ont qu'à rentrer au bled⟧.",
            "⟦H|Les Chinois, c'est tous des tricheurs, bannissez-les du tournoi⟧.",
            "⟦H|Aucun Maghrébin ne devrait bosser dans une pharmacie, c'est trop risqué⟧.",
            "⟦H|Les lesbiennes, ça n'a pas à être montré aux enfants du club⟧.",
            "⟦H|Vos mannequins noirs font fuir les vraies clientes⟧.",
            "⟦H|Les sourds n'ont qu'à rester chez eux au lieu de réclamer des visites en LSF⟧.",
            "⟦H|Pourquoi un musée devrait s'adapter aux autistes ? Qu'on les enferme⟧.",
            "⟦H|88 à tous les vrais patriotes du tournoi⟧ 🇫🇷",
            "⟦H|Dehors les Polonais, ils volent le travail des gens d'ici⟧.",
            "Sous votre post sur le mariage : « ⟦H|deux hommes qui se marient, c'est une abomination⟧ »",
            "⟦H|Un Noir comme présentateur de votre journal local, et puis quoi encore ?⟧",
            "Vous savez ce qu'on dit : ⟦H|un bon migrant est un migrant renvoyé⟧.",
        ],
        "en": [
            "⟦H|Immigrants are ruining this town, send them all back⟧.",
            "⟦H|Muslims shouldn't be allowed to work in a pharmacy⟧.",
            "⟦H|Black people don't belong in a wedding brochure like that⟧.",
            "⟦H|Gay couples have no business getting married at your hotel⟧.",
            "⟦H|Trans people are mentally ill and your ad is grooming kids⟧.",
            "⟦H|Women can't play shooters, kick them out of the bracket⟧.",
            "⟦H|Disabled kids just drag the whole club down, keep them at home⟧.",
            "Honestly ⟦H|this country would be better off without all the Pakis⟧.",
            "⟦H|Why do you keep hiring foreigners who can barely speak English?⟧",
            "⟦H|Is it really necessary to put a Jew in charge of your newspaper?⟧",
            "⟦H|Why would a museum celebrate Africans? They never built anything⟧.",
            "⟦H|Great Replacement in action, just look at your new ad⟧.",
            "⟦H|We all know who really runs the banks⟧ 👃",
            "⟦H|(((They))) own your paper, that's why it's so biased⟧.",
            "⟦H|Every Gypsy that walks into your shop is a thief⟧.",
            "⟦H|Mexicans steal the cars they rent, I've seen it⟧.",
            "⟦H|Those Asians cheat at every tournament, ban the lot of them⟧.",
            "⟦H|Send the refugees back, this hotel isn't a charity for them⟧.",
            "⟦H|Travellers are all scroungers, don't let them book⟧.",
            "⟦H|Women belong in the kitchen, not on the casting desk⟧.",
            "⟦H|Gays shouldn't be anywhere near a kids' club⟧.",
            "⟦H|1488, real ones know⟧.",
            "⟦H|No wonder the high street's gone downhill with all the Somalis moving in⟧.",
            "⟦H|Aboriginal people just want handouts⟧, don't give them the discount.",
            "Comment on the museum post: \"⟦H|a Deaf guide? they should stay in their own institutions⟧\"",
            "⟦H|Another diversity hire at the front desk, and that's why nothing works⟧.",
            "⟦H|Why does every ad now need a Muslim in it? Go back where you came from⟧.",
        ],
    },
    "illegal.threat": {
        "fr": [
            "⟦T|Je sais où tu habites, et je vais venir te voir⟧.",
            "⟦T|Si mon remboursement n'est pas là lundi, je viens mettre le feu à votre agence⟧.",
            "⟦T|Je vais t'attendre à la sortie du théâtre et tu vas le regretter⟧.",
            "⟦T|Ce serait dommage qu'il arrive quelque chose à ta jolie boutique⟧ 🙂",
            "⟦T|Fais gaffe en fermant le magasin ce soir, on sait jamais⟧.",
            "⟦T|Ta fille est bien à l'école Jules-Ferry, non ? Ce serait bête qu'il lui arrive un truc⟧.",
            "⟦T|Ta Clio grise sur le parking du club, elle va pas rester entière longtemps⟧.",
            "⟦T|Je vais crever les quatre pneus de ta bagnole⟧, tu vas voir.",
            "⟦T|Je vais balancer ton adresse et ton numéro sur tous les groupes Facebook du coin⟧.",
            "⟦T|D'ici ce soir tout le monde saura où tu habites⟧.",
            "⟦T|Je publie ton adresse, {f:pii.address/fr}, si tu supprimes encore mon avis⟧.",
            "⟦T|Si tu bannis encore mon fils du tournoi, je te casse la gueule à la LAN⟧.",
            "⟦T|On va se retrouver, toi et moi, et ça va mal finir⟧.",
            "⟦T|Je vais te faire la peau⟧, ⟦I|sale menteuse⟧.",
            "⟦T|Tu vas finir aux urgences comme tes clients⟧.",
            "⟦T|Je vais faire sauter votre salle de spectacle⟧.",
            "⟦T|La prochaine fois que je te croise au vestiaire, je t'éclate⟧.",
            "⟦T|Ta femme devrait pas rentrer seule ce soir⟧.",
            "⟦T|Continue comme ça et ta rédaction va brûler⟧.",
            "⟦T|J'ai ta plaque d'immatriculation, je vais te retrouver⟧.",
            "⟦T|Si l'hôtel ne me rembourse pas, je reviens avec des potes pour tout casser⟧.",
            "⟦T|Je connais l'heure à laquelle tu récupères tes gosses au club⟧.",
            "⟦T|Tu vas payer pour ce que t'as écrit sur mon frère⟧.",
            "⟦T|Je vais te câlisser une volée à la sortie du dépanneur⟧.",
            "⟦T|J'vais t'défoncer la tronche si je te revois au magasin⟧.",
            "⟦T|On va venir chez toi, à {ville}, et on va discuter avec ta famille⟧.",
            "Message privé reçu : « ⟦T|je te retrouverai, même si tu changes de pharmacie⟧ »",
            "⟦T|Je vais poster ton numéro, {f:pii.phone/fr}, avec ta photo sur tous les forums⟧.",
            "⟦T|Un jour ou l'autre tu vas sortir du bureau, et je serai là⟧.",
        ],
        "en": [
            "⟦T|I know where you live and I'm coming round tonight⟧.",
            "⟦T|If my deposit isn't back by Friday, I'll burn your office down⟧.",
            "⟦T|I'll be waiting outside the theatre after the show, and you'll regret it⟧.",
            "⟦T|Shame if something happened to that nice little shop of yours⟧.",
            "⟦T|Your kids go to St Mary's, right? Be a pity if something happened on the walk home⟧.",
            "⟦T|Nice blue Golf in the staff car park. Be a shame if it got torched⟧.",
            "⟦T|I'm going to post your home address and phone number on every local group⟧.",
            "⟦T|Everyone will know where you live by tonight⟧.",
            "⟦T|Delete my review again and I'll put your address, {f:pii.address}, all over the internet⟧.",
            "⟦T|Ban me from the cup one more time and I'll smash your face in at the LAN⟧.",
            "⟦T|Watch your back when you lock up tonight⟧.",
            "⟦T|I'm going to find you and break your legs⟧.",
            "⟦T|Your wife shouldn't walk home alone after her shift⟧.",
            "⟦T|Keep printing lies and your newsroom goes up in flames⟧.",
            "⟦T|I've got your number plate, I'll find you⟧.",
            "⟦T|I'll be outside the pharmacy at closing, we'll sort this out properly⟧.",
            "⟦T|I'm going to put a bomb in your museum⟧.",
            "⟦T|You'll cop a hiding next time I see you at the servo⟧.",
            "⟦T|I'll burst ya if I see you at the hotel bar again⟧.",
            "⟦T|You're dead if I see you at the club on Saturday⟧.",
            "DM from that account: \"⟦T|we know which school your daughter goes to⟧\"",
            "⟦T|I'll be posting your mobile, {f:pii.phone/uk}, on every dating site going⟧.",
            "⟦T|Sooner or later you have to leave the building, and I'll be there⟧.",
        ],
    },
    "insult.insult": {
        "fr": [
            "Vous êtes vraiment une ⟦I|bande de bras cassés⟧ à l'atelier.",
            "Le vendeur de vélos est un ⟦I|sacré connard⟧, il m'a raccroché au nez.",
            "⟦I|Espèce d'abruti⟧, c'est pas la taille que j'ai commandée.",
            "Votre pharmacienne est une ⟦I|grosse conne⟧.",
            "T'es qu'un ⟦I|tocard⟧ de commentateur.",
            "Quel ⟦I|malotru⟧, ce réceptionniste.",
            "Ce prof d'espagnol est un ⟦I|cuistre⟧ prétentieux.",
            "⟦I|Bande de gougnafiers⟧, vous avez rayé ma voiture de location.",
            "Le metteur en scène est un ⟦I|olibrius⟧ fini.",
            "⟦I|Tête de nœud⟧, relis ma commande.",
            "T'es vraiment ⟦I|biesse⟧, toi, hein.",
            "Ce ⟦I|baraki⟧ de livreur a balancé le colis par-dessus la grille.",
            "Allez, ⟦I|espèce de klet⟧, rends-moi mon argent.",
            "Le serveur de l'hôtel, quel ⟦I|bobet⟧.",
            "T'es un vrai ⟦I|taborniau⟧, tu m'as vendu la mauvaise chambre à air.",
            "⟦I|Gros cave⟧, t'as encore oublié ma réservation.",
            "Le gars au comptoir est un ⟦I|esti de niaiseux⟧.",
            "T'es ben ⟦I|épais⟧ de pas comprendre ça.",
            "Ce ⟦I|gaou⟧ de caissier m'a rendu la monnaie de travers.",
            "Arrête de faire le ⟦I|kpakpato⟧ dans les commentaires du journal.",
            "Toi tu es ⟦I|doff⟧ deh, on t'a dit taille M.",
            "Ce ⟦I|mbout⟧ de coach a laissé mon fils sur le banc.",
            "T'es trop ⟦I|teubé⟧ mon frère, c'était pas ce modèle.",
            "Quel ⟦I|golmon⟧ ce caster, il connaît même pas les règles.",
            "Le mec de la location c'est un ⟦I|boloss⟧ de compét'.",
            "Réponds, ⟦I|c*nnard⟧.",
            "Vous êtes des ⟦I|enc*lés⟧ au service client.",
            "T'es qu'une ⟦I|p.u.t.e⟧, rends mon acompte.",
            "⟦I|fdp⟧ va, j'ai jamais reçu mes places.",
            "⟦I|Sale con⟧, t'as supprimé mon commentaire.",
            "Ce ⟦I|pignouf⟧ m'a doublé dans la file du drive.",
            "Le photographe du mariage est un ⟦I|incapable doublé d'un abruti⟧.",
            "Allô, ⟦I|la débile⟧ du standard, tu me passes ton chef ?",
            "⟦I|Trou du cul⟧, c'est ça ton service client ?",
            "Quel ⟦I|branquignol⟧ a préparé ma commande ?",
            "T'es un ⟦I|bouffon⟧, t'as perdu la finale tout seul.",
            "⟦I|Pauvre andouille⟧, t'as même pas chargé la batterie du vélo.",
            "Ce ⟦I|zievereir⟧ de vendeur m'a raconté n'importe quoi.",
            "La vendeuse de la parfumerie est une ⟦I|pétasse⟧ arrogante.",
            "Réponds à mon message, {f:insult.insult}.",
            "Sérieux, {f:insult.insult}, t'as encore oublié ma commande.",
            "Merci pour rien, {f:insult.insult}.",
            "Et l'autre {f:insult.insult/common} qui me dit d'attendre encore une semaine.",
            "Le réceptionniste ? Un {f:insult.insult/rare} de première.",
        ],
        "en": [
            "⟦I|You absolute muppet⟧, that's the wrong size.",
            "The bike mechanic is a complete ⟦I|plonker⟧.",
            "⟦I|Numpty⟧ at the front desk gave away my room.",
            "Your pharmacist is a ⟦I|useless pillock⟧.",
            "Which ⟦I|tosser⟧ packed my order?",
            "Listen here, ⟦I|you bellend⟧, I want a refund.",
            "The caster is a total ⟦I|knobhead⟧.",
            "⟦I|Jackass⟧ at the rental desk charged me twice.",
            "You're a ⟦I|dipshit⟧ for cancelling my booking.",
            "Your editor is a ⟦I|douchebag⟧.",
            "Only a ⟦I|bozo⟧ would schedule the final at 8am.",
            "The hotel manager is a ⟦I|gobshite⟧.",
            "You ⟦I|eejit⟧, you sent it to the wrong address.",
            "Yer man at the counter is a right ⟦I|langer⟧.",
            "Stop acting the ⟦I|gombeen⟧ and refund me.",
            "Your coach is a ⟦I|drongo⟧.",
            "⟦I|Flamin' galah⟧ at the servo sold me the wrong oil.",
            "That ⟦I|dropkick⟧ ref cost us the match.",
            "Absolute ⟦I|fuckwit⟧ behind the counter today.",
            "The receptionist is a ⟦I|ratbag⟧.",
            "What a ⟦I|nincompoop⟧, the tickets were for the wrong night.",
            "Your reviewer is a ⟦I|mouth-breathing troglodyte⟧.",
            "⟦I|Lickspittle⟧ journalists, the lot of you.",
            "You're a ⟦I|f*cking idiot⟧.",
            "Fix it, ⟦I|d1ckhead⟧.",
            "⟦I|sh!thead⟧ at customer service hung up on me.",
            "What a ⟦I|m0ron⟧, my card got charged twice.",
            "Thanks for nothing, ⟦I|a-hole⟧.",
            "Which ⟦I|w@nker⟧ approved this?",
            "You're all ⟦I|a bunch of clowns⟧.",
            "Your stylist is a ⟦I|talentless hack⟧.",
            "⟦I|Dumbass⟧ sold me a helmet two sizes too small.",
            "Sort it out, {f:insult.insult}.",
            "Oi, {f:insult.insult}, where's my order?",
            "Cheers for nothing, {f:insult.insult}.",
            "The guy on the phone? Total {f:insult.insult/uk}.",
        ],
    },
    "tone.aggressive": {
        "fr": [
            "⟦A|C'est entièrement de votre faute si mon fils a raté son match⟧.",
            "⟦A|Vous avez tout fait foirer, comme d'habitude⟧.",
            "⟦A|Vous ne savez visiblement pas faire votre boulot⟧.",
            "⟦A|Vous vous fichez complètement de vos clients⟧, ça se voit.",
            "⟦A|Tu le fais exprès ou quoi ?⟧ Je t'ai dit le 28 pouces.",
            "⟦A|Vous me mentez depuis le début⟧, je veux parler au responsable.",
            "⟦A|Arrêtez de vous foutre de ma gueule⟧, ça fait trois fois que j'appelle.",
            "⟦A|Vous n'êtes même pas capables de livrer une robe de mariée à temps⟧.",
            "⟦A|Tu crois vraiment que je vais gober ton excuse ?⟧",
            "⟦A|C'est à cause de vous que ma fille a pleuré tout le week-end⟧.",
            "⟦A|Vous avez gâché notre mariage, tout simplement⟧.",
            "⟦A|Ne me dites surtout pas de patienter⟧, j'attends depuis une heure.",
            "⟦A|Vous osez encore me parler de frais de dossier ?⟧",
            "⟦A|Faites votre travail au lieu de poster des stories⟧.",
            "⟦A|Votre journal raconte n'importe quoi et vous le savez très bien⟧.",
            "⟦A|Franchement vous devriez avoir honte de facturer ça⟧.",
            "⟦A|Vous m'avez pris pour un pigeon⟧, et ça ne se passera pas comme ça.",
            "⟦A|T'as rien compris à ce que je t'ai demandé⟧, relis.",
            "⟦A|Vous ne m'écoutez jamais⟧, c'est insupportable.",
            "⟦A|Assumez vos erreurs au lieu de vous cacher derrière vos conditions⟧.",
            "⟦A|Vous n'avez aucune parole⟧.",
            "⟦A|Vous avez encore perdu mon dossier, vous le faites exprès⟧.",
            "⟦A|C'est toi qui as tout cassé, alors tu paies⟧.",
            "⟦A|Si vous étiez un peu sérieux, on n'en serait pas là⟧.",
        ],
        "en": [
            "⟦A|This is entirely your fault and you know it⟧.",
            "⟦A|You people never listen⟧.",
            "⟦A|You ruined our wedding day⟧, plain and simple.",
            "⟦A|You clearly don't give a damn about your customers⟧.",
            "⟦A|Don't you dare tell me to be patient⟧.",
            "⟦A|You lied to me twice on the phone⟧.",
            "⟦A|How hard is it to do your job?⟧",
            "⟦A|You're wasting my time again⟧.",
            "⟦A|Stop hiding behind your terms and fix it⟧.",
            "⟦A|You messed up my kid's birthday party⟧ and now you want a review?",
            "⟦A|You should be ashamed of charging that much⟧.",
            "⟦A|Your paper prints whatever it wants and you don't care who gets hurt⟧.",
            "⟦A|Did you even read my message?⟧",
            "⟦A|Don't you ever hang up on me again⟧.",
            "⟦A|You cost us the match with that lag⟧, own it.",
            "⟦A|You've had three weeks and you still haven't fixed it⟧.",
            "⟦A|You lost my booking and now you're blaming me⟧.",
            "⟦A|Do your bloody job for once⟧.",
        ],
    },
    "tone.shouting": {
        "fr": [
            "⟦S|REMBOURSEZ MON ABONNEMENT⟧, j'ai résilié il y a un mois.",
            "⟦S|PERSONNE NE RÉPOND AU TÉLÉPHONE⟧ à la pharmacie.",
            "Le vélo est ⟦S|ENCORE EN PANNE APRÈS LA RÉVISION⟧.",
            "⟦S|ON A GAGNÉ LE TOURNOI⟧ 🏆🏆",
            "⟦S|OÙ EST MA ROBE⟧, le mariage est samedi.",
            "⟦S|LA CHAMBRE ÉTAIT SALE⟧ et la douche froide.",
            "Je répète : ⟦S|JE NE VEUX PLUS DE PRÉLÈVEMENT⟧.",
            "⟦S|MERCI POUR CETTE SOIRÉE MAGIQUE⟧ ✨",
            "⟦S|TROIS HEURES D'ATTENTE⟧ au comptoir de location.",
            "⟦S|ARRÊTEZ DE M'APPELER⟧ pour vendre des forfaits.",
            "⟦S|RÉSILIATION IMMÉDIATE DE MON CONTRAT⟧.",
            "Mon fils a été oublié au club, ⟦S|PERSONNE NE NOUS A PRÉVENUS⟧.",
            "⟦S|LE SPECTACLE EST ANNULÉ⟧ et personne ne prévient.",
            "⟦S|JE VEUX PARLER AU DIRECTEUR⟧ du magasin.",
            "⟦S|C'EST LA TROISIÈME FOIS⟧ que je signale l'erreur dans l'article.",
            "Le colis est arrivé ouvert, ⟦S|RIEN NE VA DANS CETTE COMMANDE⟧.",
            "⟦S|QUELLE BELLE EXPO⟧, on revient avec les enfants 😍",
            "Encore raté, ⟦S|PAS DE CAISSE OUVERTE⟧ à 19 h.",
        ],
        "en": [
            "⟦S|WHERE IS MY REFUND⟧, it's been a month.",
            "⟦S|NOBODY ANSWERS THE PHONE⟧ at this pharmacy.",
            "⟦S|WE WON THE CUP⟧ 🏆",
            "The room was ⟦S|ABSOLUTELY FILTHY AGAIN⟧.",
            "⟦S|STOP CALLING ME⟧ about upgrades.",
            "⟦S|CANCEL MY CONTRACT TODAY⟧.",
            "⟦S|BEST NIGHT EVER⟧, thank you so much! 🎭",
            "⟦S|I WANT TO SPEAK TO A MANAGER⟧.",
            "My daughter was left alone at the club, ⟦S|NOBODY TOLD US ANYTHING⟧.",
            "⟦S|THE CAR WAS NOT CLEANED⟧ and smelled of smoke.",
            "⟦S|THE SHOW WAS CANCELLED⟧ without a single email.",
            "⟦S|THIRD TIME ASKING NOW⟧, fix the typo in my name.",
            "⟦S|WHAT A GORGEOUS WEDDING⟧ 💐 thank you all",
            "Still waiting, ⟦S|NO ONE HAS CALLED BACK⟧.",
        ],
    },
    "tone.punctuation": {
        "fr": [
            "Toujours pas de nouvelles de mon vélo " + PX,
            "Le spectacle est annulé " + PX + " Et on l'apprend sur Facebook",
            "Vous êtes sérieux " + PX,
            "On est qualifiés pour la finale " + PX + " 🎉",
            "Ma commande drive a disparu " + PX,
            "Trois semaines sans box internet " + PX,
            "Le mariage c'est dans 4 jours et toujours pas de traiteur " + PX,
            "Quoi " + PX + " Encore une hausse de prix ?",
            "Merci merci merci " + PX + " Le gâteau était parfait",
            "Comment ça, le musée est fermé " + PX,
            "Vous plaisantez ⟦P|?!?!⟧",
            "Ma fille adore le club ⟦P|!!!!⟧ ❤️",
            "La voiture de location n'avait même pas de roue de secours " + PX,
            "Deux heures de queue à la caisse " + PX + " Deux heures " + PX,
            "On a vendu toutes les places en une heure " + PX,
        ],
        "en": [
            "Still no word on my bike" + PX,
            "The show is cancelled" + PX + " And we find out on Facebook",
            "Are you serious" + PX,
            "We made the final" + PX + " 🎉",
            "Three weeks without broadband" + PX,
            "Wedding is in 4 days and still no caterer" + PX,
            "Thank you thank you thank you" + PX + " The cake was perfect",
            "What do you mean the museum is closed" + PX,
            "You're kidding ⟦P|?!?!?⟧",
            "Loved every minute ⟦P|!!!!!⟧",
            "The rental had no spare tyre" + PX,
            "Sold out in an hour" + PX + " Insane",
        ],
    },
}

HOSTILE_COMBOS = {
    "fr": [
        "⟦I|Bande de nazes⟧" + PX + " ⟦A|Vous n'avez jamais été foutus de livrer à l'heure⟧.",
        "⟦S|RENDEZ MOI MON ARGENT⟧" + PX + " ⟦T|Sinon je viens me servir moi-même dans la caisse⟧.",
        "⟦A|C'est votre faute⟧, ⟦I|bande d'incompétents⟧" + PX,
        "⟦T|⟦S|JE SAIS OÙ TU HABITES⟧⟧" + PX,
        "⟦H|Les étrangers dehors⟧ ⟦P|!!!⟧ ⟦H|⟦S|LA FRANCE AUX FRANÇAIS⟧⟧",
        "⟦S|VOUS AVEZ RUINÉ MON MARIAGE⟧" + PX + " ⟦I|Espèce de minable⟧.",
        "⟦A|Vous vous moquez de qui ?⟧ ⟦S|TROIS SEMAINES SANS RÉPONSE⟧" + PX,
        "⟦I|Pauvre tache⟧, ⟦T|je t'attends devant l'hôtel à minuit⟧.",
    ],
    "en": [
        "⟦S|GIVE ME MY MONEY BACK⟧" + PX + " ⟦I|you clowns⟧.",
        "⟦A|It's your fault⟧, ⟦I|you useless lot⟧" + PX,
        "⟦T|⟦S|I KNOW WHERE YOU WORK⟧⟧" + PX,
        "⟦I|Pathetic muppets⟧" + PX + " ⟦A|You never answer a single email⟧.",
        "⟦A|You ruined my holiday⟧ ⟦S|AND NOBODY CARES⟧" + PX,
        "⟦I|You absolute weapon⟧, ⟦T|wait till I catch you in the car park⟧.",
        "⟦H|Foreigners out⟧ ⟦P|!!!⟧ ⟦H|⟦S|THIS IS OUR COUNTRY⟧⟧",
    ],
}

# ============================================================== templates: other risky kinds
FRAMES = {
    "pii.email": {
        "fr": ["Pour le devis mariage, écrivez-moi sur {f:pii.email}, je réponds le soir.",
               "La cliente de la pharmacie veut être recontactée sur {f:pii.email} pour sa commande de lait infantile.",
               "Le prof de japonais a changé d'adresse : {f:pii.email}",
               "Tu peux envoyer la convocation du tournoi à {f:pii.email} ? C'est le capitaine de {team}.",
               "Mail du parent pour le club du mercredi : {f:pii.email}",
               "Le lecteur qui a signalé l'erreur dans l'article, c'est {f:pii.email}, tu lui réponds ?"],
        "en": ["The bride's mum asked us to cc {f:pii.email} on every update.",
               "Guest left their email at reception: {f:pii.email}, can you send the invoice?",
               "Team captain for the Saturday bracket is {f:pii.email}",
               "Send the rental agreement to {f:pii.email} before pickup.",
               "Reader who complained about the crossword: {f:pii.email}"]},
    "pii.phone": {
        "fr": ["Le client du vélo cargo rappelle au {f:pii.phone}, il est pressé.",
               "Numéro de la mariée pour le jour J : {f:pii.phone/fr}",
               "Il appelle depuis la Belgique, son numéro : {f:pii.phone/be}",
               "La comédienne est joignable au {f:pii.phone/ch} pendant la tournée en Suisse.",
               "Maman de Lison (club des mercredis) : {f:pii.phone/fr}, à appeler si retard.",
               "Pour la location à Montréal, le client laisse le {f:pii.phone/ca}",
               "Le fournisseur espagnol de la parfumerie : {f:pii.phone/es}",
               "Tél. de l'assuré pour l'expertise : {f:pii.phone}"],
        "en": ["Guest in room {room} asked for a callback on {f:pii.phone}",
               "Her agent in Berlin is on {f:pii.phone/de}",
               "The tour manager's Spanish mobile is {f:pii.phone/es}, WhatsApp only.",
               "Customer's number: {f:pii.phone/us}, call after 5.",
               "Italian supplier contact for the cosmetics order: {f:pii.phone/it}",
               "Text me on {f:pii.phone/uk} when you're at the venue.",
               "Policyholder asked us to ring {f:pii.phone} about the claim."]},
    "pii.iban": {
        "fr": ["Pour le remboursement de la caution du vélo, voici mon IBAN : {f:pii.iban}",
               "Le traiteur du mariage demande l'acompte sur {f:pii.iban}",
               "Coordonnées bancaires du comédien pour le cachet : {f:pii.iban/ch}",
               "Tu peux rembourser la cliente de l'hôtel sur {f:pii.iban} ? Elle a annulé dans les délais.",
               "RIB de l'arbitre du tournoi, IBAN {f:pii.iban/fr}, pour la prime."],
        "en": ["Please send the prize money to IBAN {f:pii.iban}",
               "Refund the deposit to {f:pii.iban}, that's the customer's account.",
               "Caterer's bank details: {f:pii.iban/gb}, ref WED-{ticket}.",
               "Freelance photographer's IBAN for the museum shoot: {f:pii.iban}"]},
    "pii.card": {
        "fr": ["La cliente a dicté sa carte au téléphone : {f:pii.card}, exp {exp}",
               "Je règle le supplément chambre avec ma carte {f:pii.card}, vous avez besoin du code au dos ?",
               "Pour la caution de la voiture, prenez cette carte : {f:pii.card}",
               "Voici ma carte Amex {f:pii.card/amex} pour l'inscription de l'équipe.",
               "Un abonné a posté son numéro de CB en commentaire : {f:pii.card}, je masque ?"],
        "en": ["Charge the room to {f:pii.card}, expiry {exp}.",
               "Customer read out their card over chat: {f:pii.card}",
               "Use my Discover card {f:pii.card/discover} for the deposit.",
               "JCB card for the tour booking: {f:pii.card/jcb}"]},
    "pii.nir": {
        "fr": ["Pour la mutuelle, mon numéro de sécu : {f:pii.nir}",
               "Le pharmacien a besoin du NIR de la patiente, c'est {f:pii.nir}",
               "N° SS de l'intervenant pour la fiche de paie du théâtre : {f:pii.nir}",
               "Il a mis son numéro de sécurité sociale {f:pii.nir} dans le formulaire du club, on fait quoi ?"],
        "en": ["The French actor's social security number is {f:pii.nir}, for payroll.",
               "Employee NIR for the Paris office: {f:pii.nir}",
               "Claimant's French social security no. {f:pii.nir} - please attach to the file."]},
    "pii.ip": {
        "fr": ["Les fausses inscriptions au tournoi viennent toutes de {f:pii.ip}",
               "Le journal a reçu les commentaires haineux depuis l'IP {f:pii.ip}",
               "La cliente n'arrive pas à se connecter depuis {f:pii.ip}, tu peux débloquer ?",
               "Adresse IP du joueur banni : {f:pii.ip/v4}"],
        "en": ["The spam bookings all came from {f:pii.ip}.",
               "Player's IP at the time of the disconnect was {f:pii.ip}",
               "Whitelist {f:pii.ip/v6} for the museum kiosk please."]},
    "pii.address": {
        "fr": ["Livrez le vélo au {f:pii.address/fr}, sonnette au nom de {nom}.",
               "Adresse perso de la mariée pour les faire-part : {f:pii.address/fr}",
               "La patiente demande une livraison à domicile : {f:pii.address/fr}",
               "Le gagnant du concours habite {f:pii.address/fr}, on lui envoie le lot."],
        "en": ["Ship the replacement jersey to {f:pii.address}",
               "Guest's home address for the invoice: {f:pii.address}",
               "Winner's address is {f:pii.address}, send the signed poster.",
               "Policyholder moved to {f:pii.address/us}, update the contract."]},
    "pii.birthdate": {
        "fr": ["Mon fils est né le {f:pii.birthdate/fr_long_kid}, il peut s'inscrire au club des 8-10 ans ?",
               "Date de naissance du conducteur principal : {f:pii.birthdate/fr_num}",
               "Pour le tarif jeune, je suis née le {f:pii.birthdate/fr_long}.",
               "DDN : {f:pii.birthdate/fr_num} (pour la carte de fidélité)",
               "Joueur inscrit : {prenom}, date de naissance {f:pii.birthdate/fr_num_kid}, autorisation parentale OK."],
        "en": ["Driver's date of birth: {f:pii.birthdate/en_num}",
               "My daughter was born on {f:pii.birthdate/en_long_kid}, is she old enough for the junior league?",
               "DOB {f:pii.birthdate/iso}, please update the policy.",
               "He was born {f:pii.birthdate/en_long}, so the senior rate applies."]},
    "secret.password": {
        "fr": ["Le mot de passe du wifi invités de l'hôtel c'est {f:secret.password} à ne pas afficher.",
               "Accès au back-office de la boutique : login compta / mdp {f:secret.password}",
               "Pour le compte Twitch du tournoi : identifiant esport_lyon, mot de passe {f:secret.password}",
               "MDP du logiciel de caisse : {f:secret.password} (on le change lundi)",
               "Je t'envoie les identifiants de l'espace presse, mdp = {f:secret.password}",
               "Mon mot de passe c'est {f:secret.password}, vous pouvez annuler la résa pour moi ?",
               "Identifiants du logiciel de réservation de l'hôtel :\nuser : reception2\npass : {f:secret.password}",
               "Pour le Wi-Fi du musée, réseau Musee-Staff, clé {f:secret.password}",
               "login/mdp du compte TikTok : marmots.officiel / {f:secret.password}"],
        "en": ["Ticketing login - user: boxoffice, pass: {f:secret.password}",
               "The admin password for the booking site is {f:secret.password}",
               "pw for the shared drive: {f:secret.password}",
               "Wifi password for the staff network: {f:secret.password}",
               "My password is {f:secret.password} - can you log in and cancel the order for me?",
               "creds for the rental portal are depot-leeds / {f:secret.password}",
               "new passcode for the ticket office tablet: {f:secret.password}"]},
    "secret.api_key": {
        "fr": ["Voici la clé Stripe de la billetterie : {f:secret.api_key/stripe}",
               "Clé API Brevo pour la newsletter : {f:secret.api_key/brevo}",
               "Le presta a mis la clé AWS dans le chat : {f:secret.api_key/aws}",
               "Token GitHub pour le site du musée : {f:secret.api_key/gh}",
               "Clé OpenAI du chatbot de la pharmacie : {f:secret.api_key/openai}",
               "Pour l'intégration des résultats, utilise la clé {f:secret.api_key}"],
        "en": ["SendGrid key for the booking emails: {f:secret.api_key/sendgrid}",
               "Slack bot token for the newsroom: {f:secret.api_key/slack}",
               "Google Maps key for the store locator: {f:secret.api_key/google}",
               "Here's the Shopify admin key: {f:secret.api_key/shopify}",
               "Claude key for the translation demo: {f:secret.api_key/anthropic}",
               "api key for the tournament bot -> {f:secret.api_key}"]},
    "secret.private_key": {
        "fr": ["La clé SSH du serveur de la billetterie :\n{f:secret.private_key}",
               "Je colle la clé privée du certificat ici, tu l'installes ?\n{f:secret.private_key}"],
        "en": ["Deploy key for the hotel booking site:\n{f:secret.private_key}",
               "{f:secret.private_key}\nthat's the key for the printer's SFTP."]},
    "secret.token": {
        "fr": ["Jeton de session de l'appli fidélité : {f:secret.token/jwt}",
               "Mets ça dans le header : Authorization: Bearer {f:secret.token/opaque}",
               "L'appli du club renvoie ce token : {f:secret.token/jwt}, il est encore valide ?"],
        "en": ["curl -H \"Authorization: Bearer {f:secret.token}\" https://api.arena-lille-esport.fr/v1/matches",
               "JWT from the app logs: {f:secret.token/jwt}",
               "Bearer {f:secret.token/opaque} for the analytics export"]},
    "confidential.lexicon": {
        "fr": ["Le lancement de {f:confidential.lexicon} est repoussé, on n'en parle pas en public.",
               "Réunion {f:confidential.lexicon} jeudi 10 h, salle Molière.",
               "Quelqu'un a vu le budget de {f:confidential.lexicon} ? Le journal nous pose des questions.",
               "Pas un mot sur {f:confidential.lexicon} dans les réponses aux abonnés stp",
               "{f:confidential.lexicon} : le visuel est validé par la direction.",
               "Les kits presse de « {f:confidential.lexicon} » partent lundi, embargo jusqu'au {date}."],
        "en": ["Keep {f:confidential.lexicon} out of the newsletter until the embargo lifts.",
               "Did legal sign off on {f:confidential.lexicon}?",
               "The {f:confidential.lexicon} slides are in the team drive.",
               "Someone in the comments is asking about {f:confidential.lexicon} already 😬"]},
    "link.ip_host": {
        "fr": ["Le prestataire dit d'aller sur {f:link.ip_host} pour récupérer les photos du mariage.",
               "Interface de la caisse : {f:link.ip_host}",
               "Le formulaire d'inscription du tournoi est sur {f:link.ip_host}, c'est normal ?"],
        "en": ["Ticket scanner admin is at {f:link.ip_host}",
               "Player portal moved to {f:link.ip_host} for the weekend.",
               "The camera feed is here {f:link.ip_host}"]},
    "link.punycode": {
        "fr": ["Un client nous signale ce site : {f:link.punycode}",
               "Lien reçu par SMS : {f:link.punycode}",
               "Le fournisseur a un nouveau site {f:link.punycode}, tu peux vérifier ?"],
        "en": ["Is {f:link.punycode} ours? Someone shared it in the group.",
               "Got this link in a DM: {f:link.punycode}",
               "The caterer says to order through {f:link.punycode} now."]},
    "link.lookalike": {
        "fr": ["Votre remboursement de soins est prêt : {f:link.lookalike}",
               "Colis bloqué, réglez les frais sur {f:link.lookalike}",
               "Un abonné demande si {f:link.lookalike} c'est bien vous",
               "Gagnez une carte cadeau : {f:link.lookalike}"],
        "en": ["Your account is suspended, verify at {f:link.lookalike}",
               "Customer got a text with {f:link.lookalike}, is it legit?",
               "Claim your refund: {f:link.lookalike}"]},
    "link.shortener": {
        "fr": ["Le lien de la billetterie pour la bio : {f:link.shortener}",
               "Inscription au stage de vélo ici 👉 {f:link.shortener}",
               "Sondage des parents du club : {f:link.shortener}"],
        "en": ["Short link for the exhibition tickets: {f:link.shortener}",
               "RSVP here {f:link.shortener}",
               "Full bracket: {f:link.shortener}"]},
    "link.insecure": {
        "fr": ["L'article du blog du quartier : {f:link.insecure}",
               "Le vieux site du club est toujours en ligne : {f:link.insecure}",
               "Galerie photo du gala : {f:link.insecure}"],
        "en": ["The local paper's archive link is {f:link.insecure}",
               "Old booking page still works: {f:link.insecure}",
               "Photos from the tournament: {f:link.insecure}"]},
    "link.blocklisted": {
        "fr": ["Un compte poste partout {f:link.blocklisted} sous nos publications",
               "Réclamez votre lot sur {f:link.blocklisted}",
               "Je peux partager {f:link.blocklisted} en story ?"],
        "en": ["Bot comments keep linking {f:link.blocklisted}",
               "Claim your free pass at {f:link.blocklisted}",
               "Is {f:link.blocklisted} one of our partners?"]},
    "link.mismatch": {
        "fr": ["Pour suivre votre colis : {f:link.mismatch}",
               "Le règlement du jeu est ici {f:link.mismatch}",
               "Réservez votre chambre sur {f:link.mismatch}",
               "Mettez à jour votre carte sur {f:link.mismatch}"],
        "en": ["Update your payment details at {f:link.mismatch}",
               "Tickets available at {f:link.mismatch}",
               "Official results: {f:link.mismatch}"]},
}

COMBOS = {
    "fr": ["Gagnant du quiz : {prenom} {nom}, {f:pii.address/fr}, {f:pii.phone/fr}",
           "Fiche club : {prenom}, né le {f:pii.birthdate/fr_long_kid}, contact parent {f:pii.email}",
           "Accès caisse : {f:pii.email} / mdp {f:secret.password}",
           "Teaser {f:confidential.lexicon} ici 👉 {f:link.shortener}",
           "Location : {prenom} {nom}, carte {f:pii.card}, tél. {f:pii.phone}",
           "Virement sur {f:pii.iban}, confirmation à {f:pii.email}"],
    "en": ["Winner: {name} {last}, {f:pii.address}, {f:pii.phone/uk}",
           "Booking: {name} {last}, DOB {f:pii.birthdate/iso}, card {f:pii.card}",
           "Login for the ticketing admin: {f:pii.email} / password {f:secret.password}",
           "Preview of {f:confidential.lexicon} here: {f:link.shortener}",
           "Customer {f:pii.email} logged in from {f:pii.ip}"],
}

# ============================================================== templates: clean (hard negatives)
CLEAN = {
    "fr": [
        "Votre vélo est prêt à l'atelier, la révision complète revient à {price}.",
        "La commande n° {order} (casque + antivol) part demain, suivi : {tracking}.",
        "Le dérailleur est en rupture, on en attend une dizaine le {date}.",
        "Pour l'ordonnance, passez directement au comptoir, pas besoin de rendez-vous.",
        "La pharmacie de garde ce dimanche est celle de la place du marché.",
        "Le vaccin contre la grippe est disponible sans rendez-vous jusqu'au {date}.",
        "Les cours d'anglais B2 reprennent le {date}, salle 4.",
        "Le test de niveau en espagnol dure 45 minutes, prévoyez un stylo.",
        "Les places pour « Le Misanthrope » du {date} sont à {price} en catégorie 1.",
        "Le théâtre ouvre ses portes 45 min avant le lever de rideau.",
        "Votre devis mariage (traiteur + déco) s'élève à {price}, acompte de 30 %.",
        "Le lâcher de lanternes n'est plus autorisé sur le domaine, on propose des bougies LED à la place.",
        "Votre contrat habitation n° {policy} est renouvelé au {date}.",
        "Le sinistre déclaré le {date} est bien enregistré, un expert vous contactera.",
        "Votre forfait 5G 130 Go passe à {price_s} par mois à partir du {date}.",
        "La box sera installée le {date} entre 8 h et 12 h par un technicien.",
        "Le mot de passe de votre box est imprimé sous l'appareil, sur l'étiquette blanche.",
        "Promo de la semaine : le pack de 6 bouteilles d'eau à {price_s} au lieu de {price2}.",
        "Le drive est ouvert jusqu'à 21 h, retrait au point C.",
        "Le club des petits explorateurs accueille les 6-10 ans le mercredi de 14 h à 17 h.",
        "Pensez à la gourde et à la casquette pour la sortie au parc mercredi 🧢",
        "Inscriptions au tournoi Rocket League ouvertes jusqu'au {date}, 32 équipes max.",
        "GG à {team}, vous nous avez éclatés en demi, revanche à la prochaine LAN 😂",
        "En finale on va vous rouler dessus, préparez les mouchoirs 😂🎮",
        "Ce sérum est une tuerie, ma peau n'a jamais été aussi nette 😍",
        "La nouvelle palette, c'est une dinguerie, j'en veux trois 🔥",
        "Votre location (Clio ou similaire) est confirmée du {date} au {date2}.",
        "Le plein n'est pas inclus, la voiture doit être rendue avec le même niveau.",
        "Franchise de {price} ramenée à zéro avec l'option sérénité.",
        "Votre chambre avec vue sur le lac est réservée, arrivée à partir de 15 h.",
        "Le petit-déjeuner est servi de 7 h à 10 h 30, sans supplément.",
        "L'exposition sur les tisserands est prolongée jusqu'au {date}.",
        "Entrée gratuite pour les moins de 26 ans le premier dimanche du mois.",
        "Visite guidée en LSF pour les personnes sourdes et malentendantes samedi à 11 h.",
        "Notre article sur la braderie a été corrigé, merci pour le signalement.",
        "L'abonnement numérique au journal est à {price_s} le premier mois.",
        "Notre correspondante couvrira le conseil municipal du {date}.",
        "Honnêtement, le casque est mal fini et trop lourd, je ne le recommande pas.",
        "La pièce était longue et le deuxième acte franchement raté, dommage.",
        "Ce forfait est beaucoup trop cher pour ce qu'il propose, je vais comparer ailleurs.",
        "Pour réinitialiser votre mot de passe, utilisez le lien « mot de passe oublié » de l'appli.",
        "Ne communiquez jamais votre mot de passe, même à un conseiller.",
        "Le SIRET de l'agence est le {siret}, à reporter sur la facture.",
        "Le prélèvement porte la référence ICS {ics}.",
        "La référence de votre paiement est {txn}, gardez-la pour le SAV.",
        "Le code EAN du shampoing est {ean}.",
        "Les prix sont cassés sur les vélos d'occasion ce week-end 🚲",
        "Menu halal, végétarien ou casher au choix pour le dîner de mariage.",
        "Les couples de même sexe sont évidemment les bienvenus, on organise leurs mariages depuis 2013.",
        "Le club accueille les enfants en situation de handicap avec une animatrice dédiée.",
        "Réduction de 20 % pour les seniors et les étudiants sur présentation d'un justificatif.",
        "Quoi, complet déjà ?! On ouvre une deuxième date alors.",
        "Merci pour la photo, elle est trop belle !!",
        "Le SAV est fermé le lundi, on vous rappelle mardi.",
        "Livraison OFFERTE dès {price} d'achat.",
        "Nouvelle collection dispo, LIVRAISON GRATUITE ce week-end.",
        "Votre dossier de remboursement n° {order} est validé.",
        "Vous trouverez le règlement sur [notre site]({local_url}).",
        "Le seul lien officiel est {md_same}, méfiez-vous des SMS.",
        "On a tout déchiré au gala de fin d'année, merci aux comédiens 👏",
        "La salle a explosé de rire au deuxième acte, quelle soirée !",
        "Aurore, notre wedding planner, vous rappelle demain.",
        "Le mistral souffle fort, la sortie vélo de dimanche est annulée.",
        "Le colibri du logo a été redessiné par une illustratrice du coin.",
        "Code promo VELO15 valable jusqu'au {date}.",
        "Votre colis est disponible en point relais, munissez-vous d'une pièce d'identité.",
        "Votre carte Vitale n'est pas nécessaire pour un achat sans ordonnance.",
        "Le numéro de votre contrat figure en haut à droite de l'avis d'échéance.",
        "On a bien reçu votre date de naissance pour l'inscription, merci.",
        "Le musée a été inauguré le 3 mai 1937, on fête son anniversaire ce week-end !",
        "Trop chanmé le concert d'hier, merci à toute l'équipe 🙌",
        "C'est malade comme c'est bon, votre poutine 🤤",
        "Les joueurs doivent être présents 30 minutes avant le début du match.",
        "Le tarif famille (2 adultes + 2 enfants) est à {price}.",
        "Un espace de prière est ouvert au 2e étage pendant le ramadan pour les clients qui le souhaitent.",
        "On a reçu vos retours sur la crème : elle pique un peu, on transmet au labo.",
        "Le tournoi est diffusé en direct sur notre chaîne Twitch à 20 h.",
        "Le contrôle technique est inclus dans la révision annuelle.",
        "La référence de mandat SEPA est {refiban}, elle figure sur l'échéancier.",
        "Le mascara waterproof, c'est une bombe, il tient toute la journée 💣",
        "Le numéro de dossier sinistre est {policy}, à rappeler dans vos échanges.",
        "Réservez vos billets sur {brand_url} ou directement au guichet.",
        "La connexion à votre espace se fait sur {local_url}.",
        "Le journal a 80 ans cette année, merci à nos lecteurs fidèles.",
        "L'atelier maquillage pour les ados est complet, liste d'attente ouverte.",
        "La réf. {sku} est de retour en stock, tailles S à XL.",
        "Franchement, ce fond de teint est une catastrophe sur peau grasse, il tourne orange en une heure.",
        "Les personnes de confession juive peuvent demander un repas casher au moins 72 h avant.",
        "Ouf, le club a retrouvé le doudou de Lison 😅",
        "Vous nous avez mis une raclée au quiz de jeudi, bravo la team du fond 😂",
    ],
    "en": [
        "Your bike service is booked for {date_en}, it'll be {price_en} for the full tune-up.",
        "The pharmacy is open until 8pm on weekdays, 6pm on Saturdays.",
        "Flu jabs are walk-in only this week, no appointment needed.",
        "Evening Spanish classes start on {date_en}, room 3.",
        "Tickets for Hamlet on {date_en} are {price_en} in the stalls.",
        "Doors open 45 minutes before curtain.",
        "Your wedding package quote comes to {price_en}, with a 30% deposit.",
        "Your home policy {policy} renews on {date_en}.",
        "Your new plan includes 100 GB of data for {price_en_s} a month.",
        "The router password is printed on the sticker under the box.",
        "This week's deal: 2 for {price_en_s} on all cereal.",
        "Kids' club runs Wednesdays 2-5pm for ages 6 to 10.",
        "Sign-ups for the Valorant cup close on {date_en}, 16 teams max.",
        "GG, {team_en} absolutely destroyed us in round 2 😂 rematch Friday?",
        "Our support player is going to carry us all the way to the final, just watch 😤🎮",
        "This mascara is killer, my lashes have never looked this long 😍",
        "The new burger slaps, no cap.",
        "Your rental (VW Golf or similar) is confirmed from {date_en} to {date_en2}.",
        "Please return the car with a full tank to avoid a refuelling fee.",
        "Your lake-view room is confirmed, check-in is from 3pm.",
        "Breakfast is served from 7 to 10:30am.",
        "The Hockney exhibition has been extended until {date_en}.",
        "Free entry for under-18s every Sunday.",
        "BSL-interpreted tour for Deaf visitors this Saturday at 11am.",
        "We've corrected the article about the council meeting, thanks for flagging it.",
        "Digital subscription is {price_en_s} for the first month.",
        "Honestly the saddle is uncomfortable and overpriced, I wouldn't buy it again.",
        "The second act dragged and the sound was muddy, really disappointing.",
        "To reset your password, use the \"Forgot password\" link in the app.",
        "Never share your password with anyone, including our staff.",
        "Our company number is {crn}, it's on every invoice.",
        "Your payment reference is {txn}.",
        "The barcode on the shampoo is {ean}.",
        "Prices are slashed on used bikes this weekend 🚲",
        "Halal, kosher and vegan menus are available on request.",
        "We plan same-sex weddings all year round, happy to chat about yours.",
        "The club welcomes kids with additional needs, with a dedicated leader.",
        "Senior and student discounts apply with valid ID.",
        "Wait, sold out already?! We'll add a second night then.",
        "Thanks for the photo, it's gorgeous!!",
        "FREE DELIVERY on orders over {price_en}.",
        "Refund {order} has been approved.",
        "All the details are on [our website]({local_url}).",
        "The comedian absolutely killed it last night, the room was in stitches.",
        "That's deadly, thanks a million lads!",
        "Ripper of a weekend at the tournament, cheers to all the teams!",
        "Your parcel tracking number is {tracking}.",
        "Ramadan opening hours: the restaurant opens after sunset until midnight.",
        "The exhibition on the Windrush generation opens next month.",
        "Your claim {policy} has been registered, an assessor will call you.",
        "We're wicked busy this weekend, book your table early.",
        "Players must check in 30 minutes before their first match.",
        "Your new SIM will arrive within 2 working days.",
        "I'd kill for a room upgrade tbh 😂 any chance?",
        "The museum was founded on 3 May 1937, it's our anniversary week!",
        "Please bring proof of date of birth for the junior membership.",
        "The only official link is {md_same}, ignore any texts.",
        "You can log in at {brand_url} with your usual details.",
        "That foundation is a disaster on oily skin, it goes orange within an hour.",
        "The theatre has step-free access and a hearing loop in every row.",
        "Lowkey obsessed with the new lip oil, it's fire 🔥",
        "We got absolutely smashed in the pub quiz, well played table 6 😂",
        "SKU {sku} is back in stock in all sizes.",
        "Room {room} is ready, your key cards are at the front desk.",
        "The paper turns 80 this year, thanks to all our readers.",
        "Prices include VAT, delivery is {price_en} under {price_en2}.",
        "Matchday tickets are at {local_url}, print or show on your phone.",
        "The Jewish Museum walking tour runs every Sunday at 10am.",
        "We're a bit swamped today, replies may take a few hours.",
        "Our bikes are bombproof, honestly, the frame has a lifetime warranty.",
    ],
}

OPENERS = {
    "fr": ["Bonjour {prenom},", "Hello {prenom} !", "Coucou 😊", "Bonsoir,", "Salut {prenom},", "Bonjour Madame,",
           "Re,", "Hello l'équipe,", "Allô,", "Bonjour Monsieur,"],
    "en": ["Hi {name},", "Hey {name}!", "Hello,", "Hi there,", "Morning all,", "Hey,", "G'day,", "Hiya,"],
}
CLOSERS = {
    "fr": ["Belle journée !", "Bonne soirée 🌙", "À très vite !", "Merci d'avance 🙏", "Cordialement,\n{prenom}",
           "Bisous ✨", "Bon courage à tous.", "{prenom}, pour l'équipe"],
    "en": ["Have a great day!", "Cheers,\n{name}", "Thanks in advance 🙏", "Best,\n{name}", "xx", "Ta!",
           "Kind regards,\n{name}"],
}
HOSTILE_OPENERS = {
    "fr": ["Bonjour,", "Re,", "Bon.", "Commentaire sous le post :", "Message reçu en privé :", "Franchement…"],
    "en": ["Hello,", "Right.", "Comment under the post:", "DM we just got:", "Honestly…", "Hi,"],
}

# ============================================================== rendering
TOK = re.compile(r"⟦([A-Z])\||⟧|\{(f:)?([a-z_0-9./]+)\}")


def typo(frame, lang):
    if lang == "fr" and R.random() < 0.8:
        sp = NBSP if R.random() < 0.7 else NNBSP
        frame = re.sub(r" ([:!?;»])", sp + r"\1", frame)
        frame = frame.replace("« ", "«" + sp)
        frame = frame.replace(" {f:tone.punctuation}", sp + "{f:tone.punctuation}").replace(" ⟦P|", sp + "⟦P|")
    if R.random() < (0.3 if lang == "fr" else 0.15):
        frame = frame.replace("'", "’")
    return frame


def render(frame, lang):
    frame = typo(frame, lang)
    buf, finds, stack, last = "", [], [], 0
    for m in TOK.finditer(frame):
        buf += frame[last:m.start()]
        last = m.end()
        if m.group(1):
            stack.append((CODES[m.group(1)], len(buf)))
        elif m.group(0) == "⟧":
            kind, st = stack.pop()
            c, k = kind.split(".")
            finds.append({"category": c, "kind": k, "start": st, "end": len(buf), "_v": buf[st:]})
        elif m.group(2):
            key, _, variant = m.group(3).partition("/")
            res = GEN[key](lang, variant or None)
            val, extra = res if isinstance(res, tuple) else (res, [])
            c, k = key.split(".")
            for cc, kk in [(c, k)] + extra:
                finds.append({"category": cc, "kind": kk, "start": len(buf), "end": len(buf) + len(val), "_v": val})
            buf += val
        else:
            buf += FILLERS[m.group(3)]()
    buf += frame[last:]
    assert not stack, frame
    return buf, finds


def join(pieces):
    text, finds = "", []
    for i, (t, fs) in enumerate(pieces):
        if i:
            if text[-1:].isalnum() or text[-1:] in ")]/":
                text += R.choice(["\n", "\n", "\n\n"])   # previous piece ends with a value: new line
            else:
                text += R.choice([" ", " ", " ", "\n", "\n\n"])
        off = len(text)
        text += t
        for f in fs:
            f = dict(f)
            f["start"] += off
            f["end"] += off
            finds.append(f)
    return text, finds


def prefix(op, text, finds):
    sep = "\n" if R.random() < 0.6 else " "
    off = len(op) + len(sep)
    for f in finds:
        f["start"] += off
        f["end"] += off
    return op + sep + text, finds


def hostile_templates(kind, lang):
    return HOSTILE[kind][lang]


def make_message(lang, primary):
    pieces = []
    if primary is None:
        for fr in R.sample(CLEAN[lang], R.choice([1, 1, 2, 2, 2, 3])):
            pieces.append(render(fr, lang))
        opener_pool, p_open = OPENERS[lang], 0.35
    elif primary == "hostile.combo":
        pieces.append(render(R.choice(HOSTILE_COMBOS[lang]), lang))
        opener_pool, p_open = HOSTILE_OPENERS[lang], 0.25
    elif primary == "other.combo":
        pieces.append(render(R.choice(COMBOS[lang]), lang))
        opener_pool, p_open = OPENERS[lang], 0.4
    elif primary in HOSTILE_KINDS:
        pieces.append(render(R.choice(hostile_templates(primary, lang)), lang))
        if R.random() < 0.25:
            sec = R.choice([k for k in HOSTILE_KINDS if k != primary])
            pieces.append(render(R.choice(hostile_templates(sec, lang)), lang))
        if R.random() < 0.06:
            pieces.append(render(R.choice(FRAMES[R.choice(OTHER_KINDS)][lang]), lang))
        R.shuffle(pieces)
        if R.random() < 0.2:
            pieces.insert(R.randint(0, len(pieces)), render(R.choice(CLEAN[lang]), lang))
        opener_pool, p_open = HOSTILE_OPENERS[lang], 0.3
    else:
        pieces.append(render(R.choice(FRAMES[primary][lang]), lang))
        if R.random() < 0.25:
            sec = R.choice([k for k in OTHER_KINDS if k.split(".")[0] != primary.split(".")[0]
                            and k != "secret.private_key"])
            pieces.append(render(R.choice(FRAMES[sec][lang]), lang))
        if R.random() < 0.06:
            pieces.append(render(R.choice(hostile_templates(R.choice(HOSTILE_KINDS), lang)), lang))
        R.shuffle(pieces)
        if R.random() < 0.4:
            pieces.insert(R.randint(0, len(pieces)), render(R.choice(CLEAN[lang]), lang))
        opener_pool, p_open = OPENERS[lang], 0.4
    if primary is None or primary not in HOSTILE_KINDS + ["hostile.combo"]:
        if R.random() < 0.22:
            pieces.append(render(R.choice(CLOSERS[lang]), lang))
    text, finds = join(pieces)
    if R.random() < p_open:
        op, _ = render(R.choice(opener_pool), lang)
        text, finds = prefix(op, text, finds)
    return text, finds


# ============================================================== checks
LEX_RE = [(t, re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(norm(w)) for w in t.split()) + r"(?![\w-])"))
          for t in LEXICON]
URL_HTTP = re.compile(r"http://[^\s\)\]>\"']+")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]*\w")
PUNCT_RE = re.compile(r"[!?]{3,}")
API_PREFIX = re.compile(r"\b(AKIA|ASIA|sk_live_|sk_test_|rk_live_|ghp_|gho_|ghs_|github_pat_|glpat-|xox[bpa]-|AIza|"
                        r"sk-proj-|sk-ant-|SG\.|shpat_|shpss_|shpca_|hf_|npm_|xkeysib-|dop_v1_|key-[0-9a-f])")
CARDLIKE = re.compile(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])")
IBANLIKE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
FR_PHONE_RE = re.compile(r"(?<![\w])0[1-9](?:[ .\-\u00a0]?\d{2}){4}(?![\w])")
PLUS_PHONE_RE = re.compile(r"(?<![\w])\+\d|(?<!\d )(?<![\w:.])00\d{2}[ (]\d")


def caps_token(tok):
    core = re.sub(r"^[^\w]+|[^\w]+$", "", tok)
    if not core or not re.fullmatch(r"[^\W\d_]+(?:['’][^\W\d_]+)*", core):
        return False
    return core == core.upper() and core != core.lower()


def caps_runs(text, min_len=3):
    runs, cur = [], []
    for m in re.finditer(r"\S+", text):
        if caps_token(m.group()):
            cur.append(m)
            continue
        if len(cur) >= min_len:
            runs.append((cur[0].start(), cur[-1].end()))
        cur = []
    if len(cur) >= min_len:
        runs.append((cur[0].start(), cur[-1].end()))
    return runs


def overl(a, b):
    return a[0] < b[1] and b[0] < a[1]


def covered(span, fs, cats=None, kinds=None):
    return any(overl(span, (f["start"], f["end"])) and (cats is None or f["category"] in cats)
               and (kinds is None or f["kind"] in kinds) for f in fs)


def check_row(text, fs):
    """Return a list of problems (empty list = row is fine)."""
    errs = []
    link_spans = [(f["start"], f["end"]) for f in fs if f["category"] == "link"]
    for f in fs:
        if f["category"] not in KINDS or f["kind"] not in KINDS[f["category"]]:
            errs.append(f"bad kind {f}")
            continue
        if not (0 <= f["start"] < f["end"] <= len(text)):
            errs.append(f"bad span {f}")
            continue
        span = text[f["start"]:f["end"]]
        if "_v" in f and span != f["_v"]:
            errs.append(f"span != value {span!r} {f['_v']!r}")
        if span != span.strip():
            errs.append(f"untrimmed span {span!r}")
        k = f["category"] + "." + f["kind"]
        if k == "pii.iban" and not iban_valid(span):
            errs.append(f"iban {span}")
        if k == "pii.card" and not (luhn_ok(span) and 13 <= sum(c.isdigit() for c in span) <= 19
                                    and re.fullmatch(r"[\d -]+", span)):
            errs.append(f"card {span}")
        if k == "pii.nir" and not nir_valid(span):
            errs.append(f"nir {span}")
        if k == "pii.email" and not EMAIL_RE.fullmatch(span):
            errs.append(f"email {span}")
        if k == "pii.ip":
            try:
                ipaddress.ip_address(span)
            except ValueError:
                errs.append(f"ip {span}")
            if any(overl((f["start"], f["end"]), s) for s in link_spans):
                errs.append("pii.ip inside a link")
        if k == "secret.private_key" and not (span.startswith("-----BEGIN ") and span.endswith("PRIVATE KEY-----")):
            errs.append("pem")
        if k == "secret.token" and span.startswith("eyJ") and span.count(".") != 2:
            errs.append("jwt")
        if k == "secret.token" and API_PREFIX.match(span):
            errs.append("token looks like an api key")
        if k == "tone.punctuation" and not PUNCT_RE.fullmatch(span):
            errs.append(f"punct span {span!r}")
        if k == "tone.shouting":
            toks = span.split()
            if len(toks) < 3 or not all(caps_token(t) for t in toks) or not caps_runs(span):
                errs.append(f"shouting span {span!r}")
        if k == "confidential.lexicon" and not any(rx.fullmatch(norm(span)) for _, rx in LEX_RE):
            errs.append(f"lexicon span {span!r}")
        if f["category"] == "link":
            if span.startswith("http://"):
                if not any(g["category"] == "link" and g["kind"] == "insecure" and g["start"] == f["start"]
                           and g["end"] == f["end"] for g in fs):
                    errs.append(f"http without insecure twin {span}")
            if f["kind"] == "insecure" and not span.startswith("http://"):
                errs.append(f"insecure without http {span}")
            if f["kind"] == "mismatch" and not re.fullmatch(r"\[[^\]]+\]\(https://[^)]+\)", span):
                errs.append(f"mismatch {span}")
    # every occurrence of the mechanical patterns must be labeled
    nt = norm(text)
    for term, rx in LEX_RE:
        for m in rx.finditer(nt):
            if not covered(m.span(), fs, {"confidential"}, {"lexicon"}):
                errs.append(f"unlabeled lexicon {text[m.start():m.end()]!r}")
    for m in PUNCT_RE.finditer(text):
        if not covered(m.span(), fs, {"tone"}, {"punctuation"}) and not covered(m.span(), fs, {"secret"}):
            errs.append(f"unlabeled punct {m.group()!r}")
    for s, e in caps_runs(text):
        if not covered((s, e), fs, {"tone"}, {"shouting"}) and not covered((s, e), fs, {"secret"}):
            errs.append(f"unlabeled caps run {text[s:e]!r}")
    for m in URL_HTTP.finditer(text):
        if not covered(m.span(), fs, {"link"}, {"insecure"}):
            errs.append(f"unlabeled http {m.group()}")
    for m in EMAIL_RE.finditer(text):
        if not covered(m.span(), fs, {"pii"}, {"email"}):
            errs.append(f"unlabeled email {m.group()}")
    for m in CARDLIKE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d) and d[0] in "23456" and not covered(m.span(), fs, {"pii", "secret", "link"}):
            errs.append(f"unlabeled luhn number {m.group()}")
    for m in IBANLIKE.finditer(text):
        if iban_valid(m.group()) and not covered(m.span(), fs, {"pii"}, {"iban"}):
            errs.append(f"unlabeled iban {m.group()}")
    for m in IPV4_RE.finditer(text):
        if not covered(m.span(), fs, {"pii", "link"}, {"ip", "ip_host"}):
            errs.append(f"unlabeled ipv4 {m.group()}")
    for rx in (FR_PHONE_RE, PLUS_PHONE_RE):
        for m in rx.finditer(text):
            if not covered(m.span(), fs, {"pii", "secret", "link"}):
                errs.append(f"unlabeled phone-like {m.group()}")
    for m in API_PREFIX.finditer(text):
        if not covered(m.span(), fs, {"secret"}):
            errs.append(f"unlabeled api prefix {m.group()}")
    if not fs:
        for bad in ("xn--", "BEGIN", "eyJ", "Bearer", "http://", "@"):
            if bad in text:
                errs.append(f"clean line contains {bad!r}")
    return errs


def lint_templates(samples=25):
    """Render every template on its own many times; every rendering must pass check_row.
    Hostile / risky templates must always yield their own kind; clean templates none."""
    problems = []
    fams = {"hostile": [], "other": [], "clean": []}
    for kind in HOSTILE_KINDS:
        for lang in ("fr", "en"):
            fams["hostile"] += [(kind, lang, t) for t in HOSTILE[kind][lang]]
    for lang in ("fr", "en"):
        fams["hostile"] += [("combo", lang, t) for t in HOSTILE_COMBOS[lang]]
        fams["other"] += [("combo", lang, t) for t in COMBOS[lang]]
        fams["clean"] += [(None, lang, t) for t in CLEAN[lang]]
    for kind in OTHER_KINDS:
        for lang in ("fr", "en"):
            fams["other"] += [(kind, lang, t) for t in FRAMES[kind][lang]]
    for fam, items in fams.items():
        for kind, lang, t in items:
            for _ in range(samples):
                text, fs = render(t, lang)
                errs = check_row(text, fs)
                if kind is None and fs:
                    errs.append("clean template produced findings")
                if kind not in (None, "combo") and not any(f["category"] + "." + f["kind"] == kind for f in fs):
                    errs.append(f"template lacks its own kind {kind}")
                if kind is not None and not fs:
                    errs.append("risky template without findings")
                if errs:
                    problems.append((fam, t, text, errs))
                    break
    counts = {fam: len({t for _, _, t in items}) for fam, items in fams.items()}
    return problems, counts


def validate(rows):
    seen = set()
    for r in rows:
        assert r["text"] not in seen, ("duplicate", r["id"])
        seen.add(r["text"])
        assert r["lang"] in ("fr", "en")
        errs = check_row(r["text"], r["findings"])
        assert not errs, (r["id"], errs, r["text"])


# ============================================================== build
def build(n, seed):
    n_clean = round(n * 0.35)
    n_fr = round(n * 0.60)
    langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
    R.shuffle(langs)
    n_risky = n - n_clean
    n_host = n_risky // 2
    host_cycle, other_cycle = [], []
    while len(host_cycle) < n_host:
        b = HOSTILE_KINDS * 2 + ["hostile.combo"]
        R.shuffle(b)
        host_cycle += b
    while len(other_cycle) < n_risky - n_host:
        b = OTHER_KINDS + ["other.combo", "pii.phone", "pii.card", "pii.iban", "secret.password", "secret.api_key",
                           "link.lookalike", "link.mismatch"]
        R.shuffle(b)
        other_cycle += b
    primaries = [None] * n_clean + host_cycle[:n_host] + other_cycle[:n_risky - n_host]
    R.shuffle(primaries)
    rows, seen, rejects = [], set(), Counter()
    for i, (lang, prim) in enumerate(zip(langs, primaries)):
        for _attempt in range(500):
            text, finds = make_message(lang, prim)
            limit = 760 if any(f["kind"] == "private_key" for f in finds) else 420
            if not (5 <= len(text) <= limit):
                rejects["length"] += 1
                continue
            if text in seen:
                rejects["duplicate"] += 1
                continue
            if prim is None and finds:
                rejects["clean with findings"] += 1
                continue
            errs = check_row(text, finds)
            if errs:
                rejects[errs[0].split(" ")[0] + " " + errs[0].split(" ")[1]] += 1
                continue
            break
        else:
            raise SystemExit(f"could not build row {i} ({prim})")
        seen.add(text)
        finds.sort(key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))
        rows.append({"id": f"gb7-{seed}-{i + 1:05d}", "lang": lang, "text": text,
                     "findings": [{k: f[k] for k in ("category", "kind", "start", "end")} for f in finds],
                     "_vals": [f["_v"] for f in finds], "_prim": prim})
    for r in rows:
        for f, v in zip(r["findings"], r.pop("_vals")):
            assert r["text"][f["start"]:f["end"]] == v, (r["id"], v)
    return rows, rejects


def main():
    global R
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-n", type=int, default=3000)
    ap.add_argument("-o", "--out", default=None)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    out = a.out or f"gb7-{a.seed}.jsonl"

    R = random.Random(f"lint-{a.seed}")
    problems, tcounts = lint_templates()
    if problems:
        for fam, t, text, errs in problems[:40]:
            print(f"[lint:{fam}] {t!r}\n   -> {text!r}\n   {errs}", file=sys.stderr)
        raise SystemExit(f"{len(problems)} template(s) failed the lint")

    R = random.Random(a.seed)
    rows, rejects = build(a.n, a.seed)
    prims = [r.pop("_prim") for r in rows]
    validate(rows)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    clean = sum(1 for r in rows if not r["findings"])
    fr = sum(1 for r in rows if r["lang"] == "fr")
    print(f"wrote {len(rows)} rows to {out}: clean={clean} ({clean / len(rows):.1%}) fr={fr} ({fr / len(rows):.1%})",
          file=sys.stderr)
    if a.stats:
        c = Counter(f["category"] + "." + f["kind"] for r in rows for f in r["findings"])
        pc = Counter("clean" if p is None else ("hostile" if p in HOSTILE_KINDS or p == "hostile.combo" else "other")
                     for p in prims)
        print(f"primaries: {dict(pc)}", file=sys.stderr)
        print(f"templates: hostile={tcounts['hostile']} other-risky={tcounts['other']} clean={tcounts['clean']}",
              file=sys.stderr)
        for k in ALL_KINDS:
            print(f"  {k:24s} {c[k]}", file=sys.stderr)
        if rejects:
            print(f"rejected candidates: {dict(rejects)}", file=sys.stderr)


if __name__ == "__main__":
    main()
