"""What the probe generators share about the evaluation directory: the labelling taxonomy of its
README (every generator), and for gen_blind4.py to gen_blind9.py its place (`EVAL_DIR`, else
shared/eval beside the repository) and its lists (blank and comment lines skipped). Stdlib only."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_DIR = os.environ.get("EVAL_DIR") or os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "eval"))

KINDS = {
    "pii": ["email", "phone", "iban", "card", "nir", "ip", "address", "birthdate"],
    "secret": ["password", "api_key", "private_key", "token"],
    "confidential": ["lexicon"],
    "link": ["ip_host", "punycode", "lookalike", "shortener", "insecure", "blocklisted", "mismatch"],
    "illegal": ["hate", "threat"],
    "insult": ["insult"],
    "tone": ["shouting", "punctuation", "aggressive"],
}


def read_list(name):
    """The lines of `name` in the evaluation directory, trimmed, without blanks and comments."""
    with open(os.path.join(EVAL_DIR, name), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.lstrip().startswith("#")]


def protected_brands():
    """(brand, [its real domains]) of protected-brands.txt, in the file's order."""
    out = []
    for line in read_list("protected-brands.txt"):
        if "\t" in line:
            brand, domains = line.split("\t", 1)
            out.append((brand.strip(), domains.split()))
    return out
