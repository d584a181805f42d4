package tw.portfolio.archive.integrity.crypto;

import java.time.Instant;
import java.util.Objects;

/** What {@code GET /api/v1/keys} lists for each school key; no private material. */
public record KeyInfo(String keyId, String algorithm, String publicKeyPem, KeyStatus status, Instant createdAt) {
    /** Validates presence of every field. */
    public KeyInfo {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKeyPem, "publicKeyPem");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
