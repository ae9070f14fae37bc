#!/usr/bin/env bash
# Every benchmark in one go: builds the jar if needed, generates the national data set into
# target/bench-data (once; never ./data), starts the application on 127.0.0.1, measures cold start,
# memory and HTTP throughput, prints a summary, and stops the application. Then starts it again with
# nothing kept between searches and measures, in that same run as the trivial page again: the same
# search, every request a different search, For you for many different care leavers, and a
# coordinator's caseload and opportunities' matches.
# Usage: bench/run-all.sh   (settings: see bench/common.sh; the JVM gets -Xmx512m unless
# BENCH_JAVA_OPTS says otherwise)
set -euo pipefail
source "$(dirname "$0")/common.sh"

begin_wrk_run
GENERATOR_SECONDS=
generate_data

trap stop_app EXIT
echo "Starting the application on $BENCH_URL (log: $BENCH_APP_LOG) ..."
start_app
RSS_STARTED=$(app_rss_mib)
PG_STARTED=$(embedded_postgres_pss_mib)
echo "first page after $COLD_START_MS ms; JVM RSS $RSS_STARTED MiB"

measure_pages
RSS_LOADED=$(app_rss_mib)
PG_LOADED=$(embedded_postgres_pss_mib)
stop_app

# The same search again with nothing kept between requests, so that every request is rendered
# and goes to the database: what a search nobody asked in the last 30 seconds costs. Then searches
# that all differ, and pages that differ for each person, with the trivial page of this same run
# to compare with. Many people sign in from this one address, so its sign-in limit is lifted.
echo "Starting again with nothing kept between searches ..."
CONNECTS_SEARCH_RESULTS_KEPT_FOR=0 start_app --connects.rate-limits.sign-in=100000
prepare_for_you
COORDINATOR_PAGES=yes
prepare_coordinator_pages || COORDINATOR_PAGES=
measure "$TRIVIAL_PATH"
TRIVIAL2_RPS=$RPS TRIVIAL2_P50=$P50_MS TRIVIAL2_P99=$P99_MS
ratio() { awk -v h="$1" -v t="$TRIVIAL2_RPS" 'BEGIN { printf "%.2f", h / t }'; }
measure "$SEARCH_PATH"
UNKEPT_RPS=$RPS UNKEPT_P50=$P50_MS UNKEPT_P99=$P99_MS
UNKEPT_RATIO=$(ratio "$UNKEPT_RPS")
measure_script "every search different" "$BENCH_ROOT/bench/wrk/varied-search.lua"
VARIED="$RPS req/s, p50 $P50_MS ms, p99 $P99_MS ms, problems: $PROBLEMS; ratio $(ratio "$RPS")"
export BENCH_REQUESTS="$BENCH_FOR_YOU_REQUESTS"
measure_script "For you, each a different person" "$BENCH_ROOT/bench/wrk/sessions.lua"
FOR_YOU_MANY="$RPS req/s, p50 $P50_MS ms, p99 $P99_MS ms, problems: $PROBLEMS; ratio $(ratio "$RPS")"
CASELOAD="not measured: could not sign in as a coordinator" MATCHES="$CASELOAD"
if [ -n "$COORDINATOR_PAGES" ]; then
  BENCH_REQUESTS="$BENCH_CASELOAD_REQUESTS"
  measure_script "caseload" "$BENCH_ROOT/bench/wrk/sessions.lua"
  CASELOAD="$RPS req/s, p50 $P50_MS ms, p99 $P99_MS ms, problems: $PROBLEMS; ratio $(ratio "$RPS")"
  BENCH_REQUESTS="$BENCH_MATCHES_REQUESTS"
  measure_script "an opportunity's matches" "$BENCH_ROOT/bench/wrk/sessions.lua"
  MATCHES="$RPS req/s, p50 $P50_MS ms, p99 $P99_MS ms, problems: $PROBLEMS; ratio $(ratio "$RPS")"
fi
RSS_UNKEPT=$(app_rss_mib)
PG_PSS_UNKEPT=$(embedded_postgres_pss_mib)
PG_RSS_UNKEPT=$(embedded_postgres_rss_mib)
stop_app

echo
echo "Covenant Connects benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "$(machine)"
echo "JVM options: ${BENCH_JAVA_OPTS:-(defaults)}; wrk $BENCH_THREADS threads, $BENCH_CONNECTIONS connections," \
  "$BENCH_DURATION after $BENCH_WARMUP warm-up"
echo "Load average (1, 5, 15 min) before the benchmarks, from other work on the machine: $LOAD_BEFORE"
echo
printf '| %-44s | %-40s |\n' "measure" "result"
printf '| %-44s | %-40s |\n' "--------------------------------------------" "----------------------------------------"
row() { printf '| %-44s | %-40s |\n' "$1" "$2"; }
if [ -n "$GENERATOR_SECONDS" ]; then
  row "generator (national data set)" "$GENERATOR_SECONDS s"
else
  row "generator (national data set)" "existing data reused"
fi
row "cold start: java -jar to first 200 on /" "$COLD_START_MS ms"
row "JVM RSS after start" "$RSS_STARTED MiB"
row "trivial page $TRIVIAL_PATH" "$TRIVIAL_RPS req/s, p50 $TRIVIAL_P50 ms, p99 $TRIVIAL_P99 ms"
row "home page $HOME_PATH" "$HOME_RPS req/s, p50 $HOME_P50 ms, p99 $HOME_P99 ms"
row "home / trivial throughput" "$RATIO"
row "search page $SEARCH_PATH" "$SEARCH_RPS req/s, p50 $SEARCH_P50 ms, p99 $SEARCH_P99 ms"
row "search / trivial throughput" "$SEARCH_RATIO"
row "For you, a signed-in care leaver's feed" "$FOR_YOU_RPS req/s, p50 $FOR_YOU_P50 ms, p99 $FOR_YOU_P99 ms"
row "JVM RSS after load" "$RSS_LOADED MiB"
row "embedded PostgreSQL Pss after start / load" "$PG_STARTED MiB / $PG_LOADED MiB"
row "Started again, nothing kept between searches:" ""
row "trivial page $TRIVIAL_PATH" "$TRIVIAL2_RPS req/s, p50 $TRIVIAL2_P50 ms, p99 $TRIVIAL2_P99 ms"
row "search page, nothing kept between requests" "$UNKEPT_RPS req/s, p50 $UNKEPT_P50 ms, p99 $UNKEPT_P99 ms; ratio $UNKEPT_RATIO"
row "every request a different search" "$VARIED"
row "For you, each request a different person ($(wc -l <"$BENCH_FOR_YOU_REQUESTS"))" "$FOR_YOU_MANY"
row "coordinator's caseload" "$CASELOAD"
row "an opportunity's matches ($(wc -l <"$BENCH_MATCHES_REQUESTS") opportunities)" "$MATCHES"
row "JVM RSS after this load" "$RSS_UNKEPT MiB"
row "embedded PostgreSQL after this load" "Pss $PG_PSS_UNKEPT MiB, RSS added up $PG_RSS_UNKEPT MiB"
