package tw.portfolio.archive.integrity.eventlog;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;

/** Standard padded base64 of raw 32-byte hashes, the one form hashes take in proofs and checkpoints. */
public final class ProofHashes {
    private ProofHashes() {
    }

    /** Encodes one hash. */
    public static String encode(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }

    /** Encodes a list of hashes. */
    public static List<String> encodeAll(List<byte[]> hashes) {
        return hashes.stream().map(ProofHashes::encode).toList();
    }

    /** Decodes one hash; {@code field} names it when the text is not base64 of 32 bytes. */
    public static byte[] decode(String field, String base64) {
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "is not standard padded base64");
        }
        if (hash.length != TreeHasher.HASH_LENGTH || !encode(hash).equals(base64)) {
            throw InvalidInputException.field(field, "must be standard padded base64 of 32 bytes");
        }
        return hash;
    }

    /** Decodes a list; entries are named {@code field[i]}. */
    public static List<byte[]> decodeAll(String field, List<String> hashes) {
        if (hashes == null) {
            throw InvalidInputException.field(field, "is required");
        }
        List<byte[]> out = new ArrayList<>(hashes.size());
        for (int i = 0; i < hashes.size(); i++) {
            out.add(decode(field + "[" + i + "]", hashes.get(i)));
        }
        return out;
    }
}
