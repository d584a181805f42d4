package tw.portfolio.archive.integrity.crypto;

import java.util.List;
import java.util.Objects;

/** One named step of a verification (for example "signature") and its result, as shown to an auditor. */
public record NamedCheck(String name, VerificationResult result) {
    /** Validates presence. */
    public NamedCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(result, "result");
    }

    /** True when every check in {@code checks} is valid. */
    public static boolean allValid(List<NamedCheck> checks) {
        return checks.stream().allMatch(c -> c.result().valid());
    }
}
