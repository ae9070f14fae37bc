#!/usr/bin/env bash
# The search's filters on the national data set: for many searches without words, every published
# opportunity tested as before and as now, in turns in one process, from the copy in memory.
# Generates the data first if needed; stops by itself.
# Usage: bench/search-filters.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_if_needed
generate_data
compile_benchmarks
echo "Measuring the search's filters (log: $BENCH_ROOT/target/bench-search-filters.log) ..."
CONNECTS_DATA_DIR="$BENCH_DATA_DIR" run_benchmark org.covenantconnects.opportunity.internal.SearchFiltersBenchmark \
  >"$BENCH_ROOT/target/bench-search-filters.log" 2>&1 || { tail -n 30 "$BENCH_ROOT/target/bench-search-filters.log"; exit 1; }
sed -n 's/^\[search filters benchmark\] //p' "$BENCH_ROOT/target/bench-search-filters.log"
