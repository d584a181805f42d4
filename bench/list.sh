#!/usr/bin/env bash
# Listing benchmark (issue 12 §5): one portfolio of N files (default 10,000), then
# GET /api/v1/students/{sid}/artifacts?size=20 on its first page, on a random page and on its last
# page, with one client and with CLIENTS (default 30), against two baselines in the same run and on the
# same server: GET /api/v1/info (the cheapest authenticated request) and the download of one file
# (GET /api/v1/artifacts/{id}/content). Target: list p99 <= 50 ms with one client.
# The files go in through the real ingest path (POST /api/v1/students/{sid}/artifacts, durable 201,
# signed, logged and indexed): N small one-page PDFs (BYTES, default 2,048) with LOAD_CLIENTS (default
# 4) clients. Before timing, the whole list is paged once with size 100 and checked: total = N plus the
# demo school's files, every id once.
# Builds nothing (see need_jars); loopback only; the archive is stopped and the temp dir removed on exit.
# If the bench module is built (-Pbench, see below), the same list then runs in-process on embedded
# Derby (ListingQueries): N rows with the schema before V10 and the old query, against the schema of
# V10 and the new queries, cold databases, Derby's default page cache.
# Usage: bench/list.sh [N]   (KEEP=1 keeps the temp dir; REQUESTS default 1000 per kind and client
#        count, WARMUP default 300 unmeasured requests per kind; SERVER_JAR picks another build)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

N=${1:-${N:-10000}}
BYTES=${BYTES:-2048}
CLIENTS=${CLIENTS:-30}
LOAD_CLIENTS=${LOAD_CLIENTS:-4}
REQUESTS=${REQUESTS:-1000}
WARMUP=${WARMUP:-300}
need_jars "$SERVER_JAR"
WORK=$(mktemp -d /tmp/bench-list.XXXXXX)
cleanup() {
    stop_server
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== $(date -u +%FT%TZ) on $(nproc) cores; N=$N files of $BYTES bytes; $SERVER_JAR; load $(load)"
timeout 600 java "$BENCH_DIR/HttpBench.java" gen-pdfs "$WORK/files" "$N" "$BYTES" 20261207
start_server "$WORK/data" "$WORK/server.log"
STUDENT=$(token student1)
SID=$(student_id "$STUDENT")
echo "archive ready at $APP; student1 is $SID; server JVM $(server_jvm_pid)"
L_UP=$(load)
UP_OUT=$(timeout 3600 java "$BENCH_DIR/HttpBench.java" upload "$APP" "$STUDENT" "$SID" "$WORK/files" "$LOAD_CLIENTS" 3500)
echo "$UP_OUT   load at the start $L_UP"

IDS_OUT=$(timeout 900 java "$BENCH_DIR/HttpLoad.java" ids "$APP" "$STUDENT" "$SID" 100 "$WORK/ids.txt")
echo "paged once with size=100: $IDS_OUT"
TOTAL=$(wc -l <"$WORK/ids.txt")
DISTINCT=$(sort -u "$WORK/ids.txt" | wc -l)
[ "$TOTAL" = "$DISTINCT" ] && [ "$TOTAL" -ge "$N" ] || { echo "the list is wrong: $TOTAL ids, $DISTINCT distinct" >&2; exit 1; }
PAGES=$(((TOTAL + 19) / 20))
ONE=$(sed -n "$((TOTAL / 2))p" "$WORK/ids.txt")
A="/api/v1/students/$SID/artifacts?size=20"
KINDS=("info=/api/v1/info" "download=/api/v1/artifacts/$ONE/content" "list-first=$A&page=0"
    "list-random=$A&page={rand:$PAGES}" "list-last=$A&page=$((PAGES - 1))")

L_1=$(load)
OUT_1=$(timeout 1800 java "$BENCH_DIR/HttpLoad.java" kinds "$APP" "$STUDENT" 1 "$REQUESTS" "$WARMUP" "${KINDS[@]}")
echo "$OUT_1" | sed "s/$/   (load at the start $L_1)/"
L_C=$(load)
OUT_C=$(timeout 1800 java "$BENCH_DIR/HttpLoad.java" kinds "$APP" "$STUDENT" "$CLIENTS" "$((REQUESTS * 3))" 0 "${KINDS[@]}")
echo "$OUT_C" | sed "s/$/   (load at the start $L_C)/"
RSS=$(awk '/^(VmRSS|VmHWM):/{printf "%s %d MB  ", $1, $2/1024}' /proc/"$(server_jvm_pid)"/status)
stop_server

p() { echo "$1" | grep "^$2 " | awk -v k="$3" '{for (i = 1; i < NF; i++) if ($i == k) print $(i + 1)}'; }
echo
echo "== results: $TOTAL files in one portfolio, pages of 20 ($PAGES pages); ms"
printf '%-12s %-8s %8s %8s %8s %8s\n' kind clients p50 p95 p99 max
for out in "1:$OUT_1" "$CLIENTS:$OUT_C"; do
    c=${out%%:*}
    o=${out#*:}
    for k in info download list-first list-random list-last; do
        printf '%-12s %-8s %8s %8s %8s %8s\n' "$k" "$c" "$(p "$o" "$k" p50)" "$(p "$o" "$k" p95)" "$(p "$o" "$k" p99)" "$(p "$o" "$k" max)"
    done
done
for out in "1:$OUT_1" "$CLIENTS:$OUT_C"; do
    c=${out%%:*}
    o=${out#*:}
    for k in list-first list-random list-last; do
        echo "$c client(s): $k p99 / info p99 $(ratio "$(p "$o" "$k" p99)" "$(p "$o" info p99)"), / download p99 $(ratio "$(p "$o" "$k" p99)" "$(p "$o" download p99)")"
    done
done
echo "list-random p99 with one client: $(p "$OUT_1" list-random p99) ms   (target <= 50)"
echo "server memory at the end: $RSS"

CP_FILE="$BENCH_DIR/target/classpath.txt"
if [ -f "$CP_FILE" ]; then
    echo
    echo "== in-process, embedded Derby, $N rows of one student (and $N of another); load at the start $(load)"
    mkdir "$WORK/derby"
    timeout 1800 java -Xmx1g -Djava.io.tmpdir="$WORK/derby" -cp "$BENCH_DIR/target/classes:$(cat "$CP_FILE")" \
        tw.portfolio.archive.bench.ListingQueries "$WORK/derby" "$N" "$REQUESTS" 2>&1 | grep -v '^SLF4J'
    echo "load at the end $(load)"
else
    echo "no $CP_FILE: in-process peer skipped (mvn -B -ntp -Pbench -pl bench -am package -DskipTests)"
fi
