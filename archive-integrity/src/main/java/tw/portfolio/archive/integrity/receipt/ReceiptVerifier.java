package tw.portfolio.archive.integrity.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.crypto.SignatureVerifier;
import tw.portfolio.archive.integrity.crypto.VerificationResult;

/**
 * Checks a receipt a leaver holds, offline: the signed receipt statement (the JSON the school sent,
 * {@code {"signature": {...}, "statement": {...}}} in RFC 8785 form) against the school's keys, and the
 * PDF's {@linkplain ReceiptSeal seal} against the same keys and that statement.
 */
public final class ReceiptVerifier {
    private ReceiptVerifier() {
    }

    /**
     * The checks, in order: statement signature, PDF seal signature, PDF belongs to this statement.
     *
     * @throws InvalidInputException when the statement file is not a signed receipt statement at all
     */
    public static List<NamedCheck> verify(byte[] pdf, byte[] signedStatementJson, List<Ed25519PublicKey> keys) {
        JsonNode wrapper = CanonicalJson.parse("receipt statement file", signedStatementJson);
        JsonNode statement = wrapper.get("statement");
        if (statement == null || !statement.isObject()) {
            throw InvalidInputException.field("statement", "is required (the signed receipt statement)");
        }
        byte[] statementBytes = CanonicalJson.bytes(statement);
        String statementSha256 = Sha256.hexOf(statementBytes);
        List<NamedCheck> checks = new ArrayList<>();
        checks.add(new NamedCheck("statement signature",
                signed(statementBytes, signature(wrapper.get("signature")), keys)));
        Optional<ReceiptSeal> seal;
        try {
            seal = ReceiptSeal.of(pdf);
        } catch (InvalidInputException e) {
            checks.add(new NamedCheck("pdf seal", VerificationResult.failed("the seal line is damaged: " + e.getMessage())));
            return checks;
        }
        if (seal.isEmpty()) {
            checks.add(new NamedCheck("pdf seal", VerificationResult.failed(
                    "the PDF carries no school seal (its last line is not " + ReceiptSeal.MARKER.trim() + ")")));
            return checks;
        }
        checks.add(new NamedCheck("pdf seal", signed(seal.get().signedMessage(), seal.get().signature(), keys)));
        checks.add(new NamedCheck("pdf belongs to statement", statementSha256.equals(seal.get().statementSha256())
                ? VerificationResult.ok()
                : VerificationResult.failed("the PDF was sealed for statement " + seal.get().statementSha256()
                        + ", the statement given is " + statementSha256)));
        return checks;
    }

    private static VerificationResult signed(byte[] message, SignatureValue signature, List<Ed25519PublicKey> keys) {
        for (Ed25519PublicKey key : keys) {
            if (key.keyId().equals(signature.keyId())) {
                return SignatureVerifier.verify(key, message, signature);
            }
        }
        return VerificationResult.failed("signed with key " + signature.keyId() + ", which is not among the keys given");
    }

    private static SignatureValue signature(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw InvalidInputException.field("signature", "is required ({keyId, algorithm, value})");
        }
        String keyId = text(node, "keyId");
        String algorithm = text(node, "algorithm");
        try {
            return SignatureValue.of(keyId, algorithm, Base64.getDecoder().decode(text(node, "value")));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("signature", "is not a signature (" + e.getMessage() + ")");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw InvalidInputException.field("signature." + field, "is required (a string)");
        }
        return v.asText();
    }
}
