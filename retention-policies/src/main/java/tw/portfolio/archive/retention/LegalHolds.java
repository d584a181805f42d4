package tw.portfolio.archive.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.integrity.crypto.Sha256;

/**
 * Legal holds: placed and released by the registration section or the academic affairs office,
 * each a {@code LEGAL_HOLD} event. The event log gets the hold's id, the student's id and the
 * SHA-256 of the reason; the reason itself goes to the audit trail only.
 */
@ApplicationScoped
public class LegalHolds {
    static final int MAX_REASON = 1000;
    private static final String COLUMNS = "ID, STUDENT_ID, REASON, PLACED_BY, PLACED_AT, RELEASED_BY, RELEASED_AT, "
            + "RELEASE_REASON";

    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;

    static void requireKeeper(Actor actor) {
        if (!actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the registration section or the academic affairs office places and "
                    + "releases legal holds");
        }
    }

    static void requireReader(Actor actor) {
        if (!actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.AUDITOR)) {
            throw new ForbiddenException("Only the registration section, the academic affairs office or an auditor "
                    + "sees legal holds");
        }
    }

    /** Places a hold on {@code studentId}; 404 for no such student, 422 naming a missing field. */
    @Transactional
    public LegalHold place(Actor actor, String studentId, String rawReason) {
        requireKeeper(actor);
        if (studentId == null || studentId.isBlank()) {
            throw new LegalHoldRequestException("studentId", "is required");
        }
        String reason = reason(rawReason);
        if (em.createNativeQuery("SELECT ID FROM STUDENT WHERE ID = ?").setParameter(1, studentId).getResultList()
                .isEmpty()) {
            throw new NotFoundException("No student " + studentId);
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO LEGAL_HOLD (ID, STUDENT_ID, REASON, PLACED_BY, PLACED_AT) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, studentId).setParameter(3, reason)
                .setParameter(4, actor.username()).setParameter(5, Timestamp.from(now)).executeUpdate();
        record(actor, id, studentId, "PLACED", reason, now);
        return find(id);
    }

    /** Releases a standing hold; 404 for none, 409 when released already. */
    @Transactional
    public LegalHold release(Actor actor, String id, String rawReason) {
        requireKeeper(actor);
        String reason = reason(rawReason);
        LegalHold hold = find(id);
        if (!hold.standing()) {
            throw new ConflictException("Legal hold " + id + " was released at " + hold.releasedAt());
        }
        Instant now = clock.instant();
        int changed = em.createNativeQuery("UPDATE LEGAL_HOLD SET RELEASED_BY = ?, RELEASED_AT = ?, RELEASE_REASON = ? "
                        + "WHERE ID = ? AND RELEASED_AT IS NULL")
                .setParameter(1, actor.username()).setParameter(2, Timestamp.from(now)).setParameter(3, reason)
                .setParameter(4, id).executeUpdate();
        if (changed != 1) {
            throw new ConflictException("Legal hold " + id + " was released meanwhile");
        }
        record(actor, id, hold.studentId(), "RELEASED", reason, now);
        return find(id);
    }

    /** One hold. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LegalHold get(Actor actor, String id) {
        requireReader(actor);
        return find(id);
    }

    /** Holds, newest first: of one student when {@code studentId} is given, standing ones only unless {@code all}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LegalHold> list(Actor actor, String studentId, boolean all) {
        requireReader(actor);
        String where = (studentId == null ? "1 = 1" : "STUDENT_ID = ?") + (all ? "" : " AND RELEASED_AT IS NULL");
        var q = em.createNativeQuery("SELECT " + COLUMNS + " FROM LEGAL_HOLD WHERE " + where + " ORDER BY PLACED_AT DESC, ID");
        if (studentId != null) {
            q.setParameter(1, studentId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(LegalHolds::hold).toList();
    }

    private LegalHold find(String id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = id == null ? List.of() : em.createNativeQuery("SELECT " + COLUMNS + " FROM LEGAL_HOLD WHERE ID = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("No legal hold " + id);
        }
        return hold(rows.get(0));
    }

    private static LegalHold hold(Object[] r) {
        return new LegalHold((String) r[0], (String) r[1], (String) r[2], (String) r[3], SqlValues.instant(r[4]),
                (String) r[5], SqlValues.instant(r[6]), (String) r[7]);
    }

    private static String reason(String raw) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty()) {
            throw new LegalHoldRequestException("reason", "is required");
        }
        if (reason.length() > MAX_REASON) {
            throw new LegalHoldRequestException("reason", "must be at most " + MAX_REASON + " characters");
        }
        if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || !wellFormed(reason)) {
            throw new LegalHoldRequestException("reason", "must be text without control characters");
        }
        return reason;
    }

    private static boolean wellFormed(String s) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(s);
    }

    private void record(Actor actor, String holdId, String studentId, String outcome, String reason, Instant at) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("legalHold", holdId);
        detail.put("reasonSha256", Sha256.hexOf(reason.getBytes(StandardCharsets.UTF_8)));
        events.record(new ArchiveEvent(ArchiveEventType.LEGAL_HOLD, "legal-hold:" + holdId, studentId,
                actor.primaryRole(), outcome, at, detail), Map.of("reason", reason));
    }
}
