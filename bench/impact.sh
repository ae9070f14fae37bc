#!/usr/bin/env bash
# The impact dashboard over the national data set: builds the jar if needed, generates the data set
# into target/bench-data (once; never ./data), starts the application on 127.0.0.1, signs in as
# BENCH_COORDINATORS generated coordinators (default 32, with their second factors; see common.sh)
# and drives /coordinator/impact with wrk, each request a different filter, the coordinators taken
# in turn: three fiscal years; all England, each of the nine regions and every
# fifth council; the year's last day (or today) and past month ends; each goal or KPI charted in turn. Prints requests a second,
# p50 and p99 beside the trivial page measured in the same run, and the load average before and
# after, as other work on the machine changes the figures; then the same filters from only a few
# connections at once (BENCH_IMPACT_TEAM, default 4), the most a small team asks of the dashboard.
# The goal: p99 at most 100 ms.
# Usage: bench/impact.sh   (settings: see bench/common.sh; the JVM gets -Xmx512m unless
# BENCH_JAVA_OPTS says otherwise; BENCH_IMPACT_YEARS, the fiscal years to ask for, default the
# last three: e.g. "2024 2025 2026")
set -euo pipefail
source "$(dirname "$0")/common.sh"
BENCH_IMPACT_REQUESTS="$BENCH_ROOT/target/bench-impact.tsv"
MEASURES="SIGNATORIES COUNCILS_EMBEDDED INSTITUTIONS_EMBEDDED CARE_LEAVERS_REGISTERED LEISURE_TAKEN_UP
  EMPLOYMENT_TAKEN_UP NEW_SIGNATORIES OPPORTUNITIES_PUBLISHED ADVISERS_ON_CONNECTS COUNCILS_PARTNERED EVENTS_HELD
  EVENT_ATTENDANCES"

begin_wrk_run
GENERATOR_SECONDS=
generate_data

trap stop_app EXIT
echo "Starting the application on $BENCH_URL (log: $BENCH_APP_LOG) ..."
start_app --connects.rate-limits.sign-in=100000
echo "first page after $COLD_START_MS ms"
sign_in_coordinators
mapfile -t COOKIES <<<"$COORDINATOR_COOKIES"
COORDINATOR_COOKIE="${COOKIES[0]}"

# The fiscal year today is in (April to March), and the two before it unless told otherwise.
this_year=$(( 10#$(date -u +%m) >= 4 ? $(date -u +%Y) : $(date -u +%Y) - 1 ))
YEARS="${BENCH_IMPACT_YEARS:-$(( this_year - 2 )) $(( this_year - 1 )) $this_year}"
# The areas: all England, each of the nine regions, and every fifth council of the dashboard's list
# (its council choices, read from the page itself).
COUNCILS=$(curl -s -H "Cookie: $COORDINATOR_COOKIE" "$BENCH_URL/coordinator/impact" \
  | sed -n '/name="council"/,/<\/select>/p' | grep -o 'value="[a-z0-9-]\+"' | sed 's/value="//; s/"$//' \
  | awk 'NR % 5 == 1')
AREAS="region= $(for r in 1 2 3 4 5 6 7 8 9; do printf 'region=E1200000%s ' "$r"; done)"
for council in $COUNCILS; do AREAS="$AREAS council=$council"; done
# Each year, area and day (the year's last day or today, and two past month ends of the year) gets
# one request, the goal or KPI charted taken in turn.
set -- $MEASURES
MEASURE_LIST=("$@")
today=$(date -u +%Y-%m-%d)
: >"$BENCH_IMPACT_REQUESTS"
i=0
for year in $YEARS; do
  days=""
  for month in 4 9 1; do
    y=$(( month >= 4 ? year : year + 1 ))
    end=$(date -u -d "$y-$(printf %02d "$month")-01 +1 month -1 day" +%Y-%m-%d)
    [[ "$end" < "$today" ]] && days="$days $end"
  done
  for area in $AREAS; do
    for on in "" $days; do
      printf '/coordinator/impact?year=%s&on=%s&%s&measure=%s\t%s\n' "$year" "$on" "$area" \
        "${MEASURE_LIST[$(( i % ${#MEASURE_LIST[@]} ))]}" "${COOKIES[$(( i % ${#COOKIES[@]} ))]}" \
        >>"$BENCH_IMPACT_REQUESTS"
      i=$(( i + 1 ))
    done
  done
done
REQUESTS=$(wc -l <"$BENCH_IMPACT_REQUESTS")
# Every request must be the dashboard itself, not a refusal or the sign-in page.
first_path=$(head -n 1 "$BENCH_IMPACT_REQUESTS" | cut -f1)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COORDINATOR_COOKIE" "$BENCH_URL$first_path")
[ "$status" = 200 ] || { echo "The dashboard answered $status to $first_path" >&2; exit 1; }

echo "wrk: $BENCH_THREADS threads, $BENCH_CONNECTIONS connections, $BENCH_DURATION each after a $BENCH_WARMUP warm-up"
measure "$TRIVIAL_PATH"
TRIVIAL="$RPS req/s, p50 $P50_MS ms, p99 $P99_MS ms"
TRIVIAL_RPS=$RPS
# The same request (this year, all England) by each coordinator in turn.
BENCH_IMPACT_ONE="$BENCH_ROOT/target/bench-impact-one.tsv"
printf '/coordinator/impact\t%s\n' "${COOKIES[@]}" >"$BENCH_IMPACT_ONE"
BENCH_REQUESTS="$BENCH_IMPACT_ONE" measure_script "/coordinator/impact" "$BENCH_ROOT/bench/wrk/sessions.lua"
ONE="$RPS req/s, p50 $P50_MS ms, p99 $P99_MS ms, problems: $PROBLEMS; ratio $(awk -v h="$RPS" -v t="$TRIVIAL_RPS" 'BEGIN { printf "%.2f", h / t }')"
export BENCH_REQUESTS="$BENCH_IMPACT_REQUESTS"
measure_script "impact dashboard, filters varied" "$BENCH_ROOT/bench/wrk/sessions.lua"
VARIED="$RPS req/s, p50 $P50_MS ms, p99 $P99_MS ms, problems: $PROBLEMS; ratio $(awk -v h="$RPS" -v t="$TRIVIAL_RPS" 'BEGIN { printf "%.2f", h / t }')"
# The Covenant's team is small: the same filters with BENCH_IMPACT_TEAM connections (default 4),
# each a coordinator asking again the moment a page arrives, many times what the team asks in a day.
TEAM_CONNECTIONS="${BENCH_IMPACT_TEAM:-4}"
BENCH_CONNECTIONS="$TEAM_CONNECTIONS" measure_script "filters varied, $TEAM_CONNECTIONS at once" \
  "$BENCH_ROOT/bench/wrk/sessions.lua"
TEAM="$RPS req/s, p50 $P50_MS ms, p99 $P99_MS ms, problems: $PROBLEMS"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop_app

echo
echo "Covenant Connects impact dashboard benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "$(machine)"
echo "JVM options: ${BENCH_JAVA_OPTS:-(defaults)}; wrk $BENCH_THREADS threads, $BENCH_CONNECTIONS connections," \
  "$BENCH_DURATION after $BENCH_WARMUP warm-up"
echo "Load average (1, 5, 15 min) before: $LOAD_BEFORE; after the measurements: $LOAD_AFTER"
echo
printf '| %-52s | %-60s |\n' "measure" "result"
printf '| %-52s | %-60s |\n' "----------------------------------------------------" \
  "------------------------------------------------------------"
row() { printf '| %-52s | %-60s |\n' "$1" "$2"; }
if [ -n "$GENERATOR_SECONDS" ]; then
  row "generator (national data set)" "$GENERATOR_SECONDS s"
else
  row "generator (national data set)" "existing data reused"
fi
row "trivial page $TRIVIAL_PATH" "$TRIVIAL"
row "/coordinator/impact (this year, all England), $BENCH_COORDINATORS coordinators" "$ONE"
row "/coordinator/impact, $REQUESTS filters (years $YEARS), $BENCH_COORDINATORS coordinators" "$VARIED"
row "/coordinator/impact, the same filters, $TEAM_CONNECTIONS connections" "$TEAM"
row "goal for the dashboard" "p99 at most 100 ms"
