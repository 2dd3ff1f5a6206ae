#!/usr/bin/env bash
# Throughput of `autolab prepare` on a generated CSV in a 1 GB heap (streamed from 256 MB).
# Usage: bash bench/throughput.sh [BYTES] [DIR]   (default 1,000,000,000 bytes under /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
BYTES="${1:-1000000000}"
DIR="${2:-/tmp/autolab-throughput}"
rm -rf "$DIR" && mkdir -p "$DIR"
python3 bench/big_csv.py "$DIR/big.csv" "$BYTES"
ls -l "$DIR/big.csv"
uptime
AUTOLAB_JAVA_OPTS=-Xmx1g /usr/bin/time -f "wall %e s, max RSS %M KB" \
  ./autolab prepare "$DIR/big.csv" --target label --out "$DIR/run" --home "$DIR"
uptime
