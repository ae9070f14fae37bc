#!/usr/bin/env bash
# Generates the national data set for benchmarks into target/bench-data (or BENCH_DATA_DIR, or the
# PostgreSQL named by SPRING_DATASOURCE_URL). Builds the jar first if needed. A second run writes
# nothing. Usage: bench/generate.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_if_needed
generate_data
