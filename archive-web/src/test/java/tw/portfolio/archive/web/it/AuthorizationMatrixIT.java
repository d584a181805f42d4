package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §4: every operation {@code /openapi} lists, called by every caller (no token, and each
 * demo account), compared cell by cell with {@code src/test/resources/authorization-matrix.tsv}. An
 * operation without a row, a row without an operation, and every cell that differs fail the test,
 * each named; the failure message ends with the whole measured table. With
 * {@code -Dauthz.write=<file>} the measured table is also written to that file (to update the
 * expected one after review); it is always written to {@code target/authorization-matrix.actual.tsv}.
 */
class AuthorizationMatrixIT extends DeployedArchive {
    static final String EXPECTED = "/authorization-matrix.tsv";
    static final String ANONYMOUS = "anonymous";
    static final List<String> CALLERS = List.of(ANONYMOUS, "student1", "student2", "teacher1", "teacher2",
            "registrar1", "academic1", "auditor1", "backup1", "admin1", "newstaff1", "alumni1");

    @Test
    void everyOperationAnswersEveryCallerAsTheExpectedTableSays() throws IOException {
        SortedMap<ApiOperation, List<String>> operations = OpenApiOperations.fetch(api);
        MatrixFixture fixture = MatrixFixture.build(api);
        Map<String, String> tokens = new LinkedHashMap<>();
        CALLERS.stream().filter(c -> !c.equals(ANONYMOUS)).forEach(c -> tokens.put(c, token(c)));

        AuthorizationMatrix actual = new AuthorizationMatrix(CALLERS);
        MatrixProbes probes = new MatrixProbes(fixture);
        List<ApiOperation> order = new ArrayList<>(operations.keySet());
        order.sort((a, b) -> Boolean.compare(!a.reads(), !b.reads()));
        for (ApiOperation op : order) {
            MatrixProbes.Call call = probes.callFor(op, operations.get(op));
            for (String caller : CALLERS) {
                String token = caller.equals(ANONYMOUS) ? null : call.freshToken() ? token(caller) : tokens.get(caller);
                HttpResponse<byte[]> r = send(api, op, call, token);
                actual.put(op, caller, new AuthorizationMatrix.Cell(Access.of(r.statusCode()), evidence(r)));
            }
        }
        MatrixFixture.quiesce(api);

        String table = actual.format();
        Path target = Path.of(System.getProperty("archive.test.war", "target/archive-web.war")).getParent();
        Files.writeString(target.resolve("authorization-matrix.actual.tsv"), table, StandardCharsets.UTF_8);
        Files.writeString(target.resolve("authorization-matrix.statuses.tsv"), actual.format(true), StandardCharsets.UTF_8);
        String write = System.getProperty("authz.write");
        if (write != null && !write.isBlank()) {
            Files.writeString(Path.of(write), table, StandardCharsets.UTF_8);
        }
        List<String> differences = expected().differences(actual);
        if (!differences.isEmpty()) {
            StringBuilder m = new StringBuilder("The authorization matrix differs from " + EXPECTED + " in "
                    + differences.size() + " places:\n");
            differences.forEach(d -> m.append("  ").append(d).append('\n'));
            List<String> generic = operations.keySet().stream().filter(probes::generic).map(ApiOperation::toString).toList();
            if (!generic.isEmpty()) {
                m.append("Called with generic parameters and a {} body (add a probe in MatrixProbes): ")
                        .append(generic).append('\n');
            }
            m.append("The measured table (review it, then rerun with -Dauthz.write=src/test/resources"
                    + "/authorization-matrix.tsv to make it the expected one):\n").append(table);
            fail(m.toString());
        }
    }

    private static HttpResponse<byte[]> send(ApiClient api, ApiOperation op, MatrixProbes.Call call, String token) {
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(call.target())).method(op.method(), body);
        if (call.contentType() != null) {
            b.header("Content-Type", call.contentType());
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return api.send(b);
    }

    /** The status and, for a problem, its type's last segment: "404 not-found". */
    private static String evidence(HttpResponse<byte[]> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/problem+json")) {
            try {
                String t = ApiClient.json(r).getString("type", "");
                return r.statusCode() + " " + t.substring(t.lastIndexOf('/') + 1);
            } catch (RuntimeException e) {
                return r.statusCode() + " (unreadable problem)";
            }
        }
        return Integer.toString(r.statusCode());
    }

    private static AuthorizationMatrix expected() {
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(EXPECTED)) {
            if (in == null) {
                return new AuthorizationMatrix(CALLERS);
            }
            return AuthorizationMatrix.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
