package tw.portfolio.archive.integrity.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * The one canonical form of every signed or hashed JSON document in the archive: RFC 8785, the JSON
 * Canonicalization Scheme (JCS). UTF-8, no whitespace, object members sorted by the UTF-16 code
 * units of their names, strings escaped as ECMAScript's {@code JSON.stringify} does (quote,
 * backslash and control characters only), numbers as ECMAScript writes an IEEE 754 double. Anyone
 * can recompute the signed bytes of a statement with any JCS implementation.
 *
 * <p>{@link #canonicalize} turns any I-JSON text into its JCS form; {@link #parse} accepts only bytes
 * that are already their own JCS form, so two different byte strings never mean the same statement;
 * {@link #object()} and {@link #bytes(Object)} write it.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** I-JSON (RFC 7493 §2.2): integers beyond ±(2^53 − 1) do not survive a trip through a double. */
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {
    }

    /** Starts an object; its members are written sorted by name, whatever order they are added in. */
    public static ObjectWriter object() {
        return new ObjectWriter();
    }

    /**
     * The JCS bytes of a value built from {@link Map} (string keys), {@link Iterable}, {@link String},
     * {@link Number}, {@link Boolean}, {@code null} and Jackson {@link JsonNode}s.
     */
    public static byte[] bytes(Object value) {
        StringBuilder out = new StringBuilder(256);
        writeValue(out, value);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The JCS form of any JSON text; {@code what} names the document in the error. */
    public static byte[] canonicalize(String what, byte[] json) {
        return bytes(read(what, json));
    }

    /**
     * Parses a JSON object that must already be in JCS form; {@code what} names the document in the
     * error, which says whether the bytes are not JSON, not an object, or not canonical.
     */
    public static JsonNode parse(String what, byte[] bytes) {
        JsonNode node = read(what, bytes);
        if (!node.isObject()) {
            throw new InvalidInputException(what + " must be a JSON object");
        }
        if (!Arrays.equals(bytes(node), bytes)) {
            throw new InvalidInputException(what
                    + " is not in its RFC 8785 canonical form (member order, whitespace, escaping or number format)");
        }
        return node;
    }

    private static JsonNode read(String what, byte[] json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(what + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(what + " cannot be read", e);
        }
        if (node == null || node.isMissingNode()) {
            throw new InvalidInputException(what + " is empty");
        }
        try {
            bytes(node);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(what + " holds " + e.getMessage(), e);
        }
        return node;
    }

    private static void writeValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof JsonNode node) {
            writeNode(out, node);
        } else if (value instanceof String text) {
            appendString(out, text);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            appendInteger(out, ((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            out.append(Es6Numbers.format(((Number) value).doubleValue()));
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put((String) k, v));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendString(out, member.getKey());
                out.append(':');
                writeValue(out, member.getValue());
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeValue(out, item);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("a value JSON has no form for: " + value.getClass().getName());
        }
    }

    private static void writeNode(StringBuilder out, JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            writeValue(out, sorted);
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> items = node.elements();
            while (items.hasNext()) {
                writeNode(out, items.next());
                if (items.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else if (node.isTextual()) {
            appendString(out, node.textValue());
        } else if (node.isNumber()) {
            out.append(Es6Numbers.format(node.doubleValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull()) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("a value JSON has no form for: " + node.getNodeType());
        }
    }

    private static void appendInteger(StringBuilder out, long value) {
        if (value > MAX_SAFE_INTEGER || value < -MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException("an integer beyond 2^53 - 1, which JSON numbers cannot hold exactly: " + value);
        }
        out.append(value);
    }

    /**
     * Appends {@code s} as RFC 8785 §3.2.2.2 writes a string: {@code \"}, {@code \\}, {@code \b \f \n
     * \r \t}, other control characters as lowercase {@code \\u00xx}, everything else as itself.
     * Throws {@link IllegalArgumentException} for a lone surrogate, which UTF-8 cannot carry.
     */
    public static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("a lone surrogate U+" + Integer.toHexString(c).toUpperCase()
                                + ", which is not Unicode text");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Throws {@link InvalidInputException} naming {@code field} when {@code text} holds a lone surrogate,
     * which RFC 8785 (and UTF-8) cannot carry: documents check their fields with this when built, so a
     * bad value is refused as input rather than failing when the bytes are written.
     */
    public static void requireUnicodeText(String field, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw InvalidInputException.field(field, "contains a lone surrogate, which is not Unicode text");
            }
        }
    }

    /** Builds one JCS object; members come out sorted by name. */
    public static final class ObjectWriter {
        private final TreeMap<String, Object> members = new TreeMap<>();

        private ObjectWriter() {
        }

        private ObjectWriter put(String name, Object value) {
            if (members.put(name, value) != null) {
                throw new IllegalArgumentException("member " + name + " written twice");
            }
            return this;
        }

        /** A string member. */
        public ObjectWriter field(String name, String value) {
            return put(name, value);
        }

        /** An integer member (at most 2^53 − 1 in magnitude). */
        public ObjectWriter field(String name, long value) {
            return put(name, value);
        }

        /** An array of strings. */
        public ObjectWriter field(String name, Iterable<String> values) {
            return put(name, values);
        }

        /** An object of string values. */
        public ObjectWriter field(String name, Map<String, String> values) {
            return put(name, values);
        }

        /** The finished object as text. */
        public String toJson() {
            return new String(toBytes(), StandardCharsets.UTF_8);
        }

        /** The finished object as UTF-8 bytes. */
        public byte[] toBytes() {
            return bytes(members);
        }
    }
}
