package tw.portfolio.archive.portfolio.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.portfolio.PortfolioDatabase;
import tw.portfolio.archive.portfolio.PortfolioFixture;

class CourseServiceTest {
    private static final String HEADER = "academicYear,semester,courseCode,courseName,subject,type,credits,teachers,nationalId\n";

    private PortfolioFixture f;
    private PortfolioDatabase db;

    @BeforeEach
    void setUp() {
        f = new PortfolioFixture();
        db = new PortfolioDatabase(f);
        f.students.add("stu-0003", "F223456786", "陳小美");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private CsvImportReport importCsv(String text) {
        return db.inTransaction(s -> s.courses().importCsv(f.section, new StringReader(text)));
    }

    @Test
    void section4_2_1_theTeachingSectionEntersACourseAndAStudentSeesItInTheSemester() {
        CourseView created = db.inTransaction(s -> s.courses().create(f.section,
                new CourseDraft(Semester.of(115, 1), "M101", "數學A", "數學", CourseType.SCHOOL_REQUIRED, 4, List.of("teacher1", "teacher2"))));
        assertEquals(1, (int) db.inTransaction(s -> s.courses().enroll(f.section, created.id(), List.of(PortfolioFixture.STUDENT1))));
        assertEquals(0, (int) db.inTransaction(s -> s.courses().enroll(f.section, created.id(), List.of(PortfolioFixture.STUDENT1))));

        List<CourseView> mine = db.inTransaction(s -> s.courses().coursesOf(f.student1, PortfolioFixture.STUDENT1, Semester.of(115, 1)));
        assertEquals(1, mine.size());
        CourseView c = mine.get(0);
        assertEquals(List.of("M101", "數學A", "數學", CourseType.SCHOOL_REQUIRED, 4, List.of("teacher1", "teacher2")),
                List.of(c.code(), c.name(), c.subject(), c.type(), c.credits(), c.teachers()));
        assertEquals(List.of(), db.inTransaction(s -> s.courses().coursesOf(f.student1, PortfolioFixture.STUDENT1, Semester.of(115, 2))));
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.courses().coursesOf(f.student2, PortfolioFixture.STUDENT1, Semester.of(115, 1))));
    }

    @Test
    void section4_2_1_aDuplicateCodeUnknownStudentsAndOtherRolesAreRefused() {
        CourseDraft draft = PortfolioFixture.course("M101", "數學A", "數學", 4, "teacher1");
        CourseView created = db.inTransaction(s -> s.courses().create(f.section, draft));
        assertThrows(ConflictException.class, () -> db.inTransaction(s -> s.courses().create(f.section, draft)));
        assertThrows(NotFoundException.class, () -> db.inTransaction(s -> s.courses().enroll(f.section, created.id(), List.of("nobody"))));
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.courses().create(f.teacher1, draft)));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> db.inTransaction(s -> s.courses().create(f.section,
                new CourseDraft(Semester.of(115, 1), " ", "x", "", null, -1, List.of()))));
        assertEquals(List.of("code", "subject", "type", "credits", "teachers"), bad.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(1, db.count("COURSE"));
        assertEquals(0, db.count("ENROLLMENT"));
    }

    @Test
    void section4_2_1_aCsvFileCreatesCoursesAndEnrollmentsAndImportingItAgainAddsNothing() {
        String csv = "\uFEFF" + HEADER
                + "115,1,M101,數學A,數學,部定必修,4,teacher1,A123456789\r\n"
                + "115,1,M101,數學A,數學,部定必修,4,teacher1,B123456780\r\n"
                + "115,1,E101,\"英文, 閱讀\",英文,選修,2,teacher3;teacher4,A123456789\r\n";
        CsvImportReport report = importCsv(csv);
        assertEquals(new CsvImportReport(3, 2, 3), report);
        assertEquals(new CsvImportReport(3, 0, 0), importCsv(csv));
        List<CourseView> mine = db.inTransaction(s -> s.courses().coursesOf(f.student1, PortfolioFixture.STUDENT1, Semester.of(115, 1)));
        assertEquals(List.of("E101", "M101"), mine.stream().map(CourseView::code).toList());
        assertEquals("英文, 閱讀", mine.get(0).name());
        assertEquals(List.of("teacher3", "teacher4"), mine.get(0).teachers());
        assertEquals(CourseType.ELECTIVE, mine.get(0).type());
    }

    @Test
    void section4_2_1_aCsvFileWithBadRowsIsRefusedWholeWithAnErrorPerRowAndColumn() {
        String csv = HEADER
                + "115,1,M101,數學A,數學,部定必修,4,teacher1,A123456789\n"
                + "115,1,M101,數學A,數學,部定必修,4,teacher1,A123456788\n"
                + "115,3,M102,數學B,數學,必修,four,teacher2,B123456780\n"
                + "115,1,M103,數學C,數學\n"
                + "115,1,M101,數學A,數學,部定必修,3,teacher1,B123456780\n"
                + "115,1,M104,數學D,數學,選修,2,teacher2,H120000004\n"
                + "115,1,M101,數學A,數學,部定必修,4,teacher1,A123456789\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> importCsv(csv));
        assertEquals(List.of(
                new FieldError("rows[3].nationalId", "checksum does not match"),
                new FieldError("rows[4].credits", "must be a whole number"),
                new FieldError("rows[4].semester", "must be 1 or 2"),
                new FieldError("rows[4].type", "must be 部定必修, 校訂必修 or 選修 (or NATIONAL_REQUIRED, SCHOOL_REQUIRED, ELECTIVE)"),
                new FieldError("rows[5]", "has 5 columns, expected 9"),
                new FieldError("rows[6].courseCode", "course M101 differs from row 2 of this file"),
                new FieldError("rows[7].nationalId", "no student has the national ID H*******04"),
                new FieldError("rows[8]", "repeats row 2")), e.fieldErrors());
        assertEquals("The course list has 8 bad row(s); nothing was imported", e.getMessage());
        assertEquals(0, db.count("COURSE"));
        assertEquals(0, db.count("ENROLLMENT"));
        assertEquals(0, f.events.size());
    }

    @Test
    void section4_2_1_aCsvRowThatContradictsAStoredCourseIsRefused() {
        db.inTransaction(s -> s.courses().create(f.section, PortfolioFixture.course("M101", "數學A", "數學", 4, "teacher1")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> importCsv(HEADER + "115,1,M101,數學A,數學,部定必修,4,teacher9,A123456789\n"));
        assertEquals("rows[2].courseCode", e.fieldErrors().get(0).field());
        assertEquals(0, db.count("ENROLLMENT"));
    }

    @Test
    void section4_2_1_aCsvFileWithoutTheHeaderIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> importCsv("115,1,M101,數學A,數學,部定必修,4,teacher1,A123456789\n"));
        assertEquals("rows[1]", e.fieldErrors().get(0).field());
        assertThrows(InvalidInputException.class, () -> importCsv(""));
    }
}
