package tw.portfolio.archive.portfolio.teacher;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.PortfolioEvents;

/** ACADEMIC_ADMIN marks a teacher unavailable or available again (§9(2)2). */
public class AvailabilityService {
    private final TeacherAvailabilityRepository availability;
    private final PortfolioEvents events;
    private final Clock clock;

    public AvailabilityService(TeacherAvailabilityRepository availability, PortfolioEvents events, Clock clock) {
        this.availability = availability;
        this.events = events;
        this.clock = clock;
    }

    /** Sets a teacher's availability; marking one unavailable needs a reason. */
    public AvailabilityView set(Actor actor, String username, boolean available, String reason) {
        if (!actor.has(Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the academic affairs office marks teachers unavailable");
        }
        if (username == null || username.isBlank()) {
            throw InvalidInputException.field("username", "is required");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!available && why == null) {
            throw InvalidInputException.field("reason", "is required when a teacher is marked unavailable");
        }
        if (why != null && why.length() > 500) {
            throw InvalidInputException.field("reason", "is longer than 500 characters");
        }
        TeacherAvailability record = availability.find(username).orElse(null);
        if (record == null) {
            record = TeacherAvailability.of(username, available, why, clock.instant());
            availability.add(record);
        } else {
            record.change(available, why, clock.instant());
        }
        Map<String, String> detail = new HashMap<>();
        detail.put("action", available ? "teacher-available" : "teacher-unavailable");
        events.record(ArchiveEventType.METADATA_MODIFICATION, record.id(), null, actor, detail);
        return record.view();
    }

    /**
     * A teacher's availability; one never marked is available. The absence and its reason are staff
     * data: shown to the academic affairs office who records it, to the teacher, and to subject
     * teachers, who certify on an absent colleague's behalf (§9(2)2); anyone else is refused.
     */
    public AvailabilityView get(Actor actor, String username) {
        if (!actor.username().equals(username) && !actor.hasAny(Role.ACADEMIC_ADMIN, Role.SUBJECT_TEACHER)) {
            throw new ForbiddenException("Only the academic affairs office and subject teachers see a teacher's availability");
        }
        return availability.find(username).map(TeacherAvailability::view)
                .orElse(new AvailabilityView(username, true, null, null));
    }
}
