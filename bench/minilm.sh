#!/usr/bin/env bash
# The minilm-mlp family on spam, run twice with the same embedding cache: the first run encodes
# every message with all-MiniLM-L6-v2, the second must find them on disk. Prints each run's test
# macro-F1 and the embedding steps' times from the journal (`minilm-mlp.embed` events), and the
# wall time of each whole run. The export is left out (`--export none`; bench/export.sh measures
# it); the character attack runs under its default time limit. Further seeds (SEEDS, the first is
# the two runs' seed) train once each on the cached embeddings: the head's test score moves with
# its seed, so one run says little about a half-point bar.
#
#   bash bench/minilm.sh
#   SEEDS="42 1 2" bash bench/minilm.sh
#   ARGS="--set refit=false" bash bench/minilm.sh     # further `autolab train` options
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
read -r -a SEED_LIST <<<"${SEEDS:-42}"
run() { # name seed
  local LOAD START END
  LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
  START=$(date +%s)
  java --enable-native-access=ALL-UNNAMED -Dautolab.embeddings.cache="$CACHE" \
    -cp "$OUT/autolab-cli.jar:$OUT/lib/*" dev.autolab.cli.Main \
    train "$DATA/train.csv" --valid "$DATA/valid.csv" --test "$DATA/test.csv" \
    --target label --text text --set family=minilm-mlp --max-rounds 1 \
    --export none --seed "$2" --out "$OUT/$1" ${ARGS:-} \
    2>"$OUT/$1.log"
  END=$(date +%s)
  echo "$((END - START)) $2 $LOAD" >"$OUT/$1.wall"
}
run run1 "${SEED_LIST[0]}"
run run2 "${SEED_LIST[0]}"
for seed in "${SEED_LIST[@]:1}"; do
  run "seed$seed" "$seed"
done

python3 - "$OUT" "${SEED_LIST[@]}" <<'PY'
import json, statistics, sys
out, seeds = sys.argv[1], sys.argv[2:]
print("| run | seed | test macro-F1 | test accuracy | embedding steps (s) | whole run s | load before |")
print("|---|---|---|---|---|---|---|")
scores = {}
for name in ["run1", "run2"] + [f"seed{s}" for s in seeds[1:]]:
    run = f"{out}/{name}"
    ev = json.load(open(f"{run}/evaluation.json"))
    embeds = [json.loads(l) for l in open(f"{run}/journal.jsonl") if '"minilm-mlp.embed"' in l]
    steps = ", ".join(f"{e['evidence']['seconds']:.2f} ({e['evidence']['texts']} texts)" for e in embeds)
    wall, seed, *load = open(f"{run}.wall").read().split()
    m = ev["metrics"]
    scores[seed] = m["macro_f1"]
    print(f"| {name} | {seed} | {m['macro_f1']:.4f} | {m['accuracy']:.4f} | {steps} | {wall} | {' '.join(load)} |")
if len(scores) > 1:
    values = list(scores.values())
    print(f"\ntest macro-F1 over {len(values)} seeds: mean {statistics.mean(values):.4f},"
          f" min {min(values):.4f}, max {max(values):.4f}")
PY
echo "runs: $OUT/run1 $OUT/run2" >&2
