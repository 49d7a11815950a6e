#!/usr/bin/env python3
"""gen_blind6: deterministic blind eval generator for the pre-send guard (hostile + tone emphasis).

stdlib only (Python 3.11).  Usage:
    python3 gen_blind6.py --seed N -n 3000 -o out.jsonl [--stats]

The eval lists (lexicon.txt, blocked-domains.txt) are read from $EVAL_DIR, default
../../../../shared/eval relative to this file.  Output follows the gold format of shared/eval/README.md:
one JSON object per line {"id","lang","text","findings":[{"category","kind","start","end"}]}, spans are
Python str indices with an exclusive end.

Written blind: the wording here is new (food delivery, festivals, esports, streaming, crypto, parenting,
public transport, dating, local sport, game launches, ticketing, hairdressers, gyms, coworking, pet shops,
car dealers).  About 60 % French / 40 % English, about 35 % clean, and about 55 % of the risky lines carry
illegal/hate, illegal/threat, insult/insult, tone/aggressive, tone/shouting or tone/punctuation.

Template markup (a template is one message piece):
    <h>..</h> illegal/hate   <t>..</t> illegal/threat   <i>..</i> insult/insult
    <a>..</a> tone/aggressive   <s>..</s> tone/shouting   (tags may nest, e.g. <s>..<i>..</i></s>)
    {P}            generated punctuation run (tone/punctuation), e.g. "!!!" or "?!?!"
    {f:cat.kind}   generated risky value (pii/secret/lexicon/link) with its finding(s); "/variant" allowed
    {name}         plain filler without a finding; "{name|up}" gives it in upper case
Every span is recorded while the text is assembled, then everything is re-checked by validate() before
anything is written.
"""
import argparse
import base64
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from check_digits import iban_check, iban_mod97_ok, luhn_ok, nir_key, with_luhn_digit

from eval_lists import KINDS, read_list  # noqa: E402

CLEAN_SHARE = 0.35
FR_SHARE = 0.60
HOSTILE_SHARE = 0.55  # share of risky lines that carry a hostile/tone kind

NBSP = "\u00a0"
NNBSP = "\u202f"

HOSTILE_KINDS = {"illegal.hate", "illegal.threat", "insult.insult", "tone.aggressive", "tone.shouting",
                 "tone.punctuation"}
OTHER_KINDS = [f"{c}.{k}" for c, ks in KINDS.items() for k in ks if f"{c}.{k}" not in HOSTILE_KINDS]
TAGS = {"h": ("illegal", "hate"), "t": ("illegal", "threat"), "i": ("insult", "insult"),
        "a": ("tone", "aggressive"), "s": ("tone", "shouting")}

R = random.Random(0)  # re-seeded in main()


LEXICON = []
BLOCKED = []


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def rnd(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"

# ====================================================================== plain fillers (no finding)
PRENOMS_FR = ["Yanis", "Maëlle", "Kylian", "Lina", "Enzo", "Aïcha", "Noé", "Clémence", "Mamadou", "Romane",
              "Rayan", "Justine", "Gaëtan", "Nadia", "Loïc", "Fatou", "Quentin", "Élodie", "Jordan", "Salomé"]
NOMS_FR = ["Petit", "Roux", "Diallo", "Chevalier", "Perrin", "Haddad", "Marchand", "Colin", "Vidal", "Brun",
           "Traoré", "Meunier", "Caron", "Lemaire"]
NAMES_EN = ["Callum", "Chloe", "Dylan", "Megan", "Tyler", "Aisha", "Kieran", "Zoe", "Brody", "Hannah", "Jaxon",
            "Isla", "Connor", "Ruby"]
LAST_EN = ["Fraser", "Nguyen", "O'Brien", "Campbell", "Kowalski", "Harris", "Okafor", "Bennett", "Wright", "Doyle"]
HANDLES = ["kev_du_93", "lolo.gamer", "maman_de_3", "dj_saucisse", "tom.fit", "cryptobro88", "nounou_lyon",
           "zizou4ever", "mimi.coiffure", "aussie_dazza", "glasgow_gaz", "brooklyn.kay", "ptit_loup_69",
           "sk8rgrl", "velo_taff"]

SETTING = {
    "fr": {
        "app": ["Miamgo", "Croq'Express", "Livrr", "FoodRush", "Bouffe2Go"],
        "fest": ["Festival des Vignes", "Rock'Alpes", "Lac en Scène", "Sunset Lumière"],
        "team": ["Team Vortex", "Kraken Gaming", "Lynx Esport", "Gerland Wolves"],
        "club": ["AS Bellecour", "FC Montreuil", "US Ixelles", "FC Carouge", "Étoile de Cocody"],
        "game": ["Starfall Online", "Titan Arena 3", "Neon Drift", "Royaume Perdu"],
        "stream": ["Flixtra", "StreamBox", "Vidéoflux"],
        "gym": ["FitZone", "Iron Club", "Move&Co", "Salle Olympe"],
        "salon": ["Mèches Folles", "Coiff'Style", "l'Atelier des Ciseaux"],
        "shop": ["Croquettes & Cie", "Comptoir à Chiens", "Animalis Plus"],
        "dealer": ["Garage Dumont", "Auto Sud 69", "Concession Lambert"],
        "cowork": ["Spacio", "Cowork Confluence", "Nid Numérique"],
        "coin": ["$MOONY", "PixelApes", "CryptoKatz"],
        "line": ["la ligne 14", "le bus 38", "le RER B", "le tram T2", "le 72"],
        "dating": ["Matchou", "CœurSwipe", "Kiffe"],
    },
    "en": {
        "app": ["GrubDash", "Munchr", "FeedMe Now", "Chowly"],
        "fest": ["Riverside Sound", "Glenfield Fest", "Bondi Beats", "Meadowlark"],
        "team": ["Team Vortex", "Red Kraken", "Northside Ravens"],
        "club": ["Hackney Rovers", "Leith Thistle", "Bondi Bulls", "Queens Pirates"],
        "game": ["Starfall Online", "Titan Arena 3", "Neon Drift", "Hollowmere"],
        "stream": ["Flixtra", "StreamBox", "Vidlo"],
        "gym": ["PowerHouse Gym", "IronWorks", "Flex Lab"],
        "salon": ["Blade & Co", "Fade Factory", "Curl Up & Dye"],
        "shop": ["Paws & Claws", "PetBarn", "The Kibble Co"],
        "dealer": ["Hillside Motors", "Dixon Autos", "Carmody Cars"],
        "cowork": ["Hive Works", "Deskhub", "Foundry Lane"],
        "coin": ["$MOONY", "PixelApes", "CryptoKatz"],
        "line": ["the 73", "the Northern line", "the 7:42 to Leeds", "the M4 bus"],
        "dating": ["Swipely", "Kindled", "Matchbox"],
    },
}

# ---- groups for hate clauses (plural nouns)
G_FR = {
    "GO": ["Arabes", "Noirs", "Roms", "Chinois", "Africains", "Maghrébins", "migrants", "réfugiés", "Asiatiques",
           "Turcs", "Roumains", "Algériens", "Marocains", "Sénégalais", "Comoriens", "musulmans"],
    "GR": ["musulmans", "juifs"],
    "GL": ["gays", "lesbiennes", "homos", "trans", "non-binaires", "bisexuels"],
    "GD": ["handicapés", "autistes", "trisomiques", "sourds"],
}
G_EN = {
    "GO": ["immigrants", "migrants", "refugees", "Muslims", "Mexicans", "Pakistanis", "Romanians", "Africans",
           "Arabs", "Asians", "Somalis", "Nigerians", "Poles"],
    "GR": ["Muslims", "Jews"],
    "GL": ["gay people", "gays", "lesbians", "trans people", "queer people", "bi people"],
    "GD": ["disabled people", "autistic people", "wheelchair users", "deaf people"],
}
for _g in (G_FR, G_EN):
    _g["G"] = sorted(set(_g["GO"] + _g["GR"] + _g["GL"] + _g["GD"]))
    _g["GOU"] = [w for w in _g["GO"] if " " not in w]  # single words, safe for an all-caps run

# ---- insult vocabulary (used inside <i>..</i>)
INS = {
    "ins_fr": ["connard", "abruti", "crétin", "débile", "bouffon", "tocard", "boloss", "cassos", "enfoiré", "naze",
               "guignol", "teubé", "bâtard", "blaireau", "baltringue", "gland", "trou du cul", "clown",
               "sous-merde", "mongol"],
    "insf_fr": ["connasse", "pouffiasse", "grognasse", "conne", "cruche", "pétasse", "idiote"],
    "inspl_fr": ["clowns", "guignols", "bras cassés", "branquignols", "tocards", "abrutis", "glands", "baltringues",
                 "nazes", "bolosses", "charlots", "incapables"],
    "insp_fr": ["espèce de tocard", "pauvre tache", "gros lourd", "sale rat", "tête de gland", "cerveau de moineau",
                "grosse merde", "bande de branques", "tas de fumier", "sac à merde", "pauvre naze", "face de pet",
                "espèce de tanche", "gros bouffon", "sale fouine", "fils de pute", "raclure", "pauvre débile"],
    "insq_fr": ["maudit épais", "gros niaiseux", "maudit cave", "esti de twit", "mangeux de marde", "gros colon"],
    "insb_fr": ["snul", "biesse", "zot", "stoemp", "babbeleer"],
    "inss_fr": ["bobet", "taborniau", "nianiou"],
    "insa_fr": ["gaou", "moutouki", "bordelle de mec", "dougou"],
    "ins_en": ["idiot", "moron", "muppet", "dipshit", "dickhead", "tosser", "wanker", "bellend", "knobhead",
               "clown", "jackass", "scumbag", "dumbass", "halfwit", "plonker", "pillock", "twat", "douchebag",
               "numpty", "roaster"],
    "inspl_en": ["muppets", "clowns", "morons", "numpties", "wankers", "tossers", "donkeys", "halfwits", "bellends",
                 "dropkicks", "idiots", "jokers"],
    "insp_en": ["waste of oxygen", "absolute weapon", "utter melt", "total bellend", "sack of garbage",
                "absolute knobhead", "useless sack of crap", "pathetic little man", "braindead fanboy",
                "bunch of muppets", "complete tool", "walking L", "brain-dead clown", "trash human being"],
    "insuk_en": ["numpty", "bampot", "roaster", "eejit", "fud", "walloper", "tube"],
    "insau_en": ["drongo", "galah", "dropkick", "fuckwit", "flog", "dero", "bogan"],
}
OBF_BASE = {
    "fr": ["connard", "connasse", "abruti", "crétin", "bouffon", "enfoiré", "bâtard", "débile", "tocard", "pute",
           "salope", "enculé"],
    "en": ["idiot", "moron", "dickhead", "wanker", "bastard", "asshole", "bitch", "loser", "twat", "fuckwit",
           "retard", "prick"],
}
LEET = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}


def obfuscate(word):
    w = strip_accents(word)
    r = R.random()
    if r < 0.25:  # leet on some letters
        out = "".join(LEET.get(c, c) if c in LEET and R.random() < 0.7 else c for c in w)
        return out if out != w else w.replace("o", "0").replace("i", "1").replace("e", "3").replace("a", "4")
    if r < 0.45:  # asterisk on a vowel
        vs = [k for k, c in enumerate(w) if c in "aeiou" and 0 < k < len(w) - 1]
        k = R.choice(vs) if vs else 1
        return w[:k] + "*" + w[k + 1:]
    if r < 0.6:  # dots between letters
        return ".".join(w)
    if r < 0.8:  # repeated letter
        vs = [k for k, c in enumerate(w) if c in "aeiouy"]
        k = R.choice(vs) if vs else len(w) - 1
        return w[:k] + w[k] * R.randint(3, 6) + w[k + 1:]
    if r < 0.9:  # two asterisks
        return w[0] + "**" + w[3:] if len(w) > 4 else w[0] + "*" + w[2:]
    return w.upper()


def price_fr():
    r = R.random()
    if r < 0.5:
        return f"{R.randint(5, 189)},{R.choice(['00', '90', '99', '50'])}{NBSP}€"
    return f"{R.randint(5, 300)}{R.choice([NBSP, ' ', ''])}€"


def price_en():
    return R.choice(["$", "£", "€", "A$"]) + f"{R.randint(5, 250)}.{R.choice(['00', '99', '50'])}"


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def date_fr():
    d, m = R.randint(1, 28), R.randint(1, 12)
    return R.choice([f"{d} {MONTHS_FR[m - 1]}", f"{d:02d}/{m:02d}", f"samedi {d} {MONTHS_FR[m - 1]}",
                     f"{d:02d}/{m:02d}/{R.choice([2025, 2026])}"])


def date_en():
    d, m = R.randint(1, 28), R.randint(1, 12)
    return R.choice([f"{MONTHS_EN[m - 1]} {d}", f"{d} {MONTHS_EN[m - 1]}", f"Saturday {d} {MONTHS_EN[m - 1]}"])


def order_no():
    return R.choice([str(R.randint(10_000_000, 99_999_999)), f"#{R.randint(1000, 99999)}",
                     f"CMD-{R.randint(100000, 999999)}", f"TKT-{R.randint(2025, 2026)}-{R.randint(1000, 9999)}"])


def heure_fr():
    return R.choice([f"{R.randint(7, 23)} h", f"{R.randint(7, 23)}h{R.choice(['00', '15', '30', '45'])}",
                     f"{R.randint(7, 23)}h"])


def txn_ref():
    while True:
        n = R.choice("45") + digits(15)
        if not luhn_ok(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else n


def fake_iban_like():
    while True:
        v = "FR" + digits(2) + "ZZZ" + digits(6)
        if not iban_valid(v):
            return v


FILL = {
    "prenom": lambda l: R.choice(PRENOMS_FR), "nom": lambda l: R.choice(NOMS_FR),
    "name": lambda l: R.choice(NAMES_EN), "last": lambda l: R.choice(LAST_EN),
    "handle": lambda l: R.choice(HANDLES),
    "price": lambda l: price_fr() if l == "fr" else price_en(),
    "date": lambda l: date_fr() if l == "fr" else date_en(),
    "order": lambda l: order_no(), "ticket": lambda l: str(R.randint(10000, 99999)),
    "heure": lambda l: heure_fr(), "n": lambda l: str(R.randint(2, 9)), "nn": lambda l: str(R.randint(11, 95)),
    "score": lambda l: f"{R.randint(0, 6)}-{R.randint(0, 6)}",
    "txn": lambda l: txn_ref(), "ics": lambda l: fake_iban_like(),
    "seat": lambda l: f"{R.choice('ABCDEFGH')}{R.randint(1, 40)}",
}


def fill(name, lang):
    if name in FILL:
        return FILL[name](lang)
    if name in SETTING[lang]:
        return R.choice(SETTING[lang][name])
    g = G_FR if lang == "fr" else G_EN
    if name in g:
        return R.choice(g[name])
    if name in INS:
        return R.choice(INS[name])
    if name == "obf":
        return obfuscate(R.choice(OBF_BASE[lang]))
    raise KeyError(name)


# ====================================================================== risky value generators (with finding)
def g_email(lang, v):
    first = strip_accents(R.choice(PRENOMS_FR if lang == "fr" else NAMES_EN)).lower()
    last = strip_accents(R.choice(NOMS_FR if lang == "fr" else LAST_EN)).lower().replace("'", "")
    dom = R.choice(["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "yahoo.fr", "outlook.com", "laposte.net",
                    "skynet.be", "bluewin.ch", "videotron.ca", "icloud.com", "proton.me", "btinternet.com",
                    "bigpond.com", "club-bellecour.fr", "vortex-esports.gg"])
    local = R.choice([f"{first}.{last}", f"{first}{R.randint(1, 99)}", f"{first[0]}{last}", f"{first}_{last}",
                      f"{last}.{first}{R.randint(80, 99)}", f"team.{first}"])
    return local + "@" + dom


def g_phone(lang, v):
    fr = (lang == "fr") ^ (R.random() < 0.15)
    if fr:
        d = R.choice(["6", "7", "1", "4", "9"]) + digits(8)
        pairs = [d[1:3], d[3:5], d[5:7], d[7:9]]
        return R.choice([
            "0" + d[0] + " " + " ".join(pairs), "0" + d[0] + "." + ".".join(pairs), "0" + d,
            "+33 " + d[0] + " " + " ".join(pairs), "+33" + d, "+32 4" + digits(2) + " " + digits(2) + " " +
            digits(2) + " " + digits(2), "+41 7" + R.choice("6789") + " " + digits(3) + " " + digits(2) + " " +
            digits(2), "+1 514 " + digits(3) + "-" + digits(4), "+225 07 " + digits(2) + " " + digits(2) + " " +
            digits(2) + " " + digits(2)])
    a, b, c = str(R.randint(201, 989)), str(R.randint(200, 999)), digits(4)
    return R.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"07{R.randint(400, 999)} {digits(6)}",
                     f"+44 7{digits(3)} {digits(6)}", f"+61 4{digits(2)} {digits(3)} {digits(3)}",
                     f"04{digits(2)} {digits(3)} {digits(3)}"])


def iban_valid(iban):
    try:
        return iban_mod97_ok(iban.replace(" ", "").upper())
    except ValueError:
        return False


def g_iban(lang, v):
    cc = R.choice(["FR", "FR", "FR", "BE", "CH", "LU", "DE"] if lang == "fr" else ["GB", "GB", "IE", "DE", "NL", "FR"])
    if cc == "FR":
        bank, branch, acct = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + f"{key:02d}"
    elif cc == "BE":
        bban = digits(12)
    elif cc == "CH":
        bban = digits(17)
    elif cc == "LU":
        bban = digits(16)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + digits(14)
    else:
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    iban = cc + iban_check(cc, bban) + bban
    if R.random() < 0.65:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def luhn_complete(prefix, length):
    return with_luhn_digit(prefix + digits(length - len(prefix) - 1))


def g_card(lang, v):
    if R.random() < 0.15:
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return R.choice([" ", "-", ""]).join([n[:4], n[4:10], n[10:]])
    n = luhn_complete(R.choice(["4", "4", "51", "53", "55", "2221"]), 16)
    return R.choice([" ", " ", "-", ""]).join(n[i:i + 4] for i in range(0, 16, 4))


def g_nir(lang, v):
    sex = R.choice("12")
    yy, mm = f"{R.randint(0, 99):02d}", f"{R.randint(1, 12):02d}"
    dept = f"{R.choice([x for x in range(1, 96) if x != 20]):02d}"
    commune, order = f"{R.randint(1, 999):03d}", f"{R.randint(1, 999):03d}"
    n13 = sex + yy + mm + dept + commune + order
    key = f"{nir_key(n13):02d}"
    return R.choice([" ".join([sex, yy, mm, dept, commune, order, key]), n13 + key, n13 + " " + key])


def g_ipv4():
    return R.choice([f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",
                     f"{R.choice([37, 78, 88, 92, 151, 176, 212])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def g_ip(lang, v):
    if R.random() < 0.25:
        h = lambda: f"{R.randint(0, 0xffff):x}"
        return R.choice([f"2001:db8:{h()}:{h()}::{h()}", f"2a01:e0a:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"])
    return g_ipv4()


CITIES_FR = [("69007", "Lyon"), ("93100", "Montreuil"), ("13005", "Marseille"), ("59800", "Lille"),
             ("31400", "Toulouse"), ("44100", "Nantes"), ("67100", "Strasbourg"), ("38000", "Grenoble"),
             ("76000", "Rouen"), ("29200", "Brest")]
STREETS_FR = ["des Acacias", "Paul Bert", "de la Gare", "Émile Zola", "du Stade", "des Peupliers", "Voltaire",
              "de Verdun", "des Carmes", "Nationale"]


def g_address(lang, v):
    if lang == "fr":
        r = R.random()
        if r < 0.15:
            return f"{R.randint(1, 99)} rue {R.choice(['Haute', 'Royale', 'du Midi', 'Neuve'])}, " \
                   f"{R.choice(['1000 Bruxelles', '4000 Liège', '1050 Ixelles'])}"
        if r < 0.25:
            return f"{R.randint(1, 60)} {R.choice(['rue de Carouge', 'avenue de la Gare', 'rue du Rhône'])}, " \
                   f"{R.choice(['1205 Genève', '1003 Lausanne'])}"
        num = str(R.randint(1, 150)) + R.choice(["", "", "", " bis"])
        typ = R.choice(["rue", "rue", "avenue", "boulevard", "impasse", "allée", "chemin"])
        cp, city = R.choice(CITIES_FR)
        extra = R.choice(["", "", "", f"esc. {R.choice('AB')}, ", f"appt {R.randint(1, 40)}, "])
        return f"{num} {typ} {R.choice(STREETS_FR)}, {extra}{cp} {city}"
    r = R.random()
    if r < 0.4:
        pc, city = R.choice([("G12 8QQ", "Glasgow"), ("E8 3PN", "London"), ("LS6 2AB", "Leeds"),
                             ("M4 1HN", "Manchester"), ("EH6 6QU", "Edinburgh")])
        st = R.choice(["Byres Road", "Mare Street", "Hyde Park Road", "Thomas Street", "Leith Walk"])
        return f"{R.choice(['', '', 'Flat 2/1, ', 'Flat 3, '])}{R.randint(1, 220)} {st}, {city} {pc}"
    if r < 0.7:
        st = R.choice(["Bleecker St", "Elm Ave", "Pine Street", "Lakeshore Dr", "Mission St"])
        c = R.choice([("Brooklyn", "NY", "11211"), ("Chicago", "IL", "60614"), ("Austin", "TX", "78704"),
                      ("Oakland", "CA", "94607")])
        return f"{R.randint(10, 4999)} {st}{R.choice(['', '', ', Apt 4B', ', Unit 12'])}, {c[0]}, {c[1]} {c[2]}"
    st = R.choice(["Campbell Parade", "King Street", "Smith Street", "Oxford Street"])
    c = R.choice([("Bondi Beach", "NSW", "2026"), ("Newtown", "NSW", "2042"), ("Fitzroy", "VIC", "3065")])
    return f"{R.randint(1, 300)} {st}, {c[0]} {c[1]} {c[2]}"


def g_birthdate(lang, v):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1960, 2012)
    v = v or R.choice(["fr_long", "fr_num"] if lang == "fr" else ["en_long", "iso", "num"])
    if v == "fr_long":
        return f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"
    if v == "fr_num":
        return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"])
    if v == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if v == "en_long":
        return R.choice([f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d} {MONTHS_EN[m - 1]} {y}"])
    return f"{d:02d}/{m:02d}/{y}"


PW_WORDS = ["Kraken", "Vortex", "Festival", "Minou", "Bulldog", "Pizza", "Gerland", "Lynx", "Moony", "Chihuahua",
            "Brioche", "Ravens"]


def g_password(lang, v):
    r = R.random()
    if r < 0.5:
        return R.choice(PW_WORDS) + str(R.randint(1, 2026)) + R.choice(["!", "#", "$", "*", "", "&"])
    if r < 0.8:
        return rnd(string.ascii_letters + string.digits + "#%&*_-", R.randint(10, 16))
    return R.choice(PW_WORDS).lower() + R.choice(["-", "_", "."]) + R.choice(PW_WORDS) + str(R.randint(10, 99))


def g_api_key(lang, v):
    v = v or R.choice(["aws", "stripe", "gh", "slack", "google", "hex"])
    if v == "aws":
        return "AKIA" + rnd(string.ascii_uppercase + string.digits, 16)
    if v == "stripe":
        return R.choice(["sk_live_", "rk_live_"]) + rnd(ALNUM, 24)
    if v == "gh":
        return "ghp_" + rnd(ALNUM, 36)
    if v == "slack":
        return f"xoxb-{digits(11)}-{digits(13)}-{rnd(ALNUM, 24)}"
    if v == "google":
        return "AIza" + rnd(ALNUM + "_-", 35)
    return rnd("0123456789abcdef", 32)


def g_private_key(lang, v):
    label = R.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA",
             "EC PRIVATE KEY": "MHcCAQEEI", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC"}[label]
    lines = [start + rnd(B64, 64 - len(start))] + [rnd(B64, 64) for _ in range(R.randint(1, 2))] + \
        [rnd(B64, R.randint(12, 40)) + R.choice(["=", "==", ""])]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_token(lang, v):
    v = v or R.choice(["jwt", "opaque"])
    if v == "jwt":
        head = b64url({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"})
        pay = b64url({"sub": str(R.randint(100000, 999999)), "role": R.choice(["admin", "mod", "caster"]),
                      "iat": R.randint(1700000000, 1770000000)})
        return f"{head}.{pay}.{rnd(ALNUM + '-_', 43)}"
    return rnd(ALNUM, R.randint(22, 30)) + R.choice(["", ".", "_"]) + rnd(ALNUM + "-_", R.randint(16, 28))


def g_lexicon(lang, v):
    t = R.choice(LEXICON)
    return R.choice([t, t, t.lower(), t.upper(), strip_accents(t), strip_accents(t).lower(), t.title()])


SHORTENERS = ["bit.ly", "tinyurl.com", "t.co", "is.gd", "cutt.ly", "rebrand.ly", "shorturl.at", "ow.ly", "rb.gy"]
LOOKALIKES = ["paypal-billetterie.com", "paypa1-secure.fr", "amazon-prime-remboursement.fr", "amaz0n-livraison.com",
              "netfIix.com", "netflix-compte-suspendu.com", "laposte-avis-passage.net", "vinted-livraison-securisee.com",
              "leboncoin-paiement-securise.fr", "sncf-connect-billets.info", "decathlon-cadeau-fidelite.fr",
              "instagram-badge-verification.com", "apple-icloud-verrouille.com", "micr0soft-teams.net",
              "tiktok-creator-fund.net", "ameli-carte-vitale.info", "impots-gouv-amende.fr", "colissimo-redelivery.com",
              "chronopost-avis.fr", "0range-messagerie.fr", "free-mobile-facture.net", "caf-prime-aide.fr",
              "credit-agricole-alerte.com", "faceb00k-support.com", "g00gle-drive-share.com", "app1e-music.com"]
INSECURE_HOSTS = ["www.club-foot-montreuil.fr", "asbellecour-basket.fr", "www.festival-des-vignes.org",
                  "coiffure-meches-folles.fr", "forum-parents-lyon.net", "www.garage-dumont-occasions.fr",
                  "blog.neondrift-fans.com", "www.leith-thistle-fc.co.uk", "ravens-supporters.net",
                  "www.petbarn-grooming-blog.com", "www.hackney-rovers.org", "fanzine-kraken.fr"]
NEUTRAL_TARGETS = ["l.ticket-resale.top", "go.skins-free.gg", "r.drop-claim.xyz", "click.wallet-connect.live",
                   "track.livraison-info.top", "redirect.promo-fan.shop", "my-account-check.net"]
PATHS = ["login", "claim", "mint", "skins", "billets", "tickets", "suivi", "wallet/connect", "promo", "airdrop",
         "reservation", "calendrier", "photos/2025", "u/5521", "index.php", "match-report"]


def path():
    p = R.choice(PATHS)
    if R.random() < 0.3:
        p += "?ref=" + rnd(string.ascii_lowercase + string.digits, 6)
    return p


def scheme(p_http):
    return "http://" if R.random() < p_http else "https://"


def ins(url):
    return [("link", "insecure")] if url.startswith("http://") else []


def g_ip_host(lang, v):
    host = g_ipv4() + R.choice(["", "", ":8080", ":3000"])
    url = scheme(0.55) + host + "/" + path()
    return url, ins(url)


def g_punycode(lang, v):
    lab = "xn--" + rnd(string.ascii_lowercase, R.randint(4, 8)) + "-" + rnd(string.ascii_lowercase + string.digits, 3)
    url = scheme(0.2) + R.choice(["", "www.", "app."]) + lab + "." + R.choice(["com", "gg", "fr", "io"]) + "/" + path()
    return url, ins(url)


def g_lookalike(lang, v):
    host = R.choice(LOOKALIKES)
    if R.random() < 0.15:
        url = "www." + host + "/" + path()
    else:
        url = scheme(0.2) + R.choice(["", "", "www.", "secure."]) + host + "/" + path()
    return url, ins(url)


def g_shortener(lang, v):
    code = rnd(ALNUM, R.randint(5, 8))
    url = (R.choice(SHORTENERS) + "/" + code) if R.random() < 0.2 else (scheme(0.2) + R.choice(SHORTENERS) + "/" + code)
    return url, ins(url)


def g_insecure(lang, v):
    return "http://" + R.choice(INSECURE_HOSTS) + "/" + path(), []


def g_blocklisted(lang, v):
    url = scheme(0.25) + R.choice(["", "", "www.", "app.", "fans."]) + R.choice(BLOCKED) + "/" + path()
    return url, ins(url)


def g_mismatch(lang, v):
    vis = R.choice(["www.sncf-connect.com", "https://www.ticketmaster.fr", "twitch.tv/teamvortex", "paypal.com",
                    "www.deliveroo.fr/suivi", "https://www.fnacspectacles.com", "opensea.io/collection/pixelapes",
                    "www.doctolib.fr", "store.steampowered.com", "www.vinted.fr"])
    tgt = "https://" + R.choice(NEUTRAL_TARGETS) + "/" + rnd(string.ascii_lowercase + string.digits, R.randint(2, 6))
    return f"[{vis}]({tgt})", []


PUNCT = ["!!!", "!!!!", "!!!!!", "!!!!!!!!", "???", "????", "?!?", "?!?!", "!?!?", "?!!", "!!?", "?!?!?!", "!?!",
         "??!!", "?!!!"]


def g_punct(lang, v):
    return R.choice(PUNCT)


GEN = {
    "pii.email": g_email, "pii.phone": g_phone, "pii.iban": g_iban, "pii.card": g_card, "pii.nir": g_nir,
    "pii.ip": g_ip, "pii.address": g_address, "pii.birthdate": g_birthdate,
    "secret.password": g_password, "secret.api_key": g_api_key, "secret.private_key": g_private_key,
    "secret.token": g_token, "confidential.lexicon": g_lexicon,
    "link.ip_host": g_ip_host, "link.punycode": g_punycode, "link.lookalike": g_lookalike,
    "link.shortener": g_shortener, "link.insecure": g_insecure, "link.blocklisted": g_blocklisted,
    "link.mismatch": g_mismatch, "tone.punctuation": g_punct,
}

# ====================================================================== hostile templates
HOSTILE = {
    "hate": {
        "fr": [
            "<h>les {G} ont rien à faire dans une équipe d'esport</h>, point barre.",
            "Sérieux {app} n'embauche que des {GO} comme livreurs, <h>ces gens-là volent, c'est dans leur sang</h>.",
            "<h>Pourquoi vous laissez des {GO} entrer au festival ? Ils ramènent que des problèmes</h>",
            "<h>un salon qui coiffe des {GO}, autant ouvrir un zoo</h> 🙄",
            "<h>faudrait interdire les {GL} dans les vestiaires du club</h>, pensez aux gamins",
            "<h>ces {GO} c'est comme les cafards, t'en vois un, y en a cent derrière</h>",
            "Depuis que {line} passe par leur quartier, <h>ça pue, ces {GO} ont tout pourri</h>",
            "<h>les {G}, faut les parquer loin des écoles</h>",
            "Sur le forum des parents je le dis cash : <h>je veux pas que mon fils soit dans la même classe que des {G}</h>.",
            "<h>Ils nous envahissent, ces {GO}, bientôt y aura plus un Français dans le métro</h>",
            "wsh <h>les {GO} c trop des rats, jamais ils paient leur part</h>",
            "<h>Faudrait les renvoyer d'où ils viennent, tous ces {GO}</h>",
            "<h>Depuis quand on donne la parole aux {GO} ? Qu'ils retournent dans leur pays</h>",
            "<h>les {GL} c'est une maladie, faut les soigner</h>, c'est pas de la haine c'est la vérité",
            "<h>les {GD} devraient pas avoir le droit de s'inscrire à la salle, ça fait fuir les vrais clients</h>",
            "<h>trans ou pas, un mec reste un mec, qu'ils dégagent du vestiaire des filles</h>",
            "<h>les meufs n'ont rien à faire derrière une manette, retourne en cuisine</h> 😂",
            "À Bruxelles c'est foutu, <h>les {GO} c'est une plaie, faut fermer les frontières</h>, allez.",
            "<h>Les {GO} viennent voler nos jobs pis nos logements</h>, criss.",
            "<h>tous des terroristes en puissance, ces musulmans</h>",
            "Question sérieuse : <h>pourquoi les {G} se croient tout permis dans ce pays ?</h>",
            "<h>on est pas obligés d'accepter des {GL} dans l'équipe des U11, ça donne des mauvaises idées aux petits</h>",
            "<h>les {GD}, ça devrait même pas avoir le droit de faire des gosses</h>",
            "<h>les {GO} = parasites, prouvez-moi le contraire</h>",
            "<h>ces {GO}-là, c'est des sauvages, on les connaît</h> hein",
            "<h>les juifs contrôlent toutes les plateformes crypto, c'est pour ça que {coin} s'est effondré</h>",
            "<h>une femme voilée à l'accueil de la salle ? on n'est plus en France</h>",
            "<h>des {G} au micro du festival, sérieux ? c'est pas leur place</h>",
            "mdr <h>les {GL} sur {dating}, c'est contre-nature, faudrait les bannir de l'appli</h>",
            "Moi je dis <h>un bon {GO_sg} est un {GO_sg} qui reste chez lui</h>",
        ],
        "en": [
            "<h>{G} shouldn't be allowed to stream on this platform</h>",
            "<h>why are we letting {GO} into the league? they ruin every team they touch</h>",
            "<h>those people, the {GO}, breed like rats</h>",
            "<h>send every last one of them back, these {GO}</h>",
            "<h>{GL} are groomers, keep them away from the kids' club</h>",
            "<h>trans women are just blokes in dresses and they don't belong in our changing rooms</h>",
            "<h>a disabled player on the roster? might as well forfeit now, they're useless</h>",
            "<h>{GD} are a drain on everyone and shouldn't get free festival passes</h>",
            "<h>of course my delivery got nicked, the whole area's full of {GO}</h>",
            "<h>women can't drive, so why the hell are they selling cars</h> at {dealer}",
            "Honestly mate <h>{GO} are vermin and this country's gone to the dogs because of them</h>",
            "<h>the Jews run every crypto exchange, that's why {coin} tanked, wake up</h>",
            "<h>no {G} on my team, they're subhuman</h>",
            "<h>{G} ruin every dating app they're on, ban the lot of them</h>",
            "<h>bloody {GO} taking all the jobs down here, ship 'em back</h> I reckon",
            "<h>ah'm no sittin next tae {GO} on the bus, they're manky animals</h>",
            "<h>is it just me or do {G} ruin everything they touch?</h>",
            "<h>you can't trust {GO}, it's in their blood</h>",
            "<h>ban {GL} from the fan zone, nobody wants to see that filth</h>",
            "<h>y'all letting {GO} coach little league now? they can't even speak English</h>",
            "<h>{GD} at a gig? they should stay in their care homes where they belong</h>",
            "<h>Muslims shouldn't be allowed to open barbershops here, it's an invasion</h>",
            "Said it before: <h>{GO} are a plague on this city</h>.",
            "<h>the only good {GO_sg} is one on a plane home</h>",
            "lmao <h>{GL} on {dating} should be shoved onto a separate app, they're disgusting</h>",
        ],
    },
    "threat": {
        "fr": [
            "<t>si je croise ton livreur, il rentre pas chez lui entier</t>",
            "<t>je sais à quelle heure tu fermes {salon}, je t'attendrai dehors</t>",
            "<t>continue à supprimer mes commentaires et ta vitrine va pas rester longtemps en un morceau</t>",
            "<t>ce serait dommage qu'il arrive quelque chose à ta belle voiture sur le parking du club</t>",
            "On se retrouve à la sortie du stade samedi, <t>tu vas comprendre ta douleur</t>",
            "<t>je vais te défoncer la gueule devant tout le monde à la salle</t>",
            "<t>j'ai ton adresse grâce à la commande, je passe ce soir régler ça</t>",
            "<t>tu vas finir dans le canal</t>, crois-moi",
            "<t>fais gaffe, un jour quelqu'un va te planter</t>",
            "<t>je connais des gars de ton quartier, ils vont s'occuper de toi</t>",
            "<t>on va cramer ton stand au {fest}</t>",
            "<t>si les {coin} sont pas remboursés demain, je viens chercher mon argent chez toi et ça va mal finir</t>",
            "<t>jvais te niquer ta race a la sortie du match</t>",
            "<t>m'a te casser la yeule si tu me rembourses pas</t>",
            "<t>je vais venir te bourrer la gueule, tu vas voir ce que c'est</t>, une fois",
            "<t>rentre bien chez toi ce soir... si tu peux</t>",
            "<t>tes gosses vont à l'école du quartier, non ? ce serait con qu'il leur arrive un truc</t>",
            "<t>je vais te retrouver IRL et on va régler ça à l'ancienne</t>",
            "<t>la prochaine fois que tu bannis mon compte, je débarque au coworking avec une batte</t>",
            "<t>je t'attends au dépôt de bus, t'es mort</t>",
            "<t>on va te chicoter jusqu'à ce que tu demandes pardon</t>",
            "<t>ton chien va pas faire long feu si tu continues</t>",
            "<t>tu supprimes encore mon avis et je balance ton adresse sur le Discord</t>",
            "<t>garde bien tes arrières au prochain tournoi</t>",
            "Dis à ton coach que <t>s'il met encore mon fils sur le banc, je lui crève les pneus</t>",
        ],
        "en": [
            "<t>keep deleting my posts and see what happens to your car</t>",
            "<t>be a shame if someone posted your home address in the Discord</t>",
            "<t>I'll be waiting outside the gym at closing, just you and me</t>",
            "<t>next time I see you at the ground you're getting battered</t>",
            "<t>I'm gonna smash your face in when I find you</t>",
            "<t>your stall won't survive the weekend, trust me</t>",
            "<t>I know which bus you drive and what time your shift ends</t>",
            "<t>sleep with one eye open, mate</t>",
            "<t>I swear I'll burn that salon to the ground</t>",
            "<t>we know where the team house is, don't make us come round</t>",
            "<t>refund me or I'll find you and make you pay, literally</t>",
            "<t>ah'll stab ye if ye show yer face at the pub again</t>",
            "<t>I'll knock your block off next time I see ya at the footy</t>",
            "<t>ur dead next time i see u</t> lol not joking",
            "<t>pretty sure your kids walk home alone on Thursdays, would be a shame</t>",
            "<t>unban me or I swat your stream tonight</t>",
            "<t>I'll put a brick through your window, see if you laugh then</t>",
            "<t>touch my dog's booking again and I'll break your fingers</t>",
            "<t>post my clip without credit again and you won't make it to the next LAN</t>",
            "<t>mess up my booking again and I'll be waiting at the counter with a few mates</t>",
        ],
    },
    "insult": {
        "fr": [
            "Le livreur de {app} est un <i>{ins_fr}</i>, il a bouffé la moitié de mes frites",
            "<i>{insp_fr}</i>, vous avez vendu deux fois la même place au concert",
            "franchement t'es qu'un <i>{ins_fr}</i> de coach, tes compos sont illisibles",
            "Le chauffeur m'a fermé la porte au nez dans {line}, quel <i>{ins_fr}</i>",
            "Vous êtes vraiment une <i>bande de {inspl_fr}</i> chez {stream}",
            "mdr le jungler de {team} c'est un vrai <i>{ins_fr}</i>",
            "Mon date sur {dating} ? Un <i>{ins_fr}</i> fini, il a regardé son tel toute la soirée",
            "Qui a validé ce patch de {game} ? Une <i>bande de {inspl_fr}</i> je suppose",
            "Le coiffeur m'a ratée, <i>{insp_fr}</i> va",
            "Ton vendeur de char est un <i>{insq_fr}</i>, il m'a vendu un citron",
            "Le gérant de {gym}, quel <i>{insb_fr}</i>, il a encore augmenté l'abonnement",
            "Le responsable de la billetterie est un sacré <i>{inss_fr}</i>, il a perdu nos réservations",
            "<i>espèce de {insa_fr}</i>, tu as encore perdu le match de samedi",
            "c un <i>{ins_fr}</i> ton modo, il ban tout le monde",
            "La meuf de l'accueil de {shop} est une vraie <i>{insf_fr}</i>",
            "<i>{obf}</i> de streamer, rends les subs",
            "merci pour rien, <i>{obf}</i>",
            "Encore raté le bus à cause de ce <i>{ins_fr}</i> de chauffeur",
            "Le vendeur de NFT m'a bloqué, quel <i>{ins_fr}</i>",
            "ptdr le mec en face au foot à 5, un vrai <i>{ins_fr}</i>, il taclait les gamins",
            "Mon coach de muscu ? <i>{insp_fr}</i>.",
            "nan mais <i>t'es con ou tu le fais exprès</i>, j'ai dit sans oignons",
            "L'arbitre de dimanche, ce <i>{obf}</i>, il a sifflé que pour eux",
            "Le mec du concessionnaire, un <i>{ins_fr}</i> de première, m'a vendu une caisse sans contrôle technique",
            "Dites à votre toiletteur que c'est un <i>{ins_fr}</i>, mon chien ressemble à un mouton tondu",
            "La maman qui gère le groupe WhatsApp de l'école est une <i>{insf_fr}</i>",
            "Le support de {team} a rage quit en pleine finale, <i>{insp_fr}</i>",
            "t'as vu le caster de la finale ? quel <i>{obf}</i> mdr",
        ],
        "en": [
            "the rider from {app} is an absolute <i>{ins_en}</i>, left my pizza in the rain",
            "<i>{insp_en}</i>, you sold the same seat twice",
            "our support main is a <i>{ins_en}</i>, can't heal to save his life",
            "bus driver on {line} just drove straight past me, what a <i>{ins_en}</i>",
            "your moderators are a <i>bunch of {inspl_en}</i>",
            "yer barber's a total <i>{insuk_en}</i>, look at the state of my fade",
            "that salesman at {dealer} is a <i>{insau_en}</i> mate, tried to flog me a lemon",
            "the ticketing site devs are <i>{inspl_en}</i> fr fr",
            "lmao imagine being this much of a <i>{obf}</i>",
            "ok <i>{obf}</i>, enjoy your ban",
            "my date from {dating} was a <i>{ins_en}</i> who spent the whole night on his phone",
            "just refund me, <i>{ins_en}</i>",
            "coach benched me for this <i>{ins_en}</i>? seriously?",
            "you're <i>thick as mince</i>, pal",
            "whoever priced these gig tickets is a <i>greedy {ins_en}</i>",
            "{price} for a haircut from this <i>{ins_en}</i>, never again",
            "cheers for nothing, <i>{insp_en}</i>",
            "that ref on Saturday was a <i>blind {ins_en}</i>",
            "the dev who wrote this launcher is a <i>{obf}</i>",
            "not you again, <i>{insp_en}</i>",
            "the mum running the school group chat is a right <i>{ins_en}</i>",
            "that streamer is a <i>{ins_en}</i> who begs for subs every five minutes",
            "the guy at the front desk of {gym} is a <i>{insau_en}</i>, ignored me for ten minutes",
        ],
    },
    "aggressive": {
        "fr": [
            "<a>c'est toi qui as planté la game, assume au lieu de chialer</a>",
            "<a>vous vous foutez clairement de vos abonnés</a>, trois reports du festival",
            "<a>vous faites exprès de pas comprendre ou quoi</a> ?",
            "<a>t'as rien foutu de la saison et tu viens te plaindre</a>",
            "<a>c'est pas à moi de vous apprendre votre boulot</a>, livrez les commandes chaudes",
            "<a>arrêtez de nous mentir en pleine face</a>, le jeu n'était pas prêt",
            "<a>ne me parlez pas sur ce ton, c'est vous qui avez perdu le carnet de santé de mon chat</a>",
            "<a>vous vous croyez tout permis parce que vous avez le monopole des billets</a>",
            "<a>tu te fous de ma gueule là ?</a>",
            "<a>t'as vu l'heure ? tu te réveilles enfin</a>",
            "<a>vous avez vraiment aucune honte</a> de vendre ça {price}",
            "<a>réveillez-vous un peu, c'est votre faute si la salle est vide</a>",
            "<a>ayoye, vous avez fait exprès de me niaiser toute la semaine</a>",
            "<a>occupe-toi de ton équipe au lieu de faire le malin en ligne</a>",
            "<a>c'est à cause de gens comme toi que le forum part en vrille</a>",
            "<a>vous croyez qu'on va gober vos excuses bidon encore longtemps</a> ?",
            "<a>c tjr de ta faute, tu assumes jamais rien</a>",
            "<a>vous m'avez pris pour une vache à lait</a> avec vos frais de service",
            "<a>si vous lisiez le règlement du tournoi, vous ne poseriez pas la question</a>",
            "<a>on vous a déjà répondu trois fois, arrêtez de spammer le ticket</a>",
            "<a>c'est pas notre faute si tu sais pas lire un horaire</a>",
            "<a>tu vas m'expliquer pourquoi tu m'as facturé deux fois, et vite</a>",
        ],
        "en": [
            "<a>you had one job and you still managed to mess it up</a>",
            "<a>don't you dare tell me to calm down</a>, you lost my booking",
            "<a>stop hiding behind your copy-paste replies</a> and fix the servers",
            "<a>who do you think you are, banning me for asking a question</a>",
            "<a>it's on you, own it instead of blaming the players</a>",
            "<a>you lot don't give a toss about your members</a>",
            "<a>you never listen to a single word we say</a>",
            "<a>how dare you charge me a cancellation fee after YOU cancelled</a>",
            "<a>you people never learn, do you</a>",
            "<a>keep making excuses, that's all you're good at</a>",
            "<a>you've wasted three hours of my life, well done</a>",
            "<a>sort your app out before you take another penny off me</a>",
            "<a>y'all are seriously the worst at communicating</a>",
            "<a>don't @ me with your 'we value your feedback' nonsense</a>",
            "<a>answer the question instead of dodging it for the fifth time</a>",
            "Well, <a>if you'd read the pinned post you wouldn't be asking</a>.",
            "<a>we've answered this five times, stop flooding the thread</a>",
            "<a>you knew the car had a fault and you sold it to me anyway</a>",
        ],
    },
    "shouting": {
        "fr": [
            "<s>REMBOURSEZ NOS BILLETS MAINTENANT</s>",
            "<s>MON BURGER EST ARRIVÉ FROID</s> encore une fois",
            "<s>LE SON ÉTAIT POURRI</s> pendant tout le concert",
            "<s>OUVREZ LES SERVEURS</s> on attend depuis ce matin",
            "<s>PERSONNE NE RÉPOND JAMAIS</s> sur ce forum",
            "<s>JE VEUX PARLER AU GÉRANT</s> de {gym}",
            "<s>LE BUS EST ENCORE EN RETARD</s>, troisième fois cette semaine",
            "<s>RENDEZ MOI MON ABONNEMENT</s>",
            "<s>C'EST QUOI CE MATCHMAKING</s> sérieux",
            "<s>ARRÊTEZ DE DÉCALER LA SORTIE</s> de {game}",
            "<s>ON VEUT NOS NFT</s> promis depuis le {date}",
            "<s>TOUJOURS PAS DE CROQUETTES</s> en rayon chez {shop}",
            "ptn <s>LA COUPE EST RATÉE</s>, j'ai un mariage demain",
            "<s>VOTRE APPLI NE MARCHE PAS</s> depuis la mise à jour",
            "Bon. <s>JE RÉPÈTE POUR LA DERNIÈRE FOIS</s> : ma voiture fait toujours le bruit.",
        ],
        "en": [
            "<s>WHERE IS MY FOOD</s>",
            "<s>REFUND THE TICKETS NOW</s>",
            "<s>FIX THE SERVERS ALREADY</s>",
            "<s>NOBODY ANSWERS THE PHONE</s> at this gym",
            "<s>THE TRAIN IS CANCELLED AGAIN</s> and no replacement bus",
            "<s>GIVE US OUR MONEY BACK</s>",
            "<s>WORST LAUNCH EVER</s> honestly",
            "<s>THIS HAIRCUT IS RUINED</s>",
            "<s>STOP DELAYING THE DROP</s> of {coin}",
            "<s>CALL ME BACK TODAY</s> about the car",
            "<s>WHO APPROVED THIS PATCH</s>",
            "<s>MY DOG IS STARVING</s> and your delivery is three days late",
        ],
    },
    "punctuation": {
        "fr": [
            "Trois heures de retard pour une pizza {P}",
            "Le concert est annulé la veille {P} Et aucun mail",
            "On a gagné la finale {P} 🏆",
            "Quoi {P} le skin coûte 25 balles {P}",
            "c'est quoi ce délire {P}",
            "mon chien est revenu du toilettage avec une coupe de caniche {P}",
            "{line} encore en panne {P}",
            "Sérieux {P} encore une maj de 40 Go",
            "Le coworking ferme à 18 h maintenant {P}",
            "Il m'a ghostée après trois dates {P}",
            "On est qualifiés pour les playoffs {P} 🔥",
        ],
        "en": [
            "3 hours for a kebab{P}",
            "They cancelled the headliner the night before{P}",
            "We won{P} 🏆",
            "seriously{P} another 40GB patch",
            "how is my gym membership {price} a month now{P}",
            "she ghosted me after the second date{P}",
            "my dog came back from the groomer with a mohawk{P}",
            "wait what{P} the tickets sold out in 4 minutes",
            "No way{P} we made the grand final",
        ],
    },
    "mix": {
        "fr": [
            "<s>OÙ EST MA COMMANDE</s>{P} <i>{insp_fr}</i>",
            "<a>vous vous foutez de nous</a>{P} <s>REMBOURSEZ LES PLACES</s>",
            "<i>{ins_fr}</i> de modo{P} <t>je vais te trouver et tu vas payer</t>",
            "<s><h>DEHORS LES {GOU|up}</h></s>{P}",
            "<s>VOUS ÊTES DES <i>CLOWNS</i></s>{P}",
            "<t>si je te croise au tournoi t'es mort</t>, <i>{obf}</i>",
            "<a>c'est ta faute si on a perdu</a>, <i>{ins_fr}</i>{P}",
            "Sérieux{P} <a>vous êtes jamais foutus de tenir un horaire</a>",
            "Voilà mon IBAN {f:pii.iban}, <s>REMBOURSEZ MOI MAINTENANT</s>{P}",
            "<h>les {G} ont rien à foutre dans notre club</h>{P} <s>ON EN VEUT PAS</s>",
            "Ma CB {f:pii.card} a été débitée deux fois{P} <a>vous vous foutez de qui</a>",
        ],
        "en": [
            "<s>WHERE IS MY REFUND</s>{P} <i>{insp_en}</i>",
            "<t>touch my account again and you'll regret it</t>{P}",
            "<s>YOU <i>ABSOLUTE CLOWNS</i></s>{P}",
            "<a>you ruined the whole tournament</a>, <i>{ins_en}</i>{P}",
            "<h>{G} ruin every server, <s>BAN THEM ALL</s></h>{P}",
            "charged twice on {f:pii.card}{P} <s>SORT IT OUT NOW</s>",
            "<i>{obf}</i>{P} <t>wait till I see you at training</t>",
            "<s>ANSWER YOUR PHONE</s>{P} <a>you've ignored me all week</a>",
        ],
    },
}

G_FR["GO_sg"] = ["Arabe", "Noir", "Rom", "Africain", "Maghrébin", "migrant", "réfugié", "Turc", "Roumain",
                 "Algérien", "Marocain", "Comorien"]
G_EN["GO_sg"] = ["immigrant", "migrant", "refugee", "Muslim", "Mexican", "Pakistani", "Romanian", "Arab", "Somali"]

# ====================================================================== other risky kinds: new frames
LINK_FR = ["Billets à -50 % pour {fest} ici : {L}", "Le lien pour réclamer ton skin gratuit de {game} : {L}",
           "Le streamer a mis ce lien en description {L}, c'est safe ?",
           "Votre commande {app} est bloquée, réglez les frais ici : {L}",
           "Airdrop réservé aux holders {coin} 👉 {L}", "Calendrier des matchs de {club} : {L}",
           "Un parent a partagé ça sur le groupe de l'école {L}, je clique ?",
           "Photos de la soirée au {cowork} : {L}"]
LINK_EN = ["Free skins for the {game} launch: {L}", "Resale tickets for {fest} at {L}",
           "Mint is live, connect your wallet here {L}", "Your {app} delivery failed, reschedule at {L}",
           "Fixtures for {club} are up at {L}", "Someone in the parents' chat posted {L}, legit?",
           "Vet booking form for {shop}: {L}"]


def link_frames(kind, extra_fr=(), extra_en=()):
    return {"fr": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_FR] + list(extra_fr),
            "en": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_EN] + list(extra_en)}


OTHER = {
    "pii.email": {"fr": ["Le gagnant des places pour {fest} a laissé son mail : {f:pii.email}",
                         "Pour le maillot floqué, écris au coach sur {f:pii.email}",
                         "La maman du petit {prenom} veut qu'on la recontacte sur {f:pii.email} pour l'inscription au club",
                         "Le caster de {team} attend le contrat sur {f:pii.email}",
                         "Client {app} mécontent, mail perso {f:pii.email}, je te laisse gérer"],
                  "en": ["The winner of the {fest} passes is {f:pii.email}, send the e-tickets there",
                         "Our new shoutcaster's email is {f:pii.email}",
                         "Mum asked us to reply to {f:pii.email} about the U10 kit",
                         "The dealer sent the finance docs from {f:pii.email}"]},
    "pii.phone": {"fr": ["Le toiletteur demande qu'on le rappelle au {f:pii.phone}",
                         "Numéro du chauffeur de la navette {fest} : {f:pii.phone}",
                         "Pour le covoit du match, appelle {prenom} au {f:pii.phone}",
                         "La coiffeuse remplaçante, c'est le {f:pii.phone}, elle préfère les SMS"],
                  "en": ["The groomer's mobile is {f:pii.phone} if the pup's ready early",
                         "Festival shuttle driver: {f:pii.phone}",
                         "Text the coach on {f:pii.phone} if you can't make training"]},
    "pii.iban": {"fr": ["Pour rembourser le billet du {fest}, voilà mon IBAN {f:pii.iban}",
                        "Le trésorier du club veut la cotisation sur {f:pii.iban}",
                        "Cashprize du tournoi : virement sur {f:pii.iban} stp"],
                 "en": ["Prize money for the tournament goes to {f:pii.iban}",
                        "Membership refund to {f:pii.iban} please",
                        "The caster's invoice says to pay {f:pii.iban}"]},
    "pii.card": {"fr": ["J'ai payé l'abonnement de {gym} avec la carte {f:pii.card}, débitée deux fois",
                        "Un viewer a posté sa CB dans le chat : {f:pii.card}, je supprime",
                        "Pour l'acompte de la voiture, voilà ma carte {f:pii.card} exp 04/28"],
                 "en": ["I was charged twice on {f:pii.card} for the same gig ticket",
                        "Someone dropped their card {f:pii.card} in the stream chat, nuking it",
                        "Deposit for the puppy can go on {f:pii.card}, expiry 09/27"]},
    "pii.nir": {"fr": ["Pour la licence, le parent a envoyé le numéro de sécu du gamin : {f:pii.nir}",
                       "Numéro de sécu du nouveau coach pour la paie : {f:pii.nir}",
                       "La livreuse a mis son n° de sécurité sociale dans le formulaire : {f:pii.nir}"],
                "en": ["The French contractor sent his NIR {f:pii.nir} for payroll",
                       "Social security number from the Lyon caster: {f:pii.nir}"]},
    "pii.ip": {"fr": ["Le raid de bots sur le stream venait de {f:pii.ip}",
                      "Le compte multi du tournoi se connecte depuis {f:pii.ip}",
                      "Les faux avis sur {salon} sortent tous de {f:pii.ip}"],
               "en": ["Smurf account keeps logging in from {f:pii.ip}",
                      "Ticket bot traffic all from {f:pii.ip}",
                      "The spam in the parents' forum comes from {f:pii.ip}"]},
    "pii.address": {"fr": ["Le livreur {app} doit déposer au {f:pii.address}, digicode dans le chat",
                           "Adresse du gagnant de la console : {f:pii.address}",
                           "Le chiot doit être livré au {f:pii.address}"],
                    "en": ["Ship the signed jersey to {f:pii.address}",
                           "Pick-up for the test drive is {f:pii.address}",
                           "Winner's address for the merch box: {f:pii.address}"]},
    "pii.birthdate": {"fr": ["Pour l'inscription au club, il est né le {f:pii.birthdate/fr_long}",
                             "Date de naissance de la joueuse : {f:pii.birthdate/fr_num}, elle passe en U17",
                             "Je suis né le {f:pii.birthdate/fr_long}, donc j'ai le droit au tarif jeune"],
                      "en": ["DOB for the gym contract: {f:pii.birthdate/iso}",
                             "He was born {f:pii.birthdate/en_long}, so he's old enough for the 18+ stage",
                             "My date of birth is {f:pii.birthdate/num}, please fix the dating profile"]},
    "secret.password": {"fr": ["Le mdp du compte Twitch de l'équipe c'est {f:secret.password}",
                               "Identifiants du back-office billetterie : admin / {f:secret.password}",
                               "Le mot de passe du Discord staff : {f:secret.password} (on le change lundi)"],
                        "en": ["Team Twitch login: vortex_official / password: {f:secret.password}",
                               "Gym door panel admin pass is {f:secret.password}",
                               "creds for the fan shop: user=cm pwd={f:secret.password}"]},
    "secret.api_key": {"fr": ["La clé Stripe de la billetterie : {f:secret.api_key/stripe}",
                              "Clé Maps pour le suivi des livreurs : {f:secret.api_key/google}",
                              "Je colle la clé du bucket des VOD : {f:secret.api_key/aws}"],
                       "en": ["Stripe key for the merch store: {f:secret.api_key/stripe}",
                              "AWS key for the VOD bucket {f:secret.api_key/aws}",
                              "Bot token for the team Slack: {f:secret.api_key/slack}",
                              "repo token for the launcher build {f:secret.api_key/gh}",
                              "stats widget config api_key={f:secret.api_key/hex}"]},
    "secret.private_key": {"fr": ["Le presta du site du club a envoyé la clé du serveur :\n{f:secret.private_key}"],
                           "en": ["Deploy key for the ticketing box, don't lose it:\n{f:secret.private_key}"]},
    "secret.token": {"fr": ["Le token du bot du tournoi : Bearer {f:secret.token/opaque}",
                            "JWT du compte admin de la billetterie : {f:secret.token/jwt}"],
                     "en": ["Authorization: Bearer {f:secret.token/opaque} for the stats API",
                            "JWT for the streaming admin panel: {f:secret.token/jwt}"]},
    "confidential.lexicon": {"fr": ["On ne parle pas de {f:confidential.lexicon} sur le Discord public avant le reveal",
                                    "Le sponsoring {f:confidential.lexicon} avec {team} est signé, motus",
                                    "Le brief {f:confidential.lexicon} pour {fest} est dans le drive",
                                    "{prenom} demande si {f:confidential.lexicon} concerne aussi la salle de Lyon"],
                             "en": ["Don't leak {f:confidential.lexicon} to the fan server",
                                    "The roster change is tied to {f:confidential.lexicon}, keep it quiet",
                                    "Deck for {f:confidential.lexicon} is in the shared drive"]},
    "link.ip_host": link_frames("link.ip_host", ["Le panneau admin du serveur de jeu est sur {f:link.ip_host}"],
                                ["Game server admin is at {f:link.ip_host} for now"]),
    "link.punycode": link_frames("link.punycode"),
    "link.lookalike": link_frames("link.lookalike", ["Votre abonnement {stream} est suspendu, réactivez-le : {f:link.lookalike}"],
                                  ["Your parcel is held, pay the fee at {f:link.lookalike}"]),
    "link.shortener": link_frames("link.shortener", ["Lien court pour la bio de l'équipe : {f:link.shortener}"],
                                  ["Short link for the bio: {f:link.shortener}"]),
    "link.insecure": link_frames("link.insecure", ["Le compte-rendu du match est en ligne : {f:link.insecure}"],
                                 ["Match report is up: {f:link.insecure}"]),
    "link.blocklisted": link_frames("link.blocklisted"),
    "link.mismatch": {"fr": ["Vos billets sont prêts, récupérez-les sur {f:link.mismatch}",
                             "Pour le remboursement du match, connectez-vous sur {f:link.mismatch}",
                             "Le drop officiel est ici : {f:link.mismatch}"],
                      "en": ["Grab your tickets at {f:link.mismatch} before midnight",
                             "Official mint page: {f:link.mismatch}",
                             "Rebook your appointment here {f:link.mismatch}"]},
}

# ====================================================================== clean templates
CLEAN = {
    "hardneg": {
        "fr": [
            "Ce burger à {price} c'est une tuerie, merci {app} 😍",
            "Je vais te tuer à Mario Kart ce soir, prépare-toi 😂",
            "On s'est fait massacrer 4-0 samedi, on remet ça la semaine prochaine 💪",
            "Le DJ a tout explosé hier soir, meilleur set du {fest}",
            "Le nouveau skin est une dinguerie, bravo aux devs",
            "Vous avez vu « Kill Bill » en version restaurée ? Projection jeudi au ciné du festival",
            "Soirée ciné au {cowork} : « Je sais ce que vous avez fait l'été dernier » à 20 h 🍿",
            "Le PDG du club sera présent à l'AG du {date}",
            "La salopette du club est de nouveau dispo en taille 8 ans",
            "Un pain bâtard et deux croissants pour le buffet des bénévoles, c'est noté 🥖",
            "Le concombre de la salade était pas frais, dommage, mais le reste était bon",
            "La connexion au serveur EU est instable ce soir, on enquête",
            "Le son était moyen au deuxième concert, on a transmis à l'ingé son",
            "Livraison arrivée froide, c'est décevant, vous pouvez faire un geste ?",
            "Je comprends votre colère, mais on ne peut pas rembourser un billet déjà scanné.",
            "Le match est à 20 h, rendez-vous au stade avec vos écharpes !!",
            "Nouvelle section handisport au club : les joueurs en fauteuil s'entraînent le mercredi",
            "Le festival prévoit un espace calme pour les personnes autistes et leurs familles",
            "Soirée Pride au bar du stade, les bénéfices vont à une asso LGBT+ locale 🏳️‍🌈",
            "Pendant le Ramadan, la livraison reste ouverte jusqu'à 2 h du matin",
            "Le menu halal et casher est dispo dans l'appli, onglet « régimes »",
            "Des chefs réfugiés reprennent notre cuisine pour la Journée mondiale des réfugiés",
            "Le reportage sur les migrants qui ont monté le club de cricket de la ville passe ce soir",
            "Notre coiffeuse parle wolof et portugais, n'hésitez pas à demander",
            "T'as vu la tête du goal après le 3e but ? Mort de rire 😂",
            "Le boss final m'a détruit 12 fois, ce jeu est incroyable",
            "Prix de folie sur les croquettes ce week-end, c'est un carnage en rayon 😅",
            "Le tracé du bus 38 change lundi, pensez à vérifier vos arrêts",
            "Ce n'est pas possible de changer le nom sur le billet, c'est la règle pour tout le monde, désolée.",
            "Pas besoin de crier, on a bien reçu votre message 🙂",
            "Ta coupe est trop stylée, le dégradé est clean",
            "Le caniche de Mme {nom} est trop chou avec sa nouvelle coupe",
            "On a bêtement oublié les serviettes dans le sac, pardon ! On rembourse les frais.",
            "La députée du coin vient inaugurer la salle de sport samedi",
            "Bonne réputation ce garage, ils ont refait l'embrayage en deux jours",
            "« Assassin's Creed » est à -60 % sur le store ce week-end",
            "Notre bassiste est malade, le concert est reporté au {date}",
            "Pour la finale il faudra détruire leur défense, on compte sur vous 🔥",
            "Le nouveau chargeur est une bombe, 80 % en 20 minutes",
            "Franchement cette voiture est une tuerie sur autoroute",
            "Le boss du raid est un vrai massacre, prévoyez des potions",
            "Qui vient se faire défoncer au padel dimanche ? 😄",
            "Les Bleus vont se faire laminer par les Belges, tu vas voir 😜",
            "Le bouffon du roi est le meilleur perso du nouveau DLC",
            "Le cassoulet de la buvette du club a un succès fou",
            "Concours de déguisement au club : thème « clowns et saltimbanques »",
            "L'appli plante quand on ajoute un deuxième chien au profil, c'est connu, correctif prévu",
            "Oui, le parking de la salle est gratuit après 19 h.",
            "Je maintiens ma position : pas de remboursement après l'événement. Cordialement.",
            "Il a tué le game avec son dernier clip 🔥",
            "On va les écraser au tournoi de pétanque dimanche 😎",
            "Le QG du fan club, c'est le bar en face du stade",
            "Savez-vous que la friterie est ouverte jusqu'à minuit, une fois ? Goûtez la mitraillette !",
            "Le show était malade, on a capoté ben raide 🤘",
            "La go du salon m'a fait des tresses de ouf, je recommande",
            "« Tuer n'est pas jouer » passe ce soir sur {stream}",
            "Ton avis est dur mais juste, le DLC est trop court pour le prix",
            "Le livreur s'est trompé d'étage, c'est pas grave, il est revenu tout de suite",
            "Pour les supporters en fauteuil, l'accès se fait par la porte C",
            "J'ai explosé mon record au squat ce matin 💥",
        ],
        "en": [
            "This new drop is sick, copped two already 🔥",
            "Killer deal on the season pass, grab it before Friday",
            "The band absolutely murdered that set last night",
            "I'm gonna destroy you at FIFA tonight, bring snacks 😂",
            "Our keeper got bodied in that one-on-one, fair play to their striker",
            "Watching \"Die Hard\" at the {cowork} movie night, 7pm",
            "\"I Know What You Did Last Summer\" is on {stream} this week",
            "Scunthorpe fans get 10% off match-day meals in the app",
            "Clownfish and clown loaches are back in stock at {shop} 🐠",
            "The bassist is ill so tonight's gig moves to {date}",
            "The shiitake ramen was a bit bland, not our best, we'll tweak the recipe",
            "Sussex and Essex branches open late on Thursdays",
            "The CEO of the league will be at the AGM on {date}",
            "Your ETA is 20 minutes, the rider is at the restaurant",
            "Wheelchair-accessible viewing platform is next to the main stage",
            "Our gym now runs a women-only session every Tuesday at 6pm",
            "Pride night at the stadium raised £12k for local LGBT+ charities 🏳️‍🌈",
            "Halal and kosher options are under the dietary tab in the app",
            "Refugee chefs are taking over our kitchen for World Refugee Day",
            "Sensory-friendly screening for autistic kids and their families this Sunday",
            "That boss fight wrecked me twelve times, absolutely love this game",
            "The update is honestly disappointing, the frame drops are worse than before",
            "I hear you, but we can't refund a ticket that was already scanned.",
            "Mate that kebab was unreal, proper banger 🙌",
            "New headphones are the bomb, battery lasts forever",
            "We got smashed 5-1 on Saturday, back to training Tuesday 💪",
            "Your fade is mint, the barber killed it",
            "Oxymoron of the day: a 'quick' 40GB patch 😅",
            "Donkey Kong tournament starts at 8, sign-ups at the front desk",
            "Cocktail hour at the dealership launch party, 6 to 8pm",
            "Our dog-walking assessment takes about 20 minutes",
            "Assassin's Creed is 60% off on the store this weekend",
            "No need to shout, we've got your message and we're on it 🙂",
            "Heaps good feed tonight, the parma was a ripper",
            "Pure dead brilliant gig last night, the crowd was mental",
            "This drop slaps, no cap",
            "The new track is fire, straight banger",
            "Our striker's a beast, another hat-trick on Sunday",
            "You guys are killing it with the new app update, checkout is so smooth now",
            "Just to be clear, we won't be extending the sale beyond Sunday. Thanks for understanding.",
            "The Dickens Christmas market is on near the venue this weekend",
            "We'll crush the pub quiz on Thursday, our secret weapon is Steve 😂",
            "The documentary on Somali refugees opening cafés in Leeds airs tonight",
            "Fight Club screening Friday, first rule: bring popcorn 🍿",
            "Killer Queen karaoke at the gym social, be there!!",
            "The bus drivers' strike means the 73 won't run on Monday",
            "Honestly the battery on this car is bad in winter, worth knowing before you buy",
            "You're dead right, the refund should have gone through, sorting it now",
            "Bet you a pint we beat you at five-a-side 😜",
        ],
    },
    "neutral": {
        "fr": [
            "Votre commande {order} est en route, le livreur arrive vers {heure}.",
            "Les portes du {fest} ouvrent à 17 h, pensez à vos billets sur l'appli.",
            "L'entraînement des U13 est décalé à {heure} jeudi.",
            "Le patch 1.4 de {game} arrive le {date}.",
            "Votre rendez-vous chez {salon} est confirmé le {date} à {heure}.",
            "Le cours de HIIT de {heure} est complet, on vous met sur liste d'attente.",
            "Le {cowork} sera fermé le {date} pour travaux.",
            "Les croquettes sans céréales sont à {price} le sac de 12 kg.",
            "Essai routier confirmé le {date} chez {dealer}.",
            "Le stream de ce soir commence à 21 h sur la chaîne de {team}.",
            "Merci pour votre retour, on transmet à l'équipe 🙏",
            "Votre abonnement {stream} sera renouvelé le {date}.",
            "Ticket #{ticket} : on revient vers vous sous 48 h.",
            "La réunion des parents du club a lieu le {date} à {heure}.",
            "Le remboursement de {price} apparaîtra sous 5 jours ouvrés.",
            "Réf. de transaction côté banque : {txn}.",
            "Le prélèvement mensuel apparaîtra avec l'ICS {ics}.",
            "Place {seat}, tribune Nord, accès porte 4.",
            "Bien reçu, merci !", "Top, à samedi !", "Ça marche 👍",
        ],
        "en": [
            "Your order {order} is on its way, rider arriving in about 15 minutes.",
            "Gates for {fest} open at 5pm, have your tickets ready in the app.",
            "U13 training moves to 6:30 on Thursday.",
            "Patch 1.4 for {game} lands on {date}.",
            "Your appointment at {salon} is confirmed for {date}.",
            "The 7am spin class is full, you're on the waitlist.",
            "{cowork} will be closed on {date} for maintenance.",
            "Grain-free kibble is {price} for the 12kg bag.",
            "Test drive booked for {date} at {dealer}.",
            "Stream starts at 9pm on the {team} channel.",
            "Thanks for the feedback, passing it to the team 🙏",
            "Ticket #{ticket}: we'll get back to you within 48 hours.",
            "Refund of {price} should show within 5 working days.",
            "Bank reference for that payment: {txn}.",
            "Seat {seat}, North stand, gate 4.",
            "Got it, thanks!", "See you Saturday!", "Cheers 👍",
        ],
    },
}

CONTEXT = {
    "fr": ["Commande {order}.", "Ticket #{ticket}.", "Ça fait {n} jours que j'attends.", "Place {seat}, je précise.",
           "J'ai payé {price}.", "Match du {date}.", "Abonnée depuis {n} ans.", "Réservation du {date} à {heure}.",
           "Et je suis pas le seul.", "Capture d'écran en pièce jointe."],
    "en": ["Order {order}.", "Ticket #{ticket}.", "Been waiting {n} days.", "Seat {seat}, for the record.",
           "Paid {price} for this.", "Booking for {date}.", "Member for {n} years.", "Screenshot attached.",
           "And I'm not the only one."],
}
OPENERS_HOSTILE = {
    "fr": ["@{handle}", "@{handle} :", "Allô {app} ?", "Re:", "Bonjour,", "Salut,", "Yo", "Wesh", "Bonsoir {stream},",
           "Coucou l'équipe de {team},"],
    "en": ["@{handle}", "Hey {app},", "Oi", "Yo", "Hi,", "Mate,", "Listen,", "Hello?", "@{handle} -"],
}
OPENERS_CM = {"fr": ["Hello la team,", "Salut {prenom},", "Coucou,", "Pour info :", "Urgent :", "Re,"],
              "en": ["Hi all,", "Hey {name},", "FYI:", "Quick one:", "Morning team,"]}
CLOSERS = {"fr": ["Merci d'avance.", "Bonne soirée 🌙", "À plus,", "Bises", "Cordialement,"],
           "en": ["Cheers,", "Thanks!", "ta", "Best,", "x"]}
QUOTES = {
    "fr": ["Commentaire signalé sur le live : « {X} »", "Reçu en MP ce matin : « {X} »",
           "Un membre du forum a posté : « {X} », on fait quoi ?", "Capture du chat Twitch : « {X} »",
           "Avis laissé sur l'appli : « {X} »"],
    "en": ["Flagged comment on the stream: \"{X}\"", "Got this in the DMs: \"{X}\"", "Review left on the app: \"{X}\"",
           "Forum post reported twice: \"{X}\" - what do we do?", "From the match-day chat: \"{X}\""],
}

# ====================================================================== rendering
TOKEN = re.compile(r"<(/?)([htias])>|\{([^{}]+)\}")

SMS_FR = [(r"\bje vais\b", "jvais"), (r"\bc'est\b", "c"), (r"\bpourquoi\b", "pk"), (r"\bquoi\b", "koi"),
          (r"\btoujours\b", "tjrs"), (r"\bbeaucoup\b", "bcp"), (r"\bj'ai\b", "jai"), (r"\bvous\b", "vs"),
          (r"\bsérieux\b", "serieux"), (r"\bqu'il\b", "kil"), (r"\bparce que\b", "pcq"), (r"\bce soir\b", "ce soar")]
TXT_EN = [(r"\byou're\b", "ur"), (r"\byou\b(?!')", "u"), (r"\byour\b", "ur"), (r"\bplease\b", "pls"),
          (r"\bthough\b", "tho"), (r"\bbecause\b", "cuz"), (r"\bpeople\b", "ppl"), (r"\bseriously\b", "srsly"),
          (r"\bI\b", "i"), (r"\bthanks\b", "thx"), (r"\bwhat\b", "wot")]


def typo(seg):
    words = [m for m in re.finditer(r"\b[a-zéèàç]{5,}\b", seg)]
    if not words:
        return seg
    m = R.choice(words)
    w = m.group()
    k = R.randint(1, len(w) - 2)
    w2 = R.choice([w[:k] + w[k + 1] + w[k] + w[k + 2:], w[:k] + w[k] + w[k:], w[:k] + w[k + 1:]])
    return seg[:m.start()] + w2 + seg[m.end():]


def transform_literals(template, lang, informal):
    """Style variations applied to the literal text of a template only (never to generated values)."""
    parts, last = [], 0
    for m in TOKEN.finditer(template):
        parts.append(("lit", template[last:m.start()]))
        parts.append(("tok", m.group()))
        last = m.end()
    parts.append(("lit", template[last:]))
    lits = [k for k, (t, _) in enumerate(parts) if t == "lit"]
    ops = []
    if lang == "fr":
        if informal and R.random() < 0.15:
            ops.append("sms")
        if R.random() < (0.2 if informal else 0.06):
            ops.append("noacc")
        if informal and R.random() < 0.12:
            ops.append("noapos")
        if R.random() < (0.35 if not informal else 0.15):
            ops.append("typo_fr")
        if R.random() < 0.25:
            ops.append("curly")
    else:
        if informal and R.random() < 0.18:
            ops.append("txt")
        if R.random() < 0.2:
            ops.append("curly")
    if informal and R.random() < 0.1:
        ops.append("typo")
    for k in lits:
        seg = parts[k][1]
        if "sms" in ops:
            for a, b in SMS_FR:
                seg = re.sub(a, b, seg)
        if "txt" in ops:
            for a, b in TXT_EN:
                seg = re.sub(a, b, seg)
        if "noacc" in ops:
            seg = strip_accents(seg)
        if "noapos" in ops:
            seg = seg.replace("'", "")
        if "typo_fr" in ops:
            sp = NBSP if R.random() < 0.7 else NNBSP
            seg = re.sub(r" ([:!?;»])", sp + r"\1", seg).replace("« ", "«" + sp)
        if "curly" in ops:
            seg = seg.replace("'", "’")
        parts[k] = ("lit", seg)
    if "typo" in ops:
        cand = [k for k in lits if re.search(r"\b[a-z]{5,}\b", parts[k][1])]
        if cand:
            k = R.choice(cand)
            parts[k] = ("lit", typo(parts[k][1]))
    if "typo_fr" in ops:  # non-breaking space before a punctuation run, French style
        for k in range(1, len(parts)):
            if parts[k] == ("tok", "{P}") and parts[k - 1][1].endswith(" "):
                parts[k - 1] = ("lit", parts[k - 1][1][:-1] + NBSP)
    return "".join(p for _, p in parts)


def render(template, lang, informal=True):
    """Return (text, findings); findings hold start/end relative to text and the expected value."""
    template = transform_literals(template, lang, informal)
    out, finds, stack, cache = "", [], [], {}
    last = 0
    for m in TOKEN.finditer(template):
        out += template[last:m.start()]
        last = m.end()
        if m.group(2):
            if m.group(1) == "":
                stack.append((m.group(2), len(out)))
            else:
                tag, start = stack.pop()
                assert tag == m.group(2), ("tag mismatch", template)
                val = out[start:]
                assert val and val == val.strip(), ("tag content has edge spaces", template, val)
                cat, kind = TAGS[tag]
                finds.append({"category": cat, "kind": kind, "start": start, "end": len(out), "_v": val})
            continue
        name = m.group(3)
        if name == "P":
            val = g_punct(lang, None)
            finds.append({"category": "tone", "kind": "punctuation", "start": len(out), "end": len(out) + len(val),
                          "_v": val})
            out += val
            continue
        if name.startswith("f:"):
            key, _, variant = name[2:].partition("/")
            res = GEN[key](lang, variant or None)
            val, extra = res if isinstance(res, tuple) else (res, [])
            cat, kind = key.split(".")
            for c, k in [(cat, kind)] + extra:
                finds.append({"category": c, "kind": k, "start": len(out), "end": len(out) + len(val), "_v": val})
            out += val
            continue
        base, _, mod = name.partition("|")
        if base.endswith("_sg") and base in cache:
            val = cache[base]
        else:
            val = fill(base, lang)
            cache[base] = val
        if mod == "up":
            val = val.upper()
        out += val
    out += template[last:]
    assert not stack, ("unclosed tag", template)
    return out, finds


def join(pieces):
    text, finds = "", []
    for i, (t, fs) in enumerate(pieces):
        if i:
            sep = R.choice([" ", " ", " ", "\n"])
            # end the previous sentence with a full stop now and then (never right after a finding)
            if text[-1].isalnum() and not any(f["end"] == len(text) for f in finds) and R.random() < 0.6:
                sep = "." + sep
            text += sep
        off = len(text)
        text += t
        for f in fs:
            f = dict(f)
            f["start"] += off
            f["end"] += off
            finds.append(f)
    return text, finds


def wrap(prefix_piece, text, finds, sep):
    off = len(prefix_piece) + len(sep)
    for f in finds:
        f["start"] += off
        f["end"] += off
    return prefix_piece + sep + text, finds


def make_hostile(lang, fam):
    tid = R.randrange(len(HOSTILE[fam][lang]))
    text, finds = render(HOSTILE[fam][lang][tid], lang, informal=True)
    r = R.random()
    if r < 0.15:  # a community manager relays the message
        q = R.choice(QUOTES[lang])
        pre, post = q.split("{X}")
        pre, _ = render(pre, lang, informal=False)
        post, _ = render(post, lang, informal=False)
        for f in finds:
            f["start"] += len(pre)
            f["end"] += len(pre)
        return pre + text + post, finds, (fam, lang, tid)
    pieces = [(text, finds)]
    if R.random() < 0.3:
        ctx = render(R.choice(CONTEXT[lang]), lang, informal=True)
        if R.random() < 0.5:
            pieces.append(ctx)
        else:
            pieces.insert(0, ctx)
    text, finds = join(pieces)
    if R.random() < 0.3:
        op, _ = render(R.choice(OPENERS_HOSTILE[lang]), lang, informal=True)
        text, finds = wrap(op, text, finds, R.choice([" ", "\n"]))
    return text, finds, (fam, lang, tid)


def make_other(lang, kind):
    tid = R.randrange(len(OTHER[kind][lang]))
    pieces = [render(OTHER[kind][lang][tid], lang, informal=False)]
    if R.random() < 0.25:
        k2 = R.choice([k for k in OTHER_KINDS if k.split(".")[0] != kind.split(".")[0] and k != "secret.private_key"])
        pieces.append(render(R.choice(OTHER[k2][lang]), lang, informal=False))
    if R.random() < 0.3:
        pieces.insert(R.randint(0, len(pieces)), render(R.choice(CLEAN["neutral"][lang]), lang, informal=False))
    if R.random() < 0.15:
        pieces.append(render(R.choice(CLOSERS[lang]), lang, informal=False))
    text, finds = join(pieces)
    if R.random() < 0.3:
        op, _ = render(R.choice(OPENERS_CM[lang]), lang, informal=False)
        text, finds = wrap(op, text, finds, R.choice([" ", "\n"]))
    return text, finds, (kind, lang, tid)


def make_clean(lang):
    k = R.choice([1, 1, 2, 2, 3])
    pieces, first, picked = [], None, set()
    while len(pieces) < k:
        fam = "hardneg" if R.random() < 0.72 else "neutral"
        tid = R.randrange(len(CLEAN[fam][lang]))
        if (fam, tid) in picked:
            continue
        picked.add((fam, tid))
        if first is None:
            first = (fam, lang, tid)
        pieces.append(render(CLEAN[fam][lang][tid], lang, informal=R.random() < 0.4))
    if R.random() < 0.15:
        pieces.append(render(R.choice(CLOSERS[lang]), lang, informal=False))
    text, finds = join(pieces)
    if R.random() < 0.25:
        op, _ = render(R.choice(OPENERS_CM[lang]), lang, informal=False)
        text, finds = wrap(op, text, finds, R.choice([" ", "\n"]))
    return text, finds, first


# ====================================================================== validation
def norm(s):
    """Accent- and case-folded copy of s with the same length (so offsets carry over)."""
    return "".join(((strip_accents(c) or c).lower() + c)[:1] if len((strip_accents(c) or c).lower()) == 1 else c
                   for c in s)


CAPS_TOKEN = re.compile(r"^[^\w]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)[^\w]*$")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
CARDISH = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def lex_res():
    return [re.compile(r"(?<![\w-])" + re.escape(norm(t)) + r"(?![\w-])") for t in LEXICON]


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


def trim(text, s, e):
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return s, e


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def inside(a, b):
    return b[0] <= a[0] and a[1] <= b[1]


def check_line(text, fs, lex_re, kind_of_line):
    """Raise AssertionError with a reason if the line breaks a labeling rule."""
    assert 5 <= len(text) <= (620 if any(f["kind"] == "private_key" for f in fs) else 400), "length"
    spans = {}
    for f in fs:
        k = f["category"] + "." + f["kind"]
        assert f["kind"] in KINDS[f["category"]], ("bad kind", k)
        assert 0 <= f["start"] < f["end"] <= len(text), ("out of range", k)
        span = text[f["start"]:f["end"]]
        assert span == f["_v"], ("span != value", k, span, f["_v"])
        assert span and span == span.strip(), ("edge spaces", k, span)
        spans.setdefault(k, []).append((f["start"], f["end"]))
        if k == "pii.iban":
            assert iban_valid(span), ("iban", span)
        if k == "pii.card":
            assert luhn_ok(span) and 13 <= sum(c.isdigit() for c in span) <= 19, ("card", span)
        if k == "pii.nir":
            d = span.replace(" ", "")
            assert len(d) == 15 and d.isdigit() and nir_key(d[:13]) == int(d[13:]), ("nir", span)
        if k == "secret.private_key":
            assert span.startswith("-----BEGIN ") and span.endswith("PRIVATE KEY-----"), "pkey"
        if k == "secret.token" and span.startswith("eyJ"):
            assert span.count(".") == 2, "jwt"
        if k == "tone.punctuation":
            assert re.fullmatch(r"[!?]{3,}", span), ("punct value", span)
        if k == "tone.shouting":
            toks = span.split()
            assert len(toks) >= 3 and all(CAPS_TOKEN.match(t) for t in toks), ("shout value", span)
        if f["category"] == "link" and span.startswith("http://"):
            assert (f["start"], f["end"]) in [(g["start"], g["end"]) for g in fs
                                             if g["category"] == "link" and g["kind"] == "insecure"], ("http w/o insecure", span)
    for k, ss in spans.items():  # no two findings of one kind overlap
        ss = sorted(ss)
        for a, b in zip(ss, ss[1:]):
            assert not overlaps(a, b), ("same-kind overlap", k)
    hostile = [f for f in fs if f["category"] + "." + f["kind"] in HOSTILE_KINDS]
    if kind_of_line == "clean":
        assert not fs, "clean with findings"
    elif kind_of_line == "hostile":
        assert hostile, "hostile line without hostile finding"
    else:
        assert fs and not hostile, "other line with hostile finding"
    # punctuation runs: every run is exactly one punctuation finding and vice versa
    runs = [m.span() for m in re.finditer(r"[!?]{3,}", text)]
    assert sorted(runs) == sorted(spans.get("tone.punctuation", [])), ("punct runs", runs)
    # caps runs
    shouts = spans.get("tone.shouting", [])
    other_spans = [(f["start"], f["end"]) for f in fs if f["category"] in ("secret", "confidential", "link", "pii")]
    for s, e in caps_runs(text):
        if any(inside((s, e), o) for o in other_spans):
            continue
        assert trim(text, s, e) in shouts, ("caps run not a shouting span", text[s:e])
    for sh in shouts:
        assert any(trim(text, s, e) == sh for s, e in caps_runs(text)), ("shouting span not a caps run", sh)
    # URLs, e-mails, lexicon
    for m in re.finditer(r"http://\S+", text):
        assert any(overlaps(m.span(), s) for s in spans.get("link.insecure", [])), ("http uncovered", m.group())
    for m in EMAIL_RE.finditer(text):
        assert any(overlaps(m.span(), s) for s in spans.get("pii.email", [])), ("email uncovered", m.group())
    nt = norm(text)
    assert len(nt) == len(text)
    lex_hits = []
    for rx in lex_re:
        for m in rx.finditer(nt):
            lex_hits.append(m.span())
            assert m.span() in spans.get("confidential.lexicon", []), ("lexicon uncovered", m.group())
    for s in spans.get("confidential.lexicon", []):
        assert s in lex_hits, ("lexicon span is not a lexicon term", text[s[0]:s[1]])
    # card- and IBAN-shaped numbers outside pii findings
    pii_spans = [(f["start"], f["end"]) for f in fs if f["category"] == "pii"]
    for m in CARDISH.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d) and d[0] in "2345":
            assert any(overlaps(m.span(), p) for p in pii_spans), ("stray luhn number", m.group())
    for m in IBANISH.finditer(text):
        if iban_valid(m.group()):
            assert any(overlaps(m.span(), p) for p in pii_spans), ("stray valid iban", m.group())
    if kind_of_line == "clean":
        for bad in ("xn--", "BEGIN", "eyJ", "http://", "@", "!!!", "???"):
            assert bad not in text, ("clean contains", bad)


# ====================================================================== main
HOSTILE_BLOCK = ["hate"] * 4 + ["threat"] * 4 + ["insult"] * 5 + ["aggressive"] * 4 + ["shouting"] * 3 + \
    ["punctuation"] * 2 + ["mix"] * 3


def template_stats():
    rows = []
    for fam, d in HOSTILE.items():
        rows.append(("hostile", fam, len(d["fr"]), len(d["en"])))
    for kind, d in OTHER.items():
        rows.append(("other", kind, len(d["fr"]), len(d["en"])))
    for fam, d in CLEAN.items():
        rows.append(("clean", fam, len(d["fr"]), len(d["en"])))
    return rows


def print_stats(out=sys.stdout):
    rows = template_stats()
    print(f"{'group':8s} {'family':24s} {'fr':>4s} {'en':>4s} {'total':>6s}", file=out)
    tot = Counter()
    for g, fam, fr, en in rows:
        print(f"{g:8s} {fam:24s} {fr:4d} {en:4d} {fr + en:6d}", file=out)
        tot[g] += fr + en
    for g in ("hostile", "other", "clean"):
        print(f"{g:8s} {'TOTAL':24s} {'':4s} {'':4s} {tot[g]:6d}", file=out)
    print(f"hard-negative clean templates: {sum(len(v) for v in CLEAN['hardneg'].values())}", file=out)


def build(n, seed):
    global LEXICON, BLOCKED
    LEXICON = read_list("lexicon.txt")
    BLOCKED = read_list("blocked-domains.txt")
    lex_re = lex_res()
    R.seed(seed)
    n_clean = round(n * CLEAN_SHARE)
    n_risky = n - n_clean
    n_host = round(n_risky * HOSTILE_SHARE)
    n_other = n_risky - n_host
    n_fr = round(n * FR_SHARE)
    langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
    R.shuffle(langs)
    fams = []
    while len(fams) < n_host:
        b = HOSTILE_BLOCK[:]
        R.shuffle(b)
        fams += b
    others = []
    while len(others) < n_other:
        b = OTHER_KINDS[:]
        R.shuffle(b)
        others += b
    plan = [("clean", None)] * n_clean + [("hostile", f) for f in fams[:n_host]] + \
        [("other", k) for k in others[:n_other]]
    R.shuffle(plan)
    rows, seen, rejects, used = [], set(), Counter(), Counter()
    for i, ((typ, sub), lang) in enumerate(zip(plan, langs)):
        for attempt in range(300):
            if typ == "clean":
                text, finds, tid = make_clean(lang)
            elif typ == "hostile":
                text, finds, tid = make_hostile(lang, sub)
            else:
                text, finds, tid = make_other(lang, sub)
            if text in seen:
                rejects["duplicate"] += 1
                continue
            try:
                check_line(text, finds, lex_re, typ)
            except AssertionError as e:
                a0 = e.args[0] if e.args else "?"
                rejects[a0[0] if isinstance(a0, tuple) else str(a0)] += 1
                continue
            break
        else:
            raise SystemExit(f"could not build line {i} ({typ} {sub} {lang}); rejects={dict(rejects)}")
        seen.add(text)
        used[tid] += 1
        finds.sort(key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))
        rows.append({"id": f"gb6-{seed}-{i + 1:05d}", "lang": lang, "text": text, "findings": finds, "_typ": typ})
    return rows, rejects, used


def validate(rows):
    lex_re = lex_res()
    seen = set()
    for r in rows:
        assert r["text"] not in seen, ("duplicate", r["id"])
        seen.add(r["text"])
        assert r["lang"] in ("fr", "en")
        try:
            check_line(r["text"], r["findings"], lex_re, r["_typ"])
        except AssertionError as e:
            raise AssertionError((r["id"],) + tuple(e.args))
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("-n", type=int, default=3000)
    ap.add_argument("-o", "--out")
    ap.add_argument("--stats", action="store_true", help="print template counts per family (and corpus stats)")
    a = ap.parse_args()
    if a.stats:
        print_stats()
    if not a.out:
        if not a.stats:
            ap.error("-o is required unless --stats is given")
        return
    rows, rejects, used = build(a.n, a.seed)
    validate(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            obj = {"id": r["id"], "lang": r["lang"], "text": r["text"],
                   "findings": [{k: x[k] for k in ("category", "kind", "start", "end")} for x in r["findings"]]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    c = Counter(x["category"] + "." + x["kind"] for r in rows for x in r["findings"])
    clean = sum(1 for r in rows if not r["findings"])
    fr = sum(1 for r in rows if r["lang"] == "fr")
    risky = len(rows) - clean
    host = sum(1 for r in rows if any(x["category"] + "." + x["kind"] in HOSTILE_KINDS for x in r["findings"]))
    print(f"wrote {len(rows)} rows to {a.out}: clean={clean} fr={fr} en={len(rows) - fr} "
          f"hostile-share-of-risky={host / max(risky, 1):.2f}", file=sys.stderr)
    if a.stats:
        for k in [f"{c_}.{k_}" for c_, ks in KINDS.items() for k_ in ks]:
            print(f"  {k:24s} {c[k]}", file=sys.stderr)
        print(f"  rejected candidates: {dict(rejects)}", file=sys.stderr)
        n_tpl = sum(len(d[l]) for grp in (HOSTILE, OTHER, CLEAN) for d in grp.values() for l in ("fr", "en"))
        print(f"  templates used at least once (as primary): {len(used)}/{n_tpl}", file=sys.stderr)


if __name__ == "__main__":
    main()
