package tw.portfolio.archive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tw.portfolio.archive.integrity.eventlog.JdbcLogQueue;
import tw.portfolio.archive.integrity.eventlog.LogSequencer;

/**
 * Durable appends per second as the archive makes them: {@value #CLIENTS} client threads each queue a
 * leaf in a transaction of its own and commit ({@link JdbcLogQueue}, what an event's transaction
 * does), while one sequencer thread moves committed leaves into the Merkle tree in batches
 * ({@link LogSequencer}, one commit per batch), all on embedded Derby on disk with default
 * durability. Reported: {@code queue:enqueue} (durable appends/s), {@code queue:leaves} (leaves/s the
 * sequencer put in the tree; it keeps up when this equals the former) and, as the peer, the same
 * client threads committing a plain insert of the same row into a table without any tree.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QueuedAppendBenchmark {
    static final int CLIENTS = 8;

    Path dir;
    String url;
    final AtomicLong rawIds = new AtomicLong();
    /** Entry ids of committed transactions, handed to the sequencer as the server's commit callback does. */
    final java.util.concurrent.ConcurrentLinkedQueue<Long> committed = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** A fresh database per trial. */
    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = Files.createTempDirectory("bench-queue-").resolve("db");
        LogDatabase.open(dir).close();
        url = "jdbc:derby:" + dir.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE peer_leaf (id BIGINT NOT NULL PRIMARY KEY, leaf_data VARCHAR(21848) NOT NULL)");
        }
    }

    /** Says how far the sequencer was behind at the end, then deletes the database. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event_log_queue")) {
            rs.next();
            System.out.println("\nleaves still queued at the end of the trial: " + rs.getLong(1));
        }
        LogDatabase.shutdown(dir);
        try (var files = Files.walk(dir.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One client: its own connection, as one request thread of the server. */
    @State(Scope.Thread)
    public static class Client {
        Connection connection;
        JdbcLogQueue queue;
        PreparedStatement raw;
        final Random random = new Random();
        long n;

        @Setup(Level.Trial)
        public void open(QueuedAppendBenchmark shared) throws SQLException {
            connection = DriverManager.getConnection(shared.url);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            queue = new JdbcLogQueue(connection);
            raw = connection.prepareStatement("INSERT INTO peer_leaf (id, leaf_data) VALUES (?, ?)");
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            raw.close();
            connection.rollback();
            connection.close();
        }
    }

    /** The sequencer's connection and the count of leaves it sequenced. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Sequencer {
        Connection connection;
        final LogSequencer sequencer = LogSequencer.withBatch(LogSequencer.DEFAULT_BATCH);
        /** Leaves put in the tree (JMH reports it per second). */
        public long leaves;

        @Setup(Level.Trial)
        public void open(QueuedAppendBenchmark shared) throws SQLException {
            connection = DriverManager.getConnection(shared.url);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    /** A client: queue one leaf and commit (durable when commit returns). */
    @Benchmark
    @Group("queue")
    @GroupThreads(CLIENTS)
    public long enqueue(Client client, QueuedAppendBenchmark shared) throws SQLException {
        long entry = client.queue.enqueue(LogDatabase.leaf(client.n++, client.random));
        client.connection.commit();
        shared.committed.add(entry);
        return entry;
    }

    /** The sequencer: one batch of committed entries and its commit; waits 1 ms when there were none. */
    @Benchmark
    @Group("queue")
    @GroupThreads(1)
    public int sequence(Sequencer s, QueuedAppendBenchmark shared) throws SQLException, InterruptedException {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (Long id; ids.size() < s.sequencer.batchSize() && (id = shared.committed.poll()) != null; ) {
            ids.add(id);
        }
        int n = s.sequencer.sequenceEntries(s.connection, ids);
        s.connection.commit();
        s.leaves += n;
        if (n == 0) {
            Thread.sleep(1);
        }
        return n;
    }

    /** Peer: the same clients commit a plain insert of the same row, no queue, no tree. */
    @Benchmark
    @Group("peer")
    @GroupThreads(CLIENTS)
    public int rawInsert(Client client, QueuedAppendBenchmark shared) throws SQLException {
        client.raw.setLong(1, shared.rawIds.incrementAndGet());
        client.raw.setString(2, Base64.getEncoder().encodeToString(LogDatabase.leaf(client.n++, client.random)));
        int n = client.raw.executeUpdate();
        client.connection.commit();
        return n;
    }
}
