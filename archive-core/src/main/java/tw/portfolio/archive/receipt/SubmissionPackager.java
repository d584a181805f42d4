package tw.portfolio.archive.receipt;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.integrity.crypto.Hex;
import tw.portfolio.archive.integrity.crypto.Sha256;

/**
 * Writes one student's submission as a BagIt bag (RFC 8493, SHA-256 manifests): the payload holds
 * {@code receipt-statement.json} (the canonical {@link ReceiptStatement}) and every file under
 * {@code items/<item>/<file>} with names made safe by the packager, never taken as paths. Each
 * file's bytes are checked against its declared size and SHA-256 while copied. The bag is built
 * in a folder with its final, visible name inside a hidden staging folder, and moved into place only
 * when complete: the BagIt library leaves hidden files out of the tag manifest, and a bag built at a
 * hidden path got an empty {@code tagmanifest-sha256.txt}, so a changed {@code bag-info.txt} still
 * verified.
 */
public final class SubmissionPackager {
    /** Payload name of the statement inside {@code data/}. */
    public static final String STATEMENT_FILE = "receipt-statement.json";

    /**
     * Writes the bag for {@code request} as a new folder inside {@code parentDir} and returns it.
     *
     * @throws ConflictException when a bag for this student and year already exists there
     * @throws IntegrityViolationException when a file's bytes disagree with its declared size or digest
     */
    public Path pack(ReceiptRequest request, Path parentDir) {
        Path target = parentDir.resolve(bagName(request));
        if (Files.exists(target)) {
            throw new ConflictException("a submission bag already exists: " + target.getFileName());
        }
        Path staging = null;
        try {
            Files.createDirectories(parentDir);
            staging = Files.createTempDirectory(parentDir, ".bag-");
            Path bag = Files.createDirectory(staging.resolve(target.getFileName().toString()));
            ReceiptStatement statement = ReceiptStatement.of(request);
            Files.write(bag.resolve(STATEMENT_FILE), statement.canonicalBytes());
            for (PayloadLayout.Entry entry : PayloadLayout.of(request).entries()) {
                for (int i = 0; i < entry.filePaths().size(); i++) {
                    copyChecked(entry.item(), entry.file(i), resolveInside(bag, entry.filePaths().get(i)));
                }
            }
            BagCreator.bagInPlace(bag, List.of(StandardSupportedAlgorithms.SHA256), false, metadata(request, statement));
            Files.move(bag, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the submission bag " + target.getFileName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        } finally {
            if (staging != null) {
                StagingCleaner.deleteTree(staging);
            }
        }
    }

    /**
     * Checks a bag with bagit's verifier: complete, every payload and tag digest correct.
     *
     * @throws IntegrityViolationException naming what failed, with bagit's exception as cause
     */
    public void verify(Path bagDir) {
        try (BagVerifier verifier = new BagVerifier()) {
            Bag bag = new BagReader().read(bagDir);
            verifier.isValid(bag, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntegrityViolationException("bag verification was interrupted: " + bagDir.getFileName(), e);
        } catch (Exception e) {
            throw new IntegrityViolationException("bag " + bagDir.getFileName() + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The folder name of the bag: school code, academic year and student id, made safe. */
    static String bagName(ReceiptRequest request) {
        return SafeNames.segment(request.schoolCode().value() + "-" + request.academicYear().value() + "-"
                + request.studentId(), "bag");
    }

    private static Path resolveInside(Path root, String relative) {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalStateException("payload path escapes the bag: " + relative);
        }
        return resolved;
    }

    private static void copyChecked(SubmittedItem item, SubmittedFile file, Path destination) throws IOException {
        Files.createDirectories(destination.getParent());
        MessageDigest sha256 = Sha256.newDigest();
        long size;
        try (InputStream in = new DigestInputStream(file.content().open(), sha256);
             OutputStream out = Files.newOutputStream(destination)) {
            size = in.transferTo(out);
        }
        String actual = Hex.encode(sha256.digest());
        if (size != file.size() || !actual.equals(file.sha256())) {
            throw new IntegrityViolationException("file " + destination.getFileName() + " of item " + item.itemId()
                    + " does not match its record: expected " + file.size() + " bytes sha256 " + file.sha256()
                    + ", read " + size + " bytes sha256 " + actual);
        }
    }

    private static Metadata metadata(ReceiptRequest request, ReceiptStatement statement) {
        Metadata metadata = new Metadata();
        metadata.add("Source-Organization", request.schoolName());
        metadata.add("School-Code", request.schoolCode().value());
        metadata.add("External-Identifier", request.studentId() + "/" + request.academicYear().value());
        metadata.add("External-Description", "學生學習歷程檔案 " + request.academicYear().value() + " 學年度提交");
        metadata.add("Internal-Sender-Identifier", "receipt-statement-sha256:" + statement.sha256());
        return metadata;
    }
}
