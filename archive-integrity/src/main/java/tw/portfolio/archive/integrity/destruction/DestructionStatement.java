package tw.portfolio.archive.integrity.destruction;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.integrity.crypto.Hex;
import tw.portfolio.archive.integrity.crypto.JsonFields;
import tw.portfolio.archive.student.NationalId;

/**
 * What the school signs when a student's data has been destroyed: the certificate and request ids,
 * the basis (the student's request or the school's disposition), the subject as a pseudonym (the
 * student's opaque id; never a name or national ID), when the erasure finished, the approvals (account
 * id, role, decision, time and the SHA-256 of the free-text reason, never the reason itself), every
 * file removed ({@code artifactId, sha256, size}), where the erasure reached and the signing key's id.
 * {@link #toBytes()} is the exact RFC 8785 byte string that is signed; {@link #parse(byte[])} accepts
 * nothing but that canonical form.
 */
public record DestructionStatement(String certificateId, String requestId, String basis, String subject,
        Instant completedAt, List<Approval> approvals, List<Item> items, List<Confirmation> confirmations,
        String keyId) {
    /** The statement's {@code type} member. */
    public static final String TYPE = "destruction-certificate-statement";
    /** The statement's shape version. */
    public static final int VERSION = 1;
    private static final List<String> FIELDS = List.of("approvals", "basis", "certificateId", "completedAt",
            "confirmations", "items", "keyId", "requestId", "subject", "type", "version");

    /** One approval or rejection of the request; {@code reasonSha256} is the hex digest of its reason's UTF-8 bytes. */
    public record Approval(String account, String role, String decision, Instant at, String reasonSha256) {
        public Approval {
            JsonFields.requireText("approvals.account", account);
            JsonFields.requireText("approvals.role", role);
            JsonFields.requireText("approvals.decision", decision);
            Objects.requireNonNull(at, "at");
            requireSha256("approvals.reasonSha256", reasonSha256);
        }
    }

    /** One file the erasure removed. */
    public record Item(String artifactId, String sha256, long size) {
        public Item {
            JsonFields.requireText("items.artifactId", artifactId);
            requireSha256("items.sha256", sha256);
            if (size < 0) {
                throw InvalidInputException.field("items.size", "must not be negative");
            }
        }
    }

    /** One place the erasure reached ({@code target}), its state and what was done there. */
    public record Confirmation(String target, String state, Instant at, String detail) {
        public Confirmation {
            JsonFields.requireText("confirmations.target", target);
            JsonFields.requireText("confirmations.state", state);
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(detail, "detail");
            CanonicalJson.requireUnicodeText("confirmations.detail", detail);
        }
    }

    /** Validates every field; refuses a subject that is a national ID. */
    public DestructionStatement {
        JsonFields.requireText("certificateId", certificateId);
        JsonFields.requireText("requestId", requestId);
        JsonFields.requireText("basis", basis);
        JsonFields.requireText("subject", subject);
        if (NationalId.isValid(subject.strip())) {
            throw InvalidInputException.field("subject", "must be a pseudonym, not a national ID");
        }
        Objects.requireNonNull(completedAt, "completedAt");
        approvals = List.copyOf(approvals);
        items = List.copyOf(items);
        confirmations = List.copyOf(confirmations);
        requireSha256("keyId", keyId);
    }

    /** The canonical bytes that are signed. */
    public byte[] toBytes() {
        return CanonicalJson.bytes(members());
    }

    /** The statement's members as plain values (what {@link #toBytes()} writes). */
    public Map<String, Object> members() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", TYPE);
        m.put("version", (long) VERSION);
        m.put("certificateId", certificateId);
        m.put("requestId", requestId);
        m.put("basis", basis);
        m.put("subject", subject);
        m.put("completedAt", time(completedAt));
        m.put("approvals", approvals.stream().map(a -> Map.<String, Object>of("account", a.account(), "role", a.role(),
                "decision", a.decision(), "at", time(a.at()), "reasonSha256", a.reasonSha256())).toList());
        m.put("items", items.stream().map(i -> Map.<String, Object>of("artifactId", i.artifactId(), "sha256",
                i.sha256(), "size", i.size())).toList());
        m.put("confirmations", confirmations.stream().map(c -> Map.<String, Object>of("target", c.target(), "state",
                c.state(), "at", time(c.at()), "detail", c.detail())).toList());
        m.put("keyId", keyId);
        return m;
    }

    /** Reads canonical statement bytes back; throws {@link InvalidInputException} naming what is wrong. */
    public static DestructionStatement parse(byte[] bytes) {
        JsonNode node = CanonicalJson.parse("destruction statement", bytes);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        if (!names.equals(FIELDS)) {
            throw new InvalidInputException("destruction statement must have exactly the fields " + FIELDS);
        }
        if (!TYPE.equals(JsonFields.text(node, "type"))) {
            throw InvalidInputException.field("type", "must be " + TYPE);
        }
        if (!node.get("version").isIntegralNumber() || node.get("version").longValue() != VERSION) {
            throw InvalidInputException.field("version", "must be " + VERSION);
        }
        List<Approval> approvals = new ArrayList<>();
        for (JsonNode a : array(node, "approvals")) {
            approvals.add(new Approval(JsonFields.text(a, "account"), JsonFields.text(a, "role"), JsonFields.text(a, "decision"), instant(a, "at"),
                    JsonFields.text(a, "reasonSha256")));
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode i : array(node, "items")) {
            JsonNode size = i.get("size");
            if (size == null || !size.isIntegralNumber()) {
                throw InvalidInputException.field("items.size", "must be an integer");
            }
            items.add(new Item(JsonFields.text(i, "artifactId"), JsonFields.text(i, "sha256"), size.longValue()));
        }
        List<Confirmation> confirmations = new ArrayList<>();
        for (JsonNode c : array(node, "confirmations")) {
            confirmations.add(new Confirmation(JsonFields.text(c, "target"), JsonFields.text(c, "state"), instant(c, "at"),
                    JsonFields.text(c, "detail")));
        }
        DestructionStatement statement = new DestructionStatement(JsonFields.text(node, "certificateId"),
                JsonFields.text(node, "requestId"), JsonFields.text(node, "basis"), JsonFields.text(node, "subject"), instant(node, "completedAt"),
                approvals, items, confirmations, JsonFields.text(node, "keyId"));
        if (!Arrays.equals(statement.toBytes(), bytes)) {
            throw new InvalidInputException("destruction statement has members it must not have, or is not canonical");
        }
        return statement;
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw InvalidInputException.field(field, "must be an array");
        }
        List<JsonNode> elements = new ArrayList<>();
        for (JsonNode e : value) {
            if (!e.isObject()) {
                throw InvalidInputException.field(field, "must hold objects");
            }
            elements.add(e);
        }
        return elements;
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(JsonFields.text(node, field));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + ": not an RFC 3339 UTC timestamp", e);
        }
    }

    private static void requireSha256(String field, String value) {
        if (!Hex.isSha256Hex(value)) {
            throw InvalidInputException.field(field, "must be 64 lowercase hexadecimal digits");
        }
    }
}
