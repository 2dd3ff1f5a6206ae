#!/usr/bin/env python3
"""Writes a synthetic CSV of about SIZE bytes for the throughput benchmark (see throughput.sh):
id, amount, count, color, a 3-12 word note (quoted), and a yes/no label; random.Random(1)."""
import random, sys


def main(path, size):
    rng = random.Random(1)
    words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron"
             " pi rho sigma tau").split()
    colors = ["red", "green", "blue", "yellow"]
    with open(path, "w") as f:
        f.write("id,amount,count,color,note,label\n")
        i = written = 0
        while written < size:
            note = " ".join(rng.choice(words) for _ in range(rng.randint(3, 12)))
            label = "yes" if rng.random() < 0.3 else "no"
            line = (f"{i},{rng.random() * 1000:.2f},{rng.randint(0, 99)},{rng.choice(colors)},"
                    f"\"{note}\",{label}\n")
            f.write(line)
            written += len(line)
            i += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
