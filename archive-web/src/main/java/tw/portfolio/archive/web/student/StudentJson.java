package tw.portfolio.archive.web.student;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import tw.portfolio.archive.student.StudentView;

/** A student in an answer; {@code completedOn} (the date sealing counts from, §6) is null while enrolled. */
@JsonbNillable
public record StudentJson(String id, String nationalId, String studentNumber, String name, LocalDate birthDate,
        String className, Integer grade, LocalDate enrolledOn, String status, LocalDate completedOn) {

    public static StudentJson of(StudentView v) {
        return new StudentJson(v.id(), v.nationalId(), v.studentNumber(), v.name(), v.birthDate(), v.className(),
                v.grade(), v.enrolledOn(), v.status().name(), v.completedOn());
    }
}
