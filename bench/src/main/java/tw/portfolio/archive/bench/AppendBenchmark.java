package tw.portfolio.archive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;

/**
 * Durable appends per second on embedded Derby: {@link MerkleLog} over {@link JdbcLogStore} (leaf row
 * plus every completed subtree hash, size read and carries looked up per append) against the peer,
 * a plain JDBC insert of the same leaf row without the tree. Each either commits after every append
 * or after 100. Every trial starts on a fresh database under the temp directory.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AppendBenchmark {
    private static final int BATCH = 100;

    private Path dir;
    private Connection connection;
    private MerkleLog log;
    private PreparedStatement rawInsert;
    private long rawIndex;
    private final Random random = new Random(20261129L);

    /** A fresh database for every benchmark method. */
    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = Files.createTempDirectory("bench-append-").resolve("db");
        connection = LogDatabase.open(dir);
        log = new MerkleLog(new JdbcLogStore(connection));
        rawInsert = connection.prepareStatement("INSERT INTO event_log_leaf (leaf_index, leaf_data) VALUES (?, ?)");
    }

    /** Closes and deletes the database. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
        rawInsert.close();
        connection.rollback();
        connection.close();
        LogDatabase.shutdown(dir);
        try (var files = Files.walk(dir.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One Merkle append, then commit. */
    @Benchmark
    public long merkleAppendCommitEach() throws SQLException {
        long index = log.append(LogDatabase.leaf(log.size(), random));
        connection.commit();
        return index;
    }

    /** 100 Merkle appends, then commit (score is per append). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long merkleAppend100PerCommit() throws SQLException {
        long index = 0;
        for (int i = 0; i < BATCH; i++) {
            index = log.append(LogDatabase.leaf(i, random));
        }
        connection.commit();
        return index;
    }

    /** Peer: one plain leaf-row insert, then commit. */
    @Benchmark
    public int rawInsertCommitEach() throws SQLException {
        int n = insertRaw();
        connection.commit();
        return n;
    }

    /** Peer: 100 plain leaf-row inserts, then commit (score is per insert). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int rawInsert100PerCommit() throws SQLException {
        int n = 0;
        for (int i = 0; i < BATCH; i++) {
            n += insertRaw();
        }
        connection.commit();
        return n;
    }

    private int insertRaw() throws SQLException {
        long i = rawIndex++;
        rawInsert.setLong(1, i);
        rawInsert.setString(2, Base64.getEncoder().encodeToString(LogDatabase.leaf(i, random)));
        return rawInsert.executeUpdate();
    }
}
