#!/usr/bin/env bash
# Cold start: time from launching java -jar to the first 200 from the home page, and the JVM's
# resident memory then, over several starts against the benchmark data. Usage:
# bench/cold-start.sh [runs]   (default 3)
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs="${1:-3}"

build_if_needed
trap stop_app EXIT
for run in $(seq 1 "$runs"); do
  start_app
  printf 'start %d: first page after %d ms, JVM RSS %s MiB, embedded PostgreSQL Pss %s MiB\n' \
    "$run" "$COLD_START_MS" "$(app_rss_mib)" "$(embedded_postgres_pss_mib)"
  stop_app
done
