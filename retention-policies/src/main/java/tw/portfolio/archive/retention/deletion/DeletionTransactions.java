package tw.portfolio.archive.retention.deletion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.retention.RetentionSettings;
import tw.portfolio.archive.retention.RetentionStatus;
import tw.portfolio.archive.retention.StudentRetention;
import tw.portfolio.archive.retention.erasure.ErasurePreview;
import tw.portfolio.archive.retention.erasure.ErasureResult;
import tw.portfolio.archive.student.StudentRegistry;

/**
 * Each step of the deletion workflow in a container transaction of its own, on the persistence
 * context's connection (never a second one: Payara issue 1490). {@link DeletionRequests} and
 * {@link DeletionExecution} call these between the steps that must run outside a transaction.
 */
@ApplicationScoped
public class DeletionTransactions implements DeletionSteps {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    RetentionStatus retention;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = RetentionSettings.DISPOSE_AFTER, defaultValue = RetentionSettings.DISPOSE_AFTER_DEFAULT)
    String disposeAfter;

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    DeletionWorkflow workflow() {
        return new DeletionWorkflow(new DeletionRequestTable(connection()), retention, events, clock,
                Period.parse(disposeAfter), StudentRegistry.SCHOOL_ZONE);
    }

    @Transactional
    public void checkFiling(Actor actor, String studentId, DeletionBasis basis) {
        workflow().checkFiling(actor, studentId, basis);
    }

    @Transactional
    public DeletionRequest file(Actor actor, String studentId, DeletionBasis basis, ErasurePreview preview) {
        return workflow().file(actor, studentId, basis, preview);
    }

    /** Files the request and keeps the claim's digest with it, in one transaction. */
    @Transactional
    public DeletionRequest file(Actor actor, String studentId, DeletionBasis basis, ErasurePreview preview,
            CertificateClaim claim) {
        DeletionRequest request = workflow().file(actor, studentId, basis, preview);
        new DeletionRequestTable(connection()).keepClaim(request.id(), claim.sha256());
        return request;
    }

    /** The SHA-256 of the request's certificate claim code, empty when it has none or there is no such request. */
    @Transactional
    public Optional<String> claimOf(String requestId) {
        return new DeletionRequestTable(connection()).claimOf(requestId);
    }

    @Transactional
    public DeletionWorkflow.Decided decide(Actor actor, String requestId, Decision decision, String reason) {
        return workflow().decide(actor, requestId, decision, reason);
    }

    @Transactional
    public DeletionRequest retry(Actor actor, String requestId) {
        return workflow().retry(actor, requestId);
    }

    /** Every deletion request about the student, newest first. */
    @Transactional
    public List<DeletionRequest> ofStudent(String studentId) {
        return new DeletionRequestTable(connection()).ofStudent(studentId);
    }

    @Transactional
    public Optional<DeletionRequest> find(String id) {
        return new DeletionRequestTable(connection()).find(id);
    }

    /** A page of requests of one state (all when null) and the total. */
    public record Page(List<DeletionRequest> items, long total) {
    }

    @Transactional
    public Page page(DeletionState state, PageRequest page) {
        DeletionRequestTable table = new DeletionRequestTable(connection());
        return new Page(table.page(state, page), table.count(state));
    }

    @Transactional
    public List<String> executingIds() {
        return new DeletionRequestTable(connection()).idsIn(DeletionState.EXECUTING);
    }

    @Override
    @Transactional
    public Optional<DeletionRequest> executing(String requestId) {
        return workflow().executing(requestId);
    }

    @Override
    @Transactional
    public void fail(String requestId, String error) {
        workflow().fail(requestId, error);
    }

    @Override
    @Transactional
    public CertificateIssuer.Issued complete(DeletionRequest request, ErasureResult result, SigningKey key) {
        CertificateIssuer.Issued issued = new CertificateIssuer(new CertificateTable(connection()), events, clock)
                .issue(request, result, key);
        workflow().complete(request.id(), issued.certificateId());
        return issued;
    }

    @Transactional
    public Optional<StoredCertificate> certificate(String id) {
        return new CertificateTable(connection()).find(id);
    }

    @Transactional
    public void anchor(String certificateId, long leafIndex, String checkpoint) {
        new CertificateTable(connection()).anchor(certificateId, leafIndex, checkpoint);
    }

    @Transactional
    public List<String> unanchored() {
        return new CertificateTable(connection()).unanchored();
    }

    /** One student whose sealed data passed its retention. */
    public record Due(String studentId, LocalDate sealedOn, LocalDate disposeOn, List<String> holds,
            String openRequestId) {
    }

    /** A page of students due for disposition and the total. */
    public record DuePage(List<Due> items, long total) {
    }

    @Transactional
    public DuePage due(PageRequest page) {
        DeletionWorkflow workflow = workflow();
        DeletionRequestTable table = new DeletionRequestTable(connection());
        LocalDate sealedBy = workflow.dueIfSealedBy();
        Period after = Period.parse(disposeAfter);
        List<Due> items = table.sealedBy(sealedBy, page).stream().map(d -> new Due(d.studentId(), d.sealedOn(),
                d.sealedOn().plus(after), retention.of(d.studentId()).map(StudentRetention::activeHolds).orElse(List.of())
                        .stream().map(h -> h.id()).toList(),
                table.openOf(d.studentId()).map(DeletionRequest::id).orElse(null))).toList();
        return new DuePage(items, table.countSealedBy(sealedBy));
    }
}
