package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tw.portfolio.archive.portfolio.StudentDirectory;
import tw.portfolio.archive.portfolio.StudentSummary;
import tw.portfolio.archive.student.NationalId;
import tw.portfolio.archive.student.Student;

/** {@link StudentDirectory} over the foundation's enrollment records ({@link Student} rows). */
public final class JpaStudentDirectory implements StudentDirectory {
    /** Ids per IN list, well under any database's parameter limit. */
    static final int BATCH = 500;
    private final EntityManager em;

    public JpaStudentDirectory(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<StudentSummary> findById(String studentId) {
        if (studentId == null || studentId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Student.class, studentId)).map(JpaStudentDirectory::summary);
    }

    @Override
    public Map<String, StudentSummary> findByIds(Collection<String> studentIds) {
        List<String> ids = new ArrayList<>(studentIds.stream().filter(Objects::nonNull).distinct().toList());
        Map<String, StudentSummary> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            em.createQuery("SELECT s FROM Student s WHERE s.id IN :ids", Student.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultStream().map(JpaStudentDirectory::summary).forEach(s -> found.put(s.id(), s));
        }
        return found;
    }

    @Override
    public Optional<StudentSummary> findByNationalId(NationalId nationalId) {
        return em.createQuery("SELECT s FROM Student s WHERE s.nationalId = :n", Student.class)
                .setParameter("n", nationalId.value())
                .getResultStream().findFirst().map(JpaStudentDirectory::summary);
    }

    private static StudentSummary summary(Student s) {
        return new StudentSummary(s.id(), s.nationalId().value(), s.name(), s.studentNumber(), s.className());
    }
}
