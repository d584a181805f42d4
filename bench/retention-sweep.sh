#!/usr/bin/env bash
# Issue 15: how long does the sealing sweep take for 1,000,000 artifact records (target: at most 30 s)?
# Embedded Derby in a temporary directory, no server: 100,000 due students with 10 artifacts each are
# sealed by the sweep's own classes (set-based batches of 500 students), then a per-entity loop (one
# UPDATE per row) seals a second population capped at LOOP_ROWS rows and is extrapolated; the ratio is
# printed. Needs the bench module built (this script builds nothing):
#   mvn -B -ntp -Pbench -pl bench -am package -DskipTests
# Usage: bench/retention-sweep.sh [STUDENTS] [ARTIFACTS_PER_STUDENT] [LOOP_ROWS] [FLOOR_ROWS]   (100000 10 50000 200000)
# The floor: two plain UPDATEs in one transaction over FLOOR_ROWS rows, the work no row-state design avoids.
# BENCH_JAVA_OPTS goes to the JVM, e.g. -Dderby.storage.pageCacheSize=20000 (Derby's default is 1000 pages).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
CP_FILE="$BENCH_DIR/target/classpath.txt"
if [ ! -f "$CP_FILE" ] || [ ! -d "$BENCH_DIR/target/classes" ]; then
    echo "missing $CP_FILE; build it first: mvn -B -ntp -Pbench -pl bench -am package -DskipTests" >&2
    exit 2
fi
WORK=$(mktemp -d /tmp/bench-retention.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
echo "== $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
timeout 3600 java -Xmx2g ${BENCH_JAVA_OPTS:-} -Dderby.stream.error.file="$WORK/derby.log" \
    -cp "$BENCH_DIR/target/classes:$(cat "$CP_FILE")" "$BENCH_DIR/RetentionSweepBench.java" "$WORK" "$@"
