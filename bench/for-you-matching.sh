#!/usr/bin/env bash
# For you's matching on the national data set: for many made-up young people, what fits them and in
# which order, as matched before and as matched now, in turns in one process, from the copy in memory.
# Generates the data first if needed; stops by itself.
# Usage: bench/for-you-matching.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_if_needed
generate_data
compile_benchmarks
echo "Measuring For you's matching (log: $BENCH_ROOT/target/bench-for-you.log) ..."
CONNECTS_DATA_DIR="$BENCH_DATA_DIR" run_benchmark org.covenantconnects.opportunity.internal.ForYouBenchmark \
  >"$BENCH_ROOT/target/bench-for-you.log" 2>&1 || { tail -n 30 "$BENCH_ROOT/target/bench-for-you.log"; exit 1; }
sed -n 's/^\[for you benchmark\] //p' "$BENCH_ROOT/target/bench-for-you.log"
