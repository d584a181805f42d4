#!/usr/bin/env bash
# Issue 14: how long does the registrar's import of a school's students take? Starts the runnable jar
# with the demo school in a fresh data directory (loopback only), imports N new students from one Big5
# CSV, then the same file again (nothing changes). Target: 3,000 students in at most 10 s. Builds
# nothing (see need_jars). Usage: bench/student-import.sh [N]   (default 3000)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
N=${1:-3000}
need_jars "$SERVER_JAR"
WORK=$(mktemp -d /tmp/bench-students.XXXXXX)
trap 'stop_server; rm -rf "$WORK"' EXIT
start_server "$WORK/data" "$WORK/server.log"
echo "== $(date -u +%FT%TZ), $N students, load $(load), app $APP"
timeout 900 java "$BENCH_DIR/StudentImportBench.java" "$APP" "$N"
echo "load $(load)"
