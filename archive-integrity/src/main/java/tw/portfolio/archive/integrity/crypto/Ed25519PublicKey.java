package tw.portfolio.archive.integrity.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * An Ed25519 public key. Its {@link #keyId()} is the lowercase hex SHA-256 of its DER
 * SubjectPublicKeyInfo, the id under which keys are listed and signatures name their key.
 */
public final class Ed25519PublicKey {
    /** id-Ed25519 (RFC 8410); spelled out so the offline verifier needs only bcprov. */
    static final ASN1ObjectIdentifier ED25519_OID = new ASN1ObjectIdentifier("1.3.101.112");
    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";

    private final byte[] raw;
    private final byte[] spki;
    private final String keyId;

    private Ed25519PublicKey(byte[] raw) {
        this.raw = raw.clone();
        try {
            this.spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(ED25519_OID), raw)
                    .getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding of a public key failed", e);
        }
        this.keyId = Sha256.hexOf(spki);
    }

    /** From the 32 raw key bytes. */
    public static Ed25519PublicKey ofRaw(byte[] raw) {
        if (raw == null || raw.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw InvalidInputException.field("publicKey", "an Ed25519 public key is 32 bytes");
        }
        return new Ed25519PublicKey(raw);
    }

    /** From a DER SubjectPublicKeyInfo; rejects any algorithm but Ed25519. */
    public static Ed25519PublicKey ofSubjectPublicKeyInfo(byte[] der) {
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw new InvalidInputException("publicKey: not a DER SubjectPublicKeyInfo", e);
        }
        if (info == null || !ED25519_OID.equals(info.getAlgorithm().getAlgorithm())) {
            throw InvalidInputException.field("publicKey", "is not an Ed25519 key (OID 1.3.101.112)");
        }
        return ofRaw(info.getPublicKeyData().getOctets());
    }

    /** From PEM text ({@code -----BEGIN PUBLIC KEY-----}, as written by {@link #toPem()} or OpenSSL). */
    public static Ed25519PublicKey ofPem(String pem) {
        if (pem == null) {
            throw InvalidInputException.field("publicKey", "is required");
        }
        int begin = pem.indexOf(PEM_BEGIN);
        int end = pem.indexOf(PEM_END);
        if (begin < 0 || end < begin) {
            throw InvalidInputException.field("publicKey", "is not a PEM block '" + PEM_BEGIN + "'");
        }
        String body = pem.substring(begin + PEM_BEGIN.length(), end).replaceAll("\\s", "");
        try {
            return ofSubjectPublicKeyInfo(Base64.getDecoder().decode(body));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("publicKey: PEM body is not base64", e);
        }
    }

    /** The 32 raw key bytes. */
    public byte[] raw() {
        return raw.clone();
    }

    /** The DER SubjectPublicKeyInfo. */
    public byte[] subjectPublicKeyInfo() {
        return spki.clone();
    }

    /** Lowercase hex SHA-256 of the DER SubjectPublicKeyInfo. */
    public String keyId() {
        return keyId;
    }

    /** PEM text that {@code openssl pkeyutl -pubin -inkey} reads. */
    public String toPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(spki);
        return PEM_BEGIN + "\n" + body + "\n" + PEM_END + "\n";
    }

    Ed25519PublicKeyParameters parameters() {
        return new Ed25519PublicKeyParameters(raw, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519PublicKey other && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "Ed25519PublicKey[" + keyId + "]";
    }
}
