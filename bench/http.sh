#!/usr/bin/env bash
# Throughput and latency of the trivial page and the home page with wrk, against an application
# already running on loopback (bench/run-all.sh starts one). Usage: bench/http.sh [port]
set -euo pipefail
[ $# -gt 0 ] && export BENCH_PORT="$1"
source "$(dirname "$0")/common.sh"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
measure_pages
