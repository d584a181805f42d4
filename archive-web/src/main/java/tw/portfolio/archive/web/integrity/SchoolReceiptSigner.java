package tw.portfolio.archive.web.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.receipt.ReceiptSigner;

/** Receipt statements are signed with the school's active Ed25519 key, like artifact statements. */
@ApplicationScoped
public class SchoolReceiptSigner implements ReceiptSigner {
    @Inject
    SchoolKeyRing keys;

    @Override
    public SignatureValue sign(byte[] message) {
        return keys.sign(message);
    }
}
