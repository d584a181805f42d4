package tw.portfolio.archive.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One state change or access worth proving later. Holds ids, digests, roles and pseudonyms only:
 * never a name or national ID, so the log survives a student's deletion (issue 3).
 *
 * @param type what happened
 * @param objectId the record or artifact id the event is about
 * @param studentPseudonym the student's pseudonym, or null when no student is involved
 * @param actorRole the acting role (never a username of a student)
 * @param outcome SUCCESS, FAILURE, or a rule-specific word
 * @param occurredAt when
 * @param detail further ids and digests, sorted by key
 */
public record ArchiveEvent(ArchiveEventType type, String objectId, String studentPseudonym, String actorRole,
        String outcome, Instant occurredAt, Map<String, String> detail) {

    public ArchiveEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
        detail = detail == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(detail));
    }

    public static ArchiveEvent success(ArchiveEventType type, String objectId, String studentPseudonym,
            String actorRole, Instant at, Map<String, String> detail) {
        return new ArchiveEvent(type, objectId, studentPseudonym, actorRole, "SUCCESS", at, detail);
    }
}
