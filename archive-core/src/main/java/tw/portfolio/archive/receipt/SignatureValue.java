package tw.portfolio.archive.receipt;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A detached signature: the id of the key that made it, the algorithm (for the school key,
 * {@code Ed25519}) and the raw signature bytes.
 */
public final class SignatureValue {
    private final String keyId;
    private final String algorithm;
    private final byte[] value;

    private SignatureValue(String keyId, String algorithm, byte[] value) {
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.value = value;
    }

    /** Validating factory; the bytes are copied. */
    public static SignatureValue of(String keyId, String algorithm, byte[] value) {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("a signature names its key id");
        }
        if (algorithm == null || algorithm.isBlank()) {
            throw new IllegalArgumentException("a signature names its algorithm");
        }
        if (Objects.requireNonNull(value, "value").length == 0) {
            throw new IllegalArgumentException("a signature has at least one byte");
        }
        return new SignatureValue(keyId, algorithm, value.clone());
    }

    public String keyId() {
        return keyId;
    }

    public String algorithm() {
        return algorithm;
    }

    /** The raw signature bytes (a copy). */
    public byte[] value() {
        return value.clone();
    }

    /** The signature as standard padded base64. */
    public String valueBase64() {
        return Base64.getEncoder().encodeToString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignatureValue other && keyId.equals(other.keyId)
                && algorithm.equals(other.algorithm) && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, algorithm, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "SignatureValue[keyId=" + keyId + ", algorithm=" + algorithm + "]";
    }
}
