package tw.portfolio.archive.receipt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal canonical JSON writer in the manner of RFC 8785 (JCS) for the only value types
 * receipts use: objects, arrays, strings and integers. Object members are sorted by their UTF-16
 * code units, nothing is indented, strings escape only what JSON requires, and the output is
 * UTF-8, so the same value always gives the same bytes.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static byte[] bytes(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(512);
        write(out, object);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            writeObject(out, map);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof String text) {
            writeString(out, text);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof RawJson raw) {
            out.append(raw.json());
        } else {
            throw new IllegalArgumentException("not a canonical JSON value: " + (value == null ? "null" : value.getClass()));
        }
    }

    private static void writeObject(StringBuilder out, Map<?, ?> map) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((key, member) -> sorted.put((String) key, member));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, member.getKey());
            out.append(':');
            write(out, member.getValue());
        }
        out.append('}');
    }

    private static void writeString(StringBuilder out, String text) {
        tw.portfolio.archive.integrity.crypto.CanonicalJson.appendString(out, text);
    }

    /** Already-canonical JSON text embedded verbatim (a signed statement inside its wrapper). */
    record RawJson(String json) {
    }
}
