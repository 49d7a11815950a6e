#!/usr/bin/env python3
"""List a scan's misses and false alarms against a gold file, grouped by kind (stdlib only).

usage: python3 crates/guard/probe/diff_paraphrase.py GOLD.jsonl PRED.jsonl [GOLD2 PRED2 ...] [-k 5]
Matching follows ../shared/eval/score.py: same category and kind, overlapping spans, greedy by largest overlap.
For each kind: the misses (gold not found) and false alarms (prediction not in gold), with the micro-F1 points
they cost (micro F1 if that group were right, minus micro F1 as scanned), most costly first, and -k examples.
"""
import json
import re
import sys
from collections import defaultdict


def load(p):
    with open(p, encoding="utf-8") as f:
        return {o["id"]: o for o in (json.loads(l) for l in f if l.strip())}


def match(gold, pred):
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g["category"] == p["category"] and g["kind"] == p["kind"]:
                ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if ov > 0:
                    cands.append((ov, i, j))
    cands.sort(key=lambda c: -c[0])
    gi, pj = set(), set()
    for ov, i, j in cands:
        if i not in gi and j not in pj:
            gi.add(i)
            pj.add(j)
    return gi, pj


def shape(s):
    return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "9", s)))


def group_key(kind, x):
    """Phrases by their wording, secrets by the words before them, links by host, numbers by shape."""
    span, text = x[0], x[1]
    cat = kind.split(".")[0]
    if cat in ("illegal", "insult", "tone", "confidential"):
        return span.lower()
    if cat == "secret":
        i = text.find(span)
        before = re.sub(r"[^a-zà-ÿ ]", "", text[max(0, i - 40):i].lower()).split()
        return "after: " + " ".join(before[-3:])
    if cat == "link":
        m = re.match(r"(?:https?://)?(?:www\.|login\.|m\.|secure\.|espace-client\.)?([^/\]]+)", span.lstrip("["))
        return "host: " + (m.group(1) if m else span)
    return "shape: " + shape(span)


def main():
    args = sys.argv[1:]
    k = 5
    if "-k" in args:
        i = args.index("-k")
        k = int(args[i + 1])
        del args[i:i + 2]
    fn, fp = defaultdict(list), defaultdict(list)
    tp = ngold = npred = 0
    for gp, pp in zip(args[::2], args[1::2]):
        gold, pred = load(gp), load(pp)
        for gid, g in gold.items():
            p = pred.get(gid, {})
            pf = [] if "error" in p else p.get("findings", [])
            gi, pj = match(g["findings"], pf)
            tp += len(gi)
            ngold += len(g["findings"])
            npred += len(pf)
            for i, f in enumerate(g["findings"]):
                if i not in gi:
                    fn[f["category"] + "." + f["kind"]].append((g["text"][f["start"]:f["end"]], g["text"], gid))
            for j, f in enumerate(pf):
                if j not in pj:
                    tag = "clean" if not g["findings"] else "risky"
                    fp[f["category"] + "." + f["kind"]].append((g["text"][f["start"]:f["end"]], g["text"], gid, tag))
    f1 = lambda t, ng, npd: 2 * t / (ng + npd) if ng + npd else 1.0
    base = f1(tp, ngold, npred)
    print(f"micro F1 {base:.4f} (tp {tp}, gold {ngold}, pred {npred})\n")
    groups = []
    for kind, xs in fn.items():
        groups.append((f1(tp + len(xs), ngold, npred + len(xs)) - base, "MISS", kind, xs))
    for kind, xs in fp.items():
        groups.append((f1(tp, ngold, npred - len(xs)) - base, "FALSE ALARM", kind, xs))
    groups.sort(key=lambda g: -g[0])
    for cost, what, kind, xs in groups:
        print(f"== {what} {kind}: {len(xs)}, costs {cost * 100:.2f} micro-F1 points")
        by = defaultdict(list)
        for x in xs:
            by[group_key(kind, x)].append(x)
        for key, ys in sorted(by.items(), key=lambda kv: -len(kv[1]))[:k]:
            y = ys[0]
            extra = f" [{y[3]}]" if len(y) > 3 else ""
            print(f"   {len(ys):3d}x  span {y[0]!r}{extra}\n         in {y[2]}: {y[1]!r}")
        if len(by) > k:
            print(f"   ... {len(by) - k} more groups")
        print()


if __name__ == "__main__":
    main()
