package tw.portfolio.archive.web.fixity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.kept.KeptKind;
import tw.portfolio.archive.kept.KeptObjects;
import tw.portfolio.archive.receipt.FileContent;
import tw.portfolio.archive.receipt.ItemKind;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.ReceiptStatement;
import tw.portfolio.archive.receipt.SignedReceipt;
import tw.portfolio.archive.receipt.SubmittedFile;
import tw.portfolio.archive.receipt.SubmittedItem;
import tw.portfolio.archive.storage.IntentMarkers;
import tw.portfolio.archive.storage.OcflArtifactStore;
import tw.portfolio.archive.student.SchoolCode;
import tw.portfolio.archive.web.portfolio.IssuedReceipt;
import tw.portfolio.archive.web.portfolio.ReceiptFiles;

/**
 * A receipt issued through {@link ReceiptFiles} onto a real OCFL root and a real Derby database is
 * audited like any artifact: a byte flipped on disk is named by the storage pass, a lost object or
 * a rewritten digest by the kept-object check.
 */
class KeptObjectAuditTest {
    static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path dataDir;
    OcflArtifactStore store;
    EmbeddedDataSource dataSource;
    ReceiptFiles receipts;
    KeptObjects kept;
    String receiptId;

    @BeforeEach
    void issueOneReceipt() throws Exception {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:kept-audit-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        store = OcflArtifactStore.open(dataDir);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        kept = new KeptObjects(store, IntentMarkers.open(dataDir.resolve("intents-kept")), dataSource, clock);
        receipts = ReceiptFiles.over(kept);
        SchoolKeyRing keys = SchoolKeyRing.openOrCreate(dataDir.resolve("school.p12"), "secret".toCharArray(), clock);
        ReceiptRequest request = request();
        SignedReceipt signed = SignedReceipt.sign(ReceiptStatement.of(request), keys::sign);
        receiptId = receipts.write(request, signed);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ReceiptRequest request() {
        byte[] pdf = "%PDF-1.7 refraction".getBytes(StandardCharsets.UTF_8);
        SubmittedFile file = SubmittedFile.of("折射報告.pdf", "application/pdf", pdf.length,
                HexFormat.of().formatHex(Sha256.of(pdf)), FileContent.ofBytes(pdf));
        SubmittedItem item = SubmittedItem.of("outcome-1", ItemKind.COURSE_OUTCOME, "光的折射實驗報告", "以實驗數據說明",
                "物理（部定必修）", List.of(file));
        return ReceiptRequest.of("示範女中", SchoolCode.of("313302"), "S-7f3a", "陳怡君", AcademicYear.of(115),
                List.of(item), T0);
    }

    private Path fileOf(String objectId, String logicalPath) {
        return store.root().resolve(store.objectPath(objectId)).resolve("v1/content").resolve(logicalPath);
    }

    private List<AuditFailure> storagePass() {
        StoragePassTest.Recorder r = new StoragePassTest.Recorder();
        assertTrue(new StoragePass(2, 0, Duration.ofHours(1), Clock.systemUTC()).run(dataDir,
                StoragePass.Totals.start(null, 0, 0, 0), r, () -> false));
        assertEquals(2, r.last.objects(), "the receipt and its submission package are objects of the store");
        return r.failures;
    }

    private List<AuditFailure> keptCheck() {
        return new KeptObjectCheck(kept, store, Clock.systemUTC()).run();
    }

    @Test
    void anIssuedReceiptIsFoundByKeyAndPassesBothChecks() throws Exception {
        IssuedReceipt found = receipts.find(receiptId).orElseThrow();
        assertEquals("S-7f3a", found.request().studentId());
        assertEquals(List.of(), storagePass());
        assertEquals(List.of(), keptCheck());
    }

    @Test
    void aReceiptFlippedOnDiskIsNamedByTheNextStoragePassAndRefusedWhenRead() throws Exception {
        String objectId = KeptKind.RECEIPT.objectId(receiptId);
        Path signed = fileOf(objectId, "receipt.json");
        byte[] bytes = Files.readAllBytes(signed);
        String expected = HexFormat.of().formatHex(Sha256.of(bytes));
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(signed, bytes);

        List<AuditFailure> failures = storagePass();
        assertEquals(1, failures.size(), failures.toString());
        AuditFailure f = failures.get(0);
        assertEquals(objectId, f.objectId());
        assertNull(f.artifactId(), "a receipt is not an artifact");
        assertEquals("v1/content/receipt.json", f.path());
        assertEquals(expected, f.expected());
        assertEquals(HexFormat.of().formatHex(Sha256.of(bytes)), f.actual());
        assertEquals("CONTENT_MISMATCH", f.kind());
        assertTrue(f.describe().contains("object " + objectId), f.describe());
        assertThrows(IntegrityViolationException.class, () -> receipts.find(receiptId));
    }

    @Test
    void aFlippedFileInsideTheSubmissionPackageIsNamedToo() throws Exception {
        String objectId = KeptKind.SUBMISSION_PACKAGE.objectId(receiptId);
        Path bag = fileOf(objectId, "313302-115-S-7f3a");
        Files.writeString(bag.resolve("bag-info.txt"), "Source-Organization: someone else\n");
        List<AuditFailure> failures = storagePass();
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(objectId, failures.get(0).objectId());
        assertEquals("v1/content/313302-115-S-7f3a/bag-info.txt", failures.get(0).path());
    }

    @Test
    void aLostPackageAndARewrittenDigestAreNamedByTheKeptObjectCheck() throws Exception {
        store.purge(KeptKind.SUBMISSION_PACKAGE.objectId(receiptId));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE KEPT_OBJECT SET SHA256 = ? WHERE OBJECT_ID = ?")) {
            ps.setString(1, "0".repeat(64));
            ps.setString(2, KeptKind.RECEIPT.objectId(receiptId));
            ps.executeUpdate();
        }
        List<AuditFailure> failures = keptCheck();
        assertEquals(2, failures.size(), failures.toString());
        assertEquals(List.of(FailureKinds.OBJECT_MISSING, FailureKinds.KEPT_DIGEST_MISMATCH),
                failures.stream().map(AuditFailure::kind).toList(), "in object id order: package-…, receipt-…");
        assertEquals(KeptKind.SUBMISSION_PACKAGE.objectId(receiptId), failures.get(0).objectId());
        AuditFailure digest = failures.get(1);
        assertEquals("receipt.json", digest.path());
        assertEquals("0".repeat(64), digest.expected());
    }
}
