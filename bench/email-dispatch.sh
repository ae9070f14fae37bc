#!/usr/bin/env bash
# Email dispatch through the outbox compared with a bare Jakarta Mail loop, in one run, to the
# same GreenMail SMTP server on 127.0.0.1. Starts its own mail server and the service (with an
# embedded PostgreSQL under target/bench-email-data, wiped at start), prints both rates and
# their ratio, and stops by itself.
# Usage: bench/email-dispatch.sh [messages per round, default 5000] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Compiling (tests are not run) ..."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.covenantconnects.email.EmailDispatchBenchmark "${1:-5000}" "${2:-3}"
