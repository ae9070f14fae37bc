#!/usr/bin/env bash
# The fault run: three faults caused on a real cluster (ops/cluster.sh: three instances of the
# service, nginx, PostgreSQL 15, a recording SMTP server, all on 127.0.0.1), each measured by what
# the SMTP server received. Usage:
#
#   ops/fault-run.sh            the data set generated with 20,000 care leavers; (m) for 240 s
#   ops/fault-run.sh --short    10,000 care leavers, (m) for 120 s (fewer emails; the same faults)
#   ops/fault-run.sh --ci       the form CI runs: 2,000 care leavers, the three instances started
#                               together from the jar already built (never builds), (m) for 70 s
#                               (one kill -9, one PostgreSQL crash) then (a); work taken over after
#                               30 s, stopped after 1200 s. FAULT_SCENARIOS="a c" picks others
#
# (m) comes first: a mixed load through nginx (src/bench/java/org/covenantconnects/ops/MixedLoad.java,
# run from its source; ADR 051): care leavers registering and confirming by the emailed link,
# signing in, saving and applying; visitors; the coordinator publishing (each fans out alerts) and
# returning opportunities waiting for review; weekly digests started every minute on every instance
# (FAULT_DIGEST_CRON), the first with anything to send after the load's first publication. During it:
# a signed-in care leaver's instance (nginx's X-Connects-Upstream) is killed with kill -9 and their
# next request must still be signed in; PostgreSQL is killed and started again, readiness must say
# DOWN and a page through nginx must be the service's "service unavailable" page, then everything
# must recover with no restart; the long form also kills a random instance every FAULT_KILL_EVERY
# seconds (15) while two or more are ready (one of those), starting it again at once. Afterwards it prints, and
# judges: every change answered with success found in the database; every published opportunity's
# alerts against whom ADR 018's rule (written again here in SQL) says it fits; at most one weekly
# digest a person; emails by Message-ID; and prints the error rate and latency the load saw, over
# all and outside the faults' windows.
#
# On 2 cores shared with other work the full run took 705 s (12 minutes), a quarter of it starting
# the cluster.
#
# The scenarios, one after another, each after a national opportunity (open to everyone aged 16 to
# 25 in England, its organisation signed) is published by a coordinator through
# /coordinator/opportunities/{id}/publish, which makes everyone's alerts and queues the instant
# alerts' emails:
#   (a) the instance running that fan-out is killed with kill -9 while it runs, and is not started
#       again until the live instances have finished its work;
#   (b) a rolling restart: each instance in turn is stopped with SIGTERM, waited for and started,
#       while HTTP requests go through nginx and a national opportunity is published before each stop;
#   (c) PostgreSQL's postmaster is killed with kill -9 while the emails are delivered, and started
#       again 12 seconds later.
# Each prints the emails expected (instant alerts to active accounts), queued, delivered (distinct
# Message-IDs at the SMTP server), lost and duplicated, the event publications left incomplete, the
# ERROR lines in the instances' logs since the scenario began, and the time from the fault to the
# last email received.
#
# It exits 1 when any scenario lost an email, received one more than once (beyond one for each
# sender thread of an instance killed with kill -9, whose email in hand may go again at the end of
# its lease; none for the others), did not finish its work, left event publications incomplete,
# or an instance logged an ERROR; or when, over the whole run, an email marked sent never arrived.
# Times are printed, never judged.
#
# It starts from a new cluster (ops/cluster.sh clean, then up), stops by itself within
# FAULT_RUN_TIMEOUT seconds (default 1800) and always takes the cluster down. The report is also
# written to target/fault-run.txt. Settings, all optional:
#   FAULT_TAKE_OVER_AFTER   CONNECTS_WORK_TAKE_OVER_AFTER for the run (default 60s, --ci 30s; the
#                           service's default is 5m): how long a dead instance's work waits to be
#                           taken over
#   FAULT_CHECK_INTERVAL    CONNECTS_WORK_CHECK_INTERVAL (default 10s; the service's is 30s)
#   FAULT_PG_DOWN_SECONDS   how long PostgreSQL stays down in (c) (default 12)
#   FAULT_RUN_TIMEOUT       seconds before the whole run is stopped (default 1800; --ci 1200)
#   FAULT_LOAD_SECONDS      how long (m)'s load runs (default 240; --short 120; --ci 70)
#   FAULT_LOAD_USERS        people at once in (m) (default 60; --ci 20)
#   FAULT_KILL_EVERY        seconds between kills in (m) (default 15; --ci empty: only the session check's)
#   FAULT_DIGEST_CRON       when every instance starts weekly digests (default every minute)
#   FAULT_SCENARIOS         which scenarios, e.g. "m" or "m a" (default the form's)
#   CLUSTER_PORT_BASE       see ops/cluster.sh
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bench/common.sh"
CLUSTER_SH="$ROOT/ops/cluster.sh"
CLUSTER_DIR="$ROOT/target/cluster"
REPORT="$ROOT/target/fault-run.txt"
WORK="$ROOT/target/fault-run"
PG_DOWN="${FAULT_PG_DOWN_SECONDS:-12}"

# The form: its data set, scenarios and limits.
FORM=full
SIZE=20000
SCENARIOS=(m a b c)
# (m): how long the load runs, how many people at once, how often an instance is killed (empty:
# only the one the session check kills), how many opportunities wait for review and how often the
# coordinator takes one.
M_SECONDS="${FAULT_LOAD_SECONDS:-240}"
M_USERS="${FAULT_LOAD_USERS:-60}"
M_KILL_EVERY="${FAULT_KILL_EVERY-15}"
M_MODERATE_EVERY=4
TAKE_OVER=60s
RUN_TIMEOUT="${FAULT_RUN_TIMEOUT:-1800}"
# (a): kill once the fan-out is seen running, this long after (seconds); (c): kill PostgreSQL once
# this many of the opportunity's emails are sent.
A_KILL_AFTER_FAN_OUT_BEGAN=0.5
C_KILL_AT_SENT=500
case "${1:-}" in
  "") ;;
  --short) FORM=short SIZE=10000 M_SECONDS="${FAULT_LOAD_SECONDS:-120}" ;;
  --ci)
    # About 300 instant emails per national opportunity: enough for several batches in delivery.
    FORM=ci SIZE=2000 SCENARIOS=(m a) TAKE_OVER=30s RUN_TIMEOUT="${FAULT_RUN_TIMEOUT:-1200}"
    M_SECONDS="${FAULT_LOAD_SECONDS:-70}" M_USERS="${FAULT_LOAD_USERS:-20}" M_KILL_EVERY="${FAULT_KILL_EVERY-}"
    M_MODERATE_EVERY=5
    # A fan-out over 2,000 people takes well under a second: killed as soon as publishing answers
    # (its work is then incomplete whether or not the listener had begun).
    A_KILL_AFTER_FAN_OUT_BEGAN=
    C_KILL_AT_SENT=50
    export CLUSTER_START_TOGETHER=1 CLUSTER_NO_BUILD=1
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
if [ -n "${FAULT_SCENARIOS:-}" ]; then
  read -r -a SCENARIOS <<<"$FAULT_SCENARIOS"
fi
M_TO_MODERATE=$((M_SECONDS / M_MODERATE_EVERY + 10))

export CLUSTER_CARE_LEAVERS=$SIZE
export CONNECTS_MAIL_LEASE=40s
# A live instance records an email it delivered while PostgreSQL was away before another takes it.
export CONNECTS_MAIL_LAPSED_LEASE_GRACE=15s
export CONNECTS_WORK_TAKE_OVER_AFTER="${FAULT_TAKE_OVER_AFTER:-$TAKE_OVER}"
export CONNECTS_WORK_CHECK_INTERVAL="${FAULT_CHECK_INTERVAL:-10s}"
# The first retry of failed work must not come later than the take-over.
export CONNECTS_WORK_RETRY_AFTER=20s
# Weekly digests are started every minute, on every instance: the first with anything to send is the
# one after the mixed load's first publication (the generated data has no alert waiting for one), and
# each person's digest for the week is claimed once whichever instance, or how many, start it.
export CONNECTS_ALERTS_WEEKLY_DIGEST_CRON="${FAULT_DIGEST_CRON:-0 * * * * *}"
PORT_BASE="${CLUSTER_PORT_BASE:-27400}"
LB="http://127.0.0.1:$PORT_BASE"

LOAD_PIDS=()
WATCHDOG=

rm -rf "$WORK"
mkdir -p "$WORK"
: >"$REPORT"

say() { echo "$*" | tee -a "$REPORT"; }
now_ms() { date +%s%3N; }
sql() { "$CLUSTER_SH" psql -At -c "$1" 2>>"$WORK/sql-errors.log"; }

# Every process the run started and that still runs under it, deepest first.
descendants() {
  local child
  for child in $(pgrep -P "$1"); do
    descendants "$child"
    echo "$child"
  done
}

still_running() {
  local pid
  for pid in "$@"; do
    kill -0 "$pid" 2>/dev/null && echo "$pid"
  done
}

# Ends the given processes: SIGTERM, then kill -9 of any still there 10 s later.
end_processes() {
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null
  for _ in $(seq 1 50); do
    [ -n "$(still_running "$@")" ] || return 0
    sleep 0.2
  done
  # shellcheck disable=SC2046
  kill -KILL $(still_running "$@") 2>/dev/null
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  touch "$WORK/stop-load"
  # Over time, the watchdog is ending what ran then; otherwise it is no longer needed.
  if [ -f "$WORK/over-time" ]; then
    wait "$WATCHDOG" 2>/dev/null
  else
    kill "$WATCHDOG" 2>/dev/null
  fi
  # Whatever still runs under the run (the load, a cluster command and what it started).
  # shellcheck disable=SC2046
  end_processes $(descendants $$ | grep -vx "$WATCHDOG")
  "$CLUSTER_SH" down >/dev/null 2>&1
  echo "fault run: the cluster is down; report in $REPORT"
  exit "$status"
}
trap cleanup EXIT
trap 'echo "fault run: stopped" >&2; exit 130' INT TERM

# Stops the whole run after RUN_TIMEOUT seconds, whatever it is waiting for: the run's trap runs
# once the command it waits on ends, so every process under the run is ended too (kill -9 for any
# still there 10 s after SIGTERM).
(
  sleep "$RUN_TIMEOUT"
  touch "$WORK/over-time"
  echo "fault run: over ${RUN_TIMEOUT}s; stopping" >&2
  # Listed before any of it ends: a process whose parent ends no longer shows as the run's.
  self=$BASHPID
  running="$(descendants $$ | grep -vx "$self")"
  kill -TERM $$
  # shellcheck disable=SC2086
  end_processes $running
) &
WATCHDOG=$!

# --- Signing in ------------------------------------------------------------------------------

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="//; s/"$//'; }

# The code an authenticator app shows now for a base32 key (RFC 6238: HMAC-SHA1, 30 s, 6 digits).
totp() {
  local key counter mac offset
  key="$(tr -d ' =' <<<"$1" | tr '[:lower:]' '[:upper:]')"
  while [ $((${#key} % 8)) -ne 0 ]; do key="$key="; done
  key="$(base32 -d <<<"$key" | od -An -v -tx1 | tr -d ' \n')"
  counter="$(printf '%016x' $(($(date +%s) / 30)))"
  mac="$(printf "$(sed 's/../\\x&/g' <<<"$counter")" | openssl dgst -sha1 -mac HMAC -macopt "hexkey:$key" | awk '{ print $NF }')"
  offset=$((16#${mac:39:1}))
  printf '%06d' $(((16#${mac:$((offset * 2)):8} & 0x7fffffff) % 1000000))
}

# Signs in as the first generated coordinator, setting up their authenticator app at the first
# sign-in, and keeps the session in $WORK/coordinator.cookies.
COOKIES="$WORK/coordinator.cookies"
sign_in_coordinator() {
  local page="$WORK/page.html" key code
  curl -s -c "$COOKIES" -b "$COOKIES" -o "$page" "$LB/sign-in"
  curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -X POST --data-urlencode "_csrf=$(csrf_of "$page")" \
    --data-urlencode "email=coordinator-1@generated.example" --data-urlencode "password=covenant-generated" "$LB/sign-in"
  curl -s -c "$COOKIES" -b "$COOKIES" -o "$page" "$LB/sign-in/set-up"
  key="$(grep -o '<code id="key">[^<]*' "$page" | sed 's/.*>//')"
  if [ -n "$key" ]; then
    curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -X POST --data-urlencode "_csrf=$(csrf_of "$page")" \
      --data-urlencode "code=$(totp "$key")" "$LB/sign-in/set-up"
  else
    # Set up before: the code page of a generated account shows the current code.
    curl -s -c "$COOKIES" -b "$COOKIES" -o "$page" "$LB/sign-in/code"
    code="$(grep -o '[0-9]\{6\}' "$page" | head -n 1)"
    curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -X POST --data-urlencode "_csrf=$(csrf_of "$page")" \
      --data-urlencode "code=$code" "$LB/sign-in/code"
  fi
  [ "$(curl -s -b "$COOKIES" -o /dev/null -w '%{http_code}' "$LB/coordinator/opportunities")" = 200 ] \
    || { echo "fault run: could not sign in as coordinator-1@generated.example" >&2; exit 1; }
}

# --- Opportunities and their emails ------------------------------------------------------------

# A copy of a published opportunity of a signed organisation, waiting for review, for everyone
# aged 16 to 25 in England. Prints its id.
national_opportunity() {
  local title="$1" columns values id
  columns="$(sql "select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
    where table_name = 'opportunity' and is_generated = 'NEVER' and column_name <> 'id'")"
  values="$(sql "select string_agg('o.' || column_name, ', ' order by ordinal_position) from information_schema.columns
    where table_name = 'opportunity' and is_generated = 'NEVER' and column_name <> 'id'")"
  id="$(sql "insert into opportunity (id, $columns)
      select gen_random_uuid(), $values from opportunity o join signatory s on s.id = o.signatory_id
      where o.status = 'PUBLISHED' and s.stage = 'SIGNED' order by o.id limit 1 returning id" | head -n 1)"
  sql "update opportunity set title = '$title', scope = 'NATIONAL', regions = '{}', councils = '{}', age_from = 16,
      age_to = 25, opens_on = null, closes_on = null, confirmed_only = false, status = 'SUBMITTED',
      submitted_at = now(), published_at = null, reconfirm_requested_at = null
    where id = '$id'" >/dev/null
  echo "$id"
}

# Publishes an opportunity as the coordinator, through the given address (nginx by default).
publish() {
  local id="$1" base="${2:-$LB}" page="$WORK/page.html" status
  curl -s -b "$COOKIES" -c "$COOKIES" -o "$page" "$base/coordinator/opportunities/$id"
  status="$(curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null -w '%{http_code} %{redirect_url}' -X POST \
    --data-urlencode "_csrf=$(csrf_of "$page")" "$base/coordinator/opportunities/$id/publish")"
  [[ "$status" == "302 "*"/coordinator/opportunities" ]] \
    || { echo "fault run: publishing $id through $base answered $status" >&2; exit 1; }
}

subjects() {
  local in="" title
  for title in "$@"; do
    in="$in${in:+, }'New opportunity for you: $title', 'New for young people in your area: $title'"
  done
  echo "$in"
}

fanned_out() {
  local title
  for title in "$@"; do
    [ "$(sql "select count(*) > 0 from alert a join opportunity o on o.id = a.opportunity_id where o.title = '$title'")" = t ] \
      || return 1
  done
}

# Waits until every opportunity's alerts are made, none of their emails waits to be sent and no
# event publication is incomplete; at most $1 seconds.
wait_finished() {
  local limit="$1" deadline
  shift
  deadline=$((SECONDS + limit))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if fanned_out "$@" \
      && [ "$(sql "select count(*) from email_message where subject in ($(subjects "$@")) and status in ('PENDING', 'SENDING')")" = 0 ] \
      && [ "$(sql "select count(*) from event_publication where completion_date is null")" = 0 ]; then
      return 0
    fi
    sleep 2
  done
  say "  (not finished within ${limit}s; the figures below are as they stood)"
  return 1
}

sent_count() { sql "select count(*) from email_message where subject in ($(subjects "$@")) and status = 'SENT'"; }

# --- Logs --------------------------------------------------------------------------------------

mark_logs() {
  for n in 1 2 3; do
    wc -l <"$CLUSTER_DIR/app-$n.log" >"$WORK/log-mark-$n"
  done
}

log_since_mark() { tail -n +"$(($(cat "$WORK/log-mark-$1") + 1))" "$CLUSTER_DIR/app-$1.log"; }

# --- The report of one scenario -----------------------------------------------------------------

report() {
  local name="$1" fault_ms="$2"
  shift 2
  local expected queued statuses incomplete errors=0 n count line received distinct total last
  expected=0
  for title in "$@"; do
    expected=$((expected + $(sql "select count(*) from alert a join opportunity o on o.id = a.opportunity_id
      join account acc on acc.id = a.account_id where o.title = '$title' and a.email = 'INSTANT' and acc.status = 'ACTIVE'")))
  done
  sql "select id from email_message where subject in ($(subjects "$@"))" >"$WORK/ids-$name"
  queued="$(wc -l <"$WORK/ids-$name")"
  statuses="$(sql "select string_agg(status || ' ' || n, ', ' order by status) from (select status, count(*) n
    from email_message where subject in ($(subjects "$@")) group by status) s")"
  received="$(awk 'NR == FNR { want[$1] = 1; next }
    { id = substr($2, 2, 36) } (id in want) { seen[id]++; total++; if ($1 > last) last = $1 }
    END { for (k in seen) distinct++; printf "%d %d %.0f", distinct, total, last }' "$WORK/ids-$name" "$CLUSTER_DIR/smtp-received.txt")"
  read -r distinct total last <<<"$received"
  incomplete="$(sql "select count(*) from event_publication where completion_date is null")"
  say "  alerts made (one a person): $(for title in "$@"; do sql "select count(*) || ' for ' || count(distinct a.account_id) || ' people'
    from alert a join opportunity o on o.id = a.opportunity_id where o.title = '$title'"; done | paste -sd ';' | sed 's/;/; /g')"
  say "  emails expected (instant alerts to active accounts): $expected"
  say "  emails queued in the outbox: $queued ($statuses)"
  say "  delivered (distinct Message-IDs received): $distinct"
  say "  lost: $((expected - distinct))"
  say "  duplicates (received more than once): $((total - distinct))"
  # Each duplicate: when it was received, from the fault.
  awk -v fault="$fault_ms" 'NR == FNR { want[$1] = 1; next } { id = substr($2, 2, 36) }
    (id in want) { times[id] = times[id] sprintf(" +%.1f s", ($1 - fault) / 1000); n[id]++ }
    END { for (id in n) if (n[id] > 1) print id ":" times[id] }' "$WORK/ids-$name" "$CLUSTER_DIR/smtp-received.txt" \
    | sort -t+ -k2 -n | while IFS= read -r line; do say "    $line"; done
  say "  incomplete event publications: $incomplete"
  # An instance started again while PostgreSQL is down fails to start and says so with one ERROR
  # ("Application run failed"); it is started again, as a real deployment's supervisor would.
  # Those are counted apart; every other ERROR line is judged.
  local failed_starts=0
  for n in 1 2 3; do
    count="$(log_since_mark "$n" | grep -E '^[0-9:.]+ +ERROR ' | grep -cv 'Application run failed' || true)"
    errors=$((errors + count))
    count="$(log_since_mark "$n" | grep -cE '^[0-9:.]+ +ERROR .*Application run failed' || true)"
    failed_starts=$((failed_starts + count))
  done
  R_LOST=$((expected - distinct)) R_DUPLICATES=$((total - distinct)) R_INCOMPLETE=$incomplete R_ERRORS=$errors
  [ "$expected" -gt 0 ] || R_LOST=unknown
  say "  ERROR lines in the instances' logs since the scenario began: $errors"
  [ "$failed_starts" = 0 ] || say "  starts that failed because PostgreSQL was down (started again): $failed_starts"
  if [ "$errors" -gt 0 ]; then
    for n in 1 2 3; do log_since_mark "$n"; done | grep -E '^[0-9:.]+ +ERROR ' | grep -v 'Application run failed' \
      | sed 's/^[0-9:.]* *ERROR *[^ ]* *: //' \
      | cut -c 1-150 | sort | uniq -c | sort -rn | head -n 5 | while IFS= read -r line; do say "    $line"; done
  fi
  if [ "$last" -gt 0 ]; then
    say "  from the fault to the last email received: $(awk -v t=$((last - fault_ms)) 'BEGIN { printf "%.1f", t / 1000 }') s"
  fi
}

# --- Pass or fail -------------------------------------------------------------------------------

FAILURES=()
failed() { FAILURES+=("$*"); }

# Judges the figures report just printed: $1 the scenario, $2 whether its work finished (0) or
# not. No email may be lost or arrive twice, even from a sender killed mid-message: a delivery is
# recorded just before the end of its data, so the server either never takes a message whose
# sender died or takes one that is already recorded (ADR 059).
judge() {
  local name="$1" finished="$2"
  [ "$finished" = 0 ] || failed "($name) did not finish its work"
  [ "$R_LOST" = 0 ] || failed "($name) lost: $R_LOST (no email expected counts as lost)"
  [ "$R_DUPLICATES" = 0 ] || failed "($name) duplicates: $R_DUPLICATES"
  [ "$R_INCOMPLETE" = 0 ] || failed "($name) incomplete event publications: $R_INCOMPLETE"
  [ "$R_ERRORS" = 0 ] || failed "($name) ERROR lines in the instances' logs: $R_ERRORS"
}

# --- Load --------------------------------------------------------------------------------------

# Requests through nginx until told to stop: four public pages and a signed-in care leaver's
# For you. One line a request: time, status, seconds, who.
http_load() {
  local out="$1" cookie="$2" path code
  while [ ! -f "$WORK/stop-load" ]; do
    for path in / "/opportunities?q=apprenticeship" /events /sign-in; do
      code="$(curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}' "$LB$path")"
      echo "$(now_ms) $code public" >>"$out"
    done
    code="$(curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}' -H "Cookie: $cookie" "$LB/for-you")"
    echo "$(now_ms) $code signed-in" >>"$out"
    sleep 0.2
  done
}

load_report() {
  local out="$1"
  say "  HTTP requests through nginx during the restarts: $(wc -l <"$out"), by status: $(awk '{ n[$2]++ } END { for (c in n) printf "%s %d  ", c, n[c] }' "$out")"
  say "  failed (not 200): $(awk '$2 != 200' "$out" | wc -l); the signed-in care leaver's For you not 200 (signed out or failed): $(awk '$4 == "signed-in" && $2 != 200' "$out" | wc -l) of $(awk '$4 == "signed-in"' "$out" | wc -l)"
  say "  latency: p50 $(awk '{ print $3 }' "$out" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int(NR * 0.5) + 1] * 1000 }') ms, p95 $(awk '{ print $3 }' "$out" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int(NR * 0.95) + 1] * 1000 }') ms"
}

# --- The scenarios -----------------------------------------------------------------------------

# (a) The instance running a fan-out is killed and not started again (the full run then starts
# it again, after the scenario).
scenario_a() {
  say ""
  say "(a) kill -9 of the instance running a national fan-out, not restarted"
  mark_logs
  A_TITLE="Fault run $STAMP a: national apprenticeship"
  A_ID="$(national_opportunity "$A_TITLE")"
  publish "$A_ID" "http://127.0.0.1:$((PORT_BASE + 1))"
  PUBLISHED_MS=$(now_ms)
  # The fan-out runs in instance 1, after the publication's commit, in one transaction: killed
  # half a second after its listener began (--ci: at once).
  if [ -n "$A_KILL_AFTER_FAN_OUT_BEGAN" ]; then
    for _ in $(seq 1 100); do
      [ "$(sql "select count(*) from event_publication where completion_date is null and status = 'PROCESSING'")" -gt 0 ] && break
      sleep 0.1
    done
    sleep "$A_KILL_AFTER_FAN_OUT_BEGAN"
  fi
  A_FAULT=$(now_ms)
  "$CLUSTER_SH" kill 1
  say "  published through instance 1; killed it $((A_FAULT - PUBLISHED_MS)) ms later; alerts committed then:" \
    "$(sql "select count(*) from alert a join opportunity o on o.id = a.opportunity_id where o.title = '$A_TITLE'")," \
    "incomplete event publications: $(sql "select count(*) from event_publication where completion_date is null")"
  for _ in $(seq 1 600); do
    fanned_out "$A_TITLE" && break
    sleep 1
  done
  if fanned_out "$A_TITLE"; then
    say "  its alerts were made by a live instance $(awk -v t=$(($(now_ms) - A_FAULT)) 'BEGIN { printf "%.0f", t / 1000 }') s after the kill" \
      "($(for n in 2 3; do log_since_mark "$n" | grep -q 'are taken over' && echo "instance $n took it over"; done | paste -sd ' '))"
  fi
  wait_finished 600 "$A_TITLE"
  finished=$?
  report a "$A_FAULT" "$A_TITLE"
  judge a "$finished"
}

scenario_a_restart() {
  say "  instance 1 started again after the scenario"
  "$CLUSTER_SH" start 1 >/dev/null || exit 1
}

# (b) A rolling restart under load.
scenario_b() {
  say ""
  say "(b) rolling restart (SIGTERM, wait, start) of the three instances, one after another, under load"
  mark_logs
  rm -f "$WORK/stop-load"
  BENCH_URL="$LB" BENCH_CARE_LEAVER=care-leaver-1@generated.example sign_in_care_leaver || exit 1
  http_load "$WORK/load-b.txt" "$CARE_LEAVER_COOKIE" &
  LOAD_PIDS+=($!)
  B_TITLES=()
  B_FAULT=
  B_KILLED=0
  for n in 1 2 3; do
    title="Fault run $STAMP b$n: national training course"
    B_TITLES+=("$title")
    id="$(national_opportunity "$title")"
    if [ "$n" = 1 ]; then
      # Stopped while it runs the fan-out it was asked for.
      publish "$id" "http://127.0.0.1:$((PORT_BASE + 1))"
      sleep 1
      what="during the fan-out it runs"
    else
      # Stopped while the emails go out.
      publish "$id"
      for _ in $(seq 1 120); do
        [ "$(sent_count "$title")" -ge 300 ] && break
        sleep 0.5
      done
      what="with $(sent_count "$title") of that opportunity's emails sent"
    fi
    [ -n "$B_FAULT" ] || B_FAULT=$(now_ms)
    stop_started=$SECONDS
    "$CLUSTER_SH" stop "$n" >/dev/null || B_KILLED=$((B_KILLED + 1))
    stopped_in=$((SECONDS - stop_started))
    "$CLUSTER_SH" start "$n" >/dev/null || exit 1
    say "  instance $n: SIGTERM $what; exited in ${stopped_in} s; ready again after $((SECONDS - stop_started)) s"
  done
  wait_finished 300 "${B_TITLES[@]}"
  finished=$?
  touch "$WORK/stop-load"
  wait "${LOAD_PIDS[@]}" 2>/dev/null
  LOAD_PIDS=()
  report b "$B_FAULT" "${B_TITLES[@]}"
  load_report "$WORK/load-b.txt"
  say "  stops that had to end in kill -9 (not exited ${CLUSTER_STOP_TIMEOUT:-120} s after SIGTERM): $B_KILLED"
  judge b "$finished"
}

# (c) PostgreSQL killed while the emails go out, and started again.
scenario_c() {
  say ""
  say "(c) kill -9 of PostgreSQL's postmaster while the emails go out, started again ${PG_DOWN} s later"
  mark_logs
  C_TITLE="Fault run $STAMP c: national job"
  C_ID="$(national_opportunity "$C_TITLE")"
  publish "$C_ID"
  for _ in $(seq 1 120); do
    [ "$(sent_count "$C_TITLE")" -ge "$C_KILL_AT_SENT" ] && break
    sleep 0.5
  done
  C_SENT_BEFORE="$(sent_count "$C_TITLE")"
  C_WAITING_BEFORE="$(sql "select count(*) from email_message where subject in ($(subjects "$C_TITLE")) and status in ('PENDING', 'SENDING')")"
  C_FAULT=$(now_ms)
  "$CLUSTER_SH" pg-kill
  sleep 2
  # What a visitor and a load balancer's health check see while the database is away (answered
  # whenever they are, even after it is back).
  curl -s -o /dev/null --max-time 60 -w '%{http_code} after %{time_total} s' "$LB/opportunities?q=nurse" >"$WORK/c-page" &
  C_PROBES=($!)
  curl -s --max-time 60 -w ' after %{time_total} s' "http://127.0.0.1:$((PORT_BASE + 2))/actuator/health/readiness" >"$WORK/c-readiness" &
  C_PROBES+=($!)
  sleep $((PG_DOWN - 2))
  pg_started=$SECONDS
  "$CLUSTER_SH" pg-start
  say "  killed with $C_SENT_BEFORE of the opportunity's emails recorded as sent and $C_WAITING_BEFORE waiting; started again (crash recovery" \
    "included) in $((SECONDS - pg_started)) s"
  wait "${C_PROBES[@]}"
  say "  asked 2 s into the outage: an instance's readiness answered $(cat "$WORK/c-readiness");" \
    "a search page through nginx answered $(cat "$WORK/c-page")"
  wait_finished 300 "$C_TITLE"
  finished=$?
  report c "$C_FAULT" "$C_TITLE"
  # Delivery records are kept across a database outage: not one email twice.
  judge c "$finished"
}

# --- (m) The mixed load ------------------------------------------------------------------------

# Which instance (1 to 3) answered, from nginx's X-Connects-Upstream header in a headers file.
instance_of() {
  local port
  port="$(tr -d '\r' <"$1" | sed -n 's/^[Xx]-[Cc]onnects-[Uu]pstream: *//p' | tail -n 1 | sed 's/.*://')"
  [ -n "$port" ] && echo $((port - PORT_BASE))
}

instance_pid() { cat "$CLUSTER_DIR/app-$1.pid" 2>/dev/null; }
instance_alive() { local pid; pid="$(instance_pid "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
instance_ready() {
  [[ "$(curl -s --max-time 5 "http://127.0.0.1:$((PORT_BASE + $1))/actuator/health/readiness" || true)" == *'"status":"UP"'* ]]
}
ready_count() {
  local n count=0
  for n in 1 2 3; do instance_ready "$n" && count=$((count + 1)); done
  echo "$count"
}

# Kills instance N with kill -9 and starts it again in the background (logged in $WORK/starts.log).
kill_and_restart() {
  local n="$1" what="$2"
  echo "$(now_ms) $(($(now_ms) + 5000)) kill-$n" >>"$WORK/windows"
  "$CLUSTER_SH" kill "$n"
  M_KILLS=$((M_KILLS + 1))
  echo "$(date -u +%T) kill -9 of instance $n ($what)" >>"$WORK/m-events"
  ("$CLUSTER_SH" start "$n" >>"$WORK/starts.log" 2>&1 || echo "$(date -u +%T) instance $n did not start" >>"$WORK/m-events") &
  M_STARTS+=($!)
}

# A signed-in care leaver's instance is killed: the next request must still be signed in.
session_check() {
  local jar="$WORK/session.cookies" page="$WORK/page.html" n after
  rm -f "$jar"
  curl -s -c "$jar" -b "$jar" -o "$page" "$LB/sign-in"
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST --data-urlencode "_csrf=$(csrf_of "$page")" \
    --data-urlencode "email=care-leaver-2@generated.example" --data-urlencode "password=covenant-generated" "$LB/sign-in"
  for _ in 1 2 3 4 5 6; do
    curl -s -b "$jar" -o /dev/null -D "$WORK/session-before.headers" -w '%{http_code}' "$LB/for-you" >"$WORK/session-before"
    n="$(instance_of "$WORK/session-before.headers")"
    [ "$(cat "$WORK/session-before")" = 200 ] && [ -n "$n" ] && break
    sleep 1
  done
  if [ "$(cat "$WORK/session-before")" != 200 ] || [ -z "$n" ]; then
    M_SESSION="could not sign in (For you answered $(cat "$WORK/session-before"))"
    failed "(m) the signed-in care leaver's check could not begin: $M_SESSION"
    return
  fi
  kill_and_restart "$n" "it had just answered a signed-in care leaver's For you"
  after="$(curl -s -b "$jar" -o "$WORK/session-after.html" -D "$WORK/session-after.headers" -w '%{http_code} %{redirect_url}' "$LB/for-you")"
  M_SESSION="For you answered 200 from instance $n; it was killed with kill -9; the next request answered $after from instance $(instance_of "$WORK/session-after.headers")"
  [[ "$after" == "200 "* ]] || failed "(m) the signed-in care leaver was not signed in after their instance was killed: $after"
}

# PostgreSQL is killed and started again; while it is down, readiness and a page are asked.
pg_outage() {
  local n pids_before pids_after page readiness down_at back_at recovered=
  pids_before="$(for n in 1 2 3; do instance_pid "$n"; done | paste -sd ' ')"
  down_at=$(now_ms)
  "$CLUSTER_SH" pg-kill
  echo "$(date -u +%T) kill -9 of PostgreSQL's postmaster" >>"$WORK/m-events"
  sleep 3
  readiness=""
  for n in 1 2 3; do
    instance_alive "$n" || continue
    instance_ready "$n" >/dev/null
    readiness="$readiness instance $n: $(curl -s --max-time 5 -o "$WORK/readiness-$n" -w '%{http_code}' "http://127.0.0.1:$((PORT_BASE + n))/actuator/health/readiness") $(grep -so '"status":"[A-Z_]*"' "$WORK/readiness-$n" | head -n 1);"
  done
  page="$(curl -s --max-time 30 -o "$WORK/outage-page.html" -w '%{http_code} after %{time_total} s' "$LB/opportunities?q=nurse")"
  M_OUTAGE="readiness 3 s into the outage:$readiness a search page through nginx answered $page"
  if grep -q 'Sorry, there is a problem with the service' "$WORK/outage-page.html"; then
    M_OUTAGE="$M_OUTAGE (the service's \"Sorry, there is a problem with the service\" page)"
  else
    failed "(m) during the outage a page through nginx answered $page, not the service's \"service unavailable\" page"
  fi
  [[ "$readiness" == *'503 "status":"DOWN"'* ]] && [[ "$readiness" != *'"status":"UP"'* ]] \
    || failed "(m) readiness during the outage did not report DOWN on every live instance:$readiness"
  sleep $((PG_DOWN - 3))
  "$CLUSTER_SH" pg-start
  back_at=$(now_ms)
  echo "$(date -u +%T) PostgreSQL started again" >>"$WORK/m-events"
  # Recovered: every live instance ready again, and a page through nginx answers 200, with no restart.
  for _ in $(seq 1 120); do
    if [ "$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$LB/opportunities?q=nurse")" = 200 ]; then
      recovered=1
      for n in 1 2 3; do
        if instance_alive "$n" && ! instance_ready "$n"; then recovered=; fi
      done
      [ -n "$recovered" ] && break
    fi
    sleep 0.5
  done
  pids_after="$(for n in 1 2 3; do instance_pid "$n"; done | paste -sd ' ')"
  echo "$down_at $(($(now_ms) + 2000)) postgresql" >>"$WORK/windows"
  if [ -n "$recovered" ]; then
    M_RECOVERY="every live instance ready and a page answering 200 $(awk -v t=$(($(now_ms) - back_at)) 'BEGIN { printf "%.1f", t / 1000 }') s after PostgreSQL was back (down $(awk -v t=$((back_at - down_at)) 'BEGIN { printf "%.1f", t / 1000 }') s); instances' processes before and after: $pids_before / $pids_after"
  else
    M_RECOVERY="not recovered within 60 s of PostgreSQL being back"
    failed "(m) the service did not recover after PostgreSQL was back"
  fi
  [ "$pids_before" = "$pids_after" ] || failed "(m) an instance was restarted during the outage ($pids_before / $pids_after)"
}

# Copies of published opportunities of signed organisations (each keeps its scope, regions,
# councils, ages and kind), waiting for review. Prints their ids.
submitted_copies() {
  local count="$1" columns values
  columns="$(sql "select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
    where table_name = 'opportunity' and is_generated = 'NEVER' and column_name not in ('id', 'title')")"
  values="$(sql "select string_agg('o.' || column_name, ', ' order by ordinal_position) from information_schema.columns
    where table_name = 'opportunity' and is_generated = 'NEVER' and column_name not in ('id', 'title')")"
  sql "insert into opportunity (id, title, $columns)
      select gen_random_uuid(), left('Fault run $STAMP m: ' || replace(o.title, '''', ''), 120), $values
      from opportunity o join signatory s on s.id = o.signatory_id
      where o.status = 'PUBLISHED' and s.stage = 'SIGNED' order by random() limit $count" >/dev/null
  sql "update opportunity set status = 'SUBMITTED', submitted_at = now(), published_at = null, opens_on = null,
      closes_on = null, reconfirm_requested_at = null where title like 'Fault run $STAMP m: %' returning id"
}

# Opportunities open to every care leaver aged 16 to 25 in England, applied for through the
# service: copies of published ones, published now (before the load) with their alerts made by
# publishing them as the coordinator.
applicable_opportunities() {
  local id n
  for n in 1 2 3; do
    id="$(national_opportunity "Fault run $STAMP m-apply-$n: national course")"
    sql "update opportunity set take_up = 'CONNECTS', apply_url = null, access_code = null, places = null where id = '$id'" >/dev/null
    publish "$id"
    echo "$id"
  done
}

# The figures over the load's requests ($WORK/m/requests.txt), outside the windows or not.
load_figures() {
  local outside="$1"
  awk -v outside="$outside" 'NR == FNR { from[NR] = $1; to[NR] = $2; windows = NR; next }
    { if (outside) { for (i = 1; i <= windows; i++) if ($1 >= from[i] && $1 <= to[i]) next }
      n++; if (!($2 >= 200 && $2 < 400)) bad++; print $3 > "/dev/stderr" }
    END { printf "%d requests, %d failed (%.2f %%)", n, bad, (n ? 100 * bad / n : 0) }' \
    "$WORK/windows" "$WORK/m/requests.txt" 2>"$WORK/latencies"
  printf ', p50 %s ms, p95 %s ms' "$(sort -n "$WORK/latencies" | awk '{ a[NR] = $1 } END { print (NR ? a[int(NR * 0.5) + 1] : 0) }')" \
    "$(sort -n "$WORK/latencies" | awk '{ a[NR] = $1 } END { print (NR ? a[int(NR * 0.95) + 1] : 0) }')"
}

# Every change the load was told was made, looked for in the database. Prints "kind told missing".
rows_check() {
  {
    echo "create temp table told (kind text, a text, b text);"
    echo "copy told from stdin;"
    awk '{ print $2 "\t" $3 "\t" ($4 == "" ? "\\N" : $4) }' "$WORK/m/done.txt"
    printf '\\.\n'
    cat <<'SQL'
select kind, count(*), count(*) filter (where not found) from (
  select t.kind, case t.kind
    when 'registered' then exists (select from account a where lower(a.email) = lower(t.a))
    when 'confirmed' then exists (select from account a where lower(a.email) = lower(t.a) and a.email_verified_at is not null
      and a.status = 'ACTIVE')
    when 'saved' then exists (select from saved_opportunity s join account a on a.id = s.account_id
      where lower(a.email) = lower(t.a) and s.opportunity_id = t.b::uuid)
    when 'applied' then exists (select from take_up u join account a on a.id = u.account_id
      where lower(a.email) = lower(t.a) and u.opportunity_id = t.b::uuid and u.status = 'APPLIED')
    when 'published' then exists (select from opportunity o where o.id = t.a::uuid and o.status = 'PUBLISHED')
    when 'returned' then exists (select from opportunity o where o.id = t.a::uuid and o.status = 'DRAFT')
    else true end as found
  from told t where t.kind <> 'signed-out') f group by kind order by kind;
SQL
  } | "$CLUSTER_SH" psql -At -F ' ' 2>>"$WORK/sql-errors.log"
}

# The alerts of every opportunity published in the load, against whom the rule of ADR 018 says
# it fits, written here again from the rule (not the service's statement): age in whole years on
# the day within the range; national reaches everyone, regional those living in one of its
# regions, a council's own those it looked after and those living in its region; narrowed by the
# regions a care leaver chose for regional ones, by confirmed care experience when asked, and by
# the kinds chosen; verified supporters by where they work. It reads people's alert settings as
# they are at the end, so a person whose account or settings were made or changed later than 10 s
# before a publication is left out of its comparison (a newcomer's settings are made when they
# confirm their email: one who registered before a publication and confirmed after was not someone
# its fan-out could alert). Accounts made after a publication are left out of its comparison too:
# a fan-out alerts those who are there when it runs, and one taken over after a kill runs later.
# Prints: opportunities, expected, made, missing, unexpected, doubled.
alerts_check() {
  sql "with published as (
      select o.*, coalesce((select array_agg(la.region_code) from local_authority la where la.id = any(o.councils)), '{}') as council_regions
      from opportunity o where o.title like 'Fault run $STAMP m%' and o.status = 'PUBLISHED' and o.published_at is not null),
    settled as (
      select p.id as opportunity_id, a.id as account_id from published p cross join account a
      left join alert_preference ap on ap.account_id = a.id
      where greatest(a.created_at, ap.updated_at) < p.published_at - interval '10 seconds'),
    expected as (
      select p.id as opportunity_id, pref.account_id from published p
      join alert_preference pref on pref.frequency <> 'OFF' and (pref.in_app or pref.by_email)
      left join care_leaver c on pref.audience = 'CARE_LEAVER' and c.account_id = pref.account_id
      left join supporter s on pref.audience = 'SUPPORTER' and s.account_id = pref.account_id and s.verification = 'VERIFIED'
      left join local_authority sla on sla.id = s.local_authority_id
      where (cardinality(pref.categories) = 0 and cardinality(pref.types) = 0 or p.category = any(pref.categories) or p.type = any(pref.types))
        and ((c.account_id is not null
            and extract(year from age((p.published_at at time zone 'Europe/London')::date, c.date_of_birth)) between p.age_from and p.age_to
            and case p.scope when 'NATIONAL' then true
              when 'REGIONS' then c.region_code = any(p.regions) and (cardinality(pref.regions) = 0 or p.regions && pref.regions)
              else c.local_authority_id = any(p.councils) or c.region_code = any(p.council_regions) end
            and (not p.confirmed_only or c.care_experience_confirmed_at is not null))
          or (s.account_id is not null
            and case p.scope when 'NATIONAL' then true
              when 'REGIONS' then p.regions && (case when cardinality(pref.regions) = 0 then array[sla.region_code]::varchar(9)[] else pref.regions end)
              else s.local_authority_id = any(p.councils) end))),
    made as (select a.opportunity_id, a.account_id from alert a join published p on p.id = a.opportunity_id)
    select (select count(*) from published),
      (select count(*) from expected e join settled using (opportunity_id, account_id)),
      (select count(*) from made m join settled using (opportunity_id, account_id)),
      (select count(*) from (select * from expected except select * from made) x join settled using (opportunity_id, account_id)),
      (select count(*) from (select * from made except select * from expected) x join settled using (opportunity_id, account_id)),
      (select count(*) - count(distinct (opportunity_id, account_id)) from made)" | tr '|' ' '
}

# Weekly digests queued since the run began: people with more than one (in the outbox, and at the
# SMTP server by distinct Message-ID), and digests claimed (alert_digest) with no email queued.
digests_check() {
  sql "select id || ' ' || lower(recipient) from email_message where created_at >= '$DB_STARTED' and subject ~ '^[0-9]+ new opportunit'" \
    >"$WORK/digest-ids"
  local queued people doubled_outbox received doubled_received claimed unmatched
  queued="$(wc -l <"$WORK/digest-ids")"
  people="$(awk '{ print $2 }' "$WORK/digest-ids" | sort -u | wc -l)"
  doubled_outbox="$(awk '{ print $2 }' "$WORK/digest-ids" | sort | uniq -d | wc -l)"
  received="$(awk 'NR == FNR { want[$1] = $2; next } { id = substr($2, 2, 36) } (id in want) { print id }' "$WORK/digest-ids" \
    "$CLUSTER_DIR/smtp-received.txt" | sort -u | wc -l)"
  doubled_received="$(awk 'NR == FNR { want[$1] = $2; next } { id = substr($2, 2, 36) } (id in want) { print id " " want[id] }' \
    "$WORK/digest-ids" "$CLUSTER_DIR/smtp-received.txt" | sort -u | awk '{ print $2 }' | sort | uniq -d | wc -l)"
  claimed="$(sql "select count(*) from alert_digest where sent_at >= '$DB_STARTED' and frequency = 'WEEKLY'")"
  unmatched="$(sql "select count(*) from alert_digest d join account a on a.id = d.account_id
    where d.sent_at >= '$DB_STARTED' and d.alerts > 0 and not exists (select from email_message m
      where lower(m.recipient) = lower(a.email) and m.created_at >= '$DB_STARTED' and m.subject ~ '^[0-9]+ new opportunit')")"
  echo "$queued $people $doubled_outbox $received $doubled_received $claimed $unmatched"
}

scenario_m() {
  local started ends next_kill pg_at session_at n candidates line figures
  say ""
  say "(m) a mixed load through nginx for ${M_SECONDS} s, ${M_USERS} people at once; kill -9 of an instance" \
    "$([ -n "$M_KILL_EVERY" ] && echo "every ${M_KILL_EVERY} s (one of the ready ones, when at least two are), each started again at once" || echo "once"), PostgreSQL killed once and started again ${PG_DOWN} s later"
  mark_logs
  mkdir -p "$WORK/m"
  : >"$WORK/windows"
  : >"$WORK/m-events"
  : >"$CLUSTER_DIR/smtp-links.txt"
  M_KILLS=0
  M_STARTS=()
  applicable_opportunities >"$WORK/m-applicable"
  submitted_copies "$M_TO_MODERATE" >"$WORK/m-to-moderate"
  sql "select a.email from account a join care_leaver c on c.account_id = a.id where a.status = 'ACTIVE'
    and a.email like 'care-leaver-%@generated.example' and c.date_of_birth between current_date - interval '24 years'
    and current_date - interval '18 years' order by random() limit 3000" >"$WORK/m-care-leavers"
  say "  $(wc -l <"$WORK/m-care-leavers") generated care leavers aged 18 to 24 sign in; $(wc -l <"$WORK/m-applicable") national" \
    "opportunities they apply for; $(wc -l <"$WORK/m-to-moderate") opportunities waiting for review, one taken every ${M_MODERATE_EVERY} s"
  started=$(now_ms)
  java -Xmx256m "$ROOT/src/bench/java/org/covenantconnects/ops/MixedLoad.java" "base=$LB" "seconds=$M_SECONDS" \
    "users=$M_USERS" "out=$WORK/m" "links=$CLUSTER_DIR/smtp-links.txt" "careLeavers=$WORK/m-care-leavers" \
    "applicable=$WORK/m-applicable" "toModerate=$WORK/m-to-moderate" \
    "coordinator=CONNECTS_SESSION=$(awk '$6 == "CONNECTS_SESSION" { print $7 }' "$COOKIES")" \
    "moderateEvery=$M_MODERATE_EVERY" "stamp=$STAMP" >"$WORK/m/load.log" 2>&1 &
  LOAD_PIDS+=($!)
  ends=$((SECONDS + M_SECONDS + 5))
  session_at=$((SECONDS + M_SECONDS / 6 + 5))
  pg_at=$((SECONDS + M_SECONDS / 2))
  next_kill=$((session_at + ${M_KILL_EVERY:-100000}))
  local session_done= pg_done=
  while [ "$SECONDS" -lt "$ends" ] && kill -0 "${LOAD_PIDS[-1]}" 2>/dev/null; do
    if [ -z "$session_done" ] && [ "$SECONDS" -ge "$session_at" ] && [ "$(ready_count)" = 3 ]; then
      session_check
      session_done=1
    elif [ -z "$pg_done" ] && [ "$SECONDS" -ge "$pg_at" ] && [ -n "$session_done" ] && [ "$(ready_count)" -ge 2 ]; then
      pg_outage
      pg_done=1
      next_kill=$((SECONDS + ${M_KILL_EVERY:-100000}))
    elif [ -n "$M_KILL_EVERY" ] && [ "$SECONDS" -ge "$next_kill" ] && [ "$SECONDS" -lt $((ends - 10)) ] \
      && { [ "$SECONDS" -lt $((pg_at - 15)) ] || [ -n "$pg_done" ]; }; then
      candidates=()
      for n in 1 2 3; do instance_ready "$n" && candidates+=("$n"); done
      # One of the ready instances, as long as another stays ready.
      if [ ${#candidates[@]} -ge 2 ]; then
        kill_and_restart "${candidates[$((RANDOM % ${#candidates[@]}))]}" "at random, ${#candidates[@]} ready"
        next_kill=$((SECONDS + M_KILL_EVERY))
      fi
    fi
    sleep 1
  done
  wait "${LOAD_PIDS[-1]}" 2>/dev/null
  LOAD_PIDS=()
  [ -n "$session_done" ] || failed "(m) the session check did not run (the three instances were never ready together)"
  [ -n "$pg_done" ] || failed "(m) PostgreSQL was not restarted during the load"
  while IFS= read -r line; do say "  $line"; done <"$WORK/m-events"
  # The scenarios after this one need the three instances (the short form's (a) publishes through
  # instance 1). An instance started again while PostgreSQL was down could not start: it is started
  # once more, as a real deployment's supervisor would.
  if [ ${#SCENARIOS[@]} -gt 1 ]; then
    wait "${M_STARTS[@]}" 2>/dev/null
    for n in 1 2 3; do
      instance_alive "$n" || { "$CLUSTER_SH" start "$n" >/dev/null && say "  instance $n started again after the load"; }
    done
  fi
  # Each title once: two opportunities waiting for review may share one, and emails and alerts are
  # found by title, so a title listed twice counted its emails twice as expected.
  M_TITLES=()
  while IFS= read -r line; do M_TITLES+=("$line"); done < <(sql "select distinct title from opportunity where title like 'Fault run $STAMP m%' and status = 'PUBLISHED'")
  wait_finished 600 "${M_TITLES[@]}"
  finished=$?
  say "  requests (what the load saw), all: $(load_figures 0)"
  say "  requests outside the outage windows (5 s from each kill, PostgreSQL's outage until 2 s after recovery): $(load_figures 1)"
  say "  by kind (requests, failed): $(awk '{ n[$4]++; if (!($2 >= 200 && $2 < 400)) bad[$4]++ } END { for (k in n) printf "%s %d/%d  ", k, n[k], bad[k] }' "$WORK/m/requests.txt")"
  say "  instances that answered: $(awk '{ n[$5]++ } END { for (k in n) printf "%s %d  ", k, n[k] }' "$WORK/m/requests.txt")"
  say "  session: $M_SESSION; signed-in people sent to sign in during the load: $(grep -c ' signed-out ' "$WORK/m/done.txt")"
  [ "$(grep -c ' signed-out ' "$WORK/m/done.txt")" = 0 ] || failed "(m) signed-in people were signed out during the load"
  say "  outage: $M_OUTAGE"
  say "  recovery: $M_RECOVERY"
  say "  changes answered with success, looked for in the database (kind: told, lost):"
  M_LOST_ROWS=0
  while read -r kind told lost; do
    say "    $kind: $told, lost $lost"
    M_LOST_ROWS=$((M_LOST_ROWS + lost))
  done < <(rows_check)
  [ "$(wc -l <"$WORK/m/done.txt")" -gt 0 ] || failed "(m) the load made no change at all"
  [ "$M_LOST_ROWS" = 0 ] || failed "(m) changes answered with success but not in the database: $M_LOST_ROWS"
  read -r published expected made missing unexpected doubled <<<"$(alerts_check)"
  say "  alerts of the $published opportunities published in the load: expected by the rule $expected, made $made," \
    "missing $missing, not expected $unexpected, doubled $doubled"
  [ "$published" -gt 0 ] || failed "(m) no opportunity was published in the load"
  [ "$missing" = 0 ] && [ "$unexpected" = 0 ] && [ "$doubled" = 0 ] \
    || failed "(m) alerts: missing $missing, not expected $unexpected, doubled $doubled"
  read -r queued people doubled_outbox received doubled_received claimed unmatched <<<"$(digests_check)"
  say "  weekly digests since the run began: $queued queued for $people people ($claimed claimed), received $received;" \
    "people with more than one: $doubled_outbox in the outbox, $doubled_received at the SMTP server; claimed with alerts but none queued: $unmatched"
  say "  $(grep -h 'digests from' "$CLUSTER_DIR"/app-*.log | sed 's/^\([0-9:]*\).*: /at \1 UTC: /' | head -n 3 | paste -sd ';')"
  [ "$doubled_outbox" = 0 ] && [ "$doubled_received" = 0 ] && [ "$unmatched" = 0 ] \
    || failed "(m) digests: doubled $doubled_outbox in the outbox, $doubled_received received; missing $unmatched"
  report m "$started" "${M_TITLES[@]}"
  say "  kill -9 of an instance during the load: $M_KILLS"
  judge m "$finished"
}

# --- The run -----------------------------------------------------------------------------------

RUN_STARTED=$SECONDS
say "Fault run, $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine)"
say "Code: $(git -C "$ROOT" log -1 --format='%h %s' | cut -c 1-100)"
say "Data set: generated with $SIZE care leavers ($((SIZE / 10)) supporters, $((SIZE / 40)) signatories, $((SIZE / 4)) opportunities)"
say "Instances: 3, -Xmx512m, CONNECTS_MAIL_LEASE=$CONNECTS_MAIL_LEASE, one sender thread each;" \
  "work taken over after CONNECTS_WORK_TAKE_OVER_AFTER=$CONNECTS_WORK_TAKE_OVER_AFTER (service default 5m)," \
  "checked every CONNECTS_WORK_CHECK_INTERVAL=$CONNECTS_WORK_CHECK_INTERVAL, first retry after $CONNECTS_WORK_RETRY_AFTER"
"$CLUSTER_SH" clean >/dev/null
"$CLUSTER_SH" up | sed 's/^/  /' | grep -v 'generator: [a-z_]*: [0-9,]* rows$' | tee -a "$REPORT"
[ "${PIPESTATUS[0]}" = 0 ] || exit 1
say "Cluster up after $((SECONDS - RUN_STARTED)) s"
DB_STARTED="$(sql "select now() - interval '10 minutes'")"
sign_in_coordinator
STAMP="$(date -u +%H%M%S)"

for scenario in "${SCENARIOS[@]}"; do
  "scenario_$scenario"
  # The full run starts the killed instance again before the rolling restart.
  [ "$scenario" = a ] && [ "$FORM" != ci ] && scenario_a_restart
done

# The whole run: every email queued since the cluster started, by Message-ID.
say ""
sql "select id from email_message where status = 'SENT' and (created_at >= '$DB_STARTED' or sent_at >= '$DB_STARTED')" >"$WORK/ids-all"
NEVER_RECEIVED="$(awk 'NR == FNR { got[substr($2, 2, 36)] = 1; next } !($1 in got)' "$CLUSTER_DIR/smtp-received.txt" "$WORK/ids-all" | wc -l)"
say "Whole run: emails sent since the cluster started (the scenarios' and any other) $(wc -l <"$WORK/ids-all");" \
  "messages received $(wc -l <"$CLUSTER_DIR/smtp-received.txt"), distinct Message-IDs" \
  "$(awk '{ print $2 }' "$CLUSTER_DIR/smtp-received.txt" | sort -u | wc -l); sent in the outbox but never received: $NEVER_RECEIVED"
[ "$NEVER_RECEIVED" = 0 ] || failed "(whole run) sent in the outbox but never received: $NEVER_RECEIVED"
say "Run took $((SECONDS - RUN_STARTED)) s (form: $FORM; load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
if [ ${#FAILURES[@]} -gt 0 ]; then
  say "FAILED:"
  for failure in "${FAILURES[@]}"; do say "  $failure"; done
  exit 1
fi
say "Passed: nothing lost, nothing sent twice, all work finished, no ERROR logged"
