#!/usr/bin/env bash
# The cnn family end to end on Fashion-MNIST as PNG folders: `autolab train TRAIN --test TEST`
# with the family forced and its default settings (extra `--set` pairs via CNN_SET), then the test
# accuracy from evaluation.json and the wall time of the whole run (decoding, training, the refit
# on train+valid, evaluation) and of the race alone.
#
#   bash bench/cnn.sh                          # default settings
#   CNN_SET="max_epochs=6" bash bench/cnn.sh   # fewer epochs (space-separated KEY=VALUE pairs)
#   CNN_ARGS="--time-budget 10m" bash bench/cnn.sh   # further train options
#
# Needs the PNG folders: bash ../shared/bench/prepare.sh --png (python3-pil) builds
# ~/.cache/autolab-bench/fashion-mnist/{train,test}/<class>/*.png (or set FASHION_PNG_DIR).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${FASHION_PNG_DIR:-$HOME/.cache/autolab-bench/fashion-mnist}"
OUT="${BENCH_OUT:-$ROOT/bench/out/cnn-$(date -u +%Y%m%d-%H%M%S)}"
export OMP_WAIT_POLICY=PASSIVE

if [ ! -d "$DATA/train" ] || [ ! -d "$DATA/test" ]; then
  echo "cnn.sh: no PNG folders under $DATA: run bash ../shared/bench/prepare.sh --png" >&2
  exit 2
fi
mkdir -p "$OUT"
echo "building ..." >&2
(cd "$ROOT" && ./mvnw -q -B -o -pl autolab-cli -am package -DskipTests -Dspotless.check.skip=true)
# A copy of the application, so that a rebuild while the benchmark runs cannot change what it runs.
cp -r "$ROOT/autolab-cli/target/lib" "$OUT/lib"
cp "$ROOT/autolab-cli/target/autolab-cli.jar" "$OUT/"

SETS=(--set family=cnn)
for pair in ${CNN_SET:-}; do SETS+=(--set "$pair"); done
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
START=$(date +%s)
java --enable-native-access=ALL-UNNAMED -cp "$OUT/autolab-cli.jar:$OUT/lib/*" dev.autolab.cli.Main \
  train "$DATA/train" --test "$DATA/test" "${SETS[@]}" ${CNN_ARGS:-} --max-rounds 1 --out "$OUT/run" \
  2>"$OUT/train.log"
END=$(date +%s)
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT/run" "$((END - START))" "$LOAD_BEFORE" "$LOAD_AFTER" "${CNN_SET:-default} ${CNN_ARGS:-}" <<'PY'
import json, sys
run, wall, before, after, sets = sys.argv[1:]
ev = json.load(open(f"{run}/evaluation.json"))
notes = [json.loads(l) for l in open(f"{run}/journal.jsonl") if '"cnn.epochs"' in l]
print(f"settings      {sets}")
print(f"test accuracy {ev['metrics']['accuracy']:.4f} on {ev['n']} images")
print(f"wall          {wall} s (whole run: decode, train, refit, evaluate)")
for n in notes:
    print(f"journal       {n.get('message')}")
print(f"load average  {before} before, {after} after")
PY
echo "run: $OUT/run" >&2
