package tw.portfolio.archive.web.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.kept.KeptObjects;
import tw.portfolio.archive.receipt.FileContent;
import tw.portfolio.archive.receipt.ItemKind;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.ReceiptStatement;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.receipt.SignedReceipt;
import tw.portfolio.archive.receipt.SubmissionPackager;
import tw.portfolio.archive.receipt.SubmittedFile;
import tw.portfolio.archive.receipt.SubmittedItem;
import tw.portfolio.archive.runtime.DataDirectory;
import tw.portfolio.archive.storage.IntentMarkers;
import tw.portfolio.archive.storage.OcflArtifactStore;
import tw.portfolio.archive.student.SchoolCode;

/** Receipts an older version kept as plain folders move into OCFL at start-up, byte for byte, once. */
class LegacyReceiptsTest {
    static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path dataDir;
    OcflArtifactStore store;
    LegacyReceipts legacy;
    ReceiptFiles files;

    @BeforeEach
    void wire() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:legacy-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        store = OcflArtifactStore.open(dataDir);
        KeptObjects kept = new KeptObjects(store, IntentMarkers.open(dataDir.resolve("intents-kept")), ds,
                Clock.fixed(T0, ZoneOffset.UTC));
        files = ReceiptFiles.over(kept);
        legacy = new LegacyReceipts();
        legacy.dataDirectory = DataDirectory.of(dataDir.toString());
        legacy.files = files;
        legacy.kept = kept;
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Writes a receipt folder as the version before OCFL did; returns its receipt.json bytes. */
    private byte[] legacyReceipt(String id) throws Exception {
        byte[] pdf = "%PDF-1.7 refraction".getBytes(StandardCharsets.UTF_8);
        SubmittedFile file = SubmittedFile.of("折射報告.pdf", "application/pdf", pdf.length,
                HexFormat.of().formatHex(Sha256.of(pdf)), FileContent.ofBytes(pdf));
        ReceiptRequest request = ReceiptRequest.of("示範女中", SchoolCode.of("313302"), "S-7f3a", "陳怡君",
                AcademicYear.of(115), List.of(SubmittedItem.of("outcome-1", ItemKind.COURSE_OUTCOME, "報告", "簡述",
                        "物理", List.of(file))), T0);
        SignedReceipt signed = SignedReceipt.sign(ReceiptStatement.of(request),
                m -> SignatureValue.of("school-2026-01", "Ed25519", new byte[64]));
        Path dir = Files.createDirectories(dataDir.resolve("receipts").resolve(id));
        new SubmissionPackager().pack(request, dir.resolve("bag"));
        Files.write(dir.resolve("request.json"), ReceiptRequestJson.write(request, signed.signature()));
        Files.write(dir.resolve("receipt.json"), signed.json());
        return signed.json();
    }

    @Test
    void anOldReceiptFolderBecomesKeptObjectsFoundByKeyAndTheFolderGoes() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] signedJson = legacyReceipt(id);

        assertEquals(1, legacy.migrate());
        assertFalse(Files.exists(dataDir.resolve("receipts")), "the emptied legacy folder is removed");
        IssuedReceipt found = files.find(id).orElseThrow();
        assertArrayEquals(signedJson, found.signed().json());
        assertEquals(List.of(id), files.ofStudent("S-7f3a").stream().map(IssuedReceipt::id).toList());
        SubmissionPackage bag = files.bagOf(id);
        assertEquals("313302-115-S-7f3a", bag.bagName());
        assertTrue(bag.files().contains("bagit.txt") && bag.files().contains("tagmanifest-sha256.txt"), bag.files().toString());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        bag.writeZip(zip);
        assertTrue(zip.size() > 0);
    }

    @Test
    void aSecondStartMovesNothingAndAFolderLeftAfterItsCommitIsOnlyRemoved() throws Exception {
        String id = UUID.randomUUID().toString();
        legacyReceipt(id);
        assertEquals(1, legacy.migrate());
        assertEquals(0, legacy.migrate());
        legacyReceipt(id); // as if a crash had come after the rows committed, before the folder went
        assertEquals(0, legacy.migrate());
        assertFalse(Files.exists(dataDir.resolve("receipts").resolve(id)));
        assertEquals(1, files.ofStudent("S-7f3a").size());
    }

    @Test
    void anIncompleteFolderIsLeftWhereItIs() throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve("receipts").resolve(UUID.randomUUID().toString()));
        Files.writeString(dir.resolve("request.json"), "{}");
        assertEquals(0, legacy.migrate());
        assertTrue(Files.exists(dir.resolve("request.json")));
    }
}
