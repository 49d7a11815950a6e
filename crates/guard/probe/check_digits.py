"""Check digits shared by the blind generators (the algorithms of shared/eval/gen_dev.py):
Luhn for cards, ISO 13616 mod-97 for IBANs, the French NIR key (Corsica's 2A / 2B included).
Pure functions, no randomness, so a generator that imports them draws the same messages."""


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


def with_luhn_digit(body):
    """`body` followed by the digit that makes it pass Luhn."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_mod97_ok(compact):
    """Whether a compact IBAN (no blanks, upper case) passes the mod-97 check; the callers check
    its shape first. Raises ValueError on a char that is no letter or digit."""
    s = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def nir_key(n13):
    n = n13.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(n) % 97
