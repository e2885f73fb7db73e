#!/usr/bin/env bash
# Regenerates the calibration examples of docs/calibration.md into results/gallery/:
#   calibration-fader-hardie/            the regular customers fitted with the segments' need durations (customers alike within a segment)
#   calibration-loyalty-regular/         the regular customers fitted with heterogeneous loyalty (loyaltyHeterogeneity)
#   calibration-loyalty-high-end/        the high-end customers, the same way
#   calibration-high-end-two-settings-alike/    the two-setting fit of the high-end table with every customer alike
#                                        (loyaltyHeterogeneity 0: the model before issue 16 in this respect)
#   calibration-high-end-two-settings/   the same fit at the default loyaltyHeterogeneity of 1
#   calibration-high-end-two-settings-loyalty/  the same with the mainstream segment's loyaltyHeterogeneity fitted too
# Then evaluates each heterogeneous fit with seeds 1, 2 and 3 (the noise check). About 15 minutes on this project's
# two-core machine (Release build, reference engine).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=gallery-common.sh
. scripts/gallery-common.sh

# Copies the one result folder under $1 into results/gallery/$2 (SVG twins left out for size).
keep() {
  local source target
  source="$(find "$1" -maxdepth 4 -name report.html -printf '%h\n' | head -1)"
  target="results/gallery/$2"
  rm -rf "$target"
  mkdir -p "$target"
  find "$source" -maxdepth 1 -type f ! -name '*.svg' -exec cp {} "$target"/ \;
  # calibrated.json extends the shipped scenario by a relative path: made to reach it from the gallery.
  sed -i -E 's#"extends": ".*"#"extends": "../../../scenarios/baseline.json"#; s#"\$schema": ".*"#"$schema": "../../../scenarios/scenario.schema.json"#' "$target/calibrated.json"
  echo "kept $source as $target"
}

# The noise check: the fitted scenario evaluated once (no search) with another seed.
reseed() {
  local calibrated="$1" table="$2" seed
  for seed in 1 2 3; do
    echo "seed $seed:"
    cxsim calibrate "$calibrated" --retention "$table" --fit-periods 1-7 --fit model.inertia \
      --customers 10000 --replicates 2 --max-evaluations 1 --explore 0 --seed "$seed" --out "$work/reseed" | grep -E '^RMSE'
  done
}

time cxsim calibrate baseline --retention fader-hardie-regular --fit-periods 1-7 \
  --fit segments.mainstream.share,segments.mainstream.meanNeedWeeks,segments.privacy-conscious.meanNeedWeeks,segments.bargain-hunters.meanNeedWeeks,model.inertia \
  --bounds segments.mainstream.share=0.05:2 --bounds segments.mainstream.meanNeedWeeks=10:5000 \
  --bounds segments.privacy-conscious.meanNeedWeeks=10:10000 --bounds segments.bargain-hunters.meanNeedWeeks=10:10000 \
  --customers 10000 --replicates 2 --max-evaluations 150 --out "$work/segments"
keep "$work/segments" calibration-fader-hardie

for table in regular high-end; do
  time cxsim calibrate baseline --retention "fader-hardie-$table" --fit-periods 1-7 \
    --fit 'segments.*.meanNeedWeeks,model.inertia,segments.*.loyaltyHeterogeneity' \
    --bounds 'segments.*.meanNeedWeeks=10:5000' --bounds 'segments.*.loyaltyHeterogeneity=0:10' \
    --customers 10000 --replicates 2 --max-evaluations 80 --out "$work/loyalty-$table"
  keep "$work/loyalty-$table" "calibration-loyalty-$table"
  reseed "results/gallery/calibration-loyalty-$table/calibrated.json" "fader-hardie-$table"
done

time cxsim calibrate baseline --retention fader-hardie-high-end --fit-periods 1-7 \
  --fit segments.mainstream.meanNeedWeeks,model.inertia --set 'segments.*.loyaltyHeterogeneity=0' --out "$work/two-alike"
keep "$work/two-alike" calibration-high-end-two-settings-alike
time cxsim calibrate baseline --retention fader-hardie-high-end --fit-periods 1-7 \
  --fit segments.mainstream.meanNeedWeeks,model.inertia --out "$work/two"
keep "$work/two" calibration-high-end-two-settings
time cxsim calibrate baseline --retention fader-hardie-high-end --fit-periods 1-7 \
  --fit segments.mainstream.meanNeedWeeks,model.inertia,segments.mainstream.loyaltyHeterogeneity --out "$work/two-loyalty"
keep "$work/two-loyalty" calibration-high-end-two-settings-loyalty
