package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.portfolio.StudentDirectory;
import tw.portfolio.archive.portfolio.course.CourseDraft;
import tw.portfolio.archive.portfolio.course.CourseView;
import tw.portfolio.archive.portfolio.course.CsvImportReport;
import tw.portfolio.archive.portfolio.infrastructure.CourseListing;
import tw.portfolio.archive.portfolio.infrastructure.PortfolioServices;
import tw.portfolio.archive.student.NationalId;

/** The course list (§4(2)1) in one transaction per call. */
@ApplicationScoped
@Transactional
public class CourseApplication {
    @Inject
    PortfolioServices services;
    @Inject
    tw.portfolio.archive.access.SealedRecords sealed;
    @Inject
    CourseListing listing;
    @Inject
    StudentDirectory students;

    public CourseView create(Actor actor, CourseDraft draft) {
        return services.courses().create(actor, draft);
    }

    public CourseView get(String courseId) {
        return services.courses().find(courseId);
    }

    public CourseListing.Page list(Actor actor, Semester semester, PageRequest page) {
        return listing.list(actor, semester, page);
    }

    /** The student's courses of the semester; empty for staff once the student is sealed. */
    public List<CourseView> coursesOf(Actor actor, String studentId, Semester semester) {
        List<CourseView> taken = services.courses().coursesOf(actor, studentId, semester);
        return sealed.hiddenFrom(actor, studentId) ? List.of() : taken;
    }

    /**
     * Enrolls students named by id or by national ID (checksum-validated, looked up in the
     * enrollment records); every unknown one is reported and nothing is enrolled.
     */
    public int enroll(Actor actor, String courseId, List<String> studentIds, List<String> nationalIds) {
        List<String> ids = new ArrayList<>(studentIds == null ? List.of() : studentIds);
        List<FieldError> errors = new ArrayList<>();
        List<String> given = nationalIds == null ? List.of() : nationalIds;
        for (int i = 0; i < given.size(); i++) {
            String field = "nationalIds[" + i + "]";
            try {
                NationalId id = NationalId.of(given.get(i));
                students.findByNationalId(id).ifPresentOrElse(s -> ids.add(s.id()),
                        () -> errors.add(new FieldError(field, "no student with this national ID")));
            } catch (InvalidInputException e) {
                errors.add(new FieldError(field, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.fields("Some students could not be found; nobody was enrolled", errors);
        }
        if (ids.isEmpty()) {
            throw InvalidInputException.field("nationalIds", "name at least one student");
        }
        if (!sealed.sealedAmong(ids).isEmpty()) {
            sealed.requireWritable(sealed.sealedAmong(ids).iterator().next());
        }
        return services.courses().enroll(actor, courseId, ids);
    }

    public CsvImportReport importCsv(Actor actor, Reader csv) {
        return services.courses().importCsv(actor, csv);
    }
}
