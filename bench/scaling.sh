#!/usr/bin/env bash
# How the cost of a search and of For you grows with the number of opportunities: for each size
# (default 5,000, 50,000 and 500,000), generates a data set with that many opportunities into
# target/bench-data-<size> (once; the other populations are the national data set's), starts the
# application with nothing kept between searches, and measures the trivial page, every request a
# different search (bench/wrk/varied-search.lua) and For you for many different care leavers
# (bench/wrk/sessions.lua), then prints a table with a row per size.
# Usage: bench/scaling.sh [size ...]   (settings: see bench/common.sh; the JVM gets -Xmx512m unless
# BENCH_JAVA_OPTS says otherwise)
set -euo pipefail
source "$(dirname "$0")/common.sh"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(5000 50000 500000)

if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  echo "bench/scaling.sh needs a data folder for each size; unset SPRING_DATASOURCE_URL." >&2
  exit 1
fi
begin_wrk_run
trap stop_app EXIT

ROWS=()
for size in "${SIZES[@]}"; do
  BENCH_DATA_DIR="$BENCH_ROOT/target/bench-data-$size"
  BENCH_GENERATE_LOG="$BENCH_ROOT/target/bench-generate-$size.log"
  echo
  echo "== $size opportunities, data in $BENCH_DATA_DIR"
  GENERATOR_SECONDS=
  generate_data --connects.generator.opportunities="$size"
  CONNECTS_SEARCH_RESULTS_KEPT_FOR=0 start_app --connects.rate-limits.sign-in=100000
  echo "first page after $COLD_START_MS ms"
  open=$(curl -s "$BENCH_URL/api/opportunities" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
  prepare_for_you
  measure "$TRIVIAL_PATH"
  trivial=$RPS
  measure_script "every search different" "$BENCH_ROOT/bench/wrk/varied-search.lua"
  varied=$(printf '%s req/s, p99 %s ms, %s (%s)' "$RPS" "$P99_MS" \
    "$(awk -v h="$RPS" -v t="$trivial" 'BEGIN { printf "%.2f", h / t }')" "$PROBLEMS")
  export BENCH_REQUESTS="$BENCH_FOR_YOU_REQUESTS"
  measure_script "For you, each a different person" "$BENCH_ROOT/bench/wrk/sessions.lua"
  for_you=$(printf '%s req/s, p99 %s ms, %s (%s)' "$RPS" "$P99_MS" \
    "$(awk -v h="$RPS" -v t="$trivial" 'BEGIN { printf "%.2f", h / t }')" "$PROBLEMS")
  memory="JVM $(app_rss_mib) MiB, PostgreSQL Pss $(embedded_postgres_pss_mib) MiB"
  stop_app
  ROWS+=("$(printf '| %s | %s | %s | %s | %s | %s | %s |' "$size" "${open:-?}" "${GENERATOR_SECONDS:-reused}" \
    "$trivial req/s" "$varied" "$for_you" "$memory")")
done

echo
echo "Covenant Connects: cost by size of the data, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "$(machine)"
echo "JVM options: $BENCH_JAVA_OPTS; wrk $BENCH_THREADS threads, $BENCH_CONNECTIONS connections," \
  "$BENCH_DURATION after $BENCH_WARMUP warm-up; nothing kept between searches; For you over $BENCH_PEOPLE people"
echo "Load average (1, 5, 15 min) before, from other work on the machine: $LOAD_BEFORE"
echo "Each ratio is to the trivial page measured right before, in the same start; problems: not 200, timeouts."
echo
echo "| opportunities | open (searchable) | generated in (s) | trivial page | every search different: req/s, p99, ratio | For you, each a different person: req/s, p99, ratio | memory after the load |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
