package tw.portfolio.archive.integrity.fixity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tw.portfolio.archive.integrity.crypto.DigestAlgorithm;

/**
 * The parts of an OCFL inventory a fixity check needs: id, digest algorithm and manifest, read with
 * {@link InventoryJsonReader} rather than a JSON library so that a verifier run does not pay for loading one.
 */
record Inventory(String id, DigestAlgorithm algorithm, List<Entry> manifest) {
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

    /** Reads an inventory; anything malformed is an {@link UnreadableException} saying what, never another exception. */
    static Inventory parse(byte[] json) throws UnreadableException {
        Object root;
        try {
            root = InventoryJsonReader.parse(json);
        } catch (InventoryJsonReader.MalformedException e) {
            throw new UnreadableException("not JSON: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> fields) || !(fields.get("id") instanceof String id)
                || !(fields.get("digestAlgorithm") instanceof String name)
                || !(fields.get("manifest") instanceof Map<?, ?> manifestJson)) {
            throw new UnreadableException("lacks id, digestAlgorithm or manifest");
        }
        DigestAlgorithm algorithm = DigestAlgorithm.ofOcflName(name)
                .orElseThrow(() -> new UnreadableException("unsupported digest algorithm " + name));
        List<Entry> manifest = new ArrayList<>();
        for (Map.Entry<?, ?> field : manifestJson.entrySet()) {
            String digest = ((String) field.getKey()).toLowerCase(Locale.ROOT);
            if (!(field.getValue() instanceof List<?> paths)) {
                throw new UnreadableException("manifest entry " + digest + " is not a list of paths");
            }
            for (Object path : paths) {
                if (!(path instanceof String contentPath)) {
                    throw new UnreadableException("manifest entry " + digest + " holds a path that is not a string");
                }
                manifest.add(new Entry(digest, contentPath));
            }
        }
        return new Inventory(id, algorithm, manifest);
    }
}
