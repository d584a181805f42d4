package tw.portfolio.archive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;
import tw.portfolio.archive.integrity.eventlog.TreeHasher;

/**
 * Fills a Derby event log with {@code n} leaves once, in the exact rows {@link JdbcLogStore} writes
 * (leaf data and every complete subtree hash), by batched inserts and a frontier of pending left
 * subtrees instead of {@link MerkleLog#append} (same rows, without reading back what it just wrote),
 * then checks the tree head {@link MerkleLog} reads against the root computed here. A database that
 * already holds {@code n} leaves is reused.
 */
final class TreeBuilder {
    private static final int COMMIT_EVERY = 20_000;

    private TreeBuilder() {
    }

    static void ensure(Path dir, long n) throws SQLException {
        boolean existed = Files.isDirectory(dir);
        try (Connection c = LogDatabase.open(dir)) {
            long size = new JdbcLogStore(c).size();
            c.commit();
            if (existed && size == n) {
                System.out.println("reusing " + dir + " with " + n + " leaves");
                return;
            }
            if (size != 0) {
                throw new IllegalStateException(dir + " holds " + size + " leaves, not " + n + ": delete it first");
            }
            long start = System.nanoTime();
            byte[] root = fill(c, n);
            byte[] read = new MerkleLog(new JdbcLogStore(c)).head().rootHash();
            if (!Arrays.equals(root, read)) {
                throw new IllegalStateException("tree head read back differs from the root built");
            }
            c.commit();
            System.out.printf("built %,d leaves in %.0f s into %s%n", n, (System.nanoTime() - start) / 1e9, dir);
        }
    }

    private static byte[] fill(Connection c, long n) throws SQLException {
        Random random = new Random(20261129L);
        byte[][] frontier = new byte[64][];
        Base64.Encoder b64 = Base64.getEncoder();
        try (PreparedStatement leaf = c.prepareStatement("INSERT INTO event_log_leaf (leaf_index, leaf_data) VALUES (?, ?)");
                PreparedStatement node = c.prepareStatement(
                        "INSERT INTO event_log_node (node_level, node_index, node_hash) VALUES (?, ?, ?)")) {
            for (long i = 0; i < n; i++) {
                byte[] data = LogDatabase.leaf(i, random);
                leaf.setLong(1, i);
                leaf.setString(2, b64.encodeToString(data));
                leaf.addBatch();
                byte[] hash = TreeHasher.leafHash(data);
                int level = 0;
                long index = i;
                addNode(node, level, index, hash);
                while ((index & 1) == 1) {
                    hash = TreeHasher.nodeHash(frontier[level], hash);
                    frontier[level] = null;
                    level++;
                    index >>>= 1;
                    addNode(node, level, index, hash);
                }
                frontier[level] = hash;
                if ((i + 1) % COMMIT_EVERY == 0 || i == n - 1) {
                    leaf.executeBatch();
                    node.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 500_000 == 0) {
                    System.out.printf("  %,d leaves%n", i + 1);
                }
            }
        }
        byte[] root = null;
        for (int level = 0; level < 64; level++) {
            if (frontier[level] != null) {
                root = root == null ? frontier[level] : TreeHasher.nodeHash(frontier[level], root);
            }
        }
        return root;
    }

    private static void addNode(PreparedStatement node, int level, long index, byte[] hash) throws SQLException {
        node.setInt(1, level);
        node.setLong(2, index);
        node.setString(3, Base64.getEncoder().encodeToString(hash));
        node.addBatch();
    }
}
