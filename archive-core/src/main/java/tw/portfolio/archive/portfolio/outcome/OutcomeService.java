package tw.portfolio.archive.portfolio.outcome;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.OwnedArtifacts;
import tw.portfolio.archive.portfolio.PortfolioEvents;
import tw.portfolio.archive.portfolio.PortfolioSettings;
import tw.portfolio.archive.portfolio.course.Course;
import tw.portfolio.archive.portfolio.course.CourseRepository;
import tw.portfolio.archive.portfolio.teacher.TeacherAvailabilityRepository;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;
import tw.portfolio.archive.portfolio.window.WindowPolicy;

/** Course-learning outcomes (§4(3)): upload, certification (§9(2)2), re-upload, the teacher's queue. */
public class OutcomeService {
    private final CourseOutcomeRepository outcomes;
    private final CourseRepository courses;
    private final TeacherAvailabilityRepository availability;
    private final OwnedArtifacts artifacts;
    private final WindowPolicy windows;
    private final PortfolioEvents events;
    private final PortfolioSettings settings;
    private final Clock clock;

    public OutcomeService(CourseOutcomeRepository outcomes, CourseRepository courses,
            TeacherAvailabilityRepository availability, OwnedArtifacts artifacts, WindowPolicy windows,
            PortfolioEvents events, PortfolioSettings settings, Clock clock) {
        this.outcomes = outcomes;
        this.courses = courses;
        this.availability = availability;
        this.artifacts = artifacts;
        this.windows = windows;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** A student uploads an outcome for a credit-bearing course they take, inside the semester's upload window. */
    public OutcomeView create(Actor actor, String studentId, String courseId, String description, List<String> artifactIds) {
        if (!actor.isEnrolledStudent(studentId)) {
            throw new ForbiddenException("Enrolled students upload their own outcomes; a leaver's login only reads");
        }
        OutcomeDescription text = OutcomeDescription.of(description, settings.outcomeDescriptionMaxChars());
        Course course = courses.find(courseId).orElseThrow(() -> new NotFoundException("No course " + courseId));
        if (!courses.isEnrolled(course.id(), studentId)) {
            throw RuleViolationException.of("course-not-taken", "The student does not take course " + course.code()
                    + " in " + course.semester());
        }
        if (!course.isCreditBearing()) {
            throw RuleViolationException.of("course-not-credit-bearing", "Course " + course.code()
                    + " carries no credit; outcomes are for credit-bearing courses");
        }
        windows.requireOpen(WindowPeriod.of(WindowKind.OUTCOME_UPLOAD, course.semester()));
        List<String> files = artifacts.require(studentId, artifactIds, true);
        CourseOutcome outcome = CourseOutcome.upload(studentId, course.id(), course.semester().academicYear().value(),
                text, files, clock.instant());
        outcomes.add(outcome);
        events.record(ArchiveEventType.INGESTION, outcome.id(), studentId, actor,
                Map.of("kind", "course-outcome", "courseId", course.id(), "artifactIds", String.join(",", files)));
        return outcome.view();
    }

    /** A new version of a rejected outcome, inside the upload window; it goes back to pending. */
    public OutcomeView reupload(Actor actor, String outcomeId, String description, List<String> artifactIds) {
        CourseOutcome outcome = outcomes.find(outcomeId).filter(o -> actor.isStudent(o.studentId()))
                .orElseThrow(() -> new NotFoundException("No course outcome " + outcomeId));
        if (!actor.isEnrolledStudent(outcome.studentId())) {
            throw new ForbiddenException("A leaver's login only reads: it uploads nothing");
        }
        OutcomeDescription text = OutcomeDescription.of(description, settings.outcomeDescriptionMaxChars());
        Course course = courses.find(outcome.courseId()).orElseThrow();
        outcome.state().moveTo(OutcomeState.PENDING_CERTIFICATION);
        windows.requireOpen(WindowPeriod.of(WindowKind.OUTCOME_UPLOAD, course.semester()));
        List<String> files = artifacts.require(outcome.studentId(), artifactIds, true);
        outcome.reupload(text, files, clock.instant());
        events.record(ArchiveEventType.INGESTION, outcome.id(), outcome.studentId(), actor,
                Map.of("kind", "course-outcome-revision", "artifactIds", String.join(",", files)));
        return outcome.view();
    }

    /** The course's teacher (or a same-subject substitute) certifies or rejects, inside the certification window. */
    public OutcomeView certify(Actor actor, String outcomeId, CertificationDecision decision, String reason) {
        CourseOutcome outcome = outcomes.find(outcomeId)
                .orElseThrow(() -> new NotFoundException("No course outcome " + outcomeId));
        if (!actor.has(Role.SUBJECT_TEACHER)) {
            throw new ForbiddenException("Only subject teachers certify outcomes");
        }
        if (decision == null) {
            throw InvalidInputException.field("decision", "must be CERTIFIED or REJECTED");
        }
        Course course = courses.find(outcome.courseId()).orElseThrow();
        CertifyingTeacher who = certifierFor(actor.username(), course);
        windows.requireOpen(WindowPeriod.of(WindowKind.CERTIFICATION, course.semester()));
        outcome.certify(decision, reason, who, clock.instant());
        Map<String, String> detail = new HashMap<>();
        detail.put("revision", Integer.toString(outcome.view().revision()));
        detail.put("substitute", Boolean.toString(who.isSubstitute()));
        events.record(ArchiveEventType.CERTIFICATION, outcome.id(), outcome.studentId(), actor, decision.name(), detail);
        return outcome.view();
    }

    /**
     * Reads an outcome: its student, who may certify it, the registrar and the academic affairs office;
     * anyone else (the teaching section too, which enters courses, not works) learns nothing.
     */
    public OutcomeView get(Actor actor, String outcomeId) {
        CourseOutcome outcome = outcomes.find(outcomeId).filter(o -> maySee(actor, o))
                .orElseThrow(() -> new NotFoundException("No course outcome " + outcomeId));
        return outcome.view();
    }

    /** A student's outcomes, newest first: the student, the registrar and the academic affairs office. */
    public List<OutcomeView> ofStudent(Actor actor, String studentId) {
        if (!actor.isStudent(studentId) && !actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the student, the registrar and the academic affairs office list a student's outcomes");
        }
        return outcomes.ofStudent(studentId).stream().map(CourseOutcome::view)
                .sorted(Comparator.comparing(OutcomeView::uploadedAt).reversed()).toList();
    }

    /** One page of a teacher's queue and how many outcomes wait in it. */
    public record QueuePage(List<QueueItem> items, long total) {
    }

    /**
     * One page of the pending outcomes of the teacher's courses and, as substitute, of same-subject
     * courses whose teachers are unavailable; oldest first. Only the page's outcomes are read.
     */
    public QueuePage queue(Actor actor, int page, int size) {
        if (!actor.has(Role.SUBJECT_TEACHER)) {
            throw new ForbiddenException("Only subject teachers have a certification queue");
        }
        String me = actor.username();
        Map<String, Course> byId = new LinkedHashMap<>();
        Map<String, List<String>> onBehalf = new HashMap<>();
        for (Course mine : courses.taughtBy(me)) {
            byId.put(mine.id(), mine);
            onBehalf.put(mine.id(), List.of());
        }
        for (Course mine : new ArrayList<>(byId.values())) {
            for (Course other : courses.withSubject(mine.semester().academicYear().value(), mine.subject())) {
                if (!byId.containsKey(other.id())) {
                    Set<String> away = availability.unavailableAmong(other.teachers());
                    if (away.containsAll(other.teachers())) {
                        byId.put(other.id(), other);
                        onBehalf.put(other.id(), other.teachers());
                    }
                }
            }
        }
        long offset = (long) page * size;
        List<CourseOutcome> pending = offset > Integer.MAX_VALUE - size ? List.of()
                : outcomes.pendingFor(byId.keySet(), (int) offset, size);
        List<QueueItem> items = pending.stream()
                .map(o -> {
                    Course c = byId.get(o.courseId());
                    return new QueueItem(o.view(), c.code(), c.view().name(), onBehalf.get(c.id()));
                })
                .toList();
        return new QueuePage(items, outcomes.countPending(byId.keySet()));
    }

    private CertifyingTeacher certifierFor(String username, Course course) {
        Set<String> away = availability.unavailableAmong(course.teachers());
        boolean sameSubject = courses.withSubject(course.semester().academicYear().value(), course.subject()).stream()
                .anyMatch(c -> c.isTaughtBy(username));
        return SubstituteCertification.decide(username, course.teachers(), away, sameSubject);
    }

    private boolean maySee(Actor actor, CourseOutcome o) {
        if (actor.isStudent(o.studentId()) || actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN)) {
            return true;
        }
        if (!actor.has(Role.SUBJECT_TEACHER)) {
            return false;
        }
        Course course = courses.find(o.courseId()).orElseThrow();
        try {
            certifierFor(actor.username(), course);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }
}
