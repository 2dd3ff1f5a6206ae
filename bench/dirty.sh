#!/usr/bin/env bash
# Dirty-data benchmark: corrupts the kit's spam data in documented ways (dirty_gen.py), runs
# `autolab prepare` on it, scores what was recovered, quarantined, deduplicated and flagged as a
# label issue, then trains on the clean and on the dirty data and compares test macro-F1 on the
# kit's (clean) test split. Usage: bash bench/dirty.sh [OUT]   (TRAIN=0 skips the two trainings)
set -euo pipefail
cd "$(dirname "$0")/.."
KIT="${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench}/spam"
OUT="${1:-/tmp/autolab-dirty}"
AUTOLAB="${AUTOLAB:-./autolab}"   # or a java command line running a built jar
rm -rf "$OUT" && mkdir -p "$OUT"
python3 bench/dirty_gen.py "$KIT" "$OUT"
uptime
/usr/bin/time -f "prepare wall %e s, max RSS %M KB" \
  $AUTOLAB prepare "$OUT/dirty.csv" --target label --out "$OUT/prep-dirty"
if [ "${TRAIN:-1}" = 1 ]; then
  $AUTOLAB train "$OUT/clean.csv" --target label --test "$OUT/test.csv" --out "$OUT/train-clean" > "$OUT/train-clean.log"
  $AUTOLAB train "$OUT/dirty.csv" --target label --test "$OUT/test.csv" --out "$OUT/train-dirty" > "$OUT/train-dirty.log"
fi
uptime
python3 bench/dirty_report.py "$OUT"
