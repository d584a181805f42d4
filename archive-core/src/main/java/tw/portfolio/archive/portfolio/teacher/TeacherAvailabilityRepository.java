package tw.portfolio.archive.portfolio.teacher;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Stored availability records. */
public interface TeacherAvailabilityRepository {
    Optional<TeacherAvailability> find(String username);

    void add(TeacherAvailability availability);

    /** The usernames among {@code usernames} that are marked unavailable. */
    Set<String> unavailableAmong(Collection<String> usernames);
}
