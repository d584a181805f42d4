package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.kept.KeptKind;
import tw.portfolio.archive.kept.KeptObject;
import tw.portfolio.archive.kept.KeptObjects;
import tw.portfolio.archive.receipt.ReceiptPdf;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.SignedReceipt;
import tw.portfolio.archive.receipt.SubmissionPackager;

/**
 * Keeps issued receipts as OCFL objects through {@link KeptObjects}, found by key in
 * {@code KEPT_OBJECT}: {@code receipt-<id>} holds {@code receipt.json} (the signed statement, as
 * given to the student), {@code request.json} (what is needed to print it again, without the
 * student's name) and, from the first time each is printed, {@code statement.pdf} and
 * {@code letter.pdf} as handed out; {@code package-<id>} holds the BagIt submission package. Both
 * are durable, with their rows committed, before the receipt's id is returned. Never changed, only
 * added to.
 */
@ApplicationScoped
public class ReceiptFiles {
    static final String SIGNED = "receipt.json";
    static final String REQUEST = "request.json";
    static final String TAG_MANIFEST = "tagmanifest-sha256.txt";

    @Inject
    KeptObjects kept;

    /** Receipts kept through {@code kept}, outside a container (tests, tools). */
    public static ReceiptFiles over(KeptObjects kept) {
        ReceiptFiles files = new ReceiptFiles();
        files.kept = kept;
        return files;
    }

    /** Packages the submission and keeps the signed receipt; returns its id once both are durable. */
    public String write(ReceiptRequest request, SignedReceipt signed) {
        return write(ReceiptIds.next(), request, signed.json(), ReceiptRequestJson.write(request, signed.signature()),
                null);
    }

    /**
     * Keeps a receipt under {@code id}: its signed statement and request bytes as given, and the bag
     * found in {@code existingBag} or, when that is null, packed from {@code request}'s files.
     */
    public String write(String id, ReceiptRequest request, byte[] signedJson, byte[] requestJson,
            Path existingBag) {
        Integer year = request.academicYear().value();
        KeptObjects.Draft receipt = kept.draft(KeptKind.RECEIPT, id, request.studentId(), year, request.issuedAt(),
                SIGNED);
        KeptObjects.Draft bag = kept.draft(KeptKind.SUBMISSION_PACKAGE, id, request.studentId(), year,
                request.issuedAt(), TAG_MANIFEST);
        try {
            Files.write(receipt.dir().resolve(REQUEST), requestJson);
            Files.write(receipt.dir().resolve(SIGNED), signedJson);
            Path folder = existingBag == null ? new SubmissionPackager().pack(request, bag.dir())
                    : copyTree(existingBag, bag.dir().resolve(existingBag.getFileName().toString()));
            bag = new KeptObjects.Draft(bag.kind(), id, bag.studentId(), year, bag.issuedAt(),
                    folder.getFileName() + "/" + TAG_MANIFEST, bag.dir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write receipt " + id, e);
        }
        kept.keep(List.of(bag, receipt));
        return id;
    }

    /** The receipt with this id, or empty. */
    public Optional<IssuedReceipt> find(String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return kept.find(KeptKind.RECEIPT, id).map(this::read);
    }

    /**
     * The submission package kept with receipt {@code id}.
     *
     * @throws IntegrityViolationException when the receipt has no package
     */
    public SubmissionPackage bagOf(String id) {
        KeptObject pkg = kept.find(KeptKind.SUBMISSION_PACKAGE, id)
                .orElseThrow(() -> new IntegrityViolationException("Receipt " + id + " has no submission bag"));
        String top = pkg.mainFile().substring(0, pkg.mainFile().indexOf('/') + 1);
        List<String> files = kept.files(pkg).stream().filter(f -> f.startsWith(top))
                .map(f -> f.substring(top.length())).toList();
        return new SubmissionPackage(top.substring(0, top.length() - 1), files, f -> kept.open(pkg, top + f));
    }

    /** Every receipt of a student (any year), newest first. */
    public List<IssuedReceipt> ofStudent(String studentId) {
        return kept.ofStudent(KeptKind.RECEIPT, studentId).stream().map(this::read).toList();
    }

    /** The newest receipt of a student's academic year, or empty. */
    public Optional<IssuedReceipt> latest(String studentId, int academicYear) {
        return kept.ofStudent(KeptKind.RECEIPT, studentId).stream()
                .filter(r -> r.academicYear() != null && r.academicYear() == academicYear).findFirst().map(this::read);
    }

    /** The id of the newest receipt of a student's academic year, from the table alone. */
    public Optional<String> latestId(String studentId, int academicYear) {
        return kept.ofStudent(KeptKind.RECEIPT, studentId).stream()
                .filter(r -> r.academicYear() != null && r.academicYear() == academicYear).findFirst()
                .map(KeptObject::recordId);
    }

    /**
     * The newest receipt of each student of an academic year, by student id, from the table alone:
     * a receipt's files are read only by {@link #read} when it is shown.
     */
    public Map<String, KeptObject> latestOfYear(int academicYear) {
        Map<String, KeptObject> newest = new LinkedHashMap<>();
        for (KeptObject r : kept.ofYear(KeptKind.RECEIPT, academicYear)) {
            newest.putIfAbsent(r.studentId(), r); // newest first: the first of a student is the newest
        }
        return newest;
    }

    /**
     * The receipt's PDF as it was first handed out: kept in the receipt's object the first time it is
     * printed (by {@code render}), the same bytes every time after.
     */
    public byte[] pdf(String id, ReceiptPdf.Variant variant, java.util.function.Supplier<byte[]> render) {
        KeptObject row = kept.find(KeptKind.RECEIPT, id)
                .orElseThrow(() -> new IntegrityViolationException("Receipt " + id + " is not kept"));
        String name = variant.name().toLowerCase(Locale.ROOT) + ".pdf";
        synchronized (this) {
            if (!kept.has(row, name)) {
                kept.add(row, name, render.get());
            }
        }
        return kept.read(row, name);
    }

    /** A kept receipt, read and checked against its signed statement. */
    public IssuedReceipt read(KeptObject row) {
        IssuedReceipt receipt = ReceiptRequestJson.read(row.recordId(), kept.read(row, REQUEST));
        if (!Arrays.equals(kept.read(row, SIGNED), receipt.signed().json())) {
            throw new IntegrityViolationException("Receipt " + row.recordId()
                    + " no longer matches its signed statement");
        }
        return receipt;
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
