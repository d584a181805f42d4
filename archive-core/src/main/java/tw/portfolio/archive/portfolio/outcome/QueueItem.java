package tw.portfolio.archive.portfolio.outcome;

import java.util.List;

/**
 * One outcome waiting in a teacher's certification queue.
 *
 * @param outcome the outcome (pending)
 * @param courseCode the course's code
 * @param courseName the course's name
 * @param onBehalfOf the course's unavailable teachers when the queue's owner would certify as substitute, else empty
 */
public record QueueItem(OutcomeView outcome, String courseCode, String courseName, List<String> onBehalfOf) {
}
