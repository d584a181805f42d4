package tw.portfolio.archive.web.portfolio;

import tw.portfolio.archive.portfolio.StudentSummary;
import tw.portfolio.archive.portfolio.course.CourseView;
import tw.portfolio.archive.portfolio.outcome.OutcomeView;

/**
 * An outcome with what a page shows next to it: its course and, for a teacher's queue, the
 * student's name and the teachers a substitute would certify for.
 *
 * @param outcome the outcome
 * @param course its course
 * @param student the student (name, class, number) for a teacher's queue, or null elsewhere
 * @param onBehalfOf the course's unavailable teachers when the caller would certify as substitute
 */
public record OutcomeDetails(OutcomeView outcome, CourseView course, StudentSummary student,
        java.util.List<String> onBehalfOf) {
}
