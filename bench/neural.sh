#!/usr/bin/env bash
# Neural benchmark: Autolab's training loop against the PyTorch reference
# (../shared/bench/image/peers_torch.py) on Fashion-MNIST, the same networks (MLP 784-256-128-10
# and the small CNN), Adam 1e-3, batch 128, 2 epochs, 2 intra-op threads. The two run alternately,
# one process per network and framework, REPS times, and a side-by-side table is printed.
#
#   bash bench/neural.sh            # REPS=2 MODELS=mlp,cnn EPOCHS=2
#   REPS=1 MODELS=mlp bash bench/neural.sh
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

run_torch() {
  /usr/bin/python3 "$PEER" --models "$1" --epochs "$EPOCHS" --threads "$THREADS" 2>&1 |
    tee -a "$OUT/torch.log" | sed -n 's/^RESULT //p' >>"$OUT/results.jsonl"
}

run_autolab() {
  java -Xmx1g -Dautolab.torch.threads="$THREADS" -cp "$CP" \
    dev.autolab.neural.bench.FashionMnistBench "$1" "$EPOCHS" 2>&1 |
    tee -a "$OUT/autolab.log" | sed -n 's/^RESULT //p' >>"$OUT/results.jsonl"
}

for rep in $(seq 1 "$REPS"); do
  for model in ${MODELS//,/ }; do
    echo "rep $rep $model: pytorch (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    run_torch "$model"
    echo "rep $rep $model: autolab (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    run_autolab "$model"
  done
done

python3 "$ROOT/bench/neural_table.py" "$OUT/results.jsonl" | tee "$OUT/table.md"
