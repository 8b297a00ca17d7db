#!/usr/bin/env bash
# Benchmarks/ingest.sh: how fast ClaimGraph reads and stores a directory of articles.
#
# Usage: Benchmarks/ingest.sh [DIRECTORY]     (default /tmp/cg/corpus, the 7,314-article corpus)
#
# 1. builds the release binary (swift build -c release --product claimgraph);
# 2. if the default corpus is missing, unpacks ../shared/corpus/corpus.tar.xz into /tmp/cg;
# 3. readers only: `claimgraph read --summary DIRECTORY` (parse, clean, no database);
# 4. readers + extraction + store: `claimgraph ingest` into a fresh database under /tmp;
# and prints, for each run, articles/second and MB/second (wall clock and per CPU-second,
# since the build machine is shared), peak memory (/usr/bin/time -v "Maximum resident set
# size"), and the failures grouped by reason. Ingest is single-threaded, so CPU-seconds are
# one core's. Nothing is written into the repository.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-/tmp/cg/corpus}"

if [ ! -d "$corpus" ]; then
    if [ "$corpus" = /tmp/cg/corpus ] && [ -f "$here/../shared/corpus/corpus.tar.xz" ]; then
        mkdir -p /tmp/cg && tar -xJf "$here/../shared/corpus/corpus.tar.xz" -C /tmp/cg
    else
        echo "no such directory: $corpus" >&2
        exit 2
    fi
fi
if [ ! -x /usr/bin/time ]; then
    apt-get install -y --no-install-recommends time >/dev/null
fi

cd "$here"
swift build -c release --product claimgraph 2>&1 | tail -1
binary="$here/.build/release/claimgraph"

work="$(mktemp -d /tmp/cg-bench.XXXXXX)"
files=$(find "$corpus" -type f ! -name '.*' | wc -l)
bytes=$(find "$corpus" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s}')
echo "input: $corpus: $files files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB"

# field NAME FILE: a value from /usr/bin/time -v output.
field() { grep -F "$1" "$2" | sed 's/.*: //'; }

# seconds H:MM:SS.ss|M:SS.ss -> seconds
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'; }

report() {  # report LABEL ARTICLES TIMEFILE ERRFILE
    local label=$1 articles=$2 tf=$3 errors=$4
    local wall cpu rss
    wall=$(field "Elapsed (wall clock) time" "$tf" | seconds)
    cpu=$(awk -v u="$(field "User time (seconds)" "$tf")" -v s="$(field "System time (seconds)" "$tf")" 'BEGIN {print u + s}')
    rss=$(field "Maximum resident set size" "$tf")
    echo "== $label"
    awk -v n="$articles" -v b="$bytes" -v w="$wall" -v c="$cpu" 'BEGIN {
        printf "  %d articles in %.1f s wall, %.1f CPU-s\n", n, w, c
        printf "  %.0f articles/s wall, %.0f articles per CPU-second\n", n / w, n / c
        printf "  %.2f MB/s wall, %.2f MB per CPU-second\n", b / 1e6 / w, b / 1e6 / c
    }'
    echo "  peak memory: $((rss / 1024)) MB (maximum resident set size)"
    local failures
    failures=$(grep -c '^error: ' "$errors" || true)
    echo "  failures: $failures"
    if [ "$failures" -gt 0 ]; then
        grep '^error: ' "$errors" \
            | sed -E 's/^error: .*\.(md|txt|html?|xml|rss|atom|jsonl?)(#[a-z]+-[0-9]+)?: //' \
            | sort | uniq -c | sort -rn | head -20 | sed 's/^/    /'
    fi
}

/usr/bin/time -v -o "$work/read.time" "$binary" read --summary "$corpus" >"$work/read.out" 2>"$work/read.err" || true
read_docs=$(sed -E 's/.*: ([0-9]+) documents.*/\1/' "$work/read.out")
report "readers only (claimgraph read --summary)" "$read_docs" "$work/read.time" "$work/read.err"

db="$work/corpus.sqlite"
/usr/bin/time -v -o "$work/ingest.time" "$binary" ingest --db "$db" "$corpus" >"$work/ingest.out" 2>"$work/ingest.err" || true
ingested=$(sed -E 's/.*: ([0-9]+) articles read.*/\1/' "$work/ingest.out")
report "readers + extraction + store (claimgraph ingest, fresh database)" "$ingested" "$work/ingest.time" "$work/ingest.err"
echo "  $(cat "$work/ingest.out")"
echo "  database: $db ($(du -m "$db" | cut -f1) MB); logs in $work"
