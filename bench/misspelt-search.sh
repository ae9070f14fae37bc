#!/usr/bin/env bash
# The search that forgives typing mistakes on the national data set: each misspelt search of
# bench/wrk/varied-search.lua asked of PostgreSQL's trigrams and of the copy in memory, in turns, in
# one process, with nothing kept. Generates the data first if needed; stops by itself.
# Usage: bench/misspelt-search.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_if_needed
generate_data
compile_benchmarks
echo "Measuring misspelt searches (log: $BENCH_ROOT/target/bench-search.log) ..."
CONNECTS_DATA_DIR="$BENCH_DATA_DIR" run_benchmark org.covenantconnects.opportunity.internal.MisspeltSearchBenchmark \
  >"$BENCH_ROOT/target/bench-search.log" 2>&1 || { tail -n 30 "$BENCH_ROOT/target/bench-search.log"; exit 1; }
sed -n 's/^\[search benchmark\] //p' "$BENCH_ROOT/target/bench-search.log"
