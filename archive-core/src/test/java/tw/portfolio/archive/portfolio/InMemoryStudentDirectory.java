package tw.portfolio.archive.portfolio;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tw.portfolio.archive.student.NationalId;

/** The student port over a map, for tests. */
public final class InMemoryStudentDirectory implements StudentDirectory {
    private final Map<String, StudentSummary> byId = new ConcurrentHashMap<>();

    public StudentSummary add(String id, String nationalId, String name) {
        StudentSummary s = new StudentSummary(id, nationalId, name, "S" + id, "101");
        byId.put(id, s);
        return s;
    }

    @Override
    public Optional<StudentSummary> findById(String studentId) {
        return Optional.ofNullable(byId.get(studentId));
    }

    @Override
    public Map<String, StudentSummary> findByIds(Collection<String> studentIds) {
        Map<String, StudentSummary> found = new java.util.HashMap<>();
        studentIds.stream().filter(Objects::nonNull).map(byId::get).filter(Objects::nonNull)
                .forEach(s -> found.put(s.id(), s));
        return found;
    }

    @Override
    public Optional<StudentSummary> findByNationalId(NationalId nationalId) {
        return byId.values().stream().filter(s -> nationalId.value().equals(s.nationalId())).findFirst();
    }
}
