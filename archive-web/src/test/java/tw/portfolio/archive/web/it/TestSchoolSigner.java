package tw.portfolio.archive.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import tw.portfolio.archive.receipt.ReceiptSigner;
import tw.portfolio.archive.receipt.SignatureValue;

/**
 * Test-only school key for {@link PortfolioIT}'s deployment: a real Ed25519 key made at start-up
 * (JDK provider), standing in for the integrity branch's school key. Never in src/main.
 */
@ApplicationScoped
public class TestSchoolSigner implements ReceiptSigner {
    private final KeyPair keys;

    public TestSchoolSigner() {
        try {
            keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public SignatureValue sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.getPrivate());
            s.update(message);
            return SignatureValue.of("test-school-key", "Ed25519", s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
