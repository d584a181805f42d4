#!/usr/bin/env bash
# Diagnostic beside ingest.sh's `verify store` figure: how fast the JDK's SHA-256 alone hashes the same
# kind of files (1 thread and all cores, in-process timing after a warm-up pass) against sha256sum, so
# a slow `verify store` can be split into hashing and everything else. Usage: bench/sha.sh [N]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
N=${1:-2000}
WORK=$(mktemp -d /tmp/bench-sha.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
java "$BENCH_DIR/HttpBench.java" gen-pdfs "$WORK/files" "$N" $((200 * 1024)) 20261129
MB=$(python3 -c "print(f'{$N * 200 * 1024 / 1e6:.1f}')")
echo "== $(date -u +%FT%TZ), $N files, $MB MB, SHA-NI: $(grep -q -w sha_ni /proc/cpuinfo && echo yes || echo no)"
cat "$WORK"/files/* >/dev/null   # page cache
echo "load $(load)"
SHA_S=$(seconds timeout 300 sh -c "sha256sum '$WORK'/files/* >/dev/null")
echo "sha256sum: $(per_second "$MB" "$SHA_S") MB/s"
echo "load $(load)"
timeout 300 java "$BENCH_DIR/HashRate.java" "$WORK/files" 1
echo "load $(load)"
timeout 300 java "$BENCH_DIR/HashRate.java" "$WORK/files" "$(nproc)"
