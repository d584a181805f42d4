package tw.portfolio.archive.index.outbox;

/** The outbox table could not be read or written; the work stays pending and is retried. */
public final class OutboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
