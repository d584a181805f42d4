package tw.portfolio.archive.retention.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Runs the {@link ResurrectionGuard} in the server: at start-up, and after a restore or a re-import. */
@ApplicationScoped
public class ResurrectionCheck {
    @Inject
    ArchiveStudentErasure erasure;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ResurrectionGuard.Report run() {
        return erasure.guardRun();
    }
}
