#!/usr/bin/env bash
# Cold start: time from launching java to the first 200 from the home page, and the JVM's resident
# memory then, over several starts against the benchmark data. Usage:
# bench/cold-start.sh [runs]   (default 3)
# With BENCH_CDS=yes it also extracts the jar (Spring Boot's extracted layout), makes a class data
# sharing archive from one start of it that serves the first page (the JVM writes the archive as it
# exits), and then measures, in turns, a start of the jar as it is and a start of the extracted jar
# with the archive, so both meet the same load on the machine.
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs="${1:-3}"

build_if_needed
trap stop_app EXIT
PLAIN_JAR="$JAR" PLAIN_OPTS="${BENCH_JAVA_OPTS:-}"
if [ "${BENCH_CDS:-}" = yes ]; then
  CDS_DIR="$BENCH_ROOT/target/cds"
  rm -rf "$CDS_DIR"
  java -Djarmode=tools -jar "$PLAIN_JAR" extract --destination "$CDS_DIR/app" >/dev/null
  echo "Making the class data sharing archive ($CDS_DIR/app.jsa) from one start ..."
  JAR="$CDS_DIR/app/$(basename "$PLAIN_JAR")" BENCH_JAVA_OPTS="$PLAIN_OPTS -XX:ArchiveClassesAtExit=$CDS_DIR/app.jsa"
  start_app
  stop_app
fi
for run in $(seq 1 "$runs"); do
  JAR="$PLAIN_JAR" BENCH_JAVA_OPTS="$PLAIN_OPTS"
  start_app
  printf 'start %d: first page after %d ms, JVM RSS %s MiB, embedded PostgreSQL Pss %s MiB\n' \
    "$run" "$COLD_START_MS" "$(app_rss_mib)" "$(embedded_postgres_pss_mib)"
  stop_app
  if [ "${BENCH_CDS:-}" = yes ]; then
    JAR="$CDS_DIR/app/$(basename "$PLAIN_JAR")" BENCH_JAVA_OPTS="$PLAIN_OPTS -XX:SharedArchiveFile=$CDS_DIR/app.jsa"
    start_app
    printf 'start %d, extracted with the archive: first page after %d ms, JVM RSS %s MiB\n' \
      "$run" "$COLD_START_MS" "$(app_rss_mib)"
    stop_app
  fi
done
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
