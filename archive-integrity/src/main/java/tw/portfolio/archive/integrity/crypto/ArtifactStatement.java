package tw.portfolio.archive.integrity.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.student.NationalId;

/**
 * What the school signs for every artifact: its id, the student's pseudonym (never a name or
 * national ID), the SHA-256 of its bytes, size, media type, when and by which role it was ingested,
 * and the signing key's id. {@link #toBytes()} is the exact byte string that is signed, in its RFC 8785
 * (JCS) form; {@link #parse(byte[])} reads it back and accepts nothing but that canonical form.
 */
public record ArtifactStatement(String artifactId, String studentPseudonym, String sha256, long size,
        String mediaType, Instant ingestedAt, String ingestedByRole, String keyId) {

    /** The members, in the order RFC 8785 puts them. */
    private static final List<String> FIELDS = List.of("artifactId", "ingestedAt", "ingestedByRole", "keyId",
            "mediaType", "sha256", "size", "studentPseudonym");

    /** Validates every field; rejects a pseudonym that is a national ID. */
    public ArtifactStatement {
        JsonFields.requireText("artifactId", artifactId);
        JsonFields.requireText("studentPseudonym", studentPseudonym);
        if (NationalId.isValid(studentPseudonym.strip())) {
            throw InvalidInputException.field("studentPseudonym", "must be a pseudonym, not a national ID");
        }
        if (!Hex.isSha256Hex(sha256)) {
            throw InvalidInputException.field("sha256", "must be 64 lowercase hexadecimal digits");
        }
        if (size < 0) {
            throw InvalidInputException.field("size", "must not be negative");
        }
        JsonFields.requireText("mediaType", mediaType);
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        JsonFields.requireText("ingestedByRole", ingestedByRole);
        if (!Hex.isSha256Hex(keyId)) {
            throw InvalidInputException.field("keyId", "must be 64 lowercase hexadecimal digits");
        }
    }

    /** The canonical bytes that are signed. */
    public byte[] toBytes() {
        return CanonicalJson.object()
                .field("artifactId", artifactId)
                .field("studentPseudonym", studentPseudonym)
                .field("sha256", sha256)
                .field("size", size)
                .field("mediaType", mediaType)
                .field("ingestedAt", DateTimeFormatter.ISO_INSTANT.format(ingestedAt))
                .field("ingestedByRole", ingestedByRole)
                .field("keyId", keyId)
                .toBytes();
    }

    /** Reads canonical statement bytes back; throws {@link InvalidInputException} naming what is wrong. */
    public static ArtifactStatement parse(byte[] bytes) {
        JsonNode node = CanonicalJson.parse("artifact statement", bytes);
        List<String> names = iterableToList(node.fieldNames());
        if (!names.equals(FIELDS)) {
            throw new InvalidInputException("artifact statement must have exactly the fields " + FIELDS);
        }
        Instant ingestedAt;
        try {
            ingestedAt = Instant.parse(JsonFields.text(node, "ingestedAt"));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("ingestedAt: not an RFC 3339 UTC timestamp", e);
        }
        if (!node.get("size").isIntegralNumber()) {
            throw InvalidInputException.field("size", "must be an integer");
        }
        ArtifactStatement statement = new ArtifactStatement(JsonFields.text(node, "artifactId"), JsonFields.text(node, "studentPseudonym"),
                JsonFields.text(node, "sha256"), node.get("size").longValue(), JsonFields.text(node, "mediaType"), ingestedAt,
                JsonFields.text(node, "ingestedByRole"), JsonFields.text(node, "keyId"));
        if (!java.util.Arrays.equals(statement.toBytes(), bytes)) {
            throw new InvalidInputException("artifact statement is not in canonical form");
        }
        return statement;
    }

    private static <T> List<T> iterableToList(java.util.Iterator<T> it) {
        java.util.ArrayList<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
