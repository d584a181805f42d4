package tw.portfolio.archive.retention;

import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own, committed on return: one sweep batch, one sweep-state
 * change. In the container {@link JtaRetentionTx}; in tests a resource-local transaction.
 */
public interface RetentionTx {
    <T> T inNewTransaction(Supplier<T> work);
}
