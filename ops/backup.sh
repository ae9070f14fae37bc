#!/usr/bin/env bash
# Backups of the cluster's PostgreSQL (ops/cluster.sh) for point-in-time restore: base backups,
# and every change after them streamed to an archive as it is written. Usage:
#
#   ops/backup.sh start     start archiving (a replication slot and pg_receivewal), then take a
#                           base backup; archiving goes on after the command returns
#   ops/backup.sh base      take another base backup (restores start from the latest one)
#   ops/backup.sh status    what is archived: the receiver, how far behind the server it is, the
#                           base backups
#   ops/backup.sh stop      stop archiving and drop the slot (the archive ends there)
#
# The archive is continuous rather than one file every few minutes: pg_receivewal takes the
# write-ahead log from the server as it is written and flushes it at once (--synchronous), so
# what a lost server can cost is what was written but not yet received: the lag that status
# prints, a fraction of a second on one machine. The replication slot makes the server keep any
# log the receiver has not taken yet (while it is stopped, say), so the archive has no gaps.
#
# Everything is under target/cluster/backup (or beside the cluster's database, see
# ops/cluster-paths.sh): base/<time>/ (plain copies of the data folder, each
# with its own log), wal/ (the archive) and the receiver's log. On real machines the same two
# programs run on another machine, with the archive on other disks.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=ops/cluster-paths.sh
source "$ROOT/ops/cluster-paths.sh"
BACKUP="$PG_HOME/backup"
SLOT=connects_archive

say() { echo "backup: $*"; }
fail() {
  echo "backup: FAILED: $*" >&2
  exit 1
}

[ -f "$CLUSTER/instance.env" ] || fail "no cluster here: run ops/cluster.sh up first"
# shellcheck disable=SC1091
source "$CLUSTER/instance.env"
PG_PORT=$((CLUSTER_PORT_BASE + 32))

server_psql() {
  as_postgres "$PG_BIN/psql" -X -q -At -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}
receiver_pid() { [ -f "$BACKUP/receivewal.pid" ] && head -n 1 "$BACKUP/receivewal.pid"; }
receiving() {
  local pid
  pid="$(receiver_pid)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

start() {
  as_postgres "$PG_BIN/pg_isready" -q -h "$PG_SOCKET" -p "$PG_PORT" || fail "the cluster's PostgreSQL is not running"
  mkdir -p "$BACKUP/wal" "$BACKUP/base"
  chown -R postgres:postgres "$BACKUP"
  if receiving; then
    say "already archiving (pg_receivewal pid $(receiver_pid))"
  else
    as_postgres "$PG_BIN/pg_receivewal" -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -S "$SLOT" \
      --create-slot --if-not-exists >>"$BACKUP/receivewal.log" 2>&1 || fail "could not make the slot $SLOT"
    cd / && setsid runuser -u postgres -- bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$BACKUP/receivewal.pid" \
      "$PG_BIN/pg_receivewal" -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -S "$SLOT" -D "$BACKUP/wal" \
      --synchronous --no-password </dev/null >>"$BACKUP/receivewal.log" 2>&1 &
    for _ in $(seq 1 50); do
      receiving && [ "$(server_psql -c "select count(*) from pg_stat_replication where application_name = 'pg_receivewal'")" = 1 ] \
        && break
      sleep 0.2
    done
    receiving || { tail -n 5 "$BACKUP/receivewal.log" >&2; fail "pg_receivewal did not start"; }
    say "archiving into $BACKUP/wal (pg_receivewal pid $(receiver_pid), slot $SLOT)"
  fi
  base
}

base() {
  receiving || fail "not archiving: run ops/backup.sh start"
  local name started
  name="$(date -u +%Y%m%dT%H%M%SZ)"
  started=$SECONDS
  as_postgres "$PG_BIN/pg_basebackup" -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -D "$BACKUP/base/$name" \
    -X stream -c fast --no-password >>"$BACKUP/basebackup.log" 2>&1 \
    || { tail -n 5 "$BACKUP/basebackup.log" >&2; fail "pg_basebackup failed"; }
  say "base backup $BACKUP/base/$name: $(du -sh "$BACKUP/base/$name" | cut -f1) in $((SECONDS - started)) s"
}

status() {
  if receiving; then
    server_psql -F ' ' -c "select 'archiving: received up to ' || flush_lsn || ', server at ' || pg_current_wal_lsn()
      || ', behind by ' || pg_wal_lsn_diff(pg_current_wal_lsn(), flush_lsn) || ' bytes, last flush lag '
      || coalesce(flush_lag::text, 'none (idle)') from pg_stat_replication where application_name = 'pg_receivewal'" \
      | sed 's/^/backup: /'
  else
    say "not archiving"
  fi
  say "archive: $(find "$BACKUP/wal" -type f 2>/dev/null | wc -l) files, $(du -sh "$BACKUP/wal" 2>/dev/null | cut -f1)"
  for dir in "$BACKUP"/base/*/; do
    [ -d "$dir" ] && say "base backup $(basename "$dir"): $(du -sh "$dir" | cut -f1)"
  done
  return 0
}

stop() {
  local pid
  pid="$(receiver_pid)"
  if receiving; then
    kill -TERM "$pid"
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
  fi
  rm -f "$BACKUP/receivewal.pid"
  if as_postgres "$PG_BIN/pg_isready" -q -h "$PG_SOCKET" -p "$PG_PORT"; then
    server_psql -c "select pg_drop_replication_slot('$SLOT') from pg_replication_slots where slot_name = '$SLOT'" \
      >/dev/null || say "could not drop the slot $SLOT" >&2
  fi
  say "archiving stopped"
}

case "${1:-}" in
  start) start ;;
  base) base ;;
  status) status ;;
  stop) stop ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
