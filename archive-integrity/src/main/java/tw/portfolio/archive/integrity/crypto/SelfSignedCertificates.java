package tw.portfolio.archive.integrity.crypto;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.ContentSigner;

/**
 * The self-signed certificate PKCS#12 needs beside a private key. It carries no trust of its own;
 * its {@code notBefore} records when the key was created.
 */
final class SelfSignedCertificates {
    private static final long VALIDITY_YEARS = 100;

    private SelfSignedCertificates() {
    }

    static X509Certificate create(SigningKey key, long serial, Instant createdAt) {
        X500Name name = new X500Name("CN=Portfolio archive school signing key " + serial);
        Instant notBefore = createdAt.truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = notBefore.plus(VALIDITY_YEARS * 365, ChronoUnit.DAYS);
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.publicKey().subjectPublicKeyInfo());
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(name, BigInteger.valueOf(serial),
                Date.from(notBefore), Date.from(notAfter), name, spki);
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(new Ed25519ContentSigner(key)));
        } catch (CertificateException e) {
            throw new IllegalStateException("cannot build the key's self-signed certificate", e);
        }
    }

    /** Signs the certificate body with BouncyCastle's lightweight Ed25519 signer. */
    private static final class Ed25519ContentSigner implements ContentSigner {
        private final SigningKey key;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Ed25519ContentSigner(SigningKey key) {
            this.key = key;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new AlgorithmIdentifier(Ed25519PublicKey.ED25519_OID);
        }

        @Override
        public OutputStream getOutputStream() {
            return body;
        }

        @Override
        public byte[] getSignature() {
            return key.sign(body.toByteArray()).value();
        }
    }
}
