#!/usr/bin/env bash
# Email dispatch through the outbox compared with a bare Jakarta Mail loop, in one run, to the
# same GreenMail SMTP server on 127.0.0.1. Starts its own mail server and the service (with an
# embedded PostgreSQL under target/bench-email-data, wiped at start), prints both rates and
# their ratio, and stops by itself.
# Usage: bench/email-dispatch.sh [messages per round, default 5000] [rounds, default 3]
set -euo pipefail
source "$(dirname "$0")/common.sh"

compile_benchmarks
# The benchmark keeps its database under target/ of the working directory.
cd "$BENCH_ROOT"
run_benchmark org.covenantconnects.email.EmailDispatchBenchmark "${1:-5000}" "${2:-3}"
