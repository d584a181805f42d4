#!/usr/bin/env bash
# archive-cli before and after issue 13 (the slim verifier), on one store, in one script:
#   - each jar's size;
#   - wall time of `java -jar JAR verify store DATA` on a store of OBJECTS OCFL objects (default 2,000,
#     written by ocfl-java through archive-integrity's test fixture OcflFixtures);
#   - time from start to the first object verified, as seen from outside: a timestamping reader notes when
#     the first progress line counting >= 1 object verified arrives on standard error. verify store prints
#     progress only after walking the whole store (objects are checked meanwhile), so it is an upper bound.
# Rounds alternate the jars on the same warm page cache; medians and ratios are printed (the machine
# is shared: read the ratios, not the absolute seconds).
# Usage: bench/cli-verify.sh OLD_JAR [NEW_JAR] [ROUNDS]
#   OLD_JAR  an archive-cli.jar built from before issue 13, e.g.
#              git worktree add --detach /tmp/cli-old 02bcc61
#              (cd /tmp/cli-old && mvn -B -o -pl archive-cli -am -DskipTests package)
#            and then /tmp/cli-old/archive-cli/target/archive-cli.jar
#   NEW_JAR  default archive-cli/target/archive-cli.jar of this tree
#   ROUNDS   default 5;  OBJECTS=N in the environment changes the store size.
# Needs this tree built once: mvn -B -o -pl archive-integrity,archive-cli -am -DskipTests package
# (for archive-integrity's test classes and the new jar). Loopback and local files only.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

OLD_JAR=${1:?usage: bench/cli-verify.sh OLD_JAR [NEW_JAR] [ROUNDS]}
NEW_JAR=${2:-$CLI_JAR}
ROUNDS=${3:-5}
OBJECTS=${OBJECTS:-2000}
need_jars "$OLD_JAR" "$NEW_JAR"
[ -d "$ROOT/archive-integrity/target/test-classes" ] || {
    echo "build archive-integrity first: mvn -B -o -pl archive-integrity,archive-cli -am -DskipTests package" >&2; exit 2; }

WORK=$(mktemp -d /tmp/bench-cli-verify.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
(cd "$ROOT" && mvn -B -o -pl archive-integrity dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/cp.txt" >"$WORK/mvn.log" 2>&1) || { tail -20 "$WORK/mvn.log" >&2; exit 2; }
CP="$ROOT/archive-integrity/target/test-classes:$ROOT/archive-integrity/target/classes:$(cat "$WORK/cp.txt")"
t0=$SECONDS
java -cp "$CP" "$BENCH_DIR/CliVerifyStore.java" "$WORK/data" "$OBJECTS" >/dev/null
echo "== $(date -u +%FT%TZ) on $(nproc) cores; store of $OBJECTS objects written in $((SECONDS - t0)) s ($(du -sh "$WORK/data/ocfl" | cut -f1)); $ROUNDS rounds"
echo "   $(java -version 2>&1 | head -1)"
echo "   old jar $(stat -c %s "$OLD_JAR") bytes: $OLD_JAR"
echo "   new jar $(stat -c %s "$NEW_JAR") bytes: $NEW_JAR"
find "$WORK/data/ocfl" -type f -exec cat {} + >/dev/null

# run JAR: prints "wall first" seconds; first = when the first progress line with >= 1 object done arrives.
run() {
    python3 - "$1" "$WORK/data" <<'PY'
import re, subprocess, sys, time
start = time.monotonic()
p = subprocess.Popen(["java", "-jar", sys.argv[1], "verify", "store", sys.argv[2]],
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
first, buf = None, b""
while True:
    chunk = p.stderr.read1(4096)
    if not chunk:
        break
    if first is None:
        buf += chunk
        m = re.search(rb"\] (\d+)/\d+ objects", buf)
        if m and int(m.group(1)) >= 1:
            first = time.monotonic() - start
p.wait()
wall = time.monotonic() - start
if p.returncode != 0:
    sys.exit(f"verify store exited {p.returncode}")
print(f"{wall:.2f} {first if first is not None else float('nan'):.3f}")
PY
}

declare -a OW OF NW NF
printf '%-6s %22s %22s   %s\n' round "old: wall / first s" "new: wall / first s" "load"
for r in $(seq "$ROUNDS"); do
    l=$(load)
    read -r ow of < <(run "$OLD_JAR")
    read -r nw nf < <(run "$NEW_JAR")
    OW+=("$ow"); OF+=("$of"); NW+=("$nw"); NF+=("$nf")
    printf '%-6s %22s %22s   %s\n' "$r" "$ow / $of" "$nw / $nf" "$l"
done
median() { printf '%s\n' "$@" | sort -n | python3 -c "import sys;v=[float(x) for x in sys.stdin];print(v[len(v)//2])"; }
MOW=$(median "${OW[@]}"); MOF=$(median "${OF[@]}"); MNW=$(median "${NW[@]}"); MNF=$(median "${NF[@]}")
echo
echo "median verify store wall: old $MOW s, new $MNW s; new/old $(python3 -c "print(f'{$MNW/$MOW:.2f}')")"
echo "median start to first object verified: old $MOF s, new $MNF s; new/old $(python3 -c "print(f'{$MNF/$MOF:.2f}')")"
echo "jar size new/old: $(python3 -c "print(f'{$(stat -c %s "$NEW_JAR")/$(stat -c %s "$OLD_JAR"):.2f}')")"
