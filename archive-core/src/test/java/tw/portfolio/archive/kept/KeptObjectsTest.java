package tw.portfolio.archive.kept;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.storage.IntentMarkers;
import tw.portfolio.archive.storage.OcflArtifactStore;

/** Kept objects on a real OCFL root and a real Derby database migrated with the archive's scripts. */
class KeptObjectsTest {
    static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path dataDir;
    OcflArtifactStore store;
    IntentMarkers markers;
    DataSource dataSource;
    KeptObjects kept;

    @BeforeEach
    void openStoreAndDatabase() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:kept-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        dataSource = ds;
        store = OcflArtifactStore.open(dataDir);
        markers = IntentMarkers.open(dataDir.resolve("intents-kept"));
        kept = new KeptObjects(store, markers, dataSource, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private KeptObject keepReceipt(String id, String student, int year, Instant issuedAt) throws Exception {
        KeptObjects.Draft d = kept.draft(KeptKind.RECEIPT, id, student, year, issuedAt, "receipt.json");
        Files.writeString(d.dir().resolve("receipt.json"), "{\"receipt\":\"" + id + "\"}");
        Files.createDirectories(d.dir().resolve("bag/data"));
        Files.writeString(d.dir().resolve("bag/data/a.txt"), "a");
        return kept.keep(List.of(d)).get(0);
    }

    @Test
    void aKeptObjectIsDurableInOcflListedByKeyAndReadBackByteForByte() throws Exception {
        KeptObject row = keepReceipt("r-1", "S-1", 115, T0);
        assertTrue(store.contains("receipt-r-1"));
        assertEquals(List.of("bag/data/a.txt", "receipt.json"), kept.files(row));
        assertEquals(HexFormat.of().formatHex(Sha256.of("{\"receipt\":\"r-1\"}".getBytes(StandardCharsets.UTF_8))),
                row.sha256());
        assertEquals(row, kept.find(KeptKind.RECEIPT, "r-1").orElseThrow());
        assertArrayEquals("a".getBytes(), kept.read(row, "bag/data/a.txt"));
        assertEquals(List.of(), markers.pending(), "the marker goes once the row has committed");
        try (var staging = Files.list(store.stagingDirectory())) {
            assertEquals(0, staging.count(), "nothing is left in staging");
        }
    }

    @Test
    void aStudentsObjectsComeNewestFirstAndAYearsOnlyThatYears() throws Exception {
        keepReceipt("r-a", "S-1", 114, T0.minusSeconds(3600));
        keepReceipt("r-b", "S-1", 115, T0);
        keepReceipt("r-c", "S-1", 115, T0.plusSeconds(60));
        keepReceipt("r-d", "S-2", 115, T0);
        assertEquals(List.of("r-c", "r-b", "r-a"),
                kept.ofStudent(KeptKind.RECEIPT, "S-1").stream().map(KeptObject::recordId).toList());
        assertEquals(List.of("r-c", "r-d", "r-b"),
                kept.ofYear(KeptKind.RECEIPT, 115).stream().map(KeptObject::recordId).toList());
        assertTrue(kept.find(KeptKind.AUDIT_REPORT, "r-a").isEmpty(), "a key names one kind");
    }

    @Test
    void addingAFileMakesANewVersionThatKeepsTheOldFiles() throws Exception {
        KeptObject row = keepReceipt("r-1", "S-1", 115, T0);
        kept.add(row, "statement.pdf", "%PDF".getBytes());
        assertTrue(kept.has(row, "statement.pdf"));
        assertEquals(List.of("bag/data/a.txt", "receipt.json", "statement.pdf"), kept.files(row));
        assertThrows(RuntimeException.class, () -> kept.add(row, "statement.pdf", "other".getBytes()),
                "a kept file is never replaced");
        assertArrayEquals("%PDF".getBytes(), kept.read(row, "statement.pdf"));
    }

    @Test
    void aFileChangedOnDiskIsAnIntegrityViolationWhenRead() throws Exception {
        KeptObject row = keepReceipt("r-1", "S-1", 115, T0);
        Path file = store.root().resolve(store.objectPath(row.objectId())).resolve("v1/content/receipt.json");
        Files.writeString(file, "{\"receipt\":\"r-X\"}");
        IntegrityViolationException e = assertThrows(IntegrityViolationException.class,
                () -> kept.read(row, "receipt.json"));
        assertTrue(e.getMessage().contains("receipt-r-1 receipt.json"), e.getMessage());
    }

    @Test
    void aSecondObjectWithAKeyAlreadyKeptIsRefusedAndLeavesNothingBehind() throws Exception {
        keepReceipt("r-1", "S-1", 115, T0);
        KeptObjects.Draft again = kept.draft(KeptKind.AUDIT_REPORT, "a-1", null, null, T0, "report.pdf");
        Files.writeString(again.dir().resolve("report.pdf"), "%PDF");
        KeptObjects.Draft duplicate = kept.draft(KeptKind.RECEIPT, "r-1", "S-1", 115, T0, "receipt.json");
        Files.writeString(duplicate.dir().resolve("receipt.json"), "{}");
        assertThrows(RuntimeException.class, () -> kept.keep(List.of(again, duplicate)));
        assertFalse(store.contains("audit-report-a-1"), "all or none: the report's object is removed again");
        assertTrue(kept.find(KeptKind.AUDIT_REPORT, "a-1").isEmpty());
        assertEquals(List.of(), markers.pending());
    }

    @Test
    void startUpRemovesAnObjectACrashLeftWithoutItsRowAndKeepsOneWhoseRowCommitted() throws Exception {
        KeptObject committed = keepReceipt("r-1", "S-1", 115, T0);
        markers.mark(committed.objectId()); // a crash after the commit, before the marker went
        markers.mark("receipt-r-2"); // a crash after the object was written, before its row
        Path staged = Files.createDirectories(store.stagingDirectory().resolve("crash"));
        Files.writeString(staged.resolve("receipt.json"), "{}");
        store.storeFiles("receipt-r-2", staged, "crash");

        assertEquals(1, kept.reconcile());
        assertTrue(store.contains("receipt-r-1"));
        assertFalse(store.contains("receipt-r-2"));
        assertEquals(List.of(), markers.pending());
        assertEquals(0, kept.reconcile(), "a second start finds nothing to do");
    }

    @Test
    void theRowsTableRefusesAKindItDoesNotKnow() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("INSERT INTO KEPT_OBJECT "
                    + "VALUES ('x-1', 'ARTIFACT', '1', NULL, NULL, CURRENT_TIMESTAMP, 'f', 'd', CURRENT_TIMESTAMP)"));
        }
    }
}
