#!/usr/bin/env bash
# Point-in-time restore drill on the cluster of ops/cluster.sh (which must be up). It:
#   1. starts archiving and takes a base backup (ops/backup.sh start) unless archiving already runs;
#   2. through the load balancer, makes the service write a record (a wrong password for an
#      address made up for the drill, which the service records to limit guessing), notes the
#      database's time, waits a second and makes it write a second record;
#   3. restores the latest base backup into a new data folder, replaying the archive up to the
#      noted time, on a PostgreSQL of its own (its own port);
#   4. starts one instance of the service on the restored database, with email off (the live
#      cluster has sent what there was to send), and waits until it is ready;
#   5. checks that the first record is in the restored database and the second is not, prints how
#      long each step took and how far behind the archive was, stops what it started (archiving
#      too, when step 1 started it) and removes the restored folder (DRILL_KEEP=1 keeps it).
# Exits non-zero on any failed check. Everything listens on 127.0.0.1 only.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=ops/cluster-paths.sh
source "$ROOT/ops/cluster-paths.sh"
BACKUP="$PG_HOME/backup"
RESTORE="$PG_HOME/restore"
JAR="$ROOT/target/covenant-connects-0.1.0-SNAPSHOT.jar"
KEEP="${DRILL_KEEP:-0}"

say() { echo "restore-drill: $*"; }
fail() {
  echo "restore-drill: FAILED: $*" >&2
  exit 1
}

[ -f "$CLUSTER/instance.env" ] || fail "no cluster here: run ops/cluster.sh up first"
# shellcheck disable=SC1091
source "$CLUSTER/instance.env"
LB_URL="http://127.0.0.1:$CLUSTER_PORT_BASE"
PG_PORT=$((CLUSTER_PORT_BASE + 32))
RESTORED_PG_PORT=$((CLUSTER_PORT_BASE + 33))
RESTORED_APP_PORT=$((CLUSTER_PORT_BASE + 10))
RESTORED_SOCKET="$RESTORE/pg-socket"

live_psql() {
  as_postgres "$PG_BIN/psql" -X -q -At -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -d connects -v ON_ERROR_STOP=1 "$@"
}
restored_psql() {
  as_postgres "$PG_BIN/psql" -X -q -At -h "$RESTORED_SOCKET" -p "$RESTORED_PG_PORT" -U postgres -d connects \
    -v ON_ERROR_STOP=1 "$@"
}
ms() { date +%s%3N; }

APP_PID=
STARTED_ARCHIVING=0
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$APP_PID" 2>/dev/null
  fi
  if [ -f "$RESTORE/pg/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$RESTORE/pg" -m fast -w -t 60 stop >/dev/null 2>&1
  fi
  [ "$KEEP" = 1 ] || rm -rf "$RESTORE"
  [ "$STARTED_ARCHIVING" = 0 ] || "$ROOT/ops/backup.sh" stop
}
trap cleanup EXIT

# A wrong password for ADDRESS, through the load balancer, as a visitor's browser sends it.
wrong_password() {
  local jar page csrf status
  jar="$(mktemp)"
  page="$(curl -s --max-time 10 -c "$jar" -b "$jar" "$LB_URL/sign-in")" || fail "the cluster does not answer on $LB_URL"
  csrf="$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')"
  [ -n "$csrf" ] || fail "no form token on $LB_URL/sign-in"
  status="$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "_csrf=$csrf" --data-urlencode "email=$1" --data-urlencode "password=not-the-password-$RANDOM" \
    "$LB_URL/sign-in")"
  rm -f "$jar"
  [ "$(live_psql -c "select count(*) from sign_in_failure where email_key = '$1'")" = 1 ] \
    || fail "the service did not record the wrong password for $1 (HTTP $status)"
}

command -v curl >/dev/null || fail "curl is missing"
[ -f "$JAR" ] || fail "no jar at $JAR: run ops/cluster.sh up first"
if ! "$ROOT/ops/backup.sh" status | grep -q 'archiving: received'; then
  STARTED_ARCHIVING=1
  "$ROOT/ops/backup.sh" start || fail "could not start backups"
fi
base_dir="$(find "$BACKUP/base" -mindepth 1 -maxdepth 1 -type d | sort | tail -n 1)"
[ -n "$base_dir" ] || fail "no base backup"

run="$(date -u +%H%M%S)-$RANDOM"
before="drill-before-$run@example.invalid"
after="drill-after-$run@example.invalid"

wrong_password "$before"
target="$(live_psql -c "select clock_timestamp()")"
sleep 1
wrong_password "$after"
say "wrote $before, noted $target, then wrote $after"

# How long the archive took to hold everything written so far: the data a lost server costs.
server_at="$(live_psql -c "select pg_current_wal_lsn()")"
waited_from=$(ms)
until [ "$(live_psql -c "select count(*) from pg_stat_replication where application_name = 'pg_receivewal'
    and flush_lsn >= '$server_at'")" = 1 ]; do
  [ $(($(ms) - waited_from)) -lt 30000 ] || fail "the archive did not reach $server_at within 30 s"
  sleep 0.01
done
archive_lag_ms=$(($(ms) - waited_from))
flush_lag="$(live_psql -c "select coalesce(flush_lag::text, 'none') from pg_stat_replication where application_name = 'pg_receivewal'")"

say "restoring $(basename "$base_dir") ($(du -sh "$base_dir" | cut -f1)) and the archive up to $target"
rm -rf "$RESTORE"
mkdir -p "$RESTORE" "$RESTORED_SOCKET"
started=$(ms)
cp -a "$base_dir" "$RESTORE/pg"
chown -R postgres:postgres "$RESTORE"
chmod 700 "$RESTORE/pg"
cat >>"$RESTORE/pg/postgresql.auto.conf" <<EOF
# ops/restore-drill.sh: a copy of its own, restored to a moment.
port = $RESTORED_PG_PORT
unix_socket_directories = '$RESTORED_SOCKET'
restore_command = 'cp "$BACKUP/wal/%f" "%p" 2>/dev/null || cp "$BACKUP/wal/%f.partial" "%p"'
recovery_target_time = '$target'
recovery_target_action = 'promote'
EOF
touch "$RESTORE/pg/recovery.signal"
chown postgres:postgres "$RESTORE/pg/postgresql.auto.conf" "$RESTORE/pg/recovery.signal"
copied=$(ms)
as_postgres "$PG_BIN/pg_ctl" -D "$RESTORE/pg" -l "$RESTORE/postgres.log" -w -t 600 start >/dev/null \
  || { tail -n 20 "$RESTORE/postgres.log" >&2; fail "the restored PostgreSQL did not start"; }
until [ "$(restored_psql -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ]; do
  [ $(($(ms) - copied)) -lt 600000 ] || fail "recovery did not end within 10 minutes"
  sleep 0.1
done
recovered=$(ms)
grep -E 'recovery stopping|starting point-in-time|archive recovery complete' "$RESTORE/postgres.log" | sed 's/^/restore-drill: postgres: /'

(
  set -a
  # shellcheck disable=SC1091
  source "$CLUSTER/instance.env"
  set +a
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$RESTORED_PG_PORT/connects" \
    SPRING_DATASOURCE_USERNAME=connects_runtime SPRING_DATASOURCE_PASSWORD="$RUNTIME_PASSWORD" \
    SPRING_FLYWAY_USER=connects_owner SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD" \
    PORT="$RESTORED_APP_PORT" CONNECTS_DATA_DIR="$RESTORE/app" CONNECTS_BASE_URL="http://127.0.0.1:$RESTORED_APP_PORT" \
    CONNECTS_SECOND_FACTOR_ENCRYPTION_KEY="$SECOND_FACTOR_KEY" CONNECTS_LOG_FORMAT= CONNECTS_MAIL_SENDERS=0
  unset SPRING_PROFILES_ACTIVE CONNECTS_NOTIFY_API_KEY SPRING_MAIL_HOST SPRING_MAIL_PORT
  # shellcheck disable=SC2086
  exec java $CLUSTER_JAVA_OPTS -jar "$JAR" --server.address=127.0.0.1
) </dev/null >"$RESTORE/app.log" 2>&1 &
APP_PID=$!
until [[ "$(curl -s --max-time 5 "http://127.0.0.1:$RESTORED_APP_PORT/actuator/health/readiness" || true)" == *'"status":"UP"'* ]]; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$RESTORE/app.log" >&2; fail "the service on the restored database exited"; }
  [ $(($(ms) - recovered)) -lt 300000 ] || fail "the service on the restored database was not ready within 300 s"
  sleep 0.5
done
serving=$(ms)
page="$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$RESTORED_APP_PORT/opportunities")"

found_before="$(restored_psql -c "select count(*) from sign_in_failure where email_key = '$before'")"
found_after="$(restored_psql -c "select count(*) from sign_in_failure where email_key = '$after'")"

echo
echo "| restore drill | figure |"
echo "| --- | --- |"
echo "| base backup restored | $(basename "$base_dir"), $(du -sh "$base_dir" | cut -f1) |"
echo "| archive behind the server after the second record | caught up in $archive_lag_ms ms (last flush lag $flush_lag) |"
echo "| copying the base backup | $((copied - started)) ms |"
echo "| PostgreSQL start and replay to the moment | $((recovered - copied)) ms |"
echo "| service ready on the restored database | $((serving - recovered)) ms (its /opportunities answered $page) |"
echo "| from the start of the restore to a ready service | $((serving - started)) ms |"
echo "| record written before the moment | $( [ "$found_before" = 1 ] && echo present || echo MISSING ) |"
echo "| record written after the moment | $( [ "$found_after" = 0 ] && echo absent || echo PRESENT ) |"
echo

[ "$found_before" = 1 ] || fail "the record written before $target is not in the restored database"
[ "$found_after" = 0 ] || fail "the record written after $target is in the restored database"
[ "$page" = 200 ] || fail "the service on the restored database answered $page for /opportunities"
say "passed"
