#!/usr/bin/env bash
# Benchmarks/run.sh — ClaimGraph next to the bench kit's references, in one run (`make bench`).
#
#   Benchmarks/run.sh              scale S
#   SCALE=M Benchmarks/run.sh      scales S and M (M: ~1 GB of /tmp, several minutes)
#
# Steps, per scale: build release; generate the kit's graph into /tmp/bench-data/<scale>
# (reused when its manifest is there); run the references (hand-written SQLite and Kuzu,
# which the kit installs into /tmp/bench-venv) with run_refs.py; import the same CSVs
# into a ClaimGraph store (timed: schema, rows, indexes, ANALYZE); time the six questions
# in-process with the kit's rule (one warm-up, median of 5, all rows fetched) both as
# Cypher (Benchmarks/questions/*.cypher through the Query engine) and as hand-written SQL
# over the generic schema; check every answer with check_answers.py; print the table with
# ratios to the faster reference and write Benchmarks/RESULTS.md. Then Benchmarks/ingest.sh
# (the real-corpus ingest benchmark) when it exists. Generated data stays in /tmp.
#
# Environment: SCALE (S|M), BENCH_KIT (default ../shared/bench from the repository),
# BENCH_OUT (default /tmp/claimgraph-bench), REPEAT (default 5), REFS_ENGINES (sqlite,kuzu).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
KIT=${BENCH_KIT:-$ROOT/../shared/bench}
[ -f "$KIT/gen_graph.py" ] || KIT=/work/shared/bench
OUT=${BENCH_OUT:-/tmp/claimgraph-bench}
REPEAT=${REPEAT:-5}
SCALES="S"
[ "${SCALE:-S}" = "M" ] && SCALES="S M"
mkdir -p "$OUT"

echo "== building release" >&2
swift build -c release --product claimgraph-bench >&2
swift build -c release --product claimgraph >&2
BIN=$(swift build -c release --show-bin-path)

sections=()
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
  section=$(python3 "$ROOT/Benchmarks/report.py" --kit "$KIT" --data "$data" --refs "$OUT/refs-$scale.json" \
      "${engines[@]}") || status=1
  echo "$section"
  echo
  sections+=("$section")
done

{
  echo "# Benchmark results"
  echo
  echo "Written by \`Benchmarks/run.sh\` (command: \`SCALE=${SCALE:-S} make bench\`) on $(date -u +%Y-%m-%dT%H:%MZ);"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)," \
       "$(swift --version 2>/dev/null | head -1). ClaimGraph times are in-process (no process start-up)," \
       "release build; ratios are ClaimGraph ÷ the faster reference of the same run (below 1× = faster)." \
       "See Benchmarks/README.md."
  echo
  for s in "${sections[@]}"; do echo "$s"; echo; done
} > "$ROOT/Benchmarks/RESULTS.md"
echo "wrote Benchmarks/RESULTS.md" >&2

if [ -x "$ROOT/Benchmarks/ingest.sh" ]; then
  echo "== ingest benchmark (Benchmarks/ingest.sh)" >&2
  CLAIMGRAPH_BIN="$BIN/claimgraph" "$ROOT/Benchmarks/ingest.sh" || status=1
fi
exit $status
