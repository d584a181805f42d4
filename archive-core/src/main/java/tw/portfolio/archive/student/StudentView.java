package tw.portfolio.archive.student;

import java.time.LocalDate;

/** A student as the API shows them: the registrar's fields, status and the date sealing counts from (§6). */
public record StudentView(String id, String nationalId, String studentNumber, String name, LocalDate birthDate,
        String className, Integer grade, LocalDate enrolledOn, String schoolCode, Student.Status status,
        LocalDate completedOn) {

    public static StudentView of(Student s) {
        return new StudentView(s.id(), s.nationalId().value(), s.studentNumber(), s.name(), s.birthDate(),
                s.className(), s.grade(), s.enrolledOn(), s.schoolCode(), s.status(), s.completedOn());
    }
}
