package tw.portfolio.archive.kept;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import tw.portfolio.archive.runtime.DataDirectory;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.storage.IntentMarkers;

/**
 * Produces {@link KeptObjects} over the artifacts' OCFL store and the archive's database, with its
 * intent markers in {@code <data dir>/intents-kept} (apart from artifact ingest's {@code intents}).
 * In core, beside the JDBC it wires, so archive-web needs no {@code javax.sql}.
 */
@ApplicationScoped
public class KeptStorage {
    /** The marker directory of kept objects, under the data directory. */
    public static final String MARKERS = "intents-kept";

    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;

    @Produces
    @Singleton
    KeptObjects keptObjects(ArtifactStore store, DataDirectory dir, Clock clock) {
        return new KeptObjects(store, IntentMarkers.open(dir.dir(MARKERS)), dataSource, clock);
    }
}
