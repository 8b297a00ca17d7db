#!/usr/bin/env bash
# Regenerates the example diagrams in this directory from Examples/articles:
# ingest the five articles into a scratch database, then draw each diagram as SVG and PNG
# with the Graphviz library (needs libgraphviz-dev and fonts-noto-cjk: `make deps`).
# Usage: Examples/diagrams/render.sh   (or `make diagrams`)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build
BIN="$(swift build --show-bin-path)/claimgraph"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
DB="$SCRATCH/examples.sqlite"
OUT=Examples/diagrams

"$BIN" ingest --db "$DB" Examples/articles
for format in svg png; do
  "$BIN" render --db "$DB" --actor "Vladimir Putin" -o "$OUT/putin.$format"
  "$BIN" render --db "$DB" --claim "中國還沒有做好甩掉俄羅斯的準備" -o "$OUT/gabuev-claim.$format"
  "$BIN" render --db "$DB" --event "2022 SCO Summit Samarkand" -o "$OUT/sco-2022.$format"
done
