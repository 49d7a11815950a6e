#!/usr/bin/env python3
"""Blind labeled-message generator #3 for the chat-message risk scanner (stdlib only, deterministic).

Same gold format, labeling conventions and kind mix as the dev corpus generator, with entirely new
wording: community managers, customers and influencers writing in chat (FR ~60 %, EN ~40 %, 35 % clean),
typos and SMS spelling, regional French (BE, CH, QC, West/North Africa), UK/US/AU English, FR/EN mixing,
emoji, multi-topic messages.

usage: python3 gen_blind3.py [--seed 1] [-n 3000] [-o out.jsonl]

Every span is recorded while the text is assembled (never searched for afterwards) and re-checked by
check_row(); a candidate message that fails any check is discarded and redrawn, and validate() re-checks
the whole file before it is written.
"""
import argparse
import base64
import datetime
import ipaddress
import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter

N_DEFAULT = 3000
SEED_DEFAULT = 1
CLEAN_SHARE = 0.35
FR_SHARE = 0.60
HERE = os.path.dirname(os.path.abspath(__file__))
# The evaluation lists (lexicon, block list, protected brands) beside the repository.
EVAL_DIR = os.environ.get("EVAL_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "eval"))

NBSP = "\u00a0"
NNBSP = "\u202f"

from eval_lists import KINDS  # noqa: E402
ALL_KINDS = [f"{c}.{k}" for c, ks in KINDS.items() for k in ks]

R = random.Random(SEED_DEFAULT)


def read_list(name):
    for d in (HERE, EVAL_DIR):
        p = os.path.join(d, name)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return [l.strip() for l in f if l.strip() and not l.startswith("#")]
    raise SystemExit(f"cannot find {name}")


LEXICON = read_list("lexicon.txt")
BLOCKED = read_list("blocked-domains.txt")
BRAND_DOMAINS = {}
for _l in read_list("protected-brands.txt"):
    _b, _, _ds = _l.partition("\t")
    BRAND_DOMAINS[_b] = _ds.split()
REAL_BRAND_HOSTS = {d for ds in BRAND_DOMAINS.values() for d in ds}


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def rnd(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- checksums
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
    raise AssertionError("unreachable")


def iban_compact(s):
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def iban_valid(iban):
    s = iban_compact(iban)
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


def iban_check(cc, bban):
    s = bban + cc + "00"
    return f"{98 - int(''.join(str(int(ch, 36)) for ch in s)) % 97:02d}"


def nir_key(n13):
    return 97 - int(n13) % 97


def nir_digits(span):
    return re.sub(r"\D", "", span)


# ---------------------------------------------------------------- people, brands, places
FIRST_FR = ["Margaux", "Clément", "Élodie", "Romain", "Pauline", "Maxime", "Justine", "Quentin", "Laurine",
            "Adrien", "Mélissa", "Baptiste", "Nadia", "Karim", "Aminata", "Moussa", "Fatou", "Jérémie",
            "Gaëlle", "Loïc", "Maëlys", "Yanis", "Salomé", "Florian", "Coralie", "Mamadou", "Awa", "Thibault",
            "Cédric", "Noémie", "Étienne", "Geneviève", "Marc-André", "Ophélie", "Rayan", "Lina", "Axelle",
            "Sacha", "Bérénice", "Youssef", "Ilona", "Gauthier", "Marine", "Kenza", "Dylan", "Héloïse"]
LAST_FR = ["Perrin", "Lemoine", "Chevalier", "Roux", "Blanchard", "Gauthier", "Diallo", "Traoré", "Ndiaye",
           "Haddad", "Tremblay", "Gagnon", "Peeters", "Janssens", "Favre", "Bonvin", "Marchand", "Leclerc",
           "Boyer", "Renaud", "Koné", "Ouellet", "Bouchard", "Meunier", "Vasseur", "Caron", "Barbier",
           "Mallet", "Dupuis", "Colin", "Rolland", "Aubert", "Benoît", "El Amrani", "Mensah", "Fofana"]
FIRST_EN = ["Harriet", "Oliver", "Isla", "Freddie", "Poppy", "Callum", "Megan", "Tyler", "Brooke", "Mason",
            "Zara", "Declan", "Aisha", "Hannah", "Dylan", "Kayla", "Jamal", "Priya", "Connor", "Lachlan",
            "Matilda", "Bethany", "Hamish", "Siobhan", "Marcus", "Tegan", "Rory", "Imogen", "Darnell", "Keisha"]
LAST_EN = ["Thompson", "Wilson", "Evans", "Robinson", "O'Brien", "Kowalski", "Okafor", "Fitzgerald", "Harrison",
           "Bennett", "Campbell", "Morales", "Singh", "Lee", "Wright", "McKenzie", "Chen", "Doyle", "Alvarez",
           "Gallagher", "Nakamura", "Whitaker", "Osei", "Sullivan", "Rahman", "Hughes-Bell"]
HANDLES = ["margaux.en.vadrouille", "clem_lifts", "pauline.glowup", "sacha.thrifts", "kenza.makeupbox",
           "the.wanderlust.duo", "poppy_plantmum", "hamish.hikes", "zara.styledit", "tegan_tanlines",
           "lina.sur.les.rails", "awa_naturalhair", "etienne.cuisine.qc", "bethany.bakes", "rory.runs.dublin"]
PROMOS = ["PIVOINE15", "BRUME10", "ORME20", "KUMOLOVE", "SOLENE25", "TIDE5", "RENTREE30", "ETE2025",
          "MERCI10", "FLASH40"]
BRANDS = ["Pivoine Paris", "Orme & Lin", "Kumo Skincare", "Brume Atelier", "Tidewell", "Solène Bijoux"]
BRAND_HOSTS = ["www.pivoine-paris.fr", "shop.pivoine-paris.fr", "www.ormeetlin.fr", "kumo-skincare.com",
               "brume-atelier.be", "www.tidewell.co.uk", "solene-bijoux.ch"]
BRAND_URLS = ["https://www.pivoine-paris.fr/pages/livraison-retours", "https://shop.pivoine-paris.fr/collections/nouveautes",
              "https://www.ormeetlin.fr/reglement-concours-printemps", "https://www.ormeetlin.fr/mon-compte/connexion",
              "https://kumo-skincare.com/account/login", "https://kumo-skincare.com/pages/ingredients",
              "https://brume-atelier.be/fr/faq", "https://brume-atelier.be/fr/points-de-vente",
              "https://www.tidewell.co.uk/help/delivery", "https://www.tidewell.co.uk/account/sign-in",
              "https://solene-bijoux.ch/fr/guide-des-tailles", "https://solene-bijoux.ch/fr/entretien-argent"]
PUBLIC_URLS = ["https://www.laposte.fr/particulier/envoyer-un-colis", "https://www.colissimo.fr/fr/particulier",
               "https://www.chronopost.fr/fr/particulier/suivi", "https://www.ameli.fr/paris/assure/droits-demarches",
               "https://www.impots.gouv.fr/accueil", "https://www.caf.fr/allocataires",
               "https://www.paypal.com/fr/webapps/mpp/ua/useragreement-full", "https://www.paypal.com/myaccount/summary",
               "https://www.amazon.fr/gp/help/customer/display.html", "https://www.instagram.com/accounts/login/",
               "https://www.facebook.com/help", "https://www.netflix.com/fr/login", "https://www.vinted.fr/how_it_works",
               "https://www.leboncoin.fr/aide", "https://www.sncf-connect.com/aide", "https://support.microsoft.com/fr-fr",
               "https://appleid.apple.com/", "https://myaccount.google.com/security", "https://www.decathlon.fr/landing/retours",
               "https://www.credit-agricole.fr/", "https://www.orange.fr/portail", "https://www.free.fr/assistance/",
               "https://www.tiktok.com/login", "https://www.dpd.com/fr/fr/", "https://www.royalmail.com/track-your-item",
               "https://auspost.com.au/mypost/track", "https://www.postescanada-canadapost.ca/", "https://www.bpost.be/fr",
               "https://www.post.ch/fr"]
CLEAN_HOSTS = set()
for _u in BRAND_URLS + PUBLIC_URLS:
    CLEAN_HOSTS.add(re.match(r"https://([^/]+)", _u).group(1))
CLEAN_HOSTS |= set(BRAND_HOSTS)

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal_en(d):
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th') }".replace(" ", "")


# ---------------------------------------------------------------- clean fillers
def f_price():
    r = R.random()
    if r < 0.3:
        return f"{R.randint(1, 4)}{pick([NBSP, NNBSP, ' '])}{R.randint(0, 999):03d},{pick(['00', '95', '49'])}{NBSP}€"
    if r < 0.6:
        return f"{R.randint(4, 240)},{pick(['90', '95', '00', '99'])}{pick([NBSP, ' ', ''])}€"
    if r < 0.75:
        return f"{R.randint(9, 99)}€{pick(['90', '50', '99'])}"
    if r < 0.88:
        return f"CHF{NBSP}{R.randint(19, 320)}.{pick(['–', '90', '50'])}"
    return f"{R.randint(12, 180)},{pick(['99', '95'])}{NBSP}$"


def f_price_en():
    r = R.random()
    if r < 0.25:
        return f"£{R.randint(1, 3)},{R.randint(0, 999):03d}.{pick(['00', '50'])}"
    if r < 0.5:
        return f"£{R.randint(6, 220)}.{pick(['99', '95', '00'])}"
    if r < 0.7:
        return f"${R.randint(9, 480)}.{pick(['00', '99', '49'])}"
    if r < 0.85:
        return f"A${R.randint(15, 300)}.{pick(['95', '00'])}"
    return f"€{R.randint(8, 150)}"


def f_date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), pick([2025, 2026])
    return pick([f"{d} {MONTHS_FR[m - 1]}", f"{pick(WEEKDAYS_FR)} {d} {MONTHS_FR[m - 1]}", f"{d:02d}/{m:02d}",
                 f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}",
                 f"{d} {MONTHS_FR_ABBR[m - 1]}"])


def f_date_en():
    d, m, y = R.randint(1, 28), R.randint(1, 12), pick([2025, 2026])
    return pick([f"{MONTHS_EN_ABBR[m - 1]} {d}", f"{ordinal_en(d)} {MONTHS_EN[m - 1]}",
                 f"{pick(WEEKDAYS_EN)} {ordinal_en(d)}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}", f"{MONTHS_EN[m - 1]} {d}"])


def f_order():
    return pick([f"#A{R.randint(10000, 99999)}", f"CMD {pick([2025, 2026])}/{R.randint(1000, 9999)}-{R.randint(10, 99)}",
                 f"{R.randint(100, 999)}-{R.randint(1000000, 9999999)}", f"PO-{R.randint(10000, 99999)}",
                 f"#{R.randint(100000, 9999999)}", f"WEB{R.randint(100000, 999999)}"])


def f_sku():
    return pick([f"PVN-{pick(['SR', 'LV', 'HB'])}-{R.randint(100, 999)}", f"ORM/LIN/{R.randint(34, 46)}-{pick(['BEIGE', 'ECRU', 'NOIR'])}",
                 f"KMO {R.randint(100, 400)}-ML", f"TDW-{R.randint(1000, 9999)}-{pick(['XS', 'S', 'M', 'L'])}",
                 f"SB.{R.randint(10, 99)}.{R.randint(100, 999)}"])


def f_tracking():
    r = R.random()
    if r < 0.3:
        return pick(["XW", "CB", "LA", "RR"]) + digits(9) + "FR"
    if r < 0.55:
        return "0" + digits(13)
    if r < 0.75:
        return "JJD00" + digits(16)
    return pick(["LX", "RB"]) + digits(9) + "GB"


def f_ics():
    while True:
        v = pick(["FR", "BE"]) + digits(2) + pick(["ZZZ", "ZZ0"]) + digits(6)
        if not iban_valid(v):
            return v


def f_txn():
    """Bank transaction reference shaped like a card number, deliberately failing the Luhn test."""
    while True:
        n = pick("456") + digits(15)
        if not luhn_ok(n):
            sep = pick([" ", "", "-", " "])
            return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def f_siret():
    """Company SIRET: 14 digits passing Luhn (as real ones do); it starts with 7, 8 or 9, never a card prefix."""
    while True:
        n = pick("789") + digits(13)
        if luhn_ok(n):
            return pick([n, f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"])


def f_ean():
    while True:
        body = pick(["3701", "3663", "5410", "7640"]) + digits(8)
        chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        n = body + str(chk)
        if not luhn_ok(n):
            return n


FILLERS = {
    "prenom": lambda: pick(FIRST_FR), "prenom2": lambda: pick(FIRST_FR), "nom": lambda: pick(LAST_FR),
    "name": lambda: pick(FIRST_EN), "name2": lambda: pick(FIRST_EN), "last": lambda: pick(LAST_EN),
    "handle": lambda: pick(HANDLES), "promo": lambda: pick(PROMOS), "brand": lambda: pick(BRANDS),
    "price": f_price, "price2": f_price, "price_en": f_price_en, "price_en2": f_price_en,
    "date": f_date, "date2": f_date, "date_en": f_date_en, "date_en2": f_date_en,
    "order": f_order, "sku": f_sku, "tracking": f_tracking, "ics": f_ics, "txn": f_txn,
    "siret": f_siret, "ean": f_ean,
    "ticket": lambda: str(R.randint(100000, 999999)),
    "n": lambda: str(R.randint(2, 12)),
    "pct": lambda: str(pick([10, 15, 20, 25, 30, 40, 50])),
    "brand_url": lambda: pick(BRAND_URLS), "public_url": lambda: pick(PUBLIC_URLS),
    "last4": lambda: digits(4),
    "hour": lambda: pick(["9 h", "10h30", "14 h", "16h", "18 h 30", "midi", "20h"]),
    "hour_en": lambda: pick(["9am", "10:30", "2pm", "4.30pm", "noon", "6pm"]),
}

# ---------------------------------------------------------------- PII values
MAIL_DOMAINS_FR = ["hotmail.com", "yahoo.fr", "outlook.fr", "live.fr", "gmx.fr", "neuf.fr", "skynet.be", "voo.be",
                   "bluewin.ch", "hispeed.ch", "videotron.ca", "sympatico.ca", "menara.ma", "orange.sn", "aol.fr",
                   "protonmail.com", "me.com", "numericable.fr", "msn.com", "tutanota.com",
                   "studio-lumiere-talents.com", "kollab-agency.be", "pivoine-paris.fr", "mail.rp-influence.fr"]
MAIL_DOMAINS_EN = ["hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "aol.com", "bigpond.com", "optusnet.com.au",
                   "gmx.com", "mail.com", "zoho.com", "ymail.com", "googlemail.com", "comcast.net", "protonmail.com",
                   "me.com", "creatormgmt.io", "tidewell.co.uk", "talent.northstar-pr.com", "eircom.net"]


def g_email(lang, v):
    fr = (lang == "fr") ^ chance(0.15)
    first = strip_accents(pick(FIRST_FR if fr else FIRST_EN)).lower().replace("'", "")
    last = strip_accents(pick(LAST_FR if fr else LAST_EN)).lower().replace("'", "").replace(" ", "")
    dom = pick(MAIL_DOMAINS_FR if fr else MAIL_DOMAINS_EN)
    y = R.randint(78, 99) if chance(0.5) else R.randint(1, 31)
    local = pick([f"{first}.{last}", f"{first}{last}{y}", f"{first[0]}{last}", f"{last}.{first}",
                  f"{first}-{last}", f"{first}_{last}", f"{first}+collab", f"booking.{first}{last}",
                  f"{first}.{last}.pro", f"contact{first}", f"{first}{y}", f"{first[0]}.{last}{y}",
                  f"partenariats.{first}", f"{first}.{last[0]}", f"{last}{first[0]}"])
    if chance(0.08):
        local = local[0].upper() + local[1:]
    return local + "@" + dom


def sep_join(groups, sep):
    return sep.join(groups)


def g_phone(lang, v):
    fr = (lang == "fr") ^ chance(0.2)
    if fr:
        c = R.random()
        if c < 0.55:  # France
            d = pick("67") + digits(8) if chance(0.7) else pick("123459") + digits(8)
            p = [d[1:3], d[3:5], d[5:7], d[7:9]]
            return pick(["0" + d[0] + " " + " ".join(p), "0" + d[0] + NBSP + NBSP.join(p), "0" + d[0] + "." + ".".join(p),
                         "0" + d, "+33 " + d[0] + " " + " ".join(p), "+33" + d, "+33 (0)" + d[0] + " " + " ".join(p),
                         "+33." + d[0] + "." + ".".join(p), "(+33) " + d[0] + " " + " ".join(p),
                         "0" + d[0] + " " + "".join(p[:2]) + " " + "".join(p[2:])])
        if c < 0.63:  # Belgium
            a = "4" + pick("6789") + digits(1)
            return pick([f"+32 {a} {digits(2)} {digits(2)} {digits(2)}", f"0{a}/{digits(2)}.{digits(2)}.{digits(2)}",
                         f"0{a} {digits(2)} {digits(2)} {digits(2)}", f"+32{a}{digits(6)}"])
        if c < 0.70:  # Switzerland
            a = "7" + pick("6789")
            return pick([f"+41 {a} {digits(3)} {digits(2)} {digits(2)}", f"0{a} {digits(3)} {digits(2)} {digits(2)}",
                         f"+41{a}{digits(7)}"])
        if c < 0.77:  # Quebec
            a = pick(["514", "438", "418", "450", "819", "581"])
            b = str(R.randint(200, 989))
            return pick([f"({a}) {b}-{digits(4)}", f"{a}-{b}-{digits(4)}", f"+1 {a} {b} {digits(4)}", f"{a} {b}-{digits(4)}"])
        if c < 0.82:  # Morocco
            return pick([f"+212 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"+212 6{digits(2)}-{digits(6)}",
                         f"06{digits(2)}-{digits(2)}-{digits(2)}-{digits(2)}"])
        if c < 0.87:  # Senegal
            return pick([f"+221 7{pick('7680')} {digits(3)} {digits(2)} {digits(2)}", f"7{pick('768')} {digits(3)} {digits(2)} {digits(2)}"])
        if c < 0.91:  # Ivory Coast
            return f"+225 {pick(['07', '05', '01'])} {digits(2)} {digits(2)} {digits(2)} {digits(2)}"
        if c < 0.94:  # Tunisia / Algeria
            return pick([f"+216 {pick('259')}{digits(1)} {digits(3)} {digits(3)}", f"+213 {pick('567')}{digits(2)} {digits(2)} {digits(2)} {digits(2)}"])
        if c < 0.97:  # Réunion
            return pick([f"0692 {digits(2)} {digits(2)} {digits(2)}", f"+262 693 {digits(2)} {digits(2)} {digits(2)}"])
        return f"+352 {pick(['621', '661', '691'])} {digits(3)} {digits(3)}"  # Luxembourg
    c = R.random()
    if c < 0.3:  # UK
        return pick([f"07{digits(3)} {digits(6)}", f"+44 7{digits(3)} {digits(3)} {digits(3)}", f"+447{digits(9)}",
                     f"+44 (0)20 7{digits(3)} {digits(4)}", f"0161 {digits(3)} {digits(4)}", f"07{digits(3)}-{digits(3)}-{digits(3)}"])
    if c < 0.55:  # US
        a, b = str(R.randint(201, 989)), str(R.randint(200, 989))
        return pick([f"({a}) {b}-{digits(4)}", f"{a}.{b}.{digits(4)}", f"+1 ({a}) {b}-{digits(4)}", f"1-{a}-{b}-{digits(4)}",
                     f"+1{a}{b}{digits(4)}"])
    if c < 0.72:  # Australia
        return pick([f"04{digits(2)} {digits(3)} {digits(3)}", f"+61 4{digits(2)} {digits(3)} {digits(3)}",
                     f"(02) 9{digits(3)} {digits(4)}", f"+61 3 9{digits(3)} {digits(4)}"])
    if c < 0.8:  # Ireland
        return pick([f"+353 8{pick('3567')} {digits(3)} {digits(4)}", f"08{pick('3567')} {digits(3)} {digits(4)}"])
    if c < 0.88:  # Germany
        return pick([f"+49 15{digits(1)} {digits(8)}", f"0176 {digits(4)} {digits(4)}"])
    if c < 0.94:  # Spain / Italy
        return pick([f"+34 6{digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"+39 3{digits(2)} {digits(3)} {digits(4)}"])
    return pick([f"+1 {pick(['416', '604', '647'])}-{R.randint(200, 989)}-{digits(4)}", f"+64 21 {digits(3)} {digits(4)}"])


def be_bban():
    first10 = digits(10)
    k = int(first10) % 97 or 97
    return first10 + f"{k:02d}"


def fr_bban():
    bank, branch, acct = digits(5), digits(5), digits(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return bank + branch + acct + f"{key:02d}"


def g_iban(lang, v):
    cc = pick(["FR", "FR", "FR", "FR", "BE", "BE", "CH", "LU", "MC", "DE", "ES", "IT", "PT", "TN"] if lang == "fr" else
              ["GB", "GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES", "AT", "IT"])
    bban = {
        "FR": fr_bban, "MC": fr_bban, "BE": be_bban,
        "CH": lambda: digits(5) + digits(12),
        "LU": lambda: digits(3) + rnd(string.ascii_uppercase + string.digits, 13),
        "DE": lambda: digits(18), "ES": lambda: digits(20),
        "IT": lambda: pick(string.ascii_uppercase) + digits(10) + digits(12),
        "PT": lambda: "0" + digits(20), "TN": lambda: digits(20), "AT": lambda: digits(16),
        "NL": lambda: pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + digits(10),
        "GB": lambda: pick(["BARC", "LOYD", "NWBK", "MONZ", "REVO", "HLFX"]) + digits(14),
        "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + digits(14),
    }[cc]()
    iban = cc + iban_check(cc, bban) + bban
    r = R.random()
    if r < 0.45:
        out = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    elif r < 0.62:
        out = NBSP.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    elif r < 0.7:
        out = NNBSP.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    else:
        out = iban
    if chance(0.06):
        out = out.lower()
    return out


def g_card(lang, v):
    r = R.random()
    if r < 0.12:  # Amex 4-6-5
        n = luhn_complete(pick(["34", "37"]), 15)
        return pick([" ", "", "-", NBSP]).join([n[:4], n[4:10], n[10:]])
    if r < 0.17:  # Diners 14
        n = luhn_complete("36", 14)
        return pick([" ", ""]).join([n[:4], n[4:10], n[10:]])
    prefix = pick(["4", "4", "4", "4970", "4532", "51", "53", "55", "2221", "2720", "6011", "65", "35"])
    n = luhn_complete(prefix, 16)
    sep = pick([" ", " ", " ", "", "-", ".", NBSP, NNBSP])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def g_nir(lang, v):
    sex = pick("12")
    yy, mm = f"{R.randint(0, 99):02d}", f"{R.randint(1, 12):02d}"
    r = R.random()
    if r < 0.12:
        dept, commune = pick(["971", "972", "973", "974", "976"]), f"{R.randint(1, 34):02d}"
    elif r < 0.2:
        dept, commune = "99", pick(["350", "351", "352", "100", "109", "134", "139", "401", "427", "341"])
    else:
        dept, commune = f"{pick([x for x in range(1, 96) if x != 20]):02d}", f"{R.randint(1, 899):03d}"
    order = f"{R.randint(1, 999):03d}"
    n13 = sex + yy + mm + dept + commune + order
    assert len(n13) == 13
    key = f"{nir_key(n13):02d}"
    g = [sex, yy, mm, n13[5:7], n13[7:10], order]
    return pick([" ".join(g + [key]), n13 + key, n13 + " " + key, NBSP.join(g) + NBSP + key,
                 ".".join(g) + "." + key, " ".join(g) + " - " + key, "".join(g[:3]) + " " + "".join(g[3:]) + " " + key])


def g_ipv4():
    return pick([f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",
                 f"{pick([78, 81, 88, 93, 102, 141, 154, 212, 217])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"{pick([41, 105, 196, 197])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def g_ipv6():
    h = lambda: f"{R.randint(1, 0xffff):x}"
    return pick([f"2001:db8:{h()}::{h()}:{h()}", f"2a01:e0a:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                 f"2a02:8428:{h()}:{h()}::{h()}", f"2600:1700:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                 f"fe80::{h()}:{h()}:{h()}:{h()}"])


def g_ip(lang, v):
    return g_ipv6() if chance(0.25) else g_ipv4()


# --- addresses
FR_STREETS = ["des Capucins", "Émile Zola", "de Verdun", "Paul Bert", "des Acacias", "Lamartine", "de la Gare",
              "du Château", "Saint-Exupéry", "des Marronniers", "Voltaire", "Carnot", "Jules Ferry", "de Belfort",
              "du Faubourg Bonnefoy", "Condorcet", "de l'Église", "des Rosiers", "de la Liberté", "Marcel Pagnol",
              "des Cordeliers", "du Vieux Port", "Anatole France", "des Glycines", "de Strasbourg"]
FR_TYPES = ["rue", "rue", "rue", "avenue", "av.", "boulevard", "bd", "allée", "impasse", "place", "chemin", "quai",
            "cours", "route", "square", "passage"]
FR_CITIES = [("75018", "Paris"), ("75020", "PARIS"), ("92100", "Boulogne-Billancourt"), ("69007", "Lyon"),
             ("13008", "Marseille"), ("38000", "Grenoble"), ("37000", "Tours"), ("49100", "Angers"), ("76000", "Rouen"),
             ("87000", "Limoges"), ("29200", "Brest"), ("64100", "Bayonne"), ("57000", "Metz"), ("80000", "Amiens"),
             ("63000", "Clermont-Ferrand"), ("93200", "Saint-Denis"), ("97200", "Fort-de-France"), ("97300", "Cayenne"),
             ("74000", "Annecy"), ("25000", "Besançon"), ("30000", "Nîmes"), ("17000", "La Rochelle")]
FR_EXTRAS = ["Bât. C", "bâtiment B2", "3e étage", "2ème étage gauche", "Appt 42", "appartement 7", "Escalier B, porte droite",
             "Résidence Les Tilleuls", "Rés. Le Clos Fleuri, apt 12", "porte 14", "RDC", "5e étage",
             "appt 3, 1er étage"]
BE_STREETS = [("Rue des Bouchers", "1000", "Bruxelles"), ("Chaussée de Wavre", "1050", "Ixelles"),
              ("Avenue Louise", "1050", "Bruxelles"), ("Rue Saint-Gilles", "4000", "Liège"),
              ("Boulevard Tirou", "6000", "Charleroi"), ("Rue de Fer", "5000", "Namur"),
              ("Chaussée d'Alsemberg", "1180", "Uccle"), ("Rue du Bailli", "1050", "Ixelles"),
              ("Place du Marché", "7000", "Mons"), ("Grand-Rue", "6700", "Arlon")]
CH_STREETS = [("Rue de Lausanne", "1202", "Genève"), ("Avenue de la Gare", "1003", "Lausanne"),
              ("Chemin des Pâquerettes", "2000", "Neuchâtel"), ("Rue du Simplon", "1800", "Vevey"),
              ("Route de Chêne", "1208", "Genève"), ("Rue de Romont", "1700", "Fribourg"),
              ("Bahnhofstrasse", "8001", "Zürich"), ("Avenue du Léman", "1005", "Lausanne")]
QC_STREETS = [("rue Saint-Hubert", "Montréal", "H2J 2X1"), ("boul. Saint-Laurent", "Montréal", "H2T 1R2"),
              ("rue Cartier", "Québec", "G1R 2S3"), ("chemin Sainte-Foy", "Québec", "G1S 2J5"),
              ("rue King Ouest", "Sherbrooke", "J1H 1P4"), ("boul. des Forges", "Trois-Rivières", "G8Z 1V4"),
              ("avenue du Mont-Royal Est", "Montréal", "H2J 1X3")]
AFR_ADDR = ["Résidence Al Manar, Imm. 4, Appt 12, Bd Zerktouni, 20000 Casablanca",
            "23 rue Oued Fès, Agdal, 10090 Rabat",
            "Villa n° 45, Cité Keur Gorgui, Dakar",
            "Sicap Liberté 6, villa 6712, Dakar",
            "Cocody Riviera 3, lot 112, îlot 9, Abidjan",
            "15 rue de Marseille, 1000 Tunis",
            "Lot 88, Cité des Palmiers, Yaoundé",
            "Immeuble Nour, 3e étage, rue Ibn Sina, 2092 El Manar, Tunis"]
UK_STREETS = ["Holloway Road", "Cathedral Road", "Wellington Street", "Hampton Road", "Gloucester Terrace",
              "Mill Lane", "Highfield Avenue", "Queen's Drive", "Station Road", "Rye Lane", "Byres Road", "Lark Lane"]
UK_CITIES = [("London", "N7 8JG"), ("Cardiff", "CF11 9LJ"), ("Birmingham", "B15 2TT"), ("Liverpool", "L17 8UU"),
             ("Newcastle upon Tyne", "NE1 4ST"), ("Brighton", "BN1 1AE"), ("Oxford", "OX2 6HT"), ("London", "SE15 4QL"),
             ("Glasgow", "G12 8QQ"), ("Belfast", "BT9 5AA"), ("Norwich", "NR2 4PD")]
US_STREETS = ["Pine St", "Cedar Ave", "Lakeview Dr", "Hawthorne Blvd", "Magnolia Ct", "Willow Creek Rd",
              "Peachtree St NE", "Mission St", "W Randolph St", "N Lake Shore Dr", "Elmwood Ave", "Division St"]
US_CITIES = [("Seattle", "WA", "98101"), ("Atlanta", "GA", "30303"), ("Miami", "FL", "33130"), ("Boston", "MA", "02116"),
             ("Nashville", "TN", "37203"), ("Phoenix", "AZ", "85004"), ("Minneapolis", "MN", "55401"),
             ("Columbus", "OH", "43215"), ("Salt Lake City", "UT", "84101"), ("Chicago", "IL", "60607"),
             ("Raleigh", "NC", "27601")]
AU_ADDR = [("Bourke St", "Surry Hills NSW 2010"), ("Chapel St", "Windsor VIC 3181"), ("Boundary Rd", "West End QLD 4101"),
           ("King William St", "Adelaide SA 5000"), ("Beaufort St", "Mount Lawley WA 6050"), ("Smith St", "Fitzroy VIC 3065"),
           ("Oxford St", "Paddington NSW 2021")]


def g_address(lang, v):
    multi = chance(0.35)
    sep = "\n" if multi else ", "
    if lang == "fr":
        r = R.random()
        if r < 0.5:
            num = str(R.randint(1, 212)) + pick(["", "", "", "", " bis", " ter", "B", "A"])
            line1 = f"{num}{pick([' ', ', '])}{pick(FR_TYPES)} {pick(FR_STREETS)}"
            cp, city = pick(FR_CITIES)
            lines = [line1]
            if chance(0.45):
                extra = pick(FR_EXTRAS)
                if chance(0.5):
                    lines.insert(0, extra)
                else:
                    lines.append(extra)
            lines.append(f"{cp} {city}" + (" Cedex" if chance(0.04) else ""))
            if chance(0.1):
                lines.append("France")
            return sep.join(lines)
        if r < 0.65:
            st, cp, city = pick(BE_STREETS)
            num = f"{R.randint(1, 240)}" + pick(["", "", f" bte {R.randint(1, 12)}", f"/{R.randint(1, 9)}", f" boîte {R.randint(2, 30)}"])
            tail = pick(["", "", "", "Belgique"])
            return sep.join([f"{st} {num}", f"{cp} {city}"] + ([tail] if tail else []))
        if r < 0.77:
            st, cp, city = pick(CH_STREETS)
            lines = [f"{st} {R.randint(1, 120)}", f"{pick(['', '', 'CH-'])}{cp} {city}"]
            if chance(0.3):
                lines.insert(0, pick(["c/o Favre", "2e étage", "app. 11"]))
            return sep.join(lines)
        if r < 0.87:
            st, city, pc = pick(QC_STREETS)
            apt = pick(["", "", f", app. {R.randint(1, 40)}", f", appartement {R.randint(101, 812)}"])
            if multi:
                return f"{R.randint(100, 9999)}, {st}{apt}\n{city} (Québec)  {pc}".replace("  ", " ")
            return f"{R.randint(100, 9999)}, {st}{apt}, {city} (Québec) {pc}"
        if r < 0.95:
            a = pick(AFR_ADDR)
            return a.replace(", ", "\n", 1) if multi else a
        lines = [f"{R.randint(1, 80)}, rue {pick(['de Hollerich', 'des Bains', 'Michel Rodange'])}", f"L-{R.randint(1110, 2990)} Luxembourg"]
        return sep.join(lines)
    r = R.random()
    if r < 0.4:
        city, pc = pick(UK_CITIES)
        flat = pick(["", "", f"Flat {R.randint(1, 24)}", f"Flat {R.randint(1, 9)}{pick('ABC')}", "Ground Floor Flat",
                     f"Apartment {R.randint(1, 60)}"])
        line = f"{R.randint(1, 260)}{pick(['', '', '', 'a'])} {pick(UK_STREETS)}"
        lines = ([flat] if flat else []) + [line, city, pc] if multi else ([flat] if flat else []) + [line, f"{city} {pc}"]
        return sep.join(lines)
    if r < 0.72:
        city, st, z = pick(US_CITIES)
        apt = pick(["", "", f"Apt {R.randint(1, 30)}{pick('ABCD')}", f"Unit {R.randint(100, 1800)}", f"Suite {R.randint(100, 900)}"])
        line1 = f"{R.randint(10, 9800)} {pick(US_STREETS)}"
        if multi:
            return "\n".join([line1] + ([apt] if apt else []) + [f"{city}, {st} {z}"])
        return ", ".join([line1] + ([apt] if apt else []) + [f"{city}, {st} {z}"])
    if r < 0.9:
        st, tail = pick(AU_ADDR)
        num = pick([f"{R.randint(1, 20)}/{R.randint(2, 300)}", f"Unit {R.randint(1, 12)}, {R.randint(2, 300)}", str(R.randint(2, 300))])
        return sep.join([f"{num} {st}", tail])
    if r < 0.96:
        dn, eir = pick([("2", "D02 H364"), ("4", "D04 K7W2"), ("8", "D08 X2C7"), ("6", "D06 R2F8")])
        return sep.join([f"Apt {R.randint(1, 40)}", f"{R.randint(1, 90)} {pick(['Harcourt St', 'Leeson St Upper', 'Camden Row'])}",
                         f"Dublin {dn}", eir])
    return sep.join([f"{R.randint(1, 200)} {pick(['Ponsonby Rd', 'Cuba St', 'Riccarton Rd'])}",
                     pick(["Grey Lynn, Auckland 1021", "Te Aro, Wellington 6011", "Riccarton, Christchurch 8011"])])


def g_birthdate(lang, v):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1961, 2009)
    if lang == "fr":
        return pick([f"{d} {MONTHS_FR[m - 1]} {y}", f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}",
                     f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
                     f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d} {MONTHS_FR_ABBR[m - 1]} {y}",
                     f"{WEEKDAYS_FR[datetime.date(y, m, d).weekday()]} {d} {MONTHS_FR[m - 1]} {y}"])
    return pick([f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d} {MONTHS_EN[m - 1]} {y}", f"{ordinal_en(d)} {MONTHS_EN[m - 1]} {y}",
                 f"{MONTHS_EN[m - 1]} {ordinal_en(d)} {y}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                 f"{MONTHS_EN_ABBR[m - 1]} {d} {y}", f"{d}-{MONTHS_EN_ABBR[m - 1]}-{y}", f"{d:02d}.{m:02d}.{y % 100:02d}"])


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Tournesol", "Capucine", "Galopin", "Biscotte", "Framboise", "Moustache", "Pistache", "Noisette",
            "Cannelle", "Zebulon", "Coquelicot", "Kangaroo", "Bluebird", "Thunder", "Marmite", "Wombat",
            "Jellybean", "Sparkle", "Maverick", "Baobab", "Caramel", "Pamplemousse", "Nounours", "Titeuf", "Gwada"]


def g_password(lang, v):
    while True:
        r = R.random()
        w = pick(PW_WORDS)
        if r < 0.3:
            pw = w + str(pick([R.randint(1, 99), R.randint(1975, 2026)])) + pick(["!", "#", "$", "*", "", "@", "&", "+"])
        elif r < 0.45:
            leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
            pw = leet + str(R.randint(1, 99))
        elif r < 0.7:
            pw = rnd(ALNUM + "#%&*_-=+$", R.randint(10, 18))
        elif r < 0.82:
            pw = w.lower() + pick(["-", "_", ".", ""]) + pick(PW_WORDS) + str(R.randint(1, 99))
        elif r < 0.9:
            pw = pick(["azerty", "soleil", "chouchou", "qwerty", "letmein", "welcome", "bonjour", "doudou"]) + str(pick([123, 1234, 2024, 2025, 69, 13, 974]))
        else:
            pw = pick(FIRST_FR + FIRST_EN).replace("é", "e").replace("ë", "e").replace("ï", "i").replace("-", "") + \
                 pick(["_", "."]) + str(R.randint(1980, 2012))
        if (re.search(r"[!?]{2,}", pw) or pw[-1] in ".,-_" or "eyJ" in pw or "@" in pw and "." in pw
                or not re.search(r"\d", pw) or len(pw) < 6):
            continue
        return pw


def g_api_key(lang, v):
    v = v or pick(["openai", "stripe", "github", "slack", "google", "sendgrid", "hf", "aws", "mailgun", "brevo"])
    if v == "openai":
        return "sk-proj-" + rnd(ALNUM + "_-", R.randint(48, 64))
    if v == "anthropic":
        return "sk-ant-api03-" + rnd(ALNUM + "_-", 86) + "AA"
    if v == "stripe":
        return pick(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rnd(ALNUM, pick([24, 34, 99]))
    if v == "stripe_wh":
        return "whsec_" + rnd(ALNUM, 32)
    if v == "github":
        return pick(["ghp_" + rnd(ALNUM, 36), "github_pat_" + rnd(ALNUM, 22) + "_" + rnd(ALNUM, 59), "gho_" + rnd(ALNUM, 36)])
    if v == "gitlab":
        return "glpat-" + rnd(ALNUM + "_-", 20)
    if v == "slack":
        return pick(["xoxb-", "xoxp-"]) + f"{digits(12)}-{digits(13)}-" + rnd(ALNUM, 24)
    if v == "google":
        return "AIza" + rnd(ALNUM + "_-", 35)
    if v == "aws":
        return pick(["AKIA", "ASIA"]) + rnd(string.ascii_uppercase + "234567", 16)
    if v == "aws_secret":
        return rnd(ALNUM + "+/", 40)
    if v == "sendgrid":
        return "SG." + rnd(ALNUM + "_-", 22) + "." + rnd(ALNUM + "_-", 43)
    if v == "mailgun":
        return "key-" + rnd(HEX, 32)
    if v == "mailchimp":
        return rnd(HEX, 32) + "-us" + str(R.randint(1, 21))
    if v == "twilio":
        return "SK" + rnd(HEX, 32)
    if v == "hf":
        return "hf_" + rnd(ALNUM, 34)
    if v == "npm":
        return "npm_" + rnd(ALNUM, 36)
    if v == "shopify":
        return pick(["shpat_", "shpca_", "shppa_"]) + rnd(HEX, 32)
    if v == "brevo":
        return "xkeysib-" + rnd(HEX, 64) + "-" + rnd(ALNUM, 16)
    if v == "hubspot":
        return f"pat-{pick(['na1', 'eu1'])}-{rnd(HEX, 8)}-{rnd(HEX, 4)}-{rnd(HEX, 4)}-{rnd(HEX, 4)}-{rnd(HEX, 12)}"
    if v == "linear":
        return "lin_api_" + rnd(ALNUM, 40)
    if v == "postman":
        return "PMAK-" + rnd(HEX, 24) + "-" + rnd(HEX, 34)
    if v == "digitalocean":
        return "dop_v1_" + rnd(HEX, 64)
    if v == "notion":
        return pick(["secret_", "ntn_"]) + rnd(ALNUM, 43)
    if v == "airtable":
        return "pat" + rnd(ALNUM, 14) + "." + rnd(HEX, 64)
    if v == "groq":
        return "gsk_" + rnd(ALNUM, 52)
    if v == "replicate":
        return "r8_" + rnd(ALNUM, 37)
    if v == "figma":
        return "figd_" + rnd(ALNUM + "_-", 40)
    if v == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rnd(ALNUM + "_-", 60)
    return rnd(HEX, pick([32, 32, 40]))  # "hex": bare key, only ever shown after an explicit key label


def g_private_key(lang, v):
    label = pick(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY",
                  "PGP PRIVATE KEY BLOCK"])
    width = 70 if label == "OPENSSH PRIVATE KEY" else 64
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU",
             "EC PRIVATE KEY": "MHcCAQEEIB", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
             "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQww",
             "PGP PRIVATE KEY BLOCK": "lQOYBGX"}[label]
    nl = R.randint(3, 6)
    lines = [start + rnd(B64, width - len(start))] + [rnd(B64, width) for _ in range(nl - 1)] + \
        [rnd(B64, R.randint(10, 44)) + pick(["=", "==", ""])]
    head = f"-----BEGIN {label}-----"
    end = f"-----END {label}-----"
    if label == "ENCRYPTED PRIVATE KEY" or label == "PGP PRIVATE KEY BLOCK":
        body = "\n".join(lines)
        if label == "PGP PRIVATE KEY BLOCK":
            body = "\n" + body + "\n=" + rnd(B64, 4)
        return head + "\n" + body + "\n" + end
    if label == "RSA PRIVATE KEY" and chance(0.2):
        return head + "\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC," + rnd("0123456789ABCDEF", 32) + "\n\n" + \
            "\n".join(lines) + "\n" + end
    return head + "\n" + "\n".join(lines) + "\n" + end


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_jwt():
    alg = pick(["HS256", "RS256", "ES256", "HS512"])
    head = {"alg": alg, "typ": "JWT"}
    if chance(0.4):
        head["kid"] = rnd(HEX, 8)
    iat = R.randint(1735000000, 1780000000)
    pay = pick([
        {"sub": str(R.randint(1000, 99999999)), "email": g_email("en" if chance(0.5) else "fr", None), "iat": iat},
        {"user_id": R.randint(100, 999999), "role": pick(["admin", "moderator", "community", "viewer"]), "exp": iat + 3600},
        {"sub": rnd(HEX, 24), "scope": pick(["read write", "orders:read", "admin"]), "iss": pick(["https://auth.pivoine-paris.fr", "kumo-api"]),
         "iat": iat, "exp": iat + 86400},
        {"uid": rnd(ALNUM, 20), "shop": pick(["ormeetlin", "tidewell-uk", "brume"]), "iat": iat},
    ])
    sig_len = {"HS256": 43, "RS256": 342, "ES256": 86, "HS512": 86}[alg]
    return f"{b64url(head)}.{b64url(pay)}.{rnd(ALNUM + '-_', sig_len)}"


def g_token(lang, v):
    v = v or pick(["jwt", "opaque"])
    if v == "jwt":
        return g_jwt()
    r = R.random()
    if r < 0.5:
        return rnd(ALNUM, R.randint(28, 48))
    if r < 0.7:
        return "ya29." + rnd(ALNUM + "_-", R.randint(60, 110))
    if r < 0.85:
        return rnd(HEX, 40)
    return rnd(ALNUM, R.randint(16, 24)) + pick([".", "-", "_"]) + rnd(ALNUM + "-_", R.randint(18, 32))


def lex_variant(term):
    vs = [term, term, term, term.lower(), term.upper(), strip_accents(term), strip_accents(term).lower(),
          term.title(), strip_accents(term).upper()]
    t = pick(vs)
    if chance(0.07):
        t = t.lower().replace("opération", "operation") if "ration" in t.lower() else t
    return t


def g_lexicon(lang, v):
    return lex_variant(pick(LEXICON))

# ---------------------------------------------------------------- links: each returns (url, extra kinds)
SHORTENERS = ["rb.gy", "t.ly", "tiny.cc", "bl.ink", "s.id", "v.gd", "cutt.us", "dub.sh", "urlz.fr", "qrco.de",
              "lnkd.in", "clck.ru", "ouo.io", "tiny.one"]
LOOKALIKE_HOSTS = [
    "paypal-resolution-center.com", "paypall.fr", "pay-pal-verification.net", "paypal.fr.litige-compte.com",
    "amazon-remboursement.com", "amazom.fr", "amazon.fr.suivi-commande.net", "amazon-prime-renouvellement.com",
    "laposte-livraison-colis.com", "lapostee.fr", "la-poste-avis-passage.net", "colissimo-reexpedition.com",
    "coIissimo.fr", "chronopost-frais.com", "chronop0st.fr", "ameli-carte-vitale.com", "ameli-assure-remb.fr",
    "impots-gouv-avis.com", "impots.gouv.fr.remb-fiscal.com", "caf-allocations-aide.fr", "caf-fr-dossier.net",
    "orange-messagerie-securite.com", "0range-facture.fr", "free-mobile-facture.com", "freemobile-remboursement.fr",
    "google-account-verify.com", "gooogle.fr", "apple-icloud-verrouillage.com", "appleid-apple.com.secure-login.net",
    "microsoft365-login.net", "rnicrosoft.com", "instagram-support-badge.com", "instagrarn.com",
    "facebook-security-check.com", "facebok.com", "tiktok-creator-fund.net", "tikt0k.com",
    "netflix-compte-suspendu.com", "netfIix.fr", "sncf-connect-billets.com", "sncfconnect-remboursement.fr",
    "leboncoin-paiement-securise.fr", "lebonc0in.fr", "vinted-livraison.com", "vlnted.fr",
    "decathlon-cadeau.com", "decath1on.fr", "credit-agricole-securite.com", "credit-agric0le.fr"]
INSECURE_HOSTS = ["www.brasserie-du-port.fr", "mariage-claire-et-tom.fr", "photos.asso-cyclo-rennes.org",
                  "www.ferme-des-quatre-vents.be", "blog.cuisine-de-mamie.ca", "www.garage-dupuis.ch",
                  "studio-yoga-lumiere.com", "www.tricot-passion.net", "www.thecornerbakery.co.uk",
                  "vintage-finds-blog.com", "www.surfclub-byronbay.com.au", "makeup-reviews-daily.net",
                  "www.radio-campus-liege.be", "forum.velo-vintage.fr", "www.dakar-mode-week.sn",
                  "annuaire.artisans-lozere.fr"]
MISMATCH_TARGETS = ["secure-session-check.net", "cdn-redirect.page", "trk.mailflow-eu.com", "app-notif-center.com",
                    "go.reward-portal.net", "lnk-eu-services.org", "account-review.help", "pay-confirm.center",
                    "webmail-sync.cloud", "parcel-update.support"]
MISMATCH_VISIBLE = ["www.colissimo.fr", "https://www.sncf-connect.com", "ameli.fr/assure", "leboncoin.fr",
                    "www.vinted.fr/paiement", "caf.fr", "https://www.netflix.com/account", "credit-agricole.fr",
                    "https://www.pivoine-paris.fr", "kumo-skincare.com/account", "www.tidewell.co.uk",
                    "paypal.com/signin", "www.laposte.fr/suivi", "impots.gouv.fr/espace-particulier", "orange.fr",
                    "https://appleid.apple.com", "instagram.com/accounts", "www.decathlon.fr",
                    "https://brume-atelier.be/fr/concours", "chronopost.fr"]
PUNY_WORDS = ["boutique-été", "crème-soldes", "réduc-mode", "cadeaux-noël", "bébé-bonheur", "fête-promo",
              "soirée-vip", "beauté-privée", "prêt-rapide", "vérif-compte", "cœur-bijoux", "façon-luxe",
              "müller-shop", "ñandú-store", "straße-deals", "café-crème", "électro-discount", "forêt-noire-gâteaux"]
URL_PATHS = ["connexion", "espace-client/verif", "colis/frais", "reactivation", "gagnant", "auth/session",
             "paiement/confirmer", "offre", "billing/update", "account/unlock", "track", "docs/brief-final.pdf",
             "fr/particuliers", "s/", "promo/ete", "login.php", "index.php", "wp-admin/", "pages/jeu",
             "dl/visuels.zip", "r/", "mon-compte", "verify-identity", "claim-reward", "secure/form"]


def url_path():
    p = pick(URL_PATHS)
    if p.endswith("/") and chance(0.5):
        p += rnd(string.ascii_lowercase + string.digits, R.randint(4, 8))
    if chance(0.3):
        p += "?" + pick(["ref", "id", "token_id", "u", "session", "utm_source"]) + "=" + rnd(string.ascii_lowercase + string.digits, R.randint(4, 10))
    if chance(0.08):
        p += "#" + pick(["top", "form", "step2"])
    return p


def scheme(p_http):
    return "http://" if chance(p_http) else "https://"


def with_insecure(url):
    return [("link", "insecure")] if url.startswith("http://") else []


def g_ip_host(lang, v):
    r = R.random()
    if r < 0.75:
        host = g_ipv4()
    elif r < 0.88:
        host = pick([f"192.168.{R.randint(0, 2)}.{R.randint(1, 254)}", f"10.{R.randint(0, 40)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])
    else:
        host = "[" + g_ipv6() + "]"
    port = pick(["", "", "", ":8080", ":8443", ":3000", ":5000"])
    tail = "/" + url_path() if chance(0.85) else pick(["", "/"])
    url = scheme(0.55) + host + port + tail
    return url, with_insecure(url)


def g_punycode(lang, v):
    word = pick(PUNY_WORDS)
    label = "xn--" + word.encode("punycode").decode("ascii")
    host = pick(["", "", "", "www.", "m.", "shop."]) + label + "." + pick(["com", "fr", "net", "shop", "store", "be", "ch"])
    r = R.random()
    url = (scheme(0.2) + host + "/" + url_path()) if r < 0.85 else (scheme(0.2) + host)
    return url, with_insecure(url)


def g_lookalike(lang, v):
    host = pick(LOOKALIKE_HOSTS)
    r = R.random()
    if r < 0.12:
        url = "www." + host + "/" + url_path()
    else:
        sub = pick(["", "", "", "www.", "secure.", "mon-espace.", "login."]) if host.count(".") == 1 else ""
        url = scheme(0.2) + sub + host + ("/" + url_path() if chance(0.9) else "")
    return url, with_insecure(url)


def g_shortener(lang, v):
    host = pick(SHORTENERS)
    code = rnd(ALNUM, R.randint(4, 9))
    if host in ("lnkd.in", "qrco.de") or chance(0.1):
        code = rnd(string.ascii_lowercase + string.digits, R.randint(6, 8))
    r = R.random()
    url = (host + "/" + code) if r < 0.22 else (scheme(0.15) + host + "/" + code)
    return url, with_insecure(url)


def g_insecure(lang, v):
    host = pick(INSECURE_HOSTS)
    tail = pick(["", "/"]) if chance(0.15) else "/" + pick(["galerie/2025", "article/notre-avis-sur-la-marque", "menu.pdf",
                                                           "contact.html", "blog/", "reviews/kumo-serum", "photos?album=12",
                                                           "evenement/inscription", "news.php?id=" + digits(3)])
    return "http://" + host + tail, []


def g_blocklisted(lang, v):
    host = pick(["", "", "", "www.", "promo.", "fr.", "app.", "secure."]) + pick(BLOCKED)
    url = scheme(0.25) + host + ("/" + url_path() if chance(0.85) else "")
    return url, with_insecure(url)


def g_mismatch(lang, v):
    vis = pick(MISMATCH_VISIBLE)
    tgt = "https://" + pick(MISMATCH_TARGETS) + "/" + rnd(string.ascii_lowercase + string.digits, R.randint(2, 8))
    if chance(0.3):
        tgt += "?" + pick(["c", "id", "m"]) + "=" + rnd(ALNUM, 6)
    return f"[{vis}]({tgt})", []

# ---------------------------------------------------------------- hostile content (values)
HATE_FR = [
    "les migrants c'est tous des profiteurs qui vivent sur notre dos",
    "les musulmans devraient tous rentrer dans leur pays",
    "une femme à la tête d'une marque, ça finit toujours en faillite",
    "les gays n'ont pas à s'afficher dans vos pubs, c'est contre nature",
    "les juifs contrôlent tous les médias, tout le monde le sait",
    "les Africains sont incapables de bosser correctement",
    "les Asiatiques savent que copier, ils n'inventent jamais rien",
    "un mannequin en fauteuil roulant ? ces gens-là devraient rester cachés",
    "les trans c'est une maladie qu'il faut soigner, pas promouvoir",
    "les Roumains, dès qu'ils arrivent quelque part ça vole",
    "les Maghrébins ne savent que foutre le bordel dans nos quartiers",
    "les lesbiennes, faudrait leur interdire d'élever des gosses",
    "les Chinois nous ont refilé le virus, faut fermer les frontières à ces gens-là",
    "les femmes voilées me dégoûtent, elles ont rien à faire en France",
    "les noirs sont moins intelligents, c'est prouvé scientifiquement",
    "les autistes, faudrait les tenir loin des gens normaux",
    "les réfugiés c'est une invasion, faut les chasser",
    "les personnes handicapées sont un poids pour la société",
    "les Turcs sont tous des fraudeurs",
    "un homo comme égérie ? ces gens-là sont des pervers",
    "les Gitans méritent aucun respect",
    "les étrangers piquent le boulot des vrais Français",
    "les femmes sont faites pour la cuisine, pas pour diriger une équipe",
    "les Juifs ne pensent qu'à l'argent",
    "l'islam est une religion de barbares et ses fidèles aussi",
    "les Haïtiens amènent juste des problèmes au Québec",
    "les Marocains de Bruxelles sont tous des délinquants",
    "les frontaliers français volent nos emplois à Genève, ces gens-là sont une plaie",
    "les sans-papiers c'est de la vermine",
    "les bi c'est des vicieux qui savent pas ce qu'ils veulent",
    "les catholiques sont tous des pédophiles en puissance",
    "les sourds ont pas leur place en boutique, ils font fuir les clients",
    "les gens de couleur ne devraient pas représenter une marque française",
    "les Bamilékés sont tous des escrocs",
    "les femmes qui portent le voile sont toutes soumises et dangereuses",
    "les homosexuels devraient être soignés",
    "les migrants ramènent leurs maladies et leur crasse chez nous",
    "on devrait interdire aux Arabes d'ouvrir des commerces",
    "les trisomiques devraient même pas naître",
    "les Noirs, faut jamais leur faire confiance en caisse",
    "les rebeus c tous des voleurs de scoot",
    "les Africains, y a rien à attendre d'eux, jamais",
    "les Juifs, faut s'en méfier comme de la peste",
    "les renois ils savent pas se tenir en magasin",
    "les Peuls sont tous des menteurs nés",
    "les femmes ingénieures c'est une blague, elles comprennent rien à la technique",
]
HATE_EN = [
    "immigrants are ruining this country and should all be deported",
    "women can't lead a company, they get too emotional",
    "Muslims are a threat to our way of life",
    "gay couples in ads are poisoning kids' minds",
    "Jews run the banks and the media, everyone knows it",
    "Black people are naturally less intelligent",
    "trans women are just men in dresses and predators",
    "Asians are all the same, they just copy everything",
    "disabled people shouldn't be in fashion campaigns, it's depressing",
    "refugees are an invasion and need to be sent back",
    "Mexicans are all drug dealers and rapists",
    "Chinese people brought the virus, keep them out",
    "people in wheelchairs are a drain on society",
    "Gypsies are all thieves and should be run out of town",
    "Indians smell and shouldn't work in customer service",
    "women belong in the kitchen, not in a boardroom",
    "Islam is a death cult and every Muslim is complicit",
    "Aboriginal people are lazy and live off handouts",
    "lesbians are a bad influence and shouldn't raise kids",
    "Africans can't govern themselves, never could",
    "autistic people should be kept away from normal customers",
    "these foreigners are breeding like rats to replace us",
    "Jewish people only care about money",
    "Black guys in your ads put me off, they're all criminals",
    "Arabs are all terrorists waiting to happen",
    "Romanians are all pickpockets",
    "bisexual people are just greedy perverts",
    "Catholics are all child abusers",
    "Polish workers are stealing British jobs, send them home",
    "Hindus are backward people who worship cows",
    "Latinos are only good for cleaning houses",
    "migrants bring crime and disease wherever they go",
    "deaf people are useless as staff",
    "women who wear hijabs are oppressed and dangerous",
    "gay people are an abomination and shouldn't be served",
    "people with Down syndrome shouldn't be allowed to be born",
    "Sikhs and their turbans should go back to India",
    "Black people have no place in a luxury brand",
    "promoting trans people is promoting a mental disorder",
    "all these immigrants are vermin",
    "Somalis are all pirates and scammers",
    "Jews should never be trusted with anything",
    "immigrants r ruining everything, ship em all back",
    "the Irish are all drunks, don't hire them",
    "Pacific Islanders are too fat and lazy to work",
    "women engineers are a joke, they can't handle tech",
]
THREAT_FR = [
    "j'ai trouvé où t'habites, je passe te faire une petite visite",
    "on va se voir en vrai et tu vas moins rigoler",
    "ce serait dommage qu'il arrive un truc à ta boutique",
    "fais gaffe à toi quand tu sors du bureau",
    "je vais te défoncer la tête si je te croise",
    "j'ai ton numéro et je sais où bosse ta femme",
    "je vais mettre le feu à votre entrepôt",
    "tu vas payer, et pas qu'en argent",
    "je vais diffuser tes photos perso partout si tu me rembourses pas",
    "un jour tu vas te faire choper dans la rue, et là on verra",
    "je vais t'attendre à la sortie de ton taf",
    "mes potes et moi on va passer à la boutique, prépare-toi",
    "t'auras plus de boutique demain matin",
    "tu sais pas à qui t'as affaire, je vais te détruire",
    "ton adresse perso, je la file à mes 40k abonnés ce soir",
    "surveille bien tes enfants à la sortie de l'école",
    "ta voiture elle dort dehors, non ? ce serait dommage qu'elle crame",
    "je vais te faire regretter d'être né",
    "je vais te crever",
    "on retrouvera ton corps dans le canal",
    "tu vas finir en fauteuil, je te le promets",
    "je vais venir avec une batte, on verra si tu fais toujours le malin",
    "ton adresse tourne déjà dans un groupe, bonne chance",
    "je vais te péter les dents",
    "prochain live je débarque chez toi, je sais où c'est",
    "t'es mort si je te vois au salon samedi",
    "je vais te planter",
    "on sait où tu gares ton scooter",
    "j'ai des gens qui attendent qu'un mot pour s'occuper de toi",
    "tu vas dormir avec un œil ouvert maintenant",
    "même si tu déménages je te retrouverai",
    "ta boutique va avoir un petit accident, c'est vite arrivé",
    "je vais casser ta vitrine et tout ce qu'il y a dedans",
    "je vais envoyer tes nudes à toute ta famille",
    "la prochaine fois ce sera pas un message, ce sera en vrai",
    "tes gosses vont comprendre ce que c'est d'avoir peur",
    "je vais te faire bouffer ton téléphone",
    "attends-toi à une surprise devant ta porte",
    "je vais te tabasser",
    "si je te croise je te fracasse",
    "m'as aller te péter la gueule",
    "je vais t'arranger le portrait, tu vas voir",
    "jvais te choper et tu vas comprendre ta douleur",
    "on t'attendra devant ton immeuble ce soir",
]
THREAT_EN = [
    "got your home address, see you soon",
    "it'd be a shame if something happened to your little shop",
    "watch yourself next time you leave that office",
    "I'll smash your face in if I see you",
    "I've got your number and I know where your wife works",
    "I'm going to burn your warehouse to the ground",
    "you'll pay for this, and not just with money",
    "I'll leak your private pics everywhere unless you refund me",
    "one day someone's going to catch you alone",
    "I'll be waiting outside your studio tonight",
    "me and the lads are paying your shop a visit",
    "your shop won't be standing by Monday",
    "you have no idea who you're messing with, I will ruin you",
    "I'm posting your home address to my followers tonight",
    "keep an eye on your kids at the school gate",
    "nice car you've got parked on the street, be a pity if it caught fire",
    "I'll make you regret ever being born",
    "I'm going to kill you",
    "they'll be fishing you out of the river",
    "you'll be in a wheelchair by the end of the month, promise",
    "I'll bring a bat and we'll see how tough you are",
    "your address is already going round a group chat, good luck",
    "I'll knock your teeth out",
    "next time you go live I'll be at your door",
    "you're dead if I see you at the expo",
    "I'll stab you",
    "we know where you park every morning",
    "I've got people who'd love to deal with you",
    "sleep with one eye open from now on",
    "I'll find you even if you move house",
    "your store's going to have a little accident, these things happen",
    "I'll put a brick through your window",
    "I'm sending your nudes to your whole family",
    "next time it won't be a message, it'll be in person",
    "your kids are going to learn what fear is",
    "I'll make you eat your phone",
    "expect a surprise on your doorstep",
    "I'm gonna beat the living daylights out of you",
    "you'd better hope we never meet in person",
    "I'll break every bone in your hand so you can't type",
    "I'll glass you if you show your face at the pub",
    "I'm gonna end you",
    "ima find u and make u pay",
    "we'll be waiting outside your flat tonight",
]
INSULT_FR_N = ["tocard", "enfoiré", "blaireau", "cassos", "teubé", "sale rat", "pauvre type", "trou du cul",
               "bâtard", "charlot", "branquignol", "couillon", "nullos", "gros cave", "niaiseux", "sans-dessein",
               "taborniau", "bobet", "gaou", "mange-merde", "fils de chien", "sale chien", "enc*lé", "b@tard",
               "gros naze", "snul", "dikkenek", "sac à merde", "minable"]
INSULT_FR_V = ["espèce de blaireau", "bande de charlots", "bande d'incompétents", "raclure de bidet", "grosse ordure",
               "sale tocard", "fdp", "ntm", "f.d.p", "pétasse", "grognasse", "connasse", "c0nnasse", "pouffiasse",
               "tête de nœud", "trouduc", "espèce de sous-merde", "bande de cassos", "maudit niaiseux",
               "mangeux de marde", "espèce de taborniau", "gros snul", "sale bâtard", "e.n.f.o.i.r.é", "tdc",
               "bande de nazes", "espèce de gros tocard", "sale enfoiré de ta race", "grosse vache", "fils de pute",
               "tête de pioche", "bande de bras morts", "pauvre tache", "ptite merde", "espèce de mange-merde",
               "bande de branleurs", "tête de con"]
INSULT_EN_N = ["wanker", "tosser", "muppet", "numpty", "prat", "pillock", "plonker", "git", "bellend", "knobhead",
               "dickhead", "d1ckhead", "drongo", "galah", "dropkick", "fuckwit", "f*ckwit", "dipshit", "asshat",
               "douchebag", "jackass", "scumbag", "halfwit", "nitwit", "dimwit", "buffoon", "twat", "tw@t",
               "a$$hole", "sh1thead", "bogan", "waste of space", "tosspot", "arsehole"]
INSULT_EN_V = ["you useless sack of crap", "brain-dead muppet", "absolute melt", "gormless twit", "you thick plank",
               "you pathetic little worm", "stupid cow", "dumb b!tch", "lazy sod", "you utter donkey",
               "you lot of halfwits", "f*cking id10t", "piece of sh*t", "mouth-breathing troll", "you absolute weapon",
               "bunch of useless tossers", "you spineless rat", "you brainless knob", "ya flamin galah",
               "thick as mince, the lot of you", "you sad little man", "you worthless scumbag"]
AGGR_FR = [
    "c'est écrit noir sur blanc, faut savoir lire",
    "on est pas là pour vous tenir la main",
    "débrouillez-vous, c'est plus notre problème",
    "vous avez qu'à lire avant de commander",
    "on vous a répondu trois fois, ça suffit maintenant",
    "si vous êtes pas content, personne vous retient",
    "arrêtez de pleurer pour un colis en retard",
    "vous croyez qu'on a que ça à faire",
    "c'est pas sorcier quand même",
    "on va pas refaire le monde pour vous",
    "franchement vous nous fatiguez",
    "pas besoin de nous harceler en MP toutes les heures",
    "on n'est pas votre service de réclamation perso",
    "ça commence à bien faire vos messages",
    "vous êtes pas le centre du monde",
    "si vous savez pas vous servir du produit c'est pas notre faute",
    "revenez quand vous aurez lu le règlement",
    "on n'a pas de temps à perdre avec ce genre de réclamation",
    "vous ferez comme tout le monde, vous attendrez",
    "je vais pas vous faire un dessin",
    "c'est la dernière fois que je le répète",
    "ouvrez les yeux, c'est marqué sur la page",
    "vous avez accepté les conditions, assumez maintenant",
    "vous nous prenez pour qui au juste",
    "allez vous plaindre ailleurs",
    "personne vous a forcé à acheter",
    "c'est pas en insistant que ça ira plus vite",
    "on n'a aucun compte à vous rendre",
    "lâchez-nous un peu avec votre colis",
    "cherchez pas, c'est vous qui avez mal rempli le formulaire",
    "faites un effort de lecture pour une fois",
    "on a mieux à faire que de répondre à ça",
    "c'est bon on a compris, pas la peine d'en rajouter",
    "votre avis, on s'en passera",
    "tu crois vraiment que je vais perdre mon temps avec toi",
    "t'as qu'à te débrouiller tout seul",
    "occupe-toi de tes affaires",
    "arrête de me saouler avec ta commande",
    "je t'ai déjà répondu, relis",
    "vous nous cassez les pieds avec vos remboursements",
    "on s'en fiche de votre story",
    "la prochaine fois achetez ailleurs et foutez-nous la paix",
    "lâche-moi patience avec ça",
    "vous commencez à nous courir sur le haricot",
    "arrêtez de nous bassiner avec ça",
    "jte l'ai dja dit 10 fois",
]
AGGR_EN = [
    "it's literally in the description, learn to read",
    "we're not here to hold your hand",
    "sort it out yourself, it's not our problem anymore",
    "you should have read it before ordering",
    "we've answered you three times, that's enough",
    "nobody's forcing you to stay a customer",
    "stop whining about a late parcel",
    "do you think we've got nothing better to do",
    "it's not rocket science",
    "we're not bending over backwards for one order",
    "honestly you're exhausting",
    "there's no need to spam our DMs every hour",
    "we're not your personal complaints department",
    "these messages are getting ridiculous",
    "the world doesn't revolve around you",
    "if you can't use the product that's on you",
    "come back when you've read the rules",
    "we don't have time for this kind of complaint",
    "you'll wait like everyone else",
    "I'm not going to draw you a picture",
    "this is the last time I'm explaining it",
    "open your eyes, it's right there on the page",
    "you accepted the terms, deal with it",
    "who do you think you're talking to",
    "take your complaints somewhere else",
    "nobody made you buy it",
    "spamming us won't make it any faster",
    "we don't owe you an explanation",
    "give it a rest with the parcel already",
    "don't bother, you filled the form in wrong",
    "make an effort and read for once",
    "we've got better things to do than answer this",
    "yeah we get it, no need to go on about it",
    "keep your opinion to yourself",
    "do you really think I'm wasting my time on you",
    "figure it out yourself",
    "mind your own business",
    "quit bugging me about your order",
    "I already answered, scroll up",
    "you're doing my head in with these refund requests",
    "nobody cares about your story",
    "next time shop elsewhere and leave us alone",
    "get off my back about it",
    "stop acting like you own the place",
    "not our circus, not our monkeys",
]
SHOUT_FR = ["J'EN AI MARRE DE VOS EXCUSES", "RENDEZ MOI MON ARGENT", "PERSONNE NE RÉPOND JAMAIS",
            "C'EST LA TROISIÈME FOIS", "ÇA SUFFIT MAINTENANT", "JE NE LÂCHERAI RIEN", "ENVOYEZ MON COLIS",
            "QUELLE HONTE CETTE MARQUE", "JAMAIS PLUS JE COMMANDE", "ON SE MOQUE DE QUI", "ARRÊTEZ DE ME BALADER",
            "TROIS SEMAINES SANS NOUVELLES", "J'AI PAYÉ POUR RIEN", "LISEZ MON MESSAGE EN ENTIER",
            "C'EST QUOI CE SERVICE", "MON COLIS EST OÙ", "JE VEUX UNE RÉPONSE", "C'EST TOUT SIMPLEMENT SCANDALEUX",
            "PLUS JAMAIS ÇA", "RÉPONDEZ AU TÉLÉPHONE", "ANNULEZ MA COMMANDE TOUT DE SUITE", "MERCI POUR RIEN",
            "TOUT EST CASSÉ DANS LE CARTON", "JPP DE VOTRE SAV", "MDR VOUS ÊTES SÉRIEUX", "C'EST QUOI L'AFFAIRE",
            "OMG JE SUIS TROP CONTENTE", "TROP BIEN CE COFFRET", "ON EST COMPLÈTEMENT SOLD OUT",
            "JE VOUS AIME LES FILLES", "MERCI MERCI MERCI", "VOUS ÊTES LES MEILLEURS", "NON NON ET NON",
            "OÙ EST PASSÉ MON REMBOURSEMENT", "PERSONNE LIT LES MESSAGES ICI"]
SHOUT_EN = ["THIS IS ABSOLUTELY RIDICULOUS", "GIVE ME MY MONEY", "NOBODY EVER ANSWERS", "THIRD TIME ASKING NOW", "ENOUGH IS ENOUGH",
            "SEND MY PARCEL", "WHAT THE HELL IS THIS", "NEVER AGAIN SERIOUSLY", "READ MY MESSAGE PROPERLY",
            "WHERE'S MY STUFF", "JUST REFUND ME", "PICK UP THE PHONE", "CANCEL MY ORDER NOW", "ARE YOU KIDDING ME",
            "TOTALLY USELESS SERVICE", "YOU HAD ONE JOB", "ABSOLUTE SHAMBLES THIS", "HOW HARD CAN IT BE",
            "SORT IT OUT NOW", "STILL NOTHING ARRIVED", "OMG THIS IS AMAZING", "WE ARE SO BACK", "OBSESSED WITH THIS",
            "BEST DAY EVER", "LOVE LOVE LOVE", "NO NO NO", "THREE WEEKS AND NOTHING", "STOP SENDING ME EMAILS",
            "I'M SO DONE", "FIX YOUR WEBSITE", "ANSWER THE DAMN QUESTION"]
PUNCT_RUNS = ["!!!", "!!!!", "!!!!!", "!!!!!!!!!!", "???", "????", "?????!", "?!?!", "?!?", "!?!?!", "??!!", "!!??",
              "?!!!", "!!!!!!!", "??!?!"]


def g_hate(lang, v):
    return pick(HATE_FR if lang == "fr" else HATE_EN)


def g_threat(lang, v):
    return pick(THREAT_FR if lang == "fr" else THREAT_EN)


def g_insult(lang, v):
    v = v or pick(["n", "v"])
    if lang == "fr":
        return pick(INSULT_FR_N if v == "n" else INSULT_FR_V)
    return pick(INSULT_EN_N if v == "n" else INSULT_EN_V)


def g_shouting(lang, v):
    return pick(SHOUT_FR if lang == "fr" else SHOUT_EN)


def g_punct(lang, v):
    return pick(PUNCT_RUNS)


def g_aggressive(lang, v):
    return pick(AGGR_FR if lang == "fr" else AGGR_EN)

FILLERS["exp"] = lambda: f"{R.randint(1, 12):02d}/{R.randint(26, 31)}"
FILLERS["bic"] = lambda: pick(["BNPAFRPP", "AGRIFRPP", "CCBPFRPP", "GEBABEBB", "UBSWCHZH", "BARCGB22", "AIBKIE2D", "INGBNL2A"])
CLEAN_HOSTS |= {"api.ormeetlin.fr", "api.kumo-skincare.com"}

# ---------------------------------------------------------------- frames
LINK_GENERIC = {
    "fr": ["Regarde ce lien que {prenom} m'a envoyé : {L}", "C'est toi qui as posté {L} dans les commentaires ?",
           "Un abonné demande si {L} c'est bien nous 🤔", "Le formulaire pour participer est là → {L}",
           "Jsuis tombée sur {L}, ça a l'air louche non ?", "Lien à mettre en bio cette semaine : {L}",
           "Le client dit avoir payé via {L}, on vérifie ?", "J'ai reçu un SMS avec {L}, c'est vous ?",
           "Tu peux check {L} avant que je le partage en story ?", "Dossier de presse dispo ici : {L}",
           "On m'a DM ça : « {L} » 😬", "Pour récupérer ton lot, clique sur {L}", "Nouveau lien du live : {L}",
           "Quelqu'un spamme {L} sous tous nos posts", "{L} ← c'est le lien officiel ou pas ?",
           "Mets {L} dans le swipe up stp", "Ma mère a reçu ça par mail {L}, elle a failli cliquer 😱"],
    "en": ["Look at this link {name} sent me: {L}", "Was it you who posted {L} in the comments?",
           "A follower's asking if {L} is really us 🤔", "Entry form is here → {L}", "came across {L}, looks dodgy no?",
           "Bio link this week: {L}", "Customer says they paid through {L}, can we check?",
           "Got a text with {L}, is that you guys?", "Can you check {L} before I share it on stories?",
           "Press kit available here: {L}", "Someone DM'd me this: \"{L}\" 😬", "To claim your prize, click {L}",
           "New link for the live: {L}", "Someone's spamming {L} under every post",
           "{L} <- is that the official link or not?", "Pop {L} in the link sticker pls",
           "My nan got this in an email {L} and nearly clicked 😱"],
}


def link_frames(kind, extra_fr, extra_en):
    slot = "{f:" + kind + "}"
    return {"fr": [f.replace("{L}", slot) for f in LINK_GENERIC["fr"] + extra_fr],
            "en": [f.replace("{L}", slot) for f in LINK_GENERIC["en"] + extra_en]}


PK_FR = ["La clé SSH pour se connecter au serveur boutique :\n{f:secret.private_key}",
         "Le freelance m'a envoyé ça pour le SFTP, je sais pas quoi en faire 😅\n{f:secret.private_key}",
         "{f:secret.private_key}\nVoilà la clé, tu la mets dans ~/.ssh et c'est bon",
         "Certificat du site, partie privée :\n{f:secret.private_key}",
         "Je colle la clé privée ici pour que tu la récupères :\n{f:secret.private_key}\nSupprime le message après",
         "```\n{f:secret.private_key}\n```", "clé de déploiement (prod) 👇\n{f:secret.private_key}",
         "Pour signer les exports compta il faut cette clé :\n{f:secret.private_key}",
         "Voici le id_rsa de l'ancien presta :\n{f:secret.private_key}",
         "Le dev demande la clé du serveur, c'est bien celle-là ?\n{f:secret.private_key}",
         "Clé GPG pour déchiffrer les contrats :\n{f:secret.private_key}",
         "accès au VPS (clé ci-dessous) :\n{f:secret.private_key}\nuser: deploy",
         "Tu peux vérifier si c'est la bonne clé ?\n\n{f:secret.private_key}",
         "Clé privée du certificat SSL (renouvelé hier)\n{f:secret.private_key}",
         "Je te mets la clé ici parce que le WeTransfer a expiré :\n{f:secret.private_key}"]
PK_EN = ["SSH key for the shop server:\n{f:secret.private_key}",
         "The freelancer sent me this for the SFTP, no idea what to do with it 😅\n{f:secret.private_key}",
         "{f:secret.private_key}\nThere's the key, drop it in ~/.ssh and you're good",
         "Site certificate, private part:\n{f:secret.private_key}",
         "Pasting the private key here so you can grab it:\n{f:secret.private_key}\nDelete this after",
         "```\n{f:secret.private_key}\n```", "deploy key (prod) 👇\n{f:secret.private_key}",
         "We need this key to sign the accounting exports:\n{f:secret.private_key}",
         "Here's the old contractor's id_rsa:\n{f:secret.private_key}",
         "Dev's asking for the server key, is this the one?\n{f:secret.private_key}",
         "GPG key to decrypt the contracts:\n{f:secret.private_key}",
         "VPS access:\n{f:secret.private_key}\nuser: deploy",
         "Can you check if this is the right key?\n\n{f:secret.private_key}",
         "Private key for the SSL cert (renewed yesterday)\n{f:secret.private_key}",
         "Putting the key here cos the WeTransfer expired:\n{f:secret.private_key}"]

FRAMES = {
    "pii.email": {
        "fr": ["Tu peux m'envoyer le contrat sur {f:pii.email} stp ? merci 🙏",
               "Mon adresse mail c'est {f:pii.email} (pas l'ancienne hein)",
               "Pour la collab, écrivez plutôt à mon agent : {f:pii.email}",
               "La cliente demande qu'on lui réponde sur {f:pii.email} plutôt qu'en DM",
               "jte file mon mail perso {f:pii.email} on sera plus tranquilles",
               "Adresse de contact de {prenom} {nom} → {f:pii.email}",
               "Elle a changé de mail, le nouveau c'est {f:pii.email}, tu mets à jour le CRM ?",
               "Envoyez la facture à {f:pii.email} avec la réf. {order} svp",
               "Bonjour, je n'ai jamais reçu le mail de confirmation, mon adresse est bien {f:pii.email} ?",
               "Pouvez-vous me désinscrire ? c'est {f:pii.email}",
               "Le gagnant du tirage nous a laissé {f:pii.email} pour l'envoi du lot 🎉",
               "mail : {f:pii.email}\ninsta : @{handle}", "Je te mets en copie {f:pii.email}, c'est la RP de {brand}",
               "Pour le press kit, ping {f:pii.email}, elle gère tout le booking",
               "Mon compte est lié à {f:pii.email}, je n'arrive plus à me connecter",
               "Écris-lui direct sur {f:pii.email}, elle répond plus vite que sur Insta",
               "Courriel : {f:pii.email}, je réponds le soir"],
        "en": ["Drop me a line at {f:pii.email} and I'll send over the media kit",
               "My email is {f:pii.email} - not the old one!", "For bookings please go through my manager: {f:pii.email}",
               "Customer wants a reply to {f:pii.email} rather than here", "Can you forward the invoice to {f:pii.email}? cheers",
               "Contact for {name} {last}: {f:pii.email}",
               "She's switched emails, it's {f:pii.email} now, can you update the CRM?",
               "Hi, never got my order confirmation, is the address on file {f:pii.email}?",
               "Please unsubscribe me, it's {f:pii.email}", "Giveaway winner left {f:pii.email} for the prize delivery 🎉",
               "email: {f:pii.email}\nIG: @{handle}", "Looping in {f:pii.email}, she handles PR for {brand}",
               "My account's under {f:pii.email} and I can't log in", "just email me at {f:pii.email} mate, easier than DMs",
               "Ping {f:pii.email} for the press kit, she does all the booking", "reach me on {f:pii.email} x"]},
    "pii.phone": {
        "fr": ["Mon numéro a changé, c'est le {f:pii.phone} maintenant",
               "Rappelle-moi au {f:pii.phone} stp, je suis en tournage jusqu'à 17h",
               "Le livreur peut m'appeler au {f:pii.phone}, l'interphone marche pas",
               "Tel de {prenom} (son agent) : {f:pii.phone}", "Vous pouvez me joindre au {f:pii.phone} en semaine",
               "whatsapp : {f:pii.phone}", "C'est le {f:pii.phone}, dispo après 19h 😊",
               "Pour le shooting, la photographe c'est {prenom}, son numéro : {f:pii.phone}",
               "Appelez-moi plutôt, {f:pii.phone}, j'en ai marre d'écrire",
               "Client très remonté, il demande un rappel au {f:pii.phone} avant midi", "Gsm : {f:pii.phone}",
               "Mon cell c'est le {f:pii.phone}", "Tu lui envoies un texto au {f:pii.phone} pour confirmer le rdv ?",
               "joignable sur {f:pii.phone} (appel ou WhatsApp)",
               "C'est pas le numéro du magasin, c'est mon perso : {f:pii.phone}", "Mon natel : {f:pii.phone}"],
        "en": ["My number's changed, it's {f:pii.phone} now", "Give me a ring on {f:pii.phone}, I'm on set till 5",
               "Courier can call me on {f:pii.phone}, the buzzer's broken", "Her agent's mobile: {f:pii.phone}",
               "You can reach me on {f:pii.phone} weekdays", "WhatsApp me: {f:pii.phone}",
               "It's {f:pii.phone}, free after 7 😊", "Photographer for the shoot is {name}, her cell is {f:pii.phone}",
               "Just call me, {f:pii.phone}, I'm sick of typing",
               "Very upset customer, wants a callback on {f:pii.phone} before noon", "mob: {f:pii.phone}",
               "text me on {f:pii.phone} when you're outside", "Can you text her at {f:pii.phone} to confirm the slot?",
               "reachable at {f:pii.phone} (call or WhatsApp)", "That's not the store line, it's my personal: {f:pii.phone}",
               "ph {f:pii.phone}"]},
    "pii.iban": {
        "fr": ["Voilà mon IBAN pour le remboursement : {f:pii.iban}",
               "Virement de la collab sur ce compte stp : {f:pii.iban} (titulaire {prenom} {nom})",
               "Je vous remets mon RIB, IBAN {f:pii.iban}, BIC {bic}", "iban {f:pii.iban} merci de faire vite",
               "Pour la facture de {prenom}, ses coordonnées bancaires : {f:pii.iban}",
               "Le compte à créditer est le {f:pii.iban}, pas celui de l'an dernier",
               "Remboursez-moi directement sur {f:pii.iban}, j'attends depuis le {date}", "IBAN :\n{f:pii.iban}",
               "Mon nouveau compte (j'ai changé de banque) : {f:pii.iban}",
               "L'agence demande le paiement sur {f:pii.iban} à réception de facture",
               "Tu peux faire le virement du cachet ? {f:pii.iban}",
               "Pour le prélèvement de l'abonnement, prenez {f:pii.iban}",
               "C'est le compte de ma mère, {f:pii.iban}, elle est d'accord",
               "Numéro de compte pour le dédommagement : {f:pii.iban}", "je te colle l'iban de {prenom} : {f:pii.iban}"],
        "en": ["Here's my IBAN for the refund: {f:pii.iban}",
               "Please pay the collab fee into {f:pii.iban} (account name {name} {last})",
               "Bank details again: IBAN {f:pii.iban}, BIC {bic}", "iban {f:pii.iban} pls be quick",
               "Bank info for {name}'s invoice: {f:pii.iban}", "The account to credit is {f:pii.iban}, not last year's one",
               "Refund straight to {f:pii.iban}, I've been waiting since {date_en}", "IBAN:\n{f:pii.iban}",
               "New account (switched banks): {f:pii.iban}", "Agency wants payment to {f:pii.iban} on receipt of invoice",
               "Can you send the fee? {f:pii.iban}", "For the direct debit use {f:pii.iban}",
               "It's my mum's account, {f:pii.iban}, she's fine with it",
               "Account number for the compensation: {f:pii.iban}", "pasting {name}'s IBAN here: {f:pii.iban}"]},
    "pii.card": {
        "fr": ["Ma carte c'est {f:pii.card}, exp {exp}, vous pouvez relancer le paiement ?",
               "Le paiement bloque, tenez voilà ma CB : {f:pii.card}",
               "Une cliente a collé son numéro de carte dans les coms ({f:pii.card}), je masque ?",
               "Débitez la différence sur {f:pii.card} svp", "carte {f:pii.card} valable jusqu'à {exp}",
               "Voilà le numéro de la carte pro pour les boosts Insta : {f:pii.card}",
               "C'est la carte de mon mari {f:pii.card}, il est ok",
               "Numéro de carte : {f:pii.card}\nDate d'expiration : {exp}", "Je paye avec celle-ci : {f:pii.card}",
               "La carte entreprise pour commander les échantillons : {f:pii.card}",
               "Prenez le paiement par téléphone, ma Visa : {f:pii.card}",
               "Ma carte a été débitée deux fois ! c'est la {f:pii.card}",
               "tu peux mettre ma carte {f:pii.card} pour le réassort ?",
               "Le numéro de la carte cadeau ? non attends, c'est ma CB {f:pii.card} 🙈",
               "Remboursez sur la carte utilisée : {f:pii.card}"],
        "en": ["My card is {f:pii.card}, exp {exp}, can you retry the payment?",
               "Checkout keeps failing, here's my card: {f:pii.card}",
               "A customer posted her card number in the comments ({f:pii.card}), should I hide it?",
               "Charge the difference to {f:pii.card} please", "card {f:pii.card} valid till {exp}",
               "Company card for the Insta boosts: {f:pii.card}", "It's my husband's card {f:pii.card}, he's ok with it",
               "Card number: {f:pii.card}\nExpiry: {exp}", "I'll pay with this one: {f:pii.card}",
               "Corporate card for the sample orders: {f:pii.card}",
               "Take the payment over the phone, my Visa is {f:pii.card}",
               "I've been charged twice on {f:pii.card}, sort it out", "can u put it on my card {f:pii.card}",
               "Oops that's not the gift card, it's my debit card {f:pii.card} 🙈", "Refund to the card I used: {f:pii.card}"]},
    "pii.nir": {
        "fr": ["Numéro sécu perso : {f:pii.nir}",
               "Pour le contrat d'auto-entrepreneur il me faut ton n° de sécu → {f:pii.nir} c'est bien ça ?",
               "Numéro de sécurité sociale de {prenom} {nom} : {f:pii.nir}",
               "Je vous envoie mon NIR pour la fiche de paie : {f:pii.nir}",
               "Voici mon numéro INSEE {f:pii.nir}, il est sur ma carte Vitale", "sécu {f:pii.nir} / mutuelle en cours",
               "L'intermittente a donné son numéro SS : {f:pii.nir}",
               "Pour la DPAE de l'hôtesse du salon : n° SS {f:pii.nir}",
               "Ma carte vitale indique {f:pii.nir}, c'est ce que vous demandiez ?",
               "Le numéro de sécu de mon fils c'est {f:pii.nir}", "N° d'immatriculation : {f:pii.nir}",
               "je t'envoie le num de secu de la stagiaire {f:pii.nir}",
               "Pour le remboursement du test produit par la mutuelle : {f:pii.nir}",
               "Mon NIR, au cas où pour le dossier : {f:pii.nir}", "Attestation de droits, numéro {f:pii.nir}"],
        "en": ["That French social security number she gave us: {f:pii.nir}",
               "Paris payroll needs his NIR: {f:pii.nir}",
               "Sécu number (French social security) for {name}: {f:pii.nir}",
               "Here's my numéro de sécu for the contract: {f:pii.nir}",
               "The French agency asked for the model's social security no., it's {f:pii.nir}",
               "NIR {f:pii.nir} - for the freelance paperwork", "My carte Vitale number is {f:pii.nir}",
               "French SSN for the intern: {f:pii.nir}", "Social security number (France): {f:pii.nir}",
               "They need the INSEE number for the Paris shoot contract: {f:pii.nir}",
               "pasting her sécu here so you have it {f:pii.nir}",
               "For the French health insurance claim my number is {f:pii.nir}",
               "his social security no. is {f:pii.nir} if accounts ask",
               "French national insurance equivalent, {f:pii.nir}", "contractor sheet wants the NIR → {f:pii.nir}"]},
    "pii.ip": {
        "fr": ["Les faux avis viennent tous de {f:pii.ip}, on peut bloquer ?",
               "Mon IP c'est {f:pii.ip}, vous pouvez me débannir du live ?",
               "Dans les logs Shopify je vois {f:pii.ip} qui tente de se connecter en boucle",
               "Le troll repasse avec l'IP {f:pii.ip}", "adresse IP du client : {f:pii.ip}",
               "Connexion suspecte sur le compte depuis {f:pii.ip} cette nuit",
               "Tu peux whitelister {f:pii.ip} ? c'est la box de l'agence",
               "Les 40 commandes frauduleuses sortent toutes de {f:pii.ip}",
               "Le prestataire nous demande notre IP fixe : {f:pii.ip}", "IP : {f:pii.ip} (d'après le mail de Meta)",
               "C'est bizarre, le concours a 300 participations depuis {f:pii.ip}",
               "Mon ordi a l'adresse {f:pii.ip}, c'est ça que le support voulait ?",
               "Bloque {f:pii.ip} dans le pare-feu stp, il spamme le formulaire",
               "Le harceleur poste depuis {f:pii.ip}, on transmet à la police ?", "Connexion admin refusée pour {f:pii.ip}"],
        "en": ["All the fake reviews come from {f:pii.ip}, can we block it?",
               "My IP is {f:pii.ip}, can you unban me from the live chat?",
               "Shopify logs show {f:pii.ip} hammering the login page", "The troll's back, this time from {f:pii.ip}",
               "customer IP: {f:pii.ip}", "Suspicious login on the brand account from {f:pii.ip} overnight",
               "Can you whitelist {f:pii.ip}? It's the agency router",
               "The 40 fraudulent orders all came from {f:pii.ip}", "The vendor needs our static IP: {f:pii.ip}",
               "IP: {f:pii.ip} (per the Meta security email)", "Weird, 300 giveaway entries from {f:pii.ip}",
               "My laptop's address is {f:pii.ip}, is that what support wanted?",
               "Block {f:pii.ip} in the firewall pls, it's spamming the contact form",
               "The harasser is posting from {f:pii.ip}, do we pass it to the police?", "Admin login denied for {f:pii.ip}"]},
    "pii.address": {
        "fr": ["Tu peux m'envoyer la box à cette adresse :\n{f:pii.address}", "Changement d'adresse de livraison : {f:pii.address}",
               "Le colis doit partir chez {prenom} {nom}, {f:pii.address}", "J'ai déménagé !! c'est {f:pii.address} maintenant",
               "Adresse du showroom pour le shooting : {f:pii.address}", "Livrez-moi au travail plutôt : {f:pii.address}",
               "Voici mon adresse pour le retour de l'échange :\n{f:pii.address}\nMerci d'avance",
               "Le gagnant habite {f:pii.address}, on envoie en Colissimo ?",
               "Mon adresse de facturation c'est {f:pii.address}", "l'adresse c'est {f:pii.address}, sonnez fort",
               "Le kit presse va chez son agent : {f:pii.address}", "Adresse postale :\n{f:pii.address}",
               "Je suis chez ma sœur pour l'été, livrez à cette adresse : {f:pii.address}",
               "Renvoyez le bon article à {f:pii.address} svp, c'est la 2e erreur",
               "adresse de {prenom} pour l'envoi des échantillons 👉 {f:pii.address}"],
        "en": ["Can you send the gifting box here:\n{f:pii.address}", "New delivery address: {f:pii.address}",
               "The parcel needs to go to {name} {last}, {f:pii.address}", "I've moved!! it's {f:pii.address} now",
               "Studio address for the shoot: {f:pii.address}", "Deliver to my work instead: {f:pii.address}",
               "Address for the swap:\n{f:pii.address}\nThanks in advance",
               "The winner lives at {f:pii.address}, do we send tracked?", "Billing address is {f:pii.address}",
               "address is {f:pii.address}, knock loud", "Press kit goes to her agent: {f:pii.address}",
               "Postal address:\n{f:pii.address}", "I'm staying at my sister's, can you deliver to {f:pii.address}?",
               "Send the right item to {f:pii.address} please, second mistake now",
               "{name}'s address for the samples 👉 {f:pii.address}"]},
    "pii.birthdate": {
        "fr": ["Je suis née le {f:pii.birthdate}, j'ai donc bien l'âge pour le concours",
               "Date de naissance : {f:pii.birthdate}", "DDN {f:pii.birthdate}, vous pouvez mettre à jour mon compte fidélité ?",
               "Mon fils est né le {f:pii.birthdate}, il peut participer ?", "née le {f:pii.birthdate} à Lyon",
               "L'influenceur est né le {f:pii.birthdate}, donc mineur au moment du contrat ?",
               "Pour l'offre anniversaire : je suis né le {f:pii.birthdate}",
               "ma date de naissance c'est le {f:pii.birthdate}",
               "Il faut la date de naissance de l'ambassadrice pour l'assurance : {f:pii.birthdate}",
               "date de naiss. {f:pii.birthdate}, nom {nom}, prénom {prenom}",
               "Le formulaire refuse ma date de naissance ({f:pii.birthdate}), ça bug ?", "D.D.N : {f:pii.birthdate}",
               "Né(e) le : {f:pii.birthdate}", "C'est pour ma fille, née le {f:pii.birthdate}, elle a le droit de participer ?",
               "Il a vérifié sa pièce d'identité : naissance le {f:pii.birthdate}",
               "jsuis née le {f:pii.birthdate} donc majeure hein 😅"],
        "en": ["I was born on {f:pii.birthdate}, so I'm old enough to enter", "Date of birth: {f:pii.birthdate}",
               "DOB {f:pii.birthdate}, can you update my loyalty account?", "My son was born {f:pii.birthdate}, can he take part?",
               "born {f:pii.birthdate} in Leeds",
               "The creator's DOB is {f:pii.birthdate}, so was she a minor when she signed?",
               "For the birthday offer: I was born {f:pii.birthdate}", "my d.o.b is {f:pii.birthdate} btw",
               "Insurance needs the ambassador's date of birth: {f:pii.birthdate}",
               "d.o.b. {f:pii.birthdate}, surname {last}, first name {name}",
               "The form won't accept my birth date ({f:pii.birthdate}), is it broken?", "D.O.B: {f:pii.birthdate}",
               "It's for my daughter, born {f:pii.birthdate}, is she allowed to enter?",
               "Checked his ID: date of birth {f:pii.birthdate}", "born on {f:pii.birthdate} so def over 18 lol"]},
    "secret.password": {
        "fr": ["le mdp c'est {f:secret.password}, change-le après stp", "Identifiant : {handle}\nMot de passe : {f:secret.password}",
               "pass: {f:secret.password}", "Je te donne le mot de passe du compte TikTok, c'est {f:secret.password}",
               "BO de la boutique → user cm_equipe, mdp {f:secret.password}",
               "Code wifi du showroom : {f:secret.password}",
               "Mot de passe de la boîte mail partagée : {f:secret.password} (ne pas diffuser)",
               "J'ai réinitialisé, le nouveau mdp est {f:secret.password}", "mdp = {f:secret.password}",
               "Pour le Drive des visuels le mot de passe c'est {f:secret.password}",
               "Tu te connectes avec mon mail et le mdp {f:secret.password}, je suis en congé",
               "Accès Canva : {handle} / mdp {f:secret.password}",
               "Le mot de passe wifi c'est {f:secret.password} si tu passes au bureau",
               "mon mot de passe c'est {f:secret.password} mais je peux plus me connecter, pourquoi ?",
               "Logins du compte Insta → id : {handle} | mdp : {f:secret.password}",
               "Password du Mailchimp : {f:secret.password}",
               "J'ai mis {f:secret.password} comme mot de passe, c'est assez sécurisé ?"],
        "en": ["password's {f:secret.password}, change it after pls",
               "Username: {handle}\nPassword: {f:secret.password}", "pass: {f:secret.password}",
               "Here's the TikTok password, it's {f:secret.password}", "shop admin → user cm_team, pw {f:secret.password}",
               "Showroom wifi password: {f:secret.password}",
               "Shared inbox password is {f:secret.password} (don't pass it around)",
               "I reset it, new password is {f:secret.password}", "pwd = {f:secret.password}",
               "Password for the assets Drive: {f:secret.password}",
               "Log in with my email and the password {f:secret.password}, I'm on holiday",
               "Canva login: {handle} / password {f:secret.password}",
               "wifi pw is {f:secret.password} if you're coming into the office",
               "my password is {f:secret.password} but it won't let me log in, why?",
               "Insta creds → user: {handle} | pass: {f:secret.password}",
               "I set {f:secret.password} as the password, is that secure enough?"]},
    "secret.api_key": {
        "fr": ["Clé OpenAI pour le bot du SAV : {f:secret.api_key/openai}",
               "La clé Stripe du shop : {f:secret.api_key/stripe} (live, attention)",
               "Token GitHub pour déployer la landing : {f:secret.api_key/github}",
               "Clé Brevo pour les newsletters : {f:secret.api_key/brevo}",
               "voilà la clé SendGrid {f:secret.api_key/sendgrid}, tu testes l'envoi ?",
               "Clé Google Maps pour la carte des points de vente : {f:secret.api_key/google}",
               "Accès AWS du bucket visuels : {f:secret.api_key/aws}",
               "Clé Hugging Face pour le modèle de modération : {f:secret.api_key/hf}",
               "Le bot Slack utilise {f:secret.api_key/slack}", "Clé API Mailchimp : {f:secret.api_key/mailchimp}",
               "Shopify admin token : {f:secret.api_key/shopify}",
               "Clé Notion pour l'intégration planning : {f:secret.api_key/notion}",
               "Pour HubSpot, la clé de l'app privée : {f:secret.api_key/hubspot}",
               "Le webhook Stripe signe avec {f:secret.api_key/stripe_wh}",
               "clé mailgun {f:secret.api_key/mailgun} à mettre dans le .env",
               "Dans le fichier de conf du chatbot : API_KEY = {f:secret.api_key/hex}",
               "Clé Anthropic du prototype : {f:secret.api_key/anthropic}",
               "Token GitLab pour la CI : {f:secret.api_key/gitlab}",
               "Clé Airtable (base influenceurs) : {f:secret.api_key/airtable}"],
        "en": ["OpenAI key for the support bot: {f:secret.api_key/openai}",
               "Shop's Stripe key: {f:secret.api_key/stripe} (live, careful)",
               "GitHub token to deploy the landing page: {f:secret.api_key/github}",
               "Brevo key for the newsletters: {f:secret.api_key/brevo}",
               "here's the SendGrid key {f:secret.api_key/sendgrid}, can you test a send?",
               "Google Maps key (shop finder page): {f:secret.api_key/google}",
               "AWS access key for the assets bucket: {f:secret.api_key/aws} / secret {f:secret.api_key/aws_secret}",
               "HF token for the moderation model: {f:secret.api_key/hf}", "Slack bot uses {f:secret.api_key/slack}",
               "Twilio API key: {f:secret.api_key/twilio}", "npm token for the private package: {f:secret.api_key/npm}",
               "Linear API key for the ticket sync: {f:secret.api_key/linear}",
               "Postman key, in case you need it: {f:secret.api_key/postman}",
               "DigitalOcean token for the staging droplet: {f:secret.api_key/digitalocean}",
               "Groq key for the caption generator: {f:secret.api_key/groq}", "Replicate token: {f:secret.api_key/replicate}",
               "Figma personal token for the plugin: {f:secret.api_key/figma}",
               "PyPI upload token → {f:secret.api_key/pypi}",
               "loyalty app config → apiKey: \"{f:secret.api_key/hex}\""]},
    "secret.private_key": {"fr": PK_FR, "en": PK_EN},
    "secret.token": {
        "fr": ["Jeton de session du client qui a le bug : {f:secret.token/jwt}",
               "Header à mettre : Authorization: Bearer {f:secret.token/opaque}",
               "curl -H \"Authorization: Bearer {f:secret.token}\" https://api.ormeetlin.fr/v1/orders",
               "jeton d'accès : {f:secret.token/jwt}", "le JWT du compte admin {f:secret.token/jwt}, il expire ce soir",
               "Bearer {f:secret.token/opaque}", "Pour l'API Meta, bearer {f:secret.token/opaque}",
               "Le cookie de session (copié depuis la console) : {f:secret.token/jwt}", "id_token = {f:secret.token/jwt}",
               "Le token que le support Shopify m'a demandé : {f:secret.token/jwt}",
               "Authorization: Bearer {f:secret.token}", "{\"Authorization\": \"Bearer {f:secret.token/opaque}\"}",
               "Essaie avec le token {f:secret.token/jwt} ? c'est celui de {prenom}",
               "access token du compte pub : Bearer {f:secret.token/opaque}",
               "En-tête : Bearer {f:secret.token} (valide 1 h)"],
        "en": ["Session token for the customer with the bug: {f:secret.token/jwt}",
               "Header to use: Authorization: Bearer {f:secret.token/opaque}",
               "curl -H \"Authorization: Bearer {f:secret.token}\" https://api.kumo-skincare.com/v2/reviews",
               "access token: {f:secret.token/jwt}", "admin account JWT {f:secret.token/jwt}, expires tonight",
               "Bearer {f:secret.token/opaque}", "For the Meta API, bearer {f:secret.token/opaque}",
               "Session cookie (copied from devtools): {f:secret.token/jwt}", "id_token = {f:secret.token/jwt}",
               "The token Shopify support asked me for: {f:secret.token/jwt}", "Authorization: Bearer {f:secret.token}",
               "{\"Authorization\": \"Bearer {f:secret.token/opaque}\"}",
               "Can you test with token {f:secret.token/jwt}? it's {name}'s",
               "ad account access token: Bearer {f:secret.token/opaque}", "Header: Bearer {f:secret.token} (valid 1h)"]},
    "confidential.lexicon": {
        "fr": ["Chut 🤫 {f:confidential.lexicon} sort pas avant la rentrée",
               "On a les premiers protos de {f:confidential.lexicon}, je t'envoie des photos",
               "Le budget {f:confidential.lexicon} a été validé par la direction",
               "Ne répondez pas aux questions sur {f:confidential.lexicon} en commentaire",
               "{prenom} a teasé {f:confidential.lexicon} en story, il faut qu'elle supprime !!",
               "Point sur {f:confidential.lexicon} demain 10h, salle 3", "La presse a eu vent de {f:confidential.lexicon} ?",
               "jsuis sur le moodboard de {f:confidential.lexicon}, tu valides ?",
               "Embargo sur {f:confidential.lexicon} jusqu'au {date}",
               "Le contrat avec {f:confidential.lexicon} est signé 🎉", "Qui a leaké {f:confidential.lexicon} sur Discord ?",
               "Les échantillons de {f:confidential.lexicon} arrivent lundi à l'entrepôt",
               "Tu mets {f:confidential.lexicon} en nom de code dans le planning, pas le vrai nom",
               "Brief créa « {f:confidential.lexicon} » : ton doux, pastel, 3 formats"],
        "en": ["Shh 🤫 {f:confidential.lexicon} isn't out until autumn",
               "First prototypes of {f:confidential.lexicon} are in, sending pics",
               "Budget for {f:confidential.lexicon} got signed off",
               "Don't answer questions about {f:confidential.lexicon} in the comments",
               "{name} teased {f:confidential.lexicon} on her story, she needs to delete it!!",
               "Catch-up on {f:confidential.lexicon} tomorrow 10am", "Has the press got wind of {f:confidential.lexicon}?",
               "Working on the moodboard for {f:confidential.lexicon}, thoughts?",
               "Embargo on {f:confidential.lexicon} until {date_en}", "Who leaked {f:confidential.lexicon} on Discord?",
               "Samples for {f:confidential.lexicon} land at the warehouse Monday",
               "Creative brief for {f:confidential.lexicon}: soft tone, pastels, 3 formats"]},
    "link.ip_host": link_frames("link.ip_host", ["Le back-office de test est sur {f:link.ip_host}",
                                                 "Panneau admin de la box : {f:link.ip_host}"],
                                ["Staging admin is on {f:link.ip_host}", "Router admin page: {f:link.ip_host}"]),
    "link.punycode": link_frames("link.punycode", ["Promo -70 % sur {f:link.punycode}, trop beau pour être vrai ?"],
                                 ["70% off at {f:link.punycode}, too good to be true?"]),
    "link.lookalike": link_frames("link.lookalike",
                                  ["Votre colis est bloqué, réglez les frais de douane sur {f:link.lookalike}",
                                   "Votre compte sera suspendu sous 24 h, vérifiez vos infos : {f:link.lookalike}"],
                                  ["Your parcel is held, pay the customs fee at {f:link.lookalike}",
                                   "Your account will be suspended within 24h, verify here: {f:link.lookalike}"]),
    "link.shortener": link_frames("link.shortener", ["👉 {f:link.shortener} pour le code promo",
                                                     "je t'ai raccourci le lien pour ta bio : {f:link.shortener}"],
                                  ["bio link (shortened): {f:link.shortener}", "{f:link.shortener} 👈👈"]),
    "link.insecure": link_frames("link.insecure", ["Le blog qui nous a chroniqués : {f:link.insecure}",
                                                   "Les photos de l'event sont sur {f:link.insecure}"],
                                 ["The bakery that stocks us has a page: {f:link.insecure}",
                                  "Event photos are on {f:link.insecure}"]),
    "link.blocklisted": link_frames("link.blocklisted", ["Un compte propose des abonnés gratuits via {f:link.blocklisted}"],
                                    ["Someone's offering free followers via {f:link.blocklisted}"]),
    "link.mismatch": {
        "fr": ["Suivez votre colis ici : {f:link.mismatch}", "Validez votre remboursement en vous connectant sur {f:link.mismatch}",
               "Le règlement officiel : {f:link.mismatch}", "Mettez à jour vos infos de paiement sur {f:link.mismatch} sous 48h",
               "Votre dossier est consultable sur {f:link.mismatch}", "Pour confirmer ta participation → {f:link.mismatch}",
               "Le lien de la boutique c'est {f:link.mismatch} 😉", "Réactivez votre compte : {f:link.mismatch}",
               "Facture disponible : {f:link.mismatch}", "Vérifiez votre identité via {f:link.mismatch}",
               "ton lot t'attend sur {f:link.mismatch} 🎁", "Votre avis de passage : {f:link.mismatch}",
               "Accédez à votre espace : {f:link.mismatch}", "Le formulaire collab est sur {f:link.mismatch}",
               "Rdv sur {f:link.mismatch} pour choisir ton cadeau"],
        "en": ["Parcel tracking → {f:link.mismatch}", "Log in at {f:link.mismatch} to approve the refund",
               "Official rules: {f:link.mismatch}", "Update your payment details at {f:link.mismatch} within 48h",
               "Your case file is available at {f:link.mismatch}", "To confirm your entry → {f:link.mismatch}",
               "Shop link is {f:link.mismatch} 😉", "Reactivate your account: {f:link.mismatch}",
               "Invoice ready: {f:link.mismatch}", "Verify your identity via {f:link.mismatch}",
               "your prize is waiting at {f:link.mismatch} 🎁", "Missed delivery notice: {f:link.mismatch}",
               "Access your account: {f:link.mismatch}", "Collab form is on {f:link.mismatch}",
               "Head to {f:link.mismatch} to pick your gift"]},
    "illegal.hate": {
        "fr": ["Commentaire sous le reel : « {f:illegal.hate} »", "{f:illegal.hate}, voilà, fallait que ça sorte",
               "Sérieux, {f:illegal.hate}.", "Je vais être cash : {f:illegal.hate}", "Vu en DM ce matin → {f:illegal.hate} 🤢",
               "Désolé mais {f:illegal.hate}", "Pourquoi vous mettez ça en pub ? {f:illegal.hate}",
               "{prenom} a signalé ce com : \"{f:illegal.hate}\"", "jdis ça jdis rien mais {f:illegal.hate}"],
        "en": ["Comment under the reel: \"{f:illegal.hate}\"", "{f:illegal.hate}, there I said it",
               "Seriously, {f:illegal.hate}.", "I'll be blunt: {f:illegal.hate}", "Got this in DMs → {f:illegal.hate} 🤢",
               "Sorry not sorry but {f:illegal.hate}", "Why put that in an ad? {f:illegal.hate}",
               "{name} flagged this comment: '{f:illegal.hate}'", "not being funny but {f:illegal.hate}"]},
    "illegal.threat": {
        "fr": ["{f:illegal.threat}.", "Écoute-moi bien, {f:illegal.threat}.", "DM reçu de ce compte : « {f:illegal.threat} »",
               "Supprime encore mon com et {f:illegal.threat}", "Dernier avertissement : {f:illegal.threat} 😈",
               "Le type a recréé un compte pour écrire ça : {f:illegal.threat}",
               "Tu fais moins la maligne hein ? {f:illegal.threat}", "{f:illegal.threat}, t'es prévenue"],
        "en": ["{f:illegal.threat}.", "Listen carefully, {f:illegal.threat}.", "DM from this account: \"{f:illegal.threat}\"",
               "Delete my comment again and {f:illegal.threat}", "Final warning: {f:illegal.threat} 😈",
               "Bloke made a new account just to say this: {f:illegal.threat}", "Not so brave now huh? {f:illegal.threat}",
               "{f:illegal.threat}, you've been warned"]},
    "insult.insult": {
        "fr": ["Tu n'es qu'un {f:insult.insult/n}, voilà",
               "Quel {f:insult.insult/n} ce livreur, il a balancé le colis par-dessus le portail",
               "{f:insult.insult/v}, ça fait 3 semaines que j'attends", "Réponds {f:insult.insult/n}",
               "{f:insult.insult/v} !", "Mais quel {f:insult.insult/n}, sérieux 🤦",
               "Le mec du service client est un vrai {f:insult.insult/n}", "Merci pour rien, {f:insult.insult/v}",
               "ouais ouais c'est ça, {f:insult.insult/v}", "Votre community manager c'est un {f:insult.insult/n}"],
        "en": ["You're a proper {f:insult.insult/n}",
               "What a {f:insult.insult/n}, the courier threw my box over the fence",
               "{f:insult.insult/v}, I've waited 3 weeks", "Answer me, {f:insult.insult/n}", "{f:insult.insult/v}!",
               "the support chat guy = {f:insult.insult/n}, confirmed", "Thanks for nothing, {f:insult.insult/v}",
               "yeah right, {f:insult.insult/v}", "Who packs glass like that? a {f:insult.insult/n}, that's who"]},
    "tone.shouting": {
        "fr": ["{f:tone.shouting}, 15 jours d'attente pour un rouge à lèvres", "Je vous le redemande : {f:tone.shouting}", "{f:tone.shouting} 😡",
               "Allô ? {f:tone.shouting}", "{f:tone.shouting} !", "Vous avez lu mon mail ? {f:tone.shouting}",
               "{f:tone.shouting} 😭😭"],
        "en": ["{f:tone.shouting}, fortnight and counting", "Saying it again: {f:tone.shouting}", "{f:tone.shouting} 😡",
               "Hello?? {f:tone.shouting}", "{f:tone.shouting}!", "Did you even read my email? {f:tone.shouting}",
               "{f:tone.shouting} 😭😭"]},
    "tone.punctuation": {
        "fr": ["Toujours rien reçu {f:tone.punctuation}", "On a gagné le prix de la meilleure box {f:tone.punctuation} 🎉",
               "Vous êtes sérieux là {f:tone.punctuation}", "Encore un retard {f:tone.punctuation}",
               "C'est quoi ce délire {f:tone.punctuation}", "Mais non {f:tone.punctuation} 😂", "Pardon {f:tone.punctuation}"],
        "en": ["Still nothing{f:tone.punctuation}", "We won best beauty box{f:tone.punctuation} 🎉",
               "Are you serious{f:tone.punctuation}", "Another delay{f:tone.punctuation}", "What on earth{f:tone.punctuation}",
               "No way{f:tone.punctuation} 😂", "wait what{f:tone.punctuation}"]},
    "tone.aggressive": {
        "fr": ["{f:tone.aggressive}, voilà.", "Bon ben {f:tone.aggressive}.", "Comme déjà dit, {f:tone.aggressive}.",
               "Chère cliente, {f:tone.aggressive}.", "Monsieur, {f:tone.aggressive} 🙄", "Écoutez, {f:tone.aggressive}, merci.",
               "{f:tone.aggressive}, point.", "Franchement, {f:tone.aggressive}"],
        "en": ["{f:tone.aggressive}, that's all.", "Right, {f:tone.aggressive}.", "As we've said, {f:tone.aggressive}.",
               "Listen, {f:tone.aggressive} 🙄", "Mate, {f:tone.aggressive}.", "{f:tone.aggressive}, full stop.",
               "Honestly, {f:tone.aggressive}"]},
}
CAPITALIZE_AT_START = {"illegal.hate", "illegal.threat", "insult.insult", "tone.aggressive"}

FILLERS["year"] = lambda: str(pick([2025, 2026]))

COMBOS = {
    "fr": ["Infos gagnante 🎁\n{prenom} {nom}\n{f:pii.address}\n{f:pii.phone}",
           "Fiche ambassadrice : {prenom} {nom}, née le {f:pii.birthdate}, n° sécu {f:pii.nir}",
           "Facturation collab → IBAN {f:pii.iban} / mail compta {f:pii.email}",
           "Les accès du Shopify : {f:pii.email} + mdp {f:secret.password} (pas encore de 2FA 🙈)",
           "{f:tone.shouting} {f:tone.punctuation}\n{f:tone.aggressive}.",
           "{f:insult.insult/v}, {f:illegal.threat} {f:tone.punctuation}",
           "Fuite sur {f:confidential.lexicon} ? quelqu'un a posté {f:link.shortener} 😬",
           "Mon IP c'est {f:pii.ip} et mon mail {f:pii.email}, débloquez mon compte svp",
           "Payez-moi sur {f:pii.iban} ou je fais un scandale {f:tone.punctuation}",
           "Nouvelle carte {f:pii.card} exp {exp}, adresse de facturation : {f:pii.address}",
           "{f:tone.shouting}, {f:insult.insult/v}",
           "Clé Brevo {f:secret.api_key/brevo} + jeton {f:secret.token/jwt} pour la synchro CRM",
           "{f:illegal.hate}. {f:tone.shouting}",
           "Le brief de {f:confidential.lexicon} est ici : {f:link.insecure}",
           "Appelle-moi au {f:pii.phone} ou écris à {f:pii.email}, c'est pour {f:confidential.lexicon}",
           "Contrat {prenom} {nom} — né le {f:pii.birthdate} — {f:pii.address} — IBAN {f:pii.iban}",
           "Gagnez un coffret {f:confidential.lexicon} avant tout le monde sur {f:link.lookalike} 🎁"],
    "en": ["Winner details 🎁\n{name} {last}\n{f:pii.address}\n{f:pii.phone}",
           "Ambassador sheet: {name} {last}, DOB {f:pii.birthdate}, email {f:pii.email}",
           "Invoicing → IBAN {f:pii.iban} / accounts email {f:pii.email}",
           "Shopify login: {f:pii.email} + password {f:secret.password} (no 2FA yet 🙈)",
           "{f:tone.aggressive}. {f:tone.shouting}{f:tone.punctuation}",
           "{f:insult.insult/v}, {f:illegal.threat}{f:tone.punctuation}",
           "Leak on {f:confidential.lexicon}? someone posted {f:link.shortener} 😬",
           "My IP is {f:pii.ip} and my email's {f:pii.email}, unlock my account pls",
           "Pay me at {f:pii.iban} or I'm going public{f:tone.punctuation}",
           "New card {f:pii.card} exp {exp}, billing address: {f:pii.address}",
           "{f:tone.shouting}, {f:insult.insult/v}",
           "Brevo key {f:secret.api_key/brevo} + token {f:secret.token/jwt} for the CRM sync",
           "{f:illegal.hate}. {f:tone.shouting}",
           "Brief for {f:confidential.lexicon} is here: {f:link.insecure}",
           "Call me on {f:pii.phone} or email {f:pii.email}, it's about {f:confidential.lexicon}",
           "Contract {name} {last} | born {f:pii.birthdate} | {f:pii.address} | IBAN {f:pii.iban}",
           "Win a {f:confidential.lexicon} set before anyone else at {f:link.lookalike} 🎁"],
}

CLEAN = {
    "fr": ["Le carton {order} est scanné au hub de Rungis, il bouge enfin 🙌",
           "Coffret Noël à {price} (prix barré {price2}), il en reste une centaine",
           "Tu reçois ta box vers le {date}, on t'envoie un SMS la veille",
           "Le rouge que tu cherches c'est le {sku}, fiche produit ici : {brand_url}",
           "Oublie pas : personne chez nous ne te demandera ton mot de passe, jamais",
           "Si l'appli te déconnecte sans arrêt, réinstalle-la, ton mot de passe reste le même",
           "Honnêtement la V1 du gloss était nulle, on a tout repris depuis",
           "Ouiii merci pour ce retour !!", "Suivi officiel du transporteur : {public_url}",
           "Clôture des votes le {date} à minuit, on annonce les 3 gagnantes le lendemain",
           "On t'a recrédité {price} en bon d'achat, valable 1 an",
           "Aurore te rappelle demain, c'est elle qui suit les comptes pro",
           "Le suivi de ton colis : {tracking}, visible sur le site du transporteur d'ici ce soir",
           "{promo} = -{pct} % sur tout le site jusqu'au {date} 🎉",
           "Live cuisine avec @{handle} le {date}, on teste la nouvelle cocotte en direct",
           "On a 1 200 précommandes, c'est fou, merci 🥹", "Le modèle en 42 revient jeudi, promis on te prévient",
           "Dossier SAV {ticket} : on attend juste la photo du produit abîmé",
           "Le virement de {price} est parti, selon ta banque ça peut prendre 72 h",
           "Les conditions sont là : [règlement complet]({brand_url})",
           "Pour un retour, imprime le bon depuis ton compte et dépose-le en point relais",
           "Mea culpa, on a zappé ta demande, on s'en occupe maintenant",
           "Nos bougies sont coulées à la main à Liège, y a pas plus local 🕯️",
           "Tu as jusqu'au {date} pour nous renvoyer la veste si la taille ne va pas",
           "L'équipe répond 9 h-18 h en semaine, et le samedi matin aussi",
           "Le fond de teint n° 3 est en rupture, on attend le réassort fin du mois", "Bien noté, je préviens l'entrepôt 👍",
           "Ton colis t'attend au relais, tu as reçu un code par SMS pour le récupérer",
           "La crème est sans parfum et testée sur peaux sensibles, tu peux y aller",
           "Rdv ce soir 19 h en live pour le déballage du calendrier de l'Avent 🎁",
           "Rappel : un vrai conseiller ne te demandera jamais le code de ta carte bancaire",
           "Méfie-toi des SMS de suivi, le seul site officiel c'est [colissimo.fr](https://www.colissimo.fr/)",
           "Ta facture F-{year}-{ticket} est dispo dans l'onglet « Mes commandes »",
           "Bravo {prenom}, t'as gagné le coffret de la fête des mères 💐",
           "Le gommage n'est pas nul, il est juste plus doux que l'ancien",
           "Le débit de {price} c'est bien ta box du {date}, tout est normal",
           "Ton colis fait moins de 2 kg, donc pas de supplément", "Échange accepté ! la bonne taille part demain matin",
           "{promo} ne s'applique pas aux coffrets déjà remisés, désolée",
           "Shooting calé le {date} à {hour} au studio, prévois tes tenues",
           "Parfait merci !", "Reçu 5/5 👍", "Super, à jeudi !", "Trop cool merci {prenom} !!", "Ça marche", "Nickel 👌",
           "Avec grand plaisir 😊", "Ok c'est noté", "Carrément !", "Merci bcp 🙏",
           "On annonce les gagnants en story le {date} vers 18 h",
           "Ta demande {order} est en cours d'analyse, réponse sous 5 jours",
           "La palette d'automne arrive le {date}, prix public {price}",
           "Je comprends ta frustration, vraiment, on va trouver une solution",
           "Le pot ouvert dans le carton, franchement c'est nul, un nouveau part demain",
           "Les faux comptes qui te promettent un iPhone, ce n'est pas nous, signale-les",
           "Un huissier de justice a supervisé le tirage, tout est en règle", "Tableau des tailles : {brand_url}",
           "Avec ta carte fidélité tu as -{pct} % sur ta prochaine commande",
           "Tu serais dispo mardi {hour} pour un call avec l'équipe créa ?",
           "{prenom} a signé, la campagne démarre le {date} 🚀",
           "Pour suivre ton colis, passe uniquement par {public_url}, pas par les liens reçus par SMS",
           "Version 4.1 de l'appli : le panier ne se vide plus tout seul, enfin",
           "Sur ton relevé tu verras notre identifiant créancier SEPA {ics}",
           "La banque nous a donné la référence {txn} pour ta réclamation",
           "Pour la facture : Pivoine Paris SAS, SIRET {siret}", "Code EAN {ean}, ta pharmacie peut le commander",
           "Envoi en DHL Express, tu reçois le lien de suivi par mail",
           "Déjà plus rien ?! Eh oui, tout est parti avant midi 🤯",
           "Oui, on livre en Belgique et en Suisse, les frais s'affichent au panier",
           "Pour le Québec compte 10 à 12 jours ouvrables, pis les frais de douane sont inclus",
           "Ta carte se terminant par {last4} a bien été débitée de {price}",
           "On ne t'a jamais demandé ton RIB par message, ne l'envoie à personne", "Le pass Culture est accepté sur le site 🎟️",
           "Le produit est pas terrible sur peau grasse, on préfère être honnêtes",
           "Écris-nous en DM, on répond dans la journée",
           "Promis, la prochaine box sera moins ratée que celle de mars 😅",
           "L'atelier ferme du {date} au {date2} pour l'inventaire", "La FAQ est ici : [{brand_url}]({brand_url})",
           "Paiement en 3 fois sans frais dès {price} d'achat",
           "Ta commande {order} arrive en deux colis, ne t'inquiète pas",
           "Hello, Aurore à l'appareil (SAV), je reprends ton dossier",
           "Le jeu est ouvert en France, Belgique, Suisse et Luxembourg",
           "Les « tokens » de fidélité c'est juste le nom de nos points, rien à voir avec la crypto 😄",
           "Les clés de l'atelier sont chez {prenom}, passe quand tu veux", "Ça a l'air top ton idée, on en parle le {date} ?",
           "Jpeux pas ce soir dsl, on se cale ça demain ?", "Trop hâte de voir le rendu final, ça va être ouf ✨",
           "Petit rappel : les expéditions partent le mardi et le vendredi",
           "Le code d'accès au parking sera dans la convocation du shooting",
           "La propriété intellectuelle (l'IP) des photos reste à toi, c'est dans le contrat",
           "Septante-cinq euros la box, c'est le prix juste, on ne peut pas faire moins",
           "Les frais de port vers la Suisse sont de CHF 9.–, dédouanement compris",
           "On livre à Dakar et Abidjan avec notre partenaire, compte une semaine",
           "Ton avis compte : c'est raté ou pas, dis-le-nous sans filtre", "Tu peux garder l'échantillon, cadeau de la maison 🎁",
           "Merci d'avoir pris le temps de nous écrire, vraiment", "Le coffret « Bain de minuit » est limité à 500 pièces",
           "Le mot de passe du Wi-Fi invité est affiché à l'accueil du salon",
           "Le bouton « créer mon mot de passe » est en bas du mail d'activation",
           "Aurore et {prenom} seront au salon de Lyon le {date}, passez dire coucou",
           "Ça fait plaisir de lire ça, on transmet à toute l'équipe 🥰",
           "On a bien reçu ton retour du {date}, le remboursement de {price} suit"],
    "en": ["Parcel {order} just got scanned at the Daventry hub, it's moving 🙌",
           "Gift set's {price_en} instead of {price_en2}, about a hundred left",
           "Your box should land around {date_en}, you'll get a text the day before",
           "The lipstick you're after is {sku}, product page: {brand_url}",
           "Reminder: nobody here will ever ask for your password",
           "If the app keeps logging you out, reinstall it, your password stays the same",
           "Honestly the first gloss was bad, we reworked it from scratch", "Aww thank you for this!!",
           "Official carrier tracking: {public_url}", "Voting closes {date_en} at midnight, winners announced the day after",
           "We've put {price_en} back on your account as store credit",
           "Aurore will ring you tomorrow, she looks after trade accounts",
           "Your tracking code is {tracking}, should show on the carrier site tonight",
           "{promo} gets you {pct}% off sitewide until {date_en} 🎉",
           "Cooking live with @{handle} on {date_en}, testing the new casserole dish",
           "1,200 pre-orders already, mad, thank you 🥹", "The size 12 is back Thursday, we'll ping you",
           "Case {ticket}: we just need a photo of the damaged item",
           "Refund of {price_en} sent, your bank may take up to 72 hours", "T&Cs are here: [full rules]({brand_url})",
           "For returns, print the label from your account and drop it at any collection point",
           "Our bad, your request slipped through, sorting it now",
           "Candles are hand-poured in Margate, doesn't get more local 🕯️",
           "You've got until {date_en} to send the jacket back if it doesn't fit",
           "We're around 9 to 6 on weekdays and Saturday mornings too",
           "Foundation shade 3 is sold out, restock end of the month", "Noted, letting the warehouse know 👍",
           "Your parcel's waiting at the pickup point, collection code is in the text",
           "No fragrance in the cream at all, sensitive skin folks love it",
           "Tonight 7pm we're live unboxing the advent calendar 🎁",
           "Heads up: no real advisor needs your card PIN, ever",
           "Be careful with delivery texts, the only official site is [royalmail.com](https://www.royalmail.com/track-your-item)",
           "Invoice INV/{year}/{ticket} is under \"My orders\"", "Well done {name}, you won the Mother's Day hamper 💐",
           "The scrub isn't bad, it's just gentler than the old one", "That {price_en} charge is your {date_en} box, all normal",
           "Under 2 kg so no surcharge", "Exchange approved! right size ships tomorrow morning",
           "{promo} doesn't stack with already-discounted gift sets, sorry",
           "Shoot's booked for {date_en} at {hour_en} at the studio, bring your outfits",
           "Perfect thanks!", "Got it 👍", "Great, see you Thursday!", "So cool thanks {name}!!", "Sounds good", "Ace 👌",
           "Happy to help 😊", "Noted", "Absolutely!", "ta x", "Cheers mate",
           "Winners go up on stories {date_en} around 6", "Your request {order} is being reviewed, answer within 5 days",
           "Autumn palette lands {date_en}, RRP {price_en}", "I really get why you're frustrated, we'll find a fix",
           "Gutted the jar arrived open, we're sending a new one",
           "Accounts promising you a free iPhone aren't us, please report them",
           "The draw was overseen by an independent adjudicator", "Size chart: {brand_url}",
           "Your loyalty card gives you {pct}% off next order",
           "Free Tuesday {hour_en} for a call with the creative team?", "{name} signed, campaign goes live {date_en} 🚀",
           "To track your parcel only use {public_url}, not links from texts",
           "App v4.1 is out, the basket stops emptying itself, finally",
           "On your statement the debit will show our creditor ID {ics}",
           "The bank gave us reference {txn} for your claim", "Invoice to: Pivoine Paris SAS, SIRET {siret}",
           "Barcode is {ean}, your chemist can order it in", "Sent DHL Express, tracking link comes by email",
           "Gone already?! Yep, the whole batch went before lunch 🤯",
           "Yes we ship to Ireland and Australia, costs show at checkout",
           "Your card ending {last4} was charged {price_en}",
           "Bank details by message? never from us, don't send them to anyone",
           "Not gonna lie, it's not great on oily skin, we'd rather be upfront",
           "DM us and we'll get back to you same day", "Promise the next box won't be as much of a flop as March 😅",
           "Studio's closed {date_en} to {date_en2} for stocktake", "FAQ's here: [{brand_url}]({brand_url})",
           "Pay in 3 interest-free from {price_en}", "Your order {order} is coming in two parcels, don't panic",
           "Hi, Aurore from customer care here, I'm picking up your case",
           "Giveaway is open to UK, Ireland and Australia residents",
           "Loyalty \"tokens\" are just what we call our points, nothing to do with crypto 😄",
           "Keys to the studio are with {name}, pop by whenever", "Love the idea, shall we chat {date_en}?",
           "cant tonight soz, tomorrow?", "Can't wait to see the final edit, it's gonna be sick ✨",
           "Quick reminder: orders ship Tuesdays and Fridays", "Parking access code will be in the call sheet for the shoot",
           "IP on the photos (intellectual property) stays with you, it's in the contract",
           "Shipping to Canada is C$12, duties included", "Be honest, was it a flop? tell us straight",
           "Keep the sample, on the house 🎁", "Thanks for taking the time to write, genuinely",
           "The \"Midnight Swim\" set is limited to 500 pieces", "Guest wifi password is on the card at reception",
           "The \"create password\" button is at the bottom of the activation email",
           "Mate the colour on that reel is unreal, nice one",
           "Heaps of people asking about the bronzer, can we restock before summer?",
           "Aurore and {name} will be at the Birmingham show on {date_en}, come say hi"],
}

OPENERS = {"fr": ["Bonjour {prenom} 🙂", "Hello hello {prenom} !", "Coucou toi 😊", "Bonsoir à vous,", "Slt {prenom}", "Bjr,",
                  "Allo {prenom}!", "Salut la team,", "Yo {prenom}", "Bonjour à toute l'équipe,", "Hey {prenom} 👋",
                  "Madame, Monsieur,", "Re !"],
           "en": ["Hi {name} -", "Heya {name}!", "Hiya,", "Morning all,", "G'day {name},", "Evening team,", "Hey hey 👋",
                  "Dear {name},", "Yo,", "Hello there,", "Hi guys,"]}
CLOSERS = {"fr": ["Bonne fin de journée !", "Bisous 😘", "À+", "Tchao", "Cordialement, {prenom}", "Merci d'avance 🙏",
                  "Belle soirée ✨", "Toute l'équipe {brand} 💛", "À tantôt !", "Des bises"],
           "en": ["Cheers x", "Kind regards,", "Talk soon!", "Ta,", "Thanks heaps 🙏", "Best wishes,", "— {brand} team", "xo",
                  "Have a good one!", "Speak soon x"]}

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

# ---------------------------------------------------------------- assembly
SLOT = re.compile(r"\{(f:)?([a-z_0-9./]+)\}")
TYPO_WORD = re.compile(r"(?<![\w@./:-])[a-zàâçéèêëîïôûùüÿ]{5,}(?![\w@./:-])")
UNACCENT = str.maketrans("àâçéèêëîïôûùü", "aaceeeeiiouuu")


def fr_typo(frame):
    """Non-breaking spaces before : ! ? ; » and curly apostrophes, applied to frame text only."""
    if chance(0.75):
        sp = NBSP if chance(0.65) else NNBSP
        frame = re.sub(r" ([:!?;»])", sp + r"\1", frame)
        frame = frame.replace("« ", "«" + sp)
    if chance(0.3):
        frame = frame.replace("'", "’")
    return frame


def typo_segment(seg):
    words = list(TYPO_WORD.finditer(seg))
    if not words:
        return seg
    m = pick(words)
    w = m.group()
    op = R.random()
    i = R.randint(1, len(w) - 2)
    if op < 0.3:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < 0.55:
        w2 = w[:i] + w[i + 1:]
    elif op < 0.75:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w.translate(UNACCENT)
    return seg[:m.start()] + w2 + seg[m.end():]


def add_typos(frame):
    """A human slip in the literal text only (never inside slots, never in frames holding URLs)."""
    if "http" in frame or "www" in frame or "@" in frame or "](" in frame:
        return frame
    parts = SLOT.split(frame)
    # SLOT.split yields [lit, f:, name, lit, f:, name, lit...]; rebuild with one typo in a literal
    lits = [i for i in range(0, len(parts), 3)]
    i = pick(lits)
    parts[i] = typo_segment(parts[i])
    out = []
    for j in range(0, len(parts), 3):
        out.append(parts[j])
        if j + 2 < len(parts):
            out.append("{" + (parts[j + 1] or "") + parts[j + 2] + "}")
    return "".join(out)


ELISION = re.compile(r"(^|[\s(])([Qq]u|[Dd]|[Ll]|[Jj])e $")


def elide(prefix, val, lang):
    """French elision before a vowel-initial value: 'que Axelle' -> 'qu'Axelle', 'de Opération' -> 'd'Opération'."""
    if lang != "fr" or not val or strip_accents(val[0]).lower() not in "aeiou":
        return prefix
    m = ELISION.search(prefix)
    if not m:
        return prefix
    return prefix[:m.start(2)] + m.group(2) + pick(["'", "’"])


def sentence_start(prefix):
    t = prefix.rstrip(" \u00a0\u202f")
    return t == "" or t[-1] in ".!?\n"


def render(frame, lang, typos=False):
    """Return (text, findings); findings carry start/end relative to the returned text and the value."""
    if typos and chance(0.3):
        frame = add_typos(frame)
    if lang == "fr":
        frame = fr_typo(frame)
    text, findings, last, memo = "", [], 0, {}
    for m in SLOT.finditer(frame):
        text += frame[last:m.start()]
        last = m.end()
        name = m.group(2)
        if m.group(1):
            key, _, variant = name.partition("/")
            res = GEN[key](lang, variant or None)
            val, extra = (res if isinstance(res, tuple) else (res, []))
            if key in CAPITALIZE_AT_START and sentence_start(text):
                val = val[0].upper() + val[1:]
            if lang == "en" and val[:1].lower() in "aeio" and re.search(r"(^|\s)[aA] $", text):
                text = text[:-2] + text[-2] + "n "
            text = elide(text, val, lang)
            cat, kind = key.split(".")
            for c, k in [(cat, kind)] + extra:
                findings.append({"category": c, "kind": k, "start": len(text), "end": len(text) + len(val), "_v": val})
        else:
            if name not in memo:  # the same filler twice in one frame means the same value
                memo[name] = FILLERS[name]()
            val = memo[name]
            text = elide(text, val, lang)
        text += val
    text += frame[last:]
    return text, findings


def join(pieces):
    text, finds = "", []
    for i, (t, fs) in enumerate(pieces):
        if i:
            text += pick([" ", " ", " ", "\n", "\n\n"]) if len(pieces) > 2 else pick([" ", " ", "\n"])
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
        k = pick([1, 1, 2, 2, 2, 3, 3, 4])
        for fr in R.sample(CLEAN[lang], k):
            pieces.append(render(fr, lang, typos=True))
    elif primary == "combo":
        pieces.append(render(pick(COMBOS[lang]), lang))
    else:
        pieces.append(render(pick(FRAMES[primary][lang]), lang))
        cat = primary.split(".")[0]
        if chance(0.3):
            side = cat in CUSTOMER_SIDE
            if chance(0.2):
                side = not side
            others = [k for k in ALL_KINDS if k.split(".")[0] != cat and k != "secret.private_key"
                      and (k.split(".")[0] in CUSTOMER_SIDE) == side]
            sec = pick(others)
            pieces.append(render(pick(FRAMES[sec][lang]), lang))
            if chance(0.25):
                third = pick([k for k in others if k.split(".")[0] != sec.split(".")[0]])
                pieces.append(render(pick(FRAMES[third][lang]), lang))
        R.shuffle(pieces)
        if chance(0.45):
            for _ in range(2 if chance(0.2) else 1):
                pieces.insert(R.randint(0, len(pieces)), render(pick(CLEAN[lang]), lang, typos=True))
    if chance(0.25):
        pieces.append(render(pick(CLOSERS[lang]), lang, typos=True))
    text, finds = join(pieces)
    if chance(0.45):
        op, _ = render(pick(OPENERS[lang]), lang, typos=True)
        sep = "\n" if chance(0.7) else " "
        if sep == " " and op.endswith(",") and text[:1].isupper() and not text[:2].isupper() \
                and not any(f["start"] == 0 for f in finds):
            text = text[0].lower() + text[1:]
        off = len(op) + len(sep)
        text = op + sep + text
        for f in finds:
            f["start"] += off
            f["end"] += off
    return text, finds


# ---------------------------------------------------------------- checks
def norm(s):
    return strip_accents(s).lower()


LEX_NORM = {norm(t) for t in LEXICON}
LEX_RE = [re.compile(r"(?<![\w-])" + re.escape(norm(t)) + r"(?![\w-])") for t in LEXICON]
CAPS_TOKEN = re.compile(r"^[^\w]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)[^\w]*$")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s\"'«»<>\]\)]+")
MD_RE = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
DIGITRUN_RE = re.compile(r"(?<![\dA-Za-z])\d(?:[ \u00a0\u202f.-]?\d){12,18}(?!\d)")
IBANISH_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0\u202f]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0\u202f]?[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])")
NIRISH_RE = re.compile(r"(?<!\d)[12](?:[ \u00a0.-]{0,3}\d){14}(?!\d)")
PHONEISH_RE = re.compile(r"(?:\+|\b00)\d{1,3}[\s\u00a0().-]*\d[\d\s\u00a0().-]{6,}\d|\b0\d(?:[ .\u00a0-]?\d{2}){4}\b")
BIRTH_CTX = re.compile(r"(né|née|naiss|ddn|d\.d\.n|born|birth|dob|d\.o\.b)", re.I)
PW_CTX = re.compile(r"(mdp|mot de passe|pass|pwd|pw\b|wifi|password)", re.I)
SHOUT_ALL = {s for s in SHOUT_FR + SHOUT_EN}
HOSTILE = {"illegal.hate": HATE_FR + HATE_EN, "illegal.threat": THREAT_FR + THREAT_EN,
           "insult.insult": INSULT_FR_N + INSULT_FR_V + INSULT_EN_N + INSULT_EN_V, "tone.aggressive": AGGR_FR + AGGR_EN}
HOSTILE = {k: {v.lower() for v in vs} for k, vs in HOSTILE.items()}


def caps_runs(text):
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


def covered(span, findings, cats=None, kinds=None):
    s, e = span
    return any(f["start"] < e and s < f["end"] and (cats is None or f["category"] in cats) and
               (kinds is None or f["kind"] in kinds) for f in findings)


def inside(span, findings, cats):
    s, e = span
    return any(f["start"] <= s and e <= f["end"] and f["category"] in cats for f in findings)


def url_host(u):
    u = re.sub(r"^https?://", "", u)
    h = re.split(r"[/?#]", u, 1)[0]
    if h.startswith("["):
        return h[1:h.index("]")]
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


def is_ip(h):
    try:
        ipaddress.ip_address(h)
        return True
    except ValueError:
        return False


def check_finding(t, f):
    span = t[f["start"]:f["end"]]
    k = f["category"] + "." + f["kind"]
    before = t[max(0, f["start"] - 60):f["start"]]
    ok = True
    if k == "pii.email":
        ok = re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", span) is not None
    elif k == "pii.phone":
        nd = sum(c.isdigit() for c in span)
        ok = 8 <= nd <= 15 and re.fullmatch(r"\(?\+?[\d(][\d ()./\u00a0-]*\d", span) is not None
    elif k == "pii.iban":
        ok = iban_valid(span) and re.fullmatch(r"[A-Za-z0-9 \u00a0\u202f]+", span) is not None
    elif k == "pii.card":
        nd = sum(c.isdigit() for c in span)
        ok = luhn_ok(span) and 13 <= nd <= 19 and re.fullmatch(r"[\d \u00a0\u202f.-]+", span) is not None
    elif k == "pii.nir":
        d = nir_digits(span)
        ok = len(d) == 15 and d[0] in "12" and nir_key(d[:13]) == int(d[13:])
    elif k == "pii.ip":
        ok = is_ip(span)
    elif k == "pii.address":
        ok = len(span) >= 12 and re.search(r"\d", span) is not None
    elif k == "pii.birthdate":
        ok = re.search(r"(19|20)\d\d|\d\d$", span) is not None and BIRTH_CTX.search(before) is not None
    elif k == "secret.password":
        after = t[f["end"]:f["end"] + 30]
        ok = not re.search(r"\s", span) and (PW_CTX.search(before[-45:]) or PW_CTX.search(after)) is not None
    elif k == "secret.api_key":
        ok = not re.search(r"\s", span) and len(span) >= 20
    elif k == "secret.private_key":
        m = re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n[\s\S]+\n-----END ([A-Z ]+)-----", span)
        ok = m is not None and m.group(1) == m.group(2) and "PRIVATE KEY" in m.group(1)
    elif k == "secret.token":
        if span.startswith("eyJ"):
            parts = span.split(".")
            try:
                hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
                ok = len(parts) == 3 and "alg" in hdr
            except Exception:
                ok = False
        else:
            ok = re.search(r"bearer $", t[:f["start"]], re.I) is not None and not re.search(r"\s", span)
    elif k == "confidential.lexicon":
        ok = norm(span) in LEX_NORM
    elif f["category"] == "link":
        if k == "link.mismatch":
            m = MD_RE.fullmatch(span)
            ok = m is not None and url_host(m.group(1)).removeprefix("www.") != url_host(m.group(2)).removeprefix("www.")
        else:
            host = url_host(span).lower()
            ok = not re.search(r"\s", span)
            if k == "link.insecure":
                ok = ok and span.startswith("http://")
            elif k == "link.ip_host":
                ok = ok and is_ip(host)
            elif k == "link.punycode":
                ok = ok and any(l.startswith("xn--") for l in host.split("."))
            elif k == "link.lookalike":
                ok = ok and any(host == h.lower() or host.endswith("." + h.lower()) for h in LOOKALIKE_HOSTS) \
                    and host not in REAL_BRAND_HOSTS
            elif k == "link.shortener":
                ok = ok and host in SHORTENERS
            elif k == "link.blocklisted":
                ok = ok and any(host == b or host.endswith("." + b) for b in BLOCKED)
            if span.startswith("http://") and k != "link.insecure":
                ok = ok and any(g["kind"] == "insecure" and g["start"] == f["start"] and g["end"] == f["end"]
                                for g in CURRENT_FINDINGS)
    elif k in HOSTILE:
        ok = span.lower() in HOSTILE[k]
    elif k == "tone.shouting":
        ok = span in SHOUT_ALL and caps_runs(span) == [(0, len(span))]
    elif k == "tone.punctuation":
        prev = t[f["start"] - 1] if f["start"] > 0 else ""
        nxt = t[f["end"]] if f["end"] < len(t) else ""
        ok = re.fullmatch(r"[!?]{3,}", span) is not None and prev not in ("!", "?") and nxt not in ("!", "?")
    return ok


CURRENT_FINDINGS = []


def check_row(r):
    """Return a list of problems (empty = row is correctly labeled)."""
    global CURRENT_FINDINGS
    t, fs = r["text"], r["findings"]
    CURRENT_FINDINGS = fs
    probs = []
    if r["lang"] not in ("fr", "en"):
        probs.append("lang")
    for f in fs:
        if f["category"] not in KINDS or f["kind"] not in KINDS[f["category"]]:
            probs.append(("bad kind", f))
            continue
        if not (0 <= f["start"] < f["end"] <= len(t)):
            probs.append(("bad offsets", f))
            continue
        span = t[f["start"]:f["end"]]
        if span != span.strip() or not span:
            probs.append(("untrimmed span", span))
        if not check_finding(t, f):
            probs.append(("value check", f["category"] + "." + f["kind"], span))
    # a link finding that is http:// must have its insecure twin, and insecure findings are always http://
    nt = norm(t)
    for rx in LEX_RE:
        for m in rx.finditer(nt):
            if not covered(m.span(), fs, {"confidential"}, {"lexicon"}):
                probs.append(("unlabeled lexicon", m.group()))
    for m in re.finditer(r"[!?]{3,}", t):
        if not (covered(m.span(), fs, {"tone"}, {"punctuation"}) or inside(m.span(), fs, {"secret"})):
            probs.append(("unlabeled punct", m.group()))
    for s, e in caps_runs(t):
        if not (covered((s, e), fs, {"tone"}, {"shouting"}) or inside((s, e), fs, {"secret"})):
            probs.append(("unlabeled caps run", t[s:e]))
    for m in re.finditer(r"http://\S+", t):
        if not covered(m.span(), fs, {"link"}, {"insecure"}):
            probs.append(("unlabeled http", m.group()))
    for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", t):
        if not covered(m.span(), fs, {"pii"}, {"email"}):
            probs.append(("unlabeled email", m.group()))
    for m in URL_RE.finditer(t):
        u = m.group().rstrip(".,;:!?")
        if covered(m.span(), fs, {"link"}) or inside(m.span(), fs, {"secret"}):
            continue
        if url_host(u).lower() not in CLEAN_HOSTS:
            probs.append(("unlabeled url", u))
    for m in MD_RE.finditer(t):
        if covered(m.span(), fs, {"link"}, {"mismatch"}):
            continue
        vis, tgt = m.group(1), m.group(2)
        looks_like_url = re.search(r"\.[a-z]{2,}(/|$)", vis) is not None
        if looks_like_url and url_host(vis).removeprefix("www.") != url_host(tgt).removeprefix("www."):
            probs.append(("unlabeled mismatch", m.group()))
    for host in LOOKALIKE_HOSTS + BLOCKED + [s + "/" for s in SHORTENERS]:
        for m in re.finditer(re.escape(host), t, re.I):
            if not covered(m.span(), fs, {"link"}):
                probs.append(("unlabeled risky host", host))
    for m in re.finditer(r"xn--", t):
        if not covered(m.span(), fs, {"link"}, {"punycode"}):
            probs.append("unlabeled punycode")
    for m in IPV4_RE.finditer(t):
        if not covered(m.span(), fs, {"pii", "link"}):
            probs.append(("unlabeled ipv4", m.group()))
    for m in re.finditer(r"eyJ[\w-]{8,}", t):
        if not covered(m.span(), fs, {"secret"}):
            probs.append("unlabeled jwt")
    for m in re.finditer(r"BEGIN", t):
        if not covered(m.span(), fs, {"secret"}, {"private_key"}):
            probs.append("unlabeled key block")
    for m in re.finditer(r"(?i)bearer\s+(\S+)", t):
        if not covered(m.span(1), fs, {"secret"}, {"token"}):
            probs.append("unlabeled bearer token")
    for m in DIGITRUN_RE.finditer(t):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d) and d[0] in "23456" and not covered(m.span(), fs, {"pii", "secret"}):
            probs.append(("unlabeled luhn number", m.group()))
    for m in IBANISH_RE.finditer(t):
        if iban_valid(m.group()) and not covered(m.span(), fs, {"pii"}, {"iban"}) and not inside(m.span(), fs, {"secret"}):
            probs.append(("unlabeled iban", m.group()))
    for m in NIRISH_RE.finditer(t):
        d = nir_digits(m.group())
        if len(d) == 15 and nir_key(d[:13]) == int(d[13:]) and not covered(m.span(), fs, {"pii", "secret"}):
            probs.append(("unlabeled nir-like", m.group()))
    if not fs:
        for m in PHONEISH_RE.finditer(t):
            probs.append(("phone-like in clean", m.group()))
        for bad in ("xn--", "BEGIN", "eyJ", "http://"):
            if bad in t:
                probs.append(("risky marker in clean", bad))
    # overlapping findings of the same kind would be ambiguous
    seen = [(f["category"], f["kind"], f["start"], f["end"]) for f in fs]
    if len(seen) != len(set(seen)):
        probs.append("duplicate finding")
    for a in fs:
        for b in fs:
            if a is not b and a["category"] == b["category"] and a["kind"] == b["kind"] \
                    and a["start"] < b["end"] and b["start"] < a["end"]:
                probs.append("overlapping same-kind findings")
    return probs


def validate(rows):
    seen = set()
    for r in rows:
        assert r["text"] not in seen, ("duplicate", r["id"])
        seen.add(r["text"])
        probs = check_row(r)
        assert not probs, (r["id"], probs)
    return True


# ---------------------------------------------------------------- main
def build(n):
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
        for _attempt in range(500):
            text, finds = make_message(lang, prim)
            limit = 1400 if any(f["kind"] == "private_key" for f in finds) else 720
            if not (3 <= len(text) <= limit) or text in seen:
                rejects["length/duplicate"] += 1
                continue
            finds.sort(key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))
            row = {"id": f"b3-{i + 1:05d}", "lang": lang, "text": text,
                   "findings": [{k: f[k] for k in ("category", "kind", "start", "end")} for f in finds]}
            bad = [f for f in finds if text[f["start"]:f["end"]] != f["_v"]]
            probs = check_row(row) + (["span != generated value"] if bad else [])
            if probs:
                rejects[str(probs[0])[:70]] += 1
                continue
            break
        else:
            raise SystemExit(f"could not build a valid message for {prim} ({lang})")
        seen.add(text)
        rows.append(row)
    return rows, rejects


def main():
    global R
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED_DEFAULT)
    ap.add_argument("-n", type=int, default=N_DEFAULT)
    ap.add_argument("-o", "--out", default=os.path.join(HERE, "blind3.jsonl"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print why candidates were redrawn")
    a = ap.parse_args()
    R = random.Random(a.seed)
    rows, rejects = build(a.n)
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
        print("redraws:", file=sys.stderr)
        for k, v in rejects.most_common(25):
            print(f"  {v:6d}  {k}", file=sys.stderr)


if __name__ == "__main__":
    main()
