package tw.portfolio.archive.student;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registrar's fields of a student (§4(1)1), checked by {@link StudentRecordRule}.
 *
 * @param nationalId national ID or resident certificate number, checksum verified
 * @param studentNumber the school's student number (學號), opaque
 * @param name the student's name
 * @param birthDate date of birth
 * @param className class (班級), e.g. {@code 301}
 * @param grade grade 1 to 3 (高一 to 高三)
 * @param enrolledOn date of entry
 */
public record StudentRecord(NationalId nationalId, String studentNumber, String name, LocalDate birthDate,
        String className, int grade, LocalDate enrolledOn) {

    /** The fields as text, by their API names, in a fixed order (for change events and exports). */
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nationalId", nationalId.value());
        m.put("studentNumber", studentNumber);
        m.put("name", name);
        m.put("birthDate", String.valueOf(birthDate));
        m.put("className", className);
        m.put("grade", Integer.toString(grade));
        m.put("enrolledOn", String.valueOf(enrolledOn));
        return m;
    }
}
