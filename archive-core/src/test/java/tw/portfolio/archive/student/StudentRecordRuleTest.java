package tw.portfolio.archive.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.ArchiveException.FieldError;

class StudentRecordRuleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static StudentRecordRule.Raw raw(String nationalId, String birthDate, String grade, String enrolledOn) {
        return new StudentRecordRule.Raw(nationalId, "113001", " 王小明 ", birthDate, "101", grade, enrolledOn);
    }

    @Test
    void section4_1_1_aRecordWithAValidNationalIdIsAcceptedWithItsFieldsStripped() {
        StudentRecord r = StudentRecordRule.check(raw("A123456789", "2010-05-01", "1", "2026-08-01"), TODAY);
        assertEquals("A123456789", r.nationalId().value());
        assertEquals("王小明", r.name());
        assertEquals(1, r.grade());
        assertEquals(LocalDate.of(2026, 8, 1), r.enrolledOn());
    }

    @Test
    void identifiers_residentCertificatesOfBothFormsAreAccepted() {
        // A8 and A9 forms with their checksum (DOMAIN.md: ^[A-Z][89][0-9]{8}$, same checksum)
        assertEquals(true, StudentRecordRule.check(raw("A800000014", "2010-05-01", "2", "2025-08-01"), TODAY)
                .nationalId().isResidentCertificate());
        assertEquals(true, StudentRecordRule.check(raw("A900000016", "2010-05-01", "2", "2025-08-01"), TODAY)
                .nationalId().isResidentCertificate());
    }

    @Test
    void identifiers_aBadChecksumIsRefusedNamingTheField() {
        StudentRecordException e = assertThrows(StudentRecordException.class,
                () -> StudentRecordRule.check(raw("A123456788", "2010-05-01", "1", "2026-08-01"), TODAY));
        assertEquals("student-record", e.problemType());
        assertEquals(List.of(new FieldError("nationalId", "checksum does not match")), e.fieldErrors());
    }

    @Test
    void section4_1_1_everyBrokenRuleIsReportedAtOnce() {
        StudentRecordException e = assertThrows(StudentRecordException.class, () -> StudentRecordRule.check(
                new StudentRecordRule.Raw("a12", "x", "", "2027-01-01", "", "4", "not a date"), TODAY));
        assertEquals(List.of("nationalId", "studentNumber", "name", "className", "grade", "birthDate", "enrolledOn"),
                e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("must not be in the future", e.fieldErrors().get(5).message());
        assertEquals("must be a date as 2026-08-01", e.fieldErrors().get(6).message());
    }

    @Test
    void section4_1_1_birthMustComeBeforeEntry() {
        StudentRecordException e = assertThrows(StudentRecordException.class,
                () -> StudentRecordRule.check(raw("A123456789", "2026-09-01", "1", "2026-08-01"), TODAY));
        assertEquals(List.of(new FieldError("birthDate", "must be before enrolledOn")), e.fieldErrors());
    }

    @Test
    void theUsernameOfAStudentLoginIsTheStudentNumberInLowerCase() {
        assertEquals("s113a01", StudentRegistry.usernameFor("113A01"));
    }
}
