#!/usr/bin/env bash
# A cluster of the service on one machine, on 127.0.0.1 only: a PostgreSQL 15 server of its own
# (Debian's package, not the embedded one), an SMTP server that records every message it takes,
# three instances of the service and nginx in front of them as the load balancer. Usage:
#
#   ops/cluster.sh up              build the jar if missing, start everything, generate data if the
#                                  database is empty, and wait until every instance is ready
#   ops/cluster.sh down            stop everything (exits 0 even when some of it is already down)
#   ops/cluster.sh status          what runs, on which port, and each instance's readiness
#   ops/cluster.sh clean           down, then remove target/cluster (database, logs, records)
#
# Parts, for scripts that cause faults (ops/fault-run.sh):
#   ops/cluster.sh start N | stop N | kill N     instance N (1 to 3): start and wait until ready;
#                                                SIGTERM and wait; kill -9
#   ops/cluster.sh pg-start | pg-kill            PostgreSQL: start (and recover); kill -9 of the postmaster
#   ops/cluster.sh psql [psql arguments]         psql on the cluster's database as its superuser
#
# Everything the cluster keeps is under target/cluster (the database, its socket and its log in
# /var/tmp instead when the checkout is closed to the postgres user: ops/cluster-paths.sh): the
# database (pg/), each instance's log
# (app-N.log), PostgreSQL's (postgres.log), nginx's configuration and logs (nginx/), the messages
# the SMTP server took (smtp-received.txt: time in ms, Message-ID, recipients, one a line; and
# smtp-links.txt: the email confirmation links in them, with Message-ID and recipients) and the
# settings every instance starts with (instance.env). It never touches the machine's own
# PostgreSQL clusters or nginx configuration. Running as root, it installs Debian's postgresql and
# nginx packages with apt-get when they are missing; PostgreSQL runs as the postgres user.
#
# Settings, all optional (read by up; instance.env keeps them for later starts):
#   CLUSTER_PORT_BASE       nginx listens on it, instances on +1, +2, +3, SMTP on +25, PostgreSQL
#                           on +32 (default 27400)
#   CLUSTER_CARE_LEAVERS    size of the generated data set: care leavers; the other parts are
#                           scaled from it as in the national set (supporters a tenth, signatories
#                           a fortieth, opportunities a quarter, past alert emails ten times;
#                           default 40000)
#   CLUSTER_JAVA_OPTS       each instance's JVM options (default -Xmx512m)
#   CLUSTER_START_TIMEOUT   seconds for an instance to become ready (default 300)
#   CLUSTER_STOP_TIMEOUT    seconds for an instance to stop after SIGTERM before kill -9 (default 120)
#   CLUSTER_START_TOGETHER  1: up starts the three instances at once instead of the first alone
#                           (each migrates under Flyway's lock; saves one JVM start)
#   CLUSTER_NO_BUILD        1: up never builds; it fails when the jar is missing (for CI, where
#                           ./mvnw verify has just built it)
#   CONNECTS_MAIL_*, CONNECTS_WORK_*, CONNECTS_ALERTS_*  passed to every instance as they are
#                           (CONNECTS_MAIL_LEASE defaults to 40s here)
set -uo pipefail

source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bench/common.sh"

ROOT="$BENCH_ROOT"
# shellcheck source=ops/cluster-paths.sh
source "$ROOT/ops/cluster-paths.sh"
NGINX_DIR="$CLUSTER/nginx"
RECORDS="$CLUSTER/smtp-received.txt"
INSTANCES=(1 2 3)

say() { echo "cluster: $*"; }
fail() {
  echo "cluster: FAILED: $*" >&2
  exit 1
}

# Ports: fixed once at up, in instance.env, so later commands agree with the running cluster.
load_settings() {
  if [ -f "$CLUSTER/instance.env" ]; then
    # shellcheck disable=SC1091
    source "$CLUSTER/instance.env"
  fi
  PORT_BASE="${CLUSTER_PORT_BASE:-27400}"
  LB_PORT=$PORT_BASE
  SMTP_PORT=$((PORT_BASE + 25))
  PG_PORT=$((PORT_BASE + 32))
  START_TIMEOUT="${CLUSTER_START_TIMEOUT:-300}"
  STOP_TIMEOUT="${CLUSTER_STOP_TIMEOUT:-120}"
}
app_port() { echo $((PORT_BASE + $1)); }

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { [ -f "$1" ] && head -n 1 "$1"; }
postmaster_pid() { pid_of "$PG_DATA/postmaster.pid"; }

# Superuser psql on the cluster's own socket; never the machine's default cluster.
cluster_psql() {
  as_postgres "$PG_BIN/psql" -X -q -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 "$@"
}

install_packages() {
  local missing=()
  [ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || fail "install ${missing[*]} (apt-get install ${missing[*]}), or run as root"
  say "installing ${missing[*]} with apt-get ..."
  timeout 600 apt-get update -q >/dev/null || fail "apt-get update failed"
  # Debian starts the packages' own services; the cluster uses none of them.
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed"
}

write_settings() {
  local key
  mkdir -p "$CLUSTER"
  [ -f "$CLUSTER/instance.env" ] && return 0
  key="$(openssl rand -base64 32)"
  {
    echo "# Written by ops/cluster.sh up: what every instance of this cluster starts with."
    echo "CLUSTER_PORT_BASE=${CLUSTER_PORT_BASE:-27400}"
    echo "CLUSTER_JAVA_OPTS='${CLUSTER_JAVA_OPTS:--Xmx512m}'"
    echo "CLUSTER_START_TIMEOUT=${CLUSTER_START_TIMEOUT:-300}"
    echo "CLUSTER_STOP_TIMEOUT=${CLUSTER_STOP_TIMEOUT:-120}"
    echo "OWNER_PASSWORD=$(openssl rand -hex 16)"
    echo "RUNTIME_PASSWORD=$(openssl rand -hex 16)"
    # One key for all: a second factor set up through one instance is read by every other.
    echo "SECOND_FACTOR_KEY='$key'"
    echo "CONNECTS_MAIL_LEASE=${CONNECTS_MAIL_LEASE:-40s}"
    env | grep -E '^CONNECTS_(MAIL|WORK|ALERTS)_[A-Z_]+=' | grep -v '^CONNECTS_MAIL_LEASE=' | sed "s/=\(.*\)$/='\1'/" || true
  } >"$CLUSTER/instance.env"
}

# What an instance, and the generator, are given to reach the database.
export_database() {
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/connects"
  export SPRING_DATASOURCE_USERNAME=connects_runtime SPRING_DATASOURCE_PASSWORD="$RUNTIME_PASSWORD"
  export SPRING_FLYWAY_USER=connects_owner SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD"
}

pg_start() {
  if alive "$(postmaster_pid)" && as_postgres "$PG_BIN/pg_isready" -q -h "$PG_SOCKET" -p "$PG_PORT"; then
    return 0
  fi
  mkdir -p "$PG_SOCKET"
  chown postgres:postgres "$PG_SOCKET"
  touch "$PG_LOG"
  chown postgres:postgres "$PG_LOG"
  # A postmaster killed with kill -9 leaves backends that end on their own within moments.
  for _ in $(seq 1 20); do
    pgrep -u postgres -f "postgres: .*connects" >/dev/null || break
    sleep 0.5
  done
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 120 start \
    >>"$CLUSTER/pg_ctl.log" 2>&1 \
    || { tail -n 20 "$PG_LOG" >&2; fail "PostgreSQL did not start"; }
}

pg_up() {
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    say "making a PostgreSQL 15 database in $PG_DATA"
    mkdir -p "$PG_DATA"
    chown postgres:postgres "$PG_DATA"
    chmod 700 "$PG_DATA"
    as_postgres test -w "$PG_DATA" \
      || fail "the postgres user cannot write to $PG_DATA: a folder above it is closed to others"
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$CLUSTER/initdb.log" 2>&1 \
      || { cat "$CLUSTER/initdb.log" >&2; fail "initdb failed"; }
    cat >>"$PG_DATA/postgresql.conf" <<EOF
# ops/cluster.sh: loopback only, its own port and socket.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET'
max_connections = 200
shared_buffers = 256MB
fsync = on
EOF
  fi
  pg_start
  say "PostgreSQL 15 ready on 127.0.0.1:$PG_PORT (pid $(postmaster_pid))"
  # The two roles of ADR 022: the owner migrations run as, the runtime role the service uses.
  cluster_psql -d postgres >/dev/null <<EOF || fail "could not make the database and its roles"
select 'create role connects_owner login' where not exists (select from pg_roles where rolname = 'connects_owner')\gexec
select 'create role connects_runtime login' where not exists (select from pg_roles where rolname = 'connects_runtime')\gexec
alter role connects_owner password '$OWNER_PASSWORD';
alter role connects_runtime password '$RUNTIME_PASSWORD';
select 'create database connects owner connects_owner' where not exists (select from pg_database where datname = 'connects')\gexec
EOF
}

smtp_up() {
  local pid
  pid="$(pid_of "$CLUSTER/smtp.pid")"
  if alive "$pid"; then
    return 0
  fi
  touch "$RECORDS"
  setsid bash -c 'echo $$ >"$1"; exec java -Xmx128m "$2" "$3" "$4" "$5"' _ "$CLUSTER/smtp.pid" \
    "$BENCH_ROOT/src/bench/java/org/covenantconnects/ops/SmtpRecorder.java" "$SMTP_PORT" "$RECORDS" "$CLUSTER/smtp-links.txt" \
    </dev/null >"$CLUSTER/smtp.log" 2>&1 &
  for _ in $(seq 1 120); do
    (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && {
      say "SMTP server recording on 127.0.0.1:$SMTP_PORT (pid $(pid_of "$CLUSTER/smtp.pid"), records in $RECORDS)"
      return 0
    }
    sleep 0.5
  done
  cat "$CLUSTER/smtp.log" >&2
  fail "the SMTP server did not start"
}

generate_if_empty() {
  local accounts
  accounts="$(cluster_psql -d connects -At -c "select count(*) from information_schema.tables where table_name = 'account'")"
  if [ "$accounts" = 1 ] && [ "$(cluster_psql -d connects -At -c 'select count(*) from account')" != 0 ]; then
    return 0
  fi
  local care_leavers="${CLUSTER_CARE_LEAVERS:-40000}"
  export_database
  BENCH_GENERATE_LOG="$CLUSTER/generate.log" BENCH_DATA_DIR="$CLUSTER/generator" \
    generate_data "--connects.generator.care-leavers=$care_leavers" \
    "--connects.generator.supporters=$((care_leavers / 10))" \
    "--connects.generator.signatories=$((care_leavers / 40))" \
    "--connects.generator.opportunities=$((care_leavers / 4))" \
    "--connects.generator.alerts=$((care_leavers * 10))" | sed 's/^/cluster: generator: /' \
    || fail "the generator failed; see $CLUSTER/generate.log"
}

# Starts instance N and returns at once; wait_ready waits for it.
start_instance() {
  local n="$1" port pid
  port="$(app_port "$n")"
  pid="$(pid_of "$CLUSTER/app-$n.pid")"
  if alive "$pid"; then
    return 0
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "something else already listens on 127.0.0.1:$port; set CLUSTER_PORT_BASE"
  fi
  mkdir -p "$CLUSTER/app-$n"
  export_database
  (
    set -a
    # shellcheck disable=SC1091
    source "$CLUSTER/instance.env"
    set +a
    export PORT="$port" CONNECTS_DATA_DIR="$CLUSTER/app-$n" CONNECTS_BASE_URL="http://127.0.0.1:$LB_PORT" \
      SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT" CONNECTS_FORWARD_HEADERS=native \
      CONNECTS_SECOND_FACTOR_ENCRYPTION_KEY="$SECOND_FACTOR_KEY" CONNECTS_LOG_FORMAT=
    unset SPRING_PROFILES_ACTIVE CONNECTS_NOTIFY_API_KEY
    # shellcheck disable=SC2086
    exec setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$CLUSTER/app-$n.pid" \
      java $CLUSTER_JAVA_OPTS -jar "$JAR" --server.address=127.0.0.1
  ) </dev/null >>"$CLUSTER/app-$n.log" 2>&1 &
  # The pid file is written by the new process itself.
  for _ in $(seq 1 50); do
    [ -s "$CLUSTER/app-$n.pid" ] && alive "$(pid_of "$CLUSTER/app-$n.pid")" && return 0
    sleep 0.1
  done
}

ready() {
  [[ "$(curl -s --max-time 5 "http://127.0.0.1:$(app_port "$1")/actuator/health/readiness" || true)" == *'"status":"UP"'* ]]
}

wait_ready() {
  local n="$1" deadline=$((SECONDS + START_TIMEOUT))
  until ready "$n"; do
    if ! alive "$(pid_of "$CLUSTER/app-$n.pid")"; then
      tail -n 30 "$CLUSTER/app-$n.log" >&2
      fail "instance $n exited before it was ready; see $CLUSTER/app-$n.log"
    fi
    [ "$SECONDS" -lt "$deadline" ] || fail "instance $n was not ready within ${START_TIMEOUT}s; see $CLUSTER/app-$n.log"
    sleep 1
  done
  say "instance $n ready on 127.0.0.1:$(app_port "$n") (pid $(pid_of "$CLUSTER/app-$n.pid"))"
}

# SIGTERM, then up to the stop timeout, then kill -9. Returns 1 when it had to be killed.
stop_instance() {
  local n="$1" pid
  pid="$(pid_of "$CLUSTER/app-$n.pid")"
  if alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 $((STOP_TIMEOUT * 5))); do
      alive "$pid" || break
      sleep 0.2
    done
    if alive "$pid"; then
      say "instance $n did not stop within ${STOP_TIMEOUT}s of SIGTERM; killing it" >&2
      kill -KILL "$pid" 2>/dev/null
      rm -f "$CLUSTER/app-$n.pid"
      return 1
    fi
  fi
  rm -f "$CLUSTER/app-$n.pid"
  return 0
}

kill_instance() {
  local pid
  pid="$(pid_of "$CLUSTER/app-$1.pid")"
  alive "$pid" && kill -KILL "$pid"
  for _ in $(seq 1 50); do
    alive "$pid" || break
    sleep 0.1
  done
  rm -f "$CLUSTER/app-$1.pid"
}

nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

nginx_up() {
  local pid
  pid="$(pid_of "$NGINX_DIR/nginx.pid")"
  alive "$pid" && return 0
  mkdir -p "$NGINX_DIR/logs"
  cat >"$NGINX_DIR/nginx.conf" <<EOF
# Written by ops/cluster.sh: the load balancer in front of the cluster's three instances.
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
  # Which instance answered each request (the fault run finds a signed-in person's instance by it).
  log_format upstream '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time '
    'upstream \$upstream_addr \$upstream_status';
  access_log $NGINX_DIR/access.log upstream;
  client_body_temp_path $NGINX_DIR/client_body;
  proxy_temp_path $NGINX_DIR/proxy;
  fastcgi_temp_path $NGINX_DIR/fastcgi;
  uwsgi_temp_path $NGINX_DIR/uwsgi;
  scgi_temp_path $NGINX_DIR/scgi;
  upstream connects {
$(for n in "${INSTANCES[@]}"; do echo "    server 127.0.0.1:$(app_port "$n") max_fails=1 fail_timeout=5s;"; done)
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    client_max_body_size 21m;
    location / {
      proxy_pass http://connects;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # An instance that is stopping or gone refuses the connection: the next one answers.
      # A 503 is the service's own answer (the database cannot be reached, ADR 045): it goes
      # to the person as it is, never to the next instance, which would answer the same; and
      # it does not mark the instance as failed (only what is listed here counts), so nginx
      # never answers with a 502 of its own while every instance is alive.
      proxy_next_upstream error timeout http_502;
      # Which instance answered, for the fault run's check that a session outlives its instance.
      add_header X-Connects-Upstream \$upstream_addr always;
      proxy_connect_timeout 2s;
      proxy_read_timeout 90s;
    }
  }
}
EOF
  "$(nginx_bin)" -q -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" -t 2>"$NGINX_DIR/test.log" \
    || { cat "$NGINX_DIR/test.log" >&2; fail "nginx refused its configuration"; }
  "$(nginx_bin)" -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" 2>>"$NGINX_DIR/error.log" || fail "nginx did not start"
  say "nginx on 127.0.0.1:$LB_PORT in front of the instances (pid $(pid_of "$NGINX_DIR/nginx.pid"))"
}

up() {
  install_packages
  write_settings
  load_settings
  # Built when missing or older than the code, as bench/common.sh does, but offline.
  if [ "${CLUSTER_NO_BUILD:-}" = 1 ]; then
    [ -f "$JAR" ] || fail "no jar at $JAR (CLUSTER_NO_BUILD=1: build it first, e.g. ./mvnw verify)"
  elif [ ! -f "$JAR" ] || [ -n "$(find "$BENCH_ROOT/src/main" "$BENCH_ROOT/pom.xml" -newer "$JAR" -type f -print -quit)" ]; then
    say "building $JAR ..."
    (cd "$BENCH_ROOT" && timeout 1200 ./mvnw -B -q -o -DskipTests package) || fail "the build failed"
  fi
  pg_up
  smtp_up
  generate_if_empty
  local starting=("${INSTANCES[@]}")
  if [ "${CLUSTER_START_TOGETHER:-}" != 1 ]; then
    # The first instance migrates the database; the other two then start side by side.
    start_instance 1
    wait_ready 1
    starting=(2 3)
  fi
  # Started together, whichever takes Flyway's lock first migrates and the others find it done.
  for n in "${starting[@]}"; do start_instance "$n"; done
  for n in "${starting[@]}"; do wait_ready "$n"; done
  nginx_up
  say "up: http://127.0.0.1:$LB_PORT (state and logs in $CLUSTER)"
}

down() {
  local pid
  load_settings
  for n in "${INSTANCES[@]}"; do
    stop_instance "$n" &
  done
  wait
  pid="$(pid_of "$NGINX_DIR/nginx.pid")"
  if alive "$pid"; then
    kill -QUIT "$pid" 2>/dev/null
    for _ in $(seq 1 50); do
      alive "$pid" || break
      sleep 0.1
    done
    alive "$pid" && kill -KILL "$pid" 2>/dev/null
  fi
  pid="$(pid_of "$CLUSTER/smtp.pid")"
  alive "$pid" && kill -TERM "$pid" 2>/dev/null
  rm -f "$CLUSTER/smtp.pid"
  if alive "$(postmaster_pid)"; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null 2>&1 \
      || kill -KILL "$(postmaster_pid)" 2>/dev/null
  fi
  say "down"
  return 0
}

status() {
  local pid
  load_settings
  pid="$(postmaster_pid)"
  if alive "$pid"; then
    say "PostgreSQL  running  pid $pid  127.0.0.1:$PG_PORT  data $PG_DATA"
  else
    say "PostgreSQL  stopped"
  fi
  pid="$(pid_of "$CLUSTER/smtp.pid")"
  if alive "$pid"; then
    say "SMTP        running  pid $pid  127.0.0.1:$SMTP_PORT  $(wc -l <"$RECORDS") messages recorded"
  else
    say "SMTP        stopped"
  fi
  for n in "${INSTANCES[@]}"; do
    pid="$(pid_of "$CLUSTER/app-$n.pid")"
    if alive "$pid"; then
      say "instance $n  running  pid $pid  127.0.0.1:$(app_port "$n")  readiness $(ready "$n" && echo UP || echo 'not UP')"
    else
      say "instance $n  stopped"
    fi
  done
  pid="$(pid_of "$NGINX_DIR/nginx.pid")"
  if alive "$pid"; then
    say "nginx       running  pid $pid  http://127.0.0.1:$LB_PORT"
  else
    say "nginx       stopped"
  fi
  return 0
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  clean)
    down
    rm -rf "$CLUSTER"
    [ "$PG_HOME" = "$CLUSTER" ] || rm -rf "$PG_HOME"
    say "removed $CLUSTER"
    ;;
  start)
    load_settings
    start_instance "${2:?instance number}"
    wait_ready "$2"
    ;;
  stop)
    load_settings
    stop_instance "${2:?instance number}"
    ;;
  kill)
    load_settings
    kill_instance "${2:?instance number}"
    ;;
  pg-start)
    load_settings
    pg_start
    ;;
  pg-kill)
    load_settings
    pid="$(postmaster_pid)"
    alive "$pid" && kill -KILL "$pid"
    ;;
  psql)
    load_settings
    shift
    cluster_psql -d connects "$@"
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
