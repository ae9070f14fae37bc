#!/usr/bin/env bash
# The coordinator's caseload and an opportunity's matches over the national data set, as
# bench/run-all.sh measures them, without the rest of its run: starts the application on 127.0.0.1
# with nothing kept between searches, signs in as BENCH_COORDINATORS generated coordinators (default
# 32, one for each connection), and drives the caseload (each region, pages 1 to 5) and the matches
# of up to 200 open opportunities with wrk, the coordinators taken in turn, after the trivial page
# of the same start. Prints requests a second, p50 and p99 and the cold start.
# Usage: bench/coordinator-pages.sh   (settings: see bench/common.sh; the JVM gets -Xmx512m unless
# BENCH_JAVA_OPTS says otherwise, e.g. add -XX:StartFlightRecording=filename=target/pages.jfr for
# a profile)
set -euo pipefail
source "$(dirname "$0")/common.sh"

begin_wrk_run
trap stop_app EXIT
CONNECTS_SEARCH_RESULTS_KEPT_FOR=0 start_app --connects.rate-limits.sign-in=100000
echo "first page after $COLD_START_MS ms"
prepare_coordinator_pages
measure "$TRIVIAL_PATH"
TRIVIAL_RPS=$RPS
ratio() { awk -v h="$1" -v t="$TRIVIAL_RPS" 'BEGIN { printf "%.2f", h / t }'; }
export BENCH_REQUESTS="$BENCH_CASELOAD_REQUESTS"
measure_script "caseload" "$BENCH_ROOT/bench/wrk/sessions.lua"
echo "  ratio to the trivial page $(ratio "$RPS")"
BENCH_REQUESTS="$BENCH_MATCHES_REQUESTS"
measure_script "an opportunity's matches" "$BENCH_ROOT/bench/wrk/sessions.lua"
echo "  ratio to the trivial page $(ratio "$RPS")"
echo "JVM RSS after the load: $(app_rss_mib) MiB; embedded PostgreSQL Pss $(embedded_postgres_pss_mib) MiB"
echo "Load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
