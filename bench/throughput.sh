#!/usr/bin/env bash
# Throughput of `autolab prepare` on a generated CSV in a 1 GB heap (streamed automatically: the
# file is larger than a sixteenth of the heap). Prints the wall time of the whole command, its
# MB/s, and the peak resident memory.
# Usage: bash bench/throughput.sh [BYTES] [DIR]   (default 1,000,000,000 bytes under /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
BYTES="${1:-1000000000}"
DIR="${2:-/tmp/autolab-throughput}"
rm -rf "$DIR" && mkdir -p "$DIR"
python3 bench/big_csv.py "$DIR/big.csv" "$BYTES"
ls -l "$DIR/big.csv"
./autolab --help >/dev/null # build first, so that the timing is of the prepare alone
uptime
AUTOLAB_JAVA_OPTS=-Xmx1g /usr/bin/time -o "$DIR/time.txt" -f "%e %M" \
  ./autolab prepare "$DIR/big.csv" --target label --out "$DIR/run" --home "$DIR"
uptime
read -r WALL RSS <"$DIR/time.txt"
SIZE=$(stat -c %s "$DIR/big.csv")
python3 -c "import sys; w,r,s=float(sys.argv[1]),int(sys.argv[2]),int(sys.argv[3]); \
print(f'prepare: {s/1e6:.0f} MB in {w:.1f} s wall = {s/1e6/w:.1f} MB/s, max RSS {r/1024:.0f} MB')" \
  "$WALL" "$RSS" "$SIZE"
