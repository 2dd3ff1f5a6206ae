#!/usr/bin/env python3
"""Makes the dirty-data benchmark's inputs from the kit's spam splits (see dirty.sh).

Writes to OUT: clean.csv (train+valid, columns id,text,label), dirty.csv (the same rows
corrupted as documented below), test.csv (the kit's test split, clean, with ids) and
truth.json (which ids were corrupted how). Every choice is drawn from random.Random(SEED).

Corruptions of dirty.csv, each on distinct rows:
  flip      5% of rows: label flipped (ham <-> spam)
  cp1251    2%: a Russian sentence appended and the whole line encoded in Windows-1251
  quote     1%: a stray opening quote before the text that never closes
  nul       1%: NUL bytes inserted into the text
  huge      5 rows: text replaced by a 200 KB field
  dup       3%: the row repeated later with a new id (exact duplicate content)
  near      2%: the row repeated later with a new id and one word changed
"""
import csv, io, json, random, sys

SEED = 7
csv.field_size_limit(sys.maxsize)
RUSSIAN = " Срочное предложение для вас - ответьте сегодня"


def main(kit, out):
    rng = random.Random(SEED)
    rows = []
    for split in ("train", "valid"):
        with open(f"{kit}/{split}.csv", encoding="utf-8", newline="") as f:
            rows += [(r["text"], r["label"]) for r in csv.DictReader(f)]
    rows = [(f"m{i:05d}", t, l) for i, (t, l) in enumerate(rows)]
    with open(f"{kit}/test.csv", encoding="utf-8", newline="") as f:
        test = [(f"t{i:05d}", r["text"], r["label"]) for i, r in enumerate(csv.DictReader(f))]
    write_plain(f"{out}/clean.csv", rows)
    write_plain(f"{out}/test.csv", test)
    n = len(rows)
    order = list(range(n))
    rng.shuffle(order)
    picks, at = {}, 0
    for kind, count in (("flip", n * 5 // 100), ("cp1251", n * 2 // 100), ("quote", n // 100),
                        ("nul", n // 100), ("huge", 5), ("dup", n * 3 // 100), ("near", n * 2 // 100)):
        picks[kind] = set(order[at:at + count])
        at += count
    lines, extra = [], []
    for i, (rid, text, label) in enumerate(rows):
        if i in picks["flip"]:
            label = "spam" if label == "ham" else "ham"
        enc = "utf-8"
        if i in picks["cp1251"]:
            text, enc = text + RUSSIAN, "cp1251"
        if i in picks["nul"]:
            k = rng.randrange(len(text) + 1)
            text = text[:k] + "\0\0" + text[k:]
        if i in picks["huge"]:
            text = "x" * 200_000
        line = csv_line((rid, text, label))
        if i in picks["quote"]:
            line = f'{rid},"{text.splitlines()[0] if text else ""},{label}\n'
        lines.append(line.encode(enc, errors="replace"))
        if i in picks["dup"]:
            extra.append(csv_line((f"d{i:05d}", text, label)).encode(enc, errors="replace"))
        if i in picks["near"]:
            words = text.split(" ")
            words[rng.randrange(len(words))] = "changed"
            extra.append(csv_line((f"n{i:05d}", " ".join(words), label)).encode(enc, errors="replace"))
    body = lines + extra
    with open(f"{out}/dirty.csv", "wb") as f:
        f.write(b"id,text,label\r\n")
        f.writelines(body)
    truth = {k: sorted(rows[i][0] for i in v) for k, v in picks.items()}
    truth["rows"] = n + len(extra)
    with open(f"{out}/truth.json", "w") as f:
        json.dump(truth, f)


def csv_line(row):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(row)
    return buf.getvalue()


def write_plain(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(("id", "text", "label"))
        w.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
