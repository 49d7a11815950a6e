#!/usr/bin/env python3
"""gen_blind9.py - blind evaluation-data generator for the pre-send guard.

Persona: the in-house community team of "Névéa", a French sports-nutrition and outdoor-gear brand
(running club on Strava/Discord, the Marathon des Trois Lacs, the "Box Trail" subscription, athlete
sponsorship, the Voreppe warehouse and returns desk, the B2B retailer portal, a gel recall, trolls under
sponsored posts, rival-club fans, a rider's harassed partner, moderators' handover notes).

Usage: python3 gen_blind9.py --seed N -n 3000 -o out.jsonl [--stats]
Env:   EVAL_DIR (default ../../../../shared/eval relative to this script) holds lexicon.txt,
       blocked-domains.txt and protected-brands.txt.
Stdlib only (Python 3.11). check_digits.py is imported from this script's own directory.
Output is a pure function of --seed and -n. Every message is self-checked; a broken check aborts.
"""
import argparse
import base64
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
sys.path.insert(0, HERE)
import check_digits as CD  # noqa: E402

from eval_lists import KINDS, protected_brands, read_list  # noqa: E402

CLEAN_SHARE = 0.35
FR_SHARE = 0.60
NBSP = "\u00a0"
NNBSP = "\u202f"

ALL_KINDS = [f"{c}.{k}" for c, ks in KINDS.items() for k in ks]

R = random.Random(0)  # reseeded in main()


class GenError(Exception):
    """A structural self-check failed: the generator itself is wrong. Never retried."""


LEXICON = read_list("lexicon.txt")
BLOCKED = read_list("blocked-domains.txt")
PROTECTED = dict(protected_brands())
PROTECTED_DOMAINS = sorted({d for ds in PROTECTED.values() for d in ds})


# ---------------------------------------------------------------- small helpers
def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def rnd(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(s):
    return strip_accents(s).lower()


def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def luhn_fail(body_len, prefix):
    """A number of body_len digits starting with prefix that FAILS Luhn."""
    while True:
        n = prefix + digits(body_len - len(prefix))
        if not CD.luhn_ok(n):
            return n


FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize"]


def fr_words(n, region="fr"):
    """0..99 in French words; region be/ch use septante/nonante (ch also huitante)."""
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    if region in ("be", "ch"):
        tens[7], tens[9] = "septante", "nonante"
    if region == "ch":
        tens[8] = "huitante"
    t, u = divmod(n, 10)
    if t in tens:
        if u == 0:
            return tens[t]
        return tens[t] + (" et un" if u == 1 else "-" + FR_UNITS[u])
    if t == 7:
        return "soixante et onze" if u == 1 else "soixante-" + fr_words(10 + u)
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR_UNITS[u]
    return "quatre-vingt-" + fr_words(10 + u)


EN_DIGITS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def en_spoken_digits(s):
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1] and p(0.6):
            out.append("double " + EN_DIGITS[int(s[i])])
            i += 2
        else:
            out.append(EN_DIGITS[int(s[i])])
            i += 1
    return " ".join(out)


# ---------------------------------------------------------------- names and clean fillers
PRENOMS = ["Maëlle", "Titouan", "Yanis", "Clémence", "Baptiste", "Aïssatou", "Noémie", "Florian", "Élodie", "Kylian",
           "Solène", "Mamadou", "Gaëtan", "Ophélie", "Thibault", "Awa", "Romain", "Justine", "Jérémy", "Fatou",
           "Corentin", "Lou", "Maxence", "Salomé", "Brice", "Loïc", "Margaux", "Idrissa", "Capucine", "Anthony",
           "Marie-Ève", "Jean-Philippe", "Sacha", "Nadège", "Ibrahima", "Gwenaëlle", "Steeve", "Annabelle", "Dylan"]
NOMS = ["Perrin", "Chabert", "Dumas", "Vasseur", "Blanc", "Carrier", "Traoré", "Diallo", "Payet", "Hoarau",
        "Tremblay", "Gagnon", "Peeters", "Janssens", "Favre", "Rochat", "Koné", "Guillot", "Brunet", "Michaud",
        "Ouedraogo", "Grondin", "Lemaire", "Barbier", "Pelletier", "Leclercq", "Morel", "Baud", "Fofana"]
NAMES_EN = ["Callum", "Siobhan", "Aiden", "Kirsty", "Tayla", "Brayden", "Chidi", "Ngozi", "Thabo", "Lerato",
            "Hamish", "Isla", "Jordan", "Megan", "Declan", "Priya", "Tunde", "Zanele", "Lachlan", "Bronwyn",
            "Kayleigh", "Marcus", "Aoife", "Dwayne", "Emeka", "Sipho", "Fiona", "Caleb", "Shanice", "Rory"]
LAST_EN = ["MacLeod", "Okafor", "Adeyemi", "Van der Merwe", "Nkosi", "O'Brien", "Fitzgerald", "Henderson",
           "Kowalski", "Campbell", "Mitchell", "Sutherland", "Pillay", "Thompson", "Baxter", "Oyelaran",
           "Murray", "Delaney", "Botha", "Ramirez", "Whitfield", "Achebe"]
HANDLES = ["trailrat_38", "kmeater", "ultra.lou", "cotes_et_crepes", "mollets_d_acier", "lapin_du_vercors",
           "shin.splints", "negative.split", "zone2_forever", "bonk_master", "fartlek.fan", "dnf_queen",
           "la_chevre_des_cimes", "runningmum_974", "gel_addict", "lactic.larry", "hillrepeats_hamish",
           "parkrun.priya", "coach_tunde", "bru_runs_jozi", "sub3_or_bust", "velo_et_boulot"]
ATHLETES_FR = ["Léonie Bastide", "Killian Moret", "Awa Sangaré", "Thomas Rey-Galland", "Inès Grondin",
               "Bastien Favre", "Nora Peeters", "Hugo Tremblay"]
ATHLETES_EN = ["Mia Ferguson", "Jack Ndlovu", "Ella Whitlock", "Femi Adeyinka", "Cara Doyle", "Liam Boshoff"]
PRODUCTS_FR = ["gel citron-gingembre", "gel cola caféiné", "barre amande-miel", "boisson isotonique fruits rouges",
               "poudre récup chocolat", "veste Kaskad", "gourde souple 500 ml", "frontale Lynx 600",
               "sac d'hydratation 12 L", "chaussettes mérinos", "bâtons carbone Crêtes", "buff Névéa"]
PRODUCTS_EN = ["lemon-ginger gel", "caffeinated cola gel", "almond-honey bar", "red berry electrolyte mix",
               "chocolate recovery powder", "Kaskad rain jacket", "500 ml soft flask", "Lynx 600 head torch",
               "12 L hydration vest", "merino socks", "carbon trekking poles"]
SHOPS = ["Sport'Alp Grenoble", "Trail Shop Annecy", "Au Vieux Campeur", "Run Up Lyon", "Les Coureurs d'Iroise",
         "Montagne & Co Chambéry", "Trailhead Outfitters Leeds", "Peak Runners Edinburgh"]
RACES_FR = ["Marathon des Trois Lacs", "Trail des Crêtes Névéa", "Semi de Voreppe", "Cross du Vercors",
            "10 km de la Bastille", "Ultra des Chartreux"]
RACES_EN = ["Three Lakes Marathon", "Névéa Ridge Trail", "Voreppe Half", "Vercors Cross", "Bastille 10K"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

BRAND_URLS = ["https://www.nevea-outdoor.fr/rappel-produit", "https://www.nevea-outdoor.fr/compte/connexion",
              "https://pro.nevea-outdoor.fr/login", "https://club.nevea-outdoor.fr/marathon-3-lacs/dossards",
              "https://www.nevea-outdoor.fr/box-trail", "https://www.nevea-outdoor.fr/retours",
              "https://www.nevea-outdoor.fr/en/recall", "https://shop.nevea-outdoor.fr/gels/citron-gingembre",
              "https://www.nevea-outdoor.fr/pages/guide-des-tailles", "https://club.nevea-outdoor.fr/discord-charte"]
PUBLIC_URLS = ["https://www.strava.com/clubs/nevea-run-club", "https://www.colissimo.fr/portail_colis/suivi",
               "https://www.laposte.fr/outils/suivre-vos-envois", "https://www.chronopost.fr/fr/suivi-colis",
               "https://www.ameli.fr/assure/remboursements", "https://www.paypal.com/fr/signin",
               "https://www.decathlon.fr/aide", "https://www.helloasso.com/associations/nevea-run-club",
               "https://www.instagram.com/nevea.outdoor/", "https://www.athle.fr/", "https://www.amazon.fr/",
               "https://www.sncf-connect.com/", "https://www.vinted.fr/help", "https://support.apple.com/fr-fr"]


def price_fr():
    r = R.random()
    if r < 0.3:
        return f"{R.randint(1, 4)}{ch([NBSP, NNBSP, ' '])}{R.randint(0, 999):03d},{ch(['00', '90', '50'])}{NBSP}€"
    if r < 0.75:
        return f"{R.randint(3, 189)},{ch(['00', '90', '99', '50', '95'])}{ch([NBSP, ' '])}€"
    return f"{R.randint(5, 240)}{ch([NBSP, ' ', ''])}€"


def price_en():
    if p(0.2):
        return f"£{R.randint(1, 4)},{R.randint(0, 999):03d}.00"
    return ch(["$", "£", "€", "R", "A$"]) + f"{R.randint(4, 260)}.{ch(['00', '99', '95', '50'])}"


def date_fr():
    d, m, y = R.randint(1, 28), R.randint(1, 12), ch([2025, 2025, 2026])
    return ch([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_FR[m - 1]}", f"{ch(DAYS_FR)} {d} {MONTHS_FR[m - 1]}",
               f"{d:02d}/{m:02d}", f"{d} {MONTHS_FR[m - 1]} {y}"])


def date_en():
    d, m, y = R.randint(1, 28), R.randint(1, 12), ch([2025, 2025, 2026])
    return ch([f"{MONTHS_EN[m - 1]} {d}", f"{d} {MONTHS_EN[m - 1]}", f"{ch(DAYS_EN)} {d} {MONTHS_EN[m - 1]}",
               f"{m}/{d}/{y}", f"{d}/{m}/{y}", f"{MONTHS_EN[m - 1]} {d}, {y}"])


def order_no():
    return ch([f"NV-{ch([2025, 2026])}-{R.randint(10000, 99999)}", f"{R.randint(1000000, 9999999)}",
               f"BOX-{R.randint(100, 999)}-{ch('ABCDEFGH')}{R.randint(10, 99)}", f"PRO{R.randint(100000, 999999)}"])


def sku():
    return ch([f"NVG-{ch(['CIT', 'COL', 'FRB', 'MNT'])}-{R.randint(10, 99)}", f"KSK-{ch(['S', 'M', 'L', 'XL'])}-{ch(['BLU', 'NOI', 'VRT'])}",
               f"LYX{R.randint(100, 999)}", f"REF {R.randint(10000, 99999)}"])


def tracking():
    r = R.random()
    if r < 0.4:
        return "6A" + digits(11)
    if r < 0.7:
        return ch(["XW", "XY", "EE", "CP"]) + digits(9) + "FR"
    return "1Z" + rnd(UPALNUM, 6) + digits(10)


def lot():
    return f"L{R.randint(23, 25)}{ch(['-', ''])}{R.randint(100, 399)}"


def licence():
    return str(R.randint(1000000, 2999999))


def siret():
    while True:
        n = ch("89") + digits(13)
        if CD.luhn_ok(n):
            return ch([n, f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"])


def ean():
    while True:
        body = "3770" + digits(8)
        chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        n = body + str(chk)
        if not CD.luhn_ok(n):
            return n


def ics():
    while True:
        v = "FR" + digits(2) + "ZZZ" + digits(6)
        if not CD.iban_mod97_ok(v):
            return v


def vat():
    while True:
        v = "FR" + digits(2) + digits(9)
        if not CD.iban_mod97_ok(v):
            return ch([v, v[:4] + " " + v[4:]])


def txn():
    n = luhn_fail(16, ch("456"))
    return ch([n, group(n, 4)])


def loyalty():
    return luhn_fail(ch([16, 18]), ch(["29", "60", "77"]))


def last4():
    return digits(4)


def chrono():
    return ch([f"{R.randint(2, 4)}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
               f"{R.randint(2, 5)} h {R.randint(0, 59):02d}", f"{R.randint(34, 59)}'{R.randint(0, 59):02d}"])


def pace():
    return f"{R.randint(3, 6)}'{R.randint(0, 59):02d}\"/km"


def version():
    return f"{R.randint(2, 9)}.{R.randint(0, 19)}.{R.randint(0, 9)}"


def bib():
    return str(R.randint(1, 4999))


FILLERS = {
    "prenom": lambda: ch(PRENOMS), "prenom2": lambda: ch(PRENOMS), "nom": lambda: ch(NOMS),
    "name": lambda: ch(NAMES_EN), "name2": lambda: ch(NAMES_EN), "last": lambda: ch(LAST_EN),
    "handle": lambda: ch(HANDLES), "athlete": lambda: ch(ATHLETES_FR), "athlete_en": lambda: ch(ATHLETES_EN),
    "product": lambda: ch(PRODUCTS_FR), "product_en": lambda: ch(PRODUCTS_EN), "shop": lambda: ch(SHOPS),
    "race": lambda: ch(RACES_FR), "race_en": lambda: ch(RACES_EN),
    "price": price_fr, "price2": price_fr, "price_en": price_en, "price_en2": price_en,
    "date": date_fr, "date2": date_fr, "date_en": date_en, "date_en2": date_en,
    "order": order_no, "sku": sku, "tracking": tracking, "lot": lot, "licence": licence, "siret": siret,
    "ean": ean, "ics": ics, "vat": vat, "txn": txn, "loyalty": loyalty, "last4": last4, "chrono": chrono,
    "pace": pace, "ver": version, "bib": bib, "ticket": lambda: str(R.randint(20000, 89999)),
    "year": lambda: str(ch([2025, 2026])), "km": lambda: str(R.randint(5, 42)),
    "n": lambda: str(R.randint(2, 60)), "week": lambda: str(R.randint(1, 52)),
    "hour": lambda: f"{R.randint(6, 21)} h {ch(['00', '15', '30', '45'])}",
    "hour_en": lambda: f"{R.randint(1, 11)}{ch(['', ':30', ':15'])}{ch(['am', 'pm'])}",
    "brand_url": lambda: ch(BRAND_URLS), "public_url": lambda: ch(PUBLIC_URLS),
    "promo": lambda: ch(["CRETES15", "BOXTRAIL10", "NRC2025", "LACS20", "RECUP5", "VOREPPE10"]),
    "bad_iban": lambda: bad_iban(), "bad_nir": lambda: bad_nir(), "bad_card": lambda: bad_card(),
}


# ---------------------------------------------------------------- PII value generators
MAIL_DOMAINS_FR = ["gmail.com", "yahoo.fr", "hotmail.fr", "orange.fr", "free.fr", "sfr.fr", "laposte.net",
                   "wanadoo.fr", "outlook.fr", "icloud.com", "proton.me", "skynet.be", "hotmail.be", "bluewin.ch",
                   "gmx.ch", "videotron.ca", "orange.sn", "yahoo.ci", "outlook.re", "club-internet.fr",
                   "nevea-athletes.fr", "ac-voreppe.org", "sportalp-grenoble.fr"]
MAIL_DOMAINS_EN = ["gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "hotmail.co.uk", "icloud.com",
                   "bigpond.com", "iafrica.com", "yahoo.com", "aol.com", "proton.me", "live.ie", "mweb.co.za",
                   "peakrunners.co.uk", "trailhead-outfitters.com", "fastmail.fm"]


def g_email(lang, v):
    first = norm(ch(PRENOMS if lang == "fr" else NAMES_EN)).replace("-", "").replace(" ", "")
    last = norm(ch(NOMS if lang == "fr" else LAST_EN)).replace(" ", "").replace("'", "")
    dom = ch(MAIL_DOMAINS_FR if lang == "fr" else MAIL_DOMAINS_EN)
    local = ch([f"{first}.{last}", f"{first}{R.randint(1, 99)}", f"{first[0]}.{last}", f"{first}_{last}",
                f"{last}.{first}{R.randint(74, 99)}", f"{first}.runs{R.randint(1, 99)}", f"{first}+box",
                f"trail.{first}", f"{first}-{last}", f"tresorier.{last}", f"{first}{last}{R.randint(1, 9)}"])
    if p(0.08):
        local = local[0].upper() + local[1:]
    return local + "@" + dom


def _fr_pairs(first_digit):
    d = first_digit + digits(8)
    return d, [d[1:3], d[3:5], d[5:7], d[7:9]]


def g_phone(lang, v):
    if v == "voice":
        return g_phone_voice(lang)
    if lang == "fr":
        region = ch(["fr"] * 6 + ["be", "ch", "re", "sn", "ci", "cm", "ma", "qc", "lu"])
    else:
        region = ch(["uk", "uk", "us", "us", "ie", "au", "za", "ng", "fr", "de"])
    if region == "fr":
        first = ch(["6", "6", "7", "1", "2", "3", "4", "5", "9"])
        d = "7" + ch("3456789") + digits(7) if first == "7" else first + digits(8)
        pr = [d[1:3], d[3:5], d[5:7], d[7:9]]
        return ch(["0" + d[0] + " " + " ".join(pr), "0" + d[0] + "." + ".".join(pr), "0" + d,
                   "+33 " + d[0] + " " + " ".join(pr), "+33" + d, "+33 (0)" + d[0] + " " + " ".join(pr),
                   "0" + d[0] + "-" + "-".join(pr), "0033 " + d[0] + " " + " ".join(pr)])
    if region == "be":
        m = "4" + ch("5789") + digits(1)
        a, b, c = digits(2), digits(2), digits(2)
        return ch([f"0{m} {a} {b} {c}", f"0{m}/{a}.{b}.{c}", f"+32 {m} {a} {b} {c}", f"0{m}/{a}{b}{c}",
                   f"02 {R.randint(200, 799)} {a} {b}"])
    if region == "ch":
        m = ch(["75", "76", "77", "78", "79", "21", "22", "44"])
        a, b, c = digits(3), digits(2), digits(2)
        return ch([f"0{m} {a} {b} {c}", f"+41 {m} {a} {b} {c}", f"+41 (0){m} {a} {b} {c}", f"0{m}{a}{b}{c}"])
    if region == "re":
        m = ch(["692", "693", "262"])
        a, b, c = digits(2), digits(2), digits(2)
        return ch([f"0{m} {a} {b} {c}", f"+262 {m} {a} {b} {c}", f"0{m}{a}{b}{c}"])
    if region == "sn":
        m = ch(["77", "78", "76", "70"])
        return ch([f"+221 {m} {digits(3)} {digits(2)} {digits(2)}", f"{m} {digits(3)} {digits(2)} {digits(2)}",
                   f"00221 {m} {digits(3)} {digits(2)} {digits(2)}"])
    if region == "ci":
        m = ch(["07", "05", "01"])
        return ch([f"+225 {m} {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"{m} {digits(2)} {digits(2)} {digits(2)} {digits(2)}"])
    if region == "cm":
        return ch([f"+237 6{ch('5789')}{digits(1)} {digits(2)} {digits(2)} {digits(2)}", f"+237 6 {ch('5789')}{digits(1)} {digits(2)} {digits(2)} {digits(2)}"])
    if region == "ma":
        return ch([f"+212 6{digits(2)}-{digits(6)}", f"+212 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                   f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"])
    if region == "qc":
        a = ch(["514", "438", "418", "450", "819", "581"])
        b = str(R.randint(2, 9)) + digits(2)
        c = digits(4)
        return ch([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}"])
    if region == "lu":
        return f"+352 6{ch('2569')}1 {digits(3)} {digits(3)}"
    if region == "uk":
        r = R.random()
        if r < 0.2:
            rest = digits(3)
            return ch([f"07700 900{rest}", f"+44 7700 900{rest}"])
        if r < 0.55:
            m = "7" + ch(["911", "912", "723", "846", "958", "480", "402"])
            rest = digits(6)
            return ch([f"0{m} {rest}", f"+44 {m} {rest}", f"0{m}{rest}", f"+44 (0){m} {rest[:3]} {rest[3:]}"])
        if r < 0.75:
            return ch([f"020 7946 {digits(4)}", f"+44 20 7946 {digits(4)}"])
        return ch([f"0131 496 {digits(4)}", f"0161 496 {digits(4)}", f"+44 141 496 {digits(4)}", f"0113 496 {digits(4)}"])
    if region == "us":
        a = ch(["212", "303", "312", "415", "617", "206", "404", "512", "720", "971"])
        b = str(R.randint(2, 9)) + digits(2)
        while b == "555":
            b = str(R.randint(2, 9)) + digits(2)
        c = digits(4)
        return ch([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"+1-{a}-{b}-{c}"])
    if region == "ie":
        m = ch(["83", "85", "86", "87", "89"])
        return ch([f"+353 {m} {digits(3)} {digits(4)}", f"0{m} {digits(3)} {digits(4)}"])
    if region == "au":
        m = "4" + digits(2)
        return ch([f"0{m} {digits(3)} {digits(3)}", f"+61 {m} {digits(3)} {digits(3)}", f"(02) {ch('9876')}{digits(3)} {digits(4)}"])
    if region == "za":
        m = ch(["82", "83", "72", "76", "71", "61", "84"])
        return ch([f"0{m} {digits(3)} {digits(4)}", f"+27 {m} {digits(3)} {digits(4)}"])
    if region == "ng":
        m = ch(["803", "806", "813", "816", "703", "706", "810", "905", "708"])
        return ch([f"0{m} {digits(3)} {digits(4)}", f"+234 {m} {digits(3)} {digits(4)}", f"+234{m}{digits(7)}"])
    # de
    return ch([f"+49 1{ch(['51', '52', '60', '70', '76'])} {digits(8)}", f"+49 30 {digits(7)}"])


def g_phone_voice(lang):
    if lang == "fr":
        region = ch(["fr", "fr", "fr", "be", "ch"])
        if region == "fr":
            first = ch("67")
            d = "7" + ch("3456789") + digits(7) if first == "7" else "6" + digits(8)
            pr = [d[1:3], d[3:5], d[5:7], d[7:9]]
            head = "zéro " + FR_UNITS[int(d[0])]
        elif region == "be":
            m = "4" + ch("789") + digits(1)
            pr = [digits(2), digits(2), digits(2)]
            head = "zéro " + " ".join(FR_UNITS[int(c)] for c in m)
        else:
            m = ch(["76", "78", "79"])
            pr = [digits(3)[:2], digits(2), digits(2), digits(1) + digits(1)]
            head = "zéro " + fr_words(int(m), "ch")
        parts = []
        for x in pr:
            if p(0.55):
                parts.append(fr_words(int(x), region) if not x.startswith("0") or x == "00" else "zéro " + FR_UNITS[int(x[1])])
            else:
                parts.append(x)
        sep = ch([", ", " "])
        return head + sep + sep.join(parts)
    region = ch(["uk", "us", "au"])
    if region == "uk":
        m = "07" + ch(["911", "723", "846"])
        rest = digits(6)
        return ch([en_spoken_digits(m) + ", " + en_spoken_digits(rest[:3]) + ", " + rest[3:],
                   en_spoken_digits(m) + " " + rest])
    if region == "us":
        a, b, c = ch(["303", "617", "415"]), str(R.randint(2, 9)) + digits(2), digits(4)
        return en_spoken_digits(a) + ", " + b + ", " + en_spoken_digits(c)
    m = "04" + digits(2)
    return en_spoken_digits(m) + ", " + digits(3) + " " + digits(3)


IBAN_LEN = {"FR": 27, "MC": 27, "DE": 22, "ES": 24, "IT": 27, "BE": 16, "NL": 18, "LU": 20, "CH": 21, "GB": 22,
            "IE": 22, "PT": 25, "AT": 20, "DK": 18, "FI": 18, "SE": 24, "PL": 28, "NO": 15}


def _bban(cc):
    if cc in ("FR", "MC"):
        bank, branch, acct = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + f"{key:02d}"
    if cc == "BE":
        b = digits(10)
        k = int(b) % 97 or 97
        return b + f"{k:02d}"
    if cc == "IT":
        return ch(string.ascii_uppercase) + digits(10) + digits(12)
    if cc == "NL":
        return ch(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(10)
    if cc == "GB":
        return ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]) + digits(14)
    if cc == "IE":
        return ch(["AIBK", "BOFI", "IPBS"]) + digits(14)
    if cc == "LU":
        return digits(3) + digits(13)
    if cc == "CH":
        return digits(5) + digits(12)
    n = {"DE": 18, "ES": 20, "PT": 21, "AT": 16, "DK": 14, "FI": 14, "SE": 20, "PL": 24, "NO": 11}[cc]
    return digits(n)


def make_iban(lang):
    cc = ch(["FR"] * 5 + ["BE", "CH", "LU", "MC", "DE", "ES", "IT", "PT"] if lang == "fr" else
            ["GB"] * 4 + ["IE", "IE", "DE", "NL", "FR", "AT", "DK", "SE", "PL", "FI", "NO", "ES"])
    bban = _bban(cc)
    comp = cc + CD.iban_check(cc, bban) + bban
    assert CD.iban_mod97_ok(comp) and len(comp) == IBAN_LEN[cc]
    return comp


def fmt_iban(comp):
    r = R.random()
    if r < 0.65:
        return group(comp, 4)
    if r < 0.9:
        return comp
    return comp[:4] + " " + comp[4:]


def g_iban(lang, v):
    return fmt_iban(make_iban(lang))


def bad_iban():
    comp = make_iban(ch(["fr", "en"]))
    while True:
        kk = f"{R.randint(2, 98):02d}"
        cand = comp[:2] + kk + comp[4:]
        if not CD.iban_mod97_ok(cand):
            return fmt_iban(cand)


CARD_NETS = [  # (prefixes, length, weight)
    ("visa", ["4"], 16, 6), ("mc", ["51", "52", "53", "54", "55", "2221", "2300", "2511", "2720"], 16, 5),
    ("amex", ["34", "37"], 15, 2), ("discover", ["6011", "644", "65"], 16, 1), ("jcb", ["3528", "3566", "3589"], 16, 1),
    ("diners", ["36", "300", "305", "38"], 14, 1), ("unionpay", ["62"], 16, 1), ("unionpay19", ["62"], 19, 1),
    ("maestro", ["6759", "5018", "5020", "6304"], 16, 1),
]


def card_digits():
    tot = sum(w for *_, w in CARD_NETS)
    x = R.uniform(0, tot)
    for name, prefs, ln, w in CARD_NETS:
        x -= w
        if x <= 0:
            break
    pre = ch(prefs)
    return name, CD.with_luhn_digit(pre + digits(ln - 1 - len(pre)))


def fmt_card(name, n):
    sep = ch([" ", " ", "-", "", " "])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    if len(n) == 14:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def g_card(lang, v):
    name, n = card_digits()
    return fmt_card(name, n)


def bad_card():
    name, n = card_digits()
    while True:
        m = n[:-1] + ch(string.digits)
        if not CD.luhn_ok(m):
            return fmt_card(name, m)


def nir_parts():
    sex = ch("12")
    yy = f"{R.randint(0, 99):02d}"
    mm = f"{R.randint(1, 12):02d}"
    r = R.random()
    if r < 0.12:
        dept, commune = ch(["2A", "2B"]), f"{R.randint(1, 366):03d}"
    elif r < 0.22:
        dept, commune = "97", ch("12346") + f"{R.randint(1, 34):02d}"
    elif r < 0.3:
        dept, commune = "99", ch(["350", "341", "352", "326", "322", "109", "134", "139"])
    else:
        dept, commune = f"{ch([x for x in range(1, 96) if x != 20]):02d}", f"{R.randint(1, 899):03d}"
    order = f"{R.randint(1, 999):03d}"
    return sex, yy, mm, dept, commune, order


def fmt_nir(parts, key):
    sex, yy, mm, dept, commune, order = parts
    n13 = "".join(parts)
    return ch([" ".join([sex, yy, mm, dept, commune, order, key]), n13 + key, n13 + " " + key,
               " ".join([sex, yy, mm, dept, commune, order]) + " " + key,
               f"{sex} {yy} {mm} {dept} {commune} {order} {key}"])


def g_nir(lang, v):
    parts = nir_parts()
    return fmt_nir(parts, f"{CD.nir_key(''.join(parts)):02d}")


def bad_nir():
    parts = nir_parts()
    good = CD.nir_key("".join(parts))
    key = good
    while key == good:
        key = R.randint(1, 97)
    return fmt_nir(parts, f"{key:02d}")


def g_ipv4():
    return ch([f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",
               f"{ch([78, 80, 86, 88, 90, 92, 109, 176, 185, 196, 41, 102])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def g_ipv6():
    h = lambda: f"{R.randint(1, 0xffff):x}"
    return ch([f"2001:db8:{h()}:{h()}::{h()}", f"2a01:e0a:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
               f"2a02:8428:{h()}:{h()}::{h()}", f"2001:0db8:{R.randint(0, 0xffff):04x}:0000:0000:{R.randint(0, 0xffff):04x}:{R.randint(0, 0xffff):04x}:{R.randint(0, 0xffff):04x}",
               f"fe80::{h()}:{h()}:{h()}:{h()}"])


def g_ip(lang, v):
    return g_ipv6() if p(0.3) else g_ipv4()


FR_STREETS = ["rue des Vignerons", "avenue Félix Viallet", "chemin des Écureuils", "rue du Lac", "allée des Frênes",
              "boulevard Gambetta", "impasse des Myrtilles", "route de Chartreuse", "rue Abbé Grégoire",
              "quai Claude Bernard", "place Saint-André", "rue des Trois Cols", "chemin de la Sapinière",
              "avenue des Thermes", "rue Juliette Récamier", "rue de la Gaieté"]
FR_CITIES = [("38000", "Grenoble"), ("38340", "Voreppe"), ("74000", "Annecy"), ("73000", "Chambéry"),
             ("69007", "Lyon"), ("05100", "Briançon"), ("63000", "Clermont-Ferrand"), ("13006", "Marseille"),
             ("29200", "Brest"), ("75019", "Paris"), ("97400", "Saint-Denis"), ("97410", "Saint-Pierre"),
             ("20000", "Ajaccio"), ("20200", "Bastia"), ("64000", "Pau"), ("67100", "Strasbourg")]
BE_ADDR = [("Rue de la Loi", "1000", "Bruxelles"), ("Chaussée de Wavre", "1050", "Ixelles"),
           ("Kerkstraat", "2000", "Antwerpen"), ("Rue Saint-Gilles", "4000", "Liège"),
           ("Avenue des Alliés", "5000", "Namur"), ("Boulevard Tirou", "6000", "Charleroi")]
CH_ADDR = [("Rue du Rhône", "1204", "Genève"), ("Avenue de la Gare", "1003", "Lausanne"),
           ("Bahnhofstrasse", "8001", "Zürich"), ("Rue de la Côte", "2000", "Neuchâtel"),
           ("Route de Sion", "1950", "Sion"), ("Grand-Rue", "1700", "Fribourg")]
UK_ADDR = [("Leith Walk", "Edinburgh", "EH6 8LN"), ("Deansgate", "Manchester", "M3 2GP"),
           ("Otley Road", "Leeds", "LS6 3AA"), ("Gloucester Road", "Bristol", "BS7 8AE"),
           ("Byres Road", "Glasgow", "G12 8TB"), ("Mare Street", "London", "E8 4RP"),
           ("Castle Street", "Inverness", "IV2 3DU"), ("Queen Street", "Cardiff", "CF10 2BH")]
US_ADDR = [("Pearl St", "Boulder", "CO", "80302"), ("NE Alberta St", "Portland", "OR", "97211"),
           ("Congress Ave", "Austin", "TX", "78701"), ("Boylston St", "Boston", "MA", "02116"),
           ("Wasatch Blvd", "Salt Lake City", "UT", "84108"), ("Fremont Ave N", "Seattle", "WA", "98103")]


def g_address(lang, v):
    if lang == "fr":
        region = ch(["fr"] * 6 + ["be", "ch", "qc"])
    else:
        region = ch(["uk", "uk", "uk", "us", "us", "fr"])
    multiline = v != "one" and (v == "ml" or p(0.08))
    nl = "\n" if multiline else ", "
    if region == "fr":
        num = str(R.randint(1, 160)) + ch(["", "", "", "", " bis", " ter"])
        street = ch(FR_STREETS)
        cp, city = ch(FR_CITIES)
        extra = ch(["", "", "", "", f"Résidence Les Cèdres, bât. {ch('ABC')}{nl}", f"appt {R.randint(2, 48)}{nl}",
                    f"chez {ch(NOMS)}{nl}"])
        if extra.startswith("appt"):
            return f"{num} {street}{nl}{extra}{cp} {city}"
        return f"{extra}{num} {street}{nl}{cp} {city}"
    if region == "be":
        st, cp, city = ch(BE_ADDR)
        num = str(R.randint(1, 220))
        box = ch(["", "", f" bte {R.randint(1, 12)}", f"/{R.randint(1, 9)}"])
        return f"{st} {num}{box}{nl}{cp} {city}"
    if region == "ch":
        st, cp, city = ch(CH_ADDR)
        return f"{st} {R.randint(1, 90)}{nl}{cp} {city}" if p(0.7) else f"{st} {R.randint(1, 90)}{nl}CH-{cp} {city}"
    if region == "qc":
        num = R.randint(100, 9999)
        st = ch(["rue Saint-Denis", "boulevard René-Lévesque Ouest", "avenue du Mont-Royal Est", "rue Saint-Jean"])
        city, pc = ch([("Montréal (Québec)", "H2X 3K8"), ("Québec (Québec)", "G1R 4P5"), ("Montréal (QC)", "H3B 1A7")])
        return f"{num}, {st}{nl}{city} {pc}"
    if region == "uk":
        st, city, pc = ch(UK_ADDR)
        flat = ch(["", "", f"Flat {R.randint(1, 14)}, ", f"{R.randint(1, 4)}F{R.randint(1, 3)}, "])
        return f"{flat}{R.randint(1, 300)}{ch(['', '', 'A'])} {st}{nl}{city} {pc}"
    st, city, state, z = ch(US_ADDR)
    apt = ch(["", "", f" Apt {R.randint(1, 40)}{ch('ABCD')}", f" #{R.randint(100, 999)}"])
    return f"{R.randint(10, 9999)} {st}{apt}{nl}{city}, {state} {z}"


def g_birthdate(lang, v):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1952, 2007)
    if v in ("kid", "young"):
        y = R.randint(2008, 2016) if v == "kid" else R.randint(2001, 2009)
        v = None
    if v == "voice":
        if lang == "fr":
            return ch([f"{fr_words(d) if d > 1 else 'premier'} {MONTHS_FR[m - 1]} {y}",
                       f"{d} {MONTHS_FR[m - 1]} {fr_words(y % 100) if y < 2000 else y}" if y < 2000 else f"{d} {MONTHS_FR[m - 1]} {y}"])
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return ch([f"{d}{suf} of {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {d}{suf}, {y}"])
    if lang == "fr":
        return ch([f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
                   f"{d} {MONTHS_FR[m - 1]} {y}", f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                   f"{d}/{m}/{y}"])
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return ch([f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d} {MONTHS_EN[m - 1]} {y}", f"{d}{suf} {MONTHS_EN[m - 1]} {y}",
               f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS_EN[m - 1][:3]} {d} {y}"])


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Vercors", "Chartreuse", "Mouflon", "Bouquetin", "Crêtes", "Lacs", "Kaskad", "Myrtille", "Sommet",
            "Fartlek", "Marmotte", "Edelweiss", "Belledonne", "Summit", "Ridge", "Tempo", "Lekker", "Voreppe",
            "Cascade", "Chamois", "Grenoble", "Hamish", "Lagon", "Baobab", "Sirius", "Gypaete"]
PW_SYMS = "#$*&%_+="


def g_password(lang, v):
    r = R.random()
    if r < 0.35:
        w = ch(PW_WORDS)
        return w + str(ch([R.randint(1, 99), R.randint(1980, 2026)])) + ch(PW_SYMS + "")
    if r < 0.6:
        core = rnd(ALNUM + "#%&*_-+=$", R.randint(10, 18))
        return ch(ALNUM) + core + ch(ALNUM)
    if r < 0.8:
        a, b = R.sample(PW_WORDS, 2)
        return norm(a) + ch(["-", "_", ".", ""]) + norm(b) + ch(["-", "_", "."]) + str(R.randint(10, 999))
    w = norm(ch(PW_WORDS))
    leet = w.translate(str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"}))
    return leet[0].upper() + leet[1:] + ch(["!", "#", "*"]) + str(R.randint(10, 99))


def uuid4ish():
    h = rnd(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:32]}"


URLSAFE = ALNUM + "-_"


def g_api_key(lang, v):
    v = v or ch(["aws", "stripe", "gh", "ghpat", "gitlab", "slack", "google", "openai", "anthropic", "sendgrid",
                 "mailchimp", "shopify", "npm", "twilio", "hubspot", "telegram", "discord", "hex40", "hex", "alnum"])
    if v == "aws":
        return ch(["AKIA", "ASIA"]) + rnd(UPALNUM, 16)
    if v == "stripe":
        return ch(["sk_live_", "rk_live_", "sk_test_"]) + rnd(ALNUM, R.randint(24, 34))
    if v == "gh":
        return ch(["ghp_", "gho_", "ghs_"]) + rnd(ALNUM, 36)
    if v == "ghpat":
        return "github_pat_11" + rnd(UPALNUM, 20) + "_" + rnd(ALNUM, 59)
    if v == "gitlab":
        return "glpat-" + rnd(URLSAFE, 20)
    if v == "slack":
        return ch(["xoxb-", "xoxp-"]) + digits(R.randint(10, 12)) + "-" + digits(13) + "-" + rnd(ALNUM, 24)
    if v == "google":
        return "AIza" + rnd(URLSAFE, 35)
    if v == "openai":
        return "sk-proj-" + rnd(URLSAFE, R.randint(48, 64))
    if v == "anthropic":
        return "sk-ant-api03-" + rnd(URLSAFE, 93) + "AA"
    if v == "sendgrid":
        return "SG." + rnd(URLSAFE, 22) + "." + rnd(URLSAFE, 43)
    if v == "mailchimp":
        return rnd(HEX, 32) + "-us" + str(R.randint(1, 21))
    if v == "shopify":
        return ch(["shpat_", "shpss_"]) + rnd(HEX, 32)
    if v == "npm":
        return "npm_" + rnd(ALNUM, 36)
    if v == "twilio":
        return "SK" + rnd(HEX, 32)
    if v == "hubspot":
        return "pat-" + ch(["eu1", "na1"]) + "-" + uuid4ish()
    if v == "telegram":
        return str(R.randint(1000000000, 7999999999)) + ":AA" + rnd(URLSAFE, 33)
    if v == "discord":
        uid = str(R.randint(10 ** 17, 10 ** 18 - 1))
        return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rnd(URLSAFE, 6) + "." + rnd(URLSAFE, 27)
    if v == "hex40":
        return rnd(HEX, 40)
    if v == "hex":
        return rnd(HEX, 32)
    return rnd(ALNUM, R.randint(32, 40))


PEM_STARTS = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "EC PRIVATE KEY": "MHcCAQEEI",
              "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
              "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
              "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI"}


def g_private_key(lang, v):
    label = ch(list(PEM_STARTS))
    width = 70 if label == "OPENSSH PRIVATE KEY" else 64
    start = PEM_STARTS[label]
    n = R.randint(2, 4)
    lines = [start + rnd(B64, width - len(start))] + [rnd(B64, width) for _ in range(n - 1)]
    lines.append(rnd(B64, R.randint(8, 44)) + ch(["=", "==", ""]))
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_token(lang, v):
    v = v or ch(["jwt", "opaque"])
    if v == "jwt":
        alg = ch(["HS256", "RS256", "ES256", "HS512"])
        head = {"alg": alg, "typ": "JWT"}
        if p(0.4):
            head["kid"] = rnd(HEX, 8)
        pay = {"sub": ch([str(R.randint(10000, 999999)), uuid4ish()]),
               ch(["role", "scope", "plan"]): ch(["moderator", "admin", "retailer", "box:write", "athlete", "support"]),
               "iat": R.randint(1730000000, 1770000000)}
        if p(0.5):
            pay["exp"] = pay["iat"] + ch([3600, 86400, 604800])
        if p(0.3):
            pay["iss"] = ch(["https://auth.nevea-outdoor.fr", "nevea-club", "retailer-portal"])
        sig = rnd(URLSAFE, 43 if alg == "HS256" else 86)
        return f"{b64url(head)}.{b64url(pay)}.{sig}"
    r = R.random()
    if r < 0.45:
        return rnd(ALNUM, R.randint(32, 48))
    if r < 0.65:
        return "ya29." + rnd(URLSAFE, R.randint(60, 90))
    if r < 0.8:
        return "EAAG" + rnd(ALNUM, R.randint(90, 120))
    return rnd(ALNUM, R.randint(20, 28)) + ch([".", "-", "_"]) + rnd(URLSAFE, R.randint(16, 30))


# ---------------------------------------------------------------- confidential lexicon
EXTRA_LEX_FORMS = {"Helios Partners": ["Hélios Partners", "hélios partners"], "Collection Écume": ["Collection Ecume"],
                   "Opération Héron": ["Operation Heron", "opération heron"], "Projet Sémaphore": ["Projet Semaphore"]}


def lex_variant(term):
    vs = [term, term, term, term.lower(), term.upper(), strip_accents(term), strip_accents(term).lower(),
          strip_accents(term).upper()] + EXTRA_LEX_FORMS.get(term, [])
    return ch(vs)


def g_lexicon(lang, v):
    return lex_variant(ch(LEXICON))


# ---------------------------------------------------------------- links: return (url, extra_kinds)
SHORTENERS = ["bit.ly", "tinyurl.com", "t.ly", "rb.gy", "is.gd", "cutt.ly", "ow.ly", "buff.ly", "shorturl.at",
              "tiny.cc", "lnkd.in", "v.gd", "t.co", "goo.gl", "rebrand.ly", "s.id"]
LOOKALIKES = ["paypaI-resolution.com", "paypal.fr-securite.net", "paypal-remboursement-client.com",
              "amazon-retours-fr.com", "amaz0n-prime.fr", "amazon.fr.commande-suivi.info", "laposte-avis-passage.com",
              "la-poste-reexpedition.fr", "colissimo-reexpedition.fr", "colissimo.fr-livraison.net",
              "chronopost-frais-douane.com", "chronop0st.fr", "ameli-carte-vitale.info", "ameli-remboursements.net",
              "impots-gouv.remboursement-fr.com", "impots-gouv-fr.org", "caf-aides-2025.fr", "caf-fr.net",
              "0range-messagerie.fr", "orange-espace-client.info", "free-mobile-facture.com", "freebox-abonne.net",
              "googIe-drive.com", "google-verification-compte.com", "apple-icloud-verif.com", "appIe-id.fr",
              "rnicrosoft.com", "microsoft365-login-secure.com", "instagrarn.com", "instagram-badge-verif.com",
              "facebook-security-check.com", "faceboook.fr", "tiktok-creator-fund.net", "tiktok-verif-compte.com",
              "netflix-renouvellement.com", "netfIix.fr", "sncf-connect-billets.com", "sncf-connect.remboursement.app",
              "leboncoin-paiement-securise.fr", "le-bon-coin.fr", "vinted-livraison.com", "vinted-paiement-securise.fr",
              "decathlon-cadeau.fr", "decathl0n.com", "credit-agricole-securite.net", "credit-agricoIe-enligne.fr"]
INSECURE_HOSTS = ["www.ac-voreppe-athle.fr", "trail-chartreuse.org", "resultats.chronometrage-alpes.fr",
                  "blog.ultra-addict.net", "www.refuge-du-habert.fr", "photos-course-nature.com",
                  "www.club-triathlon-voironnais.fr", "forum-trail.net", "www.gite-les-myrtilles.fr",
                  "running-stats.org", "www.parkrun-fans.co.uk", "hillrunners-club.org.uk", "ultrablog.com.au"]
PUNY_LABELS = ["névéa-outdoor", "nevеa-outdoor", "névéa", "strаva-club", "gаrmin-connect", "sаlomon-store",
               "suuntо", "pоlar-flow", "trail-des-crêtes", "boutique-névéa", "récup-gels", "inscriptions-épreuve",
               "komооt", "hokа-outlet", "dossards-marathon-3-lаcs"]
NEUTRAL_TARGETS = ["rembourse-lot.help", "go.track-parcel.io", "l.mailer-eu.net", "secure-form-portal.com",
                   "inscriptions-course.app", "r.newsflow.email", "click.promo-runners.shop", "verify-account-now.net",
                   "form.partner-onboard.co"]
MISMATCH_VIS = ["www.nevea-outdoor.fr/rappel-produit", "nevea-outdoor.fr/box-trail", "https://club.nevea-outdoor.fr/dossards",
                "www.colissimo.fr", "https://www.ameli.fr", "laposte.fr/suivi", "www.strava.com/clubs/nevea-run-club",
                "pro.nevea-outdoor.fr", "paypal.com", "https://www.decathlon.fr", "https://www.nevea-outdoor.fr/en/recall",
                "www.athle.fr", "chronopost.fr"]
URL_PATHS = ["login", "connexion", "dossard", "box/confirm", "rappel/remboursement", "verify", "gift", "claim",
             "wp-admin/", "compte/maj", "photos/arrivee", "inscription", "a/7Kq2", "retours/etiquette", "pro/commande",
             "contrat/signature", "index.php", "strava/sync", "recall-refund", "colis/frais"]


def url_path():
    pth = ch(URL_PATHS)
    if p(0.3):
        pth += ch(["?id=", "?ref=", "?s="]) + rnd(string.ascii_lowercase + string.digits, R.randint(4, 8))
    return pth


def scheme(p_http):
    return "http://" if p(p_http) else "https://"


def ins(url):
    return [("link", "insecure")] if url.startswith("http://") else []


def g_ip_host(lang, v):
    host = g_ipv4() if p(0.85) else "[" + g_ipv6() + "]"
    port = ch(["", "", "", ":8080", ":8443", ":3000"])
    url = scheme(0.55) + host + port + "/" + url_path()
    return url, ins(url)


def g_punycode(lang, v):
    lab = ch(PUNY_LABELS).encode("idna").decode("ascii")
    host = ch(["", "", "www.", "shop."]) + lab + "." + ch(["fr", "com", "shop", "net", "store"])
    url = scheme(0.15) + host + "/" + url_path()
    if p(0.12):
        url = host + "/" + url_path()
    return url, ins(url)


def g_lookalike(lang, v):
    host = ch(LOOKALIKES)
    if p(0.15):
        url = "www." + host + "/" + url_path()
    else:
        url = scheme(0.18) + ch(["", "", "", "www.", "secure."]) + host + "/" + url_path()
    return url, ins(url)


def g_shortener(lang, v):
    url = ch(SHORTENERS) + "/" + rnd(ALNUM, R.randint(5, 8))
    if p(0.78):
        url = scheme(0.15) + url
    return url, ins(url)


def g_insecure(lang, v):
    return "http://" + ch(INSECURE_HOSTS) + "/" + url_path(), []


def g_blocklisted(lang, v):
    url = scheme(0.25) + ch(["", "", "www.", "promo.", "m."]) + ch(BLOCKED) + "/" + url_path()
    if p(0.1):
        url = url.split("://", 1)[1]
    return url, ins(url)


def g_mismatch(lang, v):
    vis = ch(MISMATCH_VIS)
    tgt = "https://" + ch(NEUTRAL_TARGETS) + "/" + rnd(string.ascii_lowercase + string.digits, R.randint(2, 7))
    return f"[{vis}]({tgt})", []


# ---------------------------------------------------------------- abuse vocabularies (fresh for this generator)
INS_FR_NM = ["tocard", "blaireau", "bouffon", "baltringue", "naze", "boloss", "cassos", "glandu", "pignouf",
             "enfoiré", "connard", "trouduc", "branleur", "minable", "nullard", "demeuré", "charlot", "clampin",
             "plouc", "bouseux", "teubé", "niaiseux", "gnochon", "crosseur", "snul", "dikkenek", "bobet",
             "taborniau", "gaou", "gnata", "kouyon", "morveux", "raté", "sous-doué", "mongol", "bâtard"]
INS_FR_NF = ["tanche", "truffe", "andouille", "buse", "cruche", "gourde", "bécasse", "quiche", "nouille", "pétasse",
             "connasse", "grosse vache", "pauvre cloche", "grande gigue", "sous-merde", "grosse bièsse"]
INS_FR_PL = ["bande de tocards", "bande de branques", "bande de charlots", "bande de nazes", "bande d'escrocs",
             "bande de clowns", "bande de manches", "bande d'incapables", "bande de pieds nickelés", "bande de cassos",
             "bande de gogols", "bande de bras cassés", "bande de pignoufs", "bande de cons"]
INS_FR_PHRASE = ["espèce de sous-doué", "tête de nœud", "cerveau de moineau", "face de rat", "sale con",
                 "pauvre tache", "gros naze", "grosse tanche", "sombre abruti", "triple buse", "tête à claques",
                 "sac à merde", "trou de balle", "gros porc", "vieux débris", "raclure de bidet", "espèce de cassos",
                 "espèce de baltringue", "gros tas", "pauvre type", "tête de gland", "grosse merde", "fils de pute",
                 "gros bèt", "espèce de niaiseux", "pauvre cave", "grand dadais"]
INS_EN_NOUN = ["muppet", "numpty", "knobhead", "tosser", "pillock", "plonker", "dimwit", "halfwit", "nitwit",
               "bonehead", "dipstick", "cretin", "buffoon", "jackass", "scumbag", "wanker", "dickhead", "asshat",
               "douchebag", "bellend", "prat", "twit", "melt", "eejit", "bawbag", "roaster", "drongo", "galah",
               "dropkick", "fuckwit", "mumu", "olodo", "werey", "moegoe", "doos", "poephol", "dumbass", "bozo",
               "meathead", "knucklehead", "dirtbag", "dweeb", "tool", "donkey", "weapon"]
INS_EN_PL = ["bunch of muppets", "pack of clowns", "load of wankers", "shower of bastards", "bunch of cowboys",
             "pack of galahs", "bunch of mumus", "gang of halfwits", "bunch of numpties", "pack of idiots",
             "crew of absolute plonkers", "bunch of jokers"]
INS_EN_PHRASE = ["waste of space", "absolute weapon", "brain-dead muppet", "useless lump", "complete bellend",
                 "utter knob", "spineless worm", "pathetic little man", "thick as mince", "dumb as a box of rocks",
                 "sack of shit", "total fuckwit", "clueless donkey", "gormless prat", "dozy cow", "silly old bat",
                 "absolute melt", "stupid mumu", "massive tool", "sad little troll"]

LEET = str.maketrans({"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"})


def obfuscate(word):
    """insult obfuscation: l33t, inserted dots, repeated letters, masking with *."""
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if len(letters) < 4 or " " in word:
        return word
    mode = ch(["leet", "dots", "repeat", "mask", "mask", "leet"])
    if mode == "leet":
        out = word.translate(LEET)
        return out if out != word else word[:1] + "*" + word[2:]
    if mode == "dots":
        return ".".join(word)
    if mode == "repeat":
        vowels = [i for i in letters if word[i] in "aeiouy"]
        i = ch(vowels or letters)
        return word[:i] + word[i] * R.randint(3, 5) + word[i + 1:]
    vowels = [i for i in letters[1:-1] if word[i] in "aeiouyé"]
    i = ch(vowels or letters[1:-1])
    return word[:i] + "*" + word[i + 1:]


def g_insult(lang, v):
    if lang == "fr":
        v = v or ch(["nm", "nm", "nf", "pl", "phrase"])
        pool = {"nm": INS_FR_NM, "nf": INS_FR_NF, "pl": INS_FR_PL, "phrase": INS_FR_PHRASE}[v]
    else:
        v = v or ch(["noun", "noun", "pl", "phrase"])
        pool = {"noun": INS_EN_NOUN, "pl": INS_EN_PL, "phrase": INS_EN_PHRASE}[v]
    w = ch(pool)
    if v in ("nm", "nf", "noun") and p(0.3):
        w = obfuscate(w)
    return w


THREAT_FR = [
    # direct
    "je vais te défoncer à la sortie du sas de départ", "je vais t'attendre à l'arrivée et tu vas pas aimer",
    "je vais te péter les genoux, tu courras plus jamais", "je vais te faire bouffer ta médaille",
    "tu vas te prendre une raclée dont tu vas te souvenir", "je vais te planter si je te croise au ravito",
    "je vais t'éclater la tête contre ton stand", "je vais te briser les côtes à coups de bâton de marche",
    # conditional
    "si tu supprimes encore mon com, je viens te chercher au magasin",
    "si mon remboursement arrive pas lundi, je viens régler ça à l'entrepôt avec une batte",
    "si tu remets les pieds au club, je te casse en deux",
    "si tu me bannis du Discord, je te retrouve à la prochaine sortie longue et tu vas saigner",
    "si ton athlète gagne encore, il rentrera pas entier chez lui",
    # veiled
    "ce serait dommage qu'il arrive quelque chose à ta voiture sur le parking du club",
    "tu devrais éviter de courir seule le long de l'Isère le soir",
    "les accidents en montagne, ça arrive vite, surtout aux gens comme toi",
    "on verra si tu fais encore la maligne quand je serai devant chez toi",
    "fais gaffe à tes freins avant la descente de dimanche, on sait jamais",
    # second-hand
    "mes potes savent où tu t'entraînes le jeudi soir, ils vont s'occuper de toi",
    "mon cousin bosse à ton entrepôt, il va te faire payer ça",
    "des gars du club d'en face vont t'attendre au départ dimanche pour te régler ton compte",
    # doxxing
    "je vais balancer l'adresse de ta meuf sur tous les groupes du club",
    "je vais poster tes parcours Strava pour que tout le monde sache où te coincer",
    "je vais publier le numéro de ta copine et l'adresse de son boulot",
    "je vais diffuser des photos de ta maison avec ton adresse en légende",
    # property
    "je vais crever les pneus de toutes vos camionnettes de livraison",
    "je vais foutre le feu à votre stand au village marathon",
    "je vais péter la vitrine de ta boutique cette nuit",
    "je vais rayer toutes les bagnoles sur le parking de votre entrepôt",
    # online harm
    "je vais te harceler sur tous tes réseaux jusqu'à ce que tu supprimes ton compte",
    "je vais pirater ton compte et envoyer tes photos perso à tous tes sponsors",
    "je vais lancer un raid sur ton Discord et te pourrir la vie en ligne",
    # registers
    "jvais te retrouver et ça va tr mal finir pr toi", "m'as te casser la yeule si tu fermes encore mon commentaire",
    "je vais te mettre une baffe que tu vas voir les étoiles, une fois", "on va te chicoter jusqu'à ce que tu demandes pardon",
    "mi connais où ou reste, mi sa vien kass aou",
]
THREAT_EN = [
    "I'm going to break your legs so you never run again", "I'll be waiting for you at the finish line and you won't like it",
    "I'll smash your face in next time I see you at parkrun", "I'm going to stab you if you show up at the aid station",
    "you'll be leaving the expo in an ambulance",
    "delete my comment again and I'll come down to your shop and sort you out",
    "if my refund isn't in by Monday I'm coming to your warehouse with a bat",
    "ban me from the Discord and I'll find you on your next long run",
    "if your rider wins again he won't make it home in one piece",
    "it'd be a shame if something happened to your car in the club car park",
    "I'd stay off the canal path after dark if I were you",
    "accidents happen on mountain trails, especially to people like you",
    "check your brakes before Sunday's descent, just saying",
    "my mates know which gym you train at and they'll deal with you",
    "some lads from the other club will be waiting for you at the start",
    "I'm going to post your Strava routes so everyone knows where to corner you",
    "I'll dox your girlfriend and send her address to the whole server",
    "I'll leak your home address in every running group I'm in",
    "I'll torch your stand at the expo", "I'm going to slash the tyres on every one of your delivery vans",
    "I'll put a brick through your shop window tonight",
    "I'll make your life hell online until you delete your account",
    "I'll hack your account and send your private pics to your sponsors",
    "ah'll batter ye if ye show yer face at the club again", "I'll flatten ya next time you rock up at the servo",
    "I'll klap you so hard you'll forget your own PB", "I go show you pepper, I know your office for Lekki",
    "you better watch your back at the marathon, I know your bib number",
]
HATE_FR = [
    "les Maghrébins, c'est tous des voleurs de vélos, faut les virer du club",
    "ces migrants sont des parasites, ils n'ont rien à faire sur nos courses",
    "les Noirs n'ont pas leur place dans une pub pour la montagne",
    "les Africains, c'est des singes, normal qu'ils gagnent les marathons",
    "renvoyez tous ces étrangers chez eux avant qu'ils envahissent nos sentiers",
    "les Roms sont de la vermine, interdisez-les de marathon",
    "les Chinois sont des rats qui copient tout, faut les bannir du salon",
    "les musulmans sont une plaie, aucun d'eux ne devrait porter votre maillot",
    "les juifs contrôlent tous les sponsors, faut les dégager du sport",
    "une coureuse voilée, c'est une honte, interdisez-les toutes de course",
    "on devrait brûler leurs mosquées avant le jour de la course",
    "les femmes n'ont rien à faire sur un ultra, qu'elles retournent à la cuisine",
    "une nana ne devrait jamais être capitaine du club, elles sont trop connes pour ça",
    "les gonzesses qui courent, c'est juste des trophées pour les mecs",
    "les pédés qui courent avec leur drapeau arc-en-ciel, faut les tabasser",
    "les lesbiennes sont des malades qu'il faudrait soigner de force",
    "les trans n'ont pas le droit de courir, ce sont des monstres",
    "les handicapés n'ont rien à faire sur la course, qu'on les enferme chez eux",
    "les autistes sont des débiles, faut pas les laisser entrer au club",
    "les trisomiques dans une pub, c'est dégueulasse, cachez-les",
    "il faudrait tirer dans le tas, sur tous ces migrants",
    "les Arabes sont des cafards, il faut nettoyer le club",
    "les Comoriens, ça pullule, faut les chasser de la Réunion",
    "les Blancs, faut tous les égorger, ils méritent que ça",
    "les m*sulmans c'est tous des terroristes, zéro place pour eux au départ",
    "les Flamands sont des sous-hommes, qu'ils restent chez eux",
    "ces sales Manouches volent tout au village marathon, faut les expulser",
]
HATE_EN = [
    "Muslims are vermin and should be banned from every race", "immigrants are parasites, keep them off our trails",
    "Black runners are basically animals, no wonder they win", "women belong in the kitchen, not on an ultra start line",
    "gays are disgusting and should be beaten off the course", "trans people are freaks who shouldn't be allowed to race",
    "disabled people are a waste of oxygen, keep them out of the club",
    "Jews run all the sponsorship money, time to kick them out of the sport",
    "Mexicans are rats crawling over the border", "send every one of those Africans back where they came from",
    "Pakis aren't welcome at our parkrun", "Chinese people are dirty animals, ban them from the expo",
    "Aboriginal people are lazy drunks who ruin every event", "someone should burn down their mosque before race day",
    "Nigerians are all scammers, block the lot of them", "all foreigners should be chased out of Joburg with sticks",
    "autistic kids are retards who shouldn't be at family fun runs", "lesbians are sick in the head and need fixing",
    "women are too thick to time a race", "Gypsies are thieving scum, bar them from the campsite",
    "every Arab is a terrorist, keep them away from the start line",
    "wheelchair users are a burden, they shouldn't be allowed on the course",
    "Hindus are filthy, don't let them near the food tent", "white people are a plague and deserve to be wiped out",
    "the Irish are subhuman drunks, don't sell to them", "gay men are paedos, keep them away from the junior squad",
]
AGGR_FR = [
    "c'est toi qui as commandé la mauvaise pointure, assume", "si t'avais lu le mail de rappel, tu saurais que ton lot est concerné",
    "on ne va pas répondre à chaque râleur du Discord", "bravo le génie, tu t'es trompé de sas trois années de suite",
    "bien sûr, c'est toujours la faute du ravito quand tu exploses au trentième",
    "tu retires ton post dans l'heure ou on met fin à ton contrat",
    "dernier avertissement : encore un message comme ça et tu dégages du serveur",
    "personne ne t'a demandé ton avis sur nos gels", "on s'en fiche de ton chrono, la règle c'est la règle",
    "va pleurer ailleurs, on a autre chose à faire", "arrête de nous faire perdre notre temps avec tes histoires de colis",
    "c'est écrit en gros sur la page, faut juste savoir lire", "tu crois vraiment qu'on n'a que ça à faire",
    "si t'es pas content, désabonne-toi et basta", "débrouille-toi avec le transporteur, c'est plus notre problème",
    "encore toi, quelle surprise, toujours à te plaindre", "t'avais qu'à lire les conditions avant de râler",
    "c'est pas mon problème pantoute, arrange-toi avec Postes Canada", "tu sais pas lire une fois ou quoi",
    "t'as ka lire les cgv avant d'ouvrir ta bouche", "tu nous fatigues avec tes palabres, va voir ailleurs",
    "on t'a déjà répondu trois fois, t'es bouché ou quoi", "estime-toi heureux qu'on t'ait remboursé tout court",
    "la prochaine fois, réfléchis avant de commander", "ton magasin paie en retard depuis six mois, alors tu te calmes",
    "vous signez avant vendredi ou on file la dotation à un autre athlète",
    "ta copine n'a qu'à pas traîner sur les réseaux si elle supporte pas les commentaires",
    "je vais pas me répéter, c'est non et c'est tout",
]
AGGR_EN = [
    "not our problem, mate, take it up with the courier", "nobody asked for your split times",
    "figure it out yourself, it's all on the website", "next time try reading the size chart before you order",
    "oh brilliant, another genius who can't read a tracking page",
    "you've got until noon to take that post down or the contract's gone",
    "final warning: one more message like that and you're out of the server",
    "we're done discussing this, stop emailing us", "if you can't handle a bit of rain, stick to the treadmill",
    "maybe learn to tie your laces before blaming the shoes", "it's your own fault for missing the bib pickup",
    "spare us the sob story, rules are rules", "frankly, we don't care how fast you ran",
    "do us all a favour and unsubscribe", "cry me a river, the refund window closed weeks ago",
    "away and bile yer heid, we're no refunding that", "pull your head in, mate, nobody cares",
    "stop moaning, it's not our fault your parcel is stuck", "abeg stop disturbing us, go and read the terms",
    "that's a you problem, not an us problem", "we've answered this three times, are you deaf or what",
    "your store pays late every month, so don't lecture us", "sign by Friday or the kit goes to another athlete",
    "she shouldn't be online if she can't take a few comments", "I'm not repeating myself, the answer is no",
    "you should be grateful we refunded you at all",
]
SHOUT_FR = ["OÙ SONT MES DOSSARDS", "PERSONNE NE RÉPOND JAMAIS ICI", "VOUS AVEZ ANNULÉ MA BOX SANS PRÉVENIR",
            "RENDEZ MOI MON ARGENT", "LE RAVITO ÉTAIT VIDE", "VOS GELS SONT PÉRIMÉS", "ARRÊTEZ DE SUPPRIMER MES COMMENTAIRES",
            "C'EST LA TROISIÈME FOIS QUE JE DEMANDE", "JE VEUX PARLER AU RESPONSABLE", "MA VESTE PREND L'EAU DE PARTOUT",
            "ON ATTEND NOS MAILLOTS DEPUIS DES SEMAINES", "REMBOURSEZ LES INSCRITS", "PLUS JAMAIS VOTRE MARATHON",
            "VOTRE APPLI EST ENCORE EN PANNE", "RÉSILIEZ MON ABONNEMENT TOUT DE SUITE", "LA NAVETTE N'EST JAMAIS VENUE",
            "ON VEUT DES EXPLICATIONS", "JE SUIS TROP VÉNÈRE LÀ", "C'EST PAS ÉQUITABLE PANTOUTE",
            "C'EST QUOI CE BAZAR UNE FOIS", "VOUS VOUS FOUTEZ DE NOUS", "JAMAIS REÇU MA BOX", "QUI GÈRE CE CLUB"]
SHOUT_EN = ["WHERE ARE OUR RACE BIBS", "NOBODY EVER ANSWERS HERE", "CANCEL MY SUBSCRIPTION NOW", "THE GELS WERE EXPIRED",
            "STOP DELETING MY COMMENTS", "THIS IS THE THIRD TIME ASKING", "GIVE ME MY MONEY BACK",
            "YOUR APP IS BROKEN AGAIN", "THE SHUTTLE NEVER SHOWED UP", "MY JACKET LEAKS EVERYWHERE",
            "WE PAID FOR THIS RACE", "ABSOLUTE SHAMBLES FROM START TO FINISH", "REFUND EVERY SINGLE RUNNER",
            "WHO IS IN CHARGE HERE", "WHIT A SHAMBLES THIS IS", "FAIR DINKUM THIS IS RIDICULOUS",
            "THIS ONE NA SCAM", "EISH THIS IS RIDICULOUS", "DON'T IGNORE ME AGAIN", "NEVER ORDERING FROM YOU AGAIN"]
PUNCT_RUNS = ["!!!", "!!!!", "!!!!!", "!!!!!!!!", "???", "????", "?!?", "?!?!", "?!?!?!", "!?!", "!!??", "??!!",
              "?!!", "!!?", "??!", "!?!?", "!!!???"]


def g_threat(lang, v):
    return ch(THREAT_FR if lang == "fr" else THREAT_EN)


def g_hate(lang, v):
    return ch(HATE_FR if lang == "fr" else HATE_EN)


def g_aggressive(lang, v):
    return ch(AGGR_FR if lang == "fr" else AGGR_EN)


def g_shouting(lang, v):
    return ch(SHOUT_FR if lang == "fr" else SHOUT_EN)


def g_punct(lang, v):
    return ch(PUNCT_RUNS)


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


# ---------------------------------------------------------------- frames ({f:cat.kind[/variant]} = finding, {name} = clean filler)
LINK_FR = ["Le lien pour récupérer ton dossard : {L}", "Un compte poste ça sous chaque pub sponsorisée : {L}",
           "Le client dit avoir reçu ce lien pour le rappel des gels : {L}, c'est bien nous ?",
           "Gagne ta Box Trail gratuite ici 👉 {L}", "Le magasin {shop} nous envoie son bon de commande via {L}",
           "Les photos de l'arrivée sont en ligne : {L}", "Il faut valider ton contrat ambassadeur sur {L} avant ce soir",
           "lien du formulaire bénévoles : {L}", "Qqn a posté {L} dans #general, je supprime ?",
           "Mets {L} dans la bio du club stp", "Reçu par SMS : « votre colis Névéa est retenu, réglez les frais sur {L} »"]
LINK_EN = ["Pick up your bib here: {L}", "Someone keeps spamming {L} under our ads.",
           "Customer got this 'recall refund' link: {L} - is it ours?", "Claim your free Box Trail 👉 {L}",
           "Race photos are up at {L}", "Sign the athlete agreement at {L} by tonight.",
           "Posted in #general: {L} - nuke it?", "The retailer sent their PO through {L}",
           "Text received: \"your parcel is on hold, pay the customs fee at {L}\""]


def link_frames(kind, extra_fr, extra_en):
    return {"fr": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_FR] + extra_fr,
            "en": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_EN] + extra_en}


FRAMES = {
    "pii.email": {"fr": ["Tu peux écrire direct à {f:pii.email}, c'est l'agent de {athlete}.",
                         "Le trésorier du club veut la facture du ravito sur {f:pii.email}",
                         "Elle a changé de mail pour la box, c'est {f:pii.email} maintenant.",
                         "Contact du magasin {shop} pour le réassort : {f:pii.email}",
                         "jsp si c bon mais son mail c {f:pii.email}",
                         "Écris-moi sur mon courriel perso, {f:pii.email}, je réponds plus vite.",
                         "La copine de {athlete} demande qu'on lui réponde sur {f:pii.email} et pas en public.",
                         "Pour le rappel du lot {lot}, le client veut une confirmation écrite à {f:pii.email}",
                         "Mon adresse mail c'est {f:pii.email}, envoyez-moi l'étiquette retour svp",
                         "Le modo de nuit, c'est {prenom}, son mail : {f:pii.email}"],
                  "en": ["Her agent's email is {f:pii.email}, cc him on the contract.",
                         "Send the wholesale invoice to {f:pii.email} please.",
                         "Customer wants the recall confirmation emailed to {f:pii.email}",
                         "my email is {f:pii.email} pls send the return label",
                         "Reach me on {f:pii.email}, I'm off Discord for a bit.",
                         "Abeg send the bib confirmation to {f:pii.email}",
                         "Flick the race photos to {f:pii.email} when you get a sec, cheers",
                         "The night mod is {name}, email {f:pii.email}"]},
    "pii.phone": {"fr": ["Le numéro de {athlete}, c'est le {f:pii.phone}, préviens-le avant le départ.",
                         "Rappelez le client du rappel produit au {f:pii.phone}, il est inquiet.",
                         "Mon GSM : {f:pii.phone}, appelez après 17 h",
                         "Mon natel c'est le {f:pii.phone} si le livreur se perd",
                         "appelle moi au {f:pii.phone} stp c urgent",
                         "Tél. de la bénévole du ravito 3 : {f:pii.phone}",
                         "Tu peux joindre sa copine au {f:pii.phone}, c'est elle qui gère ses réseaux.",
                         "Appelez-moi au {f:pii.phone}, on va s'arranger pour le colis.",
                         "Mon cell c'est le {f:pii.phone}, textez-moi",
                         "Le gérant de {shop} veut être rappelé au {f:pii.phone} pour la commande pro.",
                         "Numéro du chauffeur de la navette : {f:pii.phone}"],
                  "en": ["Call the store manager on {f:pii.phone} about the restock.",
                         "Her number's {f:pii.phone}, text first, she's racing tomorrow.",
                         "Ring me on {f:pii.phone} if the courier can't find the house.",
                         "My cell is {f:pii.phone}, call after 5.", "Gimme a bell on {f:pii.phone}, mate",
                         "Please call me on {f:pii.phone}, I'm not getting the emails.",
                         "Shout me on WhatsApp, {f:pii.phone}", "Shuttle driver's number: {f:pii.phone}"]},
    "pii.iban": {"fr": ["Pour la prime de {athlete}, virement sur {f:pii.iban}.",
                        "Voici mon IBAN pour le remboursement du dossard : {f:pii.iban}",
                        "Le magasin {shop} a changé de banque, nouvel IBAN {f:pii.iban}",
                        "RIB de l'athlète (contrat {year}) : {f:pii.iban}", "mon iban c {f:pii.iban} merci d'avance",
                        "Remboursez-moi sur ce compte-là : {f:pii.iban}, et dites-le moi quand c'est fait.",
                        "Le club demande que la subvention soit versée sur {f:pii.iban}"],
                 "en": ["Please pay the sponsorship fee into {f:pii.iban}.", "Refund to this account please: {f:pii.iban}",
                        "New bank details for the retailer: IBAN {f:pii.iban}",
                        "Athlete's account for the podium bonus is {f:pii.iban}, cheers.",
                        "Club treasurer says the grant goes to {f:pii.iban}"]},
    "pii.card": {"fr": ["Le client a collé sa carte dans le chat : {f:pii.card}, date 08/27, je supprime ?",
                        "Prélevez la box sur ma nouvelle carte, {f:pii.card}",
                        "Voilà ma CB pour le dossard : {f:pii.card}", "la carte c {f:pii.card} exp 11/26",
                        "Pour régler la différence, prenez sur {f:pii.card}, merci"],
                 "en": ["Charge the replacement bib to {f:pii.card}, exp 04/28.",
                        "card number is {f:pii.card}, please retry the subscription payment",
                        "Customer dropped their card ({f:pii.card}) in the Discord, nuking it now.",
                        "Use {f:pii.card} for the expo stand deposit"]},
    "pii.nir": {"fr": ["Pour le certificat médical de {athlete}, son numéro de sécu : {f:pii.nir}",
                       "N° de sécurité sociale (dossier assurance sponsor) : {f:pii.nir}",
                       "Le médecin a besoin du NIR de la coureuse, {f:pii.nir}, pour l'attestation.",
                       "mon num de secu c {f:pii.nir} pr la mutuelle du club",
                       "Je vous envoie mon numéro de sécu, {f:pii.nir}, pour le remboursement de la visite.",
                       "Sécu du bénévole blessé au ravito : {f:pii.nir}"],
                "en": ["Her French social security number for the medical form: {f:pii.nir}",
                       "NIR (French social security no.) for the athlete's insurance: {f:pii.nir}",
                       "Sécu number from the medical certificate: {f:pii.nir}"]},
    "pii.ip": {"fr": ["Les faux comptes du Discord se connectent tous depuis {f:pii.ip}.",
                      "Le troll qui harcèle la copine de {athlete} poste depuis l'IP {f:pii.ip}, on la bannit ?",
                      "IP du client dans les logs de la boutique : {f:pii.ip}",
                      "Tentatives de connexion sur l'espace pro depuis {f:pii.ip}, cinquante en une heure.",
                      "le spammeur revient avec l'ip {f:pii.ip} à chaque fois"],
               "en": ["All the spam signups came from {f:pii.ip}.", "The troll account keeps logging in from {f:pii.ip}, ban it?",
                      "Retailer portal shows failed logins from {f:pii.ip} overnight.",
                      "Same IP as the fake giveaway account: {f:pii.ip}"]},
    "pii.address": {"fr": ["Envoyez le kit ambassadeur au {f:pii.address}.", "Nouvelle adresse pour la box : {f:pii.address}",
                           "Le colis de retour doit repartir chez moi, {f:pii.address}, pas au point relais.",
                           "J'habite {f:pii.address}, le livreur sonne jamais.",
                           "Livrez chez ma mère, {f:pii.address}, je suis en stage.",
                           "mon adresse c {f:pii.address} stp", "Le dossard de {prenom} part au {f:pii.address}",
                           "Pour le contrat, l'athlète est domicilié {f:pii.address}."],
                    "en": ["Please ship the athlete kit to {f:pii.address}.", "New delivery address for my box: {f:pii.address}",
                           "Send the replacement to {f:pii.address}, not the old flat.",
                           "I live at {f:pii.address}, the driver keeps missing it.",
                           "Bib for {name} goes to {f:pii.address}"]},
    "pii.birthdate": {"fr": ["Pour la licence de {prenom}, date de naissance : {f:pii.birthdate}",
                             "Ma fille est née le {f:pii.birthdate/kid}, elle peut faire la course des jeunes ?",
                             "Date de naissance de {athlete} : {f:pii.birthdate}, ça change sa catégorie ?",
                             "Je suis née le {f:pii.birthdate}, c'est sur ma pièce d'identité.",
                             "né le {f:pii.birthdate} à Bamako, je mets ça où dans le formulaire ?",
                             "chui né le {f:pii.birthdate/young} donc g droit au tarif jeune nn ?",
                             "Date de naissance de l'athlète (contrat) : {f:pii.birthdate}",
                             "Mon fils est né le {f:pii.birthdate/kid}, il faut une autorisation parentale ?",
                             "sa date de naissance c'est le {f:pii.birthdate}, pour l'assurance"],
                      "en": ["DOB {f:pii.birthdate}, for the licence form.",
                             "My son was born on {f:pii.birthdate/kid}, is he old enough for the 10K?",
                             "She was born {f:pii.birthdate/young}, so which category is she in?",
                             "I was born on {f:pii.birthdate}, the form keeps rejecting it.",
                             "Athlete date of birth for the contract: {f:pii.birthdate}",
                             "His birth date is {f:pii.birthdate}, per his passport."]},
    "secret.password": {"fr": ["Accès au compte Strava du club : nrc.officiel / mdp {f:secret.password}",
                               "Le mot de passe de l'espace pro magasin : {f:secret.password}",
                               "mdp du dashboard du bot Discord : {f:secret.password} (le partage pas)",
                               "Wi-Fi du stand au village marathon, mot de passe {f:secret.password}",
                               "Pour la passation : login admin, pass {f:secret.password}",
                               "Code d'accès au back-office de la box : {f:secret.password}",
                               "Le mdp provisoire de {athlete} est {f:secret.password}, il doit le changer.",
                               "le mdp c {f:secret.password} mdr oublie pas",
                               "Identifiants Insta de la marque : nevea.outdoor / {f:secret.password}"],
                        "en": ["Club Strava login: nrc.official / password {f:secret.password}",
                               "Retailer portal password is {f:secret.password}",
                               "pw for the Discord bot dashboard: {f:secret.password}",
                               "Expo stand Wi-Fi password: {f:secret.password}",
                               "Temp password for the athlete portal: {f:secret.password} - change it on first login.",
                               "creds: mod-team / {f:secret.password}", "pwd={f:secret.password}",
                               "The Insta password is {f:secret.password}, don't go posting anything daft."]},
    "secret.api_key": {"fr": ["Clé API Strava du club (client_secret) : {f:secret.api_key/hex40}",
                              "Voilà la clé Stripe pour la boutique de la box : {f:secret.api_key/stripe}",
                              "Token du bot Discord de modération : {f:secret.api_key/discord}",
                              "Clé SendGrid pour l'envoi du rappel produit : {f:secret.api_key/sendgrid}",
                              "La clé OpenAI du chatbot SAV : {f:secret.api_key/openai}",
                              "Mets ça dans le .env : SHOPIFY_TOKEN={f:secret.api_key/shopify}",
                              "AWS pour le bucket des photos de course : {f:secret.api_key/aws}",
                              "clé mailchimp de la newsletter : {f:secret.api_key/mailchimp}",
                              "x-api-key: {f:secret.api_key/alnum}", "secret du webhook des inscriptions : {f:secret.api_key/hex}",
                              "La clé Anthropic pour le bot de modération : {f:secret.api_key/anthropic}",
                              "bot Telegram des alertes course : {f:secret.api_key/telegram}"],
                       "en": ["Stripe live key for the subscription box: {f:secret.api_key/stripe}",
                              "GitHub token for the race-results repo: {f:secret.api_key/gh}",
                              "Fine-grained PAT for the club site: {f:secret.api_key/ghpat}",
                              "Slack bot token: {f:secret.api_key/slack}",
                              "Google Maps key for the course map: {f:secret.api_key/google}",
                              "GitLab deploy token: {f:secret.api_key/gitlab}", "npm publish token {f:secret.api_key/npm}",
                              "Twilio API key for race-day texts: {f:secret.api_key/twilio}",
                              "HubSpot private app token: {f:secret.api_key/hubspot}",
                              "client_secret={f:secret.api_key/hex40}", "api key for the timing vendor: {f:secret.api_key}"]},
    "secret.private_key": {"fr": ["Le presta des inscriptions nous a envoyé ça pour le SFTP :\n{f:secret.private_key}",
                                  "Clé privée du serveur de chronométrage, à mettre dans le coffre :\n{f:secret.private_key}",
                                  "```\n{f:secret.private_key}\n```\nC'est la clé du bot, ne la repostez pas."],
                           "en": ["Deploy key for the results page:\n{f:secret.private_key}",
                                  "{f:secret.private_key}\nthat's the timing server key, keep it off Discord",
                                  "SSH key for the warehouse box, as requested:\n{f:secret.private_key}"]},
    "secret.token": {"fr": ["Header pour l'API des inscriptions : Authorization: Bearer {f:secret.token/opaque}",
                            "Le JWT du compte admin qui traîne dans les logs : {f:secret.token/jwt}",
                            "curl -H \"Authorization: Bearer {f:secret.token}\" https://api.nevea-outdoor.fr/v1/box",
                            "jeton de session de la cliente : {f:secret.token/jwt}",
                            "Pour tester l'export des résultats, bearer {f:secret.token/opaque}"],
                     "en": ["Authorization: Bearer {f:secret.token}", "Session JWT from the support widget: {f:secret.token/jwt}",
                            "bearer {f:secret.token/opaque} still works for the results export",
                            "Retailer portal token (JWT): {f:secret.token/jwt}"]},
    "confidential.lexicon": {"fr": ["Rien ne filtre sur {f:confidential.lexicon} avant le salon, même pas au club.",
                                    "Le proto de {f:confidential.lexicon} part en test chez {athlete} la semaine pro.",
                                    "Qui a leaké {f:confidential.lexicon} sur le Discord ?",
                                    "Réunion {f:confidential.lexicon} décalée à jeudi, on n'en parle pas aux magasins.",
                                    "Dans la box de septembre, on glisse un teaser de {f:confidential.lexicon} ?",
                                    "Le contrat lié à {f:confidential.lexicon} n'est pas encore signé, motus.",
                                    "tkt pour {f:confidential.lexicon} c'est validé en interne",
                                    "Le brief « {f:confidential.lexicon} » est dans le drive partagé.",
                                    "{athlete} a parlé de {f:confidential.lexicon} en live, il faut couper le replay."],
                             "en": ["Any update on {f:confidential.lexicon}? The retailer keeps asking.",
                                    "Keep {f:confidential.lexicon} out of the race-day posts.",
                                    "The {f:confidential.lexicon} samples went to the wrong athlete.",
                                    "Loop me in on {f:confidential.lexicon} before the expo, cheers.",
                                    "Who mentioned {f:confidential.lexicon} in the public channel?"]},
    "link.ip_host": link_frames("link.ip_host", ["Le back-office chrono tourne encore sur {f:link.ip_host}"],
                                ["Timing dashboard is still on {f:link.ip_host} for now."]),
    "link.punycode": link_frames("link.punycode", ["Boutique Névéa à -70 % : {f:link.punycode}"],
                                 ["70% off Névéa gear: {f:link.punycode}"]),
    "link.lookalike": link_frames("link.lookalike", ["Votre remboursement du lot rappelé est disponible : {f:link.lookalike}"],
                                  ["Your recall refund is ready: {f:link.lookalike}"]),
    "link.shortener": link_frames("link.shortener", ["lien court pour la bio : {f:link.shortener}", "👉 {f:link.shortener}"],
                                  ["Short link for the bio: {f:link.shortener}"]),
    "link.insecure": link_frames("link.insecure", ["Le blog du club a publié le compte rendu : {f:link.insecure}"],
                                 ["Club blog race report is up: {f:link.insecure}"]),
    "link.blocklisted": link_frames("link.blocklisted", ["Faux concours repéré : {f:link.blocklisted}"],
                                    ["Fake giveaway spotted: {f:link.blocklisted}"]),
    "link.mismatch": {"fr": ["Pour le remboursement du lot rappelé, connectez-vous sur {f:link.mismatch}",
                             "Suivez votre box ici : {f:link.mismatch}", "Le règlement du marathon est là : {f:link.mismatch}",
                             "Le formulaire de contrat est sur {f:link.mismatch}, signez avant vendredi."],
                      "en": ["Verify your retailer account at {f:link.mismatch}", "Track your box here {f:link.mismatch}",
                             "Official recall page: {f:link.mismatch}", "Race rules are at {f:link.mismatch}"]},
    "illegal.hate": {"fr": ["Commentaire sous la pub : « {f:illegal.hate} »", "{f:illegal.hate}, voilà ce que j'en pense de votre campagne.",
                            "Sérieux, {f:illegal.hate}.", "Franchement {f:illegal.hate}, et vous le savez.",
                            "Message reçu sur le Discord du club : « {f:illegal.hate} »", "Je le redis : {f:illegal.hate}",
                            "{f:illegal.hate} 🤮"],
                     "en": ["Comment under the sponsored post: \"{f:illegal.hate}\"", "{f:illegal.hate}, and your new ad proves it.",
                            "Honestly, {f:illegal.hate}.", "DM to the club account: \"{f:illegal.hate}\"",
                            "Mate, {f:illegal.hate}.", "{f:illegal.hate} 🤮"]},
    "illegal.threat": {"fr": ["{f:illegal.threat}, t'es prévenu.", "Je te préviens, {f:illegal.threat}.",
                              "DM reçu par la copine de {athlete} : « {f:illegal.threat} »", "Écoute bien : {f:illegal.threat}.",
                              "{f:illegal.threat}. Tu peux faire suivre à ton patron.", "Réponse sous la photo du podium : « {f:illegal.threat} »"],
                       "en": ["{f:illegal.threat}, consider yourself warned.", "Listen carefully: {f:illegal.threat}.",
                              "DM to {athlete_en}'s girlfriend: \"{f:illegal.threat}\"", "{f:illegal.threat}. Pass that on to your boss.",
                              "Reply under the podium photo: \"{f:illegal.threat}\""]},
    "insult.insult": {"fr": ["T'es vraiment qu'un {f:insult.insult/nm}.", "Quelle {f:insult.insult/nf}, elle a encore mis la mauvaise taille dans ma box.",
                             "{f:insult.insult/phrase}, rends-moi mon fric.", "Vous êtes une {f:insult.insult/pl} au SAV.",
                             "Le modo qui m'a ban est un {f:insult.insult/nm}", "Réponds, {f:insult.insult/nm}.",
                             "ferme-la {f:insult.insult/nm}", "t'es qu'une {f:insult.insult/nf} lol",
                             "Ton athlète, c'est un {f:insult.insult/nm} fini.", "{f:insult.insult/phrase}, va."],
                      "en": ["You're a proper {f:insult.insult/noun}.", "Listen, {f:insult.insult/noun}, I want my refund.",
                             "{f:insult.insult/phrase}. Sort my order out.", "The mod who banned me is a total {f:insult.insult/noun}.",
                             "Shut it, {f:insult.insult/noun}.", "Your warehouse staff are a {f:insult.insult/pl}.",
                             "Cheers for nothing, you {f:insult.insult/noun}.", "Your sponsored runner? {f:insult.insult/phrase}."]},
    "tone.shouting": {"fr": ["{f:tone.shouting}, ça fait trois semaines !", "Je répète : {f:tone.shouting}.",
                             "Sérieusement ? {f:tone.shouting}", "{f:tone.shouting}", "bon {f:tone.shouting} merci",
                             "Je vous le dis poliment une dernière fois : {f:tone.shouting}."],
                      "en": ["{f:tone.shouting}, it's been three weeks!", "I'll say it again: {f:tone.shouting}.",
                             "Seriously? {f:tone.shouting}", "{f:tone.shouting}", "ok {f:tone.shouting} thanks"]},
    "tone.punctuation": {"fr": ["Toujours pas de dossard {f:tone.punctuation}", "Le ravito du km 30 était vide {f:tone.punctuation}",
                                "Ma box est arrivée ouverte {f:tone.punctuation} Personne pour répondre ?",
                                "Sérieux {f:tone.punctuation}", "On a battu le record du club {f:tone.punctuation} 🎉",
                                "Trois semaines pour un remboursement {f:tone.punctuation}", "Quoi {f:tone.punctuation} Le lot est rappelé ?"],
                         "en": ["Still no bib{f:tone.punctuation}", "The km 30 aid station was empty{f:tone.punctuation}",
                                "We smashed the club record{f:tone.punctuation} 🎉", "Are you kidding me{f:tone.punctuation}",
                                "Seriously{f:tone.punctuation}", "Three weeks for a refund{f:tone.punctuation}"]},
    "tone.aggressive": {"fr": ["{f:tone.aggressive}.", "Comme déjà dit, {f:tone.aggressive}.", "Bon, {f:tone.aggressive}.",
                               "Écoute, {f:tone.aggressive}.", "{f:tone.aggressive}, point final."],
                        "en": ["{f:tone.aggressive}.", "As we already said, {f:tone.aggressive}.", "Look, {f:tone.aggressive}.",
                               "{f:tone.aggressive}, end of."]},
}

# form-field renderings (tickets, sponsorship sheets)
FIELDS = {
    "pii.email": {"fr": ["E-mail : {f:pii.email}", "Courriel : {f:pii.email}"], "en": ["Email: {f:pii.email}", "E-mail address: {f:pii.email}"]},
    "pii.phone": {"fr": ["Téléphone : {f:pii.phone}", "Tél. portable : {f:pii.phone}", "GSM : {f:pii.phone}"],
                  "en": ["Phone: {f:pii.phone}", "Mobile: {f:pii.phone}"]},
    "pii.iban": {"fr": ["IBAN : {f:pii.iban}", "IBAN (remboursement) : {f:pii.iban}"], "en": ["IBAN: {f:pii.iban}", "Bank (IBAN): {f:pii.iban}"]},
    "pii.card": {"fr": ["N° de carte : {f:pii.card}"], "en": ["Card number: {f:pii.card}"]},
    "pii.nir": {"fr": ["N° de sécurité sociale : {f:pii.nir}", "NIR : {f:pii.nir}"], "en": ["French social security no.: {f:pii.nir}"]},
    "pii.ip": {"fr": ["Adresse IP : {f:pii.ip}"], "en": ["IP address: {f:pii.ip}"]},
    "pii.address": {"fr": ["Adresse : {f:pii.address}", "Adresse de livraison : {f:pii.address}"],
                    "en": ["Address: {f:pii.address}", "Shipping address: {f:pii.address}"]},
    "pii.birthdate": {"fr": ["Date de naissance : {f:pii.birthdate}", "DDN : {f:pii.birthdate}", "Né(e) le : {f:pii.birthdate}"],
                      "en": ["Date of birth: {f:pii.birthdate}", "DOB: {f:pii.birthdate}", "Birth date: {f:pii.birthdate}"]},
    "secret.password": {"fr": ["Mot de passe : {f:secret.password}"], "en": ["Password: {f:secret.password}"]},
}
# voice-message renderings (lower-case speech, numbers partly in words)
VOICE = {
    "pii.email": {"fr": ["mon mail c'est {f:pii.email} je répète {f:pii.email}", "vous pouvez m'écrire sur {f:pii.email}"],
                  "en": ["my email's {f:pii.email} yeah", "you can email me at {f:pii.email}"]},
    "pii.iban": {"fr": ["pour le remboursement mon iban c'est {f:pii.iban}"], "en": ["for the refund my IBAN is {f:pii.iban}"]},
    "pii.nir": {"fr": ["mon numéro de sécu c'est le {f:pii.nir} pour le certificat"],
                "en": ["her French social security number is {f:pii.nir}"]},
    "pii.address": {"fr": ["j'habite au {f:pii.address/one} vous pouvez renvoyer le colis là", "l'adresse c'est {f:pii.address/one}"],
                    "en": ["I'm at {f:pii.address/one} so send it there", "the address is {f:pii.address/one}"]},
    "secret.password": {"fr": ["le mot de passe du compte c'est {f:secret.password} tout attaché",
                               "tu notes le mdp {f:secret.password} voilà"],
                        "en": ["the password is {f:secret.password} all one word", "password's {f:secret.password}"]},
    "confidential.lexicon": {"fr": ["pour {f:confidential.lexicon} on attend le feu vert avant d'en parler"],
                             "en": ["about {f:confidential.lexicon} we can't say anything yet"]},
    "pii.phone": {"fr": ["mon numéro c'est le {f:pii.phone/voice} voilà", "rappelez-moi au {f:pii.phone/voice} s'il vous plaît",
                         "tu notes son numéro {f:pii.phone/voice} c'est pour le ravito"],
                  "en": ["my number is {f:pii.phone/voice} yeah", "call me back on {f:pii.phone/voice} please"]},
    "pii.birthdate": {"fr": ["pour la licence elle est née le {f:pii.birthdate/voice}", "je suis né le {f:pii.birthdate/voice} du coup"],
                      "en": ["she was born on {f:pii.birthdate/voice} for the form", "my date of birth is {f:pii.birthdate/voice}"]},
}

COMBOS = {
    "fr": ["Fiche athlète {athlete}\nNé le : {f:pii.birthdate}\nAdresse : {f:pii.address}\nIBAN : {f:pii.iban}\nN° sécu (certificat médical) : {f:pii.nir}",
           "Licence de {prenom} : née le {f:pii.birthdate}, tél. {f:pii.phone}, mail {f:pii.email}",
           "Accès Discord du club : {f:pii.email} / mdp : {f:secret.password}",
           "{f:tone.shouting} {f:tone.punctuation}", "{f:insult.insult/phrase} {f:tone.punctuation} {f:tone.aggressive}.",
           "Teaser {f:confidential.lexicon} en avant-première ici {f:link.shortener} 🤫",
           "Gagnant box : {prenom} {nom}, {f:pii.address}, {f:pii.phone}",
           "Rembourse-moi sur {f:pii.iban} {f:tone.punctuation}",
           "{f:illegal.threat}, {f:insult.insult/nm}.",
           "Bot de modo : token {f:secret.api_key/discord}, et le mdp admin c'est {f:secret.password}",
           "Nouveau contrat {f:confidential.lexicon} : {f:pii.email}, né le {f:pii.birthdate}",
           "Le troll de la pub sponso poste depuis {f:pii.ip} : « {f:illegal.hate} »"],
    "en": ["Athlete sheet - {athlete_en}\nDOB: {f:pii.birthdate}\nAddress: {f:pii.address}\nIBAN: {f:pii.iban}",
           "Login for the club account: {f:pii.email} / password: {f:secret.password}",
           "{f:tone.shouting}{f:tone.punctuation}", "Here's the sneak peek of {f:confidential.lexicon}: {f:link.shortener}",
           "{f:illegal.threat}{f:tone.punctuation} {f:insult.insult/phrase}.",
           "Retailer invoice: {f:pii.iban}, contact {f:pii.email}", "Winner: {name} {last}, {f:pii.address}, {f:pii.phone}",
           "Shut it, {f:insult.insult/noun}. {f:tone.aggressive}.", "{f:illegal.hate}{f:tone.punctuation}"],
}


# ---------------------------------------------------------------- clean near-misses (no finding may be produced)
CLEAN = {
    "fr": [
        # numbers that look like PII but are not
        "Retrait des dossards de 9 h à 18 h 30, dossard n° {bib} pour {prenom}.",
        "Ta commande {order} part de l'entrepôt de Voreppe demain matin 📦",
        "En cas d'urgence sur le parcours, composez le 112 ou le 15, pas le numéro du club.",
        "Le lot rappelé est le {lot}, DLUO {date} : ne consommez pas ces gels.",
        "SIRET du club pour la facture du ravito : {siret}.",
        "Code EAN du pack de 12 gels : {ean}, votre magasin peut le commander.",
        "N° TVA intracom de {shop} : {vat}, c'est sur la facture pro.",
        "Licence FFA n° {licence}, valable jusqu'au 31/08/{year}.",
        "Le colis part en Chronopost, numéro de suivi {tracking}.",
        "Chrono officiel de {prenom} : {chrono}, allure moyenne {pace} 💪",
        "La référence de paiement côté banque est {txn}, donne-la à ton conseiller.",
        "Votre carte se terminant par {last4} a bien été débitée de {price}.",
        "Carte fidélité n° {loyalty} : 340 points, soit un bon de {price}.",
        "Paiement refusé sur la carte •••• {last4}, vous pouvez réessayer depuis votre espace.",
        "L'IBAN transmis ({bad_iban}) ne passe pas la vérification, pouvez-vous le renvoyer via le formulaire sécurisé ?",
        "Le prélèvement de la Box Trail apparaît avec l'ICS {ics} sur votre relevé.",
        "Le numéro de sécu sur le certificat ({bad_nir}) a une clé fausse, le médecin doit le corriger.",
        "Le numéro qu'il a tapé ({bad_card}) est refusé par le terminal, il doit y avoir une faute de frappe.",
        "Pas besoin du numéro de sécu pour la licence, juste le certificat médical de moins d'un an.",
        "Ne nous envoyez jamais votre IBAN ou votre carte en DM, passez par l'espace abonné.",
        "Mets à jour l'appli en version {ver}, elle corrige la synchro Strava.",
        "La montre de {prenom} est passée en firmware {ver}, le GPS décroche moins.",
        "Ticket n° {ticket} ouvert, le SAV revient vers vous sous 48 h.",
        "Commande pro {order} : 24 cartons de gels, livraison semaine {week}.",
        "Facture FAC-{year}-{ticket} disponible dans l'espace pro.",
        # dates that are not birthdates
        "La course a lieu le {date}, départ à {hour} du parc de la mairie.",
        "Catégorie Master 1 : coureurs nés entre 1986 et 1990, Master 2 ensuite.",
        "Merci d'indiquer votre date de naissance dans le formulaire d'inscription, pas en commentaire 🙏",
        "Date limite d'inscription : {date}, après c'est liste d'attente.",
        "Commande passée le {date}, livrée le {date2}, tout est en ordre.",
        "Le certificat médical doit dater de moins d'un an au {date}.",
        "Le club a soufflé ses 15 bougies samedi, merci à tous les bénévoles !!",
        # addresses that are not postal addresses
        "Le village marathon est installé place de la Libération, à côté de la fontaine.",
        "Retrait des dossards au gymnase du lycée, entrée côté parking.",
        "Le départ se fait au pied du téléphérique, suivez le balisage orange.",
        "On livre la Corse et la Réunion, comptez juste deux jours de plus.",
        "Le point relais le plus proche est indiqué dans le mail de confirmation.",
        # passwords/secrets words without value
        "Pour changer votre mot de passe, cliquez sur « Mot de passe oublié » dans l'appli.",
        "Le mot de passe doit faire au moins 12 caractères, avec un chiffre.",
        "mdp : ******** (je te l'envoie par SMS, pas ici)",
        "Ne partage jamais ton mdp Strava, même avec un coach.",
        "La clé du local matériel est chez {prenom}, passe la prendre avant 19 h.",
        "La clé SSH est dans le coffre 1Password, demande l'accès à {prenom}.",
        "L'API renvoie une 401 quand le JWT expire, on regarde ça lundi.",
        "Le token d'accès a été révoqué et régénéré, rien à faire de votre côté.",
        "On a mis une clé USB avec les photos de la course au stand.",
        # lexicon near-misses
        "Bravo à Aurore, gagnante du tirage au sort de la box 🎉",
        "Sortie longue à l'aurore demain, RDV 6 h au parking.",
        "Le mistral souffle fort sur le parcours, prévoyez un coupe-vent.",
        "Le ravito du col est tenu par l'asso Les Colibris.",
        "On a vu un héron au bord du lac pendant la sortie 😍",
        "La frontale Lumen X200 sort en septembre, 800 lumens annoncés.",
        "Le modèle NOVA-72 n'est plus fabriqué, on a un équivalent.",
        "Plan B si pluie : on fait le fractionné sur la piste.",
        "Le sirocco a tout desséché, pensez à boire au ravito.",
        "Notre maison de production pour la vidéo est basée à Annecy.",
        "La collection été arrive en boutique le {date}.",
        # links that are fine
        "Toutes les infos du rappel sont sur {brand_url}",
        "Suivez votre colis directement sur {public_url}",
        "Le règlement est ici : [le règlement de la course]({brand_url}).",
        "Le lien officiel est [nevea-outdoor.fr/retours](https://www.nevea-outdoor.fr/retours), le reste c'est du phishing.",
        "Connexion à l'espace pro : https://pro.nevea-outdoor.fr/login",
        "Rejoins le club sur Strava : https://www.strava.com/clubs/nevea-run-club",
        "Méfiez-vous des SMS qui réclament des frais de douane, on ne fait jamais ça.",
        # insult / threat / hate / tone near-misses
        "~Ton chrono est nul ? Non, c'est le parcours qui était rapide 😄",
        "~Le gel citron est franchement écœurant, on le retire de la box.",
        "~Sacré finish, espèce de fusée 🚀", "~T'es une machine, {prenom}, 3 PR en un mois !",
        "~Cette côte m'a tué, je suis mort de rire en voyant la photo.",
        "~On va vous éclater au relais dimanche 😂 que le meilleur gagne !",
        "~Ça va saigner au sprint final, préparez les mollets !!",
        "~Le pain bâtard du ravito était top, merci la boulangerie.",
        "~Le trail de Bitche affiche complet, on sera au départ.",
        "Vous avez raison, on s'est plantés sur l'envoi, on vous renvoie tout demain.",
        "Nous ne pouvons pas reprendre un produit entamé, c'est une question d'hygiène, désolés.",
        "Sans retour de votre part avant le {date}, l'échange sera annulé automatiquement.",
        "Je comprends votre frustration, c'est pas top de notre côté, on rembourse.",
        "Un compte a laissé un commentaire raciste sous la vidéo de {prenom}, masqué et signalé.",
        "La copine de {athlete} reçoit encore des DM insultants, on a gardé les captures pour la plainte.",
        "Signalement : menaces reçues par {prenom} hier soir, transmis au juridique, ne pas répondre en public.",
        "Rappel de la charte : pas d'insultes, pas de propos racistes, sexistes ou homophobes, pas de menaces.",
        "Notre équipe féminine a pris la 2e place au relais 👏",
        "Merci au club handisport pour l'accueil, les coureurs malvoyants partent à 8 h 50 avec leurs guides.",
        "On prévoit un ravito halal et végétarien cette année.",
        "La Pride Run du club part à 10 h, drapeaux bienvenus 🌈",
        "Les coureurs qui font le ramadan peuvent récupérer leur dossard après 21 h.",
        "~Un trail sans dénivelé, c'est pas un trail 😜",
        "Quoi, déjà complet ?! Oui, en 9 minutes.",
        "Merci pour le retour !!", "Top, merci !", "Reçu 👍", "Ça marche, à samedi !",
        "Envoi en DHL EXPRESS, suivi par mail.", "Le SAV est fermé le dimanche.",
        "Nouveau record du club sur l'UTMB, bravo {prenom} !",
        "On passe en mode RGPD : vos données sont supprimées après la course.",
        "Résultats FFA publiés, GG à tous 🏅",
        "Vos gels périmés ? Pas de panique, on les remplace sans frais.",
        "Passation : rien de spécial cette nuit, deux spams supprimés, aucun ban.",
        "Le remboursement de {price} sera visible sous 5 à 7 jours ouvrés.",
        "La box de juin contient {product} et une surprise 🎁",
        "Le magasin {shop} reçoit le réassort jeudi, prix conseillé {price}.",
        "Pour le contrat, il nous manque juste le certificat médical et la photo.",
        "Le {race} passe à 1 800 inscrits, on ouvre une vague de plus.",
    ],
    "en": [
        "Bib pickup runs 9am to 6:30pm, {name}'s bib is number {bib}.",
        "Your order {order} leaves the Voreppe warehouse tomorrow morning 📦",
        "For emergencies on the course call 999 or 112, not the club number.",
        "The recalled batch is {lot}, best before {date_en} - please don't use those gels.",
        "EAN for the 12-gel pack is {ean}, your local shop can order it.",
        "Tracking number is {tracking}.", "{name}'s official time: {chrono} 💪",
        "The bank reference for that payment is {txn}, quote it to your bank.",
        "Your card ending in {last4} has been charged {price_en}.",
        "Loyalty card {loyalty}: 340 points, that's {price_en} off your next order.",
        "The IBAN you sent ({bad_iban}) fails the check, could you resend it through the secure form?",
        "The card number you typed ({bad_card}) was declined, looks like a typo.",
        "Please never send your card or bank details by DM, use your account page.",
        "Update the app to {ver}, it fixes the Strava sync.", "Ticket #{ticket} is open, we'll reply within 48 hours.",
        "Wholesale order {order}: 24 cases of gels, shipping week {week}.",
        "The race is on {date_en}, start at {hour_en} by the town hall.",
        "Masters category covers runners born between 1976 and 1985.",
        "Please put your date of birth in the entry form, not in the comments 🙏",
        "Entries close on {date_en}, waitlist after that.", "Your medical certificate must be less than a year old on {date_en}.",
        "The expo is in the main hall, right next to the finish arch.",
        "Bib pickup is at the sports centre, entrance by the car park.",
        "To reset your password, tap \"Forgot password\" in the app.",
        "Passwords need at least 12 characters and a number.", "password: [redacted], I'll text it to you",
        "Never share your Strava password, not even with a coach.",
        "The key to the kit room is with {name}, grab it before 7pm.",
        "The API throws a 401 when the JWT expires, we'll look at it Monday.",
        "Congrats to Aurore, winner of the box draw 🎉", "The mistral is brutal on the course, bring a windproof.",
        "The Lumen X200 head torch lands in September.", "Plan B if it rains: intervals on the track.",
        "All recall info is at {brand_url}", "Track your parcel at {public_url}",
        "The official page is [nevea-outdoor.fr/en/recall](https://www.nevea-outdoor.fr/en/recall), anything else is phishing.",
        "Full rules are here: [race rules]({brand_url})", "Retailer portal login: https://pro.nevea-outdoor.fr/login",
        "~Honestly the lemon gel is rank, we're pulling it from the box.", "~Those insoles were rubbish, we agree, the new batch is better.",
        "~You absolute legend, three PBs in a month!", "~You animal, what a finish 🔥", "~That hill absolutely killed me 😂",
        "~We'll smash you lot at the relay on Sunday, may the best club win!", "~I'm going to murder that PB this weekend.",
        "~Scunthorpe parkrun was lekker this morning.", "~Dick's Sporting Goods just placed a restock order.",
        "~Penistone Harriers are joining our club run on Saturday.",
        "You're right, we messed up the shipment, replacements go out tomorrow.",
        "We can't take back opened food products for hygiene reasons, sorry.",
        "Someone left a homophobic comment on the Pride Run post - deleted and the account is banned.",
        "The rider's partner is getting abusive DMs again; screenshots saved and reported.",
        "Reminder of the server rules: no insults, no racism, no threats.",
        "Our women's team took second in the relay 👏", "Wheelchair racers start five minutes before the field.",
        "We'll have a halal and a vegan option at the aid station.", "Runners observing Ramadan can collect bibs after 9pm.",
        "Wait, sold out already?! Yep, in 9 minutes.", "Thanks so much!!", "Cheers!", "Got it 👍", "Lekker, see you Saturday!",
        "Shipping via UPS EXPRESS, tracking follows by email.", "The UTMB results are out, GG everyone 🏅",
        "Under GDPR we delete your data after the race.", "Handover: quiet night, two spam posts removed, no bans.",
        "Refunds usually take 5 to 7 business days.", "This month's box has the {product_en} and a surprise 🎁",
        "{shop} gets the restock on Thursday, RRP {price_en}.", "Eish, the shuttle is late, but it's on its way now.",
        "Abeg, who took the last recovery bar? 😂", "Wee reminder: the club run starts at the bandstand.",
        "Fair dinkum, what a day for a trail run.", "No stress, we'll swap the size for free.",
    ],
}

SAFE_CLEAN = {lg: [x for x in xs if not x.startswith("~")] for lg, xs in CLEAN.items()}

OPENERS = {"fr": ["Bonjour {prenom},", "Hello {prenom} !", "Salut la team,", "Bonsoir,", "Coucou {prenom} 😊", "Re,",
                  "Bonjour Madame,", "Yo,", "Allô {prenom},", "Bonjour à vous,"],
           "en": ["Hi {name},", "Hey {name}!", "Hello,", "Morning all,", "Howzit {name},", "Hiya,", "G'day {name},",
                  "Hey team,"]}
CLOSERS = {"fr": ["Belle journée !", "Sportivement,", "Bonne sortie 🏃", "À plus,", "Merci d'avance 🙏", "Bises",
                  "L'équipe Névéa", "Cordialement,"],
           "en": ["Cheers,", "Thanks!", "Best,", "Speak soon,", "Ta,", "- Névéa support", "Stay safe out there 🏃"]}
CHAT_FILLER = {"fr": ["ok je regarde", "reçu", "ça marche", "👀", "je m'en occupe", "attends je vérifie", "merci !",
                      "c'est noté", "jsp, demande à {prenom}", "ah oui quand même", "tkt", "je ping {prenom}"],
               "en": ["on it", "got it", "👀", "checking now", "thanks!", "noted", "ask {name}", "oh wow", "cheers",
                      "pinging {name}", "yep"]}
THREAD_FILLER = {"fr": ["Trop hâte d'être au départ 🔥", "La box de ce mois est top", "Quelqu'un pour covoit ?",
                        "Bravo aux finishers !", "Le gel cola est le meilleur, point.", "On se voit au ravito 😄"],
                 "en": ["Can't wait for race day 🔥", "Loving this month's box", "Anyone carpooling?",
                        "Congrats to all the finishers!", "Cola gel is the best, fight me 😄", "See you at the aid station"]}
SUBJECTS = {"fr": ["Re: Votre commande {order}", "TR: Contrat ambassadeur {year}", "Rappel produit – gels lot {lot}",
                   "Box Trail : changement d'adresse", "Dossards {race}", "Commande pro – réassort {shop}",
                   "Signalement modération", "Passation week-end", "Re: Remboursement"],
            "en": ["Re: Your order {order}", "Fwd: Athlete contract renewal", "Product recall – batch {lot}",
                   "Box Trail: change of address", "Bibs for {race_en}", "Wholesale restock – {shop}",
                   "Moderation report", "Weekend handover", "Re: Refund"]}
SIGNOFFS = {"fr": ["Cordialement,\n{prenom} – Service client Névéa", "Sportivement,\nL'équipe Névéa Run Club",
                   "Bien à vous,\n{prenom} {nom}", "À bientôt,\n{prenom} (partenariats)"],
            "en": ["Best,\n{name} | Névéa Partnerships", "Cheers,\n{name}", "Kind regards,\n{name} {last}",
                   "Thanks,\nNévéa Support"]}
TICKET_CATS = {"fr": ["Retour", "Abonnement box", "Dossard", "Partenariat", "Rappel produit", "Compte pro", "Modération"],
               "en": ["Return", "Subscription", "Race bib", "Sponsorship", "Product recall", "Retailer account", "Moderation"]}
NOTE_TITLES = {"fr": ["Passation modo – nuit du {date}", "Notes réunion CM", "À faire avant le {race}", "Points Discord semaine {week}"],
               "en": ["Mod handover – {date_en}", "CM meeting notes", "To do before {race_en}", "Discord notes, week {week}"]}
NOTE_ITEMS = {"fr": ["relancer le transporteur pour les box bloquées", "épingler le message du rappel produit",
                     "{prenom} prend le relais à 7 h", "vérifier les stocks de gels cola", "rien à signaler sur #general"],
              "en": ["chase the courier about stuck boxes", "pin the recall message", "{name} takes over at 7am",
                     "check cola gel stock", "nothing to report in #general"]}

THREAD_HEADERS = {"fr": ["Commentaires sous la pub sponsorisée « Box Trail » :", "Sous la vidéo de {athlete} :",
                         "Fil Facebook du {race} :", "Réponses au post du rappel produit :", "Sous le post Strava du club :"],
                  "en": ["Comments on the sponsored post:", "Under {athlete_en}'s video:", "Replies to the recall post:",
                         "Facebook thread for {race_en}:"]}
BRAND_REPLIES = {"fr": ["Merci pour votre message, on vous répond en DM 🙏", "On regarde ça tout de suite !",
                        "Bonjour, pouvez-vous nous écrire en privé avec votre n° de commande ?"],
                 "en": ["Thanks for flagging, we'll DM you 🙏", "Looking into it now!",
                        "Hi, could you DM us your order number?"]}
TICKET_CLEAN_FIELDS = {"fr": ["Commande : {order}", "Produit : {product}", "Date de commande : {date}", "N° de licence : {licence}",
                              "Magasin : {shop}", "Lot : {lot}", "Taille : M", "Dossard : {bib}"],
                       "en": ["Order: {order}", "Product: {product_en}", "Order date: {date_en}", "Store: {shop}",
                              "Batch: {lot}", "Size: M", "Bib: {bib}"]}

# ---------------------------------------------------------------- rendering
SLOT = re.compile(r"\{\{|\}\}|\{(f:)?([A-Za-z_0-9./]+)\}")


class P:
    """A text fragment with its findings (offsets relative to the fragment)."""
    __slots__ = ("t", "f")

    def __init__(self, t="", f=None):
        self.t = t
        self.f = f or []


def cat(*parts):
    out, fs, pos = [], [], 0
    for x in parts:
        if isinstance(x, str):
            out.append(x)
            pos += len(x)
        else:
            for f in x.f:
                g = dict(f)
                g["start"] += pos
                g["end"] += pos
                fs.append(g)
            out.append(x.t)
            pos += len(x.t)
    return P("".join(out), fs)


def join(pieces, sep):
    parts = []
    for i, x in enumerate(pieces):
        if i:
            parts.append(sep() if callable(sep) else sep)
        parts.append(x)
    return cat(*parts)


def fr_typo(frame):
    if p(0.75):
        sp = NBSP if p(0.7) else NNBSP
        frame = frame.replace(" {f:tone.punctuation}", sp + "{f:tone.punctuation}")
        frame = re.sub(r" ([:!?;»])", sp + r"\1", frame)
        frame = frame.replace("« ", "«" + sp)
    if p(0.3):
        frame = frame.replace("'", "’")
    return frame


def render(frame, lang, typo=True):
    if lang == "fr" and typo:
        frame = fr_typo(frame)
    out, fs, pos, last = [], [], 0, 0
    for m in SLOT.finditer(frame):
        lit = frame[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        if m.group(0) in ("{{", "}}"):
            out.append(m.group(0)[0])
            pos += 1
            continue
        name = m.group(2)
        if m.group(1):
            key, _, variant = name.partition("/")
            res = GEN[key](lang, variant or None)
            val, extra = (res if isinstance(res, tuple) else (res, []))
            before = frame[:m.start()].rstrip(" " + NBSP + NNBSP)
            if key in CAPITALIZE_AT_START and (before == "" or before.endswith(("«", '"', "\n", ".", "!", "?"))):
                val = val[0].upper() + val[1:]
            c, k = key.split(".")
            for cc, kk in [(c, k)] + extra:
                fs.append({"category": cc, "kind": kk, "start": pos, "end": pos + len(val), "_v": val})
        else:
            val = FILLERS[name]()
        out.append(val)
        pos += len(val)
    out.append(frame[last:])
    return P("".join(out), fs)


def fill(s, lang):
    """Render a frame that has fillers only (no typography change)."""
    return render(s, lang, typo=False).t


# ---------------------------------------------------------------- shapes
def hhmm(h, m):
    return f"{h:02d}:{m:02d}"


def sh_dm(lang, pieces):
    body = join(pieces, lambda: ch([" ", " ", "\n", "\n\n"]))
    if p(0.4):
        body = cat(fill(ch(OPENERS[lang]), lang), ch(["\n", " ", "\n\n"]), body)
    if p(0.25):
        body = cat(body, "\n", fill(ch(CLOSERS[lang]), lang))
    return body


def sh_thread(lang, pieces):
    items = list(pieces)
    for _ in range(R.randint(0, 2)):
        items.insert(R.randint(0, len(items)), P(fill(ch(THREAD_FILLER[lang]), lang)))
    if p(0.4):
        items.append(P("__BRAND__" + fill(ch(BRAND_REPLIES[lang]), lang)))
    style = R.randint(0, 2)
    parts = []
    if p(0.5):
        parts.append(fill(ch(THREAD_HEADERS[lang]), lang) + "\n")
    for i, it in enumerate(items):
        if i:
            parts.append(ch(["\n", "\n\n"]))
        if it.t.startswith("__BRAND__"):
            it = P(it.t[len("__BRAND__"):])
            who = "@nevea.outdoor"
            parts.append(f"↳ {who} : " if lang == "fr" else f"↳ {who}: ")
            parts.append(it)
            continue
        who = "@" + ch(HANDLES)
        t = ch(["2 h", "14 min", "1 j", "3 h", "45 min"]) if lang == "fr" else ch(["2h", "14m", "1d", "3h", "45m"])
        if style == 0:
            parts.append(f"{who} · {t}\n")
        elif style == 1:
            parts.append(f"{who} : " if lang == "fr" else f"{who}: ")
        else:
            parts.append(f"{who} ({t}) — ")
        parts.append(it)
    return cat(*parts)


def sh_chat(lang, pieces):
    items = list(pieces)
    for _ in range(R.randint(1, 2)):
        items.insert(R.randint(0, len(items)), P(fill(ch(CHAT_FILLER[lang]), lang)))
    names = R.sample(PRENOMS if lang == "fr" else NAMES_EN, 3) + R.sample(HANDLES, 2)
    style = ch(["discord", "whatsapp", "discord_export", "plain"])
    h, mi = R.randint(6, 22), R.randint(0, 50)
    d, mo, y = R.randint(1, 28), R.randint(1, 12), ch([2025, 2026])
    parts = []
    for i, it in enumerate(items):
        if i:
            parts.append("\n")
        mi += R.randint(0, 4)
        if mi > 59:
            h, mi = (h + 1) % 24, mi - 60
        who = names[i % len(names)] if p(0.7) else ch(names)
        if style == "discord":
            parts.append(f"[{hhmm(h, mi)}] {who}: ")
        elif style == "whatsapp":
            if lang == "fr":
                parts.append(f"{d:02d}/{mo:02d}/{y} {hhmm(h, mi)} - {who}: ")
            else:
                parts.append(f"[{d:02d}/{mo:02d}/{y}, {hhmm(h, mi)}:{R.randint(0, 59):02d}] {who}: ")
        elif style == "discord_export":
            day = ch(["Aujourd'hui à", "Hier à"]) if lang == "fr" else ch(["Today at", "Yesterday at"])
            parts.append(f"{who} — {day} {hhmm(h, mi)}\n")
        else:
            parts.append(f"{who} > ")
        parts.append(it)
    return cat(*parts)


def sh_ticket(lang, pieces, fields):
    fr = lang == "fr"
    lines = [f"Ticket n° {R.randint(20000, 89999)} – {ch(TICKET_CATS[lang])}" if fr else
             f"Ticket #{R.randint(20000, 89999)} – {ch(TICKET_CATS[lang])}"]
    canal = ch(["formulaire web", "chat", "e-mail", "Messenger"]) if fr else ch(["web form", "live chat", "email", "Instagram DM"])
    lines.append(("Canal : " if fr else "Channel: ") + canal)
    if fr:
        lines.append(f"Client : {ch(PRENOMS)} {ch(NOMS)}")
    else:
        lines.append(f"Customer: {ch(NAMES_EN)} {ch(LAST_EN)}")
    extra = [P(fill(x, lang)) for x in R.sample(TICKET_CLEAN_FIELDS[lang], R.randint(0, 2))]
    flds = extra + list(fields)
    R.shuffle(flds)
    parts = ["\n".join(lines)]
    for f in flds:
        parts += ["\n", f]
    if pieces:
        parts += ["\n", "Message :" if fr else "Message:", ch(["\n", " "]), join(pieces, " ")]
    return cat(*parts)


def sh_email(lang, pieces):
    fr = lang == "fr"
    subj = fill(ch(SUBJECTS[lang]), lang)
    head = ("Objet : " if fr else "Subject: ") + subj + "\n"
    if p(0.3):
        head += ("À : équipe CM\n" if fr else "To: CM team\n")
    parts = [head + "\n"]
    if p(0.7):
        parts.append(fill(ch(OPENERS[lang]), lang) + "\n\n")
    parts.append(join(pieces, lambda: ch(["\n\n", "\n", " "])))
    if p(0.7):
        parts.append("\n\n" + fill(ch(SIGNOFFS[lang]), lang))
    return cat(*parts)


def sh_notes(lang, pieces):
    items = list(pieces) + [P(fill(x, lang)) for x in R.sample(NOTE_ITEMS[lang], R.randint(1, 2))]
    R.shuffle(items)
    bullet = ch(["- ", "• ", "* ", "– "])
    parts = [fill(ch(NOTE_TITLES[lang]), lang) + "\n"]
    for i, it in enumerate(items):
        if i:
            parts.append("\n")
        parts += [bullet, it]
    return cat(*parts)


def sh_voice(lang, pieces):
    if lang == "fr":
        head = ch(["🎤 Message vocal (0:{s}) – transcription auto :", "[Vocal WhatsApp 0:{s}] transcription :",
                   "Transcription du répondeur SAV :"]).replace("{s}", f"{R.randint(8, 59):02d}")
        hello = ch(["", "euh bonjour c'est " + ch(PRENOMS) + ", ", "oui allô, ", "bon, "])
        sep = lambda: ch([" euh ", ", bon, ", " du coup ", ", voilà, "])
        q1, q2 = "« ", " »"
    else:
        head = ch(["🎤 Voice note (0:{s}) – auto-transcript:", "[Voicemail transcript]", "Voice message, transcribed:"]
                  ).replace("{s}", f"{R.randint(8, 59):02d}")
        hello = ch(["", "hi it's " + ch(NAMES_EN) + ", ", "yeah hi, ", "um, "])
        sep = lambda: ch([" um ", ", like, ", " yeah so ", ", anyway, "])
        q1, q2 = "\"", "\""
    return cat(head + "\n" + q1 + hello, join([soften(x) for x in pieces], sep), q2)


def soften(x):
    """speech-like: lower-case first letter and drop the final full stop, outside findings only."""
    t, fs = x.t, x.f
    if len(t) > 1 and t[0].isupper() and t[1].islower() and not any(f["start"] == 0 for f in fs):
        t = t[0].lower() + t[1:]
    if t.endswith(".") and not any(f["end"] == len(t) for f in fs):
        t = t[:-1]
    return P(t, fs)


CSV_COLS = {
    "pii.email": ("email", "email"), "pii.phone": ("telephone", "phone"), "pii.iban": ("iban", "iban"),
    "pii.card": ("carte", "card_number"), "pii.nir": ("num_secu", "fr_ssn"), "pii.ip": ("ip", "ip_address"),
    "pii.address": ("adresse", "address"), "pii.birthdate": ("date_naissance", "date_of_birth"),
    "secret.password": ("mdp", "password"),
}
CSV_CLEAN_COLS = [("nom", "last_name", lambda l: ch(NOMS) if l == "fr" else ch(LAST_EN)),
                  ("prenom", "first_name", lambda l: ch(PRENOMS) if l == "fr" else ch(NAMES_EN)),
                  ("dossard", "bib", lambda l: bib()), ("taille", "size", lambda l: ch(["S", "M", "L", "XL"])),
                  ("date_inscription", "signup_date", lambda l: f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{ch([2025, 2026])}"),
                  ("chrono", "finish_time", lambda l: chrono()), ("commande", "order", lambda l: order_no()),
                  ("licence", "licence", lambda l: licence()), ("club", "club", lambda l: ch(["NRC", "AC Voreppe", "Trail 38", "Peak Runners"]))]


def sh_csv(lang, keys):
    sep = ch([";", ";", "\t", ","]) if lang == "fr" else ch([",", ",", "\t", ";"])
    clean_cols = R.sample(CSV_CLEAN_COLS, R.randint(2, 3))
    cols = [("c", c) for c in clean_cols] + [("k", k) for k in keys]
    if keys:
        # keep at least one clean identifier first
        R.shuffle(cols)
    li = 0 if lang == "fr" else 1
    header = sep.join((c[li] if t == "c" else CSV_COLS[c][li]) for t, c in cols)
    parts = []
    if p(0.5):
        parts.append(ch(["Export inscriptions (extrait) :\n", "Copié depuis le tableur :\n"]) if lang == "fr"
                     else ch(["Pasted from the sheet:\n", "Entries export (excerpt):\n"]))
    parts.append(header)
    for _ in range(R.randint(1, 3)):
        parts.append("\n")
        for j, (t, c) in enumerate(cols):
            if j:
                parts.append(sep)
            if t == "c":
                parts.append(c[2](lang))
            else:
                variant = "one" if c == "pii.address" else None
                val = GEN[c](lang, variant)
                cc, kk = c.split(".")
                q = '"' if (sep in val) else ""
                parts.append(q)
                parts.append(P(val, [{"category": cc, "kind": kk, "start": 0, "end": len(val), "_v": val}]))
                parts.append(q)
    return cat(*parts)


# ---------------------------------------------------------------- message assembly
CUSTOMER_SIDE = {"illegal", "insult", "tone"}
VOICE_OK = {"pii.email", "pii.phone", "pii.iban", "pii.nir", "pii.address", "pii.birthdate", "secret.password",
            "confidential.lexicon", "illegal.hate", "illegal.threat", "insult.insult", "tone.aggressive"}
NO_THREAD = {"secret.private_key"}
SHAPES = [("dm", 27), ("thread", 12), ("chat", 17), ("ticket", 12), ("email", 12), ("notes", 8), ("voice", 5), ("csv", 7)]

WEIGHTS = {k: 2 for k in ALL_KINDS}
WEIGHTS.update({"illegal.hate": 5, "illegal.threat": 5, "insult.insult": 5, "tone.aggressive": 5, "tone.shouting": 4,
                "tone.punctuation": 4, "pii.birthdate": 5, "pii.address": 5, "pii.nir": 5, "secret.private_key": 1,
                "combo": 6})


def pick_shape(primary):
    tot = sum(w for _, w in SHAPES)
    while True:
        x = R.uniform(0, tot)
        for name, w in SHAPES:
            x -= w
            if x <= 0:
                break
        if primary is None:
            return name
        if primary == "combo":
            if name in ("dm", "email", "ticket", "notes", "chat"):
                return name
            continue
        if name == "voice" and primary not in VOICE_OK:
            continue
        if name == "csv" and primary not in CSV_COLS:
            continue
        if name == "thread" and primary in NO_THREAD:
            continue
        return name


def risky_piece(lang, key, shape):
    if shape == "voice" and key in VOICE:
        return render(ch(VOICE[key][lang]), lang), False
    if shape == "ticket" and key in FIELDS and p(0.6):
        return render(ch(FIELDS[key][lang]), lang), True
    return render(ch(FRAMES[key][lang]), lang), False


def make_message(lang, primary):
    shape = pick_shape(primary)
    if shape == "csv":
        if primary is None:
            return sh_csv(lang, []), shape
        keys = [primary]
        if p(0.35):
            keys.append(ch([k for k in CSV_COLS if k != primary]))
        return sh_csv(lang, keys), shape
    pieces, fields = [], []
    if primary is None:
        for fr in R.sample(CLEAN[lang], ch([1, 1, 2, 2, 3])):
            pieces.append(render(fr.lstrip("~"), lang))
        if shape == "ticket" and p(0.5):
            fields.append(P(fill(ch(TICKET_CLEAN_FIELDS[lang]), lang)))
    elif primary == "combo":
        pieces.append(render(ch(COMBOS[lang]), lang))
    else:
        pc, is_field = risky_piece(lang, primary, shape)
        (fields if is_field else pieces).append(pc)
        cat0 = primary.split(".")[0]
        if p(0.3):
            side = cat0 in CUSTOMER_SIDE
            if p(0.2):
                side = not side
            others = [k for k in ALL_KINDS if k.split(".")[0] != cat0 and k != "secret.private_key"
                      and (k.split(".")[0] in CUSTOMER_SIDE) == side]
            if shape == "voice":
                others = [k for k in others if k in VOICE_OK] or [k for k in VOICE_OK if k.split(".")[0] != cat0]
            sec = ch(others)
            pc, is_field = risky_piece(lang, sec, shape)
            (fields if is_field else pieces).append(pc)
        R.shuffle(pieces)
        if p(0.45):
            pieces.insert(R.randint(0, len(pieces)), render(ch(SAFE_CLEAN[lang]), lang))
    if shape == "ticket":
        return sh_ticket(lang, pieces, fields), shape
    if fields:
        pieces = fields + pieces
    fn = {"dm": sh_dm, "thread": sh_thread, "chat": sh_chat, "email": sh_email, "notes": sh_notes, "voice": sh_voice}[shape]
    return fn(lang, pieces), shape


# ---------------------------------------------------------------- self-checks
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
HTTP_RE = re.compile(r"http://\S+")
PUNCT_RE = re.compile(r"[!?]{3,}")
CARDLIKE_RE = re.compile(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])")
IBANLIKE_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
NIRLIKE_RE = re.compile(r"(?<![\w])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w])")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d)(?!\.\d)")
PHONELIKE_RES = [re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}[ .\-]?\(?\d"), re.compile(r"(?<!\d)0\d(?:[ .\-]\d{2}){4}(?!\d)"),
                 re.compile(r"\(\d{3}\) ?\d{3}-\d{4}"), re.compile(r"(?<![\d\w])0\d{9}(?!\d)")]
MD_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
CAPS_SPLIT = re.compile(r"\S+")
LEX_NORM = [norm(t) for t in LEXICON]
LEX_STRICT = [re.compile(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])") for t in LEX_NORM]
LEX_LOOSE = [re.compile(r"(?<![\w-])" + r"[\s_\-]*".join(re.escape(w) for w in re.split(r"[\s\-]+", t)) + r"(?![\w-])")
             for t in LEX_NORM]
SHORT_RE = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(s) for s in SHORTENERS) + r")/", re.I)
LINK_KINDS = set(KINDS["link"])


def norm_same_len(text):
    out = []
    for c in text:
        d = strip_accents(c).lower()
        if len(d) != 1:
            d = c.lower() if len(c.lower()) == 1 else c
        out.append(d)
    return "".join(out)


def inside(s, e, fs, pred=lambda f: True):
    return any(f["start"] <= s and e <= f["end"] and pred(f) for f in fs)


def overlaps(s, e, fs, pred=lambda f: True):
    return any(f["start"] < e and s < f["end"] and pred(f) for f in fs)


def host_of(url):
    u = re.sub(r"^https?://", "", url)
    h = re.split(r"[/?#]", u, maxsplit=1)[0]
    if h.startswith("["):
        return h[1:h.index("]")].lower()
    return h.split(":")[0].lower()


def caps_runs(text):
    """Runs of >=3 consecutive all-caps words (tokens with letters, no lower case, no digit); tokens without any
    letter or digit (emoji, dashes, lone punctuation) are transparent. Returns (start, end) of the letters."""
    runs, cur = [], []
    for m in CAPS_SPLIT.finditer(text):
        tok = m.group()
        s, e = 0, len(tok)
        while s < e and not tok[s].isalnum():
            s += 1
        while e > s and not tok[e - 1].isalnum():
            e -= 1
        core = tok[s:e]
        if not core:
            continue
        if any(c.isalpha() for c in core) and not any(c.islower() or c.isdigit() for c in core):
            cur.append((m.start() + s, m.start() + e))
        else:
            if len(cur) >= 3:
                runs.append((cur[0][0], cur[-1][1]))
            cur = []
    if len(cur) >= 3:
        runs.append((cur[0][0], cur[-1][1]))
    return runs


def nir_ok(span):
    d = span.replace(" ", "")
    if len(d) != 15 or not re.fullmatch(r"[12]\d{4}(?:\d{2}|2[AB])\d{8}", d):
        return False
    return CD.nir_key(d[:13]) == int(d[13:])


def iban_ok(span):
    c = span.replace(" ", "")
    return (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) is not None and IBAN_LEN.get(c[:2]) == len(c)
            and CD.iban_mod97_ok(c))


def check_struct(text, fs):
    """Errors that mean the generator is broken (never retried)."""
    errs = []
    for f in fs:
        c, k = f["category"], f["kind"]
        if c not in KINDS or k not in KINDS[c]:
            errs.append(f"bad kind {c}.{k}")
            continue
        s, e = f["start"], f["end"]
        if not (0 <= s < e <= len(text)):
            errs.append(f"span out of range {f}")
            continue
        span = text[s:e]
        if span != f["_v"]:
            errs.append(f"span {span!r} != inserted {f['_v']!r}")
        if span != span.strip():
            errs.append(f"span has outer blanks {span!r}")
        key = f"{c}.{k}"
        if key == "pii.email" and not EMAIL_FULL.fullmatch(span):
            errs.append(f"email {span!r}")
        elif key == "pii.phone" and not re.search(r"[a-z]", span) and not (8 <= sum(x.isdigit() for x in span) <= 15):
            errs.append(f"phone {span!r}")
        elif key == "pii.iban" and not iban_ok(span):
            errs.append(f"iban {span!r}")
        elif key == "pii.card":
            d = re.sub(r"[ -]", "", span)
            if not (d.isdigit() and 13 <= len(d) <= 19 and CD.luhn_ok(d) and d[0] in "23456"):
                errs.append(f"card {span!r}")
        elif key == "pii.nir" and not nir_ok(span):
            errs.append(f"nir {span!r}")
        elif key == "pii.ip":
            try:
                ipaddress.ip_address(span)
            except ValueError:
                errs.append(f"ip {span!r}")
        elif key == "pii.address" and not re.search(r"\d", span):
            errs.append(f"address {span!r}")
        elif key == "secret.password" and (re.search(r"\s", span) or len(span) < 6):
            errs.append(f"password {span!r}")
        elif key == "secret.api_key" and (re.search(r"\s", span) or len(span) < 20):
            errs.append(f"api_key {span!r}")
        elif key == "secret.private_key":
            m = re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[\s\S]+\n-----END ([A-Z ]*PRIVATE KEY)-----", span)
            if not m or m.group(1) != m.group(2):
                errs.append("private key block")
        elif key == "secret.token":
            if span.startswith("eyJ"):
                parts = span.split(".")
                try:
                    hd = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
                    ok = len(parts) == 3 and "alg" in hd
                except Exception:
                    ok = False
                if not ok:
                    errs.append(f"jwt {span[:20]}")
            elif not re.search(r"bearer\s+$", text[:s], re.I) or re.search(r"\s", span) or len(span) < 20:
                errs.append(f"opaque token not after Bearer {span[:20]}")
        elif key == "confidential.lexicon":
            if norm(span) not in LEX_NORM:
                errs.append(f"lexicon {span!r}")
        elif c == "link":
            if re.search(r"\s", span):
                errs.append(f"blank in url {span!r}")
            if k == "mismatch":
                m = MD_LINK.fullmatch(span)
                if not m or host_of(m.group(1).strip()) == host_of(m.group(2)):
                    errs.append(f"mismatch {span!r}")
            else:
                h = host_of(span)
                if k == "ip_host":
                    try:
                        ipaddress.ip_address(h)
                    except ValueError:
                        errs.append(f"ip_host {span!r}")
                elif k == "punycode" and not any(lbl.startswith("xn--") for lbl in h.split(".")):
                    errs.append(f"punycode {span!r}")
                elif k == "lookalike" and not any(h == d.lower() or h.endswith("." + d.lower()) for d in LOOKALIKES):
                    errs.append(f"lookalike {span!r}")
                elif k == "shortener" and h not in SHORTENERS:
                    errs.append(f"shortener {span!r}")
                elif k == "blocklisted" and not any(h == d or h.endswith("." + d) for d in BLOCKED):
                    errs.append(f"blocklisted {span!r}")
                elif k == "insecure" and not span.startswith("http://"):
                    errs.append(f"insecure without http {span!r}")
                if span.startswith("http://") and k != "insecure" and not any(
                        g["kind"] == "insecure" and g["category"] == "link" and g["start"] == s and g["end"] == e for g in fs):
                    errs.append(f"http url without insecure twin {span!r}")
                if k == "insecure" and not any(g is not f and g["category"] == "link" and g["start"] == s and g["end"] == e
                                               for g in fs) and h not in INSECURE_HOSTS:
                    errs.append(f"lone insecure on unexpected host {span!r}")
        elif key == "tone.punctuation" and not re.fullmatch(r"[!?]{3,}", span):
            errs.append(f"punct {span!r}")
        elif key == "tone.shouting" and caps_runs(span) != [(0, len(span))]:
            errs.append(f"shouting span is not a caps run {span!r}")
    # forbidden overlaps: only a link finding and its link/insecure twin may share characters
    for i, a in enumerate(fs):
        for b in fs[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                twin = (a["category"] == b["category"] == "link" and a["start"] == b["start"] and a["end"] == b["end"]
                        and "insecure" in (a["kind"], b["kind"]) and a["kind"] != b["kind"])
                if not twin:
                    errs.append(f"overlap {a['category']}.{a['kind']} / {b['category']}.{b['kind']}")
    return errs


def check_incidental(text, fs):
    """Things that would make the gold ambiguous (an unlabeled risky-looking item); the message is redrawn."""
    errs = []
    nt = norm_same_len(text)
    lex = [f for f in fs if f["kind"] == "lexicon"]
    for rx in LEX_LOOSE:
        for m in rx.finditer(nt):
            if not any(f["start"] == m.start() and f["end"] == m.end() for f in lex):
                errs.append(f"unlabeled lexicon {m.group()!r}")
    for f in lex:
        if not any(rx.fullmatch(nt[f["start"]:f["end"]]) for rx in LEX_STRICT):
            errs.append("lexicon span not whole term")
        if (f["start"] > 0 and (nt[f["start"] - 1].isalnum() or nt[f["start"] - 1] in "-_")) or \
                (f["end"] < len(nt) and (nt[f["end"]].isalnum() or nt[f["end"]] in "-_")):
            errs.append("lexicon not a whole word")
    punct = [(f["start"], f["end"]) for f in fs if f["kind"] == "punctuation"]
    for m in PUNCT_RE.finditer(text):
        if m.span() not in punct and not inside(*m.span(), fs, lambda f: f["category"] in ("secret", "link")):
            errs.append(f"unlabeled punctuation run {m.group()!r}")
    for s, e in punct:
        if (s > 0 and text[s - 1] in "!?") or (e < len(text) and text[e] in "!?"):
            errs.append("punctuation span not maximal")
    shouts = [(f["start"], f["end"]) for f in fs if f["kind"] == "shouting"]
    runs = caps_runs(text)
    for s, e in shouts:
        if (s, e) not in runs:
            errs.append("shouting span is not a maximal caps run")
    for s, e in runs:
        if (s, e) not in shouts and not inside(s, e, fs, lambda f: f["category"] != "tone"):
            errs.append(f"unlabeled caps run {text[s:e]!r}")
    for m in EMAIL_RE.finditer(text):
        if not overlaps(*m.span(), fs, lambda f: f["kind"] == "email"):
            errs.append(f"unlabeled email {m.group()!r}")
    for m in HTTP_RE.finditer(text):
        if not overlaps(*m.span(), fs, lambda f: f["kind"] == "insecure"):
            errs.append(f"unlabeled http url {m.group()!r}")
    for m in CARDLIKE_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if d[0] in "23456" and CD.luhn_ok(d) and not inside(*m.span(), fs):
            errs.append(f"unlabeled Luhn-valid number {m.group()!r}")
    for m in IBANLIKE_RE.finditer(text):
        try:
            ok = CD.iban_mod97_ok(m.group().replace(" ", ""))
        except ValueError:
            ok = False
        if ok and not inside(*m.span(), fs, lambda f: f["kind"] == "iban"):
            errs.append(f"unlabeled valid IBAN {m.group()!r}")
    for m in NIRLIKE_RE.finditer(text):
        if nir_ok(m.group()) and not inside(*m.span(), fs, lambda f: f["kind"] == "nir"):
            errs.append(f"unlabeled valid NIR {m.group()!r}")
    for m in IPV4_RE.finditer(text):
        if not inside(*m.span(), fs, lambda f: f["kind"] in ("ip", "ip_host")):
            errs.append(f"unlabeled IPv4 {m.group()!r}")
    for rx in PHONELIKE_RES:
        for m in rx.finditer(text):
            if not inside(*m.span(), fs):
                errs.append(f"unlabeled phone-like {m.group()!r}")
    for needle, kinds in (("xn--", {"punycode"}), ("-----BEGIN", {"private_key"}), ("eyJ", {"token"})):
        for m in re.finditer(re.escape(needle), text):
            if not inside(*m.span(), fs, lambda f: f["kind"] in kinds):
                errs.append(f"unlabeled {needle}")
    for m in SHORT_RE.finditer(text):
        if not inside(*m.span(), fs, lambda f: f["category"] == "link"):
            errs.append(f"unlabeled shortener {m.group()!r}")
    lt = text.lower()
    for d in BLOCKED + LOOKALIKES:
        for m in re.finditer(re.escape(d.lower()), lt):
            if not inside(*m.span(), fs, lambda f: f["category"] == "link"):
                errs.append(f"unlabeled bad domain {d}")
    for m in MD_LINK.finditer(text):
        vis, tgt = m.group(1).strip(), m.group(2)
        looks_url = re.match(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+", vis)
        if looks_url and host_of(vis).removeprefix("www.") != host_of(tgt).removeprefix("www.") and \
                not overlaps(*m.span(), fs, lambda f: f["kind"] == "mismatch"):
            errs.append("unlabeled markdown mismatch")
    if not fs and re.search(r"bearer\s+\S{16,}", text, re.I):
        errs.append("bearer token in clean")
    return errs


def finalize(text, fs):
    fs = sorted(fs, key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))
    return [{k: f[k] for k in ("category", "kind", "start", "end")} for f in fs]


# ---------------------------------------------------------------- build
MAX_TRIES = 400


def build(seed, n):
    R.seed(seed)
    n_clean = round(n * CLEAN_SHARE)
    n_fr = round(n * FR_SHARE)
    langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
    R.shuffle(langs)
    block = [k for k, w in WEIGHTS.items() for _ in range(w)]
    risky = []
    while len(risky) < n - n_clean:
        b = list(block)
        R.shuffle(b)
        risky += b
    primaries = [None] * n_clean + risky[: n - n_clean]
    R.shuffle(primaries)
    rows, seen, stats = [], set(), Counter()
    for i, (lang, prim) in enumerate(zip(langs, primaries)):
        for attempt in range(MAX_TRIES):
            msg, shape = make_message(lang, prim)
            text, fs = msg.t, msg.f
            errs = check_struct(text, fs)
            if errs:
                raise GenError(f"message {i + 1} ({prim}, {shape}): {errs}\n{text}")
            if prim is not None and not fs:
                raise GenError(f"risky message without finding: {text!r}")
            if prim is None and fs:
                raise GenError(f"clean message with findings: {text!r}")
            inc = check_incidental(text, fs)
            limit = 1400 if any(f["kind"] == "private_key" for f in fs) else 900
            if not inc and text not in seen and 2 <= len(text) <= limit:
                break
            stats["redrawn"] += 1
            for e in inc:
                stats["redraw: " + e.split(" ")[0] + " " + e.split(" ")[1]] += 1
        else:
            raise GenError(f"could not draw message {i + 1} ({prim}) without ambiguity after {MAX_TRIES} tries: {inc}")
        seen.add(text)
        stats["shape." + shape] += 1
        stats["primary." + ("clean" if prim is None else prim)] += 1
        rows.append({"id": f"gb9-{seed}-{i + 1:05d}", "lang": lang, "text": text, "findings": finalize(text, fs),
                     "_fs": fs})
    return rows, stats


def validate_all(rows, n):
    """Final pass over the whole output; any failure aborts."""
    ids = set()
    texts = set()
    for r in rows:
        assert r["id"] not in ids, ("duplicate id", r["id"])
        ids.add(r["id"])
        assert r["text"] not in texts, ("duplicate text", r["id"])
        texts.add(r["text"])
        assert r["lang"] in ("fr", "en"), r["id"]
        errs = check_struct(r["text"], r["_fs"]) + check_incidental(r["text"], r["_fs"])
        if errs:
            raise GenError(f"{r['id']}: {errs}")
        for f, g in zip(r["findings"], sorted(r["_fs"], key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))):
            assert (f["start"], f["end"], f["category"], f["kind"]) == (g["start"], g["end"], g["category"], g["kind"])
            assert r["text"][f["start"]:f["end"]] == g["_v"], r["id"]
        # round-trip through JSON keeps the offsets right
        back = json.loads(json.dumps({"text": r["text"]}, ensure_ascii=False))["text"]
        assert back == r["text"]
    if n >= 300:
        c = Counter(f"{f['category']}.{f['kind']}" for r in rows for f in r["findings"])
        missing = [k for k in ALL_KINDS if not c[k]]
        if missing:
            raise GenError(f"kinds never produced: {missing}")
        clean = sum(1 for r in rows if not r["findings"]) / len(rows)
        if abs(clean - CLEAN_SHARE) > 0.02:
            raise GenError(f"clean share {clean:.3f}")
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("-n", type=int, default=3000)
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    if a.n < 1:
        ap.error("-n must be positive")
    try:
        rows, stats = build(a.seed, a.n)
        validate_all(rows, a.n)
    except (GenError, AssertionError) as e:
        print(f"gen_blind9: SELF-CHECK FAILED: {e}", file=sys.stderr)
        sys.exit(2)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("id", "lang", "text", "findings")}, ensure_ascii=False) + "\n")
    if a.stats:
        c = Counter(f"{f['category']}.{f['kind']}" for r in rows for f in r["findings"])
        clean = sum(1 for r in rows if not r["findings"])
        fr = sum(1 for r in rows if r["lang"] == "fr")
        out = sys.stderr
        print(f"wrote {len(rows)} rows to {a.out} (seed {a.seed})", file=out)
        print(f"clean {clean} ({clean / len(rows):.1%})  fr {fr} ({fr / len(rows):.1%})  en {len(rows) - fr}", file=out)
        print("findings per kind:", file=out)
        for k in ALL_KINDS:
            print(f"  {k:24s} {c[k]:5d}", file=out)
        print(f"  {'total':24s} {sum(c.values()):5d}", file=out)
        print("shapes: " + ", ".join(f"{k[6:]}={v}" for k, v in sorted(stats.items()) if k.startswith("shape.")), file=out)
        print(f"redrawn candidates: {stats['redrawn']}", file=out)
        for k, v in sorted(stats.items()):
            if k.startswith("redraw:"):
                print(f"  {k} {v}", file=out)


if __name__ == "__main__":
    main()
