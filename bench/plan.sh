#!/usr/bin/env bash
# Planner benchmark: what `autolab plan` chooses for the public data sets on this machine, with
# the rule behind every value, for the default metric and for --metric accuracy. Trains nothing;
# the output lands in bench/out/plan-<time>/ (one text file per data set and metric).
#
#   bash bench/plan.sh [DATA_DIR]
#
# DATA_DIR defaults to ${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench} (the benchmark kit's
# prepared splits; see bench/skeleton.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench}}"
OUT="${BENCH_OUT:-$ROOT/bench/out/plan-$(date -u +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
AUTOLAB="${AUTOLAB_CMD:-$ROOT/autolab}"  # the command to run, e.g. java -cp ... dev.autolab.cli.Main
export AUTOLAB_HOME="$OUT"

plan() { # name metric args...
  local name="$1" metric="$2"
  shift 2
  local file="$OUT/$name-${metric:-default}.txt"
  if [ -n "$metric" ]; then
    $AUTOLAB plan "$@" --metric "$metric" >"$file"
  else
    $AUTOLAB plan "$@" >"$file"
  fi
  echo "== $name (${metric:-default metric}) =="
  cat "$file"
}

for metric in "" accuracy; do
  plan spam "$metric" "$DATA/spam/train.csv" --valid "$DATA/spam/valid.csv" \
    --test "$DATA/spam/test.csv" --target label --text text
  plan penguins "$metric" "$DATA/penguins/train.csv" --valid "$DATA/penguins/valid.csv" \
    --test "$DATA/penguins/test.csv" --target Species
  plan seattle_weather "$metric" "$DATA/seattle_weather/train.csv" \
    --valid "$DATA/seattle_weather/valid.csv" --test "$DATA/seattle_weather/test.csv" \
    --target weather
done
echo "plans in $OUT"
