"""Reads the supervisor benchmark's runs (bench/supervisor/run.sh) and prints one table of the
runs and one of the issue's seven checks, each PASS, FAIL or n/a (scenario not run)."""
import json
import math
import os
import sqlite3
import sys

out = sys.argv[1]
runs_dir = os.path.join(out, "runs")
db = os.path.join(out, "home", "runs", "autolab.db")


def load(name):
    d = os.path.join(runs_dir, name)
    if not os.path.isdir(d):
        return None
    r = {"name": name, "ok": False, "actions": [], "segments": [], "nan_step": None}
    ev = os.path.join(d, "run", "evaluation.json")
    if os.path.exists(ev):
        m = json.load(open(ev))["metrics"]
        r.update(ok=True, accuracy=m["accuracy"], macro_f1=m["macro_f1"])
    t = os.path.join(d, "time.txt")
    if os.path.exists(t):
        parts = open(t).read().split()
        if len(parts) >= 2:
            r["rss_mb"] = int(parts[-2]) / 1024
            r["wall_s"] = float(parts[-1])
    r["load"] = open(os.path.join(d, "load_before.txt")).read().strip() if os.path.exists(
        os.path.join(d, "load_before.txt")) else ""
    j = os.path.join(d, "run", "journal.jsonl")
    segment = []
    if os.path.exists(j):
        for line in open(j):
            e = json.loads(line)
            if e.get("stage") != "supervisor":
                continue
            if e["kind"] == "action":
                a = dict(step=e.get("step"), rule=e.get("rule"), knob=e.get("knob"),
                         frm=e.get("from"), to=e.get("to"), trial=e.get("trial"))
                r["actions"].append(a)
                segment.append(a)
            elif e.get("rule", "").endswith(".outcome"):
                for a in r["actions"]:
                    if a["step"] == e["evidence"].get("action_step") and a["rule"] + ".outcome" == e["rule"]:
                        a["outcome"] = e["evidence"].get("verdict")
            elif e.get("rule") == "curve":
                r["segments"].append((segment, e["evidence"].get("cooldown_steps", 0)))
                segment = []
    if segment:
        r["segments"].append((segment, 0))
    rj = os.path.join(d, "run", "run.json")
    if os.path.exists(rj) and os.path.exists(db):
        run_id = json.load(open(rj)).get("id")
        con = sqlite3.connect(db)
        rows = con.execute(
            "select step, value from metrics where run_id=? and key like '%.train.loss' order by rowid",
            (run_id,)).fetchall()
        con.close()
        for step, value in rows:
            if value is None or not math.isfinite(value):
                r["nan_step"] = step
                break
    return r


def fmt(x, f="%.4f"):
    return "-" if x is None else f % x


def per_knob_ok(r):
    """At most one action per knob inside one cool-down, in every supervised training run."""
    for actions, cooldown in r["segments"]:
        by = {}
        for a in actions:
            by.setdefault(a["knob"], []).append(a["step"])
        for steps in by.values():
            steps.sort()
            for x, y in zip(steps, steps[1:]):
                if y - x < cooldown:
                    return False
    return True


names = sorted(os.listdir(runs_dir)) if os.path.isdir(runs_dir) else []
runs = {n: load(n) for n in names}
print("| run | test accuracy | test macro-F1 | supervisor actions (step rule: knob from -> to, outcome) | peak RSS MB | wall s | load before |")
print("|---|---|---|---|---|---|---|")
for n, r in runs.items():
    acts = "; ".join(
        "%s %s: %s %s -> %s%s" % (a["step"], a["rule"], a["knob"], a["frm"], a["to"],
                                  ", " + a["outcome"] if a.get("outcome") else "")
        for a in r["actions"]) or "none"
    print("| %s | %s | %s | %s | %s | %s | %s |" % (
        n, fmt(r.get("accuracy")), fmt(r.get("macro_f1")), acts if r["ok"] else "FAILED: " + acts,
        fmt(r.get("rss_mb"), "%.0f"), fmt(r.get("wall_s"), "%.0f"), r["load"]))


def get(n):
    return runs.get(n)


def verdict(cond):
    return "PASS" if cond else "FAIL"


checks = []
healthy = get("healthy-on")
for prefix, base in (("lr-high", "healthy-on"), ("cnn-lr-high", "cnn-healthy-on")):
    on, off, h = get(prefix + "-on"), get(prefix + "-off"), get(base)
    if on and off and h and h["ok"]:
        ratio_on = on.get("macro_f1", 0) / h["macro_f1"] if on["ok"] else 0
        ratio_off = off.get("macro_f1", 0) / h["macro_f1"] if off["ok"] else 0
        checks.append(("1. learning rate 1.0 (%s)" % prefix,
                       "healthy macro-F1 %.4f; off %.4f (%.0f%%); on %.4f (%.0f%%), needs >= 95%%"
                       % (h["macro_f1"], off.get("macro_f1", float("nan")), 100 * ratio_off,
                          on.get("macro_f1", float("nan")), 100 * ratio_on),
                       verdict(ratio_on >= 0.95)))
on, off = get("cnn-overfit-on"), get("cnn-overfit-off")
if on and off:
    detected = [a for a in on["actions"] if a["rule"] == "overfitting"]
    checks.append(("2. tiny subset overfits",
                   "overfitting stop at step %s; test macro-F1 on %.4f vs off %.4f"
                   % (detected[0]["step"] if detected else "none", on.get("macro_f1", float("nan")),
                      off.get("macro_f1", float("nan"))),
                   verdict(bool(detected) and on.get("macro_f1", 0) > off.get("macro_f1", 1))))
for prefix in ("cnn-plateau", "mlp-plateau"):
    on, off = get(prefix + "-on"), get(prefix + "-off")
    if on and off:
        cuts = [a for a in on["actions"] if a["rule"] == "plateau"]
        better = [a for a in cuts if a.get("outcome") == "better"]
        checks.append(("3. plateau (%s)" % prefix,
                       "%d plateau cut(s), %d followed by a lower validation loss; test macro-F1 on %.4f vs off %.4f"
                       % (len(cuts), len(better), on.get("macro_f1", float("nan")),
                          off.get("macro_f1", float("nan"))),
                       verdict(bool(better))))
on, off = get("cnn-memory-on"), get("cnn-memory-off")
if on and off:
    halves = [a for a in on["actions"] if a["knob"] == "micro_batch"]
    checks.append(("4. memory limit",
                   "%d halving(s) (%s); run on %s, peak RSS on %s MB / off %s MB"
                   % (len(halves), ", ".join("%s->%s" % (a["frm"], a["to"]) for a in halves),
                      "completed" if on["ok"] else "FAILED", fmt(on.get("rss_mb"), "%.0f"),
                      fmt(off.get("rss_mb"), "%.0f")),
                   verdict(bool(halves) and on["ok"])))
on, off = get("cnn-exploding-on"), get("cnn-exploding-off")
if on and off:
    clips = [a for a in on["actions"] if a["knob"] == "clip_norm"]
    clip_step = clips[0]["step"] if clips else None
    ok = clip_step is not None and (on["nan_step"] is None or clip_step < on["nan_step"])
    checks.append(("5. exploding gradients",
                   "clipping on at step %s; first NaN loss: on %s, off %s"
                   % (clip_step, on["nan_step"], off["nan_step"]), verdict(ok)))
for name in ("healthy-on", "cnn-healthy-on"):
    h = get(name)
    if h:
        checks.append(("6. healthy default (%s)" % name,
                       "%d corrective action(s)" % len(h["actions"]),
                       verdict(h["ok"] and not h["actions"])))
supervised = [r for n, r in runs.items() if n.endswith("-on")]
if supervised:
    bad = [r["name"] for r in supervised if not per_knob_ok(r)]
    checks.append(("7. one action per knob per cool-down",
                   "%d supervised runs checked%s" % (len(supervised), "; broken in " + ", ".join(bad) if bad else ""),
                   verdict(not bad)))
print()
print("| check | measured | verdict |")
print("|---|---|---|")
for c in checks:
    print("| %s | %s | %s |" % c)
