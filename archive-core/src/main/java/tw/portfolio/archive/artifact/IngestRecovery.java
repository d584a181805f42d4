package tw.portfolio.archive.artifact;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.storage.IntentMarkers;

/**
 * The start-up check of ingest: every object named by a pending intent either has its record (the
 * upload was acknowledged; only the intent is forgotten) or is removed from the store (it was never
 * acknowledged, so nothing a student was told is lost).
 */
final class IngestRecovery {
    private static final Logger LOG = Logger.getLogger(IngestRecovery.class.getName());

    private final ArtifactStore store;
    private final IntentMarkers markers;
    private final Predicate<String> recorded;

    /**
     * @param recorded whether an artifact record refers to an object id
     */
    IngestRecovery(ArtifactStore store, IntentMarkers markers, Predicate<String> recorded) {
        this.store = store;
        this.markers = markers;
        this.recorded = recorded;
    }

    /** Resolves the markers' intents; returns how many objects were removed. */
    int run() {
        Set<String> ids = new LinkedHashSet<>(markers.pending());
        int removed = 0;
        for (String objectId : ids) {
            if (!recorded.test(objectId) && store.contains(objectId)) {
                store.purge(objectId);
                removed++;
                LOG.warning(() -> "Removed unacknowledged object " + objectId + " left by an interrupted upload");
            }
            markers.clear(objectId);
        }
        return removed;
    }
}
