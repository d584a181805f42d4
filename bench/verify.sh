#!/usr/bin/env bash
# `verify store` against its two peers (issue 3), without the server: on a store kept by
#   KEEP=1 bench/ingest.sh      (prints "kept /tmp/bench-ingest.XXXXXX")
# it times, ROUNDS times in turn on the same warm page cache,
#   java -jar archive-cli.jar verify store DIR/data   vs  sha256sum -c   vs  restic check --read-data
# (the peers on DIR/files, the uploaded PDFs themselves, as ingest.sh does) and prints each round's
# seconds and load average, and the ratios of the medians. A fourth column, "JDK floor", is
# bench/HashFloor.java on DIR/data/ocfl: every stored file hashed on all cores by a fresh JVM and
# nothing else, the least any Java verifier must spend, and so what the targets ask of it. Run it alone: flock /tmp/bench.lock bench/verify.sh DIR
# Usage: bench/verify.sh KEPT_DIR [ROUNDS]    (ROUNDS default 5; BEFORE_JAR=an older archive-cli.jar
# times that one too, in the same rounds, for a before/after comparison)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DIR=${1:?usage: bench/verify.sh KEPT_DIR [ROUNDS] (a directory kept by KEEP=1 bench/ingest.sh)}
ROUNDS=${2:-5}
need_jars "$CLI_JAR"
for need in "$DIR/data" "$DIR/files" "$DIR/SHA256SUMS" "$DIR/restic" "$DIR/restic-password"; do
    [ -e "$need" ] || { echo "$need is missing: keep a run of bench/ingest.sh with KEEP=1" >&2; exit 2; }
done
export RESTIC_PASSWORD_FILE="$DIR/restic-password" RESTIC_REPOSITORY="$DIR/restic" RESTIC_CACHE_DIR="$DIR/restic-cache"

MB=$(du -sb "$DIR/files" | python3 -c "import sys;print(f'{int(sys.stdin.read().split()[0]) / 1e6:.1f}')")
echo "== $(date -u +%FT%TZ) on $(nproc) cores, SHA-NI: $(grep -q -w sha_ni /proc/cpuinfo && echo yes || echo no); $MB MB; $ROUNDS rounds"
echo "   $(java -version 2>&1 | head -1)"
FLOOR=$(mktemp -d /tmp/bench-verify-floor.XXXXXX)
trap 'rm -rf "$FLOOR"' EXIT
javac -d "$FLOOR" "$BENCH_DIR/HashFloor.java"
cat "$DIR"/files/* >/dev/null
find "$DIR/data" "$DIR/restic" -type f -exec cat {} + >/dev/null

# timed NAME COMMAND...: runs it (output discarded) and prints "wall cpu" seconds, cpu = user + system
# of the command and its children: on a shared machine the CPU time is the steadier figure.
timed() {
    local f
    f=$(mktemp)
    /usr/bin/time -f '%e %U %S' -o "$f" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; cat "$f" >&2; exit 1; }
    python3 -c "w,u,s=open('$f').read().split()[-3:];print(w, f'{float(u)+float(s):.2f}')"
    rm -f "$f"
}

declare -a VS SHA RS BS FL
printf '%-6s %16s %16s %16s %16s %16s   %s\n' round "verify store" "sha256sum -c" "restic check" "JDK floor" "BEFORE_JAR" "load at the start of each"
printf '%-6s %16s %16s %16s %16s %16s\n' "" "wall/cpu s" "wall/cpu s" "wall/cpu s" "wall/cpu s" "wall/cpu s"
for r in $(seq "$ROUNDS"); do
    bs=-
    if [ -n "${BEFORE_JAR:-}" ]; then
        bs=$(timed java -jar "$BEFORE_JAR" verify store "$DIR/data")
        BS+=("${bs% *}")
    fi
    l1=$(load)
    vs=$(timed java -jar "$CLI_JAR" verify store "$DIR/data")
    l2=$(load)
    sha=$(timed sh -c "cd '$DIR/files' && sha256sum --quiet -c '$DIR/SHA256SUMS'")
    l3=$(load)
    rs=$(timed restic check --read-data)
    fl=$(timed java -cp "$FLOOR" HashFloor "$DIR/data/ocfl")
    VS+=("${vs% *}"); SHA+=("${sha% *}"); RS+=("${rs% *}"); FL+=("${fl% *}")
    printf '%-6s %16s %16s %16s %16s %16s   %s | %s | %s\n' "$r" "${vs/ //}" "${sha/ //}" "${rs/ //}" "${fl/ //}" "${bs/ //}" \
        "$l1" "$l2" "$l3"
done

median() { printf '%s\n' "$@" | sort -n | python3 -c "import sys;v=[float(x) for x in sys.stdin];print(v[len(v)//2])"; }
MV=$(median "${VS[@]}"); MS=$(median "${SHA[@]}"); MR=$(median "${RS[@]}"); MF=$(median "${FL[@]}")
echo
echo "median wall s: verify store $MV ($(per_second "$MB" "$MV") MB/s), sha256sum -c $MS, restic check --read-data $MR"
echo "ratio verify store / sha256sum -c:   $(ratio "$MS" "$MV")   (target >= 5)"
echo "ratio verify store / restic check:   $(ratio "$MR" "$MV")   (target >= 4)"
echo "JDK floor median $MF s: ratios $(ratio "$MS" "$MF") (sha256sum -c) and $(ratio "$MR" "$MF") (restic), the most a Java verifier can reach here"
if [ -n "${BEFORE_JAR:-}" ]; then
    MB4=$(median "${BS[@]}")
    echo "BEFORE_JAR median $MB4 s: ratios $(ratio "$MS" "$MB4") (sha256sum -c) and $(ratio "$MR" "$MB4") (restic); this jar is $(ratio "$MB4" "$MV")x faster"
fi
