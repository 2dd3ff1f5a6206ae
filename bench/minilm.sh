#!/usr/bin/env bash
# The minilm-mlp family on spam, run twice with the same embedding cache: the first run encodes
# every message with all-MiniLM-L6-v2, the second must find them on disk. Prints each run's test
# macro-F1 and the embedding steps' times from the journal (`minilm-mlp.embed` events), and the
# wall time of each whole run. The export is left out (`--export none`; bench/export.sh measures
# it); the character attack runs under its default time limit.
#
#   bash bench/minilm.sh
#
# Needs the spam splits: bash ../shared/bench/prepare.sh builds ~/.cache/autolab-bench/spam
# (or set SPAM_DIR).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${SPAM_DIR:-$HOME/.cache/autolab-bench/spam}"
OUT="${BENCH_OUT:-$ROOT/bench/out/minilm-$(date -u +%Y%m%d-%H%M%S)}"
export OMP_WAIT_POLICY=PASSIVE

for split in train valid test; do
  if [ ! -f "$DATA/$split.csv" ]; then
    echo "minilm.sh: no $DATA/$split.csv: run bash ../shared/bench/prepare.sh" >&2
    exit 2
  fi
done
mkdir -p "$OUT"
echo "building ..." >&2
(cd "$ROOT" && ./mvnw -q -B -o -pl autolab-cli -am package -DskipTests -Dspotless.check.skip=true)
# A copy of the application, so that a rebuild while the benchmark runs cannot change what it runs.
cp -r "$ROOT/autolab-cli/target/lib" "$OUT/lib"
cp "$ROOT/autolab-cli/target/autolab-cli.jar" "$OUT/"

# A cache of our own, empty at the start, so that the first run really encodes.
CACHE="$OUT/embeddings"
for n in 1 2; do
  LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
  START=$(date +%s)
  java --enable-native-access=ALL-UNNAMED -Dautolab.embeddings.cache="$CACHE" \
    -cp "$OUT/autolab-cli.jar:$OUT/lib/*" dev.autolab.cli.Main \
    train "$DATA/train.csv" --valid "$DATA/valid.csv" --test "$DATA/test.csv" \
    --target label --text text --set family=minilm-mlp --max-rounds 1 \
    --export none --out "$OUT/run$n" \
    2>"$OUT/train$n.log"
  END=$(date +%s)
  echo "$((END - START)) $LOAD" >"$OUT/run$n.wall"
done

python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
print("| run | test macro-F1 | test accuracy | embedding steps (s) | whole run s | load before |")
print("|---|---|---|---|---|---|")
for n in (1, 2):
    run = f"{out}/run{n}"
    ev = json.load(open(f"{run}/evaluation.json"))
    embeds = [json.loads(l) for l in open(f"{run}/journal.jsonl") if '"minilm-mlp.embed"' in l]
    steps = ", ".join(f"{e['evidence']['seconds']:.2f} ({e['evidence']['texts']} texts)" for e in embeds)
    wall, *load = open(f"{run}.wall").read().split()
    m = ev["metrics"]
    print(f"| {n} | {m['macro_f1']:.4f} | {m['accuracy']:.4f} | {steps} | {wall} | {' '.join(load)} |")
PY
echo "runs: $OUT/run1 $OUT/run2" >&2
