package tw.portfolio.archive.receipt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.integrity.crypto.SignatureValue;

/**
 * A receipt statement with the school's signature over its canonical bytes. {@link #json()} is
 * the wrapper sent to the student and stored:
 * {@code {"signature":{"algorithm","keyId","value"},"statement":{…}}}, with the statement embedded
 * in its canonical form so a verifier can re-canonicalise it and check the signature.
 */
public record SignedReceipt(ReceiptStatement statement, SignatureValue signature) {

    public SignedReceipt {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(signature, "signature");
    }

    /** Signs the statement through the given port. */
    public static SignedReceipt sign(ReceiptStatement statement, ReceiptSigner signer) {
        SignatureValue signature = Objects.requireNonNull(signer, "signer").sign(statement.canonicalBytes());
        if (signature == null) {
            throw new IllegalStateException("the receipt signer returned no signature");
        }
        return new SignedReceipt(statement, signature);
    }

    /** The signed wrapper in its RFC 8785 form; the statement inside it is byte for byte the signed one. */
    public byte[] json() {
        Map<String, Object> sig = new LinkedHashMap<>();
        sig.put("keyId", signature.keyId());
        sig.put("algorithm", signature.algorithm());
        sig.put("value", signature.valueBase64());
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put("statement", CanonicalJson.parse("receipt statement", statement.canonicalBytes()));
        wrapper.put("signature", sig);
        return CanonicalJson.bytes(wrapper);
    }
}
