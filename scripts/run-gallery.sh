#!/usr/bin/env bash
# Regenerates the run examples of README.md and docs/sweeps.md into results/gallery/:
#   baseline/                  one run of the baseline (10,000 customers, 104 weeks, seed 42): charts, metrics.csv, summary.json, report
#   sweep-effort-resolution/   service effort against first-contact resolution, 5 x 3 points x 3 replicates at 5,000 customers
# About 2 minutes on this project's two-core machine (Release build, reference engine).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=gallery-common.sh
. scripts/gallery-common.sh

time cxsim run baseline --engine reference --out "$work/run"
source="$(find "$work/run" -maxdepth 3 -name report.html -printf '%h\n' | head -1)"
rm -rf results/gallery/baseline
mkdir -p results/gallery/baseline
cp "$source"/*.png "$source"/*.svg "$source"/metrics.csv "$source"/summary.json "$source"/report.html results/gallery/baseline/

time cxsim sweep baseline --vary policy.serviceEffort=0.1:0.9:0.2 --vary policy.firstContactResolution=0.3:0.9:0.3 \
  --customers 5000 --replicates 3 --out "$work/sweep"
source="$(find "$work/sweep" -maxdepth 4 -name points.csv -printf '%h\n' | head -1)"
rm -rf results/gallery/sweep-effort-resolution
mkdir -p results/gallery/sweep-effort-resolution
cp "$source"/heatmap.png "$source"/heatmap.svg "$source"/points.csv results/gallery/sweep-effort-resolution/
