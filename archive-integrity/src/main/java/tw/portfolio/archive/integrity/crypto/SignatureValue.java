package tw.portfolio.archive.integrity.crypto;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A signature and the key that made it. {@code value} is the raw 64-byte Ed25519 signature
 * (what {@code openssl pkeyutl -verify -rawin} reads from {@code -sigfile}).
 */
public record SignatureValue(String keyId, String algorithm, byte[] value) {
    /** The algorithm name every signature in the archive carries. */
    public static final String ED25519 = "Ed25519";

    /** Validates presence and copies the value. */
    public SignatureValue {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        value = Objects.requireNonNull(value, "value").clone();
    }

    /**
     * A signature made here or read from a document that must carry one: refuses a blank key id or
     * algorithm and an empty value with {@link IllegalArgumentException}; the bytes are copied.
     */
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
        return new SignatureValue(keyId, algorithm, value);
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The value as standard padded base64, as it appears in JSON. */
    public String valueBase64() {
        return Base64.getEncoder().encodeToString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignatureValue s && keyId.equals(s.keyId) && algorithm.equals(s.algorithm)
                && Arrays.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, algorithm, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "SignatureValue[" + algorithm + " by " + keyId + "]";
    }
}
