package tw.portfolio.archive.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;

class PortfolioAccessTest {
    private static final String OWN = "student-0001";
    private static final String OTHER = "student-0002";
    private static final Actor STUDENT = Actor.student("student1", OWN);

    @Test
    void aStudentUploadsToTheirOwnPortfolio() {
        assertDoesNotThrow(() -> PortfolioAccess.requireOwnPortfolio(STUDENT, OWN));
    }

    @Test
    void aStudentMayNotUploadToAnotherStudentsPortfolio() {
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> PortfolioAccess.requireOwnPortfolio(STUDENT, OTHER));
        assertEquals("Only the student may upload to their own portfolio", e.getMessage());
        assertEquals("forbidden", e.problemType());
        assertNull(e.getCause());
    }

    @Test
    void section7_aLeaverReadsTheirOwnPortfolioButUploadsNothing() {
        Actor alumnus = new Actor("alumni1", Set.of(Role.ALUMNUS), Optional.of(OWN));
        assertTrue(PortfolioAccess.mayReadPortfolio(alumnus, OWN));
        assertFalse(PortfolioAccess.mayReadPortfolio(alumnus, OTHER));
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> PortfolioAccess.requireOwnPortfolio(alumnus, OWN));
        assertEquals("A leaver's login only reads: it uploads nothing", e.getMessage());
    }

    @ParameterizedTest(name = "{0} may not upload for a student")
    @EnumSource(Role.class)
    void noStaffRoleUploadsForAStudent(Role role) {
        assertThrows(ForbiddenException.class, () -> PortfolioAccess.requireOwnPortfolio(Actor.staff("staff1", role), OWN));
    }

    @Test
    void holdingTheStudentRoleWithoutBeingThatStudentIsNotEnough() {
        Actor roleOnly = new Actor("odd1", Set.of(Role.STUDENT), Optional.empty());
        assertThrows(ForbiddenException.class, () -> PortfolioAccess.requireOwnPortfolio(roleOnly, OWN));
        assertFalse(PortfolioAccess.mayReadPortfolio(roleOnly, OWN));
    }

    @Test
    void aStudentReadsTheirOwnPortfolioOnly() {
        assertTrue(PortfolioAccess.mayReadPortfolio(STUDENT, OWN));
        assertFalse(PortfolioAccess.mayReadPortfolio(STUDENT, OTHER));
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> PortfolioAccess.requireReadPortfolio(STUDENT, OTHER));
        assertEquals("You may not read this student's portfolio", e.getMessage());
    }

    @ParameterizedTest(name = "{0} reads every portfolio")
    @EnumSource(value = Role.class, names = {"REGISTRAR", "ACADEMIC_ADMIN", "AUDITOR"})
    void theRegistrarTheAcademicOfficeAndAuditorsReadEveryPortfolio(Role role) {
        Actor staff = Actor.staff("staff1", role);
        assertTrue(PortfolioAccess.mayReadPortfolio(staff, OWN));
        assertTrue(PortfolioAccess.mayReadPortfolio(staff, OTHER));
        assertDoesNotThrow(() -> PortfolioAccess.requireReadPortfolio(staff, OTHER));
    }

    @ParameterizedTest(name = "{0} does not read whole portfolios")
    @EnumSource(value = Role.class, names = {"REGISTRAR", "ACADEMIC_ADMIN", "AUDITOR", "STUDENT"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherStaffRolesDoNotReadWholePortfolios(Role role) {
        Actor staff = Actor.staff("staff1", role);
        assertFalse(PortfolioAccess.mayReadPortfolio(staff, OWN));
        assertThrows(ForbiddenException.class, () -> PortfolioAccess.requireReadPortfolio(staff, OWN));
    }

    @Test
    void oneReadAllRoleAmongOthersIsEnough() {
        Actor both = Actor.staff("multi1", Role.SUBJECT_TEACHER, Role.AUDITOR);
        assertTrue(PortfolioAccess.mayReadPortfolio(both, OTHER));
    }

    @Test
    void theSystemActorDoesNotReadPortfolios() {
        assertFalse(PortfolioAccess.mayReadPortfolio(Actor.system(), OWN));
    }
}
