#!/usr/bin/env python3
"""Writes N synthetic quotes as tab-separated rows for COPY into quote(id, text, normalized_text,
language, speaker_id, said_on, status): 8-40 words each, from the wamerican word list mixed with
45 % common function words; 5,000 speakers (ids 10000001-10005000); dates over 15 years.
Deterministic for a seed. Usage: synthetic_quotes.py N [FIRST_INDEX] [SEED]"""
import datetime
import random
import sys

n = int(sys.argv[1])
first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
words = sorted({w for w in open("/usr/share/dict/american-english", encoding="utf-8").read().split() if w.isascii() and w.isalpha() and w.islower() and len(w) >= 3})
stop = ("the of and to a in is that it we for not on with are be this our they have will as at by but from was all there "
        "their what can would about people very more think going said know country time years now just also one new").split()
start = datetime.date(2009, 1, 1)
out = sys.stdout
for g in range(first + 1, first + n + 1):
    length = 8 + (g * 7919) % 33
    text = " ".join(rng.choice(stop) if rng.random() < 0.45 else rng.choice(words) for _ in range(length))
    out.write(f"{10000000 + g}\t{text}\t{text}\ten\t{10000001 + g % 5000}\t{start + datetime.timedelta(days=g % 5800)}\tunreviewed\n")
