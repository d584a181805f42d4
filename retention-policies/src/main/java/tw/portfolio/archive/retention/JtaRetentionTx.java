package tw.portfolio.archive.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** A new JTA transaction per call: the caller's, if any, is suspended. */
@ApplicationScoped
public class JtaRetentionTx implements RetentionTx {
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }
}
