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

    /** Appends {@code s} as a JSON string literal (the same escaping as the signed statements). */
    public static void quote(StringBuilder sb, String s) {
        tw.portfolio.archive.integrity.crypto.CanonicalJson.appendString(sb, s);
    }
}
