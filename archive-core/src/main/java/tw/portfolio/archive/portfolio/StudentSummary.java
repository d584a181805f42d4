package tw.portfolio.archive.portfolio;

import java.util.Objects;

/**
 * A student as the portfolio sees one.
 *
 * @param id opaque student id (also the pseudonym recorded in events)
 * @param nationalId national ID or resident certificate number
 * @param name full name (never logged)
 * @param studentNumber 學號
 * @param className class, for example 101
 */
public record StudentSummary(String id, String nationalId, String name, String studentNumber, String className) {
    public StudentSummary {
        Objects.requireNonNull(id, "id");
    }
}
