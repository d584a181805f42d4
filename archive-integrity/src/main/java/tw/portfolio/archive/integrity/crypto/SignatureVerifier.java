package tw.portfolio.archive.integrity.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The one entry point for checking a signature. It answers with the reason a signature fails:
 * another key made it, the algorithm is not Ed25519, the value has the wrong length, or the bytes
 * were changed.
 */
public final class SignatureVerifier {
    private static final int SIGNATURE_LENGTH = 64;

    private SignatureVerifier() {
    }

    /** Checks that {@code signature} is {@code key}'s Ed25519 signature over exactly {@code message}. */
    public static VerificationResult verify(Ed25519PublicKey key, byte[] message, SignatureValue signature) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
        if (!SignatureValue.ED25519.equals(signature.algorithm())) {
            return VerificationResult.failed("algorithm '" + signature.algorithm() + "' is not supported (only Ed25519)");
        }
        if (!key.keyId().equals(signature.keyId())) {
            return VerificationResult.failed("signature names key " + signature.keyId()
                    + " but the key given is " + key.keyId());
        }
        return verifyRaw(key, message, signature.value());
    }

    /** Checks a raw 64-byte Ed25519 signature, without a key id (used by signed notes). */
    public static VerificationResult verifyRaw(Ed25519PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_LENGTH) {
            return VerificationResult.failed("signature is " + signature.length + " bytes, Ed25519 needs 64");
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key.parameters());
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature)
                ? VerificationResult.ok()
                : VerificationResult.failed("signature does not match the signed bytes under key " + key.keyId());
    }
}
