package tw.portfolio.archive.student;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.PseudonymKeys;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.json.JsonText;

/**
 * Events about a student's record. The Merkle log gets the student's opaque id, the acting role,
 * the names of the changed fields and a digest of the change keyed with the student's pseudonym key
 * (so it cannot be confirmed by guessing the values once erasure destroyed the key); names, national IDs, dates and the
 * registrar's reason go in clear to the audit trail only.
 */
@jakarta.enterprise.context.Dependent
class StudentEvents {
    private final ArchiveEvents events;
    private final Clock clock;
    private final PseudonymKeys pseudonyms;

    @jakarta.inject.Inject
    StudentEvents(ArchiveEvents events, Clock clock, PseudonymKeys pseudonyms) {
        this.events = events;
        this.clock = clock;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Records a change of student {@code studentId}: {@code logDetail} goes to both the log and the
     * audit trail, {@code clear} (values and reason) only to the audit trail, and the log gets a
     * digest of it in {@code changeDigest}.
     */
    void record(String studentId, Actor actor, String outcome, Map<String, String> logDetail, Map<String, String> clear) {
        Map<String, String> detail = new HashMap<>(logDetail);
        detail.put("changeDigest",
                pseudonyms.ofStudentText(studentId, studentId + "\n" + JsonText.object(new TreeMap<>(clear))));
        events.record(new ArchiveEvent(ArchiveEventType.METADATA_MODIFICATION, "student:" + studentId, studentId,
                actor.primaryRole(), outcome, clock.instant(), detail), clear);
    }
}
