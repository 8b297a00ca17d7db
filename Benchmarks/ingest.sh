#!/usr/bin/env bash
# Benchmarks/ingest.sh: how fast ClaimGraph reads and stores a directory of articles.
#
# Usage: Benchmarks/ingest.sh [DIRECTORY]     (default /tmp/cg/corpus, the 7,314-article corpus)
#   INGEST_SCALE=10 Benchmarks/ingest.sh                      the corpus repeated 10 times
#   INGEST_SCALE=10 INGEST_SUBSET=700 Benchmarks/ingest.sh    10 copies of a 700-file subset
#
# 1. builds the release binary (swift build -c release --product claimgraph), unless
#    CLAIMGRAPH_BIN names one;
# 2. if the default corpus is missing, unpacks ../shared/corpus/corpus.tar.xz into /tmp/cg;
# 3. with INGEST_SCALE=N (default 1) and/or INGEST_SUBSET=K (default all files), builds the
#    input under /tmp/cg-ingest/ (reused when complete): K files spread evenly over the
#    corpus (every (total/K)-th path in sorted order), copied N times into copy-0 … copy-(N-1).
#    Copies 1… are made distinct articles: `?copy=I` (or `&copy=I`) is appended to the URL of
#    the front matter's `from:` line and of the `[title](url)` header line (the article's
#    identity is its URL), and a comment line `<!-- copy I -->` to the file;
# 4. readers only: `claimgraph read --summary DIRECTORY` (parse, clean, no database);
#    skipped with INGEST_READERS=0;
# 5. readers + extraction + store: `claimgraph ingest` into a fresh database under /tmp;
# 6. with INGEST_PARTS=1 (default for the unchanged corpus), step 5 for each top-level
#    folder alone (articles per second depend on article length);
# and prints, for each run, articles/second and MB/second (wall clock and per CPU-second,
# since the build machine is shared), peak memory (/usr/bin/time -v "Maximum resident set
# size"), and the failures grouped by reason. Ingest is single-threaded, so CPU-seconds are
# one core's. The same figures go as a markdown section into BENCH_OUT (default
# /tmp/claimgraph-bench)/ingest-<N>x[-subset<K>].md, and Benchmarks/results.py puts it into
# Benchmarks/RESULTS.md. Nothing else is written into the repository.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-/tmp/cg/corpus}"
scale="${INGEST_SCALE:-1}"
subset="${INGEST_SUBSET:-}"
out="${BENCH_OUT:-/tmp/claimgraph-bench}"

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
if [ -n "${CLAIMGRAPH_BIN:-}" ]; then
    binary="$CLAIMGRAPH_BIN"
else
    swift build -c release --product claimgraph 2>&1 | tail -1
    binary="$here/.build/release/claimgraph"
fi

# replicate DEST: fills DEST with copy-0 … copy-(scale-1) of the chosen files (step 3).
replicate() {
    local dest=$1 list="$1.list" i
    rm -rf "$dest" && mkdir -p "$dest"
    (cd "$corpus" && find . -type f ! -name '.*' -print0 | sort -z) \
        | python3 -c 'import sys
paths = sys.stdin.buffer.read().split(b"\0")[:-1]
k = int(sys.argv[1]) if sys.argv[1] else len(paths)
step = max(1, len(paths) // k)
sys.stdout.buffer.write(b"\0".join(paths[::step][:k]) + b"\0")' "$subset" > "$list"
    for ((i = 0; i < scale; i++)); do
        mkdir -p "$dest/copy-$i"
        (cd "$corpus" && tar --null -T "$list" -cf -) | tar -xf - -C "$dest/copy-$i"
        [ "$i" -eq 0 ] && continue
        find "$dest/copy-$i" -type f -print0 | xargs -0 sed -i -E \
            -e "/^from: /{ /\\?/ s/\$/\\&copy=$i/; /\\?/! s/\$/?copy=$i/ }" \
            -e "s/^(\\[.*\\]\\([^)?]*\\?[^)]*)\\)[[:space:]]*\$/\\1\\&copy=$i)/" \
            -e "s/^(\\[.*\\]\\([^)?]*)\\)[[:space:]]*\$/\\1?copy=$i)/" \
            -e "\$a <!-- copy $i -->"
    done
    rm -f "$list"
    touch "$dest/.complete"
}

label="1×"
tag="${scale}x"
if [ "$scale" != 1 ] || [ -n "$subset" ]; then
    tag="${scale}x${subset:+-subset$subset}"
    input="/tmp/cg-ingest/$tag"
    [ -f "$input/.complete" ] || { echo "building $input"; replicate "$input"; }
    corpus_files=$(find "$corpus" -type f ! -name '.*' | wc -l)
    label="${scale}×${subset:+ of a $subset-file subset}"
    origin="$scale copies of ${subset:+$subset of }the $corpus_files files of $corpus${subset:+ (every $((corpus_files / subset))-th path)}, URLs made distinct per copy"
else
    input="$corpus"
    origin="the corpus as it is"
fi

work="$(mktemp -d /tmp/cg-bench.XXXXXX)"
files=$(find "$input" -type f ! -name '.*' | wc -l)
bytes=$(find "$input" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
echo "input: $input: $files files, $mb MB"
started=$(date -u +%Y-%m-%dT%H:%MZ)
load_start=$(cut -d' ' -f1 /proc/loadavg)
rows=()
notes=()

# field NAME FILE: a value from /usr/bin/time -v output.
field() { grep -F "$1" "$2" | sed 's/.*: //'; }

# seconds H:MM:SS.ss|M:SS.ss -> seconds
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'; }

report() {  # report LABEL ARTICLES TIMEFILE ERRFILE
    local label=$1 articles=$2 tf=$3 errors=$4
    local wall cpu rss failures reasons
    wall=$(field "Elapsed (wall clock) time" "$tf" | seconds)
    cpu=$(awk -v u="$(field "User time (seconds)" "$tf")" -v s="$(field "System time (seconds)" "$tf")" 'BEGIN {print u + s}')
    rss=$(field "Maximum resident set size" "$tf")
    failures=$(grep -c '^error: ' "$errors" || true)
    reasons=$(grep '^error: ' "$errors" \
        | sed -E 's/^error: .*\.(md|txt|html?|xml|rss|atom|jsonl?)(#[a-z]+-[0-9]+)?: //' \
        | sort | uniq -c | sort -rn | head -20 || true)
    echo "== $label"
    awk -v n="$articles" -v b="$bytes" -v w="$wall" -v c="$cpu" 'BEGIN {
        printf "  %d articles in %.1f s wall, %.1f CPU-s\n", n, w, c
        printf "  %.0f articles/s wall, %.0f articles per CPU-second\n", n / w, n / c
        printf "  %.2f MB/s wall, %.2f MB per CPU-second\n", b / 1e6 / w, b / 1e6 / c
    }'
    echo "  peak memory: $((rss / 1024)) MB (maximum resident set size)"
    echo "  failures: $failures"
    [ -z "$reasons" ] || echo "$reasons" | sed 's/^/    /'
    rows+=("$(awk -v l="$label" -v n="$articles" -v b="$bytes" -v w="$wall" -v c="$cpu" -v r="$((rss / 1024))" -v f="$failures" \
        'BEGIN {printf "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %d | %d |", l, n, w, c, n / w, n / c, b / 1e6 / w, b / 1e6 / c, r, f}')")
    [ -z "$reasons" ] || notes+=("Failures of the pass \"${label%% (*}\" by reason: $(echo "$reasons" | sed -E 's/^ *([0-9]+) (.*)/\2 (\1)/' | paste -sd ';' | sed 's/;/; /g').")
}

if [ "${INGEST_READERS:-1}" != 0 ]; then
    /usr/bin/time -v -o "$work/read.time" "$binary" read --summary "$input" >"$work/read.out" 2>"$work/read.err" || true
    read_docs=$(sed -E 's/.*: ([0-9]+) documents.*/\1/' "$work/read.out")
    report "readers only (claimgraph read --summary)" "$read_docs" "$work/read.time" "$work/read.err"
fi

db="$work/corpus.sqlite"
/usr/bin/time -v -o "$work/ingest.time" "$binary" ingest --db "$db" "$input" >"$work/ingest.out" 2>"$work/ingest.err" || true
ingested=$(sed -E 's/.*: ([0-9]+) articles read.*/\1/' "$work/ingest.out")
report "readers + extraction + store (claimgraph ingest, fresh database)" "$ingested" "$work/ingest.time" "$work/ingest.err"
db_mb=$( (du -m "$db" 2>/dev/null || echo "?") | cut -f1)
echo "  $(cat "$work/ingest.out")"
echo "  database: $db ($db_mb MB); logs in $work"

# 6. per part: each top-level folder of the input ingested alone into a fresh database
#    (INGEST_PARTS=1, the default for the corpus as it is), because articles per second
#    depend mostly on article length: the corpus mixes short video descriptions with long
#    op-eds. Bytes are the part's own.
if [ "${INGEST_PARTS:-$([ "$input" = "$corpus" ] && echo 1 || echo 0)}" = 1 ]; then
    all_bytes=$bytes
    for part in "$input"/*/; do
        name=$(basename "$part")
        bytes=$(find "$part" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s}')
        part_files=$(find "$part" -type f ! -name '.*' | wc -l)
        /usr/bin/time -v -o "$work/$name.time" "$binary" ingest --db "$work/$name.sqlite" "$part" \
            >"$work/$name.out" 2>"$work/$name.err" || true
        n=$(sed -E 's/.*: ([0-9]+) articles read.*/\1/' "$work/$name.out")
        report "ingest of $name/ alone ($part_files files, $(awk -v b="$bytes" -v f="$part_files" 'BEGIN {printf "%.1f MB, %.1f KB per file", b / 1e6, b / 1e3 / (f > 0 ? f : 1)}'))" \
            "$n" "$work/$name.time" "$work/$name.err"
    done
    bytes=$all_bytes
fi

mkdir -p "$out"
command="${INGEST_SCALE:+INGEST_SCALE=$scale }${INGEST_SUBSET:+INGEST_SUBSET=$subset }${INGEST_READERS:+INGEST_READERS=$INGEST_READERS }Benchmarks/ingest.sh"
{
    echo "## Ingest $label ($files files, $mb MB)"
    echo
    echo "Run of $started to $(date -u +%H:%MZ) by \`$command\`" \
         "with \`$binary\` (built $(date -u -r "$binary" +%Y-%m-%dT%H:%MZ); repository at $(git -C "$here" rev-parse --short HEAD))" \
         "· input: $origin · load average" \
         "$load_start at start, $(cut -d' ' -f1 /proc/loadavg) at end (2 cores, shared: compare CPU-second figures)."
    if [ -n "$subset" ]; then
        echo "A subset because ingesting every file $scale times takes about $scale times as long as the 1× run" \
             "(an hour or more at 10× on this shared 2-core machine); run \`INGEST_SCALE=$scale Benchmarks/ingest.sh\`" \
             "for the whole corpus."
    fi
    echo
    echo "| pass | articles | wall s | CPU s | articles/s | articles per CPU-s | MB/s | MB per CPU-s | peak memory MB | failures |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    [ ${#notes[@]} -eq 0 ] || printf '%s\n\n' "${notes[@]}"
    echo "\`claimgraph ingest\` said: $(cat "$work/ingest.out"). Database: $db_mb MB."
} > "$out/ingest-$tag.md"
python3 "$here/Benchmarks/results.py" --out "$out" --command "$command" || true
