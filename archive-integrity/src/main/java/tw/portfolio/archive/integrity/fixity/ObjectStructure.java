package tw.portfolio.archive.integrity.fixity;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of an object that need no content hashing: every inventory (the root one and each
 * version's copy) against its sidecar digest, and no file in a content directory that the manifest
 * does not list.
 */
final class ObjectStructure {
    private ObjectStructure() {
    }

    static List<FixityFailure> check(String objectId, Path objectRoot, Inventory inventory, byte[] rootInventory,
            ContentHasher hasher) {
        List<FixityFailure> failures = new ArrayList<>();
        addIfPresent(failures, sidecar(objectId, objectRoot, "", inventory, rootInventory, hasher));
        Set<String> listed = new HashSet<>();
        inventory.manifest().forEach(e -> listed.add(e.contentPath()));
        File root = objectRoot.toFile();
        String[] names = OcflLayout.list(root);
        Arrays.sort(names);
        for (String name : names) {
            File version = new File(root, name);
            if (!isVersionName(name) || !version.isDirectory()) {
                continue;
            }
            String prefix = name + "/";
            try {
                byte[] copy = SmallFiles.readAll(new File(version, "inventory.json"));
                addIfPresent(failures, sidecar(objectId, objectRoot, prefix, inventory, copy, hasher));
            } catch (NoSuchFileException e) {
                // a version without its own copy of the inventory: nothing to compare
            } catch (IOException e) {
                failures.add(new FixityFailure(objectId, prefix + "inventory.json", "readable", e.toString(),
                        FailureKind.INVENTORY_UNREADABLE));
            }
            unlisted(objectId, new File(version, "content"), prefix + "content/", listed, failures);
        }
        return failures;
    }

    private static boolean isVersionName(String name) {
        if (name.length() < 2 || name.charAt(0) != 'v') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Every regular file under {@code dir} (named {@code prefix}...) that the manifest does not list. */
    private static void unlisted(String objectId, File dir, String prefix, Set<String> listed,
            List<FixityFailure> failures) {
        if (!dir.isDirectory()) {
            return;
        }
        List<String> files = new ArrayList<>();
        collectFiles(dir, prefix, files);
        Collections.sort(files);
        for (String path : files) {
            if (!listed.contains(path)) {
                failures.add(new FixityFailure(objectId, path, "absent (not in the manifest)",
                        "present, " + new File(dir, path.substring(prefix.length())).length() + " bytes",
                        FailureKind.CONTENT_UNLISTED));
            }
        }
    }

    private static void collectFiles(File dir, String prefix, List<String> out) {
        for (String name : OcflLayout.list(dir)) {
            File child = new File(dir, name);
            if (child.isFile()) {
                out.add(prefix + name);
            } else if (OcflLayout.isDirectory(child)) {
                collectFiles(child, prefix + name + "/", out);
            }
        }
    }

    private static void addIfPresent(List<FixityFailure> failures, FixityFailure failure) {
        if (failure != null) {
            failures.add(failure);
        }
    }

    /** The sidecar check of one inventory file: null when its digest matches. */
    private static FixityFailure sidecar(String objectId, Path objectRoot, String prefix, Inventory inventory,
            byte[] json, ContentHasher hasher) {
        String sidecarName = prefix + "inventory.json." + inventory.algorithm().ocflName();
        String actual = hasher.hexDigest(json, inventory.algorithm());
        String expected;
        try {
            expected = firstWord(new String(SmallFiles.readAll(new File(objectRoot.toFile(), sidecarName)), StandardCharsets.UTF_8))
                    .toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return new FixityFailure(objectId, sidecarName, "present", FixityFailure.MISSING,
                    FailureKind.INVENTORY_SIDECAR_MISMATCH);
        }
        return expected.equals(actual) ? null : new FixityFailure(objectId, prefix + "inventory.json", expected, actual,
                FailureKind.INVENTORY_SIDECAR_MISMATCH);
    }

    /** A sidecar's first word: the digest, before the whitespace and file name that follow it. */
    private static String firstWord(String sidecar) {
        String s = sidecar.strip();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return s.substring(0, i);
            }
        }
        return s;
    }
}
