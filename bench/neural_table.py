#!/usr/bin/env python3
"""Side-by-side table of bench/neural.sh results: one row per network and framework (medians
over the repeats), then the ratios Autolab/PyTorch the issue's bars are about.

Usage: python3 bench/neural_table.py results.jsonl
"""
import json
import statistics
import sys


def load(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    groups = {}
    for r in rows:
        side = "autolab" if r["framework"].startswith("autolab") else "pytorch"
        groups.setdefault((r["model"], side), []).append(r)
    return groups


def median(runs, key, pick=lambda v: v):
    return statistics.median(pick(r[key]) for r in runs)


def summary(runs):
    return {
        # Per run: the mean samples/s over its epochs, as the reference reports per epoch.
        "samples_s": median(runs, "train_samples_per_s", lambda v: sum(v) / len(v)),
        "first_batch_s": median(runs, "time_to_first_batch_s_since_proc_start"),
        "b1_p50_ms": median(runs, "infer_b1_p50_ms"),
        "b256_samples_s": median(runs, "infer_b256_samples_per_s"),
        "test_acc": median(runs, "test_acc"),
        "runs": len(runs),
        "load": [round(r["loadavg"][0] if isinstance(r["loadavg"], list) else r["loadavg"], 1)
                 for r in runs],
    }


def main():
    groups = load(sys.argv[1])
    print("| network | framework | runs | train samples/s | first batch s | batch-1 p50 ms"
          " | batch-256 samples/s | test acc | 1-min load per run |")
    print("|---|---|---|---|---|---|---|---|---|")
    models = sorted({m for m, _ in groups})
    for model in models:
        for side in ("pytorch", "autolab"):
            if (model, side) not in groups:
                continue
            s = summary(groups[(model, side)])
            print(f"| {model} | {side} | {s['runs']} | {s['samples_s']:,.0f} | {s['first_batch_s']:.2f}"
                  f" | {s['b1_p50_ms']:.3f} | {s['b256_samples_s']:,.0f} | {s['test_acc']:.4f}"
                  f" | {s['load']} |")
    print()
    print("| network | throughput ratio (≥ 1.0) | first batch s (≤ 5) | batch-1 p50 ratio (≤ 1.5)"
          " | accuracy difference, points (within ±0.5) |")
    print("|---|---|---|---|---|")
    for model in models:
        if (model, "pytorch") not in groups or (model, "autolab") not in groups:
            continue
        a = summary(groups[(model, "autolab")])
        p = summary(groups[(model, "pytorch")])
        print(f"| {model} | {a['samples_s'] / p['samples_s']:.2f} | {a['first_batch_s']:.2f}"
              f" | {a['b1_p50_ms'] / p['b1_p50_ms']:.2f}"
              f" | {100 * (a['test_acc'] - p['test_acc']):+.1f} |")


if __name__ == "__main__":
    main()
