#!/usr/bin/env bash
# Evaluation benchmark (stage 4): the loop back from failing gates on seattle_weather, spam's
# robustness table, attack success rates and augmentation round, bootstrap intervals against a
# re-run on another test sample, and the cost of evaluating a 10,000-row test set.
#
#   bash bench/evaluate.sh [DATA_DIR]
#
# DATA_DIR defaults to ${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench} (the benchmark kit's
# prepare.sh builds it). Needs python3 (standard library). Parts can be picked with
# PARTS="seattle spam bootstrap big" (all by default).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-${AUTOLAB_BENCH_DATA:-$HOME/.cache/autolab-bench}}"
OUT="${BENCH_OUT:-$ROOT/bench/out/evaluate-$(date -u +%Y%m%d-%H%M%S)}"
PARTS="${PARTS:-seattle spam bootstrap big}"
if [ ! -f "$DATA/spam/test.csv" ] || [ ! -f "$DATA/seattle_weather/test.csv" ]; then
  echo "evaluate.sh: no benchmark data in $DATA; build it with the benchmark kit's prepare.sh" >&2
  exit 2
fi
mkdir -p "$OUT/data"
export AUTOLAB_HOME="$OUT"
SW="$DATA/seattle_weather"
echo "output in $OUT"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # log-name, then the autolab arguments
  local name=$1
  shift
  local start end
  start=$(date +%s.%N)
  "$ROOT/autolab" "$@" >"$OUT/$name.log" 2>"$OUT/$name.err" || { cat "$OUT/$name.err" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "print(f'$name: {$end - $start:.1f} s wall')"
}

if [[ " $PARTS " == *" seattle "* ]]; then
  echo; echo "== seattle_weather: default gates, --max-rounds 2 =="
  run seattle train "$SW/train.csv" --valid "$SW/valid.csv" --test "$SW/test.csv" \
    --target weather --out "$OUT/seattle"
  python3 - "$OUT/seattle" <<'PY'
import json, sys
run = sys.argv[1]
for line in open(f"{run}/journal.jsonl"):
    e = json.loads(line)
    if e.get("stage") == "planner" and e.get("round", 1) > 1 or \
       e.get("stage") == "gate" and (e.get("kind") == "note" or not e["evidence"].get("passed", True)):
        print(json.dumps({k: e[k] for k in ("stage", "rule", "round", "message") if k in e}))
for r in json.load(open(f"{run}/run.json"))["result"]["rounds"]:
    ev = json.load(open(f"{run}/rounds/{r['round']}/evaluation.json"))
    recalls = {c: round(m["recall"], 3) for c, m in ev["metrics"]["per_class"].items()}
    print(f"round {r['round']}: macro_f1 {r['score']:.4f} accuracy {ev['metrics']['accuracy']:.4f}"
          f" verdict {r['verdict']} recalls {recalls}")
PY
fi

if [[ " $PARTS " == *" spam "* ]]; then
  echo; echo "== spam: robustness, attack, and a round with augmentation =="
  for split in train valid test; do
    python3 - "$DATA/spam/$split.csv" "$OUT/data/spam-$split.csv" <<'PY'
import csv, sys
csv.field_size_limit(1 << 30)
with open(sys.argv[1], newline="", encoding="utf-8") as src, \
     open(sys.argv[2], "w", newline="", encoding="utf-8") as dst:
    out = csv.writer(dst)
    out.writerow(["text", "label"])
    for row in csv.DictReader(src):
        out.writerow([row["text"], row["label"]])
PY
  done
  # Any successful attack at 5 edits per 100 characters fails this gate, so the second round
  # is the augmentation round whatever the first model's rate.
  printf 'attack_success_max: 0.0\nattack_budget: 5\n' >"$OUT/data/spam-gates.yaml"
  run spam train "$OUT/data/spam-train.csv" --valid "$OUT/data/spam-valid.csv" \
    --test "$OUT/data/spam-test.csv" --target label --gates "$OUT/data/spam-gates.yaml" \
    --out "$OUT/spam"
  python3 - "$OUT/spam" <<'PY'
import json, os, sys
run = sys.argv[1]
for line in open(f"{run}/journal.jsonl"):
    e = json.loads(line)
    if e.get("stage") == "planner" and e.get("round", 1) > 1:
        print(json.dumps({k: e[k] for k in ("stage", "rule", "round", "message") if k in e}))
for n in (1, 2):
    path = f"{run}/rounds/{n}/evaluation.json"
    if not os.path.exists(path):
        continue
    ev = json.load(open(path))
    rob = ev["robustness"]
    print(f"round {n}: macro_f1 {ev['metrics']['macro_f1']:.4f}  clean {rob['clean_macro_f1']:.4f}")
    for p in rob["perturbations"]:
        print(f"  {p['perturbation']:<12} macro_f1 {p['macro_f1']:.4f}  drop {p['macro_f1_drop']:+.4f}"
              f"  flips {p['flip_rate']:.4f}")
    a = ev["attack"]
    rates = ", ".join(f"{b['edits_per_100_chars']}/100: {b['success_rate']:.3f}" for b in a["budgets"])
    print(f"  attack on {a['attacked']} texts (at most {a['max_edits']} edits each): {rates}")
    print(f"  evaluation {ev['timings']['total_s']:.1f} s, of which inference {ev['timings']['inference_s']:.1f} s"
          f" and latency {ev['timings']['latency_s']:.1f} s")
PY
fi

if [[ " $PARTS " == *" bootstrap "* ]]; then
  echo; echo "== bootstrap intervals against a re-run on another test sample =="
  # (a) One model, two disjoint halves of its test split: only the test sample differs.
  if [ ! -d "$OUT/seattle/model" ]; then
    run seattle train "$SW/train.csv" --valid "$SW/valid.csv" --test "$SW/test.csv" \
      --target weather --max-rounds 1 --out "$OUT/seattle"
  fi
  halves() { # input.csv prefix
    python3 - "$1" "$2" <<'PY'
import csv, random, sys
csv.field_size_limit(1 << 30)
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    rows, fields = list(reader), reader.fieldnames
random.Random(11).shuffle(rows)
for name, part in (("a", rows[0::2]), ("b", rows[1::2])):
    with open(f"{sys.argv[2]}-{name}.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.DictWriter(out, fieldnames=fields)
        w.writeheader()
        w.writerows(part)
PY
  }
  compare() { # label dir-a dir-b
    python3 - "$@" <<'PY'
import json, sys
label, da, db = sys.argv[1:4]
a, b = (json.load(open(f"{d}/evaluation.json")) for d in (da, db))
for metric in ("accuracy", "macro_f1", "log_loss"):
    ia, ib = a["analysis"]["intervals"][metric], b["analysis"]["intervals"][metric]
    for name, i, other in (("A", ia, ib), ("B", ib, ia)):
        inside = i["low"] <= other["estimate"] <= i["high"]
        print(f"{label} {metric:<9} {name} n={(a if name == 'A' else b)['n']}: {i['estimate']:.4f}"
              f" [{i['low']:.4f}, {i['high']:.4f}]  other {other['estimate']:.4f}"
              f" {'inside' if inside else 'OUTSIDE'}")
PY
  }
  halves "$SW/test.csv" "$OUT/data/seattle-test"
  for h in a b; do
    run "seattle-half-$h" evaluate "$OUT/seattle/model" "$OUT/data/seattle-test-$h.csv" \
      --attack-rows 0 --out "$OUT/seattle-half-$h"
  done
  compare "seattle halves" "$OUT/seattle-half-a" "$OUT/seattle-half-b"
  if [ -d "$OUT/spam/model" ]; then
    halves "$OUT/data/spam-test.csv" "$OUT/data/spam-test"
    for h in a b; do
      run "spam-half-$h" evaluate "$OUT/spam/model" "$OUT/data/spam-test-$h.csv" \
        --attack-rows 0 --out "$OUT/spam-half-$h"
    done
    compare "spam halves" "$OUT/spam-half-a" "$OUT/spam-half-b"
  fi
  # (b) Two seeds on all.csv: the split, hence the test sample and the model, both differ.
  for seed in 1 2; do
    run "boot-$seed" train "$SW/all.csv" --target weather --seed "$seed" --max-rounds 1 \
      --attack-rows 0 --out "$OUT/boot-$seed"
  done
  compare "seattle seeds 1/2" "$OUT/boot-1" "$OUT/boot-2"
fi

if [[ " $PARTS " == *" big "* ]]; then
  echo; echo "== a 10,000-row test set: evaluation time beyond inference =="
  if [ ! -d "$OUT/seattle/model" ]; then
    run seattle train "$SW/train.csv" --valid "$SW/valid.csv" --test "$SW/test.csv" \
      --target weather --max-rounds 1 --out "$OUT/seattle"
  fi
  python3 - "$SW/all.csv" "$OUT/data/seattle-10k.csv" <<'PY'
import csv, random, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
rnd = random.Random(7)
with open(sys.argv[2], "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=rows[0].keys())
    w.writeheader()
    for _ in range(10000):
        w.writerow(rnd.choice(rows))
PY
  run big evaluate "$OUT/seattle/model" "$OUT/data/seattle-10k.csv" --out "$OUT/big"
  # Text: a first-round spam model, 10,000 texts drawn from all.csv, the attack on 100 of them.
  python3 - "$DATA/spam/all.csv" "$OUT/data/spam-10k.csv" <<'PY'
import csv, random, sys
csv.field_size_limit(1 << 30)
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
rnd = random.Random(7)
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["text", "label"])
    for _ in range(10000):
        row = rnd.choice(rows)
        w.writerow([row["text"], row["label"]])
PY
  if [ ! -f "$OUT/data/spam-train.csv" ]; then
    for split in train valid test; do
      python3 - "$DATA/spam/$split.csv" "$OUT/data/spam-$split.csv" <<'PY'
import csv, sys
csv.field_size_limit(1 << 30)
with open(sys.argv[1], newline="", encoding="utf-8") as src, \
     open(sys.argv[2], "w", newline="", encoding="utf-8") as dst:
    out = csv.writer(dst)
    out.writerow(["text", "label"])
    for row in csv.DictReader(src):
        out.writerow([row["text"], row["label"]])
PY
    done
  fi
  run spam-r1 train "$OUT/data/spam-train.csv" --valid "$OUT/data/spam-valid.csv" \
    --test "$OUT/data/spam-test.csv" --target label --max-rounds 1 --attack-rows 0 \
    --out "$OUT/spam-r1"
  run big-text evaluate "$OUT/spam-r1/model" "$OUT/data/spam-10k.csv" --out "$OUT/big-text"
  python3 - "$OUT/big" "$OUT/big-text" <<'PY'
import json, sys
for d in sys.argv[1:]:
    ev = json.load(open(f"{d}/evaluation.json"))
    t = ev["timings"]
    print(f"{ev['model']} n {ev['n']}: evaluation {t['total_s']:.1f} s = inference {t['inference_s']:.1f} s"
          f" + latency measurement {t['latency_s']:.1f} s + the rest {t['beyond_inference_s']:.1f} s")
PY
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
