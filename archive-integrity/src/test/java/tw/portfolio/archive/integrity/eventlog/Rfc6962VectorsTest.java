package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.integrity.crypto.Hex;
import tw.portfolio.archive.integrity.crypto.VerificationResult;

/** Known answers from transparency-dev/merkle (see the source named in rfc6962-vectors.json). */
class Rfc6962VectorsTest {
    private static JsonNode vectors;
    private static MerkleLog log;

    @BeforeAll
    static void buildTheEightLeafTree() throws IOException {
        try (InputStream in = Rfc6962VectorsTest.class.getResourceAsStream("rfc6962-vectors.json")) {
            vectors = new ObjectMapper().readTree(in);
        }
        log = new MerkleLog(new InMemoryLogStore());
        for (JsonNode leaf : vectors.get("leaves")) {
            log.append(Hex.decode("leaf", leaf.asText()));
        }
    }

    static byte[] hex(JsonNode node) {
        return Hex.decode("vector", node.asText());
    }

    static List<byte[]> hexList(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(hex(n)));
        return out;
    }

    @Test
    void leafHashesMatchTheVectors() {
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(hex(vectors.get("leafHashes").get(i)), log.leafHash(i), "leaf " + i);
        }
    }

    @Test
    void rootsMatchTheVectorsForEveryTreeSizeFromZeroToEight() {
        for (int size = 0; size <= 8; size++) {
            assertEquals(vectors.get("roots").get(size).asText(), Hex.encode(log.head(size).rootHash()), "size " + size);
        }
    }

    @Test
    void generatedInclusionProofsEqualTheVectorsAndVerify() {
        for (JsonNode v : vectors.get("inclusion")) {
            long index = v.get("leafIndex").asLong();
            long size = v.get("treeSize").asLong();
            List<byte[]> expected = hexList(v.get("proof"));
            InclusionProof proof = log.inclusionProof(index, size);
            assertEquals(ProofHashes.encodeAll(expected), proof.hashes(), v.toString());
            byte[] root = hex(vectors.get("roots").get((int) size));
            assertEquals(VerificationResult.ok(),
                    MerkleVerifier.verifyInclusion(index, size, log.leafHash(index), expected, root), v.toString());
        }
    }

    @Test
    void generatedConsistencyProofsEqualTheVectorsAndVerify() {
        for (JsonNode v : vectors.get("consistency")) {
            long from = v.get("from").asLong();
            long to = v.get("to").asLong();
            List<byte[]> expected = hexList(v.get("proof"));
            assertEquals(ProofHashes.encodeAll(expected), log.consistencyProof(from, to).hashes(), v.toString());
            byte[] root1 = hex(vectors.get("roots").get((int) from));
            byte[] root2 = hex(vectors.get("roots").get((int) to));
            assertEquals(VerificationResult.ok(), MerkleVerifier.verifyConsistency(from, to, expected, root1, root2),
                    v.toString());
        }
    }

    @Test
    void everyCorruptionOfAVectorInclusionProofIsRejected() {
        JsonNode v = vectors.get("inclusion").get(2);
        long index = v.get("leafIndex").asLong();
        long size = v.get("treeSize").asLong();
        List<byte[]> proof = hexList(v.get("proof"));
        byte[] root = hex(vectors.get("roots").get((int) size));
        byte[] leaf = log.leafHash(index);
        assertFalse(MerkleVerifier.verifyInclusion(index - 1, size, leaf, proof, root).valid());
        assertFalse(MerkleVerifier.verifyInclusion(index + 1, size, leaf, proof, root).valid());
        assertFalse(MerkleVerifier.verifyInclusion(index ^ 2, size, leaf, proof, root).valid());
        assertFalse(MerkleVerifier.verifyInclusion(index, size * 2, leaf, proof, root).valid());
        assertFalse(MerkleVerifier.verifyInclusion(index, size / 2, leaf, proof, root).valid());
        assertFalse(MerkleVerifier.verifyInclusion(index, size, log.leafHash(0), proof, root).valid());
        assertFalse(MerkleVerifier.verifyInclusion(index, size, leaf, proof.subList(0, 2), root).valid());
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(root);
        assertEquals("inclusion proof has 4 hashes, leaf 5 of a tree of size 8 needs 3",
                MerkleVerifier.verifyInclusion(index, size, leaf, longer, root).reason());
        for (int i = 0; i < proof.size(); i++) {
            List<byte[]> flipped = new ArrayList<>(proof);
            byte[] h = flipped.get(i).clone();
            h[0] ^= 8;
            flipped.set(i, h);
            VerificationResult r = MerkleVerifier.verifyInclusion(index, size, leaf, flipped, root);
            assertTrue(r.reason().startsWith("inclusion proof leads to root "), r.reason());
        }
    }

    @Test
    void everyCorruptionOfAVectorConsistencyProofIsRejected() {
        JsonNode v = vectors.get("consistency").get(2);
        long from = v.get("from").asLong();
        long to = v.get("to").asLong();
        List<byte[]> proof = hexList(v.get("proof"));
        byte[] root1 = hex(vectors.get("roots").get((int) from));
        byte[] root2 = hex(vectors.get("roots").get((int) to));
        assertFalse(MerkleVerifier.verifyConsistency(from - 1, to, proof, root1, root2).valid());
        assertFalse(MerkleVerifier.verifyConsistency(from + 1, to, proof, root1, root2).valid());
        assertFalse(MerkleVerifier.verifyConsistency(from, to * 2, proof, root1, root2).valid());
        assertFalse(MerkleVerifier.verifyConsistency(from, to, proof, root2, root1).valid());
        assertFalse(MerkleVerifier.verifyConsistency(from, to, List.of(), root1, root2).valid());
        assertFalse(MerkleVerifier.verifyConsistency(from, to, proof.subList(0, 2), root1, root2).valid());
        assertEquals("tree size 6 cannot extend tree size 8: the log shrank or the sizes are invalid",
                MerkleVerifier.verifyConsistency(to, from, proof, root2, root1).reason());
        for (int i = 0; i < proof.size(); i++) {
            List<byte[]> flipped = new ArrayList<>(proof);
            byte[] h = flipped.get(i).clone();
            h[0] ^= 16;
            flipped.set(i, h);
            assertFalse(MerkleVerifier.verifyConsistency(from, to, flipped, root1, root2).valid(), "proof[" + i + "]");
        }
    }
}
