package tw.portfolio.archive.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.access.AccessReason;
import tw.portfolio.archive.access.Seal;
import tw.portfolio.archive.access.SealedRecordException;
import tw.portfolio.archive.access.SealedRecords;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.config.ArchiveSettings;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;

/**
 * Traced reads of one artifact (issue 15). In one transaction per read, so each trace commits with
 * the decision to let the read happen:
 * <ul>
 * <li>the owning student or alumnus reads their own files, sealed or not, without a trace;</li>
 * <li>anyone else reading a file's bytes is an {@code ACCESS} event (log: artifact id, student id,
 *     role; nothing personal);</li>
 * <li>a sealed student's file is refused to staff with 403 naming the seal date; an AUDITOR reads
 *     it with a stated reason ({@link AccessReason}, at least
 *     {@value ArchiveSettings#SEALED_ACCESS_REASON_MIN_DEFAULT} characters by default), each read a
 *     {@code SEALED_DATA_ACCESS} event whose log leaf carries the reason's SHA-256 and whose audit-trail
 *     line carries the reason itself.</li>
 * </ul>
 */
@ApplicationScoped
public class ArtifactAccess {
    /** How the artifact was read, in the event's detail. */
    public enum Via { METADATA, CONTENT }

    @Inject
    ArtifactQueries queries;
    @Inject
    SealedRecords sealed;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = ArchiveSettings.SEALED_ACCESS_REASON_MIN,
            defaultValue = ArchiveSettings.SEALED_ACCESS_REASON_MIN_DEFAULT)
    int reasonMinLength;

    /**
     * Decides whether {@code actor} may read the artifact's metadata or bytes and records the read;
     * returns the artifact (detached from nothing: the caller streams its bytes after the commit).
     *
     * @param reason the auditor's stated reason, or null
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Artifact read(Actor actor, String artifactId, String reason, Via via) {
        Artifact a = queries.visible(actor, artifactId);
        String studentId = a.studentId();
        if (actor.isStudent(studentId)) {
            return a;
        }
        Optional<Seal> sealedOn = sealed.seal(studentId);
        if (sealedOn.isPresent() || a.state() == Artifact.State.SEALED) {
            if (!actor.has(Role.AUDITOR)) {
                throw new SealedRecordException(sealedOn.orElse(null));
            }
            AccessReason why = AccessReason.of(reason, reasonMinLength);
            events.record(ArchiveEvent.success(ArchiveEventType.SEALED_DATA_ACCESS, a.id(), studentId,
                    Role.AUDITOR.name(), clock.instant(), Map.of("via", via.name(), "reasonSha256", why.sha256Hex())),
                    Map.of("reason", why.text()));
            return a;
        }
        if (via == Via.CONTENT) {
            events.record(ArchiveEvent.success(ArchiveEventType.ACCESS, a.id(), studentId, actor.primaryRole(),
                    clock.instant(), Map.of("via", via.name())));
        }
        return a;
    }

    /**
     * Records a content read that another path already allowed (a file of a course outcome, read by a
     * certifier or staff): an ACCESS event unless the reader is the owning student.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void traceContentRead(Actor actor, Artifact a) {
        if (!actor.isStudent(a.studentId())) {
            events.record(ArchiveEvent.success(ArchiveEventType.ACCESS, a.id(), a.studentId(), actor.primaryRole(),
                    clock.instant(), Map.of("via", Via.CONTENT.name())));
        }
    }
}
