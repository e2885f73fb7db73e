#!/usr/bin/env bash
# Regenerates the uncertainty examples of docs/uncertainty.md into results/gallery/:
#   sensitivity-morris-baseline/   Morris screening of every model coefficient (retention, NPS, customers)
#   sensitivity-sobol-baseline/    Sobol indices of the eight coefficients Morris ranks highest for retention
#   robust-article-claims/         effortless service, lock-in and acquisition focus against baseline
#   robust-closed-loop/            closing the loop against ignored feedback
# Each step prints its cost; on this project's two-core machine the whole script takes about 10 minutes.
# Usage: scripts/uncertainty-gallery.sh [CUSTOMERS]   (default 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-5000}"
# shellcheck source=gallery-common.sh
. scripts/gallery-common.sh

# Copies the one analysis folder under $1 into results/gallery/$2: the report, its PNG charts and the
# tables; the SVG twins, runs.csv and sets.csv are left out for size (the script makes them again).
keep() {
  local source target
  source="$(find "$1" -maxdepth 4 -name report.html -printf '%h\n' | head -1)"
  target="results/gallery/$2"
  rm -rf "$target"
  mkdir -p "$target"
  find "$source" -maxdepth 1 -type f ! -name runs.csv ! -name sets.csv ! -name '*.svg' -exec cp {} "$target"/ \;
  echo "kept $source as $target"
}

time cxsim sensitivity baseline --method morris --samples 10 --outcome retention104,nps,customersAtEnd \
  --customers "$customers" --out "$work/morris"
keep "$work/morris" sensitivity-morris-baseline

# The eight coefficients with the largest mu* for retention after 104 weeks.
top="$(awk -F, '$1 == "retention104" { print $6 "," $2 }' results/gallery/sensitivity-morris-baseline/indices.csv \
  | sort -t, -k1,1 -g -r | head -8 | cut -d, -f2 | paste -sd, -)"
echo "Sobol over: $top"
time cxsim sensitivity baseline --method sobol --samples 128 --parameters "$top" --outcome retention104,nps,customersAtEnd \
  --customers "$customers" --out "$work/sobol"
keep "$work/sobol" sensitivity-sobol-baseline

time cxsim compare baseline effortless-service lock-in-and-pressure acquisition-focus --uncertain 64 --replicates 3 \
  --customers "$customers" --engine reference --out "$work/robust"
keep "$work/robust" robust-article-claims

time cxsim compare ignored-feedback closed-loop-feedback --uncertain 64 --replicates 3 \
  --customers "$customers" --engine reference --out "$work/closed"
keep "$work/closed" robust-closed-loop
