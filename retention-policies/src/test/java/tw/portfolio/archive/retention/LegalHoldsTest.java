package tw.portfolio.archive.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.integrity.crypto.Sha256;

/** Legal holds on a real Derby: placed, listed, released once, never stopping a sweep. */
class LegalHoldsTest {
    private static final Actor REGISTRAR = Actor.staff("registrar1", Role.REGISTRAR);
    private final RetentionDatabase db = new RetentionDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private LegalHold place(String studentId, String reason) {
        return db.inNewTransaction(() -> db.holds.place(REGISTRAR, studentId, reason));
    }

    @Test
    void aHoldStandsUntilReleasedAndTheLogGetsTheDigestOfTheReasonOnly() {
        String student = db.student(LocalDate.of(2019, 7, 31));
        LegalHold h = place(student, "  訴訟中，保全證據  ");

        assertTrue(h.standing());
        assertEquals("訴訟中，保全證據", h.reason());
        assertEquals(h.id(), db.status.of(student).orElseThrow().activeHolds().get(0).id());
        ArchiveEvent placed = db.events.ofType(ArchiveEventType.LEGAL_HOLD).get(0);
        assertEquals("legal-hold:" + h.id(), placed.objectId());
        assertEquals(student, placed.studentPseudonym());
        assertEquals("PLACED", placed.outcome());
        assertEquals(Map.of("legalHold", h.id(), "reasonSha256",
                Sha256.hexOf("訴訟中，保全證據".getBytes(StandardCharsets.UTF_8))), placed.detail());

        LegalHold released = db.inNewTransaction(() -> db.holds.release(REGISTRAR, h.id(), "判決確定"));

        assertFalse(released.standing());
        assertTrue(db.status.of(student).orElseThrow().activeHolds().isEmpty());
        assertEquals("RELEASED", db.events.ofType(ArchiveEventType.LEGAL_HOLD).get(1).outcome());
        ConflictException twice = assertThrows(ConflictException.class,
                () -> db.inNewTransaction(() -> db.holds.release(REGISTRAR, h.id(), "again")));
        assertTrue(twice.getMessage().contains(h.id()));
        assertEquals(1, db.holds.list(REGISTRAR, student, true).size());
        assertTrue(db.holds.list(REGISTRAR, student, false).isEmpty());
    }

    @Test
    void section6_aHoldNeverStopsSealing() {
        String student = db.student(LocalDate.of(2019, 7, 31));
        place(student, "audit");

        db.sweeps.run(db.sweeps.request(Actor.staff("admin1", Role.ACADEMIC_ADMIN)).id());

        StudentRetention r = db.status.of(student).orElseThrow();
        assertTrue(r.sealed());
        assertTrue(r.held());
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        String student = db.student(null);
        assertEquals("reason", assertThrows(LegalHoldRequestException.class, () -> place(student, " "))
                .fieldErrors().get(0).field());
        assertEquals("reason", assertThrows(LegalHoldRequestException.class, () -> place(student, "x".repeat(1001)))
                .fieldErrors().get(0).field());
        assertEquals("reason", assertThrows(LegalHoldRequestException.class, () -> place(student, "a\u0000b"))
                .fieldErrors().get(0).field());
        assertEquals("studentId", assertThrows(LegalHoldRequestException.class, () -> place(null, "r"))
                .fieldErrors().get(0).field());
        assertThrows(NotFoundException.class, () -> place("no-such-student", "r"));
        assertThrows(NotFoundException.class, () -> db.inNewTransaction(() -> db.holds.release(REGISTRAR, "nope", "r")));
        assertThrows(ForbiddenException.class,
                () -> db.holds.place(Actor.staff("auditor1", Role.AUDITOR), student, "r"));
        assertThrows(ForbiddenException.class, () -> db.holds.list(Actor.student("s", student), null, false));
        assertTrue(db.events.ofType(ArchiveEventType.LEGAL_HOLD).isEmpty());
    }
}
