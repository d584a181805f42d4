package tw.portfolio.archive.integrity.crypto;

import java.util.Objects;

/**
 * The answer of every verification in the archive: valid, or not valid with the exact reason
 * (which key, which hash, which size), so an auditor sees what is wrong and not only that
 * something is.
 */
public record VerificationResult(boolean valid, String reason) {
    private static final VerificationResult OK = new VerificationResult(true, "verified");

    /** Validates that a failure always carries a reason. */
    public VerificationResult {
        Objects.requireNonNull(reason, "reason");
        if (!valid && reason.isBlank()) {
            throw new IllegalArgumentException("a failed verification needs a reason");
        }
    }

    /** Success. */
    public static VerificationResult ok() {
        return OK;
    }

    /** Failure with its reason. */
    public static VerificationResult failed(String reason) {
        return new VerificationResult(false, reason);
    }
}
