package tw.portfolio.archive.web.portfolio;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.ArchiveException;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.receipt.ItemKind;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.ReceiptStatement;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.receipt.SignedReceipt;
import tw.portfolio.archive.receipt.SubmittedFile;
import tw.portfolio.archive.receipt.SubmittedItem;
import tw.portfolio.archive.student.SchoolCode;

/**
 * A kept receipt's {@code request.json}: what its statement lists and the school's signature,
 * without the student's name (a placeholder stands in; it is looked up when a PDF is printed).
 */
final class ReceiptRequestJson {
    private static final String NAME_PLACEHOLDER = "-";

    private ReceiptRequestJson() {
    }

    /** The file's bytes for that request and signature. */
    static byte[] write(ReceiptRequest r, SignatureValue sig) {
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
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The receipt {@code id} as the file states it, its statement rebuilt from the request.
     *
     * @throws IntegrityViolationException when the file is not a request this class wrote: it is the
     *     archive's own record, so damage is an integrity failure, named with the receipt and the reason
     */
    static IssuedReceipt read(String id, byte[] json) {
        try {
            return parse(id, json);
        } catch (JsonException | ArchiveException | IllegalArgumentException | DateTimeException
                | ArithmeticException e) {
            throw new IntegrityViolationException("Receipt " + id + " has a damaged request.json: " + e.getMessage(), e);
        }
    }

    private static IssuedReceipt parse(String id, byte[] json) {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            o = object(reader.readValue(), "the file");
        }
        List<SubmittedItem> items = new ArrayList<>();
        for (JsonValue v : array(o, "items")) {
            JsonObject i = object(v, "an item");
            List<SubmittedFile> files = new ArrayList<>();
            for (JsonValue fv : array(i, "files")) {
                JsonObject f = object(fv, "a file");
                files.add(SubmittedFile.of(string(f, "filename"), string(f, "mediaType"),
                        number(f, "size").longValueExact(), string(f, "sha256"), () -> {
                            throw new IOException("The receipt keeps no file content; read the bag");
                        }));
            }
            items.add(SubmittedItem.of(string(i, "itemId"), ItemKind.valueOf(string(i, "kind")), string(i, "title"),
                    string(i, "description"), string(i, "courseOrCategory"), files));
        }
        ReceiptRequest request = ReceiptRequest.of(string(o, "schoolName"), SchoolCode.of(string(o, "schoolCode")),
                string(o, "studentId"), NAME_PLACEHOLDER, AcademicYear.of(number(o, "academicYear").intValueExact()),
                items, Instant.parse(string(o, "issuedAt")));
        JsonObject s = object(o.get("signature"), "signature");
        SignatureValue sig = SignatureValue.of(string(s, "keyId"), string(s, "algorithm"),
                Base64.getDecoder().decode(string(s, "value")));
        return new IssuedReceipt(id, request, new SignedReceipt(ReceiptStatement.of(request), sig));
    }

    private static JsonObject object(JsonValue v, String what) {
        if (v instanceof JsonObject o) {
            return o;
        }
        throw new JsonException(what + " is not a JSON object");
    }

    private static JsonArray array(JsonObject o, String key) {
        if (o.get(key) instanceof JsonArray a) {
            return a;
        }
        throw new JsonException(key + " is not a JSON array");
    }

    private static String string(JsonObject o, String key) {
        if (o.get(key) instanceof JsonString s) {
            return s.getString();
        }
        throw new JsonException(key + " is not a JSON string");
    }

    private static JsonNumber number(JsonObject o, String key) {
        if (o.get(key) instanceof JsonNumber n) {
            return n;
        }
        throw new JsonException(key + " is not a JSON number");
    }
}
