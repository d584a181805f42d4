package tw.portfolio.archive.web.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.retention.deletion.LogAnchor;
import tw.portfolio.archive.web.integrity.CheckpointService;
import tw.portfolio.archive.web.integrity.MerkleEventLog;

/**
 * Anchors destruction certificates in the Merkle event log: the leaf index the certificate's event
 * became, and the checkpoint issued once the tree includes it (the checkpoint service issues one when
 * the tree grew, so it is the first signed checkpoint at or after the leaf, not one made for it).
 */
@ApplicationScoped
public class MerkleLogAnchor implements LogAnchor {
    @Inject
    MerkleEventLog log;
    @Inject
    CheckpointService checkpoints;

    @Override
    public OptionalLong leafIndexOf(long logEntryId) {
        return log.leafIndexOf(logEntryId);
    }

    @Override
    public Optional<String> checkpointCovering(long leafIndex) {
        return checkpoints.issueIfGrown().filter(note -> Checkpoints.parse(note).treeSize() > leafIndex);
    }
}
