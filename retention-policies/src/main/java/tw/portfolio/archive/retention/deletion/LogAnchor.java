package tw.portfolio.archive.retention.deletion;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Port to the event log for anchoring a certificate: the leaf index its event's log entry became, and
 * a signed checkpoint that covers that leaf. The web layer implements it with the Merkle event log
 * and the checkpoint service; both calls run outside any container transaction.
 */
public interface LogAnchor {
    /** The leaf index of log entry {@code logEntryId}, once sequenced. */
    OptionalLong leafIndexOf(long logEntryId);

    /** A signed checkpoint note of a tree that contains leaf {@code leafIndex} (issuing one if the tree grew). */
    Optional<String> checkpointCovering(long leafIndex);
}
