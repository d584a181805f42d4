package tw.portfolio.archive.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tw.portfolio.archive.access.AccessReason;
import tw.portfolio.archive.access.PortfolioAccess;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.config.ArchiveSettings;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.portfolio.StudentDirectory;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchIndex;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;

/**
 * Who may search what: the registrar and the academic affairs office all active records, a teacher
 * their courses' outcomes, a student their own, an auditor with a stated reason also sealed
 * records — and each sealed hit shown to an auditor is an access event in the log.
 */
@ApplicationScoped
public class SearchService {
    @Inject
    SearchIndex index;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;
    @Inject
    StudentDirectory students;
    @Inject
    @ConfigProperty(name = ArchiveSettings.SEALED_ACCESS_REASON_MIN,
            defaultValue = ArchiveSettings.SEALED_ACCESS_REASON_MIN_DEFAULT)
    int reasonMinLength;

    /**
     * Searches as {@code actor} and names the hits' students in one query when the actor may see
     * names ({@link PortfolioAccess#maySeeStudentNames}).
     */
    @Transactional
    public SearchAnswer search(Actor actor, SearchQuery query, boolean includeSealed, String reason) {
        Caller caller = callerFor(actor, includeSealed, reason, reasonMinLength);
        SearchResult result = index.search(query, caller);
        if (caller.seesSealed()) {
            for (SearchHit hit : result.hits()) {
                if (hit.state() == tw.portfolio.archive.search.DocumentState.SEALED) {
                    // the log gets the reason's digest only, the audit trail the reason (no free text in the log)
                    events.record(ArchiveEvent.success(ArchiveEventType.SEALED_DATA_ACCESS, hit.id(), hit.studentId(),
                            Role.AUDITOR.name(), clock.instant(), Map.of("via", "SEARCH", "reasonSha256",
                                    new AccessReason(caller.auditReason()).sha256Hex())),
                            Map.of("reason", caller.auditReason()));
                }
            }
        }
        if (!PortfolioAccess.maySeeStudentNames(actor)) {
            return new SearchAnswer(result, Map.of());
        }
        return new SearchAnswer(result, students.findByIds(result.hits().stream().map(SearchHit::studentId)
                .filter(Objects::nonNull).collect(Collectors.toSet())));
    }

    /**
     * The search caller; sealed records only for an auditor with a reason of at least
     * {@code reasonMinLength} characters, the same rule as a reasoned read of sealed content.
     */
    static Caller callerFor(Actor actor, boolean includeSealed, String reason, int reasonMinLength) {
        if (includeSealed) {
            if (!actor.has(Role.AUDITOR)) {
                throw new ForbiddenException("Only auditors may search sealed records");
            }
            return Caller.auditorWithReason(actor.username(), AccessReason.of(reason, reasonMinLength).text());
        }
        if (actor.has(Role.REGISTRAR)) {
            return Caller.registrar(actor.username());
        }
        if (actor.has(Role.ACADEMIC_ADMIN)) {
            return Caller.academicAdmin(actor.username());
        }
        if (actor.has(Role.AUDITOR)) {
            return Caller.auditor(actor.username(), null);
        }
        if (actor.has(Role.SUBJECT_TEACHER)) {
            return Caller.teacher(actor.username());
        }
        if (actor.has(Role.STUDENT) && actor.studentId().isPresent()) {
            return Caller.student(actor.username(), actor.studentId().get());
        }
        throw new ForbiddenException("Your role does not include searching the archive");
    }
}
