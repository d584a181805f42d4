package tw.portfolio.archive.integrity.crypto;

import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 private key with its public half. Immutable and thread-safe: each signature uses its
 * own signer. Obtain the school's through {@link SchoolKeyRing#activeKey()}.
 */
public final class SigningKey {
    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKey publicKey;

    private SigningKey(Ed25519PrivateKeyParameters privateKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.publicKey = Ed25519PublicKey.ofRaw(privateKey.generatePublicKey().getEncoded());
    }

    /** A new random key. */
    public static SigningKey generate(SecureRandom random) {
        return new SigningKey(new Ed25519PrivateKeyParameters(random));
    }

    /** The key whose 32-byte RFC 8032 private seed is {@code seed} (for importing an existing key). */
    public static SigningKey ofSeed(byte[] seed) {
        if (seed == null || seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 private key seed is 32 bytes");
        }
        return new SigningKey(new Ed25519PrivateKeyParameters(seed, 0));
    }

    static SigningKey of(Ed25519PrivateKeyParameters privateKey) {
        return new SigningKey(privateKey);
    }

    Ed25519PrivateKeyParameters privateParameters() {
        return privateKey;
    }

    /** The public half. */
    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    /** The key id (hex SHA-256 of the SubjectPublicKeyInfo). */
    public String keyId() {
        return publicKey.keyId();
    }

    /** Signs exactly {@code message}. */
    public SignatureValue sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return new SignatureValue(keyId(), SignatureValue.ED25519, signer.generateSignature());
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId() + "]";
    }
}
