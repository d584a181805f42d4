package tw.portfolio.archive.error;

import java.util.List;

/** The upload is larger than the limit for its type (413). */
public class PayloadTooLargeException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(String message) {
        super("payload-too-large", message, List.of(), null);
    }
}
