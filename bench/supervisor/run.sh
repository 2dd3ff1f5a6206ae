#!/usr/bin/env bash
# The training supervisor's scenario benchmark: each scenario is a real `autolab train` run
# (seeded), made twice, --supervisor on and --supervisor off, and one table of the issue's seven
# checks is printed at the end (bench/supervisor/table.py).
#
#   bash bench/supervisor/run.sh                       # every scenario
#   SCENARIOS="healthy lr-high" bash bench/supervisor/run.sh
#
# Scenarios (family, data, the purpose-made bad setting). The cnn ones run on a seeded
# Fashion-MNIST subset (100 train / 40 valid / 80 test PNGs per class, taken from the kit's test
# folder), so that each run takes minutes on a shared 2-core machine:
#   cnn-healthy    default settings (max_epochs=10)
#   cnn-lr-high    --set learning_rate=1.0
#   cnn-overfit    20 training images per class, --set epochs=40 (no early stopping)
#   cnn-plateau    --set learning_rate=PLATEAU_LR (default 0.004: Adam circling instead of
#                  descending; 0.01 diverges at once and is rolled back instead)
#   cnn-memory     --set batch_size=512 --memory-limit MEMORY_LIMIT (default 900m, below the
#                  process's resident size)
#   cnn-exploding  --set learning_rate=0.1 dropout=0 weight_decay=0
#   mlp-plateau    the mlp family on seattle-weather, --set learning_rate=MLP_PLATEAU_LR (default
#                  0.05: Adam circles around a floor of the loss, training and validation flat)
#   healthy        minilm-mlp on spam, default settings
#   lr-high        minilm-mlp on spam, --set learning_rate=1.0
# Data: ~/.cache/autolab-bench/spam/{train,valid,test}.csv and the Fashion-MNIST PNG folders
# (~/.cache/autolab-bench/fashion-mnist/test/<class>/, from the benchmark kit's prepare.sh --png).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SPAM="${SPAM_DIR:-$HOME/.cache/autolab-bench/spam}"
SEATTLE="${SEATTLE_DIR:-$HOME/.cache/autolab-bench/seattle_weather}"
FASHION="${FASHION_PNG_DIR:-$HOME/.cache/autolab-bench/fashion-mnist}"
OUT="${BENCH_OUT:-$ROOT/bench/out/supervisor-$(date -u +%Y%m%d-%H%M%S)}"
SCENARIOS="${SCENARIOS:-cnn-healthy cnn-lr-high cnn-overfit cnn-plateau mlp-plateau cnn-memory cnn-exploding healthy lr-high}"
MEMORY_LIMIT="${MEMORY_LIMIT:-900m}"
export OMP_WAIT_POLICY=PASSIVE
mkdir -p "$OUT/runs"

for f in train valid test; do
  if [ ! -f "$SPAM/$f.csv" ]; then
    echo "supervisor bench: $SPAM/$f.csv missing (run the benchmark kit's prepare.sh)" >&2
    exit 2
  fi
done
echo "building ..." >&2
(cd "$ROOT" && ./mvnw -q -B -o -pl autolab-cli -am package -Dmaven.test.skip=true -Dspotless.check.skip=true)
# A copy of the application, so that a rebuild while the benchmark runs cannot change what it runs.
cp -r "$ROOT/autolab-cli/target/lib" "$OUT/lib"
cp "$ROOT/autolab-cli/target/autolab-cli.jar" "$OUT/"
python3 "$ROOT/bench/supervisor/subsets.py" "$SPAM" "$FASHION" "$OUT/data"

# run NAME on|off ARGS...: one `autolab train`, its peak RSS and wall time in NAME-on|off/time.txt
run() {
  local name="$1" sup="$2"
  shift 2
  local dir="$OUT/runs/$name-$sup"
  echo "$(date -u +%H:%M:%S) $name supervisor $sup (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  mkdir -p "$dir"
  cut -d' ' -f1-3 /proc/loadavg >"$dir/load_before.txt"
  /usr/bin/time -f "%M %e" -o "$dir/time.txt" \
    java --enable-native-access=ALL-UNNAMED -cp "$OUT/autolab-cli.jar:$OUT/lib/*" \
    dev.autolab.cli.Main train "$@" --supervisor "$sup" --max-rounds 1 --attack-rows 20 \
    --seed 7 --out "$dir/run" --home "$OUT/home" >"$dir/stdout.txt" 2>"$dir/stderr.txt" || true
  cut -d' ' -f1-3 /proc/loadavg >"$dir/load_after.txt"
}

spam() {
  run "$1" "$2" "$SPAM/train.csv" --valid "$SPAM/valid.csv" --test "$SPAM/test.csv" \
    --target label --text text --set family=minilm-mlp "${@:3}"
}

seattle() {
  run "$1" "$2" "$SEATTLE/train.csv" --valid "$SEATTLE/valid.csv" --test "$SEATTLE/test.csv" \
    --target weather --set family=mlp "${@:3}"
}

fashion() {
  local train="$OUT/data/fashion/train"
  if [ "$1" = cnn-overfit ]; then train="$OUT/data/fashion-tiny"; fi
  run "$1" "$2" "$train" --valid "$OUT/data/fashion/valid" \
    --test "$OUT/data/fashion/test" --set family=cnn --set max_epochs=10 "${@:3}"
}

for scenario in $SCENARIOS; do
  for sup in on off; do
    case "$scenario" in
      cnn-healthy) fashion "$scenario" "$sup" ;;
      cnn-lr-high) fashion "$scenario" "$sup" --set learning_rate=1.0 ;;
      cnn-overfit) fashion "$scenario" "$sup" --set epochs=40 ;;
      cnn-plateau) fashion "$scenario" "$sup" --set learning_rate="${PLATEAU_LR:-0.004}" ;;
      cnn-memory)
        fashion "$scenario" "$sup" --set batch_size=512 --memory-limit "$MEMORY_LIMIT"
        ;;
      cnn-exploding)
        fashion "$scenario" "$sup" --set learning_rate=0.1 --set dropout=0 --set weight_decay=0
        ;;
      mlp-plateau) seattle "$scenario" "$sup" --set learning_rate="${MLP_PLATEAU_LR:-0.05}" ;;
      healthy) spam "$scenario" "$sup" ;;
      lr-high) spam "$scenario" "$sup" --set learning_rate=1.0 ;;
      *) echo "unknown scenario $scenario" >&2 ;;
    esac
  done
done
python3 "$ROOT/bench/supervisor/table.py" "$OUT" | tee "$OUT/table.md"
