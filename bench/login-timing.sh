#!/usr/bin/env bash
# Issue 12 §3: does a refused login take as long whatever the reason? Times POST /api/v1/auth/token for a
# wrong password, an unknown username and a throttled username+address, interleaved, on the runnable jar
# with the demo school (loopback only, source addresses 127.0.x.y). The address throttle is raised for
# the run (it would answer 429 long before N samples), the first wait set to an hour so the throttled
# pair stays throttled. Builds nothing (see need_jars). Usage: bench/login-timing.sh [N]   (default 100)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
N=${1:-100}
need_jars "$SERVER_JAR"
WORK=$(mktemp -d /tmp/bench-login.XXXXXX)
trap 'stop_server; rm -rf "$WORK"' EXIT
export ARCHIVE_AUTH_ADDRESSTHRESHOLD=1000000 ARCHIVE_AUTH_THROTTLEDELAYSECONDS=3600 ARCHIVE_AUTH_THROTTLEMAXDELAYSECONDS=3600
start_server "$WORK/data" "$WORK/server.log"
echo "== $(date -u +%FT%TZ), $N samples of each kind, load $(load), app $APP"
timeout 900 java "$BENCH_DIR/LoginTiming.java" "$APP" "$N"
echo "load $(load)"
