package tw.portfolio.archive.portfolio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;

/** Keeps recorded events in memory so tests can assert what was logged. */
public final class RecordingArchiveEvents implements ArchiveEvents {
    private final List<ArchiveEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public long record(ArchiveEvent event) {
        events.add(event);
        return events.size() - 1L;
    }

    public List<ArchiveEvent> all() {
        return List.copyOf(events);
    }

    public List<ArchiveEvent> ofType(ArchiveEventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    public int size() {
        return events.size();
    }
}
