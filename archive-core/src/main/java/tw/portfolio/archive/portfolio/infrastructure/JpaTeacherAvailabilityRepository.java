package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tw.portfolio.archive.portfolio.teacher.TeacherAvailability;
import tw.portfolio.archive.portfolio.teacher.TeacherAvailabilityRepository;

/** Teacher availability in JPA. */
public class JpaTeacherAvailabilityRepository implements TeacherAvailabilityRepository {
    private final EntityManager em;

    public JpaTeacherAvailabilityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<TeacherAvailability> find(String username) {
        return em.createQuery("SELECT t FROM TeacherAvailability t WHERE t.username = :u", TeacherAvailability.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public void add(TeacherAvailability availability) {
        em.persist(availability);
    }

    @Override
    public Set<String> unavailableAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT t.username FROM TeacherAvailability t"
                        + " WHERE t.available = FALSE AND t.username IN :us", String.class)
                .setParameter("us", usernames).getResultList());
    }
}
