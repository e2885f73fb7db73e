#!/usr/bin/env bash
# Regenerates the economics examples of docs/economics.md into results/gallery/:
#   economics-claims/          every article scenario against baseline, 10 replicates, with costs counted
#   economics-closed-loop/     closing the loop against ignoring feedback
#   compare-acquisition-vs-effortless/  effortless service against acquisition focus (the worked example of
#                              docs/economics.md and docs/analysis.md)
#   break-even-*/              the costs at which a claim stops paying
# About 6 minutes on this project's two-core machine (Release build, reference engine).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=gallery-common.sh
. scripts/gallery-common.sh

# Copies the one result folder under $1 into results/gallery/$2 (SVG twins and per-scenario folders left out for size).
keep() {
  local source target
  source="$(find "$1" -maxdepth 3 -name report.html -printf '%h\n' | head -1)"
  target="results/gallery/$2"
  rm -rf "$target"
  mkdir -p "$target"
  find "$source" -maxdepth 1 -type f ! -name '*.svg' -exec cp {} "$target"/ \;
  echo "kept $source as $target"
}

time cxsim compare baseline effortless-service closed-loop-feedback lock-in-and-pressure acquisition-focus prevention-first \
  empathetic-service data-harvesting-and-over-contact unified-contact-centre --replicates 10 --engine reference --out "$work/claims"
keep "$work/claims" economics-claims

time cxsim compare ignored-feedback closed-loop-feedback --replicates 10 --engine reference --out "$work/closed"
keep "$work/closed" economics-closed-loop

time cxsim compare acquisition-focus effortless-service --replicates 10 --engine reference --out "$work/worked"
keep "$work/worked" compare-acquisition-vs-effortless

time cxsim compare baseline effortless-service --break-even market.effortPremium=0:5 --points 9 --out "$work/be-service"
keep "$work/be-service" break-even-effortless-service-effort-premium
time cxsim compare baseline prevention-first --break-even market.preventionCost=0:2 --points 9 --out "$work/be-prevention"
keep "$work/be-prevention" break-even-prevention-cost
time cxsim compare baseline empathetic-service --break-even market.empathyCost=0:0.4 --points 9 --out "$work/be-empathy"
keep "$work/be-empathy" break-even-empathy-cost
time cxsim compare ignored-feedback closed-loop-feedback --break-even market.costPerFeedbackAction=0:10 --points 9 --out "$work/be-feedback"
keep "$work/be-feedback" break-even-feedback-action-cost
