package tw.portfolio.archive.artifact;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Untrusted file names, made safe in one place. Both forms take the last path segment of what the
 * client sent, NFC-normalised, without control, format, surrogate or reserved ({@code <>:"/\|?*})
 * characters, and cap its length in code points keeping a short extension:
 * <ul>
 * <li>{@link #clean} is the name shown for an uploaded file (also unassigned code points dropped, up
 * to {@link #MAX_CODE_POINTS}); it is only displayed or sent back in {@code Content-Disposition},
 * never used as a path;</li>
 * <li>{@link #pathSegment} is one safe segment of a path the archive writes (receipt bags and
 * attachments): unsafe characters become {@code _}, Windows device names are prefixed, at most
 * {@value #MAX_SEGMENT_CODE_POINTS} code points.</li>
 * </ul>
 */
public final class DisplayFilename {
    /** Longest kept name, in Unicode code points. */
    public static final int MAX_CODE_POINTS = 200;
    /** Longest path segment, in Unicode code points. */
    public static final int MAX_SEGMENT_CODE_POINTS = 120;
    private static final String FALLBACK = "file";
    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Pattern DEVICE = Pattern.compile("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$", Pattern.CASE_INSENSITIVE);

    private DisplayFilename() {
    }

    /** Cleans a client-supplied name for display; {@code extension} is used when nothing usable is left. */
    public static String clean(String raw, String extension) {
        StringBuilder kept = new StringBuilder();
        lastSegment(raw).codePoints()
                .filter(cp -> !isUnsafe(cp) && Character.getType(cp) != Character.UNASSIGNED)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isBlank()) {
            cleaned = FALLBACK + (extension == null ? "" : "." + extension);
        }
        return cap(cleaned, MAX_CODE_POINTS, 10, extension == null ? "" : "." + extension);
    }

    /** One safe path segment for {@code raw}, or {@code fallback} when nothing usable is left. */
    public static String pathSegment(String raw, String fallback) {
        StringBuilder cleaned = new StringBuilder();
        lastSegment(raw).codePoints().forEach(cp -> cleaned.appendCodePoint(isUnsafe(cp) ? '_' : cp));
        String name = cleaned.toString().replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            return fallback;
        }
        if (DEVICE.matcher(name).matches()) {
            name = "_" + name;
        }
        return cap(name, MAX_SEGMENT_CODE_POINTS, 16, "");
    }

    private static String lastSegment(String raw) {
        String name = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC);
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static boolean isUnsafe(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || RESERVED.indexOf(cp) >= 0 || type == Character.FORMAT || type == Character.SURROGATE;
    }

    /**
     * At most {@code max} code points; an extension of at most {@code maxExtension} characters
     * (dot included) survives the cut, else {@code fallbackSuffix} is put at the end.
     */
    private static String cap(String name, int max, int maxExtension, String fallbackSuffix) {
        if (name.codePointCount(0, name.length()) <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String suffix = dot > 0 && name.length() - dot <= maxExtension ? name.substring(dot) : fallbackSuffix;
        int keep = max - suffix.codePointCount(0, suffix.length());
        return name.substring(0, name.offsetByCodePoints(0, keep)) + suffix;
    }
}
