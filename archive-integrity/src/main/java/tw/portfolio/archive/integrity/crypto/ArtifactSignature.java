package tw.portfolio.archive.integrity.crypto;

import java.util.Base64;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * The {@code signature} object of an artifact's JSON and of its evidence bundle:
 * {@code {keyId, algorithm, statement, value}}, where {@code statement} is base64 of the exact
 * signed bytes and {@code value} base64 of the raw Ed25519 signature.
 */
public record ArtifactSignature(String keyId, String algorithm, String statement, String value) {
    /** The JSON form of a signature over {@code statementBytes}. */
    public static ArtifactSignature of(byte[] statementBytes, SignatureValue signature) {
        return new ArtifactSignature(signature.keyId(), signature.algorithm(),
                Base64.getEncoder().encodeToString(statementBytes), signature.valueBase64());
    }

    /** The signed bytes; throws {@link InvalidInputException} when {@code statement} is not base64. */
    public byte[] statementBytes() {
        return decode("signature.statement", statement);
    }

    /** The signature as a value to verify. */
    public SignatureValue toSignatureValue() {
        if (keyId == null || algorithm == null) {
            throw InvalidInputException.field("signature", "needs keyId and algorithm");
        }
        return new SignatureValue(keyId, algorithm, decode("signature.value", value));
    }

    static byte[] decode(String field, String base64) {
        if (base64 == null) {
            throw InvalidInputException.field(field, "is required");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "is not base64");
        }
    }
}
