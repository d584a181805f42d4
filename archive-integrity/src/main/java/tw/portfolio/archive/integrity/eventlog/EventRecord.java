package tw.portfolio.archive.integrity.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.student.NationalId;

/**
 * One archive event as a log leaf. {@link #toLeafData()} is its RFC 8785 (JCS) form, members sorted by
 * name: {@code actorRole, detail, digests, outcome, subjects, time, type}; digests are sorted by name.
 * Subjects are ids and pseudonyms only: a national ID anywhere in the record is refused, so the
 * log may outlive a student's deleted data.
 *
 * <p>An ingestion leaf lists the artifact id among its subjects and its SHA-256 (hex) under the
 * digest name {@code sha256}; the offline verifier checks exactly that.
 */
public record EventRecord(EventType type, Instant time, String actorRole, List<String> subjects,
        SortedMap<String, String> digests, EventOutcome outcome, String detail) {

    /** The members, in the order RFC 8785 puts them. */
    private static final List<String> FIELDS = List.of("actorRole", "detail", "digests", "outcome", "subjects",
            "time", "type");
    private static final Pattern ID_LIKE = Pattern.compile("[A-Z][1289][0-9]{8}");

    /** Validates every field and refuses personal identifiers. */
    public EventRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        if (actorRole == null || actorRole.isBlank()) {
            throw InvalidInputException.field("actorRole", "is required");
        }
        subjects = List.copyOf(subjects);
        digests = new TreeMap<>(digests);
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
        for (String s : subjects) {
            refuseNationalId("subjects", s);
        }
        refuseNationalId("detail", detail);
        refuseNationalId("actorRole", actorRole);
        CanonicalJson.requireUnicodeText("actorRole", actorRole);
        CanonicalJson.requireUnicodeText("detail", detail);
        subjects.forEach(s -> CanonicalJson.requireUnicodeText("subjects", s));
        digests.forEach((name, value) -> {
            CanonicalJson.requireUnicodeText("digests", name);
            CanonicalJson.requireUnicodeText("digests", value);
        });
    }

    /** An event with the given parts; {@code digests} may be empty, {@code detail} may be empty. */
    public static EventRecord of(EventType type, Instant time, String actorRole, List<String> subjects,
            Map<String, String> digests, EventOutcome outcome, String detail) {
        return new EventRecord(type, time, actorRole, subjects, new TreeMap<>(digests), outcome, detail);
    }

    @Override
    public SortedMap<String, String> digests() {
        return java.util.Collections.unmodifiableSortedMap(digests);
    }

    /** The exact bytes hashed into the log. */
    public byte[] toLeafData() {
        return CanonicalJson.object()
                .field("type", type.label())
                .field("time", DateTimeFormatter.ISO_INSTANT.format(time))
                .field("actorRole", actorRole)
                .field("subjects", subjects)
                .field("digests", digests)
                .field("outcome", outcome.name())
                .field("detail", detail)
                .toBytes();
    }

    /** Reads leaf bytes back; throws {@link InvalidInputException} when they are not an event record. */
    public static EventRecord parse(byte[] leafData) {
        JsonNode node = CanonicalJson.parse("event record", leafData);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        if (!names.equals(FIELDS)) {
            throw new InvalidInputException("event record must have exactly the fields " + FIELDS);
        }
        try {
            List<String> subjects = new ArrayList<>();
            node.get("subjects").forEach(s -> subjects.add(textOf("subjects", s)));
            SortedMap<String, String> digests = new TreeMap<>();
            node.get("digests").properties().forEach(e -> digests.put(e.getKey(), textOf("digests", e.getValue())));
            EventRecord r = new EventRecord(EventType.ofLabel(textOf("type", node.get("type"))),
                    Instant.parse(textOf("time", node.get("time"))), textOf("actorRole", node.get("actorRole")),
                    subjects, digests, EventOutcome.valueOf(textOf("outcome", node.get("outcome"))),
                    textOf("detail", node.get("detail")));
            if (!java.util.Arrays.equals(r.toLeafData(), leafData)) {
                throw new InvalidInputException("event record is not in canonical form");
            }
            return r;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException("event record: " + e.getMessage(), e);
        }
    }

    private static String textOf(String field, JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw InvalidInputException.field(field, "must be text");
        }
        return value.textValue();
    }

    private static void refuseNationalId(String field, String text) {
        Matcher m = ID_LIKE.matcher(text);
        while (m.find()) {
            if (NationalId.isValid(m.group())) {
                throw InvalidInputException.field(field, "must not contain a national ID");
            }
        }
    }
}
