# Shared by the benchmark scripts (sourced, not run): where things are, building, generating,
# starting and stopping the application on loopback, memory, and wrk.
#
# Settings, all optional:
#   BENCH_DATA_DIR   embedded PostgreSQL data for benchmarks (default target/bench-data; never ./data)
#   BENCH_PORT       the application's port on 127.0.0.1 (default 18080)
#   BENCH_JAVA_OPTS  JVM options for the application (default none: the JVM's own defaults)
#   BENCH_DURATION   each measured wrk run (default 25s), after a BENCH_WARMUP run (default 10s)
#   BENCH_THREADS, BENCH_CONNECTIONS  wrk threads and connections (default 2 and 32)
#   BENCH_GENERATE_ARGS  more arguments for the generator, e.g. a smaller population for a quick
#                    try of the scripts: --connects.generator.care-leavers=5000 --connects.generator.alerts=20000
#   BENCH_PEOPLE     how many generated care leavers For you is asked for, one after another
#                    (default 200, at most 1,000)
# With SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) set, the application and the generator
# use that PostgreSQL instead of the embedded one.

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$BENCH_ROOT/target/covenant-connects-0.1.0-SNAPSHOT.jar"
BENCH_DATA_DIR="$(realpath -m "${BENCH_DATA_DIR:-$BENCH_ROOT/target/bench-data}")"
BENCH_PORT="${BENCH_PORT:-18080}"
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
BENCH_APP_LOG="$BENCH_ROOT/target/bench-app.log"
BENCH_DURATION="${BENCH_DURATION:-25s}"
BENCH_WARMUP="${BENCH_WARMUP:-10s}"
BENCH_THREADS="${BENCH_THREADS:-2}"
BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-32}"
BENCH_PEOPLE="${BENCH_PEOPLE:-200}"
# The request lists for wrk/sessions.lua, written after signing people in.
BENCH_FOR_YOU_REQUESTS="$BENCH_ROOT/target/bench-for-you.tsv"
BENCH_CASELOAD_REQUESTS="$BENCH_ROOT/target/bench-caseload.tsv"
BENCH_MATCHES_REQUESTS="$BENCH_ROOT/target/bench-matches.tsv"

# The trivial page: a 244-byte static file. It passes through the same servlet container,
# security filter chain and security headers as every page, but renders no template and reads
# no data, so it is the most this application can serve on this machine.
TRIVIAL_PATH=/assets/favicon.svg
HOME_PATH=/
# A search results page: a keyword and two filters, over the generator's 50,000 opportunities.
SEARCH_PATH='/opportunities?q=apprenticeship&region=E12000002&category=EMPLOYMENT_AND_WORK_EXPERIENCE'
# A generated care leaver's own feed: what fits them of the 50,000 opportunities, never kept.
FOR_YOU_PATH=/for-you

# The start of every run driven with wrk: the JVM's options (-Xmx512m unless BENCH_JAVA_OPTS
# says otherwise), wrk present, the load average before anything runs (LOAD_BEFORE), the jar built.
begin_wrk_run() {
  BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  build_if_needed
}

# Builds the jar when it is missing or older than the sources.
build_if_needed() {
  if [ ! -f "$JAR" ] || [ -n "$(find "$BENCH_ROOT/src/main" "$BENCH_ROOT/pom.xml" "$BENCH_ROOT/package.json" \
      -newer "$JAR" -type f -print -quit)" ]; then
    echo "Building $JAR ..."
    (cd "$BENCH_ROOT" && ./mvnw -q package -DskipTests)
  fi
}

# Compiles the benchmarks (src/bench, into target/bench-classes, never into the jar; no test is run)
# and writes the libraries they run with to target/bench-classpath.txt.
compile_benchmarks() {
  echo "Compiling the benchmarks ..."
  (cd "$BENCH_ROOT" && ./mvnw -q -B test-compile \
    && ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/bench-classpath.txt)
}

# Runs a benchmark's main class with its arguments: the benchmarks, the service and its libraries,
# without the test classes and resources.
run_benchmark() {
  local main="$1"
  shift
  java -cp "$BENCH_ROOT/target/bench-classes:$BENCH_ROOT/target/classes:$(cat "$BENCH_ROOT/target/bench-classpath.txt")" \
    "$main" "$@"
}

# Generates the national data set unless the database already holds it (the generator then
# writes nothing). Sets GENERATOR_SECONDS, or leaves it empty when nothing was generated.
# Arguments, all optional, go to the generator: its size, e.g. --connects.generator.care-leavers=40000
# (see GeneratorSettings). BENCH_GENERATE_LOG says where its log goes.
generate_data() {
  local log="${BENCH_GENERATE_LOG:-$BENCH_ROOT/target/bench-generate.log}"
  mkdir -p "$BENCH_DATA_DIR"
  echo "Generating national data into ${SPRING_DATASOURCE_URL:-$BENCH_DATA_DIR} (log: $log) ..."
  if ! CONNECTS_DATA_DIR="$BENCH_DATA_DIR" java -jar "$JAR" --spring.profiles.active=generate ${BENCH_GENERATE_ARGS:-} "$@" \
      >"$log" 2>&1; then
    tail -n 20 "$log"
    echo "The generator failed; see $log" >&2
    return 1
  fi
  sed -n 's/^.*NationalData *: //p' "$log"
  GENERATOR_SECONDS="$(sed -n "s/^.*Generated national data in \([0-9.]*\) s.*$/\1/p" "$log")"
}

# Starts the application on loopback and waits for the first 200 from the home page. Sets
# APP_PID and COLD_START_MS (from launching java to that first 200). Arguments go to the
# application (e.g. --connects.rate-limits.sign-in=100000).
start_app() {
  if curl -s -o /dev/null "$BENCH_URL/"; then
    echo "Something already answers on $BENCH_URL; stop it or set BENCH_PORT." >&2
    return 1
  fi
  local started now
  started=$(date +%s%N)
  CONNECTS_DATA_DIR="$BENCH_DATA_DIR" PORT="$BENCH_PORT" java ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
    --server.address=127.0.0.1 "$@" >"$BENCH_APP_LOG" 2>&1 &
  APP_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BENCH_URL$HOME_PATH")" = 200 ]; do
    now=$(date +%s%N)
    if ! kill -0 "$APP_PID" 2>/dev/null || [ $(( (now - started) / 1000000000 )) -ge 300 ]; then
      tail -n 20 "$BENCH_APP_LOG"
      echo "The application did not start; see $BENCH_APP_LOG" >&2
      stop_app
      return 1
    fi
    sleep 0.05
  done
  now=$(date +%s%N)
  COLD_START_MS=$(( (now - started) / 1000000 ))
}

# Stops the application started by start_app, gracefully (it stops its embedded PostgreSQL too).
stop_app() {
  [ -n "${APP_PID:-}" ] || return 0
  if kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    for _ in $(seq 1 120); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID"
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

# Resident memory of the application's JVM in MiB (VmRSS).
app_rss_mib() {
  awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$APP_PID/status"
}

# Proportional memory (Pss) of the embedded PostgreSQL's processes in MiB, or "-" when the
# application uses another PostgreSQL. Pss shares out shared_buffers instead of counting it in
# every process.
embedded_postgres_pss_mib() {
  local pid_file="$BENCH_DATA_DIR/postgres/postmaster.pid" postmaster
  if [ -n "${SPRING_DATASOURCE_URL:-}" ] || [ ! -f "$pid_file" ]; then
    echo -
    return
  fi
  postmaster=$(head -n 1 "$pid_file")
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null
  done | awk '{ sum += $1 } END { printf "%d", sum / 1024 }'
}

# Resident memory (VmRSS) of the embedded PostgreSQL's processes added up, in MiB, or "-" as above.
# Shared memory is counted once in every process, so this overstates what they hold together;
# the Pss above shares it out.
embedded_postgres_rss_mib() {
  local pid_file="$BENCH_DATA_DIR/postgres/postmaster.pid" postmaster
  if [ -n "${SPRING_DATASOURCE_URL:-}" ] || [ ! -f "$pid_file" ]; then
    echo -
    return
  fi
  postmaster=$(head -n 1 "$pid_file")
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null
  done | awk '{ sum += $1 } END { printf "%d", sum / 1024 }'
}

# wrk's latency ("812.00us", "4.12ms", "1.02s") in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
    printf "%.2f", n
  }'
}

# Measures one path with wrk after a warm-up. Sets RPS, P50_MS, P99_MS and prints them.
# Browsers' Accept-Encoding is sent, so pages are compressed as they would be for a visitor.
measure() {
  local path="$1" cookie="${2:-}" out errors
  local headers=(-H 'Accept-Encoding: gzip, deflate, br')
  [ -n "$cookie" ] && headers+=(-H "Cookie: $cookie")
  wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_WARMUP" "${headers[@]}" "$BENCH_URL$path" >/dev/null
  out=$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_DURATION" --latency "${headers[@]}" "$BENCH_URL$path")
  RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  P50_MS=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99_MS=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  printf '%-14s %8s req/s   p50 %8s ms   p99 %8s ms\n' "$path" "$RPS" "$P50_MS" "$P99_MS"
  if [ -n "$errors" ]; then
    # Reported with the figures rather than stopping the run, so the other pages are measured.
    echo "  wrk reported errors: $errors" >&2
    P99_MS="$P99_MS ($(tr -s ' \n' ' ' <<<"$errors" | sed 's/^ //; s/ $//'))"
  fi
}

# Measures with a wrk script (bench/wrk/*.lua) that makes each request itself, after a warm-up.
# The label is printed with the figures. Sets RPS, P50_MS, P99_MS and PROBLEMS: "none", or how many
# answers were not 200 and how many requests timed out or failed (wrk's 2-second timeout).
measure_script() {
  local label="$1" script="$2" out timeouts socket not_ok
  local headers=(-H 'Accept-Encoding: gzip, deflate, br')
  wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_WARMUP" "${headers[@]}" -s "$script" "$BENCH_URL" >/dev/null
  out=$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_DURATION" --latency "${headers[@]}" -s "$script" \
    "$BENCH_URL")
  RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  P50_MS=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99_MS=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  not_ok=$(awk '/^Not 200:/ { print $3 }' <<<"$out")
  timeouts=$(sed -n 's/^.*timeout \([0-9]*\).*$/\1/p' <<<"$out")
  socket=$(sed -n 's/^ *Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\).*$/\1 \2 \3/p' <<<"$out" \
    | awk '{ print $1 + $2 + $3 }')
  PROBLEMS=
  [ "${not_ok:-0}" != 0 ] && PROBLEMS="${not_ok} not 200"
  [ "${timeouts:-0}" != 0 ] && PROBLEMS="${PROBLEMS:+$PROBLEMS, }${timeouts} timeouts"
  [ "${socket:-0}" != 0 ] && PROBLEMS="${PROBLEMS:+$PROBLEMS, }${socket} socket errors"
  PROBLEMS="${PROBLEMS:-none}"
  printf '%-26s %8s req/s   p50 %8s ms   p99 %8s ms   problems: %s\n' "$label" "$RPS" "$P50_MS" "$P99_MS" "$PROBLEMS"
}

# The session cookie (CONNECTS_SESSION=...) of a generated account signed in with its password, or
# nothing when signing in did not get past the password. A staff account's second factor is then
# still to give: the cookie is that of the half-signed-in session.
sign_in() {
  local email="$1" jar token cookie
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BENCH_URL/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST --data-urlencode "_csrf=$token" \
    --data-urlencode "email=$email" --data-urlencode "password=covenant-generated" "$BENCH_URL/sign-in"
  cookie=$(awk '$6 == "CONNECTS_SESSION" { print $7 }' "$jar")
  rm -f "$jar"
  [ -n "$cookie" ] && echo "CONNECTS_SESSION=$cookie"
}

# Signs in BENCH_PEOPLE different generated care leavers (numbers 1 to 1,000 are always active),
# four at a time, and writes a For you request for each to BENCH_FOR_YOU_REQUESTS. Only sessions
# whose For you answers 200 are kept. The application must allow that many sign-ins from one
# address (start it with --connects.rate-limits.sign-in=100000).
prepare_for_you() {
  local people="$BENCH_PEOPLE" step i
  [ "$people" -gt 1000 ] && people=1000
  step=$(( 1000 / people ))
  : >"$BENCH_FOR_YOU_REQUESTS"
  for i in $(seq 0 $(( people - 1 ))); do
    echo "care-leaver-$(( 1 + i * step ))@generated.example"
  done | xargs -P 4 -I{} bash -c 'source "$0"; cookie=$(sign_in "$1")
    if [ -n "$cookie" ] && [ "$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $cookie" "$BENCH_URL$FOR_YOU_PATH")" = 200 ]; then
      printf "%s\t%s\n" "$FOR_YOU_PATH" "$cookie"
    fi' "${BASH_SOURCE[0]}" {} >>"$BENCH_FOR_YOU_REQUESTS"
  echo "For you: $(wc -l <"$BENCH_FOR_YOU_REQUESTS") of $people care leavers signed in"
  [ -s "$BENCH_FOR_YOU_REQUESTS" ]
}

# The current code (RFC 6238: 30-second steps, 6 digits, SHA-1) of a Base32 key, with python3.
totp() {
  python3 -c '
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1].replace(" ", "").upper())
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000))' "$1"
}

# Signs in as a generated coordinator and sets COORDINATOR_COOKIE. Coordinators need a second
# factor: the first time, it is set up from the key the page shows, and the key is kept in the data
# folder (bench-coordinator.key, or the file given) for later runs on the same data. Signed in means
# the impact dashboard answers 200 (it needs no DBS check); the caseload and the matches also need
# the coordinator's enhanced DBS check, which the generator records (see prepare_coordinator_pages).
# The first 1,000 of each role are always active; BENCH_COORDINATOR names another.
# Usage: sign_in_coordinator [email [key file]]
BENCH_COORDINATOR="${BENCH_COORDINATOR:-coordinator-1@generated.example}"
sign_in_coordinator() {
  local email="${1:-$BENCH_COORDINATOR}" key_file="${2:-$BENCH_DATA_DIR/bench-coordinator.key}" jar token page key
  local form attempt
  for attempt in 1 2; do
    jar=$(mktemp)
    token=$(curl -s -c "$jar" -b "$jar" "$BENCH_URL/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null -X POST --data-urlencode "_csrf=$token" \
      --data-urlencode "email=$email" --data-urlencode "password=covenant-generated" "$BENCH_URL/sign-in"
    if [ -f "$key_file" ]; then
      key=$(cat "$key_file") form=/sign-in/code
      page=$(curl -s -c "$jar" -b "$jar" "$BENCH_URL$form")
    else
      form=/sign-in/set-up
      page=$(curl -s -c "$jar" -b "$jar" "$BENCH_URL$form")
      key=$(grep -o '<code id="key"[^>]*>[^<]*' <<<"$page" | sed 's/.*>//; s/ //g' || true)
    fi
    token=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//' || true)
    if [ -n "$key" ]; then
      curl -s -c "$jar" -b "$jar" -o /dev/null -X POST --data-urlencode "_csrf=$token" \
        --data-urlencode "code=$(totp "$key")" "$BENCH_URL$form"
      [ "$form" = /sign-in/set-up ] && echo "$key" >"$key_file"
    fi
    COORDINATOR_COOKIE="CONNECTS_SESSION=$(awk '$6 == "CONNECTS_SESSION" { print $7 }' "$jar")"
    rm -f "$jar"
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COORDINATOR_COOKIE" "$BENCH_URL/coordinator/impact")" = 200 ]; then
      return 0
    fi
    # A code is accepted once: the set-up may have used this 30-second step's code.
    sleep 31
  done
  echo "Could not sign in as $email (its key: $key_file)" >&2
  return 1
}

# Signs in as BENCH_COORDINATORS different generated coordinators (default 32, one for each of
# wrk's connections, so that no two requests at once wait on the same session's record; the
# generator makes 40), four at a time, and sets COORDINATOR_COOKIES to their session cookies, one a
# line. Each coordinator's second-factor key is kept in the data folder as with sign_in_coordinator
# (BENCH_COORDINATOR's in bench-coordinator.key, the others' in bench-coordinator-N.key).
# The application must allow that many sign-ins from one address (start it with
# --connects.rate-limits.sign-in=100000).
BENCH_COORDINATORS="${BENCH_COORDINATORS:-32}"
sign_in_coordinators() {
  COORDINATOR_COOKIES=$(seq 1 "$BENCH_COORDINATORS" | xargs -P 4 -I{} bash -c 'source "$0"
    email="coordinator-$1@generated.example" key="$BENCH_DATA_DIR/bench-coordinator-$1.key"
    [ "$email" = "$BENCH_COORDINATOR" ] && key="$BENCH_DATA_DIR/bench-coordinator.key"
    sign_in_coordinator "$email" "$key" >&2 && echo "$COORDINATOR_COOKIE"' "${BASH_SOURCE[0]}" {})
  echo "Coordinators signed in: $(grep -c . <<<"$COORDINATOR_COOKIES") of $BENCH_COORDINATORS"
  [ "$(grep -c . <<<"$COORDINATOR_COOKIES")" -eq "$BENCH_COORDINATORS" ]
}

# Writes the coordinators' requests: the caseload by each region, pages 1 to 5, and the matches of
# up to 200 open opportunities (found through the partners' API), each a different one, the
# BENCH_COORDINATORS coordinators taken in turn (see sign_in_coordinators: one session for all the
# connections would have them wait on its record).
prepare_coordinator_pages() {
  local region page status path i=0 cookies
  sign_in_coordinators
  mapfile -t cookies <<<"$COORDINATOR_COOKIES"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${cookies[0]}" "$BENCH_URL/coordinator/caseload")
  if [ "$status" != 200 ]; then
    echo "Signed in as the generated coordinators, but the caseload answered $status: a coordinator needs an" \
      "enhanced DBS check in date (the generator records one for each generated coordinator)" >&2
    return 1
  fi
  : >"$BENCH_CASELOAD_REQUESTS"
  for page in 1 2 3 4 5; do
    for region in "" 1 2 3 4 5 6 7 8 9; do
      printf '/coordinator/caseload?%spage=%s\t%s\n' "${region:+region=E1200000$region&}" "$page" \
        "${cookies[$(( i % ${#cookies[@]} ))]}" >>"$BENCH_CASELOAD_REQUESTS"
      i=$(( i + 1 ))
    done
  done
  : >"$BENCH_MATCHES_REQUESTS.paths"
  for page in 1 2 3 4; do
    { curl -s "$BENCH_URL/api/opportunities?sort=NEWEST&page=$page" | grep -o 'opportunities/[0-9a-f-]\{36\}"' || true; } \
      | sed 's/"$//' >>"$BENCH_MATCHES_REQUESTS.paths"
  done
  while read -r path; do
    printf '/coordinator/matches/%s\t%s\n' "${path#opportunities/}" "${cookies[$(( i % ${#cookies[@]} ))]}"
    i=$(( i + 1 ))
  done <"$BENCH_MATCHES_REQUESTS.paths" >"$BENCH_MATCHES_REQUESTS"
  rm -f "$BENCH_MATCHES_REQUESTS.paths"
  echo "Coordinator pages: $(wc -l <"$BENCH_CASELOAD_REQUESTS") caseload pages, $(wc -l <"$BENCH_MATCHES_REQUESTS")" \
    "opportunities' matches, $BENCH_COORDINATORS coordinators"
}

# Signs in as one of the generated care leavers (every generated account's password is
# covenant-generated) and sets CARE_LEAVER_COOKIE to its session cookie.
BENCH_CARE_LEAVER="${BENCH_CARE_LEAVER:-care-leaver-100000@generated.example}"
sign_in_care_leaver() {
  local jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BENCH_URL/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST --data-urlencode "_csrf=$token" \
    --data-urlencode "email=$BENCH_CARE_LEAVER" --data-urlencode "password=covenant-generated" "$BENCH_URL/sign-in"
  CARE_LEAVER_COOKIE="CONNECTS_SESSION=$(awk '$6 == "CONNECTS_SESSION" { print $7 }' "$jar")"
  rm -f "$jar"
  if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $CARE_LEAVER_COOKIE" "$BENCH_URL$FOR_YOU_PATH")" != 200 ]; then
    echo "Could not sign in as $BENCH_CARE_LEAVER" >&2
    return 1
  fi
}

measure_pages() {
  echo "wrk: $BENCH_THREADS threads, $BENCH_CONNECTIONS connections, $BENCH_DURATION each after a $BENCH_WARMUP warm-up"
  measure "$TRIVIAL_PATH"
  TRIVIAL_RPS=$RPS TRIVIAL_P50=$P50_MS TRIVIAL_P99=$P99_MS
  measure "$HOME_PATH"
  HOME_RPS=$RPS HOME_P50=$P50_MS HOME_P99=$P99_MS
  measure "$SEARCH_PATH"
  SEARCH_RPS=$RPS SEARCH_P50=$P50_MS SEARCH_P99=$P99_MS
  sign_in_care_leaver
  measure "$FOR_YOU_PATH" "$CARE_LEAVER_COOKIE"
  FOR_YOU_RPS=$RPS FOR_YOU_P50=$P50_MS FOR_YOU_P99=$P99_MS
  RATIO=$(awk -v h="$HOME_RPS" -v t="$TRIVIAL_RPS" 'BEGIN { printf "%.2f", h / t }')
  SEARCH_RATIO=$(awk -v h="$SEARCH_RPS" -v t="$TRIVIAL_RPS" 'BEGIN { printf "%.2f", h / t }')
  echo "home / trivial throughput: $RATIO"
  echo "search / trivial throughput: $SEARCH_RATIO"
}

machine() {
  echo "$(nproc) cores, $(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)," \
    "$(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -n 1)"
}
