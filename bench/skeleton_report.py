#!/usr/bin/env python3
"""Report of bench/skeleton.sh: Autolab's test figures beside the peers', and the checks.

Peers' figures are those published in the benchmark kit's README (test split, same splits).
"""
import csv
import json
import math
import sys
from pathlib import Path

csv.field_size_limit(1 << 30)

# data set -> (target column, [(peer, accuracy, macro-F1)], floors the issue sets)
PEERS = {
    "spam": ("label", [
        ("sklearn TF-IDF + ComplementNB", 0.983, 0.981),
        ("fastText tuned", 0.982, 0.979),
        ("sklearn TF-IDF + LinearSVC", 0.977, 0.973),
    ], {"macro_f1": 0.981}),
    "penguins": ("Species", [
        ("XGBoost default", 1.000, 1.000),
        ("HistGradientBoosting early stop", 0.943, 0.935),
    ], {"accuracy": 0.97}),
    "seattle_weather": ("weather", [
        ("XGBoost default", 0.878, 0.632),
        ("HistGradientBoosting early stop", 0.871, 0.623),
    ], {"accuracy": 0.87, "macro_f1": 0.65}),
}
SPAM_WALL_LIMIT_S = 180


def labels_of(path, target):
    with open(path, newline="", encoding="utf-8") as f:
        return [row[target] for row in csv.DictReader(f)]


def recompute(predictions, truth, classes):
    """Accuracy, macro-F1 and log-loss of predict's output, as evaluation.json defines them."""
    pred = [p["label"] for p in predictions]
    acc = sum(a == b for a, b in zip(truth, pred)) / len(truth)
    f1s = []
    for c in classes:
        tp = sum(a == c and b == c for a, b in zip(truth, pred))
        npred = sum(b == c for b in pred)
        nact = sum(a == c for a in truth)
        p = tp / npred if npred else 0.0
        r = tp / nact if nact else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    loss = -sum(math.log(max(p["probabilities"][a], 1e-15)) for p, a in zip(predictions, truth))
    return {"accuracy": acc, "macro_f1": sum(f1s) / len(f1s), "log_loss": loss / len(truth)}


def main(out):
    out = Path(out)
    rows, failures = [], []
    for name, (target, peers, floors) in PEERS.items():
        run = out / name
        evaluation = json.loads((run / "evaluation.json").read_text())
        metrics = evaluation["metrics"]
        config = json.loads((run / "run.json").read_text())["config"]
        truth = labels_of(config["test"], target)
        with open(out / f"{name}.predictions.jsonl", encoding="utf-8") as f:
            predictions = [json.loads(line) for line in f]
        again = recompute(predictions, truth, list(metrics["per_class"].keys()))
        exact = all(abs(again[k] - metrics[k]) <= 1e-9 for k in again)
        wall = float((out / f"{name}.wall").read_text())
        rows.append((name, "autolab " + evaluation["model"], metrics["accuracy"],
                     metrics["macro_f1"], wall, "yes" if exact else "NO"))
        for peer, acc, f1 in peers:
            rows.append((name, peer, acc, f1, None, ""))
        for key, floor in floors.items():
            if metrics[key] < floor:
                failures.append(f"{name}: test {key} {metrics[key]:.4f} < floor {floor}")
        if not exact:
            failures.append(f"{name}: predict's metrics {again} differ from evaluation.json")
        if name == "spam" and wall > SPAM_WALL_LIMIT_S:
            failures.append(f"spam: train took {wall:.0f} s > {SPAM_WALL_LIMIT_S} s")

    print(f"\n| data set | model | accuracy | macro-F1 | train wall s | predict = evaluation.json |")
    print("|---|---|---|---|---|---|")
    for name, model, acc, f1, wall, exact in rows:
        wall_text = f"{wall:.1f}" if wall is not None else "(peer)"
        print(f"| {name} | {model} | {acc:.3f} | {f1:.3f} | {wall_text} | {exact} |")

    runs = [json.loads((out / f"repeat-{i}" / "run.json").read_text()) for i in (1, 2)]
    evals = [json.loads((out / f"repeat-{i}" / "evaluation.json").read_text()) for i in (1, 2)]
    same_split = runs[0]["data"]["split"] == runs[1]["data"]["split"]
    same_metrics = evals[0]["metrics"] == evals[1]["metrics"]
    print(f"\nsame seed twice (examples/penguins.csv, seed 7): splits identical: {same_split},"
          f" metrics identical: {same_metrics}")
    print(f"  split fingerprints: {runs[0]['data']['split']['fingerprints']}")
    if not (same_split and same_metrics):
        failures.append("two runs with the same seed differ")
    for failure in failures:
        print("FAIL " + failure)
    print("\nall checks passed" if not failures else f"\n{len(failures)} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
