package tw.portfolio.archive.web.artifact;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The form-data disposition of a part: its field name and file name (RFC 7578 §4.2, RFC 6266). */
record FormDisposition(String name, String filename) {
    /** Parses the value of a part's Content-Disposition; null unless it is form-data with a name. */
    static FormDisposition parse(String value) {
        Params p = new Params(value);
        String type = p.token();
        if (type == null || !type.equalsIgnoreCase("form-data")) {
            return null;
        }
        String name = null;
        String filename = null;
        String extended = null;
        while (p.semicolon()) {
            String key = p.token();
            if (key == null || !p.equalsSign()) {
                return null;
            }
            String v = p.value();
            if (v == null) {
                return null;
            }
            switch (key.toLowerCase(Locale.ROOT)) {
                case "name" -> name = v;
                case "filename" -> filename = v;
                case "filename*" -> extended = decodeExtended(v);
                default -> {
                    // other parameters carry nothing the archive uses
                }
            }
        }
        if (name == null) {
            return null;
        }
        return new FormDisposition(name, extended != null ? extended : filename);
    }

    /** RFC 8187 {@code UTF-8''percent-encoded}; null for any other charset or a broken encoding. */
    static String decodeExtended(String v) {
        int first = v.indexOf('\'');
        int second = first < 0 ? -1 : v.indexOf('\'', first + 1);
        if (second < 0 || !v.substring(0, first).equalsIgnoreCase("UTF-8")) {
            return null;
        }
        String encoded = v.substring(second + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                return null;
            }
        }
        return utf8(out.toByteArray());
    }

    /** {@code bytes} as UTF-8, or null when they are not UTF-8. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A cursor over a header value's tokens, separators and quoted strings. */
    private static final class Params {
        private final String s;
        private int i;

        Params(String s) {
            this.s = s;
        }

        private void spaces() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        String token() {
            spaces();
            int start = i;
            while (i < s.length() && ";=\" \t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return i > start ? s.substring(start, i) : null;
        }

        boolean semicolon() {
            spaces();
            if (i < s.length() && s.charAt(i) == ';') {
                i++;
                spaces();
                return i < s.length();
            }
            return false;
        }

        boolean equalsSign() {
            spaces();
            if (i < s.length() && s.charAt(i) == '=') {
                i++;
                return true;
            }
            return false;
        }

        /** A token or a quoted string (a backslash quotes the next character, as curl writes it). */
        String value() {
            spaces();
            if (i >= s.length() || s.charAt(i) != '"') {
                return token();
            }
            StringBuilder out = new StringBuilder();
            for (i++; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    i++;
                    return out.toString();
                }
                if (c == '\\' && i + 1 < s.length()) {
                    c = s.charAt(++i);
                }
                out.append(c);
            }
            return null;
        }
    }
}
