package tw.portfolio.archive.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.IntegrityViolationException;

class SubmissionPackagerTest {
    @TempDir
    Path dir;

    private final SubmissionPackager packager = new SubmissionPackager();

    @Test
    void theBagIsValidForBagitsOwnVerifierAndHoldsFilesAndStatement() throws Exception {
        ReceiptRequest request = ReceiptFixtures.request();
        Path bagDir = packager.pack(request, dir);

        assertEquals("313302-115-S-7f3a", bagDir.getFileName().toString());
        Bag bag = new BagReader().read(bagDir);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
        assertEquals("SHA-256", bag.getPayLoadManifests().iterator().next().getAlgorithm().getMessageDigestName());
        assertArrayEquals(ReceiptStatement.of(request).canonicalBytes(),
                Files.readAllBytes(bagDir.resolve("data").resolve(SubmissionPackager.STATEMENT_FILE)));
        assertEquals("png chart bytes", Files.readString(bagDir.resolve("data/items/outcome-1/資料.png")));
        assertEquals(List.of("臺北市立示範女子高級中學"), bag.getMetadata().get("Source-Organization"));
        packager.verify(bagDir);
    }

    @Test
    void duplicateAndTraversalFilenamesAreSanitisedAndStayInsideThePayload() throws Exception {
        SubmittedItem hostile = ReceiptFixtures.outcome("../../outside", "惡意檔名",
                ReceiptFixtures.file("../x", "application/pdf", "one"),
                ReceiptFixtures.file("..\\..\\x", "application/pdf", "two"),
                ReceiptFixtures.file("X", "application/pdf", "three"),
                ReceiptFixtures.file("..", "application/pdf", "four"));
        Path bagDir = packager.pack(ReceiptFixtures.request(List.of(hostile)), dir.resolve("bags"));

        Path item = bagDir.resolve("data/items/outside");
        assertEquals("one", Files.readString(item.resolve("x")));
        assertEquals("two", Files.readString(item.resolve("x-2")));
        assertEquals("three", Files.readString(item.resolve("X-3")));
        assertEquals("four", Files.readString(item.resolve("file")));
        try (Stream<Path> everything = Files.walk(dir)) {
            assertTrue(everything.filter(p -> !p.equals(dir)).allMatch(p -> p.startsWith(dir.resolve("bags"))),
                    "nothing written outside the bags folder");
        }
        packager.verify(bagDir);
    }

    @Test
    void aFileWhoseBytesDisagreeWithItsDigestFailsAndLeavesNoBagBehind() throws IOException {
        byte[] real = "what is on disk".getBytes(StandardCharsets.UTF_8);
        SubmittedFile lying = SubmittedFile.of("a.pdf", "application/pdf", real.length,
                ReceiptFixtures.sha256("what was recorded".getBytes(StandardCharsets.UTF_8)), FileContent.ofBytes(real));
        ReceiptRequest request = ReceiptFixtures.request(List.of(ReceiptFixtures.outcome("o-1", "報告", lying)));

        IntegrityViolationException e = assertThrows(IntegrityViolationException.class, () -> packager.pack(request, dir));
        assertTrue(e.getMessage().startsWith("file a.pdf of item o-1 does not match its record"), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no bag and no staging folder remain");
        }
    }

    @Test
    void aFileWhoseSizeDisagreesFails() {
        byte[] real = "12345".getBytes(StandardCharsets.UTF_8);
        SubmittedFile wrongSize = SubmittedFile.of("a.pdf", "application/pdf", 4, ReceiptFixtures.sha256(real),
                FileContent.ofBytes(real));
        ReceiptRequest request = ReceiptFixtures.request(List.of(ReceiptFixtures.outcome("o-1", "報告", wrongSize)));
        assertThrows(IntegrityViolationException.class, () -> packager.pack(request, dir));
    }

    @Test
    void packingTheSameStudentAndYearTwiceIsAConflict() {
        packager.pack(ReceiptFixtures.request(), dir);
        ConflictException e = assertThrows(ConflictException.class, () -> packager.pack(ReceiptFixtures.request(), dir));
        assertEquals("a submission bag already exists: 313302-115-S-7f3a", e.getMessage());
    }

    @Test
    void filesAreReadFromDiskThroughTheirPath() throws IOException {
        Path source = Files.writeString(dir.resolve("source.pdf"), "%PDF from disk");
        byte[] bytes = Files.readAllBytes(source);
        SubmittedFile onDisk = SubmittedFile.of("報告.pdf", "application/pdf", bytes.length, ReceiptFixtures.sha256(bytes),
                FileContent.of(source));
        Path bagDir = packager.pack(ReceiptFixtures.request(List.of(ReceiptFixtures.outcome("o-1", "報告", onDisk))),
                dir.resolve("bags"));
        assertEquals("%PDF from disk", Files.readString(bagDir.resolve("data/items/o-1/報告.pdf")));
    }

    @Test
    void aTamperedPayloadFileFailsVerificationNamingTheCause() throws IOException {
        Path bagDir = packager.pack(ReceiptFixtures.request(), dir);
        Files.writeString(bagDir.resolve("data/items/outcome-1/資料.png"), "png chart bytez");

        IntegrityViolationException e = assertThrows(IntegrityViolationException.class, () -> packager.verify(bagDir));
        assertTrue(e.getMessage().startsWith("bag 313302-115-S-7f3a is not valid: "), e.getMessage());
        assertInstanceOf(CorruptChecksumException.class, e.getCause());
    }

    @Test
    void theBagPassesAnIndependentRfc8493CheckWithEveryTagFileInTheTagManifest() throws IOException {
        Path bagDir = packager.pack(ReceiptFixtures.request(), dir);

        assertEquals(List.of(), IndependentBagCheck.problems(bagDir));
        String tagManifest = Files.readString(bagDir.resolve("tagmanifest-sha256.txt"));
        for (String tagFile : List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt")) {
            assertTrue(tagManifest.contains("  " + tagFile + "\n") || tagManifest.contains(" " + tagFile + "\n"),
                    tagFile + " listed in: " + tagManifest);
        }
    }

    @Test
    void aChangedBagInfoFailsTheIndependentCheckAndTheVerifier() throws IOException {
        Path bagDir = packager.pack(ReceiptFixtures.request(), dir);
        Path info = bagDir.resolve("bag-info.txt");
        Files.writeString(info, Files.readString(info).replace("313302", "999999"));

        assertEquals(List.of("bag-info.txt does not match its sha256 in tagmanifest-sha256.txt"),
                IndependentBagCheck.problems(bagDir));
        assertThrows(IntegrityViolationException.class, () -> packager.verify(bagDir));
    }

    @Test
    void aChangedPayloadFileFailsTheIndependentCheck() throws IOException {
        Path bagDir = packager.pack(ReceiptFixtures.request(), dir);
        Files.writeString(bagDir.resolve("data/items/outcome-1/資料.png"), "png chart bytez");

        assertEquals(List.of("data/items/outcome-1/資料.png does not match its sha256 in manifest-sha256.txt"),
                IndependentBagCheck.problems(bagDir));
    }

    @Test
    void aPackageIsZippedWithTheBagFolderAtItsRootAndUnzipsToAValidBag() throws IOException {
        Path bagDir = packager.pack(ReceiptFixtures.request(), dir.resolve("bags"));
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        BagZip.write(bagDir, zip);

        Path unzipped = dir.resolve("unzipped");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.toByteArray()), StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertTrue(e.getName().startsWith("313302-115-S-7f3a/"), e.getName());
                Path target = unzipped.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        assertEquals(List.of(), IndependentBagCheck.problems(unzipped.resolve("313302-115-S-7f3a")));
    }
}
