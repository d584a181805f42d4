package tw.portfolio.archive.portfolio;

import java.time.Clock;
import java.util.Map;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;

/**
 * Records the portfolio's state changes through {@link ArchiveEvents}, in the caller's
 * transaction, with the student id as pseudonym and the actor's role, never a name.
 */
public final class PortfolioEvents {
    private final ArchiveEvents events;
    private final Clock clock;

    public PortfolioEvents(ArchiveEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records a successful change. */
    public void record(ArchiveEventType type, String objectId, String studentId, Actor actor, Map<String, String> detail) {
        record(type, objectId, studentId, actor, "SUCCESS", detail);
    }

    /** Records a change whose outcome is a rule-specific word (for example CERTIFIED or DISPUTED). */
    public void record(ArchiveEventType type, String objectId, String studentId, Actor actor, String outcome,
            Map<String, String> detail) {
        events.record(new ArchiveEvent(type, objectId, studentId, actor.primaryRole(), outcome, clock.instant(), detail));
    }
}
