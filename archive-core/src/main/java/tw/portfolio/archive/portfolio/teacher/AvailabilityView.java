package tw.portfolio.archive.portfolio.teacher;

import java.time.Instant;

/**
 * A teacher's availability as the API shows it.
 *
 * @param username teacher's username
 * @param available whether they can certify
 * @param reason why not (null when available or not given)
 * @param since when this was set (null for a teacher never marked)
 */
public record AvailabilityView(String username, boolean available, String reason, Instant since) {
}
