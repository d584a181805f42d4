package tw.portfolio.archive.integrity.eventlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureVerifier;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.integrity.crypto.VerificationResult;

/**
 * Signed checkpoints in the C2SP signed-note format (as golang.org/x/mod/sumdb/note writes them):
 * the checkpoint body, a blank line, then one line per signature,
 * {@code — <key name> <base64(4-byte key hash ‖ 64-byte Ed25519 signature)>}. The key hash is the
 * first four bytes of {@code SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)}.
 */
public final class Checkpoints {
    private static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final byte ALG_ED25519 = 0x01;

    private Checkpoints() {
    }

    /** One parsed signature line. */
    private record NoteSignature(String name, byte[] keyHash, byte[] signature) {
    }

    /** The checkpoint as a note signed by {@code key} under {@code keyName}. */
    public static String sign(Checkpoint checkpoint, String keyName, SigningKey key) {
        return signNote(checkpoint.body(), keyName, key);
    }

    /** Any note text (ending in a newline, without a blank line) signed by {@code key} under {@code keyName}. */
    public static String signNote(String body, String keyName, SigningKey key) {
        requireKeyName(keyName);
        if (!body.endsWith("\n") || body.contains("\n\n")) {
            throw InvalidInputException.field("note", "text must end in a newline and hold no blank line");
        }
        byte[] signature = key.sign(body.getBytes(StandardCharsets.UTF_8)).value();
        byte[] payload = ByteBuffer.allocate(4 + signature.length)
                .put(keyHash(keyName, key.publicKey())).put(signature).array();
        return body + "\n" + SIGNATURE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(payload) + "\n";
    }

    /**
     * A new signed checkpoint of the log's current head when the log grew since {@code latest} (or
     * nothing was issued yet); empty when there is nothing new to sign.
     */
    public static java.util.Optional<String> issueIfGrown(MerkleLog log, java.util.Optional<Checkpoint> latest,
            String origin, String keyName, SigningKey key) {
        TreeHead head = log.head();
        if (latest.isPresent() && latest.get().treeSize() >= head.treeSize()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sign(Checkpoint.of(origin, head), keyName, key));
    }

    /** Reads the checkpoint out of a signed note, without checking signatures. */
    public static Checkpoint parse(String note) {
        return Checkpoint.parseBody(split(note)[0]);
    }

    /**
     * Checks that the note carries a valid signature by {@code key} (under whatever name its line
     * gives) and a well-formed checkpoint body. Malformed notes are failures too, with the reason.
     */
    public static VerificationResult verify(String note, Ed25519PublicKey key) {
        try {
            Checkpoint.parseBody(split(note)[0]);
        } catch (InvalidInputException e) {
            return VerificationResult.failed(e.getMessage());
        }
        return verifyNote(note, key);
    }

    /** Checks that any signed note carries a valid signature by {@code key}. */
    public static VerificationResult verifyNote(String note, Ed25519PublicKey key) {
        String body;
        List<NoteSignature> signatures;
        try {
            String[] parts = split(note);
            body = parts[0];
            signatures = signatures(parts[1]);
        } catch (InvalidInputException e) {
            return VerificationResult.failed(e.getMessage());
        }
        List<String> names = new ArrayList<>();
        for (NoteSignature s : signatures) {
            names.add(s.name());
            if (Arrays.equals(s.keyHash(), keyHash(s.name(), key))) {
                VerificationResult r = SignatureVerifier.verifyRaw(key, body.getBytes(StandardCharsets.UTF_8), s.signature());
                return r.valid() ? r : VerificationResult.failed("checkpoint signature by '" + s.name()
                        + "' does not verify under key " + key.keyId() + ": the note text was changed or forged");
            }
        }
        return VerificationResult.failed("checkpoint has no signature by key " + key.keyId() + " (signed by "
                + String.join(", ", names) + ")");
    }

    /** The note verifier key, {@code name+hexhash+base64(0x01 ‖ key)}, for Go's note.NewVerifier. */
    public static String verifierKey(String keyName, Ed25519PublicKey key) {
        requireKeyName(keyName);
        byte[] typed = ByteBuffer.allocate(33).put(ALG_ED25519).put(key.raw()).array();
        return keyName + "+" + tw.portfolio.archive.integrity.crypto.Hex.encode(keyHash(keyName, key)) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    /** First four bytes of {@code SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key)}. */
    public static byte[] keyHash(String keyName, Ed25519PublicKey key) {
        MessageDigest d = Sha256.newDigest();
        d.update(keyName.getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
        d.update(ALG_ED25519);
        d.update(key.raw());
        return Arrays.copyOf(d.digest(), 4);
    }

    private static String[] split(String note) {
        if (note == null || note.isEmpty() || !note.endsWith("\n")) {
            throw new InvalidInputException("signed note must end with a newline");
        }
        if (note.indexOf('\r') >= 0) {
            throw new InvalidInputException("signed note must not contain carriage returns");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new InvalidInputException("signed note has no blank line before its signatures");
        }
        return new String[] {note.substring(0, split + 1), note.substring(split + 2)};
    }

    private static List<NoteSignature> signatures(String block) {
        List<NoteSignature> out = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                throw new InvalidInputException("signed note line '" + line + "' does not start with '\u2014 '");
            }
            String[] parts = line.substring(SIGNATURE_PREFIX.length()).split(" ", -1);
            if (parts.length != 2 || parts[0].isEmpty()) {
                throw new InvalidInputException("signature line must be '\u2014 <name> <base64>'");
            }
            byte[] payload;
            try {
                payload = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("signature by '" + parts[0] + "' is not base64", e);
            }
            if (payload.length < 5) {
                throw new InvalidInputException("signature by '" + parts[0] + "' is too short");
            }
            out.add(new NoteSignature(parts[0], Arrays.copyOf(payload, 4), Arrays.copyOfRange(payload, 4, payload.length)));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("signed note has no signature lines");
        }
        return out;
    }

    private static void requireKeyName(String keyName) {
        if (keyName == null || keyName.isEmpty() || keyName.chars().anyMatch(c -> Character.isWhitespace(c) || c == '+')) {
            throw InvalidInputException.field("keyName", "must be non-empty without spaces or '+'");
        }
    }
}
