package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.receipt.ItemKind;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.ReceiptStatement;
import tw.portfolio.archive.receipt.SignatureValue;
import tw.portfolio.archive.receipt.SignedReceipt;
import tw.portfolio.archive.receipt.SubmissionPackager;
import tw.portfolio.archive.receipt.SubmittedFile;
import tw.portfolio.archive.receipt.SubmittedItem;
import tw.portfolio.archive.runtime.DataDirectory;
import tw.portfolio.archive.student.SchoolCode;

/**
 * Keeps issued receipts under {@code <data dir>/receipts/<id>/}: {@code receipt.json} (the signed
 * statement, as given to the student), {@code request.json} (what is needed to print it again,
 * without the student's name) and the BagIt submission package. Written once, never changed.
 */
@ApplicationScoped
public class ReceiptFiles {
    private static final String SIGNED = "receipt.json";
    private static final String REQUEST = "request.json";
    private static final String NAME_PLACEHOLDER = "-";
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
            Files.write(dir.resolve(REQUEST), requestJson(request, signed.signature()).getBytes(StandardCharsets.UTF_8));
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

    private static String requestJson(ReceiptRequest r, SignatureValue sig) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (SubmittedItem item : r.items()) {
            JsonArrayBuilder files = Json.createArrayBuilder();
            item.files().forEach(f -> files.add(Json.createObjectBuilder().add("filename", f.filename())
                    .add("mediaType", f.mediaType()).add("size", f.size()).add("sha256", f.sha256())));
            items.add(Json.createObjectBuilder().add("itemId", item.itemId()).add("kind", item.kind().name())
                    .add("title", item.title()).add("description", item.description())
                    .add("courseOrCategory", item.courseOrCategory()).add("files", files));
        }
        return Json.createObjectBuilder().add("schoolName", r.schoolName()).add("schoolCode", r.schoolCode().value())
                .add("studentId", r.studentId()).add("academicYear", r.academicYear().value())
                .add("issuedAt", r.issuedAt().toString()).add("items", items)
                .add("signature", Json.createObjectBuilder().add("keyId", sig.keyId())
                        .add("algorithm", sig.algorithm()).add("value", sig.valueBase64()))
                .build().toString();
    }

    private static IssuedReceipt read(String id, Path file) {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            o = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SubmittedItem> items = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("items")) {
            JsonObject i = v.asJsonObject();
            List<SubmittedFile> files = new ArrayList<>();
            for (JsonValue fv : i.getJsonArray("files")) {
                JsonObject f = fv.asJsonObject();
                files.add(SubmittedFile.of(f.getString("filename"), f.getString("mediaType"),
                        f.getJsonNumber("size").longValue(), f.getString("sha256"), () -> {
                            throw new IOException("The receipt keeps no file content; read the bag");
                        }));
            }
            items.add(SubmittedItem.of(i.getString("itemId"), ItemKind.valueOf(i.getString("kind")),
                    i.getString("title"), i.getString("description"), i.getString("courseOrCategory"), files));
        }
        ReceiptRequest request = ReceiptRequest.of(o.getString("schoolName"), SchoolCode.of(o.getString("schoolCode")),
                o.getString("studentId"), NAME_PLACEHOLDER, AcademicYear.of(o.getInt("academicYear")), items,
                Instant.parse(o.getString("issuedAt")));
        JsonObject s = o.getJsonObject("signature");
        SignatureValue sig = SignatureValue.of(s.getString("keyId"), s.getString("algorithm"),
                Base64.getDecoder().decode(s.getString("value")));
        SignedReceipt signed = new SignedReceipt(ReceiptStatement.of(request), sig);
        byte[] kept;
        try {
            kept = Files.readAllBytes(file.resolveSibling(SIGNED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!java.util.Arrays.equals(kept, signed.json())) {
            throw new IntegrityViolationException("Receipt " + id + " no longer matches its signed statement");
        }
        return new IssuedReceipt(id, request, signed);
    }
}
