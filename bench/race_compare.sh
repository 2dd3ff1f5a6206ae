#!/usr/bin/env bash
# Stage 2's race against its own candidates: for each data set, the default `autolab train` under a
# time budget (the race), then every candidate of its plan trained alone with the same budget, and
# prints (1) the raced model's test score beside each single candidate's and the planner's first
# candidate's, (2) the race's time-to-quality: the best validation score it had after 1, 2, 5 and
# 10 minutes (from the journal's trial-result events). One loop-back round (--max-rounds 1): the
# rounds are the evaluation stage's, this compares the race.
#
#   bash bench/race_compare.sh                       # all four data sets
#   SETS="penguins seattle_weather" bash bench/race_compare.sh
#
# Data: ${AUTOLAB_BENCH_DATA:-~/.cache/autolab-bench} as prepared by ../shared/bench/prepare.sh
# (--png for Fashion-MNIST). Budgets: 5m, 10m for Fashion-MNIST (BUDGET/IMAGE_BUDGET change them).
# Runs land in bench/out/race-compare-<time>/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench}"
SETS="${SETS:-spam penguins seattle_weather fashion-mnist}"
BUDGET="${BUDGET:-5m}"
IMAGE_BUDGET="${IMAGE_BUDGET:-10m}"
OUT="${BENCH_OUT:-$ROOT/bench/out/race-compare-$(date -u +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"

echo "building ..." >&2
(cd "$ROOT" && ./mvnw -q -B -o -pl autolab-cli -am package -DskipTests -Dspotless.check.skip=true)
# A copy, so that a rebuild while the benchmark runs cannot change what it runs.
cp -r "$ROOT/autolab-cli/target/lib" "$OUT/lib"
cp "$ROOT/autolab-cli/target/autolab-cli.jar" "$OUT/"
export OMP_WAIT_POLICY=PASSIVE
autolab() {
  java --enable-native-access=ALL-UNNAMED -cp "$OUT/autolab-cli.jar:$OUT/lib/*" dev.autolab.cli.Main "$@"
}

# The data options of set $1, one per line.
data_args() {
  case "$1" in
    spam) printf '%s\n' "$DATA/spam/train.csv" --valid "$DATA/spam/valid.csv" \
      --test "$DATA/spam/test.csv" --target label ;;
    penguins) printf '%s\n' "$DATA/penguins/train.csv" --valid "$DATA/penguins/valid.csv" \
      --test "$DATA/penguins/test.csv" --target Species ;;
    seattle_weather) printf '%s\n' "$DATA/seattle_weather/train.csv" \
      --valid "$DATA/seattle_weather/valid.csv" --test "$DATA/seattle_weather/test.csv" \
      --target weather ;;
    fashion-mnist) printf '%s\n' "$DATA/fashion-mnist/train" --test "$DATA/fashion-mnist/test" ;;
    *) echo "unknown set $1" >&2; exit 2 ;;
  esac
}

train() { # name out budget [--set k=v ...]
  local name="$1" out="$2" budget="$3"
  shift 3
  local args
  mapfile -t args < <(data_args "$name")
  local start
  start=$(date +%s.%N)
  echo "$(date -u +%H:%M:%S) $name -> $(basename "$out") $* (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  autolab train "${args[@]}" --time-budget "$budget" --max-rounds 1 --out "$out" "$@" \
    >"$out.log" 2>&1 || echo "  failed: see $out.log" >&2
  echo "$(date +%s.%N) - $start" | bc >"$out.wall"
}

for name in $SETS; do
  budget="$BUDGET"
  [ "$name" = fashion-mnist ] && budget="$IMAGE_BUDGET"
  train "$name" "$OUT/$name-race" "$budget"
  # Each candidate of the race's plan alone: its family, and its learning rate where it has one
  # (which also keeps the planner from adding a twin).
  python3 - "$OUT/$name-race/plan.json" >"$OUT/$name-singles.txt" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
for c in plan["candidates"]:
    sets = [f"family={c['family']}"]
    if c["family"] in ("mlp", "cnn", "minilm-mlp"):
        sets.append(f"learning_rate={c['params'].get('learning_rate', 0.001)}")
    print(c["name"], " ".join("--set " + s for s in sets))
PY
  while read -r candidate sets; do
    # shellcheck disable=SC2086
    train "$name" "$OUT/$name-alone-$candidate" "$budget" $sets
  done <"$OUT/$name-singles.txt"
done

python3 - "$OUT" $SETS <<'PY'
import json, os, sys
out, sets = sys.argv[1], sys.argv[2:]

def test_score(run, metric):
    ev = json.load(open(f"{run}/evaluation.json"))
    return ev["metrics"][metric]

print("| data set | metric | raced (winner) | " + "each candidate alone | best alone | planner's first | raced >= best alone | raced > first |")
print("|---|---|---|---|---|---|---|---|")
quality = []
for name in sets:
    race = f"{out}/{name}-race"
    metric = "accuracy" if name == "fashion-mnist" else "macro_f1"
    if not os.path.exists(f"{race}/evaluation.json"):
        print(f"| {name} | {metric} | failed | | | | | |")
        continue
    rj = json.load(open(f"{race}/run.json"))
    raced = test_score(race, metric)
    plan = json.load(open(f"{race}/plan.json"))
    alone = {}
    for c in plan["candidates"]:
        run = f"{out}/{name}-alone-{c['name']}"
        if os.path.exists(f"{run}/evaluation.json"):
            alone[c["name"]] = (test_score(run, metric), float(open(f"{run}.wall").read()))
    first = plan["candidates"][0]["name"]
    best = max(alone.items(), key=lambda kv: kv[1][0]) if alone else None
    cells = "; ".join(f"{k} {v[0]:.4f} ({v[1]:.0f} s)" for k, v in alone.items())
    wall = float(open(f"{race}.wall").read())
    first_score = alone.get(first, (float("nan"),))[0]
    print(f"| {name} | {metric} | {raced:.4f} ({rj['result']['best_candidate']}, {wall:.0f} s) | {cells} | "
          f"{best[1][0]:.4f} ({best[0]}) | {first_score:.4f} ({first}) | "
          f"{'yes' if best and raced >= best[1][0] else 'no'} | {'yes' if raced > first_score else 'no'} |")
    events = [json.loads(l) for l in open(f"{race}/journal.jsonl")]
    # The blend of the trials, when the race delivered one, counts from when it was made.
    results = [e for e in events if e.get("rule") == "trial-result"
               or (e.get("rule") == "ensemble" and e.get("kind") == "action")]
    key = "valid_" + rj["result"]["metric"]
    row = [name]
    for limit in (60, 120, 300, 600):
        done = [e["evidence"][key] for e in results if e["evidence"]["finished_s"] <= limit]
        row.append(f"{max(done):.4f}" if done else "none yet")
    row.append("; ".join(f"{e.get('trial') or 'ensemble'} {e['evidence'][key]:.4f} at {e['evidence']['finished_s']:.0f} s"
                         for e in results))
    quality.append(row)

print()
print("Time to quality (the race's best validation score so far, by seconds since the race began):")
print()
print("| data set | 1 min | 2 min | 5 min | 10 min | trials as they finished |")
print("|---|---|---|---|---|---|")
for row in quality:
    print("| " + " | ".join(row) + " |")
print()
print(f"load: {open('/proc/loadavg').read().split()[:3]}; runs in {out}")
PY
