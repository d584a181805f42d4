package tw.portfolio.archive.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tw.portfolio.archive.integrity.eventlog.InclusionProof;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;
import tw.portfolio.archive.integrity.eventlog.MerkleVerifier;
import tw.portfolio.archive.integrity.eventlog.TreeHead;

/**
 * Inclusion-proof latency of {@link MerkleLog} over {@link JdbcLogStore} on a Derby log of {@code
 * leaves} leaves (built once by {@link TreeBuilder} under {@code dbRoot}, then reused), for a random
 * leaf at the full tree size, against the peer: one primary-key lookup of a random leaf row.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProofBenchmark {
    @Param("1000000")
    public long leaves;
    @Param("/tmp/archive-bench-log")
    public String dbRoot;

    private Path dir;
    private Connection connection;
    private MerkleLog log;
    private PreparedStatement leafRow;
    private final SplittableRandom random = new SplittableRandom(7L);

    /** Builds or reuses the log, and checks a few proofs against its head before timing anything. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        dir = Path.of(dbRoot + "-" + leaves);
        TreeBuilder.ensure(dir, leaves);
        connection = LogDatabase.open(dir);
        log = new MerkleLog(new JdbcLogStore(connection));
        leafRow = connection.prepareStatement("SELECT leaf_data FROM event_log_leaf WHERE leaf_index = ?");
        TreeHead head = log.head();
        for (long i : new long[] {0, leaves / 3, leaves - 1}) {
            InclusionProof p = log.inclusionProof(i, leaves);
            var result = MerkleVerifier.verifyInclusion(i, leaves, log.leafHash(i), p.hashBytes(), head.rootHash());
            if (!result.valid()) {
                throw new IllegalStateException("proof for leaf " + i + " does not verify: " + result.reason());
            }
        }
    }

    /** Closes the database (kept on disk for the next run). */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        leafRow.close();
        connection.rollback();
        connection.close();
        LogDatabase.shutdown(dir);
    }

    /** Inclusion proof for a random leaf at the full tree size. */
    @Benchmark
    public InclusionProof inclusionProof() {
        return log.inclusionProof(random.nextLong(leaves), leaves);
    }

    /** Peer: read one random leaf row by primary key. */
    @Benchmark
    public String leafRowLookup() throws SQLException {
        leafRow.setLong(1, random.nextLong(leaves));
        try (ResultSet rs = leafRow.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
