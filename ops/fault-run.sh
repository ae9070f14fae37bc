#!/usr/bin/env bash
# The fault run: three faults caused on a real cluster (ops/cluster.sh: three instances of the
# service, nginx, PostgreSQL 15, a recording SMTP server, all on 127.0.0.1), each measured by what
# the SMTP server received. Usage:
#
#   ops/fault-run.sh            the data set generated with 20,000 care leavers
#   ops/fault-run.sh --short    10,000 care leavers (fewer emails; the same faults)
#   ops/fault-run.sh --ci       the form CI runs: 2,000 care leavers, the three instances started
#                               together from the jar already built (never builds), (a) and (c) only,
#                               work taken over after 30 s, stopped after 900 s
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
#   FAULT_RUN_TIMEOUT       seconds before the whole run is stopped (default 1800; --ci 900)
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
SCENARIOS=(a b c)
TAKE_OVER=60s
RUN_TIMEOUT="${FAULT_RUN_TIMEOUT:-1800}"
# (a): kill once the fan-out is seen running, this long after (seconds); (c): kill PostgreSQL once
# this many of the opportunity's emails are sent.
A_KILL_AFTER_FAN_OUT_BEGAN=0.5
C_KILL_AT_SENT=500
case "${1:-}" in
  "") ;;
  --short) FORM=short SIZE=10000 ;;
  --ci)
    # About 300 instant emails per national opportunity: enough for several batches in delivery.
    FORM=ci SIZE=2000 SCENARIOS=(a c) TAKE_OVER=30s RUN_TIMEOUT="${FAULT_RUN_TIMEOUT:-900}"
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

export CLUSTER_CARE_LEAVERS=$SIZE
export CONNECTS_MAIL_LEASE=40s
export CONNECTS_WORK_TAKE_OVER_AFTER="${FAULT_TAKE_OVER_AFTER:-$TAKE_OVER}"
export CONNECTS_WORK_CHECK_INTERVAL="${FAULT_CHECK_INTERVAL:-10s}"
# The first retry of failed work must not come later than the take-over.
export CONNECTS_WORK_RETRY_AFTER=20s
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
  for n in 1 2 3; do
    count="$(log_since_mark "$n" | grep -cE '^[0-9:.]+ +ERROR ' || true)"
    errors=$((errors + count))
  done
  R_LOST=$((expected - distinct)) R_DUPLICATES=$((total - distinct)) R_INCOMPLETE=$incomplete R_ERRORS=$errors
  [ "$expected" -gt 0 ] || R_LOST=unknown
  say "  ERROR lines in the instances' logs since the scenario began: $errors"
  if [ "$errors" -gt 0 ]; then
    for n in 1 2 3; do log_since_mark "$n"; done | grep -E '^[0-9:.]+ +ERROR ' | sed 's/^[0-9:.]* *ERROR *[^ ]* *: //' \
      | cut -c 1-150 | sort | uniq -c | sort -rn | head -n 5 | while IFS= read -r line; do say "    $line"; done
  fi
  if [ "$last" -gt 0 ]; then
    say "  from the fault to the last email received: $(awk -v t=$((last - fault_ms)) 'BEGIN { printf "%.1f", t / 1000 }') s"
  fi
}

# --- Pass or fail -------------------------------------------------------------------------------

FAILURES=()
failed() { FAILURES+=("$*"); }

# Judges the figures report just printed: $1 the scenario, $2 the duplicates allowed, $3 whether
# its work finished (0) or not.
judge() {
  local name="$1" allowed="$2" finished="$3"
  [ "$finished" = 0 ] || failed "($name) did not finish its work"
  [ "$R_LOST" = 0 ] || failed "($name) lost: $R_LOST (no email expected counts as lost)"
  [ "$R_DUPLICATES" -le "$allowed" ] || failed "($name) duplicates: $R_DUPLICATES, more than the $allowed allowed"
  [ "$R_INCOMPLETE" = 0 ] || failed "($name) incomplete event publications: $R_INCOMPLETE"
  [ "$R_ERRORS" = 0 ] || failed "($name) ERROR lines in the instances' logs: $R_ERRORS"
}

SENDERS="${CONNECTS_MAIL_SENDERS:-1}"

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
  # The killed instance's sender threads may each have held a claimed email.
  judge a "$SENDERS" "$finished"
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
  judge b $((B_KILLED * SENDERS)) "$finished"
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
  judge c 0 "$finished"
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
say "Passed: nothing lost, nothing sent twice beyond what a kill -9 allows, all work finished, no ERROR logged"
