package tw.portfolio.archive.retention.deletion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;

/** The events a test's workflow recorded, with what went to the audit trail only. */
final class RecordedEvents implements ArchiveEvents {
    record Recorded(ArchiveEvent event, Map<String, String> auditTrailOnly) {
    }

    final List<Recorded> all = new ArrayList<>();

    @Override
    public long record(ArchiveEvent event) {
        return record(event, Map.of());
    }

    @Override
    public long record(ArchiveEvent event, Map<String, String> auditTrailOnly) {
        all.add(new Recorded(event, Map.copyOf(auditTrailOnly)));
        return 1000L + all.size();
    }

    List<ArchiveEvent> ofType(ArchiveEventType type) {
        return all.stream().map(Recorded::event).filter(e -> e.type() == type).toList();
    }
}
