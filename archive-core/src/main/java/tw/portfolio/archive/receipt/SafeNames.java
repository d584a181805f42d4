package tw.portfolio.archive.receipt;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import tw.portfolio.archive.artifact.DisplayFilename;

/**
 * Names unique inside one folder of a receipt bag or mail; each name is first made one safe path
 * segment by {@link tw.portfolio.archive.artifact.DisplayFilename#pathSegment}, the archive's one
 * place for untrusted file names.
 */
final class SafeNames {
    private SafeNames() {
    }

    /** One safe segment for {@code raw}, or {@code fallback} when nothing usable is left. */
    static String segment(String raw, String fallback) {
        return DisplayFilename.pathSegment(raw, fallback);
    }

    /** Hands out names unique within one folder (case-insensitive), adding -2, -3 … before the extension. */
    static final class Scope {
        private final Set<String> taken = new HashSet<>();

        String claim(String safeName) {
            String candidate = safeName;
            int dot = safeName.lastIndexOf('.');
            String stem = dot > 0 ? safeName.substring(0, dot) : safeName;
            String extension = dot > 0 ? safeName.substring(dot) : "";
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = stem + "-" + n + extension;
            }
            return candidate;
        }
    }
}
