#!/usr/bin/env bash
# Alerts on the national data set: the fan-out of one national opportunity to every care leaver
# and supporter it fits, against a bare INSERT ... SELECT of the same rows in the same run, and the
# weekly digest for everyone. Generates the data first if needed; removes what it writes; stops by
# itself. Usage: bench/alerts.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_if_needed
generate_data
compile_benchmarks
echo "Measuring alerts (log: $BENCH_ROOT/target/bench-alerts.log) ..."
CONNECTS_DATA_DIR="$BENCH_DATA_DIR" run_benchmark org.covenantconnects.alert.internal.AlertsBenchmark \
  >"$BENCH_ROOT/target/bench-alerts.log" 2>&1 || { tail -n 30 "$BENCH_ROOT/target/bench-alerts.log"; exit 1; }
sed -n 's/^\[alerts benchmark\] //p' "$BENCH_ROOT/target/bench-alerts.log"
