#!/usr/bin/env python3
"""Summarises a dirty-data benchmark run (see dirty.sh): accounting, quarantine reasons,
duplicates, label-issue precision/recall against the flipped rows, clean vs dirty macro-F1."""
import collections, json, re, sys


def main(out):
    truth = json.load(open(f"{out}/truth.json"))
    d = f"{out}/prep-dirty/data"
    p = json.load(open(f"{d}/profile.json"))
    print(f"rows: read {p['rows_read']} = used {p['rows_used']} + quarantined "
          f"{p['rows_quarantined']} + duplicates {p['rows_duplicates']} (generated {truth['rows']})")
    reasons = collections.Counter(json.loads(l)["reason"].split(":")[0] for l in open(f"{d}/quarantine.jsonl"))
    print("quarantined by reason:", dict(reasons))
    print("repairs:", p["repairs"])
    print("duplicates:", p["duplicates"])
    used = set()
    for split in ("train", "valid", "test"):
        used |= {json.loads(l)["id"] for l in open(f"{d}/splits/{split}.jsonl")}
    recovered = {k: sum(1 for i in truth[k] if i in used) for k in ("cp1251", "nul", "quote", "huge")}
    print("corrupted rows still used (of each kind):", recovered,
          {k: len(truth[k]) for k in recovered})
    flagged = [json.loads(l)["row"] for l in open(f"{d}/label_issues.jsonl")]
    pruned = set()
    for line in open(f"{d}/quarantine.jsonl"):
        q = json.loads(line)
        if q["reason"].startswith("suspected label error"):
            pruned.add(re.match(r'\{"id":"([^"]+)"', q["raw"]).group(1))  # raw may be cut
    print(f"pruned from train as suspected label errors: {len(pruned)}, "
          f"of them flipped: {len(pruned & set(truth['flip']))}")
    flipped = set(truth["flip"])
    flipped_used = flipped & (used | pruned)  # the rows the finder saw
    hits = sum(1 for r in flagged if r in flipped)
    print(f"label issues: {len(flagged)} flagged, {hits} of them flipped rows; "
          f"precision {hits / max(1, len(flagged)):.3f}, recall {hits / max(1, len(flipped_used)):.3f} "
          f"(of {len(flipped_used)} flipped rows that reached the finder; {len(flipped)} flipped in all)")
    for name in ("clean", "dirty"):
        try:
            e = json.load(open(f"{out}/train-{name}/evaluation.json"))
            print(f"train {name}: test macro-F1 {e['metrics']['macro_f1']:.4f} accuracy {e['metrics']['accuracy']:.4f} n {e['n']}")
        except FileNotFoundError:
            print(f"train {name}: not run")


if __name__ == "__main__":
    main(sys.argv[1])
