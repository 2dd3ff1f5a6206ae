#!/usr/bin/env bash
# Neural benchmark: Autolab's training loop against the PyTorch reference
# (../shared/bench/image/peers_torch.py) on Fashion-MNIST, the same networks (MLP 784-256-128-10
# and the small CNN), Adam 1e-3, batch 128, 2 epochs, 2 intra-op threads. The two run alternately,
# one process per network and framework, REPS times, and a side-by-side table is printed.
#
# Accuracy after 2 epochs varies with the seed by more than the half point the two are compared
# on (Autolab's MLP ranged over 1.5 points across five seeds), so each framework also trains once
# more at each of SEEDS (weights, order and dropout; the reference's torch.manual_seed(0) is
# shifted by the seed), alternately, and accuracy is compared as a mean over all seeds. Every run
# counts towards the speed medians.
#
#   bash bench/neural.sh            # REPS=2 MODELS=mlp,cnn EPOCHS=2 SEEDS=1,2,3,4
#   REPS=1 SEEDS= MODELS=mlp bash bench/neural.sh
#
# Needs Debian's python3-torch and dataset-fashion-mnist (IDX files in /usr/share/datasets/
# fashion-mnist, or FASHION_MNIST_DIR). Results land in bench/out/neural-<time>/results.jsonl.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEER="${PEER:-$ROOT/../shared/bench/image/peers_torch.py}"
REPS="${REPS:-2}"
MODELS="${MODELS:-mlp,cnn}"
EPOCHS="${EPOCHS:-2}"
THREADS="${THREADS:-2}"
SEEDS="${SEEDS-1,2,3,4}"
OUT="${BENCH_OUT:-$ROOT/bench/out/neural-$(date -u +%Y%m%d-%H%M%S)}"
export OMP_WAIT_POLICY=PASSIVE
mkdir -p "$OUT"

if [ ! -f "$PEER" ]; then
  echo "neural.sh: no PyTorch reference at $PEER (set PEER=...)" >&2
  exit 2
fi
if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  echo "neural.sh: Debian's python3-torch is missing: apt-get install python3-torch" >&2
  exit 2
fi

echo "building the benchmark classes ..." >&2
(cd "$ROOT" && ./mvnw -q -B -o -pl autolab-neural -am test-compile -Dspotless.check.skip=true)
(cd "$ROOT/autolab-neural" && ../mvnw -q -B -o dependency:build-classpath \
  -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null)
# A copy of the classes, so that a rebuild while the benchmark runs cannot change what it runs.
cp -r "$ROOT/autolab-neural/target/classes" "$OUT/classes"
cp -r "$ROOT/autolab-neural/target/test-classes" "$OUT/test-classes"
CP="$OUT/classes:$OUT/test-classes:$(cat "$OUT/classpath.txt")"

# The reference seeds with torch.manual_seed(0) before each network; a seed S shifts that call
# by S. Its result line gets a "seed" field.
SEEDED_PEER='import runpy, sys, torch
shift = int(sys.argv[1])
seed = torch.manual_seed
torch.manual_seed = lambda s: seed(s + shift)
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")'

run_torch() {
  # Seed 0 runs the script itself: the wrapper imports torch before the script's clock starts.
  local run=("$PEER")
  if [ "$2" != 0 ]; then run=(-c "$SEEDED_PEER" "$2" "$PEER"); fi
  /usr/bin/python3 "${run[@]}" --models "$1" --epochs "$EPOCHS" --threads "$THREADS" 2>&1 |
    tee -a "$OUT/torch.log" | sed -n "s/^RESULT {/{\"seed\":$2,/p" >>"$OUT/results.jsonl"
}

run_autolab() {
  java -Xmx1g -Dautolab.torch.threads="$THREADS" -Dbench.seed="$2" -cp "$CP" \
    dev.autolab.neural.bench.FashionMnistBench "$1" "$EPOCHS" 2>&1 |
    tee -a "$OUT/autolab.log" | sed -n 's/^RESULT //p' >>"$OUT/results.jsonl"
}

run_pair() {
  echo "$1 $2 seed $3: pytorch (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  run_torch "$2" "$3"
  echo "$1 $2 seed $3: autolab (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  run_autolab "$2" "$3"
}

for rep in $(seq 1 "$REPS"); do
  for model in ${MODELS//,/ }; do
    run_pair "rep $rep" "$model" 0
  done
done
for seed in ${SEEDS//,/ }; do
  for model in ${MODELS//,/ }; do
    run_pair "accuracy" "$model" "$seed"
  done
done

python3 "$ROOT/bench/neural_table.py" "$OUT/results.jsonl" | tee "$OUT/table.md"
