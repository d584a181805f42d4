package tw.portfolio.archive.receipt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.integrity.crypto.Sha256;

/**
 * The receipt statement (收訖明細): what the archive received from one student for one academic
 * year — each item, each file with its payload path, size and SHA-256, and when it was issued — as
 * RFC 8785 (JCS) JSON. {@link #canonicalBytes()} are the bytes the school key signs; the same request
 * always yields the same bytes, whatever order its items came in. The student's display name is
 * deliberately not part of it.
 */
public final class ReceiptStatement {
    /** Value of the statement's {@code type} member. */
    public static final String TYPE = "portfolio-receipt-statement";
    /** Version of the statement's shape. */
    public static final int VERSION = 1;

    private final byte[] canonical;
    private final String digest;

    private ReceiptStatement(byte[] canonical) {
        this.canonical = canonical;
        this.digest = sha256Hex(canonical);
    }

    /** Builds the statement for a request. */
    public static ReceiptStatement of(ReceiptRequest request) {
        List<Object> items = new ArrayList<>();
        for (PayloadLayout.Entry entry : PayloadLayout.of(request).entries()) {
            SubmittedItem item = entry.item();
            List<Object> files = new ArrayList<>();
            for (int i = 0; i < item.files().size(); i++) {
                SubmittedFile file = entry.file(i);
                files.add(Map.of("filename", file.filename(), "mediaType", file.mediaType(), "size", file.size(),
                        "sha256", file.sha256(), "bagPath", "data/" + entry.filePaths().get(i)));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("itemId", item.itemId());
            json.put("kind", item.kind().name());
            json.put("title", item.title());
            json.put("description", item.description());
            json.put("courseOrCategory", item.courseOrCategory());
            json.put("files", files);
            items.add(json);
        }
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("type", TYPE);
        statement.put("version", VERSION);
        statement.put("schoolCode", request.schoolCode().value());
        statement.put("schoolName", request.schoolName());
        statement.put("studentId", request.studentId());
        statement.put("academicYear", request.academicYear().value());
        statement.put("issuedAt", request.issuedAt().toString());
        statement.put("items", items);
        return new ReceiptStatement(CanonicalJson.bytes(statement));
    }

    /** The canonical UTF-8 JSON bytes (a copy): what is signed and what the bag carries. */
    public byte[] canonicalBytes() {
        return canonical.clone();
    }

    /** The canonical JSON as text. */
    public String json() {
        return new String(canonical, StandardCharsets.UTF_8);
    }

    /** Lowercase hex SHA-256 of the canonical bytes; the reference printed on letters and reply slips. */
    public String sha256() {
        return digest;
    }

    /** The first 12 hex digits of {@link #sha256()}, short enough to copy by hand from a reply slip. */
    public String reference() {
        return digest.substring(0, 12);
    }

    static String sha256Hex(byte[] bytes) {
        return Sha256.hexOf(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceiptStatement other && java.util.Arrays.equals(canonical, other.canonical);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "ReceiptStatement[sha256=" + digest + "]";
    }
}
