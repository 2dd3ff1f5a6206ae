#!/usr/bin/env bash
# XGBoost's thread count against table size: `autolab train --set family=xgboost` on synthetic
# tables (ROWS rows each, 10 numeric columns, 3 classes whose boundaries mix the columns), with
# --set nthread=1 and with every core, run alternately, and the fit time from the journal's
# trial-result. Shows from what size a second thread pays for its start-up in every
# parallel region.
#
#   bash bench/xgb_threads.sh                 # ROWS="1000 10000 100000" REPS=2
#
# Runs land in bench/out/xgb-threads-<time>/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${ROWS:-1000 10000 100000}"
REPS="${REPS:-2}"
CORES="$(nproc)"
OUT="${BENCH_OUT:-$ROOT/bench/out/xgb-threads-$(date -u +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
export AUTOLAB_HOME="$OUT"
AUTOLAB="$ROOT/autolab"
$AUTOLAB --version >/dev/null  # builds first when needed

for rows in $ROWS; do
  python3 - "$OUT/table-$rows" "$rows" <<'PY'
import math, os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
rng = random.Random(7)
def write(name, count):
    with open(f"{out}/{name}.csv", "w") as f:
        f.write(",".join(f"x{i}" for i in range(10)) + ",label\n")
        for _ in range(count):
            x = [rng.gauss(0, 1) for _ in range(10)]
            score = x[0] * x[1] + math.sin(2 * x[2]) + 0.5 * x[3] - 0.3 * x[4] * x[5]
            score += rng.gauss(0, 0.5)
            label = "a" if score < -0.4 else ("b" if score < 0.6 else "c")
            f.write(",".join(f"{v:.4f}" for v in x) + f",{label}\n")
write("train", n)
write("valid", max(200, n // 8))
PY
done

printf '| rows | nthread | fit s (per run) | validation macro-F1 |\n|---|---|---|---|\n' >"$OUT/table.md"
declare -A fits scores
for rows in $ROWS; do
  for rep in $(seq 1 "$REPS"); do
    for threads in 1 "$CORES"; do
      run="$OUT/run-$rows-$threads-$rep"
      $AUTOLAB train "$OUT/table-$rows/train.csv" --valid "$OUT/table-$rows/valid.csv" \
        --target label --set family=xgboost --set nthread="$threads" --max-rounds 1 \
        --out "$run" >"$run.log" 2>&1
      result=$(grep -o '"rule":"trial-result".*' "$run/journal.jsonl")
      fit=$(echo "$result" | grep -o 'fitted in [0-9.]*' | cut -d' ' -f3)
      scores[$rows-$threads]=$(echo "$result" | grep -o 'validation macro_f1 [0-9.]*' | cut -d' ' -f3)
      fits[$rows-$threads]="${fits[$rows-$threads]:-} $fit"
      echo "rows $rows nthread $threads rep $rep: fit ${fit}s, valid ${scores[$rows-$threads]}" \
        "(load $(cut -d' ' -f1 /proc/loadavg))" >&2
    done
  done
  for threads in 1 "$CORES"; do
    printf '| %s | %s | %s | %s |\n' "$rows" "$threads" "${fits[$rows-$threads]# }" \
      "${scores[$rows-$threads]}" >>"$OUT/table.md"
  done
done
cat "$OUT/table.md"
