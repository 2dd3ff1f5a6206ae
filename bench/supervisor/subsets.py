"""Seeded subsets for the supervisor benchmark: a 120-row sample of spam's train split (the
overfitting scenario) and 100/40/80 PNGs per class (and 20 of the 100 training ones for the overfitting scenario) from Fashion-MNIST's test folder as train,
valid and test folders (symbolic links), so a cnn run takes minutes on a laptop CPU."""
import csv
import os
import random
import sys

spam, fashion, out = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out, exist_ok=True)
csv.field_size_limit(10**9)
rng = random.Random(7)

with open(os.path.join(spam, "train.csv"), newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    rows = list(reader)
    fields = reader.fieldnames
rng.shuffle(rows)
tiny = rows[:120]
with open(os.path.join(out, "spam-tiny.csv"), "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, fieldnames=fields)
    writer.writeheader()
    writer.writerows(tiny)

source = os.path.join(fashion, "test")
if os.path.isdir(source):
    sizes = {"train": 100, "valid": 40, "test": 80}
    tiny = 20  # training images per class in the overfitting scenario
    for label in sorted(os.listdir(source)):
        files = sorted(os.listdir(os.path.join(source, label)))
        rng.shuffle(files)
        start = 0
        for split, n in sizes.items():
            target = os.path.join(out, "fashion", split, label)
            os.makedirs(target, exist_ok=True)
            for name in files[start : start + n]:
                link = os.path.join(target, name)
                if not os.path.exists(link):
                    os.symlink(os.path.join(source, label, name), link)
            if split == "train":
                target = os.path.join(out, "fashion-tiny", label)
                os.makedirs(target, exist_ok=True)
                for name in files[start : start + tiny]:
                    link = os.path.join(target, name)
                    if not os.path.exists(link):
                        os.symlink(os.path.join(source, label, name), link)
            start += n
