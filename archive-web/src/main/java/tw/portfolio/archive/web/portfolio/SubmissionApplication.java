package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.access.SealedRecords;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.config.ArchiveSettings;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.portfolio.course.CourseView;
import tw.portfolio.archive.portfolio.diverse.DiverseDraft;
import tw.portfolio.archive.portfolio.diverse.DiverseView;
import tw.portfolio.archive.portfolio.infrastructure.PortfolioServices;
import tw.portfolio.archive.portfolio.outcome.OutcomeView;
import tw.portfolio.archive.portfolio.submission.StudentSubmission;
import tw.portfolio.archive.receipt.ItemKind;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.SubmittedFile;
import tw.portfolio.archive.receipt.SubmittedItem;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.student.SchoolCode;
import tw.portfolio.archive.student.Student;

/** Submission and the receipt's answer, in one transaction per call; maps submissions to receipt requests. */
@ApplicationScoped
@Transactional
public class SubmissionApplication {
    @Inject
    PortfolioServices services;
    @Inject
    SealedRecords sealed;
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArtifactStore store;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = ArchiveSettings.SCHOOL_NAME, defaultValue = ArchiveSettings.SCHOOL_NAME_DEFAULT)
    String schoolName;
    @Inject
    @ConfigProperty(name = "archive.school.code", defaultValue = "000000")
    String defaultSchoolCode;

    public List<StudentSubmission> close(Actor actor, int academicYear) {
        return services.submissions().closeSubmission(actor, academicYear);
    }

    public List<StudentSubmission> submitted(Actor actor, int academicYear) {
        return services.submissions().submitted(actor, academicYear);
    }

    public Optional<StudentSubmission> submissionOf(Actor actor, String studentId, int academicYear) {
        return submitted(actor, academicYear).stream().filter(s -> s.studentId().equals(studentId)).findFirst();
    }

    public StudentSubmission recordIssued(Actor actor, String studentId, int academicYear) {
        return services.submissions().recordReceiptIssued(actor, studentId, academicYear);
    }

    public StudentSubmission confirm(Actor actor, String studentId, int academicYear) {
        sealed.requireWritable(studentId);
        return services.receipts().confirm(actor, studentId, academicYear);
    }

    public StudentSubmission dispute(Actor actor, String studentId, int academicYear, String itemId, String reason) {
        sealed.requireWritable(studentId);
        return services.receipts().dispute(actor, studentId, academicYear, itemId, reason);
    }

    public StudentSubmission correctOutcome(Actor actor, String outcomeId, String description, List<String> artifactIds) {
        tw.portfolio.archive.portfolio.outcome.CourseOutcome o = outcomeId == null ? null
                : em.find(tw.portfolio.archive.portfolio.outcome.CourseOutcome.class, outcomeId);
        if (o != null) {
            sealed.requireWritable(o.studentId());
        }
        return services.receipts().correctOutcome(actor, outcomeId, description, artifactIds);
    }

    public StudentSubmission correctDiverse(Actor actor, String itemId, DiverseDraft corrected) {
        tw.portfolio.archive.portfolio.diverse.DiversePerformance d = itemId == null ? null
                : em.find(tw.portfolio.archive.portfolio.diverse.DiversePerformance.class, itemId);
        if (d != null) {
            sealed.requireWritable(d.view().studentId());
        }
        return services.receipts().correctDiverse(actor, itemId, corrected);
    }

    public List<String> unconfirmed(Actor actor, int academicYear) {
        return services.receipts().unconfirmed(actor, academicYear);
    }

    /** Each listed item's current state, read with the caller's rights (the student or staff). */
    public java.util.Map<String, String> itemStates(Actor actor, ReceiptRequest request) {
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        for (SubmittedItem item : request.items()) {
            states.put(item.itemId(), item.kind() == ItemKind.COURSE_OUTCOME
                    ? services.outcomes().get(actor, item.itemId()).state().name()
                    : services.diverse().get(actor, item.itemId()).state().name());
        }
        return states;
    }

    /** The student's name, for the PDF and the registrar's list only. */
    public String studentName(String studentId) {
        Student s = em.find(Student.class, studentId);
        return s == null ? studentId : s.name();
    }

    public Optional<String> studentEmail(String studentId) {
        return Optional.ofNullable(em.find(Student.class, studentId)).map(Student::email);
    }

    /** The receipt request for everything the student submitted in the year, issued now. */
    public ReceiptRequest requestFor(StudentSubmission submission) {
        Student student = em.find(Student.class, submission.studentId());
        if (student == null) {
            throw new NotFoundException("No student " + submission.studentId());
        }
        List<SubmittedItem> items = new ArrayList<>();
        for (OutcomeView o : submission.courseOutcomes()) {
            CourseView c = services.courses().find(o.courseId());
            items.add(SubmittedItem.of(o.id(), ItemKind.COURSE_OUTCOME, c.code() + " " + c.name(), o.description(),
                    c.name(), files(o.artifactIds())));
        }
        for (DiverseView d : submission.diversePerformances()) {
            items.add(SubmittedItem.of(d.id(), ItemKind.DIVERSE_PERFORMANCE, d.name(), d.content(),
                    d.category().label(), files(d.artifactIds())));
        }
        String code = student.schoolCode() == null ? defaultSchoolCode : student.schoolCode();
        return ReceiptRequest.of(schoolName, SchoolCode.of(code), student.id(), student.name(),
                AcademicYear.of(submission.academicYear()), items, clock.instant());
    }

    private List<SubmittedFile> files(List<String> artifactIds) {
        List<SubmittedFile> files = new ArrayList<>();
        for (String id : artifactIds) {
            Artifact a = em.find(Artifact.class, id);
            if (a == null) {
                throw new NotFoundException("No artifact " + id);
            }
            String objectId = a.objectId();
            String logical = a.logicalName();
            files.add(SubmittedFile.of(a.filename(), a.mediaType(), a.size(), a.sha256(),
                    () -> store.open(objectId, logical)));
        }
        return files;
    }
}
