package tw.portfolio.archive.retention.deletion;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Pseudonym;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.retention.LegalHoldRef;
import tw.portfolio.archive.retention.RetentionStatus;
import tw.portfolio.archive.retention.StudentRetention;
import tw.portfolio.archive.retention.erasure.ErasurePreview;

/**
 * The rules of deletion requests (§6, issue 15), on one transaction's tables. A student files a
 * request for their own data once it is sealed; staff (academic admin or registrar) file a
 * disposition once sealed data has passed its retention ({@code sealedOn + disposeAfter}). Two
 * approvals by two different accounts in two different roles (REGISTRAR and ACADEMIC_ADMIN) move the
 * request to EXECUTING; one rejection ends it, its reason shown to the student. A legal hold refuses
 * filing, approving and executing, naming the hold. Every change is an event in the same transaction;
 * the log gets ids, roles, decisions and the SHA-256 of reasons, the audit trail the reasons.
 */
public final class DeletionWorkflow {
    /** Roles that decide on requests; an approval from each is needed. */
    public static final Set<Role> APPROVER_ROLES = EnumSet.of(Role.REGISTRAR, Role.ACADEMIC_ADMIN);
    /** Longest reason kept (characters). */
    public static final int MAX_REASON = 2000;

    private final DeletionRequestTable requests;
    private final RetentionStatus retention;
    private final ArchiveEvents events;
    private final Clock clock;
    private final Period disposeAfter;
    private final ZoneId zone;

    public DeletionWorkflow(DeletionRequestTable requests, RetentionStatus retention, ArchiveEvents events, Clock clock,
            Period disposeAfter, ZoneId zone) {
        this.requests = requests;
        this.retention = retention;
        this.events = events;
        this.clock = clock;
        this.disposeAfter = disposeAfter;
        this.zone = zone;
    }

    /** Checks that {@code actor} may file a request of {@code basis} for the student now; returns the student's standing. */
    public StudentRetention checkFiling(Actor actor, String studentId, DeletionBasis basis) {
        if (basis == DeletionBasis.REQUEST && !actor.isStudent(studentId)) {
            throw new ForbiddenException("Only the student may request deletion of their own data; staff start a "
                    + "disposition with basis DISPOSITION");
        }
        if (basis == DeletionBasis.DISPOSITION && !actor.hasAny(Role.ACADEMIC_ADMIN, Role.REGISTRAR)) {
            throw new ForbiddenException("Only the academic affairs office or the registrar start a disposition");
        }
        StudentRetention standing = retention.of(studentId)
                .orElseThrow(() -> new NotFoundException("No student " + studentId));
        if (!standing.sealed()) {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("sealDate", standing.sealDate() == null ? null : standing.sealDate().toString());
            throw new DeletionConflictException("not-sealed", standing.sealDate() == null
                    ? "The student's data is not sealed: they have not completed senior high, so there is no seal date yet"
                    : "The student's data is not sealed until " + standing.sealDate()
                            + "; deletion can be requested from then on", members);
        }
        if (basis == DeletionBasis.DISPOSITION) {
            LocalDate due = standing.sealedOn().plus(disposeAfter);
            if (today().isBefore(due)) {
                throw new DeletionConflictException("not-due", "Sealed data is kept until " + due
                        + " before it may be disposed of", Map.of("disposeOn", due.toString()));
            }
        }
        refuseHeld(standing, "deletion");
        requests.openOf(studentId).ifPresent(open -> {
            throw new DeletionConflictException("open-request", "The student already has deletion request " + open.id()
                    + " (" + open.state() + ")", Map.of("requestId", open.id(), "state", open.state().name()));
        });
        return standing;
    }

    /** Files the request after {@link #checkFiling} (checked again here, in this transaction). */
    public DeletionRequest file(Actor actor, String studentId, DeletionBasis basis, ErasurePreview preview) {
        checkFiling(actor, studentId, basis);
        Instant now = clock.instant();
        String role = basis == DeletionBasis.REQUEST ? (actor.has(Role.ALUMNUS) ? Role.ALUMNUS.name() : actor.primaryRole())
                : (actor.has(Role.ACADEMIC_ADMIN) ? Role.ACADEMIC_ADMIN.name() : Role.REGISTRAR.name());
        // A student's username would outlive their erased account here: the request keeps its pseudonym.
        String by = basis == DeletionBasis.REQUEST ? Pseudonym.of(actor.username()) : actor.username();
        DeletionRequest request = new DeletionRequest(UUID.randomUUID().toString(), studentId, basis,
                DeletionState.PENDING_APPROVAL, by, role, now, preview, null, null, null, now, List.of());
        if (!requests.insert(request)) {
            throw new DeletionConflictException("open-request", "The student already has an open deletion request",
                    Map.of());
        }
        record(request, role, DeletionState.PENDING_APPROVAL.name(), Map.of("basis", basis.name(),
                "artifacts", Integer.toString(preview.artifacts()), "bytes", Long.toString(preview.bytes()),
                "records", Integer.toString(preview.records())), Map.of("requestedBy", by));
        return request;
    }

    /** The outcome of a decision: the request as it now stands, and whether its execution is to start. */
    public record Decided(DeletionRequest request, boolean execute) {
    }

    /** Records an approver's decision; the second approval (other account, other role) starts execution. */
    public Decided decide(Actor actor, String requestId, Decision decision, String reason) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        APPROVER_ROLES.stream().filter(actor::has).forEach(roles::add);
        if (roles.isEmpty()) {
            throw new ForbiddenException("Only the registrar and the academic affairs office decide on deletion requests");
        }
        String why = reason == null ? "" : reason.strip();
        if (decision == Decision.REJECT && why.isEmpty()) {
            throw InvalidInputException.field("reason", "is required to reject: the student is shown it");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.field("reason", "must be at most " + MAX_REASON + " characters");
        }
        CanonicalJson.requireUnicodeText("reason", why);
        if (!requests.lock(requestId)) {
            throw new NotFoundException("No deletion request " + requestId);
        }
        DeletionRequest request = requests.find(requestId).orElseThrow();
        if (request.state() != DeletionState.PENDING_APPROVAL) {
            throw new DeletionConflictException("request-decided", "Deletion request " + requestId + " is "
                    + request.state() + "; decisions are taken only while it waits for approval",
                    Map.of("state", request.state().name()));
        }
        if (request.approvals().stream().anyMatch(a -> a.account().equals(actor.username()))) {
            throw new DeletionConflictException("already-decided", "This account already decided on deletion request "
                    + requestId + "; the second approval must come from another account", Map.of());
        }
        Set<String> approvedRoles = new java.util.HashSet<>();
        request.approvals().stream().filter(a -> a.decision() == Decision.APPROVE).forEach(a -> approvedRoles.add(a.role()));
        Optional<Role> role = roles.stream().filter(r -> decision == Decision.REJECT || !approvedRoles.contains(r.name()))
                .findFirst();
        if (role.isEmpty()) {
            throw new DeletionConflictException("same-role", "Deletion request " + requestId + " already has the "
                    + String.join(" and ", approvedRoles) + " approval; the other approval must come from "
                    + APPROVER_ROLES.stream().map(Role::name).filter(r -> !approvedRoles.contains(r)).findFirst().orElse("")
                    + " (another account)", Map.of());
        }
        if (decision == Decision.APPROVE) {
            retention.of(request.studentId()).ifPresent(s -> refuseHeld(s, "approval"));
        }
        Instant now = clock.instant();
        DeletionApproval approval = new DeletionApproval(actor.username(), role.get().name(), decision, why, now);
        if (!requests.addApproval(requestId, approval)) {
            throw new DeletionConflictException("already-decided", "This account already decided on deletion request "
                    + requestId, Map.of());
        }
        record(request, role.get().name(), decision.name(), Map.of("account", Pseudonym.of(actor.username()),
                "decision", decision.name(), "reasonSha256", sha256(why)), Map.of("account", actor.username(),
                "reason", why));
        if (decision == Decision.REJECT) {
            requests.moveTo(requestId, DeletionState.REJECTED, now, why, null, null);
            record(request, role.get().name(), DeletionState.REJECTED.name(), Map.of(), Map.of());
            return new Decided(requests.find(requestId).orElseThrow(), false);
        }
        approvedRoles.add(role.get().name());
        if (approvedRoles.containsAll(APPROVER_ROLES.stream().map(Role::name).toList())) {
            requests.moveTo(requestId, DeletionState.EXECUTING, now, null, null, null);
            record(request, role.get().name(), DeletionState.EXECUTING.name(), Map.of(), Map.of());
            return new Decided(requests.find(requestId).orElseThrow(), true);
        }
        return new Decided(requests.find(requestId).orElseThrow(), false);
    }

    /** Staff run a FAILED request again; it returns to EXECUTING. */
    public DeletionRequest retry(Actor actor, String requestId) {
        if (APPROVER_ROLES.stream().noneMatch(actor::has)) {
            throw new ForbiddenException("Only the registrar and the academic affairs office run a deletion again");
        }
        if (!requests.lock(requestId)) {
            throw new NotFoundException("No deletion request " + requestId);
        }
        DeletionRequest request = requests.find(requestId).orElseThrow();
        if (request.state() != DeletionState.FAILED) {
            throw new DeletionConflictException("request-not-failed", "Deletion request " + requestId + " is "
                    + request.state() + "; only a FAILED one is run again", Map.of("state", request.state().name()));
        }
        retention.of(request.studentId()).ifPresent(s -> refuseHeld(s, "deletion"));
        requests.moveTo(requestId, DeletionState.EXECUTING, clock.instant(), null, null, null);
        record(request, actor.primaryRole(), DeletionState.EXECUTING.name(), Map.of("retry", "true"), Map.of());
        return requests.find(requestId).orElseThrow();
    }

    /**
     * The request, when it is EXECUTING and may go on; a hold placed since approval fails it instead,
     * naming the hold (the student's data is then untouched by this request).
     */
    public Optional<DeletionRequest> executing(String requestId) {
        if (!requests.lock(requestId)) {
            return Optional.empty();
        }
        DeletionRequest request = requests.find(requestId).orElseThrow();
        if (request.state() != DeletionState.EXECUTING) {
            return Optional.empty();
        }
        Optional<StudentRetention> standing = retention.of(request.studentId());
        if (standing.isPresent() && standing.get().held()) {
            fail(requestId, "legal hold " + holdIds(standing.get().activeHolds()) + " stands; nothing was erased");
            return Optional.empty();
        }
        return Optional.of(request);
    }

    /** The erasure stopped: FAILED, with what is left. */
    public void fail(String requestId, String error) {
        DeletionRequest request = executingOrThrow(requestId);
        String text = error == null || error.isBlank() ? "the erasure failed without a message" : error;
        text = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
        requests.moveTo(requestId, DeletionState.FAILED, clock.instant(), null, null, text);
        events.record(new ArchiveEvent(ArchiveEventType.DELETION_REQUEST, "deletion-request:" + requestId,
                request.studentId(), "SYSTEM", "FAILURE", clock.instant(), Map.of("state", DeletionState.FAILED.name())),
                Map.of("error", text));
    }

    /** The erasure finished and certificate {@code certificateId} is issued: COMPLETED. */
    public void complete(String requestId, String certificateId) {
        DeletionRequest request = executingOrThrow(requestId);
        requests.moveTo(requestId, DeletionState.COMPLETED, clock.instant(), null, certificateId, null);
        record(request, "SYSTEM", DeletionState.COMPLETED.name(), Map.of("certificateId", certificateId), Map.of());
    }

    private DeletionRequest executingOrThrow(String requestId) {
        requests.lock(requestId);
        DeletionRequest request = requests.find(requestId)
                .orElseThrow(() -> new NotFoundException("No deletion request " + requestId));
        if (request.state() != DeletionState.EXECUTING) {
            throw new IllegalStateException("deletion request " + requestId + " is " + request.state() + ", not EXECUTING");
        }
        return request;
    }

    /** The day in the school's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The last seal date whose data is due for disposition today. */
    public LocalDate dueIfSealedBy() {
        return today().minus(disposeAfter);
    }

    private void refuseHeld(StudentRetention standing, String what) {
        if (standing.held()) {
            List<String> ids = standing.activeHolds().stream().map(LegalHoldRef::id).toList();
            throw new DeletionConflictException("legal-hold", "Legal hold " + String.join(", ", ids)
                    + " stands on the student; " + what + " is refused while it does", Map.of("holds", ids));
        }
    }

    private static String holdIds(List<LegalHoldRef> holds) {
        return String.join(", ", holds.stream().map(LegalHoldRef::id).toList());
    }

    private void record(DeletionRequest request, String role, String outcome, Map<String, String> detail,
            Map<String, String> auditTrailOnly) {
        Map<String, String> d = new HashMap<>(detail);
        d.put("basis", request.basis().name());
        events.record(new ArchiveEvent(ArchiveEventType.DELETION_REQUEST, "deletion-request:" + request.id(),
                request.studentId(), role, outcome, clock.instant(), d), auditTrailOnly);
    }

    static String sha256(String text) {
        return Sha256.hexOf(text.getBytes(StandardCharsets.UTF_8));
    }
}
