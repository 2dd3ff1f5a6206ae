#!/usr/bin/env bash
# Publish-stage benchmark: train spam and penguins on the public splits, publish each (the
# generated card must validate against the model-index rules and hold evaluation.json's metrics),
# then `autolab reproduce` the spam run: identical fingerprints, metrics within 0.001.
#
#   bash bench/publish.sh [DATA_DIR]
#
# DATA_DIR defaults to ${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench} (the benchmark kit's
# prepare.sh builds it; it is called when ../shared/bench/prepare.sh exists beside the
# repository). PARTS="cards reproduce" chooses the parts. Needs python3 (standard library).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench}}"
KIT="$ROOT/../shared/bench/prepare.sh"
OUT="${BENCH_OUT:-$ROOT/bench/out/publish-$(date -u +%Y%m%d-%H%M%S)}"
PARTS="${PARTS:-cards reproduce}"

if [ ! -f "$DATA/spam/test.csv" ] || [ ! -f "$DATA/penguins/test.csv" ]; then
  if [ -f "$KIT" ]; then
    bash "$KIT" "$DATA"
  else
    echo "publish.sh: no benchmark data in $DATA and no kit at $KIT;" \
      "build it with the benchmark kit's prepare.sh, or pass its output folder" >&2
    exit 2
  fi
fi
mkdir -p "$OUT/data"
export AUTOLAB_HOME="$OUT"
AUTOLAB="$ROOT/autolab"

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

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/summary.txt"
t0=$(date +%s)
"$AUTOLAB" train "$OUT/data/spam-train.csv" --valid "$OUT/data/spam-valid.csv" \
  --test "$OUT/data/spam-test.csv" --target label --text text --out "$OUT/spam" > "$OUT/spam.log"
t1=$(date +%s)
echo "spam trained in $((t1 - t0)) s" | tee -a "$OUT/summary.txt"

if [[ " $PARTS " == *" cards "* ]]; then
  "$AUTOLAB" train "$DATA/penguins/train.csv" --valid "$DATA/penguins/valid.csv" \
    --test "$DATA/penguins/test.csv" --target Species --out "$OUT/penguins" > "$OUT/penguins.log"
  for name in spam penguins; do
    "$AUTOLAB" publish "$OUT/$name" --name "$name" | tee -a "$OUT/summary.txt"
    "$AUTOLAB" registry check "$OUT/$name" | tee -a "$OUT/summary.txt"
  done
  "$AUTOLAB" registry list | tee -a "$OUT/summary.txt"
fi

if [[ " $PARTS " == *" reproduce "* ]]; then
  t2=$(date +%s)
  set +e
  "$AUTOLAB" reproduce "$OUT/spam" --out "$OUT/spam-reproduced" > "$OUT/reproduce.log"
  code=$?
  set -e
  t3=$(date +%s)
  sed -n '/^item /,$p' "$OUT/reproduce.log" | tee -a "$OUT/summary.txt"
  echo "reproduce exit code $code, $((t3 - t2)) s" | tee -a "$OUT/summary.txt"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/summary.txt"
echo "results in $OUT"
