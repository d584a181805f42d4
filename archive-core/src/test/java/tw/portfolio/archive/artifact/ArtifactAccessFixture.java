package tw.portfolio.archive.artifact;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import tw.portfolio.archive.access.SealedRecords;
import tw.portfolio.archive.event.ArchiveEvents;

/** Wires {@link ArtifactAccess} and {@link ArtifactQueries} by hand over one EntityManager, as CDI would. */
public final class ArtifactAccessFixture {
    private ArtifactAccessFixture() {
    }

    public static ArtifactQueries queries(EntityManager em) {
        ArtifactQueries q = new ArtifactQueries();
        q.em = em;
        return q;
    }

    public static ArtifactAccess of(EntityManager em, ArchiveEvents events, Clock clock, int reasonMinLength) {
        ArtifactAccess a = new ArtifactAccess();
        a.queries = queries(em);
        a.sealed = new SealedRecords(em);
        a.events = events;
        a.clock = clock;
        a.reasonMinLength = reasonMinLength;
        return a;
    }
}
