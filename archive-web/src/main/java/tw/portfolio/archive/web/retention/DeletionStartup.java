package tw.portfolio.archive.web.retention;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.retention.deletion.DeletionExecution;

/**
 * After the archive started (migrations, log recovery, the sequencer), resumes deletions that were
 * EXECUTING when the server stopped and anchors certificates whose leaf was not recorded yet.
 */
@Singleton
@Startup
@DependsOn("ArchiveStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeletionStartup {
    private static final Logger LOG = Logger.getLogger(DeletionStartup.class.getName());

    @Inject
    DeletionExecution execution;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resume() {
        try {
            int resumed = execution.resume();
            if (resumed > 0) {
                LOG.info(() -> "Resumed " + resumed + " deletion request(s) that were executing");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Deletions could not be resumed at start-up; they resume at the next start", e);
        }
    }
}
