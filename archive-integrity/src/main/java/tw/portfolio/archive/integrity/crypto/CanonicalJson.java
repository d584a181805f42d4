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
import tw.portfolio.archive.error.InvalidInputException;

/**
 * The deterministic JSON that signed statements and log leaves are made of: UTF-8, no whitespace,
 * keys in the order the writer gives them, strings escaped minimally (quote, backslash and control
 * characters only), integers only. {@link #parse} accepts only bytes that re-encode to themselves,
 * so two different byte strings can never mean the same statement.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CanonicalJson() {
    }

    /** Starts an object; fields appear in the order they are added. */
    public static ObjectWriter object() {
        return new ObjectWriter();
    }

    /** Parses canonical JSON; {@code what} names the document in the error. */
    public static JsonNode parse(String what, byte[] bytes) {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(what + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(what + " cannot be read", e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(what + " must be a JSON object");
        }
        StringBuilder out = new StringBuilder();
        write(node, out, what);
        if (!Arrays.equals(out.toString().getBytes(StandardCharsets.UTF_8), bytes)) {
            throw new InvalidInputException(what + " is not in canonical form (whitespace, escaping or number format)");
        }
        return node;
    }

    private static void write(JsonNode node, StringBuilder out, String what) {
        if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                appendString(out, f.getKey());
                out.append(':');
                write(f.getValue(), out, what);
                if (fields.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out, what);
            }
            out.append(']');
        } else if (node.isTextual()) {
            appendString(out, node.textValue());
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            out.append(node.longValue());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull()) {
            out.append("null");
        } else {
            throw new InvalidInputException(what + " holds a value canonical JSON does not allow: " + node);
        }
    }

    /** Appends {@code s} as a JSON string: RFC 8259 escapes, control characters as {@code \\uXXXX}. */
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
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Builds one canonical JSON object. */
    public static final class ObjectWriter {
        private final StringBuilder out = new StringBuilder("{");
        private boolean first = true;

        private ObjectWriter() {
        }

        private StringBuilder key(String name) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, name);
            return out.append(':');
        }

        /** A string field. */
        public ObjectWriter field(String name, String value) {
            appendString(key(name), value);
            return this;
        }

        /** An integer field. */
        public ObjectWriter field(String name, long value) {
            key(name).append(value);
            return this;
        }

        /** An array of strings. */
        public ObjectWriter field(String name, Iterable<String> values) {
            StringBuilder b = key(name).append('[');
            boolean firstValue = true;
            for (String v : values) {
                if (!firstValue) {
                    b.append(',');
                }
                firstValue = false;
                appendString(b, v);
            }
            b.append(']');
            return this;
        }

        /** An object of string values, in the map's iteration order. */
        public ObjectWriter field(String name, Map<String, String> values) {
            ObjectWriter nested = new ObjectWriter();
            values.forEach(nested::field);
            key(name).append(nested.toJson());
            return this;
        }

        /** The finished object as text. */
        public String toJson() {
            return out + "}";
        }

        /** The finished object as UTF-8 bytes. */
        public byte[] toBytes() {
            return toJson().getBytes(StandardCharsets.UTF_8);
        }
    }
}
