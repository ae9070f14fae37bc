#!/usr/bin/env bash
# Recommendations on the national data set: for one young person who turned matching on, over
# every open opportunity; and for one open opportunity, over every young person who turned
# matching on. Generates the data first if needed; leaves nothing behind; stops by itself.
# Usage: bench/matching.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_if_needed
generate_data
compile_benchmarks
echo "Measuring recommendations (log: $BENCH_ROOT/target/bench-matching.log) ..."
CONNECTS_DATA_DIR="$BENCH_DATA_DIR" run_benchmark org.covenantconnects.matching.internal.MatchingBenchmark \
  >"$BENCH_ROOT/target/bench-matching.log" 2>&1 || { tail -n 30 "$BENCH_ROOT/target/bench-matching.log"; exit 1; }
sed -n 's/^\[matching benchmark\] //p' "$BENCH_ROOT/target/bench-matching.log"
