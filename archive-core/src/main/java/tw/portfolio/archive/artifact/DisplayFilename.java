package tw.portfolio.archive.artifact;

import java.text.Normalizer;

/**
 * The name shown for an uploaded file: the last path segment of what the client sent, with
 * control and path characters removed, NFC-normalised and cut to {@link #MAX_CODE_POINTS}. It is
 * only ever displayed or sent back in {@code Content-Disposition}; it is never used as a path.
 */
public final class DisplayFilename {
    /** Longest kept name, in Unicode code points. */
    public static final int MAX_CODE_POINTS = 200;
    private static final String FALLBACK = "file";

    private DisplayFilename() {
    }

    /** Cleans a client-supplied name; {@code extension} is used when nothing usable is left. */
    public static String clean(String raw, String extension) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (cut >= 0) {
            name = name.substring(cut + 1);
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && !isForbidden(cp))
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isBlank()) {
            cleaned = FALLBACK + (extension == null ? "" : "." + extension);
        }
        return truncate(cleaned, extension);
    }

    private static boolean isForbidden(int cp) {
        return cp == ':' || cp == '*' || cp == '?' || cp == '"' || cp == '<' || cp == '>' || cp == '|'
                || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.UNASSIGNED
                || Character.getType(cp) == Character.SURROGATE;
    }

    private static String truncate(String name, String extension) {
        if (name.codePointCount(0, name.length()) <= MAX_CODE_POINTS) {
            return name;
        }
        String suffix = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 10) {
            suffix = name.substring(dot);
        } else if (extension != null) {
            suffix = "." + extension;
        }
        int keep = MAX_CODE_POINTS - suffix.codePointCount(0, suffix.length());
        int end = name.offsetByCodePoints(0, keep);
        return name.substring(0, end) + suffix;
    }
}
