package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.SignedReceipt;
import tw.portfolio.archive.receipt.SubmissionPackager;
import tw.portfolio.archive.runtime.DataDirectory;

/**
 * Keeps issued receipts under {@code <data dir>/receipts/<id>/}: {@code receipt.json} (the signed
 * statement, as given to the student), {@code request.json} (what is needed to print it again,
 * without the student's name) and the BagIt submission package. Written once, never changed.
 */
@ApplicationScoped
public class ReceiptFiles {
    private static final String SIGNED = "receipt.json";
    private static final String REQUEST = "request.json";
    private static final String BAG = "bag";

    @Inject
    DataDirectory dataDirectory;

    /** Packages the submission and writes the signed receipt; returns its id. */
    public String write(ReceiptRequest request, SignedReceipt signed) {
        String id = ReceiptIds.next();
        Path dir = root().resolve(id);
        try {
            Files.createDirectories(dir);
            new SubmissionPackager().pack(request, dir.resolve(BAG));
            Files.write(dir.resolve(REQUEST), ReceiptRequestJson.write(request, signed.signature()));
            Files.write(dir.resolve(SIGNED), signed.json());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write receipt " + id, e);
        }
        return id;
    }

    /** The receipt with this id, or empty. */
    public Optional<IssuedReceipt> find(String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        Path file = root().resolve(id).resolve(REQUEST);
        return Files.isRegularFile(file) ? Optional.of(read(id, file)) : Optional.empty();
    }

    /**
     * The submission bag written with receipt {@code id}.
     *
     * @throws IntegrityViolationException when the receipt's folder holds no bag
     */
    public Path bagOf(String id) {
        Path bags = root().resolve(id).resolve(BAG);
        try (Stream<Path> inside = Files.isDirectory(bags) ? Files.list(bags) : Stream.empty()) {
            return inside.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow(() -> new IntegrityViolationException("Receipt " + id + " has no submission bag"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every receipt of a student (any year), newest first. */
    public List<IssuedReceipt> ofStudent(String studentId) {
        return all().filter(r -> r.request().studentId().equals(studentId)).sorted(ReceiptFiles::newestFirst).toList();
    }

    /** The newest receipt of a student's academic year, or empty. */
    public Optional<IssuedReceipt> latest(String studentId, int academicYear) {
        return ofStudent(studentId).stream().filter(r -> r.request().academicYear().value() == academicYear).findFirst();
    }

    /**
     * The newest receipt of each student of an academic year, by student id: one pass over the
     * receipts (asking {@link #latest} per student read every receipt once per student).
     */
    public Map<String, IssuedReceipt> latestOfYear(int academicYear) {
        Map<String, IssuedReceipt> newest = new HashMap<>();
        all().filter(r -> r.request().academicYear().value() == academicYear)
                .forEach(r -> newest.merge(r.request().studentId(), r, (a, b) -> newestFirst(a, b) <= 0 ? a : b));
        return newest;
    }

    private static int newestFirst(IssuedReceipt a, IssuedReceipt b) {
        int c = b.request().issuedAt().compareTo(a.request().issuedAt());
        return c != 0 ? c : b.id().compareTo(a.id());
    }

    private Stream<IssuedReceipt> all() {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(d -> find(d.getFileName().toString())).flatMap(Optional::stream).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path root() {
        return dataDirectory.dir("receipts");
    }

    private static IssuedReceipt read(String id, Path file) {
        IssuedReceipt receipt;
        byte[] kept;
        try {
            receipt = ReceiptRequestJson.read(id, Files.readAllBytes(file));
            kept = Files.readAllBytes(file.resolveSibling(SIGNED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!java.util.Arrays.equals(kept, receipt.signed().json())) {
            throw new IntegrityViolationException("Receipt " + id + " no longer matches its signed statement");
        }
        return receipt;
    }
}
