package tw.portfolio.archive.web.portfolio;

/**
 * A part the request needs is not set up on this server (no school signing key deployed, no mail
 * server configured): answered 503 with the problem type {@code slug}, so an operator knows what
 * to configure and a client knows that retrying later may help.
 */
public class ServiceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String slug;

    public ServiceUnavailableException(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
