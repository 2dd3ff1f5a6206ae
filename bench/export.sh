#!/usr/bin/env bash
# Stage 5 on the benchmark data: trains one model per family of interest (spam with the MiniLM
# head and with TF-IDF + linear, Fashion-MNIST with the CNN, penguins with XGBoost), then runs
# `autolab export MODEL_DIR --formats all` on each and prints the comparison tables.
#
#   bash bench/export.sh                       # train (if not trained yet in BENCH_OUT) and export
#   BENCH_OUT=bench/out/export-X bash bench/export.sh   # re-export models trained earlier
#   FASHION_TRAIN=6000 bash bench/export.sh   # images per training subset (default 6,000)
#
# The CNN trains on a seeded subset of Fashion-MNIST (FASHION_TRAIN training images, 2,000 test
# images, classes balanced), because the full 60,000-image training takes ~25 minutes on a
# 2-core machine; the export figures do not depend on the training set's size.
# Needs ~/.cache/autolab-bench/{spam,penguins,fashion-mnist} (../shared/bench/prepare.sh --png).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${BENCH_DATA:-$HOME/.cache/autolab-bench}"
OUT="${BENCH_OUT:-$ROOT/bench/out/export-$(date -u +%Y%m%d-%H%M%S)}"
FASHION_TRAIN="${FASHION_TRAIN:-6000}"
export OMP_WAIT_POLICY=PASSIVE
mkdir -p "$OUT/data"
OUT="$(cd "$OUT" && pwd)"
export AUTOLAB_HOME="$OUT"

# The application is rebuilt on every call (models trained earlier are kept and re-exported).
if [ "${KEEP_APP:-0}" != 1 ] || [ ! -x "$OUT/app/run" ]; then
  echo "building ..." >&2
  rm -rf "$OUT/app"
  (cd "$ROOT" && ./mvnw -q -B -o -pl autolab-cli -am package -DskipTests -Dspotless.check.skip=true)
  # A copy of the application, so that a rebuild while the benchmark runs cannot change it.
  mkdir -p "$OUT/app"
  cp -r "$ROOT/autolab-cli/target/lib" "$OUT/app/lib"
  cp "$ROOT/autolab-cli/target/autolab-cli.jar" "$OUT/app/"
  cat >"$OUT/app/run" <<EOF
#!/usr/bin/env bash
exec java --enable-native-access=ALL-UNNAMED -cp "$OUT/app/autolab-cli.jar:$OUT/app/lib/*" dev.autolab.cli.Main "\$@"
EOF
  chmod +x "$OUT/app/run"
fi
AUTOLAB="$OUT/app/run"

# spam: text and label only (the group column encodes the label).
for split in train valid test; do
  [ -f "$OUT/data/spam-$split.csv" ] && continue
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

# Fashion-MNIST: a seeded, class-balanced subset as symbolic links to the PNG folders.
if [ ! -d "$OUT/data/fashion/train" ]; then
  python3 - "$DATA/fashion-mnist" "$OUT/data/fashion" "$FASHION_TRAIN" 2000 <<'PY'
import os, random, sys
src, dst, n_train, n_test = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(7)
for split, n in (("train", n_train), ("test", n_test)):
    classes = sorted(os.listdir(f"{src}/{split}"))
    for c in classes:
        files = sorted(os.listdir(f"{src}/{split}/{c}"))
        os.makedirs(f"{dst}/{split}/{c}")
        for f in rng.sample(files, n // len(classes)):
            os.symlink(f"{src}/{split}/{c}/{f}", f"{dst}/{split}/{c}/{f}")
PY
fi

train() { # name args...
  local name=$1
  shift
  [ -f "$OUT/$name/model/model.json" ] && return 0
  echo "training $name ..." >&2
  local start end
  start=$(date +%s)
  "$AUTOLAB" train "$@" --max-rounds 1 --out "$OUT/$name" >"$OUT/$name.train.log" 2>&1 \
    || { tail -20 "$OUT/$name.train.log" >&2; exit 1; }
  end=$(date +%s)
  echo "$((end - start)) s, load $(cut -d' ' -f1-3 /proc/loadavg)" >"$OUT/$name.train.wall"
}

SPAM=("$OUT/data/spam-train.csv" --valid "$OUT/data/spam-valid.csv"
  --test "$OUT/data/spam-test.csv" --target label --text text)
PENGUINS_TARGET=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['target'])" \
  "$DATA/penguins/meta.json")
train spam-linear "${SPAM[@]}" --set family=tfidf-linear
train spam-minilm "${SPAM[@]}" --set family=minilm-mlp
train penguins-xgboost "$DATA/penguins/train.csv" --valid "$DATA/penguins/valid.csv" \
  --test "$DATA/penguins/test.csv" --target "$PENGUINS_TARGET" --set family=xgboost
train fashion-cnn "$OUT/data/fashion/train" --test "$OUT/data/fashion/test" --set family=cnn \
  --set max_epochs="${FASHION_EPOCHS:-4}"

[ "${TRAIN_ONLY:-0}" = 1 ] && exit 0

for name in spam-linear spam-minilm penguins-xgboost fashion-cnn; do
  echo "exporting $name ..." >&2
  echo "== $name (load before $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$OUT/tables.txt"
  "$AUTOLAB" export "$OUT/$name/model" --formats all --out "$OUT/$name/export" \
    2>"$OUT/$name.export.log" | tee -a "$OUT/tables.txt"
  echo "   (load after $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$OUT/tables.txt"
done
echo "tables: $OUT/tables.txt" >&2
