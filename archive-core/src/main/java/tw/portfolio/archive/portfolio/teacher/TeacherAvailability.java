package tw.portfolio.archive.portfolio.teacher;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import tw.portfolio.archive.persistence.InstantConverter;

/** Whether a teacher can certify now, why not, and since when. */
@Entity
@Table(name = "TEACHER_AVAILABILITY")
@Access(AccessType.FIELD)
public class TeacherAvailability {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "USERNAME", nullable = false, length = 100)
    private String username;

    @Column(name = "AVAILABLE", nullable = false)
    private boolean available;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "SINCE", nullable = false)
    private Instant since;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long rowVersion;

    protected TeacherAvailability() {
    }

    public static TeacherAvailability of(String username, boolean available, String reason, Instant since) {
        TeacherAvailability t = new TeacherAvailability();
        t.id = UUID.randomUUID().toString();
        t.username = username;
        t.change(available, reason, since);
        return t;
    }

    public void change(boolean nowAvailable, String why, Instant at) {
        this.available = nowAvailable;
        this.reason = why;
        this.since = at;
    }

    public String id() {
        return id;
    }

    public boolean available() {
        return available;
    }

    public AvailabilityView view() {
        return new AvailabilityView(username, available, reason, since);
    }
}
