#!/usr/bin/env bash
# Benchmarks/unseen/score.sh: the claims score on corpus articles the rules were not written
# from, against gold made by hand in this repository (gold-a, gold-b: see README.md).
#
# Usage: Benchmarks/unseen/score.sh [BINARY]   (default .build/release/claimgraph)
# Needs the corpus unpacked at /tmp/cg/corpus (Benchmarks/ingest.sh unpacks it) and the
# shared scorer at ../shared/eval/score_claims.py. Prints the scorer's summary per gold file.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
binary="${1:-$here/.build/release/claimgraph}"
corpus=/tmp/cg/corpus
scorer="$here/../shared/eval/score_claims.py"
[ -d "$corpus" ] || { echo "no corpus at $corpus: run Benchmarks/ingest.sh once" >&2; exit 2; }
for gold in "$here"/Benchmarks/unseen/gold-*.jsonl; do
    work="$(mktemp -d /tmp/cg-unseen.XXXXXX)"
    mkdir -p "$work/articles"
    # (by exact file name: a name holding [ ] or * is no glob pattern)
    python3 - "$gold" "$corpus" "$work/articles" <<'PY'
import json, os, shutil, sys
gold, corpus, dest = sys.argv[1:]
names = {json.loads(line)["article"] for line in open(gold, encoding="utf-8")}
for root, _, files in os.walk(corpus):
    for f in files:
        if f in names:
            shutil.copy(os.path.join(root, f), dest)
            names.discard(f)
for missing in sorted(names):
    print(f"{gold}: article not in the corpus: {missing}", file=sys.stderr)
PY
    "$binary" ingest --db "$work/db.sqlite" "$work/articles" >/dev/null
    echo "== $(basename "$gold")"
    python3 "$scorer" "$gold" <("$binary" export claims --format jsonl --db "$work/db.sqlite") | sed -n 1,8p
    rm -rf "$work"
done
