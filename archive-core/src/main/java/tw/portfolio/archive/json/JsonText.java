package tw.portfolio.archive.json;

import java.util.Map;

/**
 * A minimal JSON writer for the small, flat documents the core writes into storage (object
 * metadata): string and number values, keys in the order given. Escapes per RFC 8259.
 */
public final class JsonText {
    private JsonText() {
    }

    /** Writes a flat object; values may be String, Number, Boolean or null. */
    public static String object(Map<String, ?> fields) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            quote(sb, e.getKey());
            sb.append(':');
            Object v = e.getValue();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                quote(sb, v.toString());
            }
        }
        return sb.append('}').toString();
    }

    /**
     * Appends {@code s} as a JSON string literal (the same escaping as the signed statements); a lone
     * surrogate, which UTF-8 cannot carry, becomes U+FFFD here instead of failing the write.
     */
    public static void quote(StringBuilder sb, String s) {
        tw.portfolio.archive.integrity.crypto.CanonicalJson.appendString(sb, withoutLoneSurrogates(s));
    }

    private static String withoutLoneSurrogates(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
