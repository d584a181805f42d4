package tw.portfolio.archive.portfolio.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.ForbiddenException;

class SubstituteCertificationTest {

    @Test
    void section9_2_2_theCoursesOwnTeacherCertifiesAsThemselves() {
        CertifyingTeacher who = SubstituteCertification.decide("t1", List.of("t1"), Set.of(), false);
        assertEquals("t1", who.certifiedBy());
        assertFalse(who.isSubstitute());
    }

    @Test
    void section9_2_2_aSameSubjectTeacherCertifiesOnBehalfOfTheUnavailableTeacher() {
        CertifyingTeacher who = SubstituteCertification.decide("t2", List.of("t1"), Set.of("t1"), true);
        assertEquals("t2", who.certifiedBy());
        assertEquals(List.of("t1"), who.onBehalfOf());
        assertTrue(who.isSubstitute());
    }

    @Test
    void section9_2_2_noSubstituteWhileTheCoursesTeacherIsAvailable() {
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> SubstituteCertification.decide("t2", List.of("t1"), Set.of(), true));
        assertEquals("Only the course's teacher certifies while they are available", e.getMessage());
    }

    @Test
    void section9_2_2_noSubstituteWhileOneOfSeveralCourseTeachersIsAvailable() {
        assertThrows(ForbiddenException.class, () -> SubstituteCertification.decide("t3", List.of("t1", "t2"), Set.of("t1"), true));
    }

    @Test
    void section9_2_2_aTeacherOfAnotherSubjectIsRefused() {
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> SubstituteCertification.decide("t9", List.of("t1"), Set.of("t1"), false));
        assertEquals("Only a teacher of the same subject may certify for an unavailable teacher", e.getMessage());
    }
}
