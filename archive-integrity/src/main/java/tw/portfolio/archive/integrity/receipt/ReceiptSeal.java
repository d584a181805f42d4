package tw.portfolio.archive.integrity.receipt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import com.fasterxml.jackson.databind.JsonNode;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.integrity.crypto.JsonFields;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureValue;

/**
 * The school's seal on a receipt PDF: one PDF comment line after the document's {@code %%EOF},
 * {@code %PORTFOLIO-RECEIPT-SEAL {json}}, that PDF readers skip. The JSON (RFC 8785) names the signed
 * receipt statement by its SHA-256 and carries the school key's Ed25519 signature over the
 * {@linkplain #message RFC 8785 bytes} of
 * {@code {"documentSha256", "statementSha256", "type": "portfolio-receipt-document", "version": 1}},
 * where {@code documentSha256} is the SHA-256 of every byte before the seal line. A changed byte
 * anywhere in the PDF, or a PDF handed out with another receipt's statement, no longer verifies.
 *
 * <p>The PDF cannot carry its own digest inside the statement it prints (the statement is signed
 * before the PDF exists), so the seal is the second signed document that binds the two.
 */
public final class ReceiptSeal {
    /** The start of the seal line. */
    public static final String MARKER = "%PORTFOLIO-RECEIPT-SEAL ";
    /** Value of the signed message's {@code type}. */
    public static final String TYPE = "portfolio-receipt-document";
    /** Version of the signed message's shape. */
    public static final int VERSION = 1;
    private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);
    /** A seal line is a few hundred bytes; anything longer is not one. */
    private static final int MAX_SEAL_LINE = 1024;

    private final byte[] document;
    private final String statementSha256;
    private final SignatureValue signature;

    private ReceiptSeal(byte[] document, String statementSha256, SignatureValue signature) {
        this.document = document;
        this.statementSha256 = statementSha256;
        this.signature = signature;
    }

    /**
     * Seals {@code pdf} as the document of the receipt statement whose canonical bytes have SHA-256
     * {@code statementSha256}, signing through {@code signer}; returns the sealed PDF's bytes.
     */
    public static byte[] seal(byte[] pdf, String statementSha256, Function<byte[], SignatureValue> signer) {
        Objects.requireNonNull(pdf, "pdf");
        requireHex("statementSha256", statementSha256);
        byte[] document = pdf.length > 0 && pdf[pdf.length - 1] == '\n' ? pdf
                : concat(pdf, new byte[] {'\n'});
        SignatureValue signature = Objects.requireNonNull(
                signer.apply(message(Sha256.hexOf(document), statementSha256)), "signature");
        byte[] line = (MARKER + new String(CanonicalJson.object()
                .field("algorithm", signature.algorithm())
                .field("keyId", signature.keyId())
                .field("statementSha256", statementSha256)
                .field("value", signature.valueBase64())
                .toBytes(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        return concat(document, line);
    }

    /** The bytes the seal's signature covers. */
    public static byte[] message(String documentSha256, String statementSha256) {
        return CanonicalJson.object()
                .field("documentSha256", documentSha256)
                .field("statementSha256", statementSha256)
                .field("type", TYPE)
                .field("version", VERSION)
                .toBytes();
    }

    /**
     * The seal of a sealed PDF, or empty when its last line is not a seal line (a PDF printed before
     * receipts were sealed, or not a receipt at all).
     *
     * @throws InvalidInputException when the last line is a seal line that cannot be read
     */
    public static Optional<ReceiptSeal> of(byte[] sealedPdf) {
        int end = sealedPdf.length;
        if (end == 0 || sealedPdf[end - 1] != '\n') {
            return Optional.empty();
        }
        int start = end - 1;
        while (start > 0 && sealedPdf[start - 1] != '\n' && end - start <= MAX_SEAL_LINE) {
            start--;
        }
        if (end - start > MAX_SEAL_LINE || start == 0 || end - start < MARKER_BYTES.length
                || !Arrays.equals(sealedPdf, start, start + MARKER_BYTES.length, MARKER_BYTES, 0, MARKER_BYTES.length)) {
            return Optional.empty();
        }
        byte[] json = Arrays.copyOfRange(sealedPdf, start + MARKER_BYTES.length, end - 1);
        JsonNode node = CanonicalJson.parse("receipt seal", json);
        String statement = JsonFields.text(node, "statementSha256");
        requireHex("statementSha256", statement);
        String keyId = JsonFields.text(node, "keyId");
        String algorithm = JsonFields.text(node, "algorithm");
        String value = JsonFields.text(node, "value");
        SignatureValue signature;
        try {
            signature = SignatureValue.of(keyId, algorithm, Base64.getDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("value", "is not a signature (" + e.getMessage() + ")");
        }
        return Optional.of(new ReceiptSeal(Arrays.copyOfRange(sealedPdf, 0, start), statement, signature));
    }

    /** The PDF as it was before sealing: every byte before the seal line. */
    public byte[] document() {
        return document.clone();
    }

    /** SHA-256 (hex) of the receipt statement's canonical bytes the seal binds the PDF to. */
    public String statementSha256() {
        return statementSha256;
    }

    public SignatureValue signature() {
        return signature;
    }

    /** The bytes this seal's signature must cover. */
    public byte[] signedMessage() {
        return message(Sha256.hexOf(document), statementSha256);
    }

    private static void requireHex(String field, String value) {
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw InvalidInputException.field(field, "must be 64 lowercase hex digits");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
