#!/usr/bin/env bash
# Event-log benchmark (issue 3), JMH, each figure next to a plain-JDBC peer from the same run:
#   - durable appends/s of MerkleLog over JdbcLogStore on embedded Derby, commit per append and per 100,
#     vs plain inserts of the same leaf rows without the tree;
#   - durable appends/s as the archive makes them (8 client transactions queue and commit, one
#     sequencer moves leaves into the tree in batches) vs the same clients committing plain inserts;
#   - inclusion-proof latency at LEAVES leaves (default 1,000,000; built once into
#     /tmp/archive-bench-log-LEAVES and reused) vs one primary-key lookup of a leaf row.
# Builds nothing: mvn -B -ntp -Pbench -pl bench -am package -DskipTests
# Usage: bench/log.sh [LEAVES]     One short JMH run each (-f 1 -wi 1 -i 3, 5 s iterations).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
LEAVES=${1:-1000000}
CP_FILE="$BENCH_DIR/target/classpath.txt"
if [ ! -f "$CP_FILE" ]; then
    echo "missing $CP_FILE; build first: mvn -B -ntp -Pbench -pl bench -am package -DskipTests" >&2
    exit 2
fi
CP="$BENCH_DIR/target/classes:$(cat "$CP_FILE")"
OUT=$(mktemp -d /tmp/bench-log.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
JMH=(-f 1 -wi 1 -i 3 -w 5s -r 5s -jvmArgs "-Xmx1g -Djava.io.tmpdir=$OUT" -rf json)

echo "== $(date -u +%FT%TZ) on $(nproc) cores"
L_APPEND=$(cut -d' ' -f1-3 /proc/loadavg)
timeout 900 java -cp "$CP" org.openjdk.jmh.Main "${JMH[@]}" -rff "$OUT/append.json" '\.AppendBenchmark'
L_QUEUE=$(cut -d' ' -f1-3 /proc/loadavg)
timeout 900 java -cp "$CP" org.openjdk.jmh.Main "${JMH[@]}" -rff "$OUT/queue.json" QueuedAppendBenchmark
L_PROOF=$(cut -d' ' -f1-3 /proc/loadavg)
timeout 3000 java -cp "$CP" org.openjdk.jmh.Main "${JMH[@]}" -rff "$OUT/proof.json" -p leaves="$LEAVES" ProofBenchmark

python3 - "$OUT" "$L_APPEND" "$L_PROOF" "$LEAVES" "$L_QUEUE" <<'EOF'
import json, sys
out, l_append, l_proof, leaves, l_queue = sys.argv[1:]
score = {}
for name in ("append", "queue", "proof"):
    for r in json.load(open(f"{out}/{name}.json")):
        metrics = r.get("secondaryMetrics") or {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]}
        for key, m in metrics.items():
            score[key] = (m["score"], m["scoreError"], m["scoreUnit"])
print(f"\n== results (load average 1/5/15 min: appends {l_append}; queued appends {l_queue}; proofs {l_proof})")
for k, (s, e, u) in score.items():
    print(f"{k:28s} {s:12.1f} ± {e:8.1f} {u}")
def r(a, b):
    return score[a][0] / score[b][0]
print(f"\nMerkle append / raw insert, commit each:  {r('merkleAppendCommitEach', 'rawInsertCommitEach'):.2f}")
print(f"Merkle append / raw insert, 100 per commit: {r('merkleAppend100PerCommit', 'rawInsert100PerCommit'):.2f}")
print(f"queued appends, 8 clients, durable / raw insert, same clients: {r('enqueue', 'rawInsert'):.2f}")
print(f"leaves sequenced into the tree / queued appends:               {r('leaves', 'enqueue'):.2f}")
print(f"inclusion proof / leaf-row lookup latency at {int(leaves):,} leaves: {r('inclusionProof', 'leafRowLookup'):.1f}x")
print(f"targets: >= 5,000 appends/s (durable); <= 1 ms (1,000 us) per proof at 10 M leaves")
EOF
