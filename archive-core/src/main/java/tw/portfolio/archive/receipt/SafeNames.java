package tw.portfolio.archive.receipt;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns untrusted names (filenames, item ids) into single safe path segments. Anything before the
 * last slash or backslash is dropped, control and reserved characters become {@code _}, leading and
 * trailing dots and spaces go, Windows device names are prefixed, and the result is capped in
 * length. {@link Scope} then makes names unique inside one folder, ignoring case.
 */
final class SafeNames {
    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Pattern DEVICE = Pattern.compile("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CODE_POINTS = 120;
    private static final int MAX_EXTENSION = 16;

    private SafeNames() {
    }

    /** One safe segment for {@code raw}, or {@code fallback} when nothing usable is left. */
    static String segment(String raw, String fallback) {
        String name = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder cleaned = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            boolean bad = Character.isISOControl(cp) || RESERVED.indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE;
            cleaned.appendCodePoint(bad ? '_' : cp);
        });
        name = cleaned.toString().replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            return fallback;
        }
        if (DEVICE.matcher(name).matches()) {
            name = "_" + name;
        }
        return cap(name);
    }

    private static String cap(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_CODE_POINTS) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_CODE_POINTS - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
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
