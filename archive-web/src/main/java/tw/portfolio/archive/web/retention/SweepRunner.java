package tw.portfolio.archive.web.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.retention.SealingSweeps;

/** Runs sweeps on the container's executor, away from the request that queued them. */
@ApplicationScoped
public class SweepRunner {
    private static final Logger LOG = Logger.getLogger(SweepRunner.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    SealingSweeps sweeps;

    /** Runs (or resumes) sweep {@code id} in the background; a failure is on the sweep (FAILED, error) and logged. */
    public void submit(String id) {
        executor.submit(() -> {
            try {
                sweeps.run(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sealing sweep " + id + " failed", e);
            }
        });
    }
}
