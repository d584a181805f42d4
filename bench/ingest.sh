#!/usr/bin/env bash
# Ingest and `verify store` benchmark (issue 3), every figure a ratio against a peer run here, on the
# same generated files:
#   1. upload N PDFs (~200 KB, fixed seed) through POST /api/v1/students/{sid}/artifacts with 4
#      concurrent clients, each acknowledged 201 only once durable,   vs  cp + sync + sha256sum.
#      A fresh JVM spends most of its first thousands of uploads compiling Payara's code paths (the
#      C2 compiler thread was measured at a third of the server's CPU after 3,000 uploads), so WARMUP
#      other files (default 1000) are uploaded first and reported on their own line; the ratio is
#      taken on the N that follow. The server's CPU time per measured upload, and the JIT compilers'
#      share of it, are printed too (they depend far less on the other load of a shared machine);
#   2. java -jar archive-cli.jar verify store DATA_DIR   vs  sha256sum -c   vs  restic check --read-data.
# Builds nothing (see need_jars); loopback only; the archive is stopped and the temp dir removed on exit.
# Usage: bench/ingest.sh [N]    (N default 2000; KEEP=1 keeps the temp dir; CLIENTS default 4;
#        WARMUP default 1000, 0 for none; WARMUP_ROUNDS default 1: the warm-up files are uploaded that
#        many times, each round's rate and server CPU printed, to see where a long-running server
#        settles; with more than one round step 2 is skipped, as its peers would not read the same files)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

N=${1:-${N:-2000}}
CLIENTS=${CLIENTS:-4}
WARMUP=${WARMUP:-1000}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-1}
SIZE=$((200 * 1024))
need_jars "$SERVER_JAR" "$CLI_JAR"
for tool in curl python3 sha256sum restic; do
    command -v "$tool" >/dev/null || { echo "needs $tool (restic: apt-get install -y restic)" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/bench-ingest.XXXXXX)
cleanup() {
    stop_server
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== $(date -u +%FT%TZ) on $(nproc) cores; N=$N files of $SIZE bytes, $CLIENTS clients, $WARMUP warm-up uploads x $WARMUP_ROUNDS"
java "$BENCH_DIR/HttpBench.java" gen-pdfs "$WORK/files" "$N" "$SIZE" 20261129
if [ "$WARMUP" -gt 0 ]; then
    java "$BENCH_DIR/HttpBench.java" gen-pdfs "$WORK/warmup" "$WARMUP" "$SIZE" 20261130
fi

start_server "$WORK/data" "$WORK/server.log"
TOKEN=$(token student1)
SID=$(student_id "$TOKEN")
echo "archive ready at $APP; student1 is $SID"

WARM_RATE=-
if [ "$WARMUP" -gt 0 ]; then
    L_WARM=$(load)
    for round in $(seq "$WARMUP_ROUNDS"); do
        thread_ticks >"$WORK/ticks0"
        WARM_OUT=$(timeout 1200 java "$BENCH_DIR/HttpBench.java" upload "$APP" "$TOKEN" "$SID" "$WORK/warmup" "$CLIENTS" 1100)
        thread_ticks >"$WORK/ticks1"
        echo "warm-up round $round: $WARM_OUT; server CPU per upload $(cpu_per_item "$WORK/ticks0" "$WORK/ticks1" "$WARMUP")"
        if [ "$round" = 1 ]; then
            WARM_RATE=$(echo "$WARM_OUT" | sed -n 's/.*: \([0-9.]*\) files\/s$/\1/p')
        fi
    done
fi
L_UP=$(load)
thread_ticks >"$WORK/ticks0"
UP_OUT=$(timeout 1200 java "$BENCH_DIR/HttpBench.java" upload "$APP" "$TOKEN" "$SID" "$WORK/files" "$CLIENTS" 1100)
thread_ticks >"$WORK/ticks1"
echo "$UP_OUT"
UP_RATE=$(echo "$UP_OUT" | sed -n 's/.*: \([0-9.]*\) files\/s$/\1/p')
CPU_LINE=$(cpu_per_item "$WORK/ticks0" "$WORK/ticks1" "$N")
stop_server

L_CP=$(load)
mkdir "$WORK/peer"
CP_S=$(seconds timeout 600 sh -c "cp '$WORK'/files/*.pdf '$WORK/peer/' && sync && sha256sum '$WORK'/peer/*.pdf >/dev/null")
CP_RATE=$(per_second "$N" "$CP_S")

if [ "$WARMUP_ROUNDS" -gt 1 ]; then
    echo
    echo "== results ($N measured uploads after $WARMUP warm-up uploads x $WARMUP_ROUNDS; load at the start of each step)"
    echo "REST ingest, $CLIENTS clients, durable 201: $UP_RATE files/s (load $L_UP); server CPU per upload: $CPU_LINE"
    echo "peer: cp + sync + sha256sum: $CP_RATE files/s (load $L_CP)"
    echo "ratio ingest / (cp+sync+sha256sum):        $(ratio "$UP_RATE" "$CP_RATE")   (target >= 0.5)"
    echo "(verify store skipped: with WARMUP_ROUNDS > 1 the store holds files its peers would not read)"
    exit 0
fi

# verify store checks every object the server holds, warm-up uploads included: the peers below must
# read the same files, so the warm-up files join files/ (as w*.pdf) before the sums and the backup.
if [ "$WARMUP" -gt 0 ]; then
    for f in "$WORK"/warmup/f*.pdf; do
        mv "$f" "$WORK/files/w${f##*/f}"
    done
fi
MB=$(du -sb "$WORK/files" | python3 -c "import sys;print(f'{int(sys.stdin.read().split()[0]) / 1e6:.1f}')")

(cd "$WORK/files" && sha256sum -- *.pdf >"$WORK/SHA256SUMS")
L_VS=$(load)
VS_S=$(seconds timeout 600 java -jar "$CLI_JAR" verify store "$WORK/data")
L_SHA=$(load)
SHA_S=$(seconds timeout 600 sh -c "cd '$WORK/files' && sha256sum --quiet -c '$WORK/SHA256SUMS'")

echo bench-only-password >"$WORK/restic-password"
export RESTIC_PASSWORD_FILE="$WORK/restic-password" RESTIC_REPOSITORY="$WORK/restic" RESTIC_CACHE_DIR="$WORK/restic-cache"
timeout 120 restic init --quiet >/dev/null
timeout 900 restic backup --quiet "$WORK/files" >/dev/null
L_RS=$(load)
RS_S=$(seconds timeout 900 restic check --read-data)

echo
echo "== results ($N measured uploads; verify store and its peers on all $((N + WARMUP)) files, $MB MB;"
echo "   load average 1/5/15 min at the start of each step)"
printf '%-44s %10s %12s  %s\n' step seconds rate load
if [ "$WARMUP" -gt 0 ]; then
    printf '%-44s %10s %12s  %s\n' "REST ingest, fresh server, first $WARMUP" "-" "$WARM_RATE files/s" "$L_WARM"
fi
printf '%-44s %10s %12s  %s\n' "REST ingest, $CLIENTS clients, durable 201" "-" "$UP_RATE files/s" "$L_UP"
echo "  server CPU per upload: $CPU_LINE"
printf '%-44s %10s %12s  %s\n' "peer: cp + sync + sha256sum" "$CP_S" "$CP_RATE files/s" "$L_CP"
printf '%-44s %10s %12s  %s\n' "archive-cli verify store" "$VS_S" "$(per_second "$MB" "$VS_S") MB/s" "$L_VS"
printf '%-44s %10s %12s  %s\n' "peer: sha256sum -c" "$SHA_S" "$(per_second "$MB" "$SHA_S") MB/s" "$L_SHA"
printf '%-44s %10s %12s  %s\n' "peer: restic check --read-data" "$RS_S" "$(per_second "$MB" "$RS_S") MB/s" "$L_RS"
echo
echo "ratio ingest / (cp+sync+sha256sum):        $(ratio "$UP_RATE" "$CP_RATE")   (target >= 0.5)"
echo "ratio verify store / sha256sum -c:         $(ratio "$SHA_S" "$VS_S")   (target >= 5)"
echo "ratio verify store / restic check:         $(ratio "$RS_S" "$VS_S")   (target >= 4)"
