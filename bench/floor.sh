#!/usr/bin/env bash
# The ceiling of ingest on this stack and machine (issue 3): the same upload client as ingest.sh, with the
# same generated PDFs, against Payara Micro (the jar the archive runs on) serving a war that does only
# the least an upload needs (bench/floor/src):
#   servlet drain    a plain servlet reads the body and answers 201
#   servlet store    ... and writes it to a file while hashing it (SHA-256), then forces file and directory
#   jax-rs drain     the same through JAX-RS, body read raw (as the archive's own multipart reader does)
#   jax-rs store
#   parts drain      through JAX-RS with the runtime's multipart support (List<EntityPart>), which the
#   parts store      archive used before its own reader
# and, as in ingest.sh, against cp + sync + sha256sum of the same files. Every figure is a ratio to that
# peer, run in this script. "store" is the floor of a durable 201: nothing of the archive's own work
# (OCFL object, record, signature, log leaf, index) is in it.
# Usage: bench/floor.sh [N]   (N default 2000; WARMUP default 1000 uploads per variant before its N;
#        CLIENTS default 4). Builds the war with javac; needs the project built once (server-config's
#        payara-micro.jar and the Jakarta EE API jar in the local Maven repository). Loopback only.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

N=${1:-${N:-2000}}
CLIENTS=${CLIENTS:-4}
WARMUP=${WARMUP:-1000}
SIZE=$((200 * 1024))
PAYARA=$ROOT/server-config/target/payara/payara-micro.jar
API_JAR=$(ls "${MAVEN_REPO:-$HOME/.m2/repository}"/jakarta/platform/jakarta.jakartaee-api/10.*/jakarta.jakartaee-api-10.*.jar 2>/dev/null | head -1)
need_jars "$PAYARA"
[ -n "$API_JAR" ] || { echo "no jakarta.jakartaee-api 10 jar in the local Maven repository: build the project first" >&2; exit 2; }

WORK=$(mktemp -d /tmp/bench-floor.XXXXXX)
cleanup() {
    stop_server
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$WORK/war/WEB-INF/classes"
javac --release 17 -cp "$API_JAR" -d "$WORK/war/WEB-INF/classes" "$BENCH_DIR"/floor/src/floor/*.java
cp "$BENCH_DIR/floor/WEB-INF/web.xml" "$WORK/war/WEB-INF/"
(cd "$WORK/war" && jar cf "$WORK/floor.war" .)

echo "== $(date -u +%FT%TZ) on $(nproc) cores; N=$N files of $SIZE bytes, $CLIENTS clients, $WARMUP warm-up uploads per variant"
java "$BENCH_DIR/HttpBench.java" gen-pdfs "$WORK/files" "$N" "$SIZE" 20261129
[ "$WARMUP" -gt 0 ] && java "$BENCH_DIR/HttpBench.java" gen-pdfs "$WORK/warmup" "$WARMUP" "$SIZE" 20261130

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
    >"$WORK/preboot.txt"
java -Dhazelcast.phone.home.enabled=false -Dfloor.dir="$WORK/out" -Djava.io.tmpdir="$WORK" \
    -jar "$PAYARA" --nocluster --disablephonehome --noHazelcast --port "$PORT" --rootDir "$WORK/payara" \
    --prebootcommandfile "$WORK/preboot.txt" --deploy "$WORK/floor.war" --contextroot / >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
deadline=$((SECONDS + 300))
until curl -sf -o /dev/null -X POST "$BASE/raw/api/v1/students/drain/artifacts"; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "Payara Micro did not deploy the floor war; last lines of its log:" >&2
        tail -20 "$WORK/server.log" >&2
        exit 1
    fi
    sleep 1
done

declare -A RATE CPU LOADS
VARIANTS=("servlet drain:/raw:drain" "servlet store:/raw:store" "jax-rs drain::drain" "jax-rs store::store"
    "parts drain:/parts:drain" "parts store:/parts:store")
for v in "${VARIANTS[@]}"; do
    IFS=: read -r name prefix mode <<<"$v"
    if [ "$WARMUP" -gt 0 ]; then
        timeout 1200 java "$BENCH_DIR/HttpBench.java" upload "$BASE$prefix" none "$mode" "$WORK/warmup" "$CLIENTS" 1100 >/dev/null
    fi
    rm -rf "$WORK/out"
    LOADS[$name]=$(load)
    thread_ticks >"$WORK/ticks0"
    out=$(timeout 1200 java "$BENCH_DIR/HttpBench.java" upload "$BASE$prefix" none "$mode" "$WORK/files" "$CLIENTS" 1100)
    thread_ticks >"$WORK/ticks1"
    RATE[$name]=$(echo "$out" | sed -n 's/.*: \([0-9.]*\) files\/s$/\1/p')
    CPU[$name]=$(cpu_per_item "$WORK/ticks0" "$WORK/ticks1" "$N")
    rm -rf "$WORK/out"
done
stop_server

L_CP=$(load)
mkdir "$WORK/peer"
CP_S=$(seconds timeout 600 sh -c "cp '$WORK'/files/*.pdf '$WORK/peer/' && sync && sha256sum '$WORK'/peer/*.pdf >/dev/null")
CP_RATE=$(per_second "$N" "$CP_S")

echo
echo "== results ($N uploads per variant after $WARMUP warm-up uploads; load average at the start of each)"
printf '%-16s %14s %8s  %-52s %s\n' variant rate "ratio" "server CPU per upload" load
for v in "${VARIANTS[@]}"; do
    name=${v%%:*}
    printf '%-16s %8s files/s %8s  %-52s %s\n' "$name" "${RATE[$name]}" "$(ratio "${RATE[$name]}" "$CP_RATE")" \
        "${CPU[$name]}" "${LOADS[$name]}"
done
printf '%-16s %8s files/s %8s  %-52s %s\n' "cp+sync+sha256" "$CP_RATE" "1.00" "-" "$L_CP"
echo "ratio = rate / (cp + sync + sha256sum); issue 3's target for the archive's own ingest is >= 0.5"
