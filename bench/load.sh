#!/usr/bin/env bash
# Mixed load (issue 12 §5): CLIENTS (default 40) loopback clients for DURATION seconds (default 300)
# against one archive, each request one of search (registrar1, a random word), list (a random page of
# 20 of student1's files), download (a random one of them) and upload (a small PDF as student1), in the
# ratio 3:3:3:1. Zero errors expected (the script fails otherwise). Prints p50/p95/p99 per kind, the
# server JVM's resident memory sampled every second (peak and at the end, and VmHWM), its heap after
# a full GC at the end (the live set: what archive.jvm.maxHeap must hold), and as the same-run
# baseline GET /api/v1/info with the same number of clients just before the mix.
# First N (default 2,000) small text PDFs go in as student1 through the API (4 clients), so the list,
# the downloads and the search have something to work on.
# Builds nothing (see need_jars); loopback only; the archive is stopped and the temp dir removed on exit.
# Usage: bench/load.sh [DURATION]   (CLIENTS, N; KEEP=1 keeps the temp dir; the server's heap is its
#        default unless ARCHIVE_JVM_MAXHEAP says otherwise; tokens live an hour: DURATION < 3300)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DURATION=${1:-${DURATION:-300}}
CLIENTS=${CLIENTS:-40}
N=${N:-2000}
need_jars "$SERVER_JAR"
[ "$DURATION" -lt 3300 ] || { echo "DURATION must be under 3300 s (the tokens live an hour)" >&2; exit 2; }
WORK=$(mktemp -d /tmp/bench-load.XXXXXX)
cleanup() {
    stop_server
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== $(date -u +%FT%TZ) on $(nproc) cores; $CLIENTS clients for $DURATION s after $N uploads; load $(load)"
timeout 600 java "$BENCH_DIR/HttpBench.java" gen-text-pdfs "$WORK/docs" "$N" 20261207
start_server "$WORK/data" "$WORK/server.log"
PID=$(server_jvm_pid)
STUDENT=$(token student1)
REGISTRAR=$(token registrar1)
SID=$(student_id "$STUDENT")
echo "archive ready at $APP; server JVM $PID: $(grep -a -o 'max heap [0-9]* MB' "$WORK/server.log" | head -1)"
timeout 1800 java "$BENCH_DIR/HttpBench.java" upload "$APP" "$STUDENT" "$SID" "$WORK/docs" 4 1700
IDS_OUT=$(timeout 600 java "$BENCH_DIR/HttpLoad.java" ids "$APP" "$STUDENT" "$SID" 100 "$WORK/ids.txt")
echo "student1's list: $IDS_OUT"
PAGES=$((($(wc -l <"$WORK/ids.txt") + 19) / 20))

L_I=$(load)
INFO=$(timeout 900 java "$BENCH_DIR/HttpLoad.java" kinds "$APP" "$STUDENT" "$CLIENTS" 6000 200 "info=/api/v1/info")
echo "$INFO   load at the start $L_I"
L_M=$(load)
T_M=$(date -u +%FT%TZ)
STATUS=0
MIX=$(timeout $((DURATION + 600)) java "$BENCH_DIR/HttpLoad.java" mix "$APP" "$STUDENT" "$REGISTRAR" "$SID" \
    "$WORK/ids.txt" "$PAGES" "$WORK/docs/t00000.pdf" "$DURATION" "$CLIENTS" "$PID") || STATUS=$?
L_E=$(load)
HEAP_USED=$(jcmd "$PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|total/ {print; exit}')
jcmd "$PID" GC.run >/dev/null 2>&1 || true
LIVE=$(jcmd "$PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ {print; exit}')
stop_server

field() { echo "$1" | awk -v k="$2" '{for (i = 1; i < NF; i++) if ($i == k) print $(i + 1)}'; }
echo
echo "== results: $CLIENTS clients, $DURATION s from $T_M, mix search:list:download:upload = 3:3:3:1"
echo "   load average 1/5/15 min: at the start $L_M, at the end $L_E"
echo "$MIX"
for k in search list download upload; do
    echo "$k p99 / info p99 ($CLIENTS clients): $(ratio "$(field "$(echo "$MIX" | grep "^$k ")" p99)" "$(field "$INFO" p99)")"
done
echo "baseline: $INFO"
echo "heap at the end: ${HEAP_USED:-jcmd unavailable}"
echo "heap after a full GC: ${LIVE:-jcmd unavailable}"
if [ "$STATUS" != 0 ]; then
    echo "errors during the mix (exit $STATUS): see above" >&2
    exit 1
fi
