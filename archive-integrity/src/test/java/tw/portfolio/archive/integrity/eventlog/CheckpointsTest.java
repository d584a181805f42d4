package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.integrity.crypto.VerificationResult;

class CheckpointsTest {
    /** golang.org/x/mod/sumdb/note's documented example (note.go, ExampleSign / ExampleOpen). */
    private static final String GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    private final SigningKey key = SigningKey.generate(new SecureRandom());
    private final Checkpoint checkpoint = new Checkpoint("school.example/archive/log", 8,
            TreeHasher.leafHash(new byte[] {1}));

    private static SigningKey goSigner() {
        byte[] typed = Base64.getDecoder().decode(GO_SKEY.split("\\+", 5)[4]);
        return SigningKey.ofSeed(Arrays.copyOfRange(typed, 1, typed.length));
    }

    @Test
    void signingTheGoExampleReproducesGoSignedNoteByteForByte() {
        assertEquals(GO_NOTE, Checkpoints.signNote(GO_TEXT, "PeterNeumann", goSigner()));
    }

    @Test
    void keyHashAndVerifierKeyMatchGoNoteFormat() {
        Ed25519PublicKey pub = goSigner().publicKey();
        assertEquals(GO_VKEY, Checkpoints.verifierKey("PeterNeumann", pub));
        assertEquals(VerificationResult.ok(), Checkpoints.verifyNote(GO_NOTE, pub));
    }

    @Test
    void aSignedCheckpointHasTheC2spLayoutAndVerifies() {
        String note = Checkpoints.sign(checkpoint, "school.example", key);
        String[] lines = note.split("\n", -1);
        assertEquals("school.example/archive/log", lines[0]);
        assertEquals("8", lines[1]);
        assertEquals(ProofHashes.encode(checkpoint.rootHash()), lines[2]);
        assertEquals("", lines[3]);
        assertTrue(lines[4].startsWith("\u2014 school.example "));
        assertEquals(68, Base64.getDecoder().decode(lines[4].substring(lines[4].lastIndexOf(' ') + 1)).length);
        assertEquals(VerificationResult.ok(), Checkpoints.verify(note, key.publicKey()));
        assertEquals(checkpoint, Checkpoints.parse(note));
    }

    @Test
    void aChangedTreeSizeIsNamedAsAChangedNote() {
        String forged = Checkpoints.sign(checkpoint, "school.example", key).replaceFirst("\n8\n", "\n9\n");
        assertEquals("checkpoint signature by 'school.example' does not verify under key " + key.keyId()
                + ": the note text was changed or forged", Checkpoints.verify(forged, key.publicKey()).reason());
    }

    @Test
    void aNoteSignedByAnotherKeyNamesTheMissingKeyAndTheSigners() {
        SigningKey other = SigningKey.generate(new SecureRandom());
        String note = Checkpoints.sign(checkpoint, "someone.else", other);
        assertEquals("checkpoint has no signature by key " + key.keyId() + " (signed by someone.else)",
                Checkpoints.verify(note, key.publicKey()).reason());
    }

    @Test
    void malformedNotesFailWithTheirReason() {
        assertEquals("signed note has no blank line before its signatures",
                Checkpoints.verify("origin\n1\nAAAA\n", key.publicKey()).reason());
        String note = Checkpoints.sign(checkpoint, "school.example", key);
        assertEquals("checkpoint tree size 'eight' is not a decimal number",
                Checkpoints.verify(note.replaceFirst("\n8\n", "\neight\n"), key.publicKey()).reason());
        assertThrows(InvalidInputException.class, () -> Checkpoints.parse(note.replace("\u2014", "-").trim()));
    }
}
