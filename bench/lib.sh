# Shared by bench/*.sh (sourced, not run). Starts the archive on a free loopback port with the demo
# school in a fresh data directory and stops it on exit, whatever happens.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
SERVER_JAR=${SERVER_JAR:-$ROOT/server-config/target/portfolio-archive.jar}
CLI_JAR=${CLI_JAR:-$ROOT/archive-cli/target/archive-cli.jar}
SERVER_PID=

need_jars() {
    local missing=0
    for jar in "$@"; do
        if [ ! -f "$jar" ]; then
            echo "missing $jar" >&2
            missing=1
        fi
    done
    if [ "$missing" = 1 ]; then
        echo "build them first (this script builds nothing):" >&2
        echo "  mvn -B -ntp -pl server-config,archive-cli -am -DskipTests package" >&2
        exit 2
    fi
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

free_port() {
    python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'
}

# start_server DATA_DIR LOG: sets BASE, APP (BASE plus context root) and SERVER_PID, waits (at most 300 s) for /health/ready.
# SERVER_JAVA_OPTS (optional) goes to the server's JVM only, e.g. a flight recording for profiling.
start_server() {
    local port
    port=$(free_port)
    BASE="http://127.0.0.1:$port"
    ARCHIVE_DEMO=true ARCHIVE_DATA_DIR="$1" ARCHIVE_HTTP_ADDRESS=127.0.0.1 \
        java ${SERVER_JAVA_OPTS:-} -jar "$SERVER_JAR" --port "$port" >"$2" 2>&1 &
    SERVER_PID=$!
    local deadline=$((SECONDS + 300))
    # /health/ready can answer before the war is deployed: wait for the API as well. The war is meant
    # to be at / (glassfish-web.xml), but this Payara Micro uber jar has been seen deploying it at
    # /archive-web: APP is whichever answers, and the scripts say which.
    until curl -sf -o /dev/null "$BASE/health/ready" && api_root; do
        if [ $SECONDS -ge $deadline ] || ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "the archive did not become ready; last lines of $2:" >&2
            tail -20 "$2" >&2
            exit 1
        fi
        sleep 2
    done
}

api_root() {
    for prefix in "" /archive-web; do
        if curl -sf -o /dev/null "$BASE$prefix/api/v1/info"; then
            APP="$BASE$prefix"
            return 0
        fi
    done
    return 1
}

# thread_ticks: one line per thread of the server JVM: tid, name (spaces as _), user+system clock ticks.
thread_ticks() {
    local t
    for t in /proc/"$(server_jvm_pid)"/task/*; do
        [ -r "$t/stat" ] || continue
        printf '%s %s %s\n' "${t##*/}" "$(tr ' ' _ <"$t/comm")" "$(sed 's/.*) //' "$t/stat" | awk '{print $12 + $13}')"
    done
}

# cpu_per_item BEFORE AFTER N: the server's CPU milliseconds per item between two thread_ticks
# snapshots, and the share of the JIT compiler threads in it.
cpu_per_item() {
    python3 - "$1" "$2" "$3" "$(getconf CLK_TCK)" <<'PY'
import sys
def read(f):
    return {l.split()[0]: (l.split()[1], int(l.split()[2])) for l in open(f) if len(l.split()) == 3}
a, b, n, hz = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
total = jit = 0
for tid, (name, ticks) in b.items():
    d = ticks - a.get(tid, (name, 0))[1]
    total += d
    if name.startswith(("C1_CompilerThre", "C2_CompilerThre")):
        jit += d
ms = 1000.0 / hz
print(f"{total * ms / n:.1f} ms ({jit * ms / n:.1f} ms of it JIT compilation, {100.0 * jit / max(total, 1):.0f}%)")
PY
}

# server_jvm_pid: the JVM that runs the archive: SERVER_PID itself, or the one JVM it started when the
# launcher re-executed itself with the configured heap (archive.jvm.maxHeap).
server_jvm_pid() {
    local child
    child=$(cat /proc/"$SERVER_PID"/task/*/children 2>/dev/null | tr ' ' '\n' | grep -m1 . || true)
    echo "${child:-$SERVER_PID}"
}

stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        for _ in $(seq 30); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 1
        done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
}

# token USER: a bearer token for a demo account.
token() {
    curl -sf --max-time 30 -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"demo-password\"}" "$APP/api/v1/auth/token" \
        | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'
}

student_id() {
    curl -sf --max-time 30 -H "Authorization: Bearer $1" "$APP/api/v1/me" \
        | python3 -c 'import sys,json;print(json.load(sys.stdin)["studentId"])'
}

# seconds COMMAND...: runs it, prints elapsed seconds (3 decimals) on stdout, its output to stderr.
seconds() {
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >&2
    t1=$(date +%s.%N)
    python3 -c "print(f'{$t1 - $t0:.3f}')"
}

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
per_second() { python3 -c "print(f'{$1 / $2:.1f}')"; }
