package tw.portfolio.archive.portfolio.course;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * A small RFC 4180 reader: comma-separated, fields in double quotes may hold commas, doubled
 * quotes and line breaks; CRLF or LF; a leading UTF-8 byte-order mark (as spreadsheets write it)
 * is skipped; blank lines are ignored. Each record keeps the line it starts on, for the error report.
 */
public final class CsvRecords {
    /** One record and the 1-based line where it starts. */
    public record CsvRecord(int line, List<String> fields) {
    }

    private final String text;
    private int pos;
    private int line = 1;

    private CsvRecords(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static List<CsvRecord> read(Reader reader, int maxChars) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n = reader.read(buf); n != -1; n = reader.read(buf)) {
                sb.append(buf, 0, n);
                if (sb.length() > maxChars) {
                    throw InvalidInputException.field("file", "is larger than " + maxChars + " characters");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvRecords(sb.toString()).records();
    }

    private List<CsvRecord> records() {
        List<CsvRecord> out = new ArrayList<>();
        while (pos < text.length()) {
            int start = line;
            List<String> fields = record();
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                out.add(new CsvRecord(start, List.copyOf(fields)));
            }
        }
        return out;
    }

    /** Reads one record and its line ending. */
    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : plain());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos++);
            if (c == ',') {
                continue;
            }
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
            return fields;
        }
    }

    private String plain() {
        int from = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw InvalidInputException.field("line " + line, "a quote inside an unquoted field");
            }
            pos++;
        }
        return text.substring(from, pos);
    }

    private String quoted() {
        int startLine = line;
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    sb.append('"');
                    pos++;
                    continue;
                }
                if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                    throw InvalidInputException.field("line " + line, "text after a closing quote");
                }
                return sb.toString();
            }
            if (c == '\n') {
                line++;
            }
            sb.append(c);
        }
        throw InvalidInputException.field("line " + startLine, "a quoted field is not closed");
    }
}
