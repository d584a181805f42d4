package tw.portfolio.archive.student;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.UnsupportedMediaTypeException;

/**
 * The text of a student CSV as the school affairs system exported it: UTF-8 with or without a
 * byte-order mark, or Big5 (as Windows writes it, code page 950). A declared charset is used as
 * declared; without one the bytes are read as UTF-8 when they are valid UTF-8, else as Big5. Bytes
 * that are neither are refused, never guessed into mojibake.
 */
public final class StudentCsvText {
    /** Big5 as Windows and the school affairs systems write it (a superset of plain Big5). */
    static final Charset BIG5 = Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950")
            : Charset.forName("Big5");

    private StudentCsvText() {
    }

    /** Decodes {@code bytes}; {@code declared} is the charset parameter of the request, or null. */
    public static String decode(byte[] bytes, String declared) {
        if (declared != null && !declared.isBlank()) {
            String name = declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
            Charset charset = switch (name) {
                case "utf-8", "utf8" -> StandardCharsets.UTF_8;
                case "big5", "x-big5", "cp950", "ms950", "x-windows-950", "windows-950", "big5-hkscs" -> BIG5;
                default -> throw new UnsupportedMediaTypeException("charset " + declared
                        + " is not read: send UTF-8 or Big5 (or no charset, and it is detected)");
            };
            String text = strict(bytes, charset);
            if (text == null) {
                throw InvalidInputException.field("file", "is not valid " + charset.name() + " as declared");
            }
            return withoutBom(text);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return withoutBom(utf8);
        }
        String big5 = strict(bytes, BIG5);
        if (big5 != null) {
            return big5;
        }
        throw InvalidInputException.field("file", "is neither UTF-8 nor Big5 text");
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
