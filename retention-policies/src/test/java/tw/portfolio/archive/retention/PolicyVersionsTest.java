package tw.portfolio.archive.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;

/** Policy versions: the settings stored as versions with an event, never applied back to what was sealed. */
class PolicyVersionsTest {
    private final RetentionDatabase db = new RetentionDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstStartStoresTheSettingsAsVersion1WithAPolicyAssignmentEvent() {
        PolicyVersion v = db.policies.current();
        assertEquals(1, v.version());
        assertEquals(Period.ofYears(5), v.sealAfter());
        assertEquals(Period.ofYears(5), v.disposeAfter());
        ArchiveEvent e = db.events.ofType(ArchiveEventType.POLICY_ASSIGNMENT).get(0);
        assertEquals("retention-policy:1", e.objectId());
        assertEquals("P5Y", e.detail().get("sealAfter"));
        assertEquals("none", e.detail().get("previousVersion"));
    }

    @Test
    void unchangedSettingsStoreNoNewVersionAndNoEvent() {
        db.inNewTransaction(db.policies::ensureCurrent);
        db.inNewTransaction(db.policies::ensureCurrent);

        assertEquals(1, db.policies.all().size());
        assertEquals(1, db.events.ofType(ArchiveEventType.POLICY_ASSIGNMENT).size());
    }

    @Test
    void section6_aChangedPeriodIsANewVersion_andAStudentSealedUnderTheOldOneKeepsTheirSealDate() {
        String sealed = db.student(LocalDate.of(2019, 7, 31));
        String waiting = db.student(LocalDate.of(2022, 7, 31));
        db.sweeps.run(db.sweeps.request(Actor.staff("admin1", Role.ACADEMIC_ADMIN)).id());

        db.settings("P6Y", "P10Y");
        PolicyVersion v2 = db.inNewTransaction(db.policies::ensureCurrent);

        assertEquals(2, v2.version());
        assertEquals("1", db.events.ofType(ArchiveEventType.POLICY_ASSIGNMENT).get(1).detail().get("previousVersion"));
        assertEquals(LocalDate.of(2024, 7, 31), db.status.of(sealed).orElseThrow().sealDate());
        assertEquals(1, db.count("SELECT SEAL_POLICY_VERSION FROM STUDENT WHERE ID = '" + sealed + "'"));
        assertEquals(LocalDate.of(2028, 7, 31), db.status.of(waiting).orElseThrow().sealDate());
        assertEquals(Period.ofYears(5), db.policies.version(1).orElseThrow().sealAfter());
    }

    @Test
    void section6_everyCategoryIsSealedAfterTheSealPeriodAndReviewedAfterTheSchoolsRetention() {
        PolicyVersion v = db.policies.current();
        assertEquals(RetentionCategory.values().length, v.policies().size());
        for (RetentionPolicy p : v.policies()) {
            assertEquals("completedOn", p.trigger());
            assertEquals(new RetentionAction(RetentionAction.Kind.SEAL, Period.ofYears(5), "completedOn"), p.actions().get(0));
            assertEquals(new RetentionAction(RetentionAction.Kind.DISPOSITION_REVIEW, Period.ofYears(5), "sealDate"),
                    p.actions().get(2));
        }
    }

    @Test
    void section6_aLeapDayCompletionIsSealedOnTheLastDayOfFebruary() {
        PolicyVersion v = db.policies.current();
        assertEquals(LocalDate.of(2025, 2, 28), v.sealDate(LocalDate.of(2020, 2, 29)));
        assertEquals(LocalDate.of(2020, 2, 29), v.lastCompletionSealedBy(LocalDate.of(2025, 2, 28)));
        assertEquals(LocalDate.of(2020, 2, 27), v.lastCompletionSealedBy(LocalDate.of(2025, 2, 27)));
    }

    @Test
    void aPeriodThatIsNotPositiveOrNotAPeriodIsRefusedNamingTheSetting() {
        db.settings("P0Y", "P5Y");
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, db.policies::fromSettings);
        assertEquals("archive.retention.sealAfter must be a positive period, not P0D", zero.getMessage());
        db.settings("P5Y", "five years");
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, db.policies::fromSettings);
        assertEquals("archive.retention.disposeAfter must be an ISO 8601 period such as P5Y, not five years",
                text.getMessage());
    }
}
