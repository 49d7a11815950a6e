#!/usr/bin/env python3
"""Blind evaluation set #4 for the pre-send guard (written without looking at the scanner).

Deterministic, Python 3.11 stdlib only.
    python3 gen_blind4.py --seed 1 -n 3000 -o /tmp/gb4_1.jsonl [--stats]

Settings used here (all new compared with the dev set): esports and gaming communities, cosmetics and beauty
salons, amateur sports clubs and their ticketing, airlines and rail, real estate and flat rentals, public
transport, pet shops and vets, crowdfunding, B2B SaaS support, second-hand fashion, fan clubs, local councils and
libraries, garden centres, bike repair.

The eval lists (lexicon, blocked domains, protected brands) are read from $EVAL_DIR, by default
../../../../shared/eval relative to this file. Offsets are recorded as each value is inserted, and every line
is re-checked (spans, mod-97, Luhn, NIR keys, coverage of risky patterns, cleanliness of clean lines) before the
file is written.
"""
import argparse
import base64
import codecs
import ipaddress
import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
from eval_lists import KINDS, protected_brands, read_list  # noqa: E402

CLEAN_SHARE = 0.35
FR_SHARE = 0.60
NBSP = "\u00a0"
NNBSP = "\u202f"

ALL_KINDS = [f"{c}.{k}" for c, ks in KINDS.items() for k in ks]

# primary-kind weights: roughly the dev mix, leaning towards hostile language, addresses, phones, passwords
WEIGHTS = {k: 1.0 for k in ALL_KINDS}
WEIGHTS.update({"illegal.hate": 2.2, "illegal.threat": 2.2, "insult.insult": 2.2, "tone.aggressive": 2.2,
                "pii.address": 1.7, "pii.phone": 1.7, "secret.password": 1.7, "pii.card": 1.2,
                "link.blocklisted": 1.2, "link.mismatch": 1.2, "secret.token": 1.1, "pii.nir": 1.1,
                "link.insecure": 0.7, "secret.private_key": 0.7, "combo": 3.2})

R = random.Random(0)


LEXICON = read_list("lexicon.txt")
BLOCKED = read_list("blocked-domains.txt")
BRANDS = protected_brands()
BRAND_DOMAINS = [d for _, ds in BRANDS for d in ds]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(s):
    return strip_accents(s).lower()


def pick(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def rnd(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"


# ------------------------------------------------------------------ check-digit machinery
def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban):
    s = re.sub(r"\s", "", iban).upper()
    if len(s) < 8 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


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


def nir_key(n13):
    return 97 - int(n13) % 97


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ------------------------------------------------------------------ fillers (names, places, numbers)
PRENOMS = ["Maëlys", "Noémie", "Baptiste", "Quentin", "Lilou", "Romane", "Enzo", "Clément", "Margaux", "Yanis",
           "Salomé", "Gaëtan", "Ophélie", "Killian", "Amadou", "Fatou", "Moussa", "Aïssatou", "Karim", "Nadia",
           "Sylvain", "Brigitte", "Gérard", "Élodie", "Loïc", "Solène", "Tanguy", "Awa", "Ibrahima", "Mélissa",
           "Jérémy", "Capucine", "Florian", "Maxime", "Anne-Sophie", "Jean-Luc", "Mireille", "Gaspard", "Rachida",
           "Thibault", "Héloïse", "Marius", "Bérénice", "Samir", "Justine", "Wassim", "Coralie", "Félix"]
NOMS = ["Le Gall", "Perrin", "Chevalier", "Barbier", "Diallo", "Ndiaye", "Traoré", "Boucher", "Renaud", "Collin",
        "Vasseur", "Poulain", "Leclerc", "Masson", "Aubert", "Tessier", "Gauthier", "Tremblay", "Gagnon",
        "Bouchard", "Côté", "Peeters", "Janssens", "Maes", "Favre", "Rochat", "Bonvin", "El Amrani", "Benjelloun",
        "Haddad", "Mbaye", "Kouassi", "Lemaire", "Carré", "Hoarau", "Pelletier", "Morin", "Guillot"]
NAMES = ["Aoife", "Ciarán", "Niamh", "Seán", "Siobhan", "Declan", "Harriet", "Oliver", "Poppy", "Alfie", "Freya",
         "Hamish", "Isla", "Callum", "Priya", "Marcus", "Tyler", "Kayla", "Brandon", "Madison", "Darnell", "Keisha",
         "Connor", "Megan", "Rosie", "Wei", "Arjun", "Bethany", "Gareth", "Lucy", "Dominic", "Imogen", "Tariq"]
LASTS = ["O'Brien", "Byrne", "Kelly", "Doyle", "Fitzgerald", "Thompson", "Evans", "Roberts", "Harrison", "Wright",
         "Khan", "Singh", "Okonkwo", "Rodriguez", "Kowalski", "Lindqvist", "McAllister", "Baxter", "Fletcher",
         "Gallagher", "Sutherland", "Ramsey", "Delgado", "Whitfield"]
HANDLES = ["grenat.esport", "zoe_ridesgravel", "les_loups_ebene", "rayon.atelier", "fripe_et_fil", "mediatheque.vevey",
           "nightowls_gg", "vetdestilleuls", "potager.de.lou", "airlazuli_fr", "club.ovalie.tours", "kiki.lashes",
           "tabula_crm", "cyclofix.liege", "secondsouffle.fripes", "fanclub.etoiles"]
CLUBS_FR = ["le Vélo Club de Pornic", "l'Étoile sportive de Lorient", "le Cercle d'escrime de Namur",
            "le Rugby Club Villeneuve", "l'Entente basket de Sion", "le Hockey Club de Laval",
            "la Pétanque du Lac", "le Volley Club de Bayonne", "l'Aviron Rouennais", "le Judo Club de Lévis"]
CLUBS_EN = ["Kilkenny Harriers", "the Bristol Kestrels netball club", "Leith Rowing Club", "Oakland Roller Derby",
            "Cork Cyclones", "the Galway hurling juniors", "Brighton Seagulls Ultimate", "Dundee Curling Club"]
TEAMS = ["Team Grenat", "Les Loups d'Ébène", "NightOwls", "Vortex Gaming", "Brume Esport", "Pixel Sirens",
         "Les Sangliers du Jura", "Hexagone Rising"]
GAMES = ["Valorant", "Rocket League", "League of Legends", "Overwatch 2", "Smash Bros", "Trackmania", "FIFA",
         "Counter-Strike 2", "Street Fighter 6"]
AIRLINES = ["Air Lazuli", "Brisa Air", "Aéro Lys", "Transalpine Rail", "Celtic Wings", "Ouest Rail"]
AGENCIES = ["l'agence du Beffroi", "Immo Lac Léman", "l'agence Horizon Locations", "Saint-Laurent Immobilier",
            "l'agence des Remparts"]
VETS = ["la clinique vétérinaire des Tilleuls", "Croquettes & Cie", "l'animalerie du Port", "le cabinet véto des Saules"]
SHOPS = ["l'Atelier du Rayon", "Cyclofix Liège", "la Jardinerie des Quatre Saisons", "Second Souffle Fripes",
         "Fripe & Fil", "Kiki Lashes Studio", "la médiathèque Jules-Verne", "Tabula CRM"]
PETS = ["Filou", "Moka", "Pistache", "Ondine", "Rocky", "Nala", "Biscotte", "Caramel", "Oslo", "Praline"]
LIGNES = ["la ligne 7", "le tram T2", "la ligne C", "le bus 42", "le métro ligne 14", "la navette de nuit N3",
          "le TER Nantes-Pornic", "le bus 18"]
FILMS_FR = ["« Le Dîner de cons »", "« Les Tontons flingueurs »", "« La Haine »", "« Bienvenue chez les Ch'tis »",
            "« Le Père Noël est une ordure »", "« Les Bronzés font du ski »", "« OSS 117 »", "« La Cité de la peur »"]
FILMS_EN = ["\"Kill Bill\"", "\"Die Hard\"", "\"Dumb and Dumber\"", "\"The Jerk\"", "\"Hot Fuzz\"",
            "\"Shaun of the Dead\"", "\"Idiocracy\"", "\"Mean Girls\"", "\"Reservoir Dogs\"", "\"Killers of the Flower Moon\""]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# https pages that are fine to post (real brand domains from protected-brands.txt and fictional club/shop sites)
SAFE_URLS_FR = ["https://billetterie.rugby-villeneuve.fr/matchs", "https://www.jardinerie-quatre-saisons.fr/conseils/taille-des-rosiers",
                "https://mediatheque.ville-vevey.ch/catalogue", "https://www.atelierdurayon.be/reparations/tarifs",
                "https://www.second-souffle-fripes.fr/pages/retours", "https://www.airlazuli.com/fr/bagages",
                "https://www.cagnotte-solidaire.org/faq", "https://www.sncf-connect.com/aide/retard",
                "https://www.decathlon.fr/landing/atelier-velo", "https://www.caf.fr/allocataires/mes-services-en-ligne",
                "https://www.ameli.fr/assure/remboursements/rembourse", "https://www.leboncoin.fr/compte/part/mes-annonces",
                "https://www.impots.gouv.fr/accueil", "https://www.laposte.fr/particulier/lettres",
                "https://www.colissimo.fr/entreprise", "https://www.chronopost.fr/fr/aide",
                "https://www.vinted.fr/member/general/settings", "https://www.orange.fr/portail",
                "https://www.credit-agricole.fr/particulier/acceder-a-mes-comptes.html",
                "https://www.instagram.com/fanclub.etoiles/", "https://www.tiktok.com/@grenat.esport",
                "https://vetdestilleuls.fr/prendre-rendez-vous", "https://www.tanneo-mobilites.fr/horaires/ligne-7"]
SAFE_URLS_EN = ["https://tickets.kilkennyharriers.ie/fixtures", "https://help.tabula-crm.com/en/articles/billing",
                "https://www.celticwings.ie/manage-booking", "https://www.brightonultimate.co.uk/join",
                "https://www.amazon.com/gp/help/customer/display.html", "https://www.paypal.com/myaccount/transfer",
                "https://appleid.apple.com/", "https://accounts.google.com/signin", "https://www.microsoft.com/en-gb/microsoft-365",
                "https://www.netflix.com/browse", "https://www.facebook.com/groups/corkcyclones",
                "https://status.tabula-crm.com/", "https://www.oaklandrollerderby.org/tickets",
                "https://library.dundeecity.gov.uk/opening-hours", "https://www.rewear-dublin.ie/returns"]
THEMED_URLS = {
    "rail": (["https://www.sncf-connect.com/aide/retard", "https://www.tanneo-mobilites.fr/horaires/ligne-7",
              "https://www.airlazuli.com/fr/bagages", "https://www.sncf-connect.com/app/trips"],
             ["https://www.celticwings.ie/manage-booking", "https://www.galwaycitybus.ie/timetables",
              "https://www.celticwings.ie/delay-compensation"]),
    "club": (["https://billetterie.rugby-villeneuve.fr/matchs", "https://www.instagram.com/fanclub.etoiles/",
              "https://billetterie.rugby-villeneuve.fr/abonnements"],
             ["https://tickets.kilkennyharriers.ie/fixtures", "https://www.oaklandrollerderby.org/tickets",
              "https://www.brightonultimate.co.uk/join", "https://www.facebook.com/groups/corkcyclones"]),
    "beauty": (["https://www.kikilashes-studio.fr/reservation", "https://www.kikilashes-studio.fr/tarifs"],
               ["https://www.kikilashes-studio.fr/en/booking"]),
    "saas": (["https://help.tabula-crm.com/fr/articles/integrations", "https://status.tabula-crm.com/"],
             ["https://help.tabula-crm.com/en/articles/billing", "https://status.tabula-crm.com/"]),
    "bike": (["https://www.atelierdurayon.be/reparations/tarifs", "https://www.decathlon.fr/landing/atelier-velo"],
             ["https://www.atelierdurayon.be/en/repairs", "https://www.corkcyclones.ie/shop/tubes"]),
}
for _fr, _en in THEMED_URLS.values():
    SAFE_URLS_FR += _fr
    SAFE_URLS_EN += _en
SAFE_HOSTS = sorted({re.match(r"https://([^/]+)", u).group(1) for u in SAFE_URLS_FR + SAFE_URLS_EN})


def _month_day():
    return R.randint(1, 28), R.randint(1, 12)


def date_fr():
    d, m = _month_day()
    y = R.choice([2024, 2025, 2026])
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_FR[m - 1]}", f"{R.choice(DAYS_FR)} {d} {MONTHS_FR[m - 1]}",
                     f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS_FR[m - 1]} {y}"])


def ordinal(d):
    return "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def date_en():
    d, m = _month_day()
    y = R.choice([2024, 2025, 2026])
    return R.choice([f"{MONTHS_EN[m - 1]} {d}", f"{R.choice(DAYS_EN)} {d} {MONTHS_EN[m - 1]}", f"{d}/{m}/{y}",
                     f"{MONTHS_EN[m - 1]} {d}, {y}", f"the {d}{ordinal(d)} of {MONTHS_EN[m - 1]}"])


def old_date_fr():
    d, m = _month_day()
    return R.choice([f"{d} {MONTHS_FR[m - 1]} {R.randint(1905, 1999)}", f"{d:02d}/{m:02d}/{R.randint(1950, 2005)}"])


def old_date_en():
    d, m = _month_day()
    return R.choice([f"{MONTHS_EN[m - 1]} {d}, {R.randint(1890, 1999)}", f"{d} {MONTHS_EN[m - 1]} {R.randint(1920, 2004)}"])


def price_fr(big=False):
    """Prices with French typography (no-break spaces), a few CHF / CAD / FCFA amounts."""
    r = R.random()
    cents = R.choice(["00", "50", "90", "95", "99"])
    sp = R.choice([NBSP, NBSP, NNBSP])
    if big:
        n = R.randint(450, 2900)
        if r < 0.7:
            return f"{n // 1000}{sp}{n % 1000:03d},{R.choice(['00', '50'])}{NBSP}€" if n >= 1000 else f"{n},00{NBSP}€"
        if r < 0.85:
            return f"CHF{NBSP}{n // 1000}'{n % 1000:03d}.–" if n >= 1000 else f"CHF{NBSP}{n}.–"
        return f"{n // 1000}{NBSP}{n % 1000:03d},00{NBSP}$" if n >= 1000 else f"{n},00{NBSP}$"
    if r < 0.6:
        return f"{R.randint(3, 150)},{cents}{sp}€"
    if r < 0.75:
        return f"{R.randint(4, 95)}{NBSP}€"
    if r < 0.85:
        return f"CHF{NBSP}{R.randint(5, 120)}.–"
    if r < 0.93:
        return f"{R.randint(5, 140)},{cents}{NBSP}$"
    return f"{R.randint(1, 45)}{NBSP}{R.choice(['000', '500'])}{NBSP}FCFA"


def price_en(big=False):
    cur = R.choice(["£", "€", "$", "£"])
    if big:
        n = R.randint(450, 2900)
        return f"{cur}{n // 1000},{n % 1000:03d}" if n >= 1000 and R.random() < 0.8 else f"{cur}{n}"
    r = R.random()
    if r < 0.6:
        return f"{cur}{R.randint(3, 150)}.{R.choice(['00', '49', '50', '99'])}"
    if r < 0.85:
        return f"{cur}{R.randint(4, 120)}"
    return f"US${R.randint(5, 140)}"


def order_no():
    return R.choice([f"CMD-{R.randint(2024, 2026)}-{digits(6)}", f"#{R.randint(100000, 999999)}",
                     f"A{R.randint(10, 99)}-{digits(5)}", f"RES-{rnd(string.ascii_uppercase, 3)}{digits(4)}",
                     f"{R.randint(1, 9)}{digits(8)}"])


def sku():
    return R.choice([f"VEL-{digits(4)}-{R.choice(['S', 'M', 'L'])}", f"JQS-{digits(3)}{R.choice('ABCK')}",
                     f"FRP/{digits(5)}", f"CHB-{R.choice(['700x28', '700x32', '29x2.2', '26x1.95'])}",
                     f"LSH-{digits(2)}-{R.choice(['NOIR', 'BRUN'])}", f"SKU {digits(7)}"])


def tracking():
    r = R.random()
    if r < 0.35:
        return R.choice(["6A", "6C", "8R", "5V"]) + digits(11)
    if r < 0.65:
        body = digits(8)
        w = [8, 6, 4, 2, 3, 5, 9, 7]
        c = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
        c = 0 if c == 10 else (5 if c == 11 else c)
        return rnd(string.ascii_uppercase, 2) + body + str(c) + R.choice(["FR", "BE", "CH", "GB", "IE"])
    if r < 0.85:
        return "1Z" + rnd(UPALNUM, 6) + digits(10)
    return "JJD" + digits(15)


def ics():
    while True:
        cc = R.choice(["FR", "FR", "BE", "DE"])
        v = cc + digits(2) + "ZZZ" + (digits(6) if cc == "FR" else digits(10 if cc == "BE" else 11))
        if not iban_valid(v):
            return v


def txn16():
    while True:
        n = R.choice("45") + digits(15)
        if not luhn_ok(n):
            return R.choice([n, group(n, [4, 4, 4, 4], " "), group(n, [4, 4, 4, 4], NBSP)])


def siret():
    while True:
        n = R.choice("89") + digits(13)
        if luhn_ok(n):
            return R.choice([n, f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"])


def ean():
    while True:
        body = R.choice(["3760", "3701", "5411", "7613", "4006"]) + digits(8)
        chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        n = body + str(chk)
        if not luhn_ok(n):
            return n


def vat():
    while True:
        v = R.choice(["FR", "BE0", "IE"]) + digits(2) + digits(9 if R.random() < 0.6 else 7)
        if not iban_valid(v):
            return v


def isbn():
    body = "978" + R.choice(["2", "1", "0"]) + digits(8)
    chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    n = body + str(chk)
    return f"{n[:3]}-{n[3]}-{n[4:7]}-{n[7:12]}-{n[12]}"


def score():
    a, b = R.randint(0, 6), R.randint(0, 6)
    return R.choice([f"{a}-{b}", f"{a}–{b}", f"{a} à {b}", f"{R.randint(10, 40)}-{R.randint(3, 30)}"])


def score_en():
    a, b = R.randint(0, 6), R.randint(0, 6)
    return R.choice([f"{a}-{b}", f"{a}–{b}", f"{R.randint(50, 110)}-{R.randint(45, 105)}", f"{R.randint(1, 4)}-{R.randint(10, 25)} to {R.randint(0, 3)}-{R.randint(8, 22)}"])


def time_fr():
    return R.choice([f"{R.randint(6, 22)}{NBSP}h{NBSP}{R.choice(['00', '15', '30', '45'])}", f"{R.randint(6, 22)}h{R.choice(['', '30', '15'])}",
                     f"{R.randint(6, 22)}:{R.choice(['05', '20', '40', '55'])}"])


def time_en():
    return R.choice([f"{R.randint(1, 11)}:{R.choice(['05', '15', '30', '50'])}{R.choice(['am', 'pm', ' am', ' pm'])}",
                     f"{R.randint(6, 22)}:{R.choice(['00', '10', '45'])}"])


def flight():
    return R.choice(["AL", "BZ", "CW", "LY"]) + f" {R.randint(100, 9899)}"


def train():
    return R.choice([f"train {R.randint(5000, 8999)}", f"TER {R.randint(850000, 869999)}", f"Intercités {R.randint(3600, 4499)}"])


def pnr():
    while True:
        v = rnd(UPALNUM, 6)
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


FILLERS = {
    "prenom": lambda: pick(PRENOMS), "nom": lambda: pick(NOMS), "name": lambda: pick(NAMES),
    "last": lambda: pick(LASTS), "handle": lambda: pick(HANDLES), "club": lambda: pick(CLUBS_FR),
    "club_en": lambda: pick(CLUBS_EN), "team": lambda: pick(TEAMS), "game": lambda: pick(GAMES),
    "airline": lambda: pick(AIRLINES), "agency": lambda: pick(AGENCIES), "vet": lambda: pick(VETS),
    "shop": lambda: pick(SHOPS), "pet": lambda: pick(PETS), "ligne": lambda: pick(LIGNES),
    "film": lambda: pick(FILMS_FR), "film_en": lambda: pick(FILMS_EN),
    "price": price_fr, "price2": price_fr, "price_en": price_en, "price_en2": price_en,
    "price_big": lambda: price_fr(True), "price_en_big": lambda: price_en(True),
    "date": date_fr, "date2": date_fr, "date_en": date_en, "date_en2": date_en,
    "old_date": old_date_fr, "old_date_en": old_date_en,
    "order": order_no, "sku": sku, "tracking": tracking, "ics": ics, "txn": txn16, "siret": siret, "ean": ean,
    "vat": vat, "isbn": isbn, "score": score, "score_en": score_en, "time": time_fr, "time_en": time_en,
    "flight": flight, "train": train, "pnr": pnr,
    "ticket": lambda: str(R.randint(10000, 99999)), "n": lambda: str(R.randint(2, 48)),
    "big": lambda: f"{R.randint(2, 95)}{NBSP}{R.randint(0, 999):03d}", "year": lambda: str(R.choice([2024, 2025, 2026])),
    "seat": lambda: f"{R.randint(1, 38)}{R.choice('ABCDEF')}", "gate": lambda: f"{R.choice('ABDKL')}{R.randint(1, 52)}",
    "quai": lambda: str(R.randint(1, 24)), "licence": lambda: digits(8),
    "url": lambda: pick(SAFE_URLS_FR), "url_en": lambda: pick(SAFE_URLS_EN),
    **{f"url_{t}": (lambda t=t: pick(THEMED_URLS[t][0])) for t in THEMED_URLS},
    **{f"url_{t}_en": (lambda t=t: pick(THEMED_URLS[t][1])) for t in THEMED_URLS},
    "pct": lambda: str(R.choice([5, 10, 15, 20, 25, 30, 40, 50])),
    "promo": lambda: R.choice(["RAYON10", "GRENAT15", "FRIPE20", "JARDIN5", "KESTRELS10", "VELOHIVER", "LAZULI25"]),
}


# ------------------------------------------------------------------ value generators (PII / secrets / links)
# A generator returns either a plain string (one finding over the whole value) or a tuple
# (value, [(category, kind, rel_start, rel_end), ...]) listing every finding inside the value.

def sep_space():
    return R.choice([" ", " ", " ", NBSP])


def g_email(lang, v):
    fr = lang == "fr"
    first = strip_accents(R.choice(PRENOMS if fr else NAMES)).lower().replace(" ", "").replace("'", "")
    last = strip_accents(R.choice(NOMS if fr else LASTS)).lower().replace(" ", "").replace("'", "")
    dom = R.choice(["gmx.ch", "bluewin.ch", "skynet.be", "telenet.be", "videotron.ca", "sympatico.ca", "orange.sn",
                    "menara.ma", "laposte.net", "free.fr", "proton.me", "outlook.fr", "yahoo.fr", "gmail.com",
                    "club-ovalie-tours.fr", "cyclofix.be", "tabula-crm.com", "mairie-saint-avertin.fr",
                    "icloud.com"] if fr else
                   ["eircom.net", "btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk",
                    "kilkennyharriers.ie", "celticwings.ie", "fastmail.com", "protonmail.com", "comcast.net",
                    "rewear-dublin.ie", "aol.com"])
    local = R.choice([f"{first}.{last}", f"{first}{R.randint(1, 99)}", f"{first[0]}{last}", f"{last}.{first[0]}",
                      f"{first}-{last}", f"{first}.{last}{R.randint(70, 99)}", f"{first}+billets",
                      f"{first}_{R.choice(['gaming', 'velo', 'jardin', 'fan', 'run'])}"])
    return local + "@" + dom


def _phone_digits_fr():
    d = R.choice(["6", "7", "6", "1", "2", "3", "4", "5", "9"]) + digits(8)
    return d, [d[1:3], d[3:5], d[5:7], d[7:9]]


def g_phone(lang, v):
    fr = lang == "fr"
    country = v or R.choice((["fr"] * 6 + ["be"] * 2 + ["ch"] * 2 + ["qc"] * 2 + ["sn", "ma", "ci", "tn", "cm"]) if fr
                            else (["uk"] * 3 + ["ie"] * 3 + ["us"] * 3 + ["fr", "be"]))
    s = sep_space()
    if country == "fr":
        d, p = _phone_digits_fr()
        return R.choice(["0" + d[0] + s + s.join(p), "0" + d[0] + "." + ".".join(p), "0" + d,
                         "+33" + s + d[0] + s + s.join(p), "+33" + d, "+33 (0)" + d[0] + " " + " ".join(p),
                         "0" + d[0] + "-" + "-".join(p), "0033" + s + d[0] + s + s.join(p)])
    if country == "be":
        m = R.choice(["470", "471", "472", "475", "478", "484", "486", "496"])
        a, b, c = digits(2), digits(2), digits(2)
        return R.choice([f"+32{s}{m}{s}{a}{s}{b}{s}{c}", f"0{m}{s}{a}{s}{b}{s}{c}", f"0{m}/{a}.{b}.{c}",
                         f"+32{s}2{s}{digits(3)}{s}{a}{s}{b}", f"02/{digits(3)}.{a}.{b}"])
    if country == "ch":
        m = R.choice(["76", "77", "78", "79", "22", "21", "27"])
        a, b, c = digits(3), digits(2), digits(2)
        return R.choice([f"+41{s}{m}{s}{a}{s}{b}{s}{c}", f"0{m}{s}{a}{s}{b}{s}{c}", f"+41{m}{a}{b}{c}",
                         f"0{m}{s}{a}{s}{b}{s}{c}"])
    if country in ("qc", "us"):
        area = R.choice(["514", "438", "450", "418", "819", "581"] if country == "qc" else
                        ["212", "415", "617", "312", "503", "512", "646", "718"])
        b, c = str(R.randint(201, 989)), digits(4)
        return R.choice([f"({area}) {b}-{c}", f"{area}-{b}-{c}", f"{area}.{b}.{c}", f"+1{s}{area}{s}{b}{s}{c}",
                         f"+1-{area}-{b}-{c}", f"1 {area} {b}-{c}"])
    if country == "uk":
        return R.choice([f"+44{s}7{digits(3)}{s}{digits(6)}", f"07{digits(3)}{s}{digits(3)}{s}{digits(3)}",
                         f"+44 (0)20 {digits(4)} {digits(4)}", f"020 {digits(4)} {digits(4)}",
                         f"0161 {digits(3)} {digits(4)}", f"+447{digits(9)}"])
    if country == "ie":
        m = R.choice(["83", "85", "86", "87", "89"])
        return R.choice([f"+353{s}{m}{s}{digits(3)}{s}{digits(4)}", f"0{m}{s}{digits(3)}{s}{digits(4)}",
                         f"+353 1 {digits(3)} {digits(4)}", f"(01) {digits(3)} {digits(4)}", f"0{m}-{digits(7)}"])
    if country == "sn":
        return R.choice([f"+221{s}{R.choice(['77', '78', '76', '70'])}{s}{digits(3)}{s}{digits(2)}{s}{digits(2)}",
                         f"{R.choice(['77', '78'])} {digits(3)} {digits(2)} {digits(2)}"])
    if country == "ma":
        return R.choice([f"+212{s}6{s}{digits(2)}{s}{digits(2)}{s}{digits(2)}{s}{digits(2)}",
                         f"06{digits(2)}-{digits(6)}", f"+212 5 22 {digits(2)} {digits(2)} {digits(2)}"])
    if country == "ci":
        return f"+225{s}{R.choice(['07', '05', '01'])}{s}{digits(2)}{s}{digits(2)}{s}{digits(2)}{s}{digits(2)}"
    if country == "tn":
        return f"+216{s}{R.choice(['98', '22', '55', '27'])}{s}{digits(3)}{s}{digits(3)}"
    return f"+237{s}6{s}{digits(2)}{s}{digits(2)}{s}{digits(2)}{s}{digits(2)}"  # cm


def _be_bban():
    body = digits(10)
    k = int(body) % 97 or 97
    return body + f"{k:02d}"


def _fr_bban():
    bank, branch, acct = digits(5), digits(5), digits(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return bank + branch + acct + f"{key:02d}"


def g_iban(lang, v):
    cc = v or R.choice(["FR", "FR", "FR", "BE", "BE", "CH", "CH", "LU", "MC", "SN", "MA", "TN", "CI", "DE", "PT"]
                       if lang == "fr" else ["GB", "GB", "IE", "IE", "IE", "DE", "NL", "FR", "ES", "IT", "PT"])
    if cc in ("FR", "MC"):
        bban = _fr_bban()
    elif cc == "BE":
        bban = _be_bban()
    elif cc == "CH":
        bban = R.choice(["00762", "00235", "00767", "08401", "09000"]) + digits(12)
    elif cc == "LU":
        bban = digits(3) + rnd(UPALNUM, 13)
    elif cc in ("SN", "CI"):
        bban = cc + R.choice(["010", "080", "012", "066"]) + digits(19)
    elif cc == "MA":
        bban = digits(24)
    elif cc == "TN":
        bban = digits(20)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "PT":
        bban = "0" + digits(20)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HLFX", "MONZ"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(14)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)
    elif cc == "ES":
        bban = digits(20)
    else:  # IT
        bban = R.choice(string.ascii_uppercase) + digits(10) + digits(12)
    iban = cc + iban_check(cc, bban) + bban
    r = R.random()
    if r < 0.65:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    elif r < 0.75:
        iban = NBSP.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def g_card(lang, v):
    net = v or R.choice(["visa"] * 4 + ["mc"] * 3 + ["mc2"] + ["amex"] * 2 + ["discover", "jcb", "diners", "unionpay"])
    sep = R.choice([" ", " ", "-", "", NBSP])
    if net == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return group(n, [4, 6, 5], sep)
    if net == "diners":
        n = luhn_complete(R.choice(["36", "38", "300", "305"]), 14)
        return group(n, [4, 6, 4], sep)
    prefix = {"visa": "4", "mc": str(R.randint(51, 55)), "mc2": str(R.randint(2221, 2720)),
              "discover": R.choice(["6011", "65", "644"]), "jcb": str(R.randint(3528, 3589)),
              "unionpay": "62"}[net]
    n = luhn_complete(prefix, 16)
    return group(n, [4, 4, 4, 4], sep)


def g_nir(lang, v):
    sex = R.choice("12")
    yy, mm = f"{R.randint(0, 99):02d}", f"{R.randint(1, 12):02d}"
    dept = f"{R.choice([x for x in range(1, 96) if x != 20] + [99]):02d}"
    commune, order = f"{R.randint(1, 990):03d}", f"{R.randint(1, 999):03d}"
    n13 = sex + yy + mm + dept + commune + order
    key = f"{nir_key(n13):02d}"
    return R.choice([" ".join([sex, yy, mm, dept, commune, order, key]), n13 + key, n13 + " " + key,
                     NBSP.join([sex, yy, mm, dept, commune, order, key]),
                     " ".join([sex, yy, mm, dept, commune + order, key])])


def g_ipv4():
    return R.choice([f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",
                     f"{R.choice([37, 46, 78, 81, 88, 92, 93, 151, 188, 212])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def g_ipv6():
    h = lambda: f"{R.randint(0, 0xffff):x}"
    return R.choice([f"2001:db8:{h()}:{h()}::{h()}", f"2a01:e0a:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                     f"2a02:8428:{h()}:{h()}::{h()}", f"2001:67c:{h()}::{h()}:{h()}"])


def g_ip(lang, v):
    return g_ipv6() if R.random() < 0.3 else g_ipv4()


# addresses -----------------------------------------------------------------------------------------------
FR_STREETS = ["rue des Glycines", "avenue Foch", "boulevard Carnot", "rue du Château-d'Eau", "impasse des Mésanges",
              "allée des Tilleuls", "rue Nationale", "chemin de la Croix-Blanche", "rue Saint-Éloi", "quai de la Fosse",
              "place du Marché", "rue Lamartine", "avenue de Verdun", "rue des Forges", "route de Vannes",
              "rue du Docteur Roux", "cours Mirabeau", "rue des Trois-Épis", "square Dunois", "rue de Strasbourg"]
FR_CITIES = [("29200", "Brest"), ("37000", "Tours"), ("51100", "Reims"), ("63000", "Clermont-Ferrand"),
             ("87000", "Limoges"), ("76000", "Rouen"), ("14000", "Caen"), ("25000", "Besançon"), ("64100", "Bayonne"),
             ("38000", "Grenoble"), ("56100", "Lorient"), ("86000", "Poitiers"), ("17000", "La Rochelle"),
             ("97200", "Fort-de-France"), ("80000", "Amiens"), ("44210", "Pornic"), ("13100", "Aix-en-Provence"),
             ("74000", "Annecy"), ("97410", "Saint-Pierre"), ("57000", "Metz")]
BE_STREETS = [("Rue des Bouchers", "1000", "Bruxelles"), ("Chaussée de Louvain", "1030", "Schaerbeek"),
              ("Quai de Rome", "4000", "Liège"), ("Rue de Fer", "5000", "Namur"), ("Rue de la Clef", "7000", "Mons"),
              ("Avenue Louise", "1050", "Ixelles"), ("Rue Saint-Gilles", "4000", "Liège"),
              ("Boulevard Tirou", "6000", "Charleroi")]
CH_STREETS = [("Rue du Rhône", "1204", "Genève"), ("Avenue de la Gare", "1003", "Lausanne"),
              ("Grand-Rue", "2000", "Neuchâtel"), ("Rue de Lausanne", "1950", "Sion"),
              ("Rue du Simplon", "1800", "Vevey"), ("Route de Fribourg", "1700", "Fribourg"),
              ("Bahnhofstrasse", "8001", "Zürich")]
QC_STREETS = [("rue Sainte-Catherine Ouest", "Montréal", "H3G"), ("boulevard René-Lévesque Est", "Montréal", "H2X"),
              ("rue Saint-Jean", "Québec", "G1R"), ("boulevard Saint-Laurent", "Montréal", "H2W"),
              ("rue King Ouest", "Sherbrooke", "J1H"), ("avenue Cartier", "Québec", "G1R"),
              ("rue Wellington", "Gatineau", "J8X")]
AF_ADDR = [("avenue Cheikh Anta Diop", "10700", "Dakar"), ("rue Carnot", "10200", "Dakar"),
           ("boulevard de la Corniche", "10000", "Dakar"), ("rue Ibn Toumert", "20000", "Casablanca"),
           ("avenue Mohammed V", "10000", "Rabat"), ("boulevard Zerktouni", "20250", "Casablanca"),
           ("avenue Habib Bourguiba", "1001", "Tunis"), ("rue de Marseille", "1000", "Tunis"),
           ("rue Ibn Khaldoun", "3000", "Sfax")]
UK_ADDR = [("Gloucester Place", "Brighton", "BN1 4AB"), ("Ecclesall Road", "Sheffield", "S11 8HW"),
           ("Rosemount Terrace", "Aberdeen", "AB25 1DJ"), ("Mansfield Road", "Nottingham", "NG5 2BU"),
           ("Bold Street", "Liverpool", "L1 4DS"), ("Cathedral Road", "Cardiff", "CF11 9LJ"),
           ("Lisburn Road", "Belfast", "BT9 6AA"), ("Hope Street", "Glasgow", "G2 6AB"),
           ("Cowley Road", "Oxford", "OX4 1HP")]
IE_ADDR = [("Parnell Square", "Dublin 1", "D01 T3V8"), ("Grand Parade", "Cork", "T12 A2PX"),
           ("Shop Street", "Galway", "H91 X2YK"), ("O'Connell Street", "Limerick", "V94 E3N6"),
           ("Rathmines Road Lower", "Dublin 6", "D06 F8C2"), ("John Street", "Kilkenny", "R95 K6W3")]
US_ADDR = [("Maple Ridge Dr", "Columbus", "OH", "43215"), ("W 42nd St", "New York", "NY", "10036"),
           ("Lakeshore Ave", "Oakland", "CA", "94610"), ("Beacon St", "Boston", "MA", "02108"),
           ("Canal St", "New Orleans", "LA", "70119"), ("N Milwaukee Ave", "Chicago", "IL", "60622"),
           ("Pike St", "Seattle", "WA", "98101"), ("Peachtree Rd NE", "Atlanta", "GA", "30309")]


def g_address(lang, v):
    fr = lang == "fr"
    country = v or R.choice((["fr"] * 6 + ["be"] * 2 + ["ch"] * 2 + ["qc"] * 2 + ["af"] * 2) if fr
                            else (["uk"] * 3 + ["ie"] * 3 + ["us"] * 3))
    if country == "fr":
        num = f"{R.randint(1, 187)}{R.choice(['', '', '', ' bis', ' ter', 'A'])}"
        cp, city = R.choice(FR_CITIES)
        extra = R.choice(["", "", "", f"résidence Les Pins, ", f"appt {R.randint(2, 60)}, ", f"{R.randint(1, 5)}e étage, "])
        return f"{num} {R.choice(FR_STREETS)}, {extra}{cp} {city}" if R.random() < 0.8 else \
            f"{num}, {R.choice(FR_STREETS)} {cp} {city}"
    if country == "be":
        st, cp, city = R.choice(BE_STREETS)
        box = R.choice(["", "", f"/{R.randint(1, 12)}", f" bte {R.randint(1, 12)}"])
        return f"{st} {R.randint(1, 320)}{box}, {cp} {city}"
    if country == "ch":
        st, cp, city = R.choice(CH_STREETS)
        return f"{st} {R.randint(1, 120)}, {R.choice(['', '', 'CH-'])}{cp} {city}"
    if country == "qc":
        st, city, fsa = R.choice(QC_STREETS)
        pc = f"{fsa} {R.randint(1, 9)}{R.choice('ABCEGHJKLMNPRSTVXY')}{R.randint(1, 9)}"
        app = R.choice(["", "", f", app. {R.randint(2, 40)}"])
        return R.choice([f"{R.randint(10, 9800)}, {st}{app}, {city} (Québec) {pc}",
                         f"{R.randint(10, 9800)} {st}{app}, {city}, QC {pc}"])
    if country == "af":
        st, cp, city = R.choice(AF_ADDR)
        pre = R.choice(["", "", f"villa {R.randint(2, 90)}, ", f"appartement {R.randint(1, 20)}, "])
        return f"{pre}{R.randint(2, 140)}, {st}, {cp} {city}"
    if country == "uk":
        st, city, pc = R.choice(UK_ADDR)
        flat = R.choice(["", "", f"Flat {R.randint(1, 14)}, ", f"Flat {R.randint(1, 4)}{R.choice('ABC')}, "])
        return f"{flat}{R.randint(1, 260)} {st}, {city} {pc}"
    if country == "ie":
        st, city, pc = R.choice(IE_ADDR)
        apt = R.choice(["", "", f"Apartment {R.randint(1, 30)}, "])
        return f"{apt}{R.randint(1, 120)} {st}, {city}, {pc}"
    st, city, state, zc = R.choice(US_ADDR)
    apt = R.choice(["", "", f", Apt {R.randint(1, 40)}{R.choice('ABCD')}", f", Unit {R.randint(100, 999)}"])
    return f"{R.randint(12, 9900)} {st}{apt}, {city}, {state} {zc}"


def g_birthdate(lang, v):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1949, 2011)
    if v and v.endswith("_kid"):
        v, y = v[:-4], R.randint(2009, 2019)
    elif v and v.endswith("_adult"):
        v, y = v[:-6], R.randint(1950, 2004)
    elif v and v.endswith("_senior"):
        v, y = v[:-7], R.randint(1935, 1962)
    v = v or R.choice(["fr_long", "fr_num", "fr_dot", "iso"] if lang == "fr" else ["en_long", "uk_num", "us_num", "iso"])
    if v == "fr_long":
        return R.choice([f"{d} {MONTHS_FR[m - 1]} {y}", f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"])
    if v == "fr_num":
        return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}"])
    if v == "fr_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if v == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if v == "en_long":
        suf = ordinal(d)
        return R.choice([f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d} {MONTHS_EN[m - 1]} {y}", f"{d}{suf} {MONTHS_EN[m - 1]} {y}",
                         f"{MONTHS_EN[m - 1][:3]} {d} {y}"])
    if v == "uk_num":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{m:02d}/{d:02d}/{y}"


# secrets -------------------------------------------------------------------------------------------------
PW_BASES = ["Grenat", "Velocipede", "Pivoine", "Ovalie", "Brisa", "Tramway", "Moka", "Kiwi", "Zephyr", "Cactus",
            "Biblio", "Sardine", "Goalkeeper", "Lavande", "Paname", "Mouette", "Dragon", "Clover", "Shamrock",
            "Bruxelles", "Matterhorn", "Teranga", "Saguenay"]


def g_password(lang, v):
    r = R.random()
    if r < 0.35:
        return R.choice(PW_BASES) + str(R.randint(1, 2026)) + R.choice(["!", "#", "$", "*", "", "?", "&", "%"])
    if r < 0.55:
        return rnd(string.ascii_letters + string.digits + "#%&*_-+=", R.randint(10, 18))
    if r < 0.7:
        return "-".join(R.choice(["cheval", "agrafe", "pluie", "guidon", "tulipe", "orbite", "falaise", "biscuit",
                                   "lantern", "copper", "marble", "thistle"]) for _ in range(3)) + str(R.randint(1, 99))
    if r < 0.85:
        w = R.choice(PW_BASES)
        tr = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})
        return w[0] + w[1:].translate(tr) + R.choice(["!", "_", "#"]) + str(R.randint(10, 99))
    return R.choice(PW_BASES).lower() + R.choice([".", "_"]) + digits(4)


def g_api_key(lang, v):
    v = v or R.choice(["aws", "stripe", "gh", "ghpat", "glpat", "slack", "google", "openai", "anthropic", "sendgrid",
                       "twilio", "npm", "shopify", "do", "mailgun", "hex"])
    if v == "aws":
        return R.choice(["AKIA", "AKIA", "ASIA"]) + rnd(string.ascii_uppercase + "234567", 16)
    if v == "stripe":
        return R.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rnd(ALNUM, R.choice([24, 34, 48]))
    if v == "gh":
        return R.choice(["ghp_", "gho_", "ghs_"]) + rnd(ALNUM, 36)
    if v == "ghpat":
        return "github_pat_" + rnd(UPALNUM, 22) + "_" + rnd(ALNUM, 59)
    if v == "glpat":
        return "glpat-" + rnd(ALNUM + "_-", 20)
    if v == "slack":
        return f"{R.choice(['xoxb', 'xoxp'])}-{digits(12)}-{digits(13)}-{rnd(ALNUM, 24)}"
    if v == "google":
        return "AIza" + rnd(ALNUM + "_-", 35)
    if v == "openai":
        return "sk-proj-" + rnd(ALNUM + "_-", 48)
    if v == "anthropic":
        return "sk-ant-api03-" + rnd(ALNUM + "_-", 93) + "AA"
    if v == "sendgrid":
        return "SG." + rnd(ALNUM + "_-", 22) + "." + rnd(ALNUM + "_-", 43)
    if v == "twilio":
        return "SK" + rnd(HEX, 32)
    if v == "npm":
        return "npm_" + rnd(ALNUM, 36)
    if v == "shopify":
        return "shpat_" + rnd(HEX, 32)
    if v == "do":
        return "dop_v1_" + rnd(HEX, 64)
    if v == "mailgun":
        return "key-" + rnd(HEX, 32)
    return rnd(HEX, R.choice([32, 40]))


PK_STARTS = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU",
             "EC PRIVATE KEY": "MHcCAQEEIB", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
             "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq", "DSA PRIVATE KEY": "MIIBuwIBAAKBgQ"}


def g_private_key(lang, v):
    label = R.choice(list(PK_STARTS) + ["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    start = PK_STARTS[label]
    width = 70 if label == "OPENSSH PRIVATE KEY" else 64
    nl = R.randint(2, 4)
    lines = [start + rnd(B64, width - len(start))] + [rnd(B64, width) for _ in range(nl - 1)] + \
        [rnd(B64, R.randint(10, 44)) + R.choice(["=", "==", ""])]
    nlc = "\r\n" if R.random() < 0.1 else "\n"
    return f"-----BEGIN {label}-----{nlc}" + nlc.join(lines) + f"{nlc}-----END {label}-----"


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_token(lang, v):
    v = v or R.choice(["jwt", "opaque"])
    if v == "jwt":
        head = b64url({"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
        pay = {"sub": R.choice([str(R.randint(10000, 999999)), "usr_" + rnd(LOWALNUM, 10)]),
               "iat": R.randint(1700000000, 1770000000)}
        if R.random() < 0.6:
            pay["scope"] = R.choice(["tickets:write", "admin", "read:members", "billing", "moderator"])
        if R.random() < 0.5:
            pay["iss"] = R.choice(["https://auth.tabula-crm.com", "club-api", "fanzone", "lazuli-checkin"])
        sig = rnd(ALNUM + "-_", 43 if R.random() < 0.7 else 86)
        return f"{head}.{b64url(pay)}.{sig}"
    return R.choice([rnd(ALNUM, R.randint(28, 48)), rnd(HEX, 40), "at_" + rnd(ALNUM, 32),
                     rnd(ALNUM, 20) + "." + rnd(ALNUM + "-_", 27)])


def lex_variant(term):
    return R.choice([term, term, term.lower(), term.upper(), strip_accents(term), strip_accents(term).lower(),
                     term.title(), term[0] + term[1:].lower()])


def g_lexicon(lang, v):
    return lex_variant(R.choice(LEXICON))


# links ---------------------------------------------------------------------------------------------------
SHORTENERS = ["bit.ly", "tinyurl.com", "t.co", "is.gd", "ow.ly", "cutt.ly", "rebrand.ly", "shorturl.at", "t.ly",
              "rb.gy", "tiny.cc", "v.gd", "s.id", "bl.ink", "lnkd.in", "buff.ly", "goo.gl"]
LOOKALIKES = ["paypall.com", "pay-pal-aide.net", "paypal.com.secure-login.cc", "paypal-litige.fr",
              "amazonn.fr", "amazon-retours-colis.com", "arnazon-prime.fr", "amazon.fr.suivi-colis.top",
              "laposte-suivi-colis.net", "la-poste.info", "colisimo.fr", "colissimo-fr.net", "chrono-post.fr",
              "chronopost-frais.com", "ameli-carte-vitale.info", "arneli.fr", "impots-gouv.info",
              "impot-gouv-fr.org", "caf-aides-logement.fr", "caf-allocations.com", "0range-messagerie.fr",
              "orange-facture.info", "free-mobile-abonnement.net", "fr-ee.fr", "g00gle-drive.com",
              "google-docs-partage.info", "app1e-id.com", "icloud-apple-verify.com", "micr0soft-login.com",
              "microsoft-365-renew.net", "lnstagram-help.com", "instagram-badge-verif.com",
              "facebook-security-check.net", "faceboook.com", "tlktok.com", "tiktok-creator-fund.info",
              "netfIix.com", "netflix-compte.info", "sncf-conect.com", "sncfconnect-billets.com",
              "sncf-connect.billets-promo.com", "leb0ncoin.fr", "leboncoin-paiement-securise.fr", "vlnted.fr",
              "vinted-livraison.info", "decathion.fr", "decathlon-remboursement.com",
              "credit-agricole-securite.com", "creditagricole-connexion.fr"]
LINK_PATHS = ["connexion", "login", "verify", "billet/confirm", "remboursement", "colis/frais", "compte/mise-a-jour",
              "claim", "wp-admin", "index.php", "s/aide", "validate?id=", "reset", "pay", "m/84120", "adherent",
              "session/renew", "docs/d/1x", "checkin", "pledge"]
INSECURE_HOSTS = ["www.rugby-villeneuve.fr", "forum.velo-gravel.org", "photos.fanclub-etoiles.fr",
                  "www.jardinerie-quatre-saisons.fr", "blog.fripe-et-fil.fr", "www.petanque-du-lac.fr",
                  "tournoi.brume-esport.gg", "mediatheque.saint-avertin.fr", "www.cyclofix.be", "horaires.tanneo.fr",
                  "www.kilkennyharriers.ie", "scores.dundeecurling.co.uk", "www.decathlon.fr", "www.colissimo.fr",
                  "vet-des-saules.com", "www.agence-beffroi.fr"]
IDN_LABELS = ["café-des-sports", "crêperie-du-port", "fête-du-vélo", "médiathèque-online", "épicerie-fine",
              "jardin-des-délices", "club-élite", "bière-et-pétanque", "rénovation-éclair", "vélo-rapide",
              "günstig-tickets", "maßschuh", "señal-pagos", "pâtisserie-royale", "crème-beauté", "çiçek-evi"]
NEUTRAL_TARGETS = ["portail-adherent.cc", "secure-pay-gateway.biz", "login-session-renew.com", "colis-relais-points.net",
                   "checkin-fasttrack.top", "acces-membre.shop", "wallet-sync.io", "reglement-pro.click",
                   "billets-promo-train.shop", "verify-pledge.net", "maj-dossier-locataire.com", "ticket-resale-hub.co"]
MISMATCH_TEXTS = ["www.sncf-connect.com", "https://www.caf.fr", "decathlon.fr/atelier", "leboncoin.fr/messages",
                  "https://billetterie.rugby-villeneuve.fr", "www.airlazuli.com/checkin", "tabula-crm.com/login",
                  "vinted.fr/porte-monnaie", "https://www.credit-agricole.fr", "www.netflix.com/account",
                  "appleid.apple.com", "mediatheque.ville-vevey.ch", "https://www.ameli.fr/assure/droits-demarches",
                  "www.impots.gouv.fr", "kilkennyharriers.ie/members", "www.celticwings.ie/checkin",
                  "https://www.paypal.com", "amazon.com/your-orders", "www.cagnotte-solidaire.org"]


def lpath():
    p = R.choice(LINK_PATHS)
    if p.endswith("="):
        p += rnd(LOWALNUM, 6)
    elif R.random() < 0.25:
        p += "?ref=" + rnd(LOWALNUM, 5)
    return p


def scheme(p_http):
    return "http://" if R.random() < p_http else "https://"


def _with_insecure(url, cat_kind):
    fs = [cat_kind]
    if url.startswith("http://"):
        fs.append(("link", "insecure"))
    return url, [(c, k, 0, len(url)) for c, k in fs]


def g_ip_host(lang, v):
    host = g_ipv4() if R.random() < 0.88 else "[" + g_ipv6() + "]"
    port = R.choice(["", "", "", ":8080", ":8443", ":3000"])
    url = scheme(0.55) + host + port + "/" + lpath()
    return _with_insecure(url, ("link", "ip_host"))


def punycode_host():
    lab = R.choice(IDN_LABELS)
    ace = "xn--" + codecs.encode(lab, "punycode").decode("ascii")
    return R.choice(["", "", "www."]) + ace + "." + R.choice(["com", "fr", "net", "be", "shop", "ch"])


def g_punycode(lang, v):
    url = scheme(0.2) + punycode_host() + "/" + lpath()
    return _with_insecure(url, ("link", "punycode"))


def g_lookalike(lang, v):
    host = R.choice(LOOKALIKES)
    if R.random() < 0.12:
        url = "www." + host + "/" + lpath()
    else:
        url = scheme(0.2) + R.choice(["", "", "www.", "secure.", "client."]) + host + "/" + lpath()
    return _with_insecure(url, ("link", "lookalike"))


def g_shortener(lang, v):
    host = R.choice(SHORTENERS)
    code = rnd(ALNUM, R.randint(5, 9))
    url = (host + "/" + code) if R.random() < 0.2 else (scheme(0.15) + host + "/" + code)
    return _with_insecure(url, ("link", "shortener"))


def g_insecure(lang, v):
    p = R.choice(["", "", "/galerie/2025", "/resultats", "/inscription", "/article/42", "/agenda", "/photos?album=7",
                  "/tarifs", "/"])
    url = "http://" + R.choice(INSECURE_HOSTS) + p
    return url, [("link", "insecure", 0, len(url))]


def g_blocklisted(lang, v):
    host = R.choice(["", "", "www.", "promo.", "secure.", "fr."]) + R.choice(BLOCKED)
    url = scheme(0.25) + host + "/" + lpath()
    return _with_insecure(url, ("link", "blocklisted"))


def g_mismatch(lang, v):
    vis = R.choice(MISMATCH_TEXTS)
    tgt = "https://" + R.choice(["", "", "www.", "m."]) + R.choice(NEUTRAL_TARGETS) + "/" + rnd(LOWALNUM, R.randint(2, 8))
    val = f"[{vis}]({tgt})"
    return val, [("link", "mismatch", 0, len(val))]


# ------------------------------------------------------------------ hostile language
# Hate: target groups x statement templates, plus fixed statements.  Slots: {les} "les X", {aux} "aux X",
# {des} "des X", {de} "de X"/"d'X", {n} bare noun, {tous} tous/toutes, {ils} ils/elles, {eux} eux/elles.
GROUPS_FR = [("Arabes", "m"), ("Noirs", "m"), ("juifs", "m"), ("musulmans", "m"), ("Roms", "m"), ("migrants", "m"),
             ("homos", "m"), ("lesbiennes", "f"), ("trans", "m"), ("Chinois", "m"), ("Africains", "m"),
             ("handicapés", "m"), ("réfugiés", "m"), ("gitans", "m"), ("Asiatiques", "m"), ("Maghrébins", "m"),
             ("étrangers", "m"), ("Turcs", "m"), ("femmes voilées", "f"), ("Comoriens", "m"), ("Antillais", "m")]
HATE_FR_T = [
    "{les} sont {tous} des parasites",
    "notre club se porte mieux sans {les}",
    "{les} devraient rentrer chez {eux}",
    "je ne loue pas {aux}, point final",
    "pas {de} dans mon équipe, c'est la règle",
    "{les} n'ont pas le droit de vivre ici",
    "faudrait virer {tous} {les} du pays",
    "{les} pourrissent tout ce qu'{ils} touchent",
    "{les} sont une plaie pour ce quartier",
    "{les} sont trop bêtes pour jouer en ranked",
    "on ne veut pas {de} à la buvette du stade",
    "{les} sont des sous-hommes",
    "{les} ont ruiné ce pays",
    "{les}, faut les renvoyer d'où {ils} viennent",
    "le quartier est foutu depuis l'arrivée {des}",
    "{les} sont génétiquement inférieur{e}s",
    "{les} nous remplacent et personne ne dit rien",
    "{les} sont {tous} des terroristes en puissance",
    "les bus seraient plus propres sans {les}",
    "{les} n'ont pas leur place dans les transports en commun",
    "{les} sont sales, c'est dans leur nature",
    "{les} ne savent que voler et mentir",
    "{les} sont une maladie pour la France",
    "vivement qu'on se débarrasse {des}",
    "{les} sont des animaux",
    "la mairie donne tout {aux} et rien aux gens d'ici",
    "un appart propre, ça ne se loue pas {aux}",
    "{les}, faudrait leur retirer le droit de vote",
    "il faudrait ficher {les} à l'entrée de la médiathèque",
    "je refuse de soigner le chien {des}, {ils} ne paient jamais",
    "{les} contaminent tout, même les vestiaires",
    "dès qu'il y a {des} dans un lobby, c'est la défaite assurée",
    "{les} sont {tous} des fraudeurs aux allocs",
    "on devrait interdire le crowdfunding {aux}, c'est de l'argent sale",
    "{les} sont des cafards, rien de plus",
    "{les} n'ont aucune valeur, ni ici ni ailleurs",
    "ce serait un beau pays sans {les}",
    "{les} sont une race de profiteurs",
    "{les} volent les places en crèche de nos enfants", "{les} ne méritent que le mépris",
    "{les} devraient avoir des horaires séparés à la piscine",
]
HATE_FR_FIXED = [
    "les femmes ne savent pas jouer, retournez à la cuisine",
    "une meuf dans l'équipe et c'est la défaite assurée, c'est biologique",
    "les homos ne devraient pas entrer dans les vestiaires avec nous",
    "les noirs, on les veut pas dans la tribune",
    "pas d'Arabes ni de Noirs dans mes appartements, c'est comme ça",
    "il faudrait enfermer les trans, ce sont des malades",
    "les juifs contrôlent toutes les banques et les médias",
    "les Roms, faudrait les parquer loin de la ville",
    "les musulmans sont tous des fanatiques qui nous haïssent",
    "un club de sport, c'est pas pour les handicapés",
    "une femme pilote, c'est l'avion qui finit dans le décor",
    "les vieux Arabes du quartier, on devrait les expulser avec leurs familles",
    "ces migrants sont de la vermine",
    "les lesbiennes, c'est contre nature, qu'elles dégagent du club",
    "les Chinois mangent des chiens, faut pas leur vendre d'animaux",
]
GROUPS_EN = ["Muslims", "Jews", "Black people", "immigrants", "Mexicans", "gay people", "trans people", "women",
             "Asians", "Arabs", "refugees", "Travellers", "disabled people", "Pakistanis", "Chinese people",
             "Africans", "Hindus", "lesbians", "Latinos", "Poles", "Romanians"]
HATE_EN_T = [
    "{G} are all parasites", "{G} have no business in this club", "{G} should go back where they came from",
    "I don't rent to {g}, end of story", "no {g} on my team, that's the rule", "{G} ruin every neighbourhood they move into",
    "{G} are subhuman", "{G} are too dumb to play ranked", "{G} have ruined this country", "{G} are vermin",
    "{G} should be banned from public transport", "{G} are a disease", "{G} are born criminals",
    "{G} are filthy, it's in their nature", "{G} only know how to steal and lie", "we need to get rid of {g} for good",
    "{G} are animals", "{G} shouldn't be allowed to vote", "this town was better before {g} showed up",
    "{G} are genetically inferior", "{G} are replacing us and nobody does anything",
    "{G} are all terrorists waiting to happen", "the council gives everything to {g} and nothing to real locals",
    "{G} should be kept out of the library", "{G} are all benefit cheats", "{G} are cockroaches",
    "any lobby with {g} in it is a guaranteed loss", "{G} don't deserve to live here",
    "{G} have no place in this sport", "{G} contaminate everything they touch", "I won't fly with {g} on board",
    "{G} are a plague on this city",
    "{G} deserve nothing but contempt", "{G} should get separate hours at the pool",
    "{G} steal the nursery places our kids need",
]
HATE_EN_FIXED = [
    "women can't play, go back to the kitchen", "girls on the team means we lose, it's biology",
    "no Blacks, no Irish, no dogs, like the good old days", "keep gay people out of our changing rooms",
    "trans people are sick freaks who should be locked up", "Jews control the banks and the media",
    "Muslims are all fanatics who hate us", "the disabled are a waste of space at the gym",
    "a female pilot means the plane ends up in a field", "those migrants are a swarm of rats",
    "keep the Travellers out of the estate, they're all thieves", "Asians eat dogs, don't sell them our puppies",
]


def _fr_de(noun):
    return ("d'" if strip_accents(noun[0]).lower() in "aeiouh" else "de ") + noun


def fill_group_fr(t):
    noun, g = R.choice(GROUPS_FR)
    f = g == "f"
    return t.format(les="les " + noun, aux="aux " + noun, des="des " + noun, de=_fr_de(noun), n=noun,
                    e="e" if f else "", tous="toutes" if f else "tous", ils="elles" if f else "ils", eux="elles" if f else "eux")


def fill_group_en(t):
    g = R.choice(GROUPS_EN)
    return t.format(G=g, g=g)  # sentence-initial capitals are added when the clause is placed


def fr_apos(s):
    return s.replace("'", "’") if R.random() < 0.3 else s


def g_hate(lang, v):
    if lang == "fr":
        s = fill_group_fr(R.choice(HATE_FR_T)) if R.random() < 0.72 else R.choice(HATE_FR_FIXED)
        return fr_apos(s)
    return fill_group_en(R.choice(HATE_EN_T)) if R.random() < 0.72 else R.choice(HATE_EN_FIXED)


# Threats: explicit and veiled.  Slots: {lieu}, {jour}, {place}, {when}
LIEUX = ["la salle", "le stade", "ton agence", "la médiathèque", "ton atelier", "le dépôt de bus", "ta boutique",
         "la jardinerie", "le club-house", "ta clinique", "le guichet", "la mairie", "ton bureau"]
JOURS = ["samedi", "ce soir", "demain matin", "après ton service", "à la fermeture", "dimanche", "lundi"]
PLACES = ["the gym", "your office", "the depot", "the ground", "your shop", "the library", "the clinic",
          "the clubhouse", "the ticket desk", "your flat", "the garden centre"]
WHENS = ["tonight", "on Saturday", "after your shift", "at closing time", "tomorrow morning", "next match day"]
THREAT_FR = [
    "je vais te défoncer à la sortie du match", "je vais t'attendre devant {lieu} {jour}",
    "on va crever tes pneus et après ce sera ton tour", "je te plante si je te croise",
    "je vais foutre le feu à {lieu}", "tu vas te prendre une balle", "je vais t'égorger comme un mouton",
    "je viens avec des potes régler ça physiquement {jour}", "t'es mort si tu me bannis encore",
    "je vais te faire regretter d'être né", "je vais te péter les dents", "je vais m'occuper de ta famille",
    "je vais te tabasser devant tout le monde", "la prochaine fois je viens avec une batte",
    "je vais te casser les jambes, tu pourras plus pédaler", "on va te lyncher à la sortie",
    "je vais faire sauter {lieu}", "le prochain contrôleur qui me parle, je le plante",
    "tu vas saigner, je te le promets", "j'ai trouvé où tu crèches, {jour} je sonne",
    "ce serait dommage qu'il arrive quelque chose à ton chien", "je sais à quelle heure tu fermes {lieu}",
    "tes gosses sortent de l'école à 16 h 30, non", "fais gaffe à toi quand tu rentres à pied",
    "j'ai relevé ta plaque, on se reverra", "profite bien de ta voiture tant qu'elle a encore ses vitres",
    "on sait où se garent les arbitres, à bon entendeur", "un accident est vite arrivé sur le parking",
    "tu pourras pas toujours te cacher derrière ton écran", "je t'ai vu hier au marché, t'étais pas tout seul",
    "je connais des gens qui savent où tu dors", "tu vas voir ce qui arrive à ceux qui me bannissent",
    "continue comme ça et tu finiras dans le canal", "{lieu}, ça a l'air bien inflammable",
    "ton adresse va tourner sur tous les groupes, bonne chance pour dormir",
    "dis à ta femme de bien fermer la porte {jour}", "tu devrais surveiller tes arrières",
    "je retiens ta tête, la ville est petite", "je vais m'occuper de ton cas personnellement, et pas par mail",
    "on va venir à plusieurs t'expliquer la vie", "même planqué à Genève, je te trouverai",
    "on te retrouvera sous un bus, et ce sera pas un accident", "je vais te buter, tu m'entends",
    "je vais te rendre visite avec un bidon d'essence", "je t'attends au prochain tournoi, et pas pour jouer",
    "si mon chat meurt, je te tue", "je vais te pourrir la vie jusqu'à ce que tu déménages",
    "tu sais pas de quoi je suis capable quand on me vole mon billet",
    "je vais te mettre un coup de couteau, tu l'auras cherché", "on va régler ça à l'ancienne derrière {lieu}",
    "je vais crever les pneus de tous les vélos de ton atelier", "la prochaine fois que tu me verbalises, je t'explose",
    "je vais faire de ta vie un enfer, et celle de tes gosses aussi",
]
THREAT_EN = [
    "I'm going to wait for you outside {place} {when}", "I'll smash your face in", "I will stab you if I see you",
    "I'm going to burn {place} down", "you're going to catch a bullet", "I'll slit your throat",
    "me and the lads will sort you out {when}", "you're dead if you ban me again", "I'll make you wish you were never born",
    "I'll knock your teeth out", "your family is next", "I'll beat you senseless in front of everyone",
    "next time I'm bringing a bat", "I'll break both your legs", "we'll hunt you down after the match",
    "I'm going to blow up {place}", "you're going to bleed for this", "found your address, I'll drop by {when}",
    "shame if something happened to your dog", "I know what time you lock up {place}",
    "your kids finish school at half three, right", "be careful walking home tonight",
    "I've got your plate number, we'll meet again", "enjoy your car while it still has windows",
    "accidents happen in car parks all the time", "you can't hide behind that screen forever",
    "saw you at the market yesterday, you weren't alone", "I know people who know where you sleep",
    "keep it up and they'll be fishing you out of the canal", "{place} looks very flammable",
    "your address is going up on every group chat, good luck sleeping", "tell your wife to lock the door {when}",
    "watch your back", "I've memorised your face, it's a small town", "I'll deal with you personally, not by email",
    "a few of us will come and explain things to you", "I'll find you wherever you go",
    "they'll find you under a bus and it won't be an accident", "I'm going to kill you",
    "I'll pay you a visit with a can of petrol", "see you at the next tournament, and not to play",
    "if my cat dies, you die", "I'll make your life hell until you move out", "I'll put a knife in you",
    "I'll slash the tyres on every bike in your shop", "next time you fine me I'll knock you out",
    "I'll make your life hell, and your kids' too",
]


def g_threat(lang, v):
    if lang == "fr":
        s = R.choice(THREAT_FR).format(lieu=R.choice(LIEUX), jour=R.choice(JOURS))
        return fr_apos(s)
    return R.choice(THREAT_EN).format(place=R.choice(PLACES), when=R.choice(WHENS))


# Insults: nouns / phrases, with obfuscation (l33t, repeated letters, inserted dots, asterisks, spacing).
INSULT_FR_N = ["connard", "connasse", "abruti", "crétin", "débile", "bouffon", "guignol", "tocard", "naze", "enfoiré",
               "ordure", "raclure", "pourriture", "blaireau", "boulet", "cassos", "teubé", "gogol", "salope", "pétasse",
               "pouffiasse", "bâtard", "trou du cul", "sous-merde", "baltringue", "charlot", "cloporte", "nullos",
               "tête de con", "face de rat", "sac à merde", "gros porc", "vieux con", "pauvre type", "bon à rien",
               "minable", "petite merde", "fils de pute", "clochard", "mongol", "attardé", "enculé", "grognasse",
               "pignouf", "tache"]
INSULT_FR_P = ["espèce de {n}", "bande de {pl}", "sale {n}", "pauvre {n}", "gros {nm}", "gros {nm} de merde",
               "{n} de service", "triple {nm}", "{nm} fini", "grosse {nf}", "sale petite {nf}", "espèce de {nf}"]
INSULT_FR_M = ["connard", "abruti", "crétin", "bouffon", "guignol", "tocard", "naze", "enfoiré", "blaireau", "boulet",
               "cassos", "teubé", "gogol", "bâtard", "baltringue", "charlot", "cloporte", "nullos", "minable",
               "clochard", "attardé", "enculé", "pignouf", "débile", "imbécile", "idiot"]
INSULT_FR_M_MULTI = ["trou du cul", "fils de pute", "sac à merde", "vieux con", "pauvre type", "bon à rien", "gros porc"]
INSULT_FR_F_EXTRA = ["connasse", "salope", "pétasse", "pouffiasse", "grognasse", "ordure", "raclure", "pourriture",
                     "tache", "sous-merde"]
INSULT_FR_PL = ["connards", "abrutis", "crétins", "bouffons", "guignols", "tocards", "nazes", "enfoirés", "manchots",
                "branquignols", "clowns", "débiles", "minables", "ordures", "charlots"]
INSULT_FR_NF = ["conne", "idiote", "débile", "pouffe", "truie", "vache", "dinde", "cruche", "garce", "mégère"]
INSULT_EN_N = ["idiot", "moron", "dumbass", "jackass", "asshole", "dickhead", "prick", "twat", "wanker", "tosser",
               "bellend", "muppet", "knobhead", "numpty", "cretin", "imbecile", "loser", "clown", "scumbag", "dirtbag",
               "piece of shit", "bitch", "douchebag", "halfwit", "nitwit", "retard", "airhead", "plonker", "gobshite",
               "eejit", "fuckwit", "arsehole", "shithead", "waste of oxygen", "bonehead", "dipshit", "cockwomble",
               "pillock", "slag"]
INSULT_EN_P = ["you {adj} {n}", "fucking {n}", "absolute {n}", "pack of {pl}", "stupid {n}", "brainless {n}",
               "you total {n}", "useless {n}", "utter {n}", "complete and utter {n}"]
INSULT_EN_PL = ["idiots", "morons", "clowns", "muppets", "numpties", "losers", "dickheads", "halfwits", "wankers",
                "amateurs", "donkeys", "clowns in suits", "useless pricks"]
INSULT_EN_ADJ = ["gormless", "pathetic", "brainless", "thick", "spineless", "fucking", "miserable", "clueless"]

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def obfuscate(word):
    """Obfuscate one (possibly multi-word) insult the way people dodge filters."""
    r = R.random()
    if r < 0.45 or len(word) < 4:
        return word
    if r < 0.58:  # l33t
        out = "".join(LEET.get(c, c) if c in LEET and R.random() < 0.7 else c for c in word)
        return out if out != word else word.replace("o", "0", 1)
    if r < 0.7:  # stretched vowel
        idx = [i for i, c in enumerate(word) if c in "aeiouéy" and i > 0]
        if not idx:
            return word
        i = R.choice(idx)
        return word[:i] + word[i] * R.randint(3, 6) + word[i + 1:]
    if r < 0.8 and " " not in word:  # inserted dots
        return ".".join(word)
    if r < 0.9:  # asterisk
        idx = [i for i, c in enumerate(word) if c in "aeiouéy" and 0 < i < len(word) - 1]
        if not idx:
            return word
        i = R.choice(idx)
        return word[:i] + "*" + word[i + 1:]
    if " " not in word and len(word) <= 9:  # spaced out
        return " ".join(word)
    return word.upper() if " " not in word else word


def g_insult(lang, v):
    v = v or R.choice(["noun", "phrase"])
    if lang == "fr":
        if v == "noun":
            return obfuscate(R.choice(INSULT_FR_M + INSULT_FR_M_MULTI))
        if v == "nf":
            return obfuscate(R.choice(INSULT_FR_NF + INSULT_FR_F_EXTRA))
        if v == "any":
            return obfuscate(R.choice(INSULT_FR_N))
        p = R.choice(INSULT_FR_P)
        n = R.choice([x for x in INSULT_FR_N if " " not in x])
        nm, nf = R.choice(INSULT_FR_M), R.choice(INSULT_FR_NF)
        head = n if "{n}" in p else nf if "{nf}" in p else nm
        if p.startswith("espèce de {") and strip_accents(head[0]) in "aeiouh":
            p = p.replace("espèce de ", "espèce d'")
        return fr_apos(p.format(n=obfuscate(n), nm=obfuscate(nm), pl=R.choice(INSULT_FR_PL), nf=obfuscate(nf)))
    if v in ("noun", "any", "nf"):
        return obfuscate(R.choice(INSULT_EN_N))
    p = R.choice(INSULT_EN_P)
    return p.format(n=obfuscate(R.choice(INSULT_EN_N)), pl=R.choice(INSULT_EN_PL), adj=R.choice(INSULT_EN_ADJ))


# Shouting: runs of >= 3 all-caps words (each word >= 2 letters, no digits, no hyphens, no single letters).
SHOUT_FR = ["VOUS ÊTES OÙ", "JE VEUX PARLER AU RESPONSABLE", "REMBOURSEZ MON BILLET", "C'EST LA TROISIÈME FOIS",
            "PERSONNE NE RÉPOND JAMAIS", "MON VOL EST ANNULÉ", "RENDEZ MOI MON ARGENT", "ON ATTEND DEPUIS UNE HEURE",
            "LE BUS NE PASSE PLUS", "OUVREZ LES INSCRIPTIONS MAINTENANT", "ARRÊTEZ DE NOUS IGNORER",
            "VOUS AVEZ PERDU MON CHIEN", "LE VÉLO EST TOUJOURS CASSÉ", "ENCORE UNE ANNULATION", "JE NE REVIENDRAI JAMAIS",
            "JE RÉSILIE MON ABONNEMENT", "LE SERVEUR EST ENCORE TOMBÉ", "OÙ SONT NOS MAILLOTS", "ON VEUT DES RÉPONSES",
            "C'EST DU GRAND N'IMPORTE QUOI", "VOUS FAITES QUOI DE NOS DONS", "JE NE PAIERAI PAS CETTE FACTURE",
            "RÉPAREZ CE CHAUFFAGE", "LE PROPRIÉTAIRE NE RÉPOND PAS", "MES PLANTES SONT MORTES",
            "LA CONTREPARTIE N'EST JAMAIS ARRIVÉE", "LE MATCH EST TRUQUÉ", "ON NOUS PREND POUR DES PIGEONS",
            "VOTRE APPLI NE MARCHE PAS", "DONNEZ NOUS UNE DATE", "JE VEUX UN HUMAIN", "QUELLE HONTE CE CLUB",
            "QUI GÈRE CE CLUB", "LE CONTRÔLEUR M'A MENTI", "LE TICKET SUPPORT EST FERMÉ SANS RÉPONSE",
            "NOS BAGAGES SONT PERDUS", "RENDEZ NOUS LA SALLE", "ÇA SUFFIT MAINTENANT", "VOUS VOUS MOQUEZ DE QUI",
            "TOUJOURS PAS DE REMBOURSEMENT", "LA COMMANDE EST INCOMPLÈTE", "ON PAIE POUR RIEN",
            "J'AI TOUT PERDU SUR VOTRE PLATEFORME", "RÉPONDEZ AU TÉLÉPHONE", "LE LOYER EST DÉJÀ PAYÉ",
            "ARRÊTEZ CES TRAVAUX LA NUIT", "LA MÉDIATHÈQUE EST ENCORE FERMÉE", "ZÉRO PROFESSIONNALISME ICI"]
SHOUT_EN = ["WHERE IS MY REFUND", "THIS IS THE THIRD TIME", "NOBODY EVER ANSWERS", "MY FLIGHT GOT CANCELLED",
            "PAY BACK MY DEPOSIT", "WE HAVE BEEN WAITING FOREVER", "THE BUS NEVER CAME", "OPEN THE REGISTRATION NOW",
            "YOU KEEP IGNORING US", "YOU LOST MY DOG", "THE BIKE IS STILL BROKEN", "ANOTHER CANCELLATION TODAY",
            "DONE WITH THIS AGENCY FOREVER", "CANCEL MY SUBSCRIPTION", "THE SERVER IS DOWN AGAIN",
            "WHERE ARE OUR JERSEYS", "WE WANT ANSWERS", "WHAT ARE YOU DOING WITH OUR DONATIONS",
            "NOT PAYING THIS INVOICE", "FIX THE HEATING", "THE LANDLORD WON'T REPLY", "MY PLANTS ARE DEAD",
            "THE PERK NEVER ARRIVED", "THIS MATCH WAS RIGGED", "YOUR APP DOESN'T WORK", "JUST TELL US WHEN",
            "LET ME SPEAK TO SOMEONE", "WHO IS RUNNING THIS CLUB", "OUR BAGS ARE LOST", "ENOUGH IS ENOUGH",
            "STILL NO REFUND", "THE ORDER IS INCOMPLETE", "WE PAY FOR NOTHING", "ANSWER THE PHONE",
            "THE RENT IS ALREADY PAID", "STOP THE NIGHT WORKS", "THE LIBRARY IS CLOSED AGAIN", "ZERO PROFESSIONALISM HERE",
            "READ MY TICKET PROPERLY", "THIS IS DAYLIGHT ROBBERY", "UNBAN MY ACCOUNT NOW", "THIS AIRLINE IS DISGRACEFUL",
            "WHY IS NOBODY HERE"]


def g_shouting(lang, v):
    s = R.choice(SHOUT_FR if lang == "fr" else SHOUT_EN)
    if lang == "fr" and R.random() < 0.3:
        s = s.replace("'", "’")
    return s


PUNCT_RUNS = ["!!!", "!!!!", "!!!!!", "!!!!!!!!", "???", "????", "?!?", "?!?!", "!?!?", "?!!", "!!?", "??!!", "?!!!",
              "!!!???", "??!", "!?!"]


def g_punct(lang, v):
    return R.choice(PUNCT_RUNS)


AGGR_FR = [
    "c'est toi qui as planté la réservation, assume", "vous avez encore tout cassé, comme d'habitude",
    "vous ne savez pas faire votre boulot, c'est hallucinant", "t'as rien compris au règlement, relis-le avant de l'ouvrir",
    "c'est de ta faute si on a perdu la finale", "tu me fais perdre mon temps avec tes questions sans fin",
    "vous vous moquez du monde depuis le début", "t'as qu'à lire tes mails au lieu de pleurnicher",
    "vous êtes payés à ne rien faire ou quoi", "si t'es pas capable de gérer un planning, démissionne",
    "arrête de te cacher derrière le règlement", "tu crois vraiment que j'ai que ça à faire",
    "vous auriez pu prévenir, mais non, évidemment", "c'est toujours la même chose avec vous, zéro effort",
    "tu n'as jamais été foutu de remplir une feuille de match correctement", "vous avez volé notre argent, ni plus ni moins",
    "ton boulot c'est de répondre, alors réponds", "vous gérez ce club comme des amateurs",
    "tu n'as rien à faire à ce poste", "c'est vous qui avez perdu mon dossier, pas moi",
    "vous mentez à vos clients sans la moindre honte", "arrêtez de me prendre pour un pigeon",
    "tu devrais avoir honte de gérer un club comme ça", "vous êtes les pires gestionnaires que j'ai jamais vus",
    "ne me parlez pas sur ce ton, c'est vous qui êtes en tort", "t'as saboté toute la saison à toi tout seul",
    "vous faites exprès de ne pas comprendre", "ta modération est une blague, comme toi",
    "vous avez laissé mourir mes plantes par pure négligence", "c'est vous qui avez rendu mon chien malade",
    "tu es la raison pour laquelle tout le monde quitte l'asso", "vous encaissez et après plus personne",
    "tu réponds à côté à chaque fois, tu le fais exprès", "occupez-vous de vos clients au lieu de vous plaindre",
    "vous n'avez aucun respect pour les usagers", "c'est ton incompétence qui a fait dérailler le projet",
    "tu n'avais qu'une chose à faire et tu l'as ratée", "vous feriez mieux de fermer boutique",
    "personne ne vous a demandé votre avis", "voilà trois semaines que tu te fous de ma gueule",
    "vous n'êtes même pas capables de tenir un horaire de bus", "tu as encore oublié de commander les croquettes, t'es sérieux",
    "vous avez revendu ma place à quelqu'un d'autre, assumez", "c'est vous qui avez envoyé la mauvaise taille, pas moi",
    # sarcasm
    "bravo, encore un train supprimé, vous êtes vraiment des champions",
    "merci pour rien, comme d'habitude", "quel exploit de perdre un colis de quarante kilos",
    "génial, vous avez réussi à rendre la médiathèque plus lente qu'une administration",
    "félicitations, trois semaines pour changer une chambre à air, c'est un record",
    "super le service client, on se croirait dans un sketch",
    "chapeau, vous avez réussi à rater un arbitrage que même un enfant aurait vu",
    "bravo au génie qui a programmé le tournoi un jour de grève",
    "merci infiniment de m'avoir fait attendre deux heures pour rien, vraiment",
    "quelle merveilleuse idée de fermer la salle pendant les vacances, bravo les cerveaux",
    "c'est beau, un tel niveau d'incompétence mérite une médaille",
    "vous êtes vraiment doués pour faire fuir vos donateurs",
    "bien joué, vous avez encore une fois tout gâché",
    "quel talent pour ne jamais répondre au téléphone",
]
AGGR_EN = [
    "you screwed up the booking, own it", "you broke everything again, as usual", "you can't do your job, it's unreal",
    "you obviously never opened the rulebook, so read it before mouthing off", "it's your fault we lost the final",
    "you're wasting my time with your endless questions", "you've been taking the piss from day one",
    "read your emails instead of whining", "are you paid to do nothing or what",
    "if you can't manage a rota, resign", "stop hiding behind the rulebook", "do you think I have nothing better to do",
    "you could have warned us, but no, of course not", "it's always the same with you lot, zero effort",
    "you've never once filled in a team sheet correctly", "you stole our money, plain and simple",
    "your job is to answer, so answer", "you run this club like complete amateurs",
    "you have no business being in that job", "you lost my file, not me", "you lie to your customers without shame",
    "stop talking down to me like that", "you should be ashamed of running a club like this",
    "you're the worst managers I've ever dealt with", "don't take that tone with me, you're the one in the wrong",
    "you sabotaged the whole season single-handedly", "you're deliberately not understanding",
    "your moderation is a joke, just like you", "you let my plants die through sheer negligence",
    "you made my dog sick", "you're the reason everyone is leaving the club", "you take the money and then vanish",
    "you dodge the question every single time and you know it", "look after your customers instead of complaining",
    "you have zero respect for passengers", "your incompetence is what sank this project",
    "you had one job and you blew it", "you'd be better off shutting up shop", "nobody asked for your opinion",
    "you can't even keep a bus to its timetable", "you forgot to order the kibble again, are you serious",
    "you resold my seat to someone else, own it", "you sent the wrong size, not me",
    # sarcasm
    "well done, another train cancelled, you're real champions", "thanks for nothing, as always",
    "what an achievement to lose a forty-kilo parcel", "congratulations, three weeks to change an inner tube, that's a record",
    "great customer service, it's like a comedy sketch", "bravo to the genius who scheduled the tournament on a strike day",
    "thanks so much for making me wait two hours for nothing, really", "such incompetence deserves a medal",
    "you're really gifted at driving donors away", "nice one, you've managed to ruin it all again",
]


def g_aggressive(lang, v):
    return fr_apos(R.choice(AGGR_FR)) if lang == "fr" else R.choice(AGGR_EN)


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
CAPITALIZE = {"illegal.hate", "illegal.threat", "insult.insult", "tone.aggressive"}

# ------------------------------------------------------------------ frames
LINK_FR = ["Le lien d'inscription au tournoi : {L}", "Quelqu'un a posté {L} dans le salon #général, c'est quoi ?",
           "Un locataire dit avoir reçu {L} pour payer son loyer, c'est bien nous ?",
           "Le remboursement de votre billet vous attend ici : {L}", "Mettez à jour votre carte de transport sur {L}",
           "Le formulaire de la cagnotte est sur {L}", "Une cliente de l'institut a reçu ce lien par SMS : {L}",
           "Pour le rendez-vous chez le véto, passez par {L}", "Les photos du match sont là : {L}",
           "Un adhérent demande si {L} est le vrai site du club", "Lien reçu sur le Discord de la team → {L}",
           "Pour valider votre prêt de livres, connectez-vous via {L}"]
LINK_EN = ["Sign-up link for the tournament: {L}", "Someone dropped {L} in #general, what is it?",
           "A tenant says they got {L} to pay their rent, is that us?", "Your fare refund is ready here: {L}",
           "Update your travel card at {L}", "Pledge form is at {L}", "Match photos are up: {L}",
           "A member asks whether {L} is the real club site", "Got this in the team Discord -> {L}",
           "To renew your library loans, sign in via {L}"]


def link_frames(kind, extra_fr, extra_en):
    return {"fr": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_FR] + extra_fr,
            "en": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_EN] + extra_en}


FRAMES = {
    "pii.email": {
        "fr": ["Pour le tournoi de samedi, le capitaine de {team} nous laisse son adresse perso, {f:pii.email}",
               "La locataire du T2 veut recevoir l'état des lieux sur {f:pii.email}, tu peux lui envoyer ?",
               "Le contributeur demande qu'on lui écrive à {f:pii.email} pour sa contrepartie.",
               "Adhérent qui n'a toujours pas reçu sa licence : {f:pii.email}",
               "Le client met en copie {f:pii.email} sur le ticket #{ticket}, réponds-lui là-bas.",
               "Propriétaire de {pet} (chat, 4 ans), contact : {f:pii.email}",
               "La lectrice veut être prévenue du retour du livre à {f:pii.email}",
               "Pour la veste en laine, l'acheteuse a laissé {f:pii.email}",
               "Nouvelle adhérente du fan-club, mail {f:pii.email} — on l'ajoute à la newsletter ?",
               "Le passager du vol {flight} a écrit depuis {f:pii.email} au sujet de sa valise.",
               "{prenom} de la jardinerie me dit de passer par {f:pii.email} pour le devis de la haie.",
               "Tu peux renvoyer le devis de révision du vélo à {f:pii.email} ?",
               "L'esthéticienne confirme le rendez-vous par mail, c'est {f:pii.email}"],
        "en": ["The away captain's personal email is {f:pii.email}, he wants the fixture list.",
               "Tenant in flat 3 asked us to send the inventory to {f:pii.email}.",
               "Backer wants their reward update sent to {f:pii.email} instead.",
               "Ticket #{ticket}: customer cc'd {f:pii.email}, please reply there.",
               "Passenger on {flight} says to contact her at {f:pii.email} about the lost bag.",
               "Member still hasn't got her club card, email {f:pii.email}",
               "Dog owner's email for the booster reminder: {f:pii.email}",
               "Buyer of the vintage wax jacket left {f:pii.email} for shipping questions.",
               "Please add {f:pii.email} to the fan club mailing list."]},
    "pii.phone": {
        "fr": ["Le coach de {team} est joignable au {f:pii.phone} jusqu'à 20 h.",
               "La propriétaire de l'appart demande qu'on la rappelle au {f:pii.phone}.",
               "Vétérinaire de garde ce week-end : {f:pii.phone}",
               "Pour récupérer son vélo réparé, le client laisse son numéro : {f:pii.phone}",
               "Le passager bloqué en gare a appelé depuis le {f:pii.phone}, il attend un retour.",
               "Contact de la bénévole de la médiathèque : {f:pii.phone}",
               "Le porteur de la cagnotte préfère WhatsApp : {f:pii.phone}",
               "Numéro perso de l'arbitre de dimanche : {f:pii.phone}, ne le diffuse pas.",
               "Le client veut être rappelé au {f:pii.phone} pour son souci de facturation.",
               "Tél. de la vendeuse du manteau vintage : {f:pii.phone}",
               "Appelle le paysagiste au {f:pii.phone}, il passera tailler la haie mardi.",
               "Si la navette ne passe pas, le chauffeur m'a dit d'appeler le {f:pii.phone}.",
               "Maquilleuse pour le mariage : {prenom}, {f:pii.phone}",
               "Tu peux m'envoyer les billets par SMS au {f:pii.phone} ?",
               "Le gardien de l'immeuble : {f:pii.phone} (à partir de 9 h)"],
        "en": ["The coach of {club_en} is on {f:pii.phone} until 8pm.",
               "Landlord asked us to call her back on {f:pii.phone} about the deposit.",
               "Out-of-hours vet this weekend: {f:pii.phone}",
               "Customer collecting the repaired bike left his number, {f:pii.phone}.",
               "Stranded passenger called from {f:pii.phone}, still waiting for a rebooking.",
               "Library volunteer's mobile: {f:pii.phone}",
               "Ref's own mobile, keep it to yourselves: {f:pii.phone}",
               "The customer's account admin wants a call back on {f:pii.phone} about invoices.",
               "Seller of the denim jacket: {name}, {f:pii.phone}",
               "Text me on {f:pii.phone} when the tickets drop.",
               "Caretaker for the building: {f:pii.phone} (after 9am)"]},
    "pii.iban": {
        "fr": ["Pour la caution de l'appartement, virement sur {f:pii.iban}, titulaire {prenom} {nom}.",
               "Le trésorier a envoyé le RIB pour les cotisations : {f:pii.iban}",
               "Remboursement du billet annulé à faire sur l'IBAN {f:pii.iban}",
               "Les fonds de la cagnotte doivent partir sur {f:pii.iban} vendredi.",
               "Le grainetier nous demande de le payer sur {f:pii.iban} désormais.",
               "IBAN du joueur pour la prime du tournoi : {f:pii.iban}",
               "La vendeuse du sac veut être payée en direct sur {f:pii.iban}, hors plateforme.",
               "Prélèvement de la licence : merci de mettre à jour avec {f:pii.iban}"],
        "en": ["Deposit for the flat goes to {f:pii.iban}, reference FLAT3.",
               "Treasurer's account for subs: {f:pii.iban}",
               "Please refund the cancelled fare to IBAN {f:pii.iban}.",
               "Crowdfunding payout should land on {f:pii.iban} on Friday.",
               "Prize money for the tournament winner: {f:pii.iban}",
               "Seller wants paying off-platform to {f:pii.iban}."]},
    "pii.card": {
        "fr": ["Un contributeur a tapé son numéro de carte en public pour doubler son don : {f:pii.card}, exp. 08/28",
               "Pour le supplément bagage, la passagère donne sa carte {f:pii.card} et le cryptogramme 331",
               "Acompte pour la réparation du vélo, carte du client : {f:pii.card}",
               "La facture du véto a été réglée avec la carte {f:pii.card}, tu peux vérifier ?",
               "Réserve les deux places en tribune avec ma carte {f:pii.card} stp",
               "Le client veut changer la carte de l'abonnement : {f:pii.card}",
               "Carte enregistrée pour la location du local : {f:pii.card}"],
        "en": ["Backer pasted their card to up the pledge: {f:pii.card}, exp 07/27",
               "Please charge the excess baggage to {f:pii.card}.",
               "Deposit for the bike service, customer card: {f:pii.card}",
               "Book the two stand seats on my card {f:pii.card}, CVV to follow.",
               "Customer wants the subscription moved to card {f:pii.card}"]},
    "pii.nir": {
        "fr": ["Pour le dossier d'aide au logement, le locataire a envoyé son numéro de sécu : {f:pii.nir}",
               "Carte solidarité transport, numéro de sécu du demandeur : {f:pii.nir}",
               "Le client a mis le NIR d'un salarié dans le ticket : {f:pii.nir}",
               "Pour le certificat sport-santé, la joueuse donne son numéro de sécu {f:pii.nir}",
               "Dossier cantine de la mairie, NIR du parent : {f:pii.nir}"],
        "en": ["For the rental file the French applicant gave us his numéro de sécu: {f:pii.nir}",
               "Customer pasted an employee's NIR in the support chat: {f:pii.nir}",
               "French NIR for the player's medical form: {f:pii.nir}"]},
    "pii.ip": {
        "fr": ["Les attaques DDoS sur le serveur du tournoi partent de {f:pii.ip}.",
               "Les fausses contributions viennent toutes de {f:pii.ip}.",
               "Le client nous demande d'autoriser {f:pii.ip} pour son SSO.",
               "Tentatives de connexion répétées sur le compte de la médiathèque depuis {f:pii.ip}.",
               "Ban IP à appliquer sur le Discord : {f:pii.ip}",
               "Selon le journal du serveur, la fausse annonce de location a été postée depuis {f:pii.ip}."],
        "en": ["The guy DDoSing the tournament server connects from {f:pii.ip}.",
               "All the fake pledges come from {f:pii.ip}.",
               "Customer wants {f:pii.ip} added to the allowlist.",
               "Please IP-ban {f:pii.ip} on the forum.",
               "Repeated failed logins on the booking portal from {f:pii.ip}."]},
    "pii.address": {
        "fr": ["Le maillot dédicacé part chez {prenom} {nom} : {f:pii.address}",
               "Visite de l'appartement prévue au {f:pii.address/numfirst}, code porte à demander.",
               "Le chien recueilli par la clinique appartient à une dame qui habite {f:pii.address/numfirst}.",
               "Adresse de livraison pour les bulbes et le terreau : {f:pii.address}",
               "Le vélo cargo est à livrer chez le client : {f:pii.address}",
               "La contrepartie du financement part à cette adresse : {f:pii.address}",
               "Le contrôleur a relevé l'adresse du fraudeur : {f:pii.address}",
               "Nouvelle adresse de l'adhérente pour la carte du fan-club : {f:pii.address}",
               "J'habite au {f:pii.address/numfirst}, la navette ne s'arrête jamais devant.",
               "Retour de la robe vintage chez la vendeuse : {f:pii.address}",
               "Le lecteur qui a perdu sa carte vit au {f:pii.address/numfirst}.",
               "Le vainqueur du tournoi veut son trophée livré ici : {f:pii.address}",
               "Pour la facturation, notre client a déménagé : {f:pii.address}",
               "Point de rendez-vous pour le covoiturage : devant chez moi, {f:pii.address}"],
        "en": ["Send the signed jersey to {f:pii.address}.",
               "Viewing for the flat is at {f:pii.address}, buzz flat 2.",
               "The lost dog belongs to a lady at {f:pii.address}.",
               "Delivery address for the compost and bulbs: {f:pii.address}",
               "Backer's shipping address for the reward: {f:pii.address}",
               "The fare dodger gave his address as {f:pii.address}.",
               "Fan club card should go to {f:pii.address}.",
               "I live at {f:pii.address} and the bus never stops there.",
               "Customer moved, new billing address: {f:pii.address}",
               "Return the dress to the seller at {f:pii.address}.",
               "Lift share pickup is outside my place, {f:pii.address}"]},
    "pii.birthdate": {
        "fr": ["Pour la licence, date de naissance du joueur : {f:pii.birthdate/fr_num}",
               "Passager mineur non accompagné, né le {f:pii.birthdate/fr_long_kid} : quel tarif ?",
               "Ma petite est née le {f:pii.birthdate/fr_long_kid}, est-ce qu'elle rentre dans la catégorie U13 ?",
               "DDN du locataire pour le dossier : {f:pii.birthdate}",
               "Je suis né le {f:pii.birthdate/fr_dot_senior}, l'appli refuse mon abonnement senior.",
               "Carte de bibliothèque jeunesse : enfant né le {f:pii.birthdate/fr_long_kid}",
               "Date de naissance de la titulaire du compte : {f:pii.birthdate/iso}",
               "Pour la carte de réduction jeune, elle est née le {f:pii.birthdate/fr_num_kid}",
               "Date de naissance du joueur : {f:pii.birthdate/fr_num_kid}, donc trop jeune pour le tournoi à cash prize."],
        "en": ["Player's date of birth for the registration: {f:pii.birthdate/uk_num}",
               "Passenger was born on {f:pii.birthdate/en_long_kid}, travelling as an unaccompanied minor.",
               "My son was born {f:pii.birthdate/en_long_kid}, can he join the under-12s?",
               "DOB {f:pii.birthdate/iso}, tenant application attached.",
               "She's eligible for the pro bracket, DOB on her ID is {f:pii.birthdate/us_num_adult}",
               "Born {f:pii.birthdate/en_long_senior}, so the senior railcard should apply to me, no?"]},
    "secret.password": {
        "fr": ["Le compte Twitch de l'équipe : {handle} / mdp {f:secret.password}",
               "Mot de passe du wifi du club-house : {f:secret.password}",
               "Espace propriétaire : identifiant gestion.beffroi, mot de passe {f:secret.password}",
               "Le mdp de la caisse de la jardinerie c'est {f:secret.password} (change-le après)",
               "Je te donne mon mot de passe de l'outil de support pour que tu regardes : {f:secret.password}",
               "Le mdp du compte Steam partagé : {f:secret.password}",
               "mot de passe du compte partagé : {f:secret.password}",
               "Portail de la mairie → login accueil-biblio, mdp : {f:secret.password}",
               "Le nouveau mot de passe de la boîte mail du fan-club est {f:secret.password}",
               "Pass du compte Insta de la friperie : {f:secret.password}",
               "Tu peux te connecter au logiciel véto avec mon compte, mdp {f:secret.password}",
               "MDP du Discord admin : {f:secret.password}",
               "Dans le fichier de config : DB_PASSWORD={f:secret.password}",
               "Le code wifi de l'institut, c'est le mot de passe {f:secret.password}"],
        "en": ["Team Twitch login: {handle} / password {f:secret.password}",
               "Clubhouse wifi password: {f:secret.password}",
               "Landlord portal, user flat3admin, pass {f:secret.password}",
               "Till password at the garden centre is {f:secret.password} (change it after)",
               "Here's my support tool password so you can take a look: {f:secret.password}",
               "password for the shared inbox -> {f:secret.password}",
               "New password for the fan club inbox is {f:secret.password}",
               "From the config file: DB_PASSWORD={f:secret.password}",
               "Use my account on the vet software, pw {f:secret.password}",
               "Shared Steam account, login grenat_team, password {f:secret.password}"]},
    "secret.api_key": {
        "fr": ["Le client a collé sa clé Stripe dans le ticket : {f:secret.api_key/stripe}",
               "Clé API de la billetterie pour l'intégration : {f:secret.api_key}",
               "Voilà le token GitHub pour le dépôt du site du club : {f:secret.api_key/gh}",
               "Dans le .env du bot Discord : OPENAI_API_KEY={f:secret.api_key/openai}",
               "AWS_ACCESS_KEY_ID={f:secret.api_key/aws} pour le bucket des photos du tournoi",
               "La clé SendGrid pour les newsletters de la médiathèque : {f:secret.api_key/sendgrid}",
               "Clé Google Maps du plan des arrêts : {f:secret.api_key/google}",
               "Le presta a mis sa clé Anthropic dans le canal : {f:secret.api_key/anthropic}",
               "Jeton Slack du bot de support : {f:secret.api_key/slack}",
               "Jeton GitLab pour le déploiement du site de la friperie : {f:secret.api_key/glpat}",
               "Config du widget des horaires, API_KEY: {f:secret.api_key/hex}"],
        "en": ["Customer pasted their live Stripe key in the ticket: {f:secret.api_key/stripe}",
               "Ticketing API key for the integration: {f:secret.api_key}",
               "From the bot's .env: OPENAI_API_KEY={f:secret.api_key/openai}",
               "Shopify admin token for the resale shop: {f:secret.api_key/shopify}",
               "npm token for publishing the widget: {f:secret.api_key/npm}",
               "DigitalOcean token for the game server: {f:secret.api_key/do}",
               "Twilio key for the SMS reminders: {f:secret.api_key/twilio}",
               "Mailgun key is {f:secret.api_key/mailgun}, rotate it after the campaign.",
               "GitHub fine-grained token for the club site: {f:secret.api_key/ghpat}"]},
    "secret.private_key": {
        "fr": ["Voici la clé privée du serveur de jeu, garde-la pour toi :\n{f:secret.private_key}",
               "Le prestataire de la billetterie nous a envoyé ça par mail :\n{f:secret.private_key}\nJe le range où ?",
               "{f:secret.private_key}\nÀ installer sur la machine qui dépose les plans d'urbanisme."],
        "en": ["Game server SSH key, don't share:\n{f:secret.private_key}",
               "The ticketing vendor emailed us this:\n{f:secret.private_key}\nWhere should it live?",
               "{f:secret.private_key}\n(for the check-in app release signing, do not commit)"]},
    "secret.token": {
        "fr": ["Header à coller dans Postman → Authorization: Bearer {f:secret.token/opaque}",
               "JWT du compte modo, récupéré dans le journal du serveur : {f:secret.token/jwt}",
               "curl -H \"Authorization: Bearer {f:secret.token}\" https://api.tabula-crm.com/v2/tickets",
               "Le jeton de session de la cliente (copié depuis son navigateur) : {f:secret.token/jwt}",
               "Bearer {f:secret.token/opaque} — c'est celui du compte billetterie."],
        "en": ["Check-in API call needs the header Authorization: Bearer {f:secret.token/opaque}",
               "Pulled this moderator JWT out of the server logs: {f:secret.token/jwt}",
               "Customer's session token (copied from devtools): {f:secret.token/jwt}",
               "The membership export only works with Bearer {f:secret.token} in the header."]},
    "confidential.lexicon": {
        "fr": ["Motus sur {f:confidential.lexicon} dans les salons publics tant que rien n'est signé.",
               "Le planning de {f:confidential.lexicon} a glissé à la semaine prochaine.",
               "{prenom} demande si {f:confidential.lexicon} concerne aussi les abonnés de {ligne}.",
               "On garde {f:confidential.lexicon} sous le coude jusqu'au conseil municipal.",
               "Le devis lié à {f:confidential.lexicon} est dans le drive partagé.",
               "Petit rappel : tout ce qui touche à {f:confidential.lexicon} reste interne.",
               "Les maquettes « {f:confidential.lexicon} » sont validées par la direction.",
               "Qui s'occupe des visuels de {f:confidential.lexicon} pour la rentrée ?"],
        "en": ["Zip it about {f:confidential.lexicon} on the public Discord for now.",
               "The timeline for {f:confidential.lexicon} slipped to next week.",
               "Is {f:confidential.lexicon} still on for the spring?",
               "Keep {f:confidential.lexicon} out of the newsletter, it's internal.",
               "Who owns the deck on {f:confidential.lexicon}?"]},
    "link.ip_host": link_frames("link.ip_host", ["Le panneau d'admin du serveur de jeu est sur {f:link.ip_host} pour l'instant."],
                                ["The game server's control page currently lives on {f:link.ip_host}"]),
    "link.punycode": link_frames("link.punycode", ["Nouveau site partenaire pour la buvette : {f:link.punycode}"], []),
    "link.lookalike": link_frames("link.lookalike", ["Votre aide au logement est suspendue, régularisez sur {f:link.lookalike}",
                                                     "Frais de douane pour votre colis de fripes : {f:link.lookalike}"],
                                  ["Your parcel is held, pay the customs fee at {f:link.lookalike}"]),
    "link.shortener": link_frames("link.shortener", ["Pour la bio Insta du club, version courte : {f:link.shortener}", "{f:link.shortener} 👀"],
                                  ["Club bio link, shortened: {f:link.shortener}", "Is this legit? {f:link.shortener}"]),
    "link.insecure": link_frames("link.insecure", ["L'article du journal local sur notre victoire : {f:link.insecure}"],
                                 ["The local paper wrote about the win: {f:link.insecure}"]),
    "link.blocklisted": link_frames("link.blocklisted", [], []),
    "link.mismatch": {
        "fr": ["Votre billet est prêt, téléchargez-le sur {f:link.mismatch}.",
               "Pour récupérer la caution, identifiez-vous via {f:link.mismatch}",
               "Le règlement du tournoi est ici : {f:link.mismatch}",
               "Validez votre dossier de location sur {f:link.mismatch} avant ce soir."],
        "en": ["Your booking lapses tonight unless you confirm it via {f:link.mismatch}",
               "Download your ticket here {f:link.mismatch}",
               "Official rules: {f:link.mismatch}"]},
    "illegal.hate": {
        "fr": ["Signalé dans le chat du tournoi : « {f:illegal.hate} »", "{f:illegal.hate}. Voilà, c'est dit.",
               "Sous l'annonce de l'appart, quelqu'un a écrit : « {f:illegal.hate} »", "Pour être franc, {f:illegal.hate}.",
               "{f:illegal.hate}, et ça ne changera jamais.", "Je vais être honnête : {f:illegal.hate}.",
               "Le proprio m'a répondu « {f:illegal.hate} », je fais quoi ?",
               "Commentaire sous la vidéo du match : {f:illegal.hate}",
               "Un supporter en tribune criait « {f:illegal.hate} ».", "Message vocal retranscrit : {f:illegal.hate}",
               "Désolé mais {f:illegal.hate}.", "Tout le monde le pense : {f:illegal.hate}.",
               "Réponse d'un membre sous le post de la cagnotte : « {f:illegal.hate} »",
               "Vu sur le forum des usagers de {ligne} : {f:illegal.hate}",
               "Posté sur le groupe des locataires : {f:illegal.hate}",
               "Un contributeur a laissé ce commentaire : « {f:illegal.hate} »", "Je le pense et je le dis : {f:illegal.hate}."],
        "en": ["Reported in the tournament chat: \"{f:illegal.hate}\"", "{f:illegal.hate}. There, I said it.",
               "Under the flat listing someone wrote \"{f:illegal.hate}\"", "Not gonna lie, {f:illegal.hate}.",
               "{f:illegal.hate} and that will never change.", "The landlord replied \"{f:illegal.hate}\", what do I do?",
               "Comment under the match highlights: {f:illegal.hate}", "A fan in the stand kept yelling \"{f:illegal.hate}\".",
               "Sorry but {f:illegal.hate}.", "Everyone thinks it: {f:illegal.hate}.",
               "Reply under the fundraiser post: \"{f:illegal.hate}\"", "Seen on the commuter forum: {f:illegal.hate}",
               "Posted in the tenants' group: {f:illegal.hate}", "A backer left this comment: \"{f:illegal.hate}\"",
               "I'll say what everyone's thinking: {f:illegal.hate}."]},
    "illegal.threat": {
        "fr": ["{f:illegal.threat}, t'es prévenu.", "Je te mets en garde : {f:illegal.threat}.",
               "Message privé reçu par l'arbitre : « {f:illegal.threat} »",
               "{f:illegal.threat}. Rembourse-moi et on n'en parle plus.", "Retire mon ban, sinon {f:illegal.threat}.",
               "Réponse de l'ancien locataire : « {f:illegal.threat} »", "Écoute bien : {f:illegal.threat}.",
               "Le type au guichet a dit « {f:illegal.threat} », on appelle la police ?",
               "Dernier avertissement, {f:illegal.threat}.", "Tu supprimes encore mon commentaire et {f:illegal.threat}.",
               "Mot laissé sur le pare-brise du chauffeur : « {f:illegal.threat} »",
               "Vocal reçu à 2 h du matin : {f:illegal.threat}", "Commentaire sous ton live : « {f:illegal.threat} »",
               "{f:illegal.threat}. Tu l'auras cherché.", "Message laissé au standard de la mairie : {f:illegal.threat}"],
        "en": ["{f:illegal.threat}, you've been warned.", "I'm telling you now, {f:illegal.threat}.",
               "DM the referee received: \"{f:illegal.threat}\"", "{f:illegal.threat}. Refund me and we'll forget it.",
               "Lift my ban or {f:illegal.threat}.", "Reply from the old tenant: \"{f:illegal.threat}\"",
               "Listen carefully: {f:illegal.threat}.", "Last warning, {f:illegal.threat}.",
               "Delete my comment again and {f:illegal.threat}.", "Voicemail left at 2am: {f:illegal.threat}",
               "Note left on the driver's windscreen: \"{f:illegal.threat}\"", "Comment under your stream: \"{f:illegal.threat}\"",
               "{f:illegal.threat}. You asked for it.", "Message left with the council switchboard: {f:illegal.threat}"]},
    "insult.insult": {
        "fr": ["Le mec de la billetterie est un vrai {f:insult.insult/noun}.", "Arrête de spammer le chat, {f:insult.insult/any}.",
               "Le chauffeur du 42 est un {f:insult.insult/noun}, il m'a fermé la porte au nez.",
               "Tu n'es rien d'autre qu'un {f:insult.insult/noun}.", "Tu vas répondre, {f:insult.insult/any} ?",
               "{f:insult.insult/phrase}, t'as encore annulé ma résa.", "Merci le {f:insult.insult/noun} du guichet.",
               "Ce {f:insult.insult/noun} de vendeur ne répond plus pour le blouson.",
               "Bien joué le {f:insult.insult/noun} qui a fermé la médiathèque à 17 h.",
               "Sérieux, ce véto c'est un {f:insult.insult/noun}.", "{f:insult.insult/phrase}. Rends-moi mon acompte.",
               "Tais-toi, {f:insult.insult/any}.", "Encore raté, {f:insult.insult/any}, tu vises comme un pied.",
               "Tu sers à rien en défense, {f:insult.insult/any}.", "Ce {f:insult.insult/noun} de contrôleur m'a collé une amende.",
               "L'arbitre, ce {f:insult.insult/noun}, a sifflé n'importe quoi.", "Dégage du lobby, {f:insult.insult/any}.",
               "La fille de l'accueil est une {f:insult.insult/nf}.", "Ta coéquipière est une {f:insult.insult/nf}, elle a lâché la partie.",
               "Ma voisine, cette {f:insult.insult/nf}, a fait enlever mon vélo.", "Personne ne t'a sonné, {f:insult.insult/any}.",
               "{f:insult.insult/phrase} !", "Mon proprio est un {f:insult.insult/noun} fini.",
               "Le support, c'est une {f:insult.insult/nf} qui répond à côté.", "Va te faire voir, {f:insult.insult/any}.",
               "{f:insult.insult/any}, va.", "Le modo du serveur est un {f:insult.insult/noun}, il m'a mute pour rien.",
               "Ma coloc est une {f:insult.insult/nf}, elle ne paie jamais sa part.",
               "{f:insult.insult/phrase}, tu ne sais même pas gonfler un pneu."],
        "en": ["The guy at the ticket desk is a proper {f:insult.insult/noun}.", "Stop spamming the chat, {f:insult.insult/noun}.",
               "Driver on the 42 is a {f:insult.insult/noun}, shut the door in my face.", "You're just a {f:insult.insult/noun}.",
               "Answer me, {f:insult.insult/noun}.", "{f:insult.insult/phrase}, you cancelled my booking again.",
               "Cheers to the {f:insult.insult/noun} at the front desk.", "The seller of the jacket is a {f:insult.insult/noun}, ghosted me.",
               "Nice one, {f:insult.insult/noun}, you closed the library at 5.", "The vet's a right {f:insult.insult/noun}.",
               "{f:insult.insult/phrase}. Give me my deposit back.", "Shut up, {f:insult.insult/noun}.",
               "Missed again, {f:insult.insult/noun}, you aim like a toddler.", "You're useless on defence, {f:insult.insult/noun}.",
               "That {f:insult.insult/noun} of a ticket inspector fined me.", "The ref is a {f:insult.insult/noun}, worst calls all season.",
               "Get out of the lobby, {f:insult.insult/noun}.", "Nobody asked you, {f:insult.insult/noun}.",
               "My landlord is a greedy {f:insult.insult/noun}.", "{f:insult.insult/phrase}!",
               "Our support rep, what a {f:insult.insult/noun}.", "The server mod is a {f:insult.insult/noun}, muted me for nothing.",
               "{f:insult.insult/phrase}, you can't even pump a tyre.", "My flatmate is a {f:insult.insult/noun}, never pays her share."]},
    "tone.shouting": {
        "fr": ["{f:tone.shouting}, allô ?", "{f:tone.shouting}, on attend depuis lundi.", "Je réécris : {f:tone.shouting}.",
               "Non mais sérieux, {f:tone.shouting}.", "{f:tone.shouting} 😡", "Bonjour, {f:tone.shouting}.",
               "Ticket #{ticket} toujours ouvert. {f:tone.shouting}.", "{f:tone.shouting}. Merci de me rappeler.",
               "Vol {flight} : {f:tone.shouting}", "Match de dimanche : {f:tone.shouting}",
               "Allô ? {f:tone.shouting}.", "{f:tone.shouting}, c'est pas compliqué pourtant.",
               "Troisième relance : {f:tone.shouting}.", "Franchement… {f:tone.shouting}.",
               "{f:tone.shouting} et je veux une réponse écrite.",
               "Dernier message avant la réclamation : {f:tone.shouting}.", "Bon. {f:tone.shouting}."],
        "en": ["{f:tone.shouting}, hello?", "{f:tone.shouting}, twelve days and counting.", "I'll say it again: {f:tone.shouting}.",
               "Are you serious? {f:tone.shouting}.", "{f:tone.shouting} 😡", "Hello? {f:tone.shouting}.",
               "Ticket #{ticket} still open. {f:tone.shouting}.", "{f:tone.shouting}. Call me back.",
               "Hello?? {f:tone.shouting}.", "{f:tone.shouting}, it's not that hard.", "Third reminder: {f:tone.shouting}.",
               "Honestly... {f:tone.shouting}.", "{f:tone.shouting} and I want it in writing.",
               "Last message before I complain: {f:tone.shouting}.", "Right. {f:tone.shouting}."]},
    "tone.punctuation": {
        "fr": ["Toujours pas de nouvelles de ma valise {f:tone.punctuation}", "On a gagné le tournoi {f:tone.punctuation} 🏆",
               "Le bus est encore passé en avance {f:tone.punctuation}", "Pourquoi la médiathèque ferme à 17 h {f:tone.punctuation}",
               "Mon vélo devait être prêt hier {f:tone.punctuation}", "Sérieux {f:tone.punctuation}",
               "Le proprio a encore augmenté les charges {f:tone.punctuation}", "Trois semaines pour une réponse {f:tone.punctuation}",
               "Merci à tous pour les dons {f:tone.punctuation} 💚", "Il reste des places pour samedi {f:tone.punctuation}",
               "Mes tulipes ne sont jamais arrivées {f:tone.punctuation}", "Vous plaisantez {f:tone.punctuation}",
               "Le chien a avalé tout le vermifuge d'un coup {f:tone.punctuation}", "Ma commande de fripes, c'est pour quand {f:tone.punctuation}",
               "Pardon {f:tone.punctuation}",
               "Encore une panne d'ascenseur à la gare {f:tone.punctuation}", "La barre des 10 000 € de dons est franchie {f:tone.punctuation} 🎉",
               "Le chat est revenu tout seul à la clinique {f:tone.punctuation}", "Qui a validé ce planning {f:tone.punctuation}",
               "Ma réservation a disparu de l'appli {f:tone.punctuation}"],
        "en": ["Still no sign of my suitcase{f:tone.punctuation}", "We won the tournament{f:tone.punctuation} 🏆",
               "The bus left early again{f:tone.punctuation}", "Why does the library close at 5{f:tone.punctuation}",
               "My bike was meant to be ready yesterday{f:tone.punctuation}", "Seriously{f:tone.punctuation}",
               "Landlord raised the service charge again{f:tone.punctuation}", "Three weeks for a reply{f:tone.punctuation}",
               "Thank you all for the donations{f:tone.punctuation} 💚", "Are you kidding me{f:tone.punctuation}",
               "Where are my bulbs{f:tone.punctuation}", "Only 12 seats left for Saturday{f:tone.punctuation}",
               "The lift at the station is broken again{f:tone.punctuation}", "Donations just crossed €10k{f:tone.punctuation} 🎉",
               "Who signed off on this schedule{f:tone.punctuation}", "My booking vanished from the app{f:tone.punctuation}",
               "The cat found her own way back to the clinic{f:tone.punctuation}"]},
    "tone.aggressive": {
        "fr": ["{f:tone.aggressive}…", "Sérieux, {f:tone.aggressive}.", "Non mais {f:tone.aggressive}.",
               "Je te le dis franchement, {f:tone.aggressive}.", "Cher monsieur, {f:tone.aggressive}.",
               "{f:tone.aggressive}, et tu le sais très bien.", "Ticket #{ticket} : {f:tone.aggressive}.",
               "Bref, {f:tone.aggressive}.", "Réponse du client : « {f:tone.aggressive} »", "Écoute, {f:tone.aggressive}.",
               "Au fait, {f:tone.aggressive}.", "{f:tone.aggressive}. Je n'ai rien d'autre à ajouter.",
               "Pour la dernière fois, {f:tone.aggressive}.", "{f:tone.aggressive}, point.",
               "Franchement, {f:tone.aggressive}, ça devient pénible.", "Chère madame, {f:tone.aggressive}.",
               "Je ne vais pas me répéter : {f:tone.aggressive}."],
        "en": ["{f:tone.aggressive}, period.", "Seriously, {f:tone.aggressive}.", "Honestly, {f:tone.aggressive}.",
               "Sir, {f:tone.aggressive}.", "{f:tone.aggressive}, and you know it.", "Ticket #{ticket}: {f:tone.aggressive}.",
               "Listen, {f:tone.aggressive}.", "Customer reply: \"{f:tone.aggressive}\"", "{f:tone.aggressive}. Nothing more to say.",
               "Right, {f:tone.aggressive}.", "For the last time, {f:tone.aggressive}.", "{f:tone.aggressive}, full stop.",
               "Frankly, {f:tone.aggressive}, it's getting old.", "Madam, {f:tone.aggressive}.",
               "I'm not repeating myself: {f:tone.aggressive}."]},
}

COMBOS = {
    "fr": ["Dossier locataire : {prenom} {nom}, né(e) le {f:pii.birthdate/fr_num}, {f:pii.address}, tél. {f:pii.phone}",
           "Inscription au club : {prenom} {nom}, {f:pii.email}, {f:pii.phone}, né le {f:pii.birthdate/fr_long}",
           "Réservation {airline}, passager {prenom} {nom}, né le {f:pii.birthdate/fr_long}, contact {f:pii.email}",
           "Le compte admin du Discord, c'est {f:pii.email} avec le mdp {f:secret.password}",
           "Remboursement de la caution sur {f:pii.iban}, et envoie l'état des lieux à {f:pii.email}",
           "Encore ? {f:tone.shouting} {f:tone.punctuation}",
           "{f:tone.aggressive}. {f:insult.insult/phrase} {f:tone.punctuation}",
           "{f:illegal.threat}. J'ai ton adresse : {f:pii.address}.",
           "{f:tone.shouting}{f:tone.punctuation} {f:insult.insult/phrase}.",
           "Quelqu'un a fait fuiter {f:confidential.lexicon} avec ce lien : {f:link.shortener}",
           "Le fraudeur passe par {f:pii.ip} et a payé avec la carte {f:pii.card}",
           "{f:illegal.hate}. {f:tone.shouting} {f:tone.punctuation}",
           "Clé du bot : {f:secret.api_key} et le serveur est sur {f:link.ip_host}",
           "Tu bloques encore mon compte {f:tone.punctuation} {f:illegal.threat}, {f:insult.insult/any}.",
           "Contrat de location : {prenom} {nom}, {f:pii.address}, IBAN {f:pii.iban}",
           "Nouveau livreur pour la jardinerie : {prenom}, {f:pii.phone}, {f:pii.email}"],
    "en": ["Tenant file: {name} {last}, DOB {f:pii.birthdate/uk_num}, {f:pii.address}, {f:pii.phone}",
           "Club sign-up: {name} {last}, {f:pii.email}, {f:pii.phone}",
           "Booking for {name} {last}, born {f:pii.birthdate/en_long}, contact {f:pii.email}",
           "Discord admin is {f:pii.email}, password {f:secret.password}",
           "Refund the deposit to {f:pii.iban} and send the check-out report to {f:pii.email}",
           "{f:tone.shouting}{f:tone.punctuation} 😤",
           "{f:tone.aggressive}{f:tone.punctuation} {f:insult.insult/phrase}.",
           "{f:illegal.threat}. Got your address: {f:pii.address}.",
           "Someone leaked {f:confidential.lexicon} through {f:link.shortener}",
           "Fraudster logs in from {f:pii.ip} and used card {f:pii.card}",
           "{f:illegal.hate}. {f:tone.shouting}{f:tone.punctuation}",
           "Bot key: {f:secret.api_key}, server lives at {f:link.ip_host}",
           "Ban me again{f:tone.punctuation} {f:illegal.threat}, {f:insult.insult/noun}."],
}

OPENERS = {"fr": ["Salut l'équipe,", "Bonjour à tous,", "Hello {prenom},", "Yo,", "Bonsoir {prenom},", "Coucou la team 👋",
                  "Madame, Monsieur,", "Re-bonjour,", "Allô la modé ?", "Bonjour {prenom} 🙂"],
           "en": ["Hi all,", "Hey {name},", "Morning,", "Hiya,", "Dear customer,", "Hello {name},", "Evening all,",
                  "Quick one:"]}
CLOSERS = {"fr": ["Merci d'avance 🙏", "Bon match à tous ⚽", "À plus,", "Bonne route !", "Cordialement, l'accueil", "Bises",
                  "Bonne fin de journée,", "Sportivement,", "— {prenom}, bénévole"],
           "en": ["Thanks in advance 🙏", "Cheers!", "See you at the ground,", "Safe travels!", "Kind regards,", "Ta,",
                  "- {name}, volunteer", "Best wishes,"]}


# ------------------------------------------------------------------ clean (but tricky) lines
CLEAN = {
    "fr": [
        # travel, rail, public transport
        "Votre réservation {pnr} est confirmée : vol {flight}, siège {seat}, porte {gate}.",
        "Le {train} partira voie {quai} avec 20 minutes de retard, désolés pour la gêne.",
        "Billet retour à {price}, bagage en soute compris.",
        "Avion retardé de 2 h, un bon de {price} vous sera envoyé automatiquement.",
        "Votre bagage a été localisé à Lyon, il arrivera demain par coursier.",
        "Votre vol {flight} arrive au terminal 2F à {time}.",
        "La dernière rame part à 0 h 35 de la station Gare.",
        "Attention, le quai {quai} est fermé, accès par la passerelle.",
        "La ligne C est déviée jusqu'au {date} à cause des travaux.",
        "{ligne} passe désormais toutes les 8 minutes en heure de pointe.",
        "Le contrôle des titres se fait à bord, pensez à valider votre carte.",
        "Le ticket à l'unité coûte {price}, le carnet de dix {price2}.",
        "L'ascenseur de la gare est encore en panne, c'est vraiment nul.",
        "Putain de grève, tous les TER de la matinée sont supprimés.",
        "Fait chier ce bouchon sur la rocade, j'arrive avec 15 min de retard.",
        "Les horaires d'été de {ligne} sont en ligne : {url_rail}",
        "Pour un retard de plus de 30 minutes, la demande de compensation se fait sur {url_rail}",
        "Le bus de remplacement part devant la gare routière à {time}.",
        # sports clubs, ticketing, fan clubs
        "Score final {score}, bravo à toute l'équipe 👏",
        "On s'est fait massacrer {score} mais l'ambiance était top.",
        "On a perdu la finale aux tirs au but, c'est le sport 😢",
        "Le car pour Bitche part à 7 h 10 du parking du gymnase.",
        "Match retour contre Condom le {date}, départ en minibus.",
        "On joue à Montcuq dimanche, covoiturage organisé depuis la mairie.",
        "Prochain déplacement à Cons-la-Grandville, prévoyez des crampons de rechange.",
        "Le mistral souffle à 90 km/h, l'entraînement de voile est reporté.",
        "Le club a été fondé le {old_date}, on fête bientôt l'anniversaire.",
        "Prix du billet en tribune : {price}, tarif réduit pour les moins de 18 ans.",
        "Le maillot floqué coûte {price}, livraison offerte dès deux articles.",
        "La cotisation annuelle passe à {price}, licence incluse.",
        "Le terrain synthétique est impraticable, entraînement annulé ce soir.",
        "Séance de dédicaces des joueuses le {date} après l'entraînement.",
        "Le fan-club organise un car pour le déplacement à Lens, {price} aller-retour.",
        "La licence n° {licence} a bien été validée par la fédération.",
        "Nouveau record du club au 10 km : 31 min 42 s.",
        "Concours de pétanque le {date}, inscriptions à la buvette.",
        "Le club condamne fermement les chants homophobes entendus samedi en tribune.",
        "Nous avons porté plainte après les menaces reçues par notre arbitre.",
        "On va vous mettre la misère dimanche, préparez les mouchoirs 😄",
        "Prépare-toi à perdre la revanche, on s'entraîne dur 😂",
        "Le PSG a gagné {score}, on regarde le replay au club-house ?",
        "Identifiant créancier SEPA du club : {ics}, c'est lui qui figurera sur vos relevés.",
        "Le prélèvement de la cotisation du {date} a bien été annulé, pas de panique.",
        "Billetterie ouverte pour la demi-finale : {url_club}",
        "Le détail est sur {md_match}",
        "Le calendrier complet est sur {url_club}, onglet « Saison ».",
        "Le statut du service est affiché en temps réel sur {url_saas}",
        "Le gardien a sorti un arrêt de malade à la 89e minute 🧤",
        "Le stade sera fermé le {date} pour l'entretien de la pelouse.",
        # esports and gaming
        "GG à tous, belle partie hier soir, on remet ça jeudi ?",
        "Ce boss final est un vrai carnage, on l'a tenté 40 fois.",
        "Ce niveau est sick, j'ai mis deux heures à le finir.",
        "Headshot de fou de Maëlys au dernier round, on a gagné {score} 🔥",
        "Les inscriptions au tournoi {game} ferment le {date} à minuit.",
        "Rappel : le fair-play est obligatoire dans le chat, merci à tous.",
        "Si vous êtes harcelé dans un lobby, utilisez le bouton Signaler.",
        "On a signalé un commentaire raciste sous la vidéo, le compte a été banni.",
        "Le serveur sera en maintenance de 2 h à 4 h, désolé pour la gêne.",
        "La file d'attente du tournoi était infernale, mais l'orga a géré.",
        "Ta manette est HS ? L'atelier en prête pendant la réparation.",
        "Cashprize de {price_big} pour l'équipe gagnante, versé sous 30 jours.",
        "Je vais tuer le temps en ranked en attendant le début du tournoi.",
        "Le patch 7.3 a nerfé le sniper, enfin !!",
        # beauty
        "Cette palette est une tuerie, rupture de stock en deux heures 😅",
        "Ce mascara, c'est de la bombe, je ne mets plus que ça.",
        "L'ancien vernis, franchement nul, a été remplacé par une formule qui tient.",
        "Ce nouveau shampoing est bof, je préférais l'ancien.",
        "Le fond de teint existe en 32 teintes, dont 8 pour les peaux foncées.",
        "Le soin visage dure 45 min et coûte {price}.",
        "Code EAN du sérum : {ean}",
        "Prise de rendez-vous pour la pose de cils sur {url_beauty}",
        # real estate
        "La visite de l'appartement est calée le {date} à {time}.",
        "Loyer de {price_big} charges comprises, dépôt de garantie d'un mois.",
        "Appartement T3 de 68 m², 3e étage sans ascenseur, libre au {date}.",
        "Le propriétaire accepte les animaux, sous réserve d'une assurance.",
        "Votre dossier de location est complet, merci.",
        "Le diagnostic de performance énergétique est classé D.",
        "L'état des lieux de sortie est prévu le {date}, pensez à rendre les trois clés.",
        "La régularisation des charges {year} est de {price} en votre faveur.",
        # pets
        "Le vaccin de {pet} est prévu le {date}, pensez au carnet de santé.",
        "Les croquettes senior sont à {price} le sac de 12 kg.",
        "Notre chatte s'appelle Ondine, elle adore la clinique (enfin presque).",
        "Code EAN du sac de croquettes : {ean}",
        "Pour {pet}, une demi-dose de vermifuge suffit vu son poids.",
        "{pet} a été stérilisé ce matin, tout s'est bien passé.",
        # crowdfunding
        "La cagnotte a atteint {pct} % de son objectif en 48 h 🎉",
        "Nous avons bien reçu votre virement de {price}, merci pour votre soutien.",
        "Tirage au sort des contreparties le {date}, en direct sur le stream.",
        "Les contributions ne sont débitées que si l'objectif est atteint.",
        "SIRET de l'association : {siret}, à reporter sur le reçu fiscal.",
        "Référence de transaction : {txn} (ce n'est pas un numéro de carte, pas d'inquiétude).",
        "On a explosé l'objectif de la campagne, merci à vous tous !!",
        # SaaS support
        "Ticket #{ticket} : le bug d'export CSV est corrigé dans la version 3.12.",
        "Note de version 4.2 : export PDF, mode sombre et correctifs divers.",
        "Le header doit contenir le mot Bearer suivi de votre jeton, voir la documentation.",
        "Mot de passe perdu ? Le lien de réinitialisation est sous le formulaire de connexion.",
        "Rappel : aucun membre de l'équipe ne vous réclamera vos identifiants ou votre code de carte.",
        "Le mot de passe doit contenir au moins 12 caractères dont un chiffre.",
        "Mot de passe : celui que vous avez choisi à l'inscription, on ne le connaît pas.",
        "Connectez-vous avec votre compte habituel sur https://accounts.google.com/signin puis acceptez l'invitation.",
        "Votre mot de passe a été modifié le {date} ; si ce n'est pas vous, contactez-nous.",
        "Le formulaire de contact est sur [la page du club]({url_club}).",
        "Le colis {tracking} est arrivé au point relais, code de retrait dans le SMS.",
        "Votre abonnement annuel a été renouvelé le {date} pour {price_big}.",
        "TVA intracommunautaire : {vat}",
        "Le numéro de dossier est {txn}, merci de le rappeler dans vos échanges.",
        "Numéro de commande {order}, total {price}, payé par carte le {date}.",
        "Honnêtement la première version du connecteur était nulle, la 2.4 corrige tout.",
        "La doc de l'intégration est ici : {url_saas}",
        "Le formulaire RGPD est à signer par chaque adhérent.",
        "Vous retrouverez la facture {order} dans l'onglet Facturation.",
        # second-hand fashion
        "Le manteau en laine est en très bon état, quelques bouloches sur la manche.",
        "La veste est taille M, 100 % coton, {price} port compris.",
        "Nouvelle collection de fripes en boutique : vestes en jean, pulls irlandais et robes années 70.",
        "La commission de la plateforme de revente est de {pct} %, frais de port en sus.",
        "Votre colis voyage sous le suivi {tracking}.",
        "Ce jean est une affaire de folie, {price} pour du selvedge.",
        "La référence de l'article est {sku}, taille unique.",
        # councils and libraries
        "L'accueil de la médiathèque (demandez Aurore) vous rappelle demain matin.",
        "Merci à Aurore pour les photos de la fête de quartier !!",
        "Oui Aurore, la salle est réservée jusqu'à 22 h.",
        "Demande à Aurore le code du local vélos, je ne l'ai pas.",
        "La médiathèque sera fermée le {date} pour inventaire.",
        "Votre carte de bibliothèque expire le {date}, renouvelez-la à l'accueil.",
        "Le livre est disponible, ISBN {isbn}, à retirer à l'accueil.",
        "« L'Idiot » de Dostoïevski est de nouveau disponible en rayon.",
        "Ciné-club jeudi à la médiathèque : projection de {film}, entrée libre.",
        "« Les cons, ça ose tout, c'est même à ça qu'on les reconnaît » : la réplique culte sera projetée en plein air samedi.",
        "« Vous ne passerez pas ! » C'est le thème de la soirée jeux de société.",
        "C'est le premier concours de cosplay de la médiathèque, venez costumés !!",
        "La réunion du conseil municipal est retransmise en direct sur la page de la ville.",
        "Pour le wifi invité, le mot de passe est affiché à l'accueil.",
        "Le concours photo de la ville est ouvert jusqu'au {date}.",
        "La déchetterie ferme à 18 h le samedi, à 12 h le dimanche.",
        "Réunion des bénévoles le {date} à {time}, salle 3.",
        "La bibliothèque a ouvert ses portes le {old_date}, l'expo retrace son histoire.",
        # garden centre
        "Les semis de tomates se font en mars, sous abri, à 20 °C.",
        "Taillez les rosiers fin février, au-dessus d'un œil tourné vers l'extérieur.",
        "Les bulbes sont arrivés : {n} variétés de tulipes, dont la Queen of Night.",
        "Commande {order} : deux sacs de terreau et un sécateur, retrait en magasin dès le {date}.",
        "Le devis pour la haie : {price_big} HT, intervention sous quinze jours.",
        "Le héron cendré est revenu près de l'étang de la jardinerie 🐦",
        "Les colibris de la volière ont été rentrés pour l'hiver.",
        "Notre taille-haie est nul, la lame s'est émoussée en une semaine.",
        "Recette du cake des bénévoles : 250 g de farine, 3 œufs, 125 g de beurre, un sachet de levure.",
        # bike repair
        "Chambre à air réf. {sku}, fiche produit : {url_bike}",
        "L'acompte de {price} pour la révision du vélo est bien reçu, merci !!",
        "Le SAV a remplacé le dérailleur sous garantie.",
        "La nouvelle lampe frontale fait 1 200 lumens, parfaite pour les sorties de nuit.",
        "Le code promo {promo} donne {pct} % sur les révisions jusqu'au {date}.",
        "Killer deal sur les pneus d'hiver ce week-end, -30 % à l'atelier.",
        "Merde, j'ai oublié de serrer l'axe de roue, je repasse demain.",
        "Suis-je bête, j'ai oublié de joindre le devis. Le voici.",
        "Je suis nulle en orthographe, désolée pour les fautes sur l'affiche 🙈",
        "Le vent d'autan souffle fort, la sortie vélo est maintenue mais prudence.",
        "Vraiment ?! La sortie du dimanche est décalée à 9 h ?",
        "Tu m'as tuée avec ta vidéo de chute dans la boue 😂",
        "Je suis morte de rire devant le replay du match.",
        "Des SMS frauduleux circulent : aucun de nos messages ne contient de demande de paiement.",
        "Le RIB du club est disponible sur demande auprès du trésorier.",
    ],
    "en": [
        "Booking {pnr} confirmed: flight {flight}, seat {seat}, gate {gate}.",
        "The {time_en} to Galway leaves from platform {quai}, running 20 minutes late.",
        "Return fare {price_en}, hold luggage included.",
        "Flight delayed by 2 hours, a {price_en} voucher will be sent automatically.",
        "Your bag has been found in Dublin and will arrive tomorrow by courier.",
        "Your flight {flight} lands at terminal 2 at {time_en}.",
        "Last train leaves at 00:35 from Central.",
        "Tickets are checked on board, remember to tap in.",
        "Bloody hell, the 8:15 is cancelled again.",
        "This traffic is a nightmare, I'll be 15 minutes late.",
        "Summer timetable for the 42 is online at {url_rail_en}",
        "Delay compensation claims go through {url_rail_en}",
        "Final score {score_en}, well played everyone 👏",
        "We got hammered {score_en} but the atmosphere was brilliant.",
        "We lost the final on penalties, that's sport 😢",
        "Coach to Scunthorpe leaves at 7:10 from the sports centre car park.",
        "Away fixture at Penistone on {date_en}, minibus from the club.",
        "Our Middlesex and Essex branches are closed on bank holidays.",
        "The club was founded on {old_date_en}; anniversary dinner soon.",
        "Stand tickets are {price_en}, under-18s half price.",
        "Annual subs go up to {price_en}, insurance included.",
        "The astroturf is waterlogged, training cancelled tonight.",
        "Signing session with the players on {date_en} after training.",
        "New club record over 10k: 31:42.",
        "The club strongly condemns the homophobic chanting heard in the stand on Saturday.",
        "We've contacted the police about the threats sent to our referee.",
        "We're gonna smash you on Sunday 😄 see you at the ground.",
        "You're going down in the rematch, bring tissues 😂",
        "The striker absolutely murdered that penalty.",
        "Our keeper made a criminal number of saves, player of the match.",
        "Sussex derby on {date_en}, kick-off {time_en}.",
        "Lewis was a beast in the scrum today.",
        "Licence no. {licence} has been validated by the federation.",
        "Seat map for the away game is at {url_club_en}",
        "Everything you need is on {md_match}",
        "Live service status is on {url_saas_en}",
        "GG all, great game last night, same again Thursday?",
        "That final boss is brutal, we wiped 40 times.",
        "Registration for the {game} cup shuts at 23:59 on {date_en}.",
        "If you're harassed in a lobby, use the Report button.",
        "We reported a racist comment under the video and the account has been banned.",
        "Server maintenance from 2am to 4am, sorry for the hassle.",
        "You killed it at the tournament, proud of you all.",
        "I'm dead, that match highlight is hilarious 😂",
        "Patch 7.3 finally nerfed the sniper!!",
        "Prize pool is {price_en_big}, paid out within 30 days.",
        "This palette is an absolute killer, sold out in two hours.",
        "The new shampoo is meh, I preferred the old one.",
        "The foundation comes in 32 shades, 8 of them for deeper skin tones.",
        "Barcode on the serum box: {ean}",
        "Book your lash appointment at {url_beauty_en}",
        "Flat viewing is booked for {date_en} at {time_en}.",
        "Rent is {price_en_big} a month, bills included, one month's deposit.",
        "Two-bed flat, 68 m², third floor, no lift, available from {date_en}.",
        "The landlord accepts pets subject to insurance.",
        "Check-out inspection is on {date_en}, please return all three keys.",
        "{pet}'s booster jab is due on {date_en}, bring the vaccination card.",
        "Senior kibble is {price_en} for a 12kg bag.",
        "Barcode on the kibble bag: {ean}",
        "Rule of thumb for the dog: 10% of daily calories from treats, max.",
        "The fundraiser hit {pct}% of its goal in 48 hours 🎉",
        "Pledges are only charged if the campaign reaches its goal.",
        "Transaction reference: {txn} (not a card number, don't worry).",
        "Our SEPA creditor ID ({ics}) will show on your statement.",
        "The supplier's SIRET is {siret}, for your accountant.",
        "Ticket #{ticket}: the CSV export bug is fixed in version 3.12.",
        "Release notes 4.2: PDF export, dark mode and bug fixes.",
        "The header must contain the word Bearer followed by your token, see the docs.",
        "Lost your login details? The reset link sits just under the sign-in form.",
        "Reminder: staff won't ever request your card number or login details in a DM.",
        "Passwords need at least 12 characters, including a number.",
        "Password: the one you picked when you signed up, we can't see it.",
        "Sign in with your usual account at https://accounts.google.com/signin and accept the invite.",
        "Your password was changed on {date_en}; if that wasn't you, get in touch.",
        "The contact form is on [the club page]({url_club_en}).",
        "Parcel {tracking} has reached the pickup point, the collection code is in the text.",
        "Your annual plan renewed on {date_en} for {price_en_big}.",
        "VAT number: {vat}",
        "Case number {txn}, please quote it in any reply.",
        "Order {order}, total {price_en}, paid by card on {date_en}.",
        "This update is bad, the app crashes on login. We're on it.",
        "Integration docs are here: {url_saas_en}",
        "The wool coat is in great condition, a little pilling on one sleeve.",
        "New vintage drop in store: denim jackets, Aran jumpers and 70s dresses.",
        "What a steal, these boots were {price_en} and look brand new.",
        "Your parcel is travelling under tracking ref {tracking}.",
        "Item reference {sku}, one size.",
        "Front desk will ring you tomorrow morning, ask for Aurore.",
        "Thanks Aurore for the street party photos!!",
        "Ask Aurore for the bike store access code, I don't have it.",
        "The library will be closed on {date_en} for stocktaking.",
        "Your library card expires on {date_en}, renew it at the desk.",
        "The book is in, ISBN {isbn}, collect it at the front desk.",
        "Dostoevsky's \"The Idiot\" is back on the shelf.",
        "Film night at the library: {film_en}, free entry.",
        "\"You talkin' to me?\" Our De Niro quiz night is on Friday.",
        "\"I'll be back\": the Terminator marathon returns to the community hall on {date_en}.",
        "It's our first ever cosplay contest at the library, come dressed up!!",
        "The guest wifi password is displayed at reception.",
        "Volunteers' meeting on {date_en} at {time_en} in room 3.",
        "Sow tomatoes in March under cover at 20°C.",
        "Prune roses in late February, just above an outward-facing bud.",
        "Order {order}: two bags of compost and secateurs, ready for collection from {date_en}.",
        "Quote for the hedge: {price_en_big} plus VAT, done within two weeks.",
        "The heron is back by the pond at the garden centre.",
        "Our hedge trimmer is rubbish, the blade went blunt in a week.",
        "Recipe for the volunteers' flapjacks: 250g oats, 125g butter, 100g golden syrup.",
        "Inner tube reference is {sku}, details at {url_bike_en}.",
        "The derailleur was replaced under warranty.",
        "The new head torch puts out 1,200 lumens, perfect for night rides.",
        "Promo code {promo} gives {pct}% off services until {date_en}.",
        "Killer deal on winter tyres this weekend, 30% off in the workshop.",
        "Damn, I left my badge at the clubhouse, can someone keep it?",
        "Silly me, I forgot to attach the quote, here it is.",
        "I'm hopeless at spelling, sorry about the typos on the poster 🙈",
        "I'm such a klutz, I dropped the trophy during the photo 🙈",
        "Really?! The Sunday ride has moved to 9am?",
        "Scam texts are going round; genuine messages from us never include a payment request.",
        "Cut the butter into the flour until it looks like breadcrumbs, then add 2 eggs.",
    ],
}


def md_match():
    url = R.choice(SAFE_URLS_FR + SAFE_URLS_EN)
    host = re.match(r"https://([^/]+)", url).group(1)
    shown = R.choice([host, host.removeprefix("www."), url])
    return f"[{shown}]({url})"


FILLERS["md_match"] = md_match

# ------------------------------------------------------------------ rendering
SLOT = re.compile(r"\{(f:)?([a-z_0-9./]+)\}")
SENT_END = (".", "!", "?", "\n", "…")
STATS = Counter()


def fr_typo(frame):
    """Apply French spacing rules to the template's own text; inserted values are left untouched."""
    if R.random() < 0.75:
        sp = NBSP if R.random() < 0.7 else NNBSP
        frame = re.sub(r" ([:!?;»])", sp + r"\1", frame)
        frame = frame.replace("« ", "«" + sp)
        frame = re.sub(r" (\{f:tone\.punctuation\})", sp + r"\1", frame)
    if R.random() < 0.3:
        frame = frame.replace("'", "’")
    return frame


def norm_gen(res):
    if isinstance(res, tuple):
        return res
    return res, None


def render(frame, lang, tag=None):
    """Fill one template; returns the text and its findings (offsets relative to that text)."""
    if tag:
        STATS["tpl:" + tag] += 1
    if lang == "fr":
        frame = fr_typo(frame)
    out, findings, pos, last = [], [], 0, 0
    for m in SLOT.finditer(frame):
        lit = frame[last:m.start()]
        last = m.end()
        name = m.group(2)
        if m.group(1):
            key, _, variant = name.partition("/")
            if key == "pii.address" and variant == "numfirst":
                variant = R.choice(["fr", "fr", "fr", "qc", "af"]) if lang == "fr" else None
            val, inner = norm_gen(GEN[key](lang, variant or None))
            cat, kind = key.split(".")
            if inner is None:
                inner = [(cat, kind, 0, len(val))]
            prev = "".join(out) + lit
            if key in CAPITALIZE and (not prev.strip() or prev.rstrip().endswith(SENT_END)):
                val = val[:1].upper() + val[1:]
            if lang == "en" and re.search(r"(?:^|\s)a $", lit) and val[:1].lower() in "aeio":
                lit = lit[:-2] + "an "
            out.append(lit)
            pos += len(lit)
            for c, k, s, e in inner:
                findings.append({"category": c, "kind": k, "start": pos + s, "end": pos + e, "_v": val[s:e]})
        else:
            out.append(lit)
            pos += len(lit)
            val = FILLERS[name]()
        out.append(val)
        pos += len(val)
    out.append(frame[last:])
    return "".join(out), findings


def join(pieces):
    text, finds = "", []
    prev_ends_in_value = False
    for i, (t, fs) in enumerate(pieces):
        if i:
            if text[-1:].isalnum() or prev_ends_in_value:  # no end punctuation: new line rather than run on
                text += R.choice(["\n", "\n", "\n\n"])
            else:
                text += R.choice([" ", " ", " ", "\n", "\n\n"]) if len(pieces) > 2 else R.choice([" ", " ", "\n"])
        off = len(text)
        text += t
        for f in fs:
            f = dict(f)
            f["start"] += off
            f["end"] += off
            finds.append(f)
        prev_ends_in_value = any(f["end"] == len(t) for f in fs)
    return text, finds


CUSTOMER_SIDE = {"illegal", "insult", "tone"}


def pick_frame(kind, lang):
    lst = FRAMES[kind][lang]
    i = R.randrange(len(lst))
    return lst[i], f"{kind}:{lang}:{i}"


def pick_clean(lang):
    i = R.randrange(len(CLEAN[lang]))
    return CLEAN[lang][i], f"clean:{lang}:{i}"


def make_message(lang, primary):
    pieces = []
    if primary is None:
        k = R.choice([1, 1, 2, 2, 2, 3])
        idx = R.sample(range(len(CLEAN[lang])), k)
        for i in idx:
            pieces.append(render(CLEAN[lang][i], lang, f"clean:{lang}:{i}"))
    elif primary == "combo":
        i = R.randrange(len(COMBOS[lang]))
        pieces.append(render(COMBOS[lang][i], lang, f"combo:{lang}:{i}"))
    else:
        fr_, tag = pick_frame(primary, lang)
        pieces.append(render(fr_, lang, tag))
        cat = primary.split(".")[0]
        hostile = cat in CUSTOMER_SIDE
        if R.random() < (0.4 if hostile else 0.28):
            side = hostile if R.random() < 0.8 else not hostile
            others = [k for k in ALL_KINDS if k.split(".")[0] != cat and k != "secret.private_key"
                      and (k.split(".")[0] in CUSTOMER_SIDE) == side]
            sec = R.choice(others)
            fr2, tag2 = pick_frame(sec, lang)
            pieces.append(render(fr2, lang, tag2))
            if R.random() < 0.2:
                third = R.choice([k for k in others if k.split(".")[0] not in (cat, sec.split(".")[0])])
                fr3, tag3 = pick_frame(third, lang)
                pieces.append(render(fr3, lang, tag3))
        R.shuffle(pieces)
        if R.random() < 0.4:
            c, tag = pick_clean(lang)
            pieces.insert(R.randint(0, len(pieces)), render(c, lang, tag))
    if R.random() < 0.22:
        pieces.append(render(R.choice(CLOSERS[lang]), lang))
    text, finds = join(pieces)
    if R.random() < 0.4:
        op, _ = render(R.choice(OPENERS[lang]), lang)
        sep = "\n" if R.random() < 0.7 else " "
        off = len(op) + 1
        text = op + sep + text
        for f in finds:
            f["start"] += off
            f["end"] += off
    return text, finds


# ------------------------------------------------------------------ validation
LEX_RE = [(t, re.compile(r"(?<![\w-])" + re.escape(norm(t)) + r"(?![\w-])")) for t in LEXICON]
CAPS_TOKEN = re.compile(r"^[^\w]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)[^\w]*$")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s)\]>\"»]+", re.I)
IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]|\.\d)")
IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::?[0-9a-f]{1,4})(?![\w:])", re.I)
CARDISH_RE = re.compile(r"(?<![\d])\d(?:[ \u00a0\u202f.-]?\d){12,18}(?!\d)")
IBANISH_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,8}(?:[ \u00a0]?[A-Z0-9]{1,4})?\b")
PHONEISH_RE = re.compile(r"(?:\+\d{1,3}[\s.\-]?\(?\d|\b0\d(?:[\s.\-/]?\d\d){4}\b|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b)")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def caps_runs_strict(text):
    """Runs of >= 3 consecutive all-caps words (>= 2 letters each), as in the dev generator's checker."""
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


def caps_runs_loose(text):
    """Conservative: runs of >= 3 tokens that hold an upper-case letter and no lower-case letter."""
    def capsish(tok):
        return any(c.isupper() for c in tok) and not any(c.islower() for c in tok)
    runs, cur = [], []
    for m in re.finditer(r"\S+", text):
        if capsish(m.group()):
            cur.append(m)
        else:
            if len(cur) >= 3:
                runs.append((cur[0].start(), cur[-1].end()))
            cur = []
    if len(cur) >= 3:
        runs.append((cur[0].start(), cur[-1].end()))
    return runs


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def covered(span, fs, cat=None, kind=None):
    return any(overlaps(span, (f["start"], f["end"])) and (cat is None or f["category"] == cat)
               and (kind is None or f["kind"] == kind) for f in fs)


def inside(span, fs, cats):
    return any(f["start"] <= span[0] and span[1] <= f["end"] and f["category"] in cats for f in fs)


def host_of(url):
    m = re.match(r"(?:https?://)?([^/\s?#:\]]+|\[[^\]]+\])", url, re.I)
    return m.group(1).lower() if m else ""


def is_safe_host(h):
    return h in SAFE_HOSTS or h == "api.tabula-crm.com"


def is_shortener(h):
    return h in SHORTENERS


def trim_punct(s):
    return s.strip(".,;:!?«»\"()[]’' \u00a0\u202f")


class Bad(Exception):
    pass


def need(cond, *why):
    if not cond:
        raise Bad(" ".join(str(w) for w in why))


def check_row(text, fs, lang):
    """Raise Bad if the line or its gold is inconsistent."""
    need(lang in ("fr", "en"), "lang")
    for f in fs:
        need(f["kind"] in KINDS.get(f["category"], []), "kind", f)
        s, e = f["start"], f["end"]
        need(0 <= s < e <= len(text), "bounds", f)
        span = text[s:e]
        need(span == f["_v"], "value", repr(span), repr(f["_v"]))
        need(span == span.strip(), "span has outer space", repr(span))
        k = f["category"] + "." + f["kind"]
        if k == "pii.iban":
            need(iban_valid(span), "iban mod97", span)
        elif k == "pii.card":
            d = re.sub(r"\D", "", span)
            need(luhn_ok(d) and 13 <= len(d) <= 19 and d[0] in "23456", "card", span)
        elif k == "pii.nir":
            d = re.sub(r"\D", "", span)
            need(len(d) == 15 and nir_key(d[:13]) == int(d[13:]), "nir", span)
        elif k == "pii.email":
            need(EMAIL_RE.fullmatch(span), "email", span)
        elif k == "pii.ip":
            try:
                ipaddress.ip_address(span)
            except ValueError:
                need(False, "ip", span)
        elif k == "secret.private_key":
            need(span.startswith("-----BEGIN ") and span.endswith("PRIVATE KEY-----"), "pk")
        elif k == "secret.token":
            if span.startswith("eyJ"):
                need(span.count(".") == 2, "jwt")
                json.loads(base64.urlsafe_b64decode(span.split(".")[0] + "=="))
        elif k == "secret.password":
            need(not re.search(r"\s", span) and len(span) >= 6, "pw", span)
        elif k == "confidential.lexicon":
            need(any(norm(span) == norm(t) for t in LEXICON), "lex", span)
        elif k == "tone.shouting":
            toks = span.split()
            need(len(toks) >= 3 and all(CAPS_TOKEN.match(t) for t in toks), "shout tokens", span)
        elif k == "tone.punctuation":
            need(re.fullmatch(r"[!?]{3,}", span), "punct", span)
        elif f["category"] == "link":
            if f["kind"] == "mismatch":
                need(span.startswith("[") and span.endswith(")") and "](" in span, "md")
                vis, tgt = span[1:-1].split("](", 1)
                need(host_of(vis).removeprefix("www.") != host_of(tgt).removeprefix("www."), "mismatch same host")
            else:
                need(re.fullmatch(r"(?:https?://)?[^\s]+", span) and ("." in span or "[" in span), "url", span)
                if span.startswith("http://"):
                    need(any(g["kind"] == "insecure" and g["start"] == s and g["end"] == e for g in fs),
                         "http without insecure", span)
                h = host_of(span)
                if f["kind"] == "ip_host":
                    need(IPV4_RE.fullmatch(h) or h.startswith("["), "ip_host", span)
                if f["kind"] == "punycode":
                    need("xn--" in h, "puny")
                if f["kind"] == "shortener":
                    need(is_shortener(h), "shortener", h)
                if f["kind"] == "blocklisted":
                    need(any(h == b or h.endswith("." + b) for b in BLOCKED), "blocked", h)
                if f["kind"] == "lookalike":
                    need(not any(h == d or h.endswith("." + d) for d in BRAND_DOMAINS), "lookalike is real", h)
    # no two findings of the same kind overlapping
    for i, a in enumerate(fs):
        for b in fs[i + 1:]:
            if a["category"] == b["category"] and a["kind"] == b["kind"]:
                need(not overlaps((a["start"], a["end"]), (b["start"], b["end"])), "dup overlap", a)
    nt = norm(text)
    need(len(nt) == len(text), "norm changes length")  # keeps lexicon offsets aligned
    for term, rx in LEX_RE:
        for m in rx.finditer(nt):
            need(any(f["kind"] == "lexicon" and f["start"] == m.start() and f["end"] == m.end() for f in fs),
                 "lexicon term without finding", m.group())
    for m in re.finditer(r"[!?]{3,}", text):
        need(covered(m.span(), fs, "tone", "punctuation") or inside(m.span(), fs, {"secret"}), "punct run", m.group())
    for s, e in caps_runs_strict(text):
        need(covered((s, e), fs, "tone", "shouting") or inside((s, e), fs, {"secret", "pii", "link"}),
             "caps run", text[s:e])
    for s, e in caps_runs_loose(text):
        sh = [f for f in fs if f["kind"] == "shouting" and overlaps((s, e), (f["start"], f["end"]))]
        if sh:
            # nothing upper-case may touch a shouting span: the run must be exactly the span
            need(len(sh) == 1 and trim_punct(text[s:e]) == text[sh[0]["start"]:sh[0]["end"]], "loose caps run", text[s:e])
            continue
        # otherwise at most two upper-case tokens outside PII/secret/link/lexicon values
        free = [m for m in re.finditer(r"\S+", text[s:e])
                if not inside((s + m.start(), s + len(m.group().rstrip(".,;:!?")) + m.start()), fs,
                              {"secret", "pii", "link", "confidential"})]
        need(len(free) < 3, "loose caps run", text[s:e])
    for m in re.finditer(r"http://\S+", text):
        need(covered(m.span(), fs, "link", "insecure"), "http uncovered")
    for m in EMAIL_RE.finditer(text):
        need(covered(m.span(), fs, "pii", "email"), "email uncovered", m.group())
    for m in URL_RE.finditer(text):
        if not covered(m.span(), fs, "link"):
            need(is_safe_host(host_of(m.group())), "unsafe url", m.group())
    for h in SHORTENERS + BLOCKED:
        for m in re.finditer(r"(?<![\w.-])" + re.escape(h) + r"/", text):
            need(covered(m.span(), fs, "link"), "link host uncovered", h)
    for m in re.finditer(r"xn--", text):
        need(covered(m.span(), fs, "link", "punycode"), "xn uncovered")
    for m in IPV4_RE.finditer(text):
        need(covered(m.span(), fs, "pii", "ip") or covered(m.span(), fs, "link", "ip_host"), "ipv4 uncovered", m.group())
    for m in re.finditer(r"Bearer\s+(\S+)", text):
        tok = m.group(1).strip("\"'")
        if len(tok) >= 16:
            need(covered(m.span(1), fs, "secret", "token"), "bearer uncovered")
    for m in re.finditer(r"eyJ[\w-]+\.", text):
        need(covered(m.span(), fs, "secret", "token"), "jwt uncovered")
    for m in re.finditer(r"BEGIN [A-Z ]*PRIVATE KEY", text):
        need(covered(m.span(), fs, "secret", "private_key"), "pk uncovered")
    for m in CARDISH_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d) and d[0] in "23456":
            need(covered(m.span(), fs, "pii") or inside(m.span(), fs, {"secret"}), "card-like uncovered", m.group())
    for m in IBANISH_RE.finditer(text):
        if iban_valid(m.group()):
            need(covered(m.span(), fs, "pii", "iban"), "iban-like uncovered", m.group())
    for m in PHONEISH_RE.finditer(text):
        need(covered(m.span(), fs), "phone-like uncovered", repr(text[m.start():m.start() + 20]))
    if not fs:
        need("http://" not in text and "xn--" not in text and "BEGIN" not in text and "eyJ" not in text, "clean tokens")
        need("@" not in text or not EMAIL_RE.search(text), "clean email")


# ------------------------------------------------------------------ build
def build(n, seed):
    R.seed(seed)
    n_clean = round(n * CLEAN_SHARE)
    n_fr = round(n * FR_SHARE)
    langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
    R.shuffle(langs)
    keys = ALL_KINDS + ["combo"]
    wts = [WEIGHTS[k] for k in keys]
    prims = [None] * n_clean + R.choices(keys, weights=wts, k=n - n_clean)
    R.shuffle(prims)
    rows, seen = [], set()
    for i, (lang, prim) in enumerate(zip(langs, prims)):
        for attempt in range(300):
            text, finds = make_message(lang, prim)
            limit = 640 if any(f["kind"] == "private_key" for f in finds) else 420
            if not (8 <= len(text) <= limit) or text in seen:
                STATS["retry:length/dup"] += 1
                continue
            if prim is not None and not finds:
                STATS["retry:no finding"] += 1
                continue
            try:
                check_row(text, finds, lang)
            except Bad as exc:
                STATS["retry:" + str(exc).split(" ")[0] + " " + (str(exc).split(" ")[1] if " " in str(exc) else "")] += 1
                if os.environ.get("GB4_DEBUG"):
                    print("retry:", exc, "|", repr(text[:160]), file=sys.stderr)
                continue
            break
        else:
            raise SystemExit(f"could not build a valid line for {prim} ({lang})")
        seen.add(text)
        finds.sort(key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))
        rows.append({"id": f"gb4-{i + 1:05d}", "lang": lang, "text": text,
                     "findings": [{k: f[k] for k in ("category", "kind", "start", "end")} for f in finds],
                     "_vals": [f["_v"] for f in finds]})
    return rows


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        fs = [dict(f, _v=v) for f, v in zip(r["findings"], r["_vals"])]
        try:
            check_row(r["text"], fs, r["lang"])
        except Bad as exc:
            raise SystemExit(f"{r['id']}: {exc}")
        for f, v in zip(r["findings"], r["_vals"]):
            assert r["text"][f["start"]:f["end"]] == v, (r["id"], v)
    return True


def self_test():
    """Sanity checks of the vocabulary itself (run before generating)."""
    for s in SHOUT_FR + SHOUT_EN:
        toks = s.split()
        assert len(toks) >= 3 and all(CAPS_TOKEN.match(t) for t in toks), s
        assert not re.search(r"[!?]", s), s
    for t in BLOCKED:
        assert t not in SHORTENERS
    for h in LOOKALIKES:
        assert not any(h == d or h.endswith("." + d) for d in BRAND_DOMAINS), h
        assert not any(h == b or h.endswith("." + b) for b in BLOCKED), h
    for u in SAFE_URLS_FR + SAFE_URLS_EN:
        assert u.startswith("https://"), u
    for lab in IDN_LABELS:
        assert codecs.encode(lab, "punycode")
    # clean templates may only hold plain fillers, never finding slots
    for lang in ("fr", "en"):
        for c in CLEAN[lang]:
            for name in SLOT.findall(c):
                assert not name[0], ("finding slot in clean template", c)
    assert iban_valid("GB82WEST12345698765432") and luhn_ok("4111111111111111") and nir_key("1850578006084") == 91


def template_counts():
    c = Counter()
    for lang in ("fr", "en"):
        c[f"hate statements ({lang})"] = len(HATE_FR_T + HATE_FR_FIXED) if lang == "fr" else len(HATE_EN_T + HATE_EN_FIXED)
        c[f"threat statements ({lang})"] = len(THREAT_FR if lang == "fr" else THREAT_EN)
        c[f"aggressive/sarcasm clauses ({lang})"] = len(AGGR_FR if lang == "fr" else AGGR_EN)
        c[f"shouting runs ({lang})"] = len(SHOUT_FR if lang == "fr" else SHOUT_EN)
        for k in ("illegal.hate", "illegal.threat", "insult.insult", "tone.shouting", "tone.punctuation",
                  "tone.aggressive"):
            c[f"{k} frames ({lang})"] = len(FRAMES[k][lang])
        c[f"combo frames ({lang})"] = len(COMBOS[lang])
        c[f"clean templates ({lang})"] = len(CLEAN[lang])
    c["insult words/phrase patterns (fr)"] = len(set(INSULT_FR_N + INSULT_FR_M + INSULT_FR_M_MULTI + INSULT_FR_NF +
                                                     INSULT_FR_F_EXTRA + INSULT_FR_PL)) + len(INSULT_FR_P)
    c["insult words/phrase patterns (en)"] = len(set(INSULT_EN_N + INSULT_EN_PL)) + len(INSULT_EN_P)
    c["hate target groups (fr/en)"] = len(GROUPS_FR) + len(GROUPS_EN)
    c["punctuation runs"] = len(PUNCT_RUNS)
    return c


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-n", type=int, default=3000)
    ap.add_argument("-o", "--out", default="gb4.jsonl")
    ap.add_argument("--stats", action="store_true", help="print template usage and retry reasons")
    a = ap.parse_args()
    self_test()
    rows = build(a.n, a.seed)
    validate(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("id", "lang", "text", "findings")}, ensure_ascii=False) + "\n")
    c = Counter(f["category"] + "." + f["kind"] for r in rows for f in r["findings"])
    clean = sum(1 for r in rows if not r["findings"])
    fr = sum(1 for r in rows if r["lang"] == "fr")
    print(f"wrote {len(rows)} rows to {a.out}: clean={clean} fr={fr} en={len(rows) - fr}", file=sys.stderr)
    for k in ALL_KINDS:
        print(f"  {k:24s} {c[k]}", file=sys.stderr)
    if a.stats:
        tc = template_counts()
        print("template inventory:", file=sys.stderr)
        for k, v in tc.items():
            print(f"  {k:42s} {v}", file=sys.stderr)
        used = [k for k in STATS if k.startswith("tpl:")]
        print(f"distinct templates used: {len(used)}", file=sys.stderr)
        for k, v in sorted(STATS.items()):
            if k.startswith("retry:"):
                print(f"  {k:40s} {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
