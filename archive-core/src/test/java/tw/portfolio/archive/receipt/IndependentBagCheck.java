package tw.portfolio.archive.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A BagIt check written from RFC 8493 alone, without the BagIt library the packager uses, so a
 * defect in that library cannot hide behind its own verifier. It reads {@code bagit.txt},
 * {@code manifest-sha256.txt} and {@code tagmanifest-sha256.txt} and returns every problem found
 * as a sentence; an empty list means the bag is complete and valid. Stricter than the RFC's
 * SHOULD in one place on purpose: every tag file must be listed in the tag manifest (§2.2.1),
 * so that a changed {@code bag-info.txt} is caught.
 */
public final class IndependentBagCheck {
    private static final String PAYLOAD_MANIFEST = "manifest-sha256.txt";
    private static final String TAG_MANIFEST = "tagmanifest-sha256.txt";

    private IndependentBagCheck() {
    }

    /** The problems of the bag at {@code bag}, in the order found; empty when valid. */
    public static List<String> problems(Path bag) throws IOException {
        List<String> problems = new ArrayList<>();
        checkDeclaration(bag, problems);
        Map<String, String> payload = manifest(bag, PAYLOAD_MANIFEST, problems);
        Map<String, String> tags = manifest(bag, TAG_MANIFEST, problems);
        checkListed(bag, payload, files(bag, true), PAYLOAD_MANIFEST, problems);
        checkListed(bag, tags, files(bag, false), TAG_MANIFEST, problems);
        checkOxum(bag, problems);
        return problems;
    }

    private static void checkDeclaration(Path bag, List<String> problems) throws IOException {
        Path declaration = bag.resolve("bagit.txt");
        if (!Files.isRegularFile(declaration)) {
            problems.add("bagit.txt is missing");
            return;
        }
        List<String> lines = Files.readAllLines(declaration, StandardCharsets.UTF_8);
        if (lines.size() != 2 || !lines.get(0).matches("BagIt-Version: [0-9]+\\.[0-9]+")
                || !lines.get(1).equals("Tag-File-Character-Encoding: UTF-8")) {
            problems.add("bagit.txt is not a BagIt declaration: " + lines);
        }
    }

    /** The manifest's entries, path (decoded per RFC 8493 §2.1.3) to lowercase hex digest. */
    private static Map<String, String> manifest(Path bag, String name, List<String> problems) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        Path file = bag.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(name + " is missing");
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" +", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                problems.add(name + " has a malformed line: " + line);
                continue;
            }
            String path = parts[1].replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
            entries.put(path, parts[0].toLowerCase(java.util.Locale.ROOT));
        }
        if (entries.isEmpty()) {
            problems.add(name + " lists no file");
        }
        return entries;
    }

    private static void checkListed(Path bag, Map<String, String> manifest, TreeSet<String> present, String name,
            List<String> problems) throws IOException {
        for (String path : present) {
            if (!manifest.containsKey(path)) {
                problems.add(path + " is not listed in " + name);
            }
        }
        for (Map.Entry<String, String> entry : manifest.entrySet()) {
            Path file = bag.resolve(entry.getKey()).normalize();
            if (!file.startsWith(bag) || !Files.isRegularFile(file)) {
                problems.add(entry.getKey() + " is listed in " + name + " but missing");
            } else if (!sha256(file).equals(entry.getValue())) {
                problems.add(entry.getKey() + " does not match its sha256 in " + name);
            }
        }
    }

    private static void checkOxum(Path bag, List<String> problems) throws IOException {
        Path info = bag.resolve("bag-info.txt");
        if (!Files.isRegularFile(info)) {
            return;
        }
        for (String line : Files.readAllLines(info, StandardCharsets.UTF_8)) {
            if (line.startsWith("Payload-Oxum:")) {
                long bytes = 0;
                TreeSet<String> payload = files(bag, true);
                for (String p : payload) {
                    bytes += Files.size(bag.resolve(p));
                }
                String actual = bytes + "." + payload.size();
                if (!line.substring("Payload-Oxum:".length()).strip().equals(actual)) {
                    problems.add("Payload-Oxum says " + line.substring(13).strip() + ", the payload is " + actual);
                }
            }
        }
    }

    /** Payload files (under {@code data/}) or tag files (all others but the tag manifests), as bag-relative paths. */
    private static TreeSet<String> files(Path bag, boolean payload) throws IOException {
        TreeSet<String> result = new TreeSet<>();
        try (Stream<Path> all = Files.walk(bag)) {
            all.filter(Files::isRegularFile).map(p -> bag.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.startsWith("data/") == payload)
                    .filter(p -> payload || !p.startsWith("tagmanifest-"))
                    .forEach(result::add);
        }
        return result;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
