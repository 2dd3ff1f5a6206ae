#!/usr/bin/env bash
# Resume benchmark: `autolab train` on seattle_weather (--max-rounds 1) killed with kill -9 as soon
# as its journal holds KILL_AFTER trial-results (default 1), then `autolab train --resume` on it, beside a straight run
# with the same seed. Prints both test macro-F1 values, which trials were restored and which
# trained again, and the wall times. Runs land in bench/out/resume-<time>/.
#
#   bash bench/resume.sh [DATA_DIR]            SEED=7 KILL_AFTER=3 bash bench/resume.sh
#
# DATA_DIR defaults to ${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench} (the benchmark kit's
# prepared splits; see bench/skeleton.sh). Needs python3 (standard library).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench}}/seattle_weather"
OUT="${BENCH_OUT:-$ROOT/bench/out/resume-$(date -u +%Y%m%d-%H%M%S)}"
SEED="${SEED:-42}"
KILL_AFTER="${KILL_AFTER:-1}"
AUTOLAB="${AUTOLAB_CMD:-$ROOT/autolab}"  # the command to run, e.g. java -cp ... dev.autolab.cli.Main
mkdir -p "$OUT"
export AUTOLAB_HOME="$OUT"
TRAIN=(train "$DATA/train.csv" --valid "$DATA/valid.csv" --test "$DATA/test.csv"
  --target weather --max-rounds 1 --seed "$SEED")

$AUTOLAB --version >/dev/null  # builds first when needed, outside the timed runs
now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc; }

# 1. Started in the background, killed with kill -9 once a trial has finished.
start=$(now)
$AUTOLAB "${TRAIN[@]}" --out "$OUT/resumed" >"$OUT/killed.log" 2>&1 &
pid=$!
finished() { grep -cs '"rule":"trial-result"' "$OUT/resumed/journal.jsonl" || true; }
until n=$(finished) && [ "${n:-0}" -ge "$KILL_AFTER" ]; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "resume.sh: the run ended before any trial finished; see $OUT/killed.log" >&2
    exit 1
  fi
  sleep 0.1
done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
killed_wall=$(seconds "$start" "$(now)")

# 2. Resumed in its own folder.
start=$(now)
$AUTOLAB train --resume "$OUT/resumed" >"$OUT/resumed.log" 2>&1
resumed_wall=$(seconds "$start" "$(now)")

# 3. Straight, same seed.
start=$(now)
$AUTOLAB "${TRAIN[@]}" --out "$OUT/straight" >"$OUT/straight.log" 2>&1
straight_wall=$(seconds "$start" "$(now)")

python3 - "$OUT" "$killed_wall" "$resumed_wall" "$straight_wall" <<'PY'
import json, sys
out, killed, resumed, straight = sys.argv[1], *map(float, sys.argv[2:])

def events(run):
    return [json.loads(line) for line in open(f"{out}/{run}/journal.jsonl")]

def summary(run):
    rj = json.load(open(f"{out}/{run}/run.json"))
    ev = json.load(open(f"{out}/{run}/evaluation.json"))
    return rj, ev

journal = events("resumed")
note = next(i for i, e in enumerate(journal) if e.get("rule") == "resume" and "trial" not in e)
before, after = journal[:note], journal[note:]
finished_before = [e["trial"] for e in before if e.get("rule") == "trial-result"]
restored = [e for e in after if e.get("rule") == "resume" and "trial" in e]
retrained = [e["trial"] for e in after if e.get("rule") == "trial-result"]
rr, er = summary("resumed")
rs, es = summary("straight")
print(f"seattle_weather, --max-rounds 1, seed {rr['config']['seed']}")
print(f"trials finished before kill -9: {', '.join(finished_before)}")
print("restored on resume:  " + "; ".join(
    f"{e['trial']} (valid {e['evidence'][next(k for k in e['evidence'] if k.startswith('valid_'))]:.4f},"
    f" finished {e['evidence']['finished_s']:.1f} s into the race)" for e in restored))
print(f"trained on resume:   {', '.join(retrained)}")
print(f"budget spent before: {after[0]['evidence']['spent_s']:.1f} s (status left: "
      f"{after[0]['evidence']['status_before']}); resumed run status: {rr['status']}")
print()
print("| run | test macro-F1 | model | winner | wall (s) |")
print("|---|---|---|---|---|")
print(f"| killed + resumed | {er['metrics']['macro_f1']:.4f} | {er['model']} | "
      f"{rr['result']['best_candidate']} | {killed:.1f} + {resumed:.1f} = {killed + resumed:.1f} |")
print(f"| straight | {es['metrics']['macro_f1']:.4f} | {es['model']} | "
      f"{rs['result']['best_candidate']} | {straight:.1f} |")
same = er["metrics"] == es["metrics"]
print(f"test metrics identical: {'yes' if same else 'NO'}")
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); runs in $OUT"
