package tw.portfolio.archive.web.it;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the API as {@code /openapi} lists it: an HTTP method and a path template, written
 * {@code GET /api/v1/artifacts/{id}} in the authorization matrix.
 */
record ApiOperation(String method, String path) implements Comparable<ApiOperation> {
    private static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final Comparator<ApiOperation> ORDER = Comparator.comparing(ApiOperation::path)
            .thenComparing(o -> METHODS.indexOf(o.method()));

    ApiOperation {
        method = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("not an HTTP method: " + method);
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not a path: " + path);
        }
    }

    /** Parses {@code "GET /api/v1/x"}. */
    static ApiOperation parse(String key) {
        String k = key.strip();
        int space = k.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("expected 'METHOD /path', got '" + key + "'");
        }
        return new ApiOperation(k.substring(0, space), k.substring(space + 1).strip());
    }

    boolean reads() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /** The names of the path parameters, in order. */
    List<String> parameters() {
        return PARAM.matcher(path).results().map(m -> m.group(1)).toList();
    }

    /** The path with every parameter replaced by what {@code value} gives for its name. */
    String fill(java.util.function.Function<String, String> value) {
        Matcher m = PARAM.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public int compareTo(ApiOperation o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
