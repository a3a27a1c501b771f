#!/usr/bin/env python3
"""Writes N realistic quotes as quotecheck NDJSON (the import format) to stdout, deterministic for a
seed: thousands of speakers with aliases and roles, tens of thousands of sources over 15 years,
quote texts of realistic length from the wamerican word list mixed with common English words.
Usage: generate_quotes.py N [--seed S] [--speakers K] [--sources M]"""
import argparse
import datetime
import json
import random
import sys

parser = argparse.ArgumentParser()
parser.add_argument("n", type=int)
parser.add_argument("--seed", type=int, default=42)
parser.add_argument("--speakers", type=int, default=5000)
parser.add_argument("--sources", type=int, default=40000)
args = parser.parse_args()
rng = random.Random(args.seed)

words = sorted({w for w in open("/usr/share/dict/american-english", encoding="utf-8").read().split()
                if w.isascii() and w.isalpha() and w.islower() and len(w) >= 3})
names = sorted({w for w in open("/usr/share/dict/american-english", encoding="utf-8").read().split()
                if w.isascii() and w.isalpha() and w[0].isupper() and w[1:].islower() and 3 <= len(w) <= 9})
common = ("the of and to a in is that it we for not on with are be this our they have will as at by but from was all "
          "there their what can would about people very more think going said know country time years now just also one new").split()
titles = ["President", "Prime Minister", "Minister", "Senator", "Governor", "Mayor", "Chief Executive", "Professor", "Spokesperson"]
places = ["Russia", "China", "Turkey", "France", "Germany", "Brazil", "India", "Kenya", "Canada", "Japan", "Mexico", "Poland"]
outlets = ["DW", "BBC", "The Guardian", "The Washington Post", "CNN", "TIME", "Reuters", "AFP", "Le Monde", "El País", "NHK", "Al Jazeera"]
kinds = ["article"] * 8 + ["transcript", "video", "press-release", "social-post"]
start = datetime.date(2010, 1, 1)
days = 15 * 365

speakers = []
for i in range(args.speakers):
    first, last = rng.choice(names), rng.choice(names)
    name = f"{first} {last} {i}"  # unique, as a real archive's canonical names are
    role_from = start + datetime.timedelta(days=rng.randrange(days))
    speakers.append({"name": name, "aliases": [f"{last} {i}", f"{first[0]}. {last} {i}"], "wikidataId": f"Q{1000000 + i}",
                     "description": f"{rng.choice(titles)} of {rng.choice(places)}",
                     "roles": [{"title": rng.choice(titles), "organization": rng.choice(places), "from": role_from.isoformat()}]})
sources = []
for j in range(args.sources):
    published = start + datetime.timedelta(days=rng.randrange(days))
    outlet = rng.choice(outlets)
    sources.append({"url": f"https://{outlet.lower().replace(' ', '').replace('í', 'i')}.example/{published.year}/{j}",
                    "outlet": outlet, "publishedOn": published.isoformat(), "kind": rng.choice(kinds), "language": "en"})
out = sys.stdout
for k in range(args.n):
    length = rng.randint(8, 40)
    text = " ".join(rng.choice(common) if rng.random() < 0.45 else rng.choice(words) for _ in range(length))
    text = text[0].upper() + text[1:] + rng.choice([".", ".", ",", "!", "?"])
    source = rng.choice(sources)
    line = {"text": text, "speaker": rng.choice(speakers), "saidOn": source["publishedOn"], "language": "en", "source": source}
    out.write(json.dumps(line, ensure_ascii=False) + "\n")
