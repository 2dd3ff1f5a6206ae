#!/usr/bin/env python3
"""Side-by-side table of bench/neural.sh results: one row per network and framework (medians
over all runs), then the ratios Autolab/PyTorch the issue's bars are about. Accuracy is compared
as the mean over the seeds both frameworks ran (one run per seed), with the spread across seeds.

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


def by_seed(runs):
    """Test accuracy per seed (the first run of each; a seed gives the same model every time)."""
    seen = {}
    for r in runs:
        seen.setdefault(r.get("seed", 0), r["test_acc"])
    return seen


def mean_sd(values):
    mean = statistics.mean(values)
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return mean, sd


def summary(runs):
    return {
        # Per run: the mean samples/s over its epochs, as the reference reports per epoch.
        "samples_s": median(runs, "train_samples_per_s", lambda v: sum(v) / len(v)),
        # Seed 0 only: a seeded reference run imports torch before the script's clock starts.
        "first_batch_s": median([r for r in runs if r.get("seed", 0) == 0] or runs,
                                "time_to_first_batch_s_since_proc_start"),
        "b1_p50_ms": median(runs, "infer_b1_p50_ms"),
        "b256_samples_s": median(runs, "infer_b256_samples_per_s"),
        "test_acc": median(runs, "test_acc"),
        "by_seed": by_seed(runs),
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
          " | accuracy difference of means, points (within ±0.5) |")
    print("|---|---|---|---|---|")
    for model in models:
        if (model, "pytorch") not in groups or (model, "autolab") not in groups:
            continue
        a = summary(groups[(model, "autolab")])
        p = summary(groups[(model, "pytorch")])
        print(f"| {model} | {a['samples_s'] / p['samples_s']:.2f} | {a['first_batch_s']:.2f}"
              f" | {a['b1_p50_ms'] / p['b1_p50_ms']:.2f}"
              f" | {accuracy_difference(a, p)} |")
    print()
    print("Test accuracy by seed (both frameworks ran each seed once):")
    print()
    print("| network | seeds | pytorch | autolab | difference of means, points |")
    print("|---|---|---|---|---|")
    for model in models:
        if (model, "pytorch") not in groups or (model, "autolab") not in groups:
            continue
        a = summary(groups[(model, "autolab")])["by_seed"]
        p = summary(groups[(model, "pytorch")])["by_seed"]
        seeds = sorted(set(a) & set(p))
        am, asd = mean_sd([a[k] for k in seeds])
        pm, psd = mean_sd([p[k] for k in seeds])
        listed = lambda d: ", ".join(f"{d[k]:.4f}" for k in seeds)
        print(f"| {model} | {','.join(map(str, seeds))} | {listed(p)} (mean {pm:.4f}, sd {psd:.4f})"
              f" | {listed(a)} (mean {am:.4f}, sd {asd:.4f}) | {100 * (am - pm):+.2f} |")


def accuracy_difference(a, p):
    """Difference of the mean accuracies over the seeds both ran, and at seed 0 alone."""
    seeds = sorted(set(a["by_seed"]) & set(p["by_seed"]))
    am = statistics.mean(a["by_seed"][k] for k in seeds)
    pm = statistics.mean(p["by_seed"][k] for k in seeds)
    text = f"{100 * (am - pm):+.2f} over {len(seeds)} seed{'s' if len(seeds) > 1 else ''}"
    if 0 in seeds and len(seeds) > 1:
        text += f" ({100 * (a['by_seed'][0] - p['by_seed'][0]):+.1f} at seed 0)"
    return text


if __name__ == "__main__":
    main()
