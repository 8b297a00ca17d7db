#!/usr/bin/env bash
# Benchmarks/run.sh — ClaimGraph next to the bench kit's references, in one run (`make bench`).
#
#   Benchmarks/run.sh              scale S
#   SCALE=M Benchmarks/run.sh      scales S and M (M: ~1 GB of /tmp, several minutes)
#   SCALE=L Benchmarks/run.sh      S, M and L — L is 2 GB of CSV (9 M nodes, 57 M relationships);
#                                  not run by default: hours on a shared 2-core machine
#
# Steps, per scale: build release; generate the kit's graph into /tmp/bench-data/<scale>
# (reused when its manifest is there); run the references (hand-written SQLite and Kuzu,
# which the kit installs into /tmp/bench-venv) with run_refs.py; import the same CSVs
# into a ClaimGraph store (timed: schema, rows, indexes, ANALYZE); time the six questions
# in-process with the kit's rule (one warm-up, median of 5, all rows fetched) both as
# Cypher (Benchmarks/questions/*.cypher through the Query engine) and as hand-written SQL
# over the generic schema; check every answer with check_answers.py; print the table with
# ratios to the faster reference. Every scale's JSONs stay in BENCH_OUT; Benchmarks/results.py
# then rewrites Benchmarks/RESULTS.md from all of them (scales of earlier runs included, each
# stamped with its run time) with the growth table, and Benchmarks/growth.py draws
# Benchmarks/growth.png (matplotlib, installed into the kit's /tmp/bench-venv). Then
# Benchmarks/ingest.sh (the real-corpus ingest benchmark, which adds its own section).
# Generated data stays in /tmp.
#
# Environment: SCALE (S|M|L), BENCH_KIT (default ../shared/bench from the repository),
# BENCH_OUT (default /tmp/claimgraph-bench), REPEAT (default 5), REFS_ENGINES (sqlite,kuzu),
# BENCH_INGEST=0 (skip the ingest benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
KIT=${BENCH_KIT:-$ROOT/../shared/bench}
[ -f "$KIT/gen_graph.py" ] || KIT=/work/shared/bench
OUT=${BENCH_OUT:-/tmp/claimgraph-bench}
REPEAT=${REPEAT:-5}
case "${SCALE:-S}" in
  S) SCALES="S" ;;
  M) SCALES="S M" ;;
  L) SCALES="S M L" ;;
  *) echo "SCALE must be S, M or L" >&2; exit 2 ;;
esac
mkdir -p "$OUT"

echo "== building release" >&2
swift build -c release --product claimgraph-bench >&2
swift build -c release --product claimgraph >&2
BIN=$(swift build -c release --show-bin-path)

status=0
for scale in $SCALES; do
  data=/tmp/bench-data/$scale
  if [ ! -f "$data/manifest.json" ]; then
    echo "== generating scale $scale into $data" >&2
    python3 "$KIT/gen_graph.py" --scale "$scale" --out "$data" >&2
  fi
  echo "== references at $scale" >&2
  rm -f "$OUT/refs-$scale.json"
  python3 "$KIT/run_refs.py" --data "$data" --engines "${REFS_ENGINES:-sqlite,kuzu}" --repeat "$REPEAT" \
      --json "$OUT/refs-$scale.json" >&2 || status=1
  if [ ! -f "$OUT/refs-$scale.json" ]; then            # e.g. Kuzu could not be installed (no network)
    echo "   the references did not finish; retrying with SQLite alone" >&2
    python3 "$KIT/run_refs.py" --data "$data" --engines sqlite --repeat "$REPEAT" --json "$OUT/refs-$scale.json" >&2
  fi
  engines=()
  for engine in sql cypher; do
    echo "== ClaimGraph ($engine) at $scale" >&2
    reload=()
    [ "$engine" = sql ] && reload=(--reload)          # the first engine imports, timed
    rm -f "$OUT/claimgraph-$engine-$scale.json"
    if "$BIN/claimgraph-bench" --data "$data" --db "$OUT/claimgraph-$scale.sqlite" "${reload[@]}" \
        --engine "$engine" --repeat "$REPEAT" --questions "$ROOT/Benchmarks/questions" \
        --answers "$OUT/answers-$engine-$scale.json" --json "$OUT/claimgraph-$engine-$scale.json" >&2; then :; else
      echo "   ClaimGraph ($engine) failed at $scale (see above; the table shows what ran)" >&2
    fi
    engines+=(--engine "$engine=$OUT/claimgraph-$engine-$scale.json:$OUT/answers-$engine-$scale.json")
  done
  python3 "$ROOT/Benchmarks/report.py" --kit "$KIT" --data "$data" --refs "$OUT/refs-$scale.json" \
      "${engines[@]}" || status=1
  echo
done

echo "== growth chart and RESULTS.md (every scale in $OUT)" >&2
VENV=/tmp/bench-venv                                  # the kit's venv (run_refs.py made it)
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c 'import matplotlib' 2>/dev/null || "$VENV/bin/pip" install -q matplotlib >&2 || true
"$VENV/bin/python" "$ROOT/Benchmarks/growth.py" --out "$OUT" --png "$ROOT/Benchmarks/growth.png" >&2 \
  || echo "   no chart (matplotlib missing?); the table is still written" >&2
python3 "$ROOT/Benchmarks/results.py" --out "$OUT" --kit "$KIT" --command "SCALE=${SCALE:-S} make bench" || status=1

if [ "${BENCH_INGEST:-1}" != 0 ] && [ -x "$ROOT/Benchmarks/ingest.sh" ]; then
  echo "== ingest benchmark (Benchmarks/ingest.sh)" >&2
  CLAIMGRAPH_BIN="$BIN/claimgraph" "$ROOT/Benchmarks/ingest.sh" || status=1
fi
exit $status
