#!/usr/bin/env bash
# Fuzzes the article readers and the Cypher front end with libFuzzer.
#
#   Tests/Fuzz/run.sh [SECONDS]      (make fuzz; make fuzz FUZZ_SECONDS=600 FUZZ_SEED=0 for the long run)
#
# Builds both targets with SwiftPM's own `--sanitize fuzzer --sanitize address` (the
# `-Xswiftc -sanitize=fuzzer` route links a `main` that shadows libFuzzer's, so nothing
# would run) into .build-fuzz, seeds them from the examples and Queries/, and runs each
# for SECONDS (default 30). A crash, hang (>10 s on one input) or ASan report fails the
# run and leaves the input in $FUZZ_WORK/artifacts: copy it to Tests/Fuzz/regressions/
# (readers-* or query-*), where FuzzRegressionTests replays it on every `make test`.
# LeakSanitizer is off: the Swift runtime's and fontconfig's process-lifetime caches
# would be reported as leaks on every input.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
# A fixed seed makes the short CI run repeat the same exploration; FUZZ_SEED=0 lets
# libFuzzer pick a new one (the long runs).
seed=${FUZZ_SEED:-1}
work=${FUZZ_WORK:-/tmp/claimgraph-fuzz}
mkdir -p "$work/readers" "$work/query" "$work/artifacts"

for product in fuzz-readers fuzz-query; do
  swift build -c debug --sanitize fuzzer --sanitize address --product "$product" --scratch-path .build-fuzz 2>&1 \
    | grep -v "Cannot export local symbol" | tail -2
done

cp Examples/articles/* "$work/readers/"
find Tests/IngestTests/Fixtures -type f -size -64k -exec cp {} "$work/readers/" \;
cp Queries/*.cypher "$work/query/"
cp Tests/Fuzz/regressions/readers-* "$work/readers/" 2>/dev/null || true
cp Tests/Fuzz/regressions/query-* "$work/query/" 2>/dev/null || true

status=0
run() {  # target, max input length
  echo "fuzzing $1 for ${seconds}s"
  if ! SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 ".build-fuzz/debug/fuzz-$1" "$work/$1" \
      -max_total_time="$seconds" -max_len="$2" -timeout=10 -rss_limit_mb=4096 -seed="$seed" \
      -artifact_prefix="$work/artifacts/$1-" -print_final_stats=1 >"$work/$1.log" 2>&1; then
    echo "fuzz-$1 FAILED; see $work/$1.log and $work/artifacts/"
    status=1
  fi
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|Done [0-9]+ runs" "$work/$1.log" || tail -3 "$work/$1.log"
}
run readers 65536
run query 2048
exit $status
