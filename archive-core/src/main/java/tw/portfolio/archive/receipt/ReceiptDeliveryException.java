package tw.portfolio.archive.receipt;

/**
 * A receipt e-mail could not be handed to the mail server. Checked on purpose: the caller must
 * record that the student was not reached (and may fall back to the paper letter).
 */
public class ReceiptDeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReceiptDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
