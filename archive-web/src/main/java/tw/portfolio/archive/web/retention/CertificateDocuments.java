package tw.portfolio.archive.web.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tw.portfolio.archive.integrity.destruction.DestructionCertificate;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.retention.deletion.StoredCertificate;
import tw.portfolio.archive.web.integrity.MerkleEventLog;

/**
 * Writes an anchored certificate's document: the kept statement and signature, and from the event log
 * its leaf's exact bytes and the inclusion proof under the recorded checkpoint.
 */
@ApplicationScoped
public class CertificateDocuments {
    @Inject
    MerkleEventLog log;

    public byte[] document(StoredCertificate c) {
        long leaf = c.leafIndex().orElseThrow();
        long treeSize = Checkpoints.parse(c.checkpoint()).treeSize();
        return log.read(l -> DestructionCertificate.write(c.statement(), c.signature(), leaf,
                l.leafData(leaf, leaf + 1).get(0), l.inclusionProof(leaf, treeSize).hashBytes(), c.checkpoint()));
    }
}
