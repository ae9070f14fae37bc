# Shared by the benchmark scripts (sourced, not run): where things are, building, generating,
# starting and stopping the application on loopback, memory, and wrk.
#
# Settings, all optional:
#   BENCH_DATA_DIR   embedded PostgreSQL data for benchmarks (default target/bench-data; never ./data)
#   BENCH_PORT       the application's port on 127.0.0.1 (default 18080)
#   BENCH_JAVA_OPTS  JVM options for the application (default none: the JVM's own defaults)
#   BENCH_DURATION   each measured wrk run (default 25s), after a BENCH_WARMUP run (default 10s)
#   BENCH_THREADS, BENCH_CONNECTIONS  wrk threads and connections (default 2 and 32)
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

# The trivial page: a 244-byte static file. It passes through the same servlet container,
# security filter chain and security headers as every page, but renders no template and reads
# no data, so it is the most this application can serve on this machine.
TRIVIAL_PATH=/assets/favicon.svg
HOME_PATH=/
# A search results page: a keyword and two filters, over the generator's 50,000 opportunities.
SEARCH_PATH='/opportunities?q=apprenticeship&region=E12000002&category=EMPLOYMENT_AND_WORK_EXPERIENCE'
# A generated care leaver's own feed: what fits them of the 50,000 opportunities, never kept.
FOR_YOU_PATH=/for-you

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
  if ! CONNECTS_DATA_DIR="$BENCH_DATA_DIR" java -jar "$JAR" --spring.profiles.active=generate "$@" >"$log" 2>&1; then
    tail -n 20 "$log"
    echo "The generator failed; see $log" >&2
    return 1
  fi
  sed -n 's/^.*NationalData *: //p' "$log"
  GENERATOR_SECONDS="$(sed -n "s/^.*Generated national data in \([0-9.]*\) s.*$/\1/p" "$log")"
}

# Starts the application on loopback and waits for the first 200 from the home page. Sets
# APP_PID and COLD_START_MS (from launching java to that first 200).
start_app() {
  if curl -s -o /dev/null "$BENCH_URL/"; then
    echo "Something already answers on $BENCH_URL; stop it or set BENCH_PORT." >&2
    return 1
  fi
  local started now
  started=$(date +%s%N)
  CONNECTS_DATA_DIR="$BENCH_DATA_DIR" PORT="$BENCH_PORT" java ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
    --server.address=127.0.0.1 >"$BENCH_APP_LOG" 2>&1 &
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
    P99_MS="$P99_MS ($(tr -s ' ' <<<"$errors" | sed 's/^ //'))"
  fi
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
