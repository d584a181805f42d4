package tw.portfolio.archive.integrity.fixity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tw.portfolio.archive.integrity.crypto.DigestAlgorithm;

/** The parts of an OCFL inventory a fixity check needs: id, digest algorithm and manifest. */
record Inventory(String id, DigestAlgorithm algorithm, List<Entry> manifest) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One content path and the digest the inventory gives it. */
    record Entry(String digest, String contentPath) {
    }

    /** Thrown when inventory.json cannot be used, with the reason. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    static Inventory parse(byte[] json) throws UnreadableException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UnreadableException("not JSON");
        }
        if (root == null || !root.path("id").isTextual() || !root.path("digestAlgorithm").isTextual()
                || !root.path("manifest").isObject()) {
            throw new UnreadableException("lacks id, digestAlgorithm or manifest");
        }
        String name = root.get("digestAlgorithm").textValue();
        DigestAlgorithm algorithm = DigestAlgorithm.ofOcflName(name)
                .orElseThrow(() -> new UnreadableException("unsupported digest algorithm " + name));
        List<Entry> manifest = new ArrayList<>();
        for (var field : root.get("manifest").properties()) {
            for (JsonNode path : field.getValue()) {
                manifest.add(new Entry(field.getKey().toLowerCase(Locale.ROOT), path.asText()));
            }
        }
        return new Inventory(root.get("id").textValue(), algorithm, manifest);
    }
}
