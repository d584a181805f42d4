package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The expected-table format and its comparison, without a server. */
class AuthorizationMatrixTest {
    private static final ApiOperation GET_ARTIFACT = ApiOperation.parse("GET /api/v1/artifacts/{id}");
    private static final ApiOperation POST_X = ApiOperation.parse("POST /api/v1/x");

    private static AuthorizationMatrix measured(int anonymous, int student) {
        AuthorizationMatrix m = new AuthorizationMatrix(List.of("anonymous", "student1"));
        m.put(GET_ARTIFACT, "anonymous", new AuthorizationMatrix.Cell(Access.of(anonymous), Integer.toString(anonymous)));
        m.put(GET_ARTIFACT, "student1", new AuthorizationMatrix.Cell(Access.of(student), Integer.toString(student)));
        return m;
    }

    private static AuthorizationMatrix expected(String... rows) {
        return AuthorizationMatrix.parse(List.of(rows));
    }

    @Test
    void statusesAreClassedAsAuthorizationSawThem() {
        assertEquals(Access.DENY, Access.of(401));
        assertEquals(Access.DENY, Access.of(403));
        assertEquals(Access.HIDE, Access.of(404));
        for (int allowed : new int[] {200, 201, 202, 204, 400, 409, 415, 422, 503}) {
            assertEquals(Access.ALLOW, Access.of(allowed), Integer.toString(allowed));
        }
        assertEquals(Access.ERROR, Access.of(500));
    }

    @Test
    void aTableWrittenAndReadBackHasNoDifference() {
        AuthorizationMatrix m = measured(401, 200);
        assertEquals(List.of(), AuthorizationMatrix.parse(m.format().lines().toList()).differences(m));
        assertTrue(m.format().contains("GET /api/v1/artifacts/{id}\tDENY\tALLOW\n"), m.format());
    }

    @Test
    void anOperationWithoutARowIsNamedWithTheRowToAdd() {
        AuthorizationMatrix m = measured(401, 200);
        m.put(POST_X, "anonymous", new AuthorizationMatrix.Cell(Access.DENY, "401"));
        m.put(POST_X, "student1", new AuthorizationMatrix.Cell(Access.ALLOW, "201"));
        List<String> d = expected("operation\tanonymous\tstudent1", "GET /api/v1/artifacts/{id}\tDENY\tALLOW")
                .differences(m);
        assertEquals(List.of("add a row for POST /api/v1/x (measured: anonymous DENY, student1 ALLOW)"), d);
    }

    @Test
    void aRowWhoseOperationIsGoneFails() {
        List<String> d = expected("operation\tanonymous\tstudent1", "GET /api/v1/artifacts/{id}\tDENY\tALLOW",
                "POST /api/v1/x\tDENY\tALLOW").differences(measured(401, 200));
        assertEquals(List.of("remove the row for POST /api/v1/x: /openapi has no such operation"), d);
    }

    @Test
    void everyDifferingCellIsListedWithTheStatusSeen() {
        List<String> d = expected("# a comment", "operation\tanonymous\tstudent1",
                "GET /api/v1/artifacts/{id}\tALLOW\tHIDE").differences(measured(401, 200));
        assertEquals(List.of("GET /api/v1/artifacts/{id} × anonymous: expected ALLOW, got DENY (401)",
                "GET /api/v1/artifacts/{id} × student1: expected HIDE, got ALLOW (200)"), d);
    }

    @Test
    void aServerErrorDiffersFromEveryExpectedCell() {
        List<String> d = expected("operation\tanonymous\tstudent1", "GET /api/v1/artifacts/{id}\tDENY\tALLOW")
                .differences(measured(401, 500));
        assertEquals(List.of("GET /api/v1/artifacts/{id} × student1: expected ALLOW, got ERROR (500)"), d);
    }

    @Test
    void aChangedSetOfCallersIsNamed() {
        List<String> d = expected("operation\tanonymous", "GET /api/v1/artifacts/{id}\tDENY")
                .differences(measured(401, 200));
        assertEquals("the columns differ: expected [anonymous], measured [anonymous, student1]", d.get(0));
    }

    @Test
    void aMalformedTableFailsWithTheLineNumber() {
        IllegalArgumentException cells = assertThrows(IllegalArgumentException.class, () -> expected(
                "operation\tanonymous\tstudent1", "GET /api/v1/artifacts/{id}\tDENY"));
        assertEquals("line 2: 1 cells for 2 callers", cells.getMessage());
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class, () -> expected(
                "operation\tanonymous", "GET /api/v1/artifacts/{id}\tERROR"));
        assertEquals("line 2, anonymous: 'ERROR' is not ALLOW, DENY or HIDE", value.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> expected(
                "operation\tanonymous", "GET /api/v1/x\tDENY", "GET /api/v1/x\tDENY"));
        assertEquals("line 3: a second row for GET /api/v1/x", twice.getMessage());
    }
}
