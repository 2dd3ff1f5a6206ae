#!/usr/bin/env bash
# Skeleton benchmark: default `autolab train` on the public data sets with the published
# train/valid/test splits, beside the peers' figures from the benchmark kit, plus the checks
# that predict reproduces the test metrics and that a seed reproduces splits and metrics.
#
#   bash bench/skeleton.sh [DATA_DIR]
#
# DATA_DIR defaults to ${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench}; it is built by the
# benchmark kit's prepare.sh (npm and Debian packages only), which this script calls when
# ../shared/bench/prepare.sh exists beside the repository. Needs python3 (standard library).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench}}"
KIT="$ROOT/../shared/bench/prepare.sh"
OUT="${BENCH_OUT:-$ROOT/bench/out/skeleton-$(date -u +%Y%m%d-%H%M%S)}"

if [ ! -f "$DATA/spam/test.csv" ] || [ ! -f "$DATA/seattle_weather/test.csv" ]; then
  if [ -f "$KIT" ]; then
    bash "$KIT" "$DATA"
  else
    echo "skeleton.sh: no benchmark data in $DATA and no kit at $KIT;" \
      "build it with the benchmark kit's prepare.sh, or pass its output folder" >&2
    exit 2
  fi
fi
mkdir -p "$OUT/data"
export AUTOLAB_HOME="$OUT"

# spam: text and label only (the group column encodes the label).
for split in train valid test; do
  python3 - "$DATA/spam/$split.csv" "$OUT/data/spam-$split.csv" <<'PY'
import csv, sys
csv.field_size_limit(1 << 30)
with open(sys.argv[1], newline="", encoding="utf-8") as src, \
     open(sys.argv[2], "w", newline="", encoding="utf-8") as dst:
    out = csv.writer(dst)
    out.writerow(["text", "label"])
    for row in csv.DictReader(src):
        out.writerow([row["text"], row["label"]])
PY
done

train() { # name target train valid test
  local name=$1 target=$2
  local start end
  start=$(date +%s.%N)
  "$ROOT/autolab" train "$3" --target "$target" --valid "$4" --test "$5" --out "$OUT/$name" \
    >"$OUT/$name.log" 2>&1 || { cat "$OUT/$name.log" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.1f}')" >"$OUT/$name.wall"
  "$ROOT/autolab" predict "$OUT/$name/model" "$5" --out "$OUT/$name.predictions.jsonl" \
    2>"$OUT/$name.predict.log" >/dev/null
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/load.txt"
train spam label "$OUT/data/spam-train.csv" "$OUT/data/spam-valid.csv" "$OUT/data/spam-test.csv"
for name in penguins seattle_weather; do
  target=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['target'])" "$DATA/$name/meta.json")
  train "$name" "$target" "$DATA/$name/train.csv" "$DATA/$name/valid.csv" "$DATA/$name/test.csv"
done

# Same seed twice on the bundled example (Autolab makes the splits): same fingerprints, metrics.
for i in 1 2; do
  "$ROOT/autolab" train "$ROOT/examples/penguins.csv" --target Species --seed 7 \
    --out "$OUT/repeat-$i" >"$OUT/repeat-$i.log" 2>&1
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"

python3 "$ROOT/bench/skeleton_report.py" "$OUT"
