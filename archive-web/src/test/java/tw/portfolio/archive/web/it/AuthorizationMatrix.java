package tw.portfolio.archive.web.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A role × endpoint table: one row per operation, one column per caller, each cell an {@link Access}
 * (with the status that gave it, when it was measured). Read from and written as the tab-separated
 * file {@code authorization-matrix.tsv}: lines starting with {@code #} are comments, the first other
 * line is the header {@code operation<TAB>caller…}, then {@code METHOD /path<TAB>ALLOW<TAB>DENY…}.
 */
final class AuthorizationMatrix {
    static final String HEADER = """
            # Role × endpoint authorization matrix (issue 12 §4), checked by AuthorizationMatrixIT.
            # One row per operation in /openapi, one column per caller (anonymous: no token; the rest are
            # the demo school's accounts). Each cell is what that caller gets today when it calls the
            # operation on student1's records (see MatrixProbes for the exact call):
            #   ALLOW  authorization let it through (2xx, 400, 409, 422, 503 ... : anything but 401/403/404)
            #   DENY   401 or 403
            #   HIDE   404 for a record that exists: the caller is not told it exists
            # Regenerate after review:  -Dauthz.write=/path/to/this/file  (see README, Tests)
            """;

    private final List<String> callers;
    private final SortedMap<ApiOperation, Map<String, Cell>> rows = new TreeMap<>();

    /** One measured or expected cell; {@code evidence} is the status (and problem type) seen, or empty. */
    record Cell(Access access, String evidence) {
        Cell {
            Objects.requireNonNull(access, "access");
            evidence = evidence == null ? "" : evidence;
        }
    }

    AuthorizationMatrix(List<String> callers) {
        this.callers = List.copyOf(callers);
    }

    List<String> callers() {
        return callers;
    }

    java.util.Set<ApiOperation> operations() {
        return rows.keySet();
    }

    void put(ApiOperation op, String caller, Cell cell) {
        if (!callers.contains(caller)) {
            throw new IllegalArgumentException("no column for caller " + caller);
        }
        rows.computeIfAbsent(op, k -> new LinkedHashMap<>()).put(caller, cell);
    }

    Cell get(ApiOperation op, String caller) {
        Map<String, Cell> row = rows.get(op);
        return row == null ? null : row.get(caller);
    }

    /** Reads the table; a malformed line fails with its line number. */
    static AuthorizationMatrix parse(List<String> lines) {
        AuthorizationMatrix m = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (m == null) {
                if (!f[0].equals("operation") || f.length < 2) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": expected the header 'operation<TAB>caller…'");
                }
                m = new AuthorizationMatrix(List.of(f).subList(1, f.length));
                continue;
            }
            if (f.length != m.callers.size() + 1) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + (f.length - 1) + " cells for "
                        + m.callers.size() + " callers");
            }
            ApiOperation op = ApiOperation.parse(f[0]);
            if (m.rows.containsKey(op)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": a second row for " + op);
            }
            for (int c = 1; c < f.length; c++) {
                try {
                    m.put(op, m.callers.get(c - 1), new Cell(Access.parse(f[c]), ""));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + (i + 1) + ", " + m.callers.get(c - 1) + ": '" + f[c]
                            + "' is not ALLOW, DENY or HIDE", e);
                }
            }
        }
        if (m == null) {
            throw new IllegalArgumentException("no header line 'operation<TAB>caller…'");
        }
        return m;
    }

    /** The table in the file's format, with the explanatory header. */
    String format() {
        return format(false);
    }

    /** The table; with {@code evidence}, each cell also shows the status seen ("ALLOW 409 conflict"). */
    String format(boolean evidence) {
        StringBuilder sb = new StringBuilder(HEADER);
        sb.append("operation");
        callers.forEach(c -> sb.append('\t').append(c));
        sb.append('\n');
        for (Map.Entry<ApiOperation, Map<String, Cell>> row : rows.entrySet()) {
            sb.append(row.getKey());
            for (String c : callers) {
                Cell cell = row.getValue().get(c);
                sb.append('\t').append(cell == null ? "?" : cell.access());
                if (evidence && cell != null && !cell.evidence().isEmpty()) {
                    sb.append(' ').append(cell.evidence());
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Every way {@code actual} differs from this expected table: columns, operations without a row,
     * rows without an operation, and each cell that differs, with the status that was seen.
     */
    List<String> differences(AuthorizationMatrix actual) {
        List<String> out = new ArrayList<>();
        if (!callers.equals(actual.callers)) {
            out.add("the columns differ: expected " + callers + ", measured " + actual.callers);
        }
        for (ApiOperation op : actual.rows.keySet()) {
            if (!rows.containsKey(op)) {
                out.add("add a row for " + op + " (measured: " + actual.describe(op) + ")");
            }
        }
        for (ApiOperation op : rows.keySet()) {
            if (!actual.rows.containsKey(op)) {
                out.add("remove the row for " + op + ": /openapi has no such operation");
            }
        }
        for (Map.Entry<ApiOperation, Map<String, Cell>> row : actual.rows.entrySet()) {
            Map<String, Cell> expected = rows.get(row.getKey());
            if (expected == null) {
                continue;
            }
            for (String caller : actual.callers) {
                Cell seen = row.getValue().get(caller);
                Cell want = expected.get(caller);
                if (want != null && seen != null && want.access() != seen.access()) {
                    out.add(row.getKey() + " × " + caller + ": expected " + want.access() + ", got " + seen.access()
                            + " (" + seen.evidence() + ")");
                }
            }
        }
        return out;
    }

    private String describe(ApiOperation op) {
        StringBuilder sb = new StringBuilder();
        for (String c : callers) {
            Cell cell = get(op, c);
            sb.append(sb.length() == 0 ? "" : ", ").append(c).append(' ').append(cell == null ? "?" : cell.access());
        }
        return sb.toString();
    }
}
