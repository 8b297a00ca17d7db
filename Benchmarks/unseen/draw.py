#!/usr/bin/env python3
"""Draw corpus articles for a new unseen gold file.

Usage: Benchmarks/unseen/draw.py SEED [COUNT] [MAX_BYTES]   (default COUNT 10, MAX_BYTES 10000)

Candidates are the files of the unpacked corpus (/tmp/cg/corpus) of 3,000 to MAX_BYTES bytes
that hold at least six occurrences of common cue words, leaving out every article already in a gold
file (Benchmarks/unseen/gold-*.jsonl and ../shared/gold/seeds.jsonl). They are sorted by
path, shuffled with SEED, and the first COUNT printed. The draws of sessions 14-16 used a
filter of the same kind written inline at the time; this script was first used for gold-y and
gold-z (seed 20261209). By session 37 no article of 10,000 bytes or less was left, so
MAX_BYTES was added; gold-zzzq and gold-zzzr (seed 20270113) were drawn with 16000.
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/tmp/cg/corpus"
CUES = {"说", "表示", "认为", "指出", "称", "强调", "透露", "警告", "预计", "宣称", "說", "認為", "強調", "預計"}


def gold_articles():
    files = glob.glob(os.path.join(HERE, "gold-*.jsonl"))
    files.append(os.path.join(HERE, "..", "..", "..", "shared", "gold", "seeds.jsonl"))
    names = set()
    for path in files:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                names.update(json.loads(line)["article"] for line in f)
    return names


def candidates(exclude, max_bytes):
    for root, _, files in os.walk(CORPUS):
        for name in files:
            path = os.path.join(root, name)
            if name in exclude or not 3000 <= os.path.getsize(path) <= max_bytes:
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            if sum(text.count(c) for c in CUES) >= 6:
                yield path


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: draw.py SEED [COUNT] [MAX_BYTES]")
    seed, count = int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 10
    max_bytes = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    if not os.path.isdir(CORPUS):
        sys.exit(f"no corpus at {CORPUS}: run Benchmarks/ingest.sh once")
    paths = sorted(candidates(gold_articles(), max_bytes))
    random.Random(seed).shuffle(paths)
    print(f"{len(paths)} candidates", file=sys.stderr)
    for path in paths[:count]:
        print(path)


if __name__ == "__main__":
    main()
