package tw.portfolio.archive.receipt;

import tw.portfolio.archive.integrity.crypto.SignatureValue;

/**
 * Port through which receipts are signed with the school key. The integrator implements it with
 * the school's Ed25519 key; implementations must sign exactly the bytes given.
 */
@FunctionalInterface
public interface ReceiptSigner {

    /** Signs {@code message} and says with which key and algorithm. */
    SignatureValue sign(byte[] message);
}
