#!/usr/bin/env python3
"""Consistency check of conflicts gold files against the article files.

    python3 check_gold.py [GOLD.jsonl ...]     # default: every conflicts*.gold.jsonl here

Each file's groups are numbered consecutively (g01, g02 ... or g61, g62 ...).
Standalone: uses only the files in this directory."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"killed", "injured", "missing", "on_board", "prisoners", "munitions",
         "arrested", "evacuated", "displaced"}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "both": 2}

def parse_value(text):
    t = text.lower()
    m = re.search(r"\d[\d,]*", t)
    if m:
        return int(m.group().replace(",", ""))
    if re.search(r"\ba dozen\b", t):
        return 12
    m = re.search(r"\b(twenty|thirty|forty|fifty)-(one|two|three|four|five|six|seven|eight|nine)\b", t)
    if m:
        return WORDS[m.group(1)] + WORDS[m.group(2)]
    for w, v in WORDS.items():
        if re.search(rf"\b{w}\b", t):
            return v
    return None

def interval(text, value):
    t = text.lower()
    if re.search(r"\b(at least|more than|over)\b", t):
        return (value + (1 if "more than" in t or "over" in t else 0), float("inf"))
    return (value, value)

errors, warnings = [], []
def err(msg): errors.append(msg)

paths = sys.argv[1:] or sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                             if f.startswith("conflicts") and f.endswith(".gold.jsonl"))
recs, numbers = [], []
for path in paths:
    found = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    first = int(re.match(r"g(\d+)-", found[0]["group"]).group(1)) if found else 1
    recs += found
    numbers += range(first, first + len(found))
total_words = n_articles = 0
stats = {"with conflicts": [0, 0, 0], "consistent": [0, 0, 0]}   # groups, figure conflicts, opposing claims
for i, r in zip(numbers, recs):
    g = r["group"]
    if not g.startswith(f"g{i:02d}-"):
        err(f"{g}: out of order")
    d = os.path.join(HERE, g)
    files = sorted(f[:-4] for f in os.listdir(d) if f.endswith(".txt")) if os.path.isdir(d) else []
    if files != sorted(r["articles"]):
        err(f"{g}: articles {r['articles']} != files {files}")
    if not 2 <= len(r["articles"]) <= 4:
        err(f"{g}: {len(r['articles'])} articles")
    texts = {}
    for a in r["articles"]:
        p = os.path.join(d, a + ".txt")
        if not os.path.exists(p):
            err(f"{g}/{a}: missing file"); continue
        t = open(p, encoding="utf-8").read()
        texts[a] = t
        ls = t.split("\n")
        if len(ls) < 3 or not ls[0].strip() or ls[1].strip():
            err(f"{g}/{a}: not 'headline, blank line, paragraphs'")
        wc = len(t.split())
        total_words += wc; n_articles += 1
        if not 80 <= wc <= 250:
            err(f"{g}/{a}: {wc} words")
    for a in r["off_event_articles"]:
        if a not in r["articles"]:
            err(f"{g}: off-event {a} not an article")
    for fc in r["figure_conflicts"]:
        if fc["kind"] not in KINDS:
            err(f"{g}: bad kind {fc['kind']}")
        ivs = []
        for f in fc["figures"]:
            a = f["article"]
            if a in r["off_event_articles"]:
                err(f"{g}: figure from off-event article {a}")
            t = texts.get(a, "")
            if f["text"] not in t:
                err(f"{g}/{a}: text not found: {f['text']!r}")
            v = parse_value(f["text"])
            if v != f["value"]:
                err(f"{g}/{a}: value {f['value']} != parsed {v} for {f['text']!r}")
            if f["source"] not in t:
                warnings.append(f"{g}/{a}: source not verbatim: {f['source']!r}")
            ivs.append(interval(f["text"], f["value"]))
        if len({f["article"] for f in fc["figures"]}) < 2:
            err(f"{g}: {fc['kind']} conflict within one article")
        if not any(max(x[0], y[0]) > min(x[1], y[1]) for k, x in enumerate(ivs) for y in ivs[k + 1:]):
            err(f"{g}: {fc['kind']} figures are all compatible")
    for oc in r["opposing_claims"]:
        if len(oc["sides"]) != 2:
            err(f"{g}: sides {oc['sides']}")
        for c in oc["claims"]:
            a = c["article"]; t = texts.get(a, "")
            if a in r["off_event_articles"]:
                err(f"{g}: claim from off-event article {a}")
            for key in ("cue", "content"):
                if c[key] not in t:
                    err(f"{g}/{a}: {key} not found: {c[key]!r}")
            if c["source"] not in t:
                warnings.append(f"{g}/{a}: claim source not verbatim: {c['source']!r}")
            if c["content"].lower().startswith("that ") or re.search("[\"“”]", c["content"]):
                err(f"{g}/{a}: content has 'that' or quotes: {c['content']!r}")
            if t.find(c["cue"]) < 0 or t.find(c["content"]) < 0:
                continue
        if len({c["article"] for c in oc["claims"]}) < 2:
            err(f"{g}: opposing claims within one article")
    kind = "with conflicts" if r["figure_conflicts"] or r["opposing_claims"] else "consistent"
    stats[kind][0] += 1
    stats[kind][1] += len(r["figure_conflicts"])
    stats[kind][2] += len(r["opposing_claims"])

print(f"groups {len(recs)}, articles {n_articles}, words {total_words}")
for kind, (n, f, o) in stats.items():
    print(f"{kind}: {n} groups, {f} figure conflicts, {o} opposing-claim sets")
print("traps listed:", sum(len(r["traps"]) for r in recs))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
