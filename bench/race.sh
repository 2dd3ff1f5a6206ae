#!/usr/bin/env bash
# Race benchmark: default `autolab train` under --time-budget on penguins and seattle_weather,
# printing test macro-F1, the training time the budget bounds, the whole command's wall time, and
# what the budget skipped or stopped. Runs land in bench/out/race-<time>/.
#
#   bash bench/race.sh [DATA_DIR]            BUDGETS="30s 2m" bash bench/race.sh
#
# DATA_DIR defaults to ${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench} (the benchmark kit's
# prepared splits; see bench/skeleton.sh). BUDGETS is a space-separated list (default "30s 90s").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench}}"
OUT="${BENCH_OUT:-$ROOT/bench/out/race-$(date -u +%Y%m%d-%H%M%S)}"
BUDGETS="${BUDGETS:-30s 90s}"
mkdir -p "$OUT"
AUTOLAB="${AUTOLAB_CMD:-$ROOT/autolab}"  # the command to run, e.g. java -cp ... dev.autolab.cli.Main
export AUTOLAB_HOME="$OUT"

summary() { # run-dir budget wall-seconds
  python3 - "$@" <<'PY'
import json, sys
run, budget, wall = sys.argv[1], sys.argv[2], float(sys.argv[3])
ev = json.load(open(f"{run}/evaluation.json"))
rj = json.load(open(f"{run}/run.json"))
events = [json.loads(l) for l in open(f"{run}/journal.jsonl")]
budgeted = [e for e in events if e.get("rule") == "time-budget"]
# The latest time-budget evidence (or the last race event's) tells how long training took.
race = [e for e in events if e.get("stage") == "race"]
elapsed = max((e["evidence"].get("elapsed_s", 0) for e in budgeted), default=None)
board = rj["result"]["leaderboard"]
trained = sum(s["seconds"] for s in board)
print(f"| {run.split('/')[-1]} | {budget} | {rj['config']['time_budget_s']} | "
      f"{ev['metrics']['macro_f1']:.4f} | {ev['model']} | {len(board)} | {trained:.1f} | "
      f"{'' if elapsed is None else f'{elapsed:.1f}'} | {wall:.1f} | "
      + "; ".join(f"{e.get('trial')}: {e['message'].split(' (')[0].split(' ', 1)[1]}" for e in budgeted)
      + " |")
PY
}

echo "| run | budget | time_budget_s | test macro-F1 | model | candidates trained | fit seconds (sum) | elapsed at last budget event (s) | command wall (s) | budget decisions |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for budget in $BUDGETS; do
  for name in penguins seattle_weather; do
    case "$name" in
      penguins) target=Species ;;
      seattle_weather) target=weather ;;
    esac
    run="$OUT/$name-$budget"
    start=$(date +%s.%N)
    $AUTOLAB train "$DATA/$name/train.csv" --valid "$DATA/$name/valid.csv" \
      --test "$DATA/$name/test.csv" --target "$target" --time-budget "$budget" \
      --out "$run" >"$run.log" 2>&1
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    summary "$run" "$budget" "$wall"
  done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); runs in $OUT"
