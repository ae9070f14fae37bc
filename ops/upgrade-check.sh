#!/usr/bin/env bash
# Upgrade check: a database made by the code before a change starts, and passes its health
# check, on the code after it. Usage:
#
#   ops/upgrade-check.sh [git-ref]
#
#   git-ref  the code before the change (default: origin/main when it exists, else HEAD~1)
#
# What it does:
#   1. Builds the jar of git-ref in a temporary git worktree.
#   2. Starts that jar with the demo profile on a fresh embedded PostgreSQL in a temporary data
#      directory, so every table has rows, waits for /actuator/health/readiness to be UP, and
#      stops it with SIGTERM.
#   3. Builds the jar of this checkout (its working tree, uncommitted changes included) and starts
#      it on the same data directory without the demo profile, as a release starts on a database
#      in use. Waits for /actuator/health and /actuator/health/readiness to be UP, prints them,
#      Flyway's lines from the log and, when psql is installed, the schema history before and
#      after; then stops it.
#   4. Starts the old jar again on the database the new code migrated, as during a rolling upgrade
#      when instances of the release before still run on the new schema (ADR 043: every migration
#      is backward compatible with the release before). The same smoke journey runs against the
#      new code in step 3 and the old code here: the home page, a search, the sign-in page, signing
#      in as the demo care leaver, For you and My opportunities.
#   5. Removes the worktree and the temporary data, and exits non-zero with a message on any
#      failure or timeout.
#
# Everything listens on 127.0.0.1 only. Any SPRING_DATASOURCE_*, mail or Notify settings in the
# environment are ignored: the check always uses its own embedded PostgreSQL and sends no email.
#
# Settings, all optional:
#   UPGRADE_CHECK_BUILD_TIMEOUT  seconds for each build (default 1200)
#   UPGRADE_CHECK_START_TIMEOUT  seconds for each start to become healthy (default 300)
#   UPGRADE_CHECK_STOP_TIMEOUT   seconds for each stop after SIGTERM (default 90)
#   UPGRADE_CHECK_KEEP=1         keep the temporary folder (logs, data) afterwards
#   UPGRADE_CHECK_NEW_JAR        a jar of this checkout already built (as by ./mvnw verify), used
#                                instead of building it again
#   UPGRADE_CHECK_OFFLINE=1      build the old code with Maven offline (-o), from the local
#                                repository the build of this checkout filled
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_TIMEOUT="${UPGRADE_CHECK_BUILD_TIMEOUT:-1200}"
START_TIMEOUT="${UPGRADE_CHECK_START_TIMEOUT:-300}"
STOP_TIMEOUT="${UPGRADE_CHECK_STOP_TIMEOUT:-90}"
KEEP="${UPGRADE_CHECK_KEEP:-0}"
NEW_JAR_BUILT="${UPGRADE_CHECK_NEW_JAR:-}"
OFFLINE="${UPGRADE_CHECK_OFFLINE:-0}"

# The check uses its own database and must never reach a real one or send email.
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD \
  SPRING_MAIL_HOST SPRING_MAIL_PORT SPRING_MAIL_USERNAME SPRING_MAIL_PASSWORD \
  CONNECTS_NOTIFY_API_KEY CONNECTS_NOTIFY_TEMPLATE_ID SPRING_PROFILES_ACTIVE

say() { echo "upgrade-check: $*"; }

fail() {
  echo "upgrade-check: FAILED: $*" >&2
  exit 1
}

if [ $# -gt 1 ]; then
  echo "Usage: $0 [git-ref]" >&2
  exit 2
fi
if [ $# -eq 1 ]; then
  REF="$1"
elif git -C "$ROOT" rev-parse --verify -q origin/main >/dev/null; then
  REF=origin/main
else
  REF=HEAD~1
fi
OLD_COMMIT="$(git -C "$ROOT" rev-parse --verify -q "$REF^{commit}")" || fail "no such commit: $REF"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/connects-upgrade-check.XXXXXX")"
OLD_TREE="$WORK/old"
DATA_DIR="$WORK/data"
APP_PID=
APP_LOG=

# Stops the application started by start_app: SIGTERM, then up to STOP_TIMEOUT seconds for it
# to stop its embedded PostgreSQL and exit. Returns non-zero when it had to be killed, or when it
# left its PostgreSQL running (which is then stopped here).
stop_app() {
  local clean=0 postmaster
  if [ -n "$APP_PID" ]; then
    if kill -0 "$APP_PID" 2>/dev/null; then
      kill -TERM "$APP_PID"
      for _ in $(seq 1 $((STOP_TIMEOUT * 2))); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.5
      done
      if kill -0 "$APP_PID" 2>/dev/null; then
        echo "upgrade-check: the application did not stop within ${STOP_TIMEOUT}s of SIGTERM; killing it" >&2
        kill -KILL "$APP_PID" 2>/dev/null || true
        clean=1
      fi
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
  # The embedded PostgreSQL the application started, if it outlived the application.
  if [ -f "$DATA_DIR/postgres/postmaster.pid" ]; then
    postmaster="$(head -n 1 "$DATA_DIR/postgres/postmaster.pid")"
    if [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null; then
      echo "upgrade-check: the embedded PostgreSQL (pid $postmaster) was left running; stopping it" >&2
      kill -INT "$postmaster" 2>/dev/null || true
      for _ in $(seq 1 60); do
        kill -0 "$postmaster" 2>/dev/null || break
        sleep 0.5
      done
      kill -0 "$postmaster" 2>/dev/null && kill -KILL "$postmaster" 2>/dev/null
      clean=1
    fi
  fi
  return "$clean"
}

cleanup() {
  local status=$?
  stop_app || true
  if [ -d "$OLD_TREE" ]; then
    git -C "$ROOT" worktree remove --force "$OLD_TREE" >/dev/null 2>&1 || true
  fi
  git -C "$ROOT" worktree prune >/dev/null 2>&1 || true
  if [ "$KEEP" = 1 ]; then
    say "kept $WORK (logs and data)"
  else
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Shows the end of a log, then fails.
fail_with_log() {
  local log="$1"
  shift
  if [ -f "$log" ]; then
    echo "--- last lines of $(basename "$log") ---" >&2
    tail -n 40 "$log" >&2
    echo "---" >&2
  fi
  [ "$KEEP" = 1 ] || echo "upgrade-check: run with UPGRADE_CHECK_KEEP=1 to keep the logs" >&2
  fail "$@"
}

# A loopback port nothing listens on.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# Builds the jar in the given checkout and sets JAR to it.
build_jar() {
  local dir="$1" label="$2" log="$WORK/build-$2.log"
  say "building the $label code in $dir ..."
  if ! (cd "$dir" && timeout "$BUILD_TIMEOUT" ./mvnw -q -B $([ "$OFFLINE" = 1 ] && echo -o) package -DskipTests) >"$log" 2>&1; then
    fail_with_log "$log" "the $label code did not build (or took over ${BUILD_TIMEOUT}s)"
  fi
  JAR="$(find "$dir/target" -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*-sources.jar' | head -n 1)"
  [ -n "$JAR" ] || fail "no jar in $dir/target after building the $label code"
}

# Starts a jar on DATA_DIR on a free loopback port. Sets APP_PID, APP_LOG and APP_URL.
start_app() {
  local jar="$1" label="$2" profile="$3" port
  port="$(free_port)" || fail "found no free loopback port"
  APP_URL="http://127.0.0.1:$port"
  APP_LOG="$WORK/app-$label.log"
  say "starting the $label code on $APP_URL with data in $DATA_DIR${profile:+ (profile $profile)}"
  CONNECTS_DATA_DIR="$DATA_DIR" PORT="$port" CONNECTS_BASE_URL="$APP_URL" CONNECTS_LOG_FORMAT= \
    java -jar "$jar" --server.address=127.0.0.1 ${profile:+--spring.profiles.active=$profile} \
    </dev/null >"$APP_LOG" 2>&1 &
  APP_PID=$!
}

# Waits until a health endpoint answers UP; fails when the application exits or time runs out.
wait_until_up() {
  local path="$1" label="$2" deadline body
  deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    body="$(curl -s --max-time 5 "$APP_URL$path" || true)"
    if [[ "$body" == *'"status":"UP"'* ]]; then
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      fail_with_log "$APP_LOG" "the $label code exited before $path was UP"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      fail_with_log "$APP_LOG" "$path of the $label code was not UP within ${START_TIMEOUT}s (last answer: ${body:-none})"
    fi
    sleep 1
  done
}

# The schema history of the running application's embedded PostgreSQL, one row a line, or
# nothing when psql is not installed. PostgreSQL writes its port on the fourth line of
# postmaster.pid in its data directory.
schema_history() {
  local pg_port
  command -v psql >/dev/null || return 0
  pg_port="$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null || true)"
  [ -n "$pg_port" ] || return 0
  PGCONNECT_TIMEOUT=5 timeout 30 psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -At -F ' | ' \
    -c 'select installed_rank, version, description, checksum, success from flyway_schema_history order by installed_rank' \
    2>/dev/null || true
}

# Flyway's own lines from the application's log, without the logging prefix.
flyway_lines() {
  grep -E 'Successfully validated|Current version of schema|is up to date|Migrating schema|Successfully applied' "$APP_LOG" \
    | sed 's/^.* : //' || true
}

# GET a path; fails unless it answers 200. Keeps cookies in COOKIES. Prints the page.
get_page() {
  local path="$1" label="$2" status page
  page="$(curl -s --max-time 30 -c "$COOKIES" -b "$COOKIES" -w '\n%{http_code}' "$APP_URL$path")" \
    || fail_with_log "$APP_LOG" "the $label code did not answer $path"
  status="${page##*$'\n'}"
  [ "$status" = 200 ] || fail_with_log "$APP_LOG" "the $label code answered $status for $path"
  printf '%s' "${page%$'\n'*}"
}

# What a young person does first, on the running code: fails on any step that does not work.
smoke_journey() {
  local label="$1" page csrf answer
  COOKIES="$WORK/cookies-$label"
  rm -f "$COOKIES"
  get_page / "$label" >/dev/null
  # Each page is kept, then searched: grep -q on a pipe may close it early, and pipefail would
  # count that against the page.
  page="$(get_page '/opportunities?q=apprenticeship' "$label")"
  grep -q 'opportunit' <<<"$page" || fail_with_log "$APP_LOG" "the $label code's search page shows no results list"
  page="$(get_page /sign-in "$label")"
  csrf="$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')"
  [ -n "$csrf" ] || fail "the $label code's sign-in page has no form token"
  answer="$(curl -s --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$COOKIES" -b "$COOKIES" \
    --data-urlencode "_csrf=$csrf" --data-urlencode "email=care-leaver@example.com" \
    --data-urlencode "password=covenant-demo" "$APP_URL/sign-in")"
  [[ "$answer" == 302* && "$answer" != *sign-in* ]] \
    || fail_with_log "$APP_LOG" "the $label code did not sign in the demo care leaver (answered $answer)"
  page="$(get_page /for-you "$label")"
  grep -q 'For you' <<<"$page" || fail_with_log "$APP_LOG" "the $label code's For you page is wrong"
  get_page /my-opportunities "$label" >/dev/null
  say "smoke journey on the $label code: home, search, sign in, For you, My opportunities: all answered"
}

say "old code: $REF ($(git -C "$ROOT" log -1 --format='%h %s' "$OLD_COMMIT" | cut -c 1-100))"
say "new code: this checkout, $ROOT ($(git -C "$ROOT" log -1 --format='%h' HEAD)$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ', with uncommitted changes'))"

# 1. The old code's jar, built in a worktree of its own.
git -C "$ROOT" worktree add --detach "$OLD_TREE" "$OLD_COMMIT" >"$WORK/worktree.log" 2>&1 \
  || fail_with_log "$WORK/worktree.log" "could not make a worktree of $REF"
build_jar "$OLD_TREE" old
OLD_JAR="$JAR"

# 2. The old code makes a database, with the demo data in it.
mkdir -p "$DATA_DIR"
start_app "$OLD_JAR" old demo
wait_until_up /actuator/health/readiness old
say "old code ready: /actuator/health/readiness $(curl -s --max-time 5 "$APP_URL/actuator/health/readiness")"
OLD_HISTORY="$(schema_history)"
stop_app || fail_with_log "$APP_LOG" "the old code did not stop cleanly on SIGTERM"
say "old code stopped"

# 3. The new code starts on that database.
if [ -n "$NEW_JAR_BUILT" ]; then
  [ -f "$NEW_JAR_BUILT" ] || fail "UPGRADE_CHECK_NEW_JAR: no such file: $NEW_JAR_BUILT"
  say "new code: the jar already built, $NEW_JAR_BUILT"
  NEW_JAR="$NEW_JAR_BUILT"
else
  build_jar "$ROOT" new
  NEW_JAR="$JAR"
fi
start_app "$NEW_JAR" new ""
wait_until_up /actuator/health new
wait_until_up /actuator/health/readiness new
say "new code started on the old code's database:"
for path in /actuator/health /actuator/health/liveness /actuator/health/readiness; do
  say "  $path $(curl -s --max-time 5 "$APP_URL$path")"
done
say "Flyway, in the new code's log:"
flyway_lines | while IFS= read -r line; do say "  $line"; done
NEW_HISTORY="$(schema_history)"
smoke_journey new
stop_app || fail_with_log "$APP_LOG" "the new code did not stop cleanly on SIGTERM"
say "new code stopped"

# The rows the old code wrote must still be there, unchanged, at the start of the history.
if [ -n "$OLD_HISTORY" ] && [ -n "$NEW_HISTORY" ]; then
  say "schema history (installed_rank | version | description | checksum | success) after the new code:"
  while IFS= read -r row; do say "  $row"; done <<<"$NEW_HISTORY"
  if [ "${NEW_HISTORY:0:${#OLD_HISTORY}}" != "$OLD_HISTORY" ]; then
    fail "the schema history the old code wrote changed under the new code"
  fi
  if grep -q ' | f$' <<<"$NEW_HISTORY"; then
    fail "the schema history records a failed migration"
  fi
  say "schema history: the old code's $(wc -l <<<"$OLD_HISTORY") rows unchanged," \
    "$(($(wc -l <<<"$NEW_HISTORY") - $(wc -l <<<"$OLD_HISTORY"))) added by the new code"
else
  say "schema history not shown (needs psql on the PATH)"
fi

# 4. The old code again, on the schema the new code migrated: a rolling upgrade's old instances.
start_app "$OLD_JAR" old-on-new ""
wait_until_up /actuator/health/readiness "old"
say "old code ready on the new code's schema: /actuator/health/readiness $(curl -s --max-time 5 "$APP_URL/actuator/health/readiness")"
smoke_journey old
stop_app || fail_with_log "$APP_LOG" "the old code did not stop cleanly on SIGTERM"

say "OK: the database made by $REF starts and is healthy on this checkout, and $REF still works on it once migrated"
