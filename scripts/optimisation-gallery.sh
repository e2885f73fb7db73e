#!/usr/bin/env bash
# Regenerates the worked examples of docs/optimisation.md into results/gallery/:
#   optimise-baseline-budget/      the best mix of service effort, first-contact resolution, problem prevention and
#                                  feedback response for the baseline brand's profit, spending no more than the baseline
#   optimise-baseline-experience/  the same, with NPS no lower than the baseline's
#   optimise-baseline-experience-elitist/  the same, searched with the best so far in every generation
#   optimise-baseline-pareto/      the same levers and budget, profit against NPS: the Pareto front
#   optimise-baseline-robust/      the first example's policy against the baseline over 32 sets of plausible coefficients
# Each step prints its cost; on this project's two-core machine the whole script takes about 15 minutes.
# Usage: scripts/optimisation-gallery.sh [CUSTOMERS]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-10000}"
# shellcheck source=gallery-common.sh
. scripts/gallery-common.sh
levers=policy.serviceEffort,policy.firstContactResolution,policy.problemPrevention,policy.feedbackResponse

# Copies the one optimisation folder under $1 into results/gallery/$2: the report, its PNG charts, evaluations.csv
# and the scenario files, which are made to extend the shipped scenario from there; the SVG twins and runs.csv are
# left out for size (the script makes them again).
keep() {
  local source target
  source="$(find "$1" -maxdepth 4 -name report.html -printf '%h\n' | head -1)"
  target="results/gallery/$2"
  rm -rf "$target"
  mkdir -p "$target"
  find "$source" -maxdepth 1 -type f ! -name runs.csv ! -name '*.svg' -exec cp {} "$target"/ \;
  for file in "$target"/optimised.json "$target"/front-*.json; do
    [ -f "$file" ] || continue
    sed -i -E 's#"extends": ".*"#"extends": "../../../scenarios/baseline.json"#; s#"\$schema": ".*"#"$schema": "../../../scenarios/scenario.schema.json"#' "$file"
  done
  echo "kept $source as $target"
}

# The budget is what the baseline policy spends, on the same replicates (--budget start).
time cxsim optimise baseline --levers "$levers" --objective profit --budget start \
  --customers "$customers" --replicates 5 --max-evaluations 120 --fresh-replicates 20 --out "$work/single"
keep "$work/single" optimise-baseline-budget

time cxsim optimise baseline --levers "$levers" --objective profit --budget start --constraint "nps>=start" \
  --customers "$customers" --replicates 5 --max-evaluations 120 --fresh-replicates 20 --out "$work/experience"
keep "$work/experience" optimise-baseline-experience

time cxsim optimise baseline --levers "$levers" --objective profit --budget start --constraint "nps>=start" --elitist \
  --customers "$customers" --replicates 5 --max-evaluations 120 --fresh-replicates 20 --out "$work/elitist"
keep "$work/elitist" optimise-baseline-experience-elitist

time cxsim optimise baseline --levers "$levers" --objective profit,nps --budget start \
  --customers "$customers" --replicates 3 --max-evaluations 361 --fresh-replicates 20 --out "$work/pareto"
keep "$work/pareto" optimise-baseline-pareto

# Does the first example's policy still beat the baseline when the model's coefficients move over their plausible ranges?
time cxsim compare baseline results/gallery/optimise-baseline-budget/optimised.json --uncertain 32 --replicates 3 \
  --customers 5000 --engine reference --out "$work/robust"
rm -rf results/gallery/optimise-baseline-robust
mkdir -p results/gallery/optimise-baseline-robust
find "$(find "$work/robust" -maxdepth 3 -name report.html -printf '%h\n' | head -1)" -maxdepth 1 -type f ! -name runs.csv ! -name sets.csv ! -name '*.svg' \
  -exec cp {} results/gallery/optimise-baseline-robust/ \;
echo "kept the robust comparison as results/gallery/optimise-baseline-robust"
