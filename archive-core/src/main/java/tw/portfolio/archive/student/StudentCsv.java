package tw.portfolio.archive.student;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.portfolio.course.CsvRecords;

/**
 * The student list CSV (the school affairs system's export): a header row naming the columns, in
 * English or in Chinese (身分證字號, 學號, 姓名, 出生日期, 班級, 年級, 入學日期), in any order, other
 * columns ignored; dates as ISO ({@code 2009-03-04}) or Minguo ({@code 98/03/04}, {@code 0980304}).
 * Export writes the same columns.
 */
public final class StudentCsv {
    /** The columns, in the order export writes them. */
    public static final List<String> COLUMNS = List.of("nationalId", "studentNumber", "name", "birthDate", "className",
            "grade", "enrolledOn");
    private static final Map<String, String> ALIASES = aliases();
    private static final Pattern MINGUO = Pattern.compile("^(\\d{2,3})[/.-]?(\\d{1,2})[/.-]?(\\d{1,2})$");
    private static final Pattern MINGUO_PACKED = Pattern.compile("^(\\d{3})(\\d{2})(\\d{2})$");

    private StudentCsv() {
    }

    /** One data row: its line in the file and its fields as they came. */
    public record Row(int line, StudentRecordRule.Raw raw) {
    }

    private static Map<String, String> aliases() {
        Map<String, String> m = new HashMap<>();
        COLUMNS.forEach(c -> m.put(c.toLowerCase(java.util.Locale.ROOT), c));
        m.put("身分證字號", "nationalId");
        m.put("身分證統一編號", "nationalId");
        m.put("身分證號", "nationalId");
        m.put("學號", "studentNumber");
        m.put("姓名", "name");
        m.put("出生日期", "birthDate");
        m.put("生日", "birthDate");
        m.put("班級", "className");
        m.put("年級", "grade");
        m.put("入學日期", "enrolledOn");
        return m;
    }

    /** The rows of {@code text}; a header that lacks a column adds errors for row 1 and no rows. */
    public static List<Row> read(String text, int maxChars, List<FieldError> errors) {
        List<CsvRecords.CsvRecord> records = CsvRecords.read(new StringReader(text), maxChars);
        if (records.isEmpty()) {
            errors.add(new FieldError("file", "is empty: the first row must be the header " + String.join(",", COLUMNS), 1));
            return List.of();
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String column = ALIASES.get(header.get(i).strip().toLowerCase(java.util.Locale.ROOT));
            if (column != null && index.putIfAbsent(column, i) != null) {
                errors.add(new FieldError(column, "is named twice in the header", records.get(0).line()));
            }
        }
        for (String c : COLUMNS) {
            if (!index.containsKey(c)) {
                errors.add(new FieldError(c, "is missing from the header", records.get(0).line()));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>(records.size());
        for (CsvRecords.CsvRecord r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            java.util.function.Function<String, String> col = c -> index.get(c) < f.size() ? f.get(index.get(c)) : null;
            rows.add(new Row(r.line(), new StudentRecordRule.Raw(col.apply("nationalId"), col.apply("studentNumber"),
                    col.apply("name"), isoDate(col.apply("birthDate")), col.apply("className"), col.apply("grade"),
                    isoDate(col.apply("enrolledOn")))));
        }
        return rows;
    }

    /** A Minguo date as ISO; anything else as it came, for the rule to judge. */
    static String isoDate(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        Matcher m = MINGUO.matcher(v);
        if (!m.matches() && !(m = MINGUO_PACKED.matcher(v)).matches()) {
            return v;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)) + 1911, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString();
        } catch (java.time.DateTimeException e) {
            return v;
        }
    }

    /** One CSV line of a student, in {@link #COLUMNS} order, quoted where needed (RFC 4180). */
    public static String line(StudentRecord r) {
        StringBuilder sb = new StringBuilder();
        for (String v : r.asText().values()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
            String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
            sb.append(quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe);
        }
        return sb.append("\r\n").toString();
    }
}
