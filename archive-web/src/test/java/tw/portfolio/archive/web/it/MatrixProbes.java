package tw.portfolio.archive.web.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the authorization matrix calls each operation: path parameters filled from the
 * {@link MatrixFixture} by name, and for operations that need them a query or a body. The bodies are
 * chosen so that a caller who is let through gets a refusal <em>after</em> every authorization check
 * (the code order is named on each) or a change to data made for the purpose, never a change other
 * cells depend on. An operation without an entry here (one added since) is called with the
 * parameters filled by name and {@code {}} as a JSON body, and the failure message says so.
 */
final class MatrixProbes {
    /** One concrete call; {@code freshToken} asks for a token of its own (the call revokes it). */
    record Call(String target, String contentType, byte[] body, boolean freshToken) {
        static Call of(String target) {
            return new Call(target, null, null, false);
        }

        static Call json(String target, String json) {
            return new Call(target, "application/json", json.getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private final MatrixFixture f;
    private final Map<String, Function<String, Call>> special;

    MatrixProbes(MatrixFixture f) {
        this.f = f;
        this.special = specials(f);
    }

    /** True when the operation has no entry below and is called the generic way. */
    boolean generic(ApiOperation op) {
        return !special.containsKey(op.toString());
    }

    Call callFor(ApiOperation op, List<String> mediaTypes) {
        Function<String, Call> s = special.get(op.toString());
        String path = op.fill(name -> value(op, name));
        if (s != null) {
            return s.apply(path);
        }
        if (op.reads() || op.method().equals("DELETE")) {
            return Call.of(path);
        }
        return mediaTypes.isEmpty() || mediaTypes.contains("application/json") ? Call.json(path, "{}")
                : new Call(path, mediaTypes.get(0), new byte[0], false);
    }

    /** A path parameter's value by its name ({@code id} by the collection it names). */
    private String value(ApiOperation op, String name) {
        return switch (name) {
            case "studentId" -> f.studentId();
            case "artifactId" -> f.artifact();
            // an account that does not exist for the account administration (a reset of a real one would
            // revoke its tokens and change its password for every later call): 404 once the role check passed
            case "username" -> op.path().startsWith("/api/v1/accounts/") ? "matrix-nobody" : "teacher1";
            case "treeSize" -> Long.toString(f.treeSize());
            case "academicYear" -> Integer.toString(op.path().startsWith("/api/v1/submissions/")
                    || op.path().startsWith("/api/v1/windows/") ? f.spareYear() : f.receiptYear());
            case "semester" -> op.path().startsWith("/api/v1/windows/") ? "0" : "1";
            case "kind" -> "DIVERSE_UPLOAD";
            case "id" -> idIn(op.path());
            default -> "unknown-" + name;
        };
    }

    private String idIn(String path) {
        String collection = path.substring("/api/v1/".length()).split("/")[0];
        return switch (collection) {
            case "artifacts" -> f.artifact();
            case "course-outcomes" -> f.outcome();
            case "courses" -> f.spareCourse();
            case "diverse-performances" -> f.diverse();
            case "receipts" -> f.receipt();
            case "audits" -> f.audit();
            case "legal-holds" -> f.legalHold();
            case "retention" -> f.sweep();
            default -> "00000000-0000-0000-0000-000000000000";
        };
    }

    private static Map<String, Function<String, Call>> specials(MatrixFixture f) {
        String artifacts = "[\"" + f.artifact() + "\"]";
        Instant now = Instant.now();
        Function<String, Call> plain = Call::of;
        return Map.ofEntries(
                // Reads that need nothing but their path parameters (filled by name, see value).
                Map.entry("GET /api/v1/artifacts/{id}", plain),
                Map.entry("GET /api/v1/artifacts/{id}/content", plain),
                Map.entry("GET /api/v1/artifacts/{id}/evidence", plain),
                Map.entry("GET /api/v1/artifacts/{id}/verification", plain),
                Map.entry("GET /api/v1/audits/fixity", plain),
                Map.entry("GET /api/v1/audits/fixity/{id}", plain),
                Map.entry("GET /api/v1/audits/fixity/{id}/report.pdf", plain),
                Map.entry("GET /api/v1/audits/fixity/{id}/report.pdf.sig", plain),
                Map.entry("GET /api/v1/course-outcomes/{id}", plain),
                Map.entry("GET /api/v1/course-outcomes/{id}/files/{artifactId}", plain),
                Map.entry("GET /api/v1/courses/{id}", plain),
                Map.entry("GET /api/v1/diverse-performances/{id}", plain),
                Map.entry("GET /api/v1/info", plain),
                Map.entry("GET /api/v1/keys", plain),
                Map.entry("GET /api/v1/log/checkpoint", plain),
                Map.entry("GET /api/v1/log/checkpoints/{treeSize}", plain),
                Map.entry("GET /api/v1/me", plain),
                Map.entry("GET /api/v1/receipts/{id}", plain),
                Map.entry("GET /api/v1/receipts/{id}/letter", plain),
                Map.entry("GET /api/v1/receipts/{id}/pdf", plain),
                Map.entry("GET /api/v1/receipts/{id}/statement", plain),
                Map.entry("GET /api/v1/search/rebuilds/current", plain),
                Map.entry("GET /api/v1/settings/limits", plain),
                Map.entry("GET /api/v1/students/{studentId}/artifacts", plain),
                Map.entry("GET /api/v1/students/{studentId}/course-outcomes", plain),
                Map.entry("GET /api/v1/students/{studentId}/diverse-performances", plain),
                Map.entry("GET /api/v1/students/{studentId}/receipts", plain),
                Map.entry("GET /api/v1/students/{studentId}/selections/{academicYear}", plain),
                Map.entry("GET /api/v1/teachers/{username}/availability", plain),
                Map.entry("GET /api/v1/teachers/{username}/certification-queue", plain),
                // Jobs and key rotation: allowed callers really start them (202, or 409 while one runs);
                // the test waits for them to finish. A rotation keeps the old keys for verification.
                Map.entry("POST /api/v1/audits/fixity", plain),
                Map.entry("POST /api/v1/search/rebuilds", plain),
                Map.entry("POST /api/v1/keys/rotation", plain),
                // The spare year: no selection windows, so closing is refused (422); nothing to issue (0).
                Map.entry("POST /api/v1/submissions/{academicYear}", plain),
                Map.entry("POST /api/v1/submissions/{academicYear}/receipts", plain),
                // Queries the operations require.
                Map.entry("GET /api/v1/courses", p -> Call.of(p + "?academicYear=" + f.receiptYear() + "&semester=1")),
                Map.entry("GET /api/v1/students/{studentId}/courses",
                        p -> Call.of(p + "?academicYear=" + f.receiptYear() + "&semester=1")),
                Map.entry("GET /api/v1/receipts", p -> Call.of(p + "?academicYear=" + f.receiptYear())),
                Map.entry("GET /api/v1/windows", p -> Call.of(p + "?academicYear=" + f.receiptYear())),
                Map.entry("GET /api/v1/search", p -> Call.of(p + "?q=report")),
                Map.entry("GET /api/v1/log/entries", p -> Call.of(p + "?start=0&end=1")),
                Map.entry("GET /api/v1/log/proofs/inclusion", p -> Call.of(p + "?leafIndex=0&treeSize=" + f.treeSize())),
                Map.entry("GET /api/v1/log/proofs/consistency", p -> Call.of(p + "?from=1&to=" + f.treeSize())),
                // Public login: an empty body is refused (400) without counting a failed login.
                Map.entry("POST /api/v1/auth/token", p -> Call.json(p, "{}")),
                Map.entry("DELETE /api/v1/auth/token", p -> new Call(p, null, null, true)),
                // A password the rules refuse (400): the caller's own password stays.
                Map.entry("PUT /api/v1/me/password",
                        p -> Call.json(p, "{\"currentPassword\":\"demo-password\",\"newPassword\":\"x\"}")),
                // Upload: the student check runs before the body is read; no 'file' part → 400.
                Map.entry("POST /api/v1/students/{studentId}/artifacts", p -> new Call(p,
                        "multipart/form-data; boundary=matrix", ("--matrix\r\nContent-Disposition: form-data; "
                                + "name=\"title\"\r\n\r\nno file\r\n--matrix--\r\n").getBytes(StandardCharsets.UTF_8),
                        false)),
                // Student check, then the course, then the upload window: the spare year has none → 422.
                Map.entry("POST /api/v1/students/{studentId}/course-outcomes", p -> Call.json(p, "{\"courseId\":\""
                        + f.spareCourse() + "\",\"description\":\"matrix\",\"artifactIds\":" + artifacts + "}")),
                // Student check, then the item's fields: no name → 400.
                Map.entry("POST /api/v1/students/{studentId}/diverse-performances",
                        p -> Call.json(p, "{\"category\":\"COMPETITION\",\"name\":\"\",\"content\":\"\"}")),
                // Student check, then the selection's lock: the receipt year is submitted → 409.
                Map.entry("PUT /api/v1/students/{studentId}/selections/{academicYear}", p -> Call.json(p,
                        "{\"courseOutcomeIds\":[\"" + f.outcome() + "\"],\"diversePerformanceIds\":[]}")),
                // The outcome is CONFIRMED: re-upload, certification and correction are conflicts (409).
                Map.entry("POST /api/v1/course-outcomes/{id}/versions",
                        p -> Call.json(p, "{\"description\":\"matrix\",\"artifactIds\":" + artifacts + "}")),
                Map.entry("POST /api/v1/course-outcomes/{id}/certification",
                        p -> Call.json(p, "{\"decision\":\"CERTIFIED\",\"reason\":\"\"}")),
                Map.entry("PUT /api/v1/course-outcomes/{id}/correction",
                        p -> Call.json(p, "{\"description\":\"matrix\",\"artifactIds\":" + artifacts + "}")),
                Map.entry("PUT /api/v1/diverse-performances/{id}/correction",
                        p -> Call.json(p, "{\"category\":\"CADRE_EXPERIENCE\",\"name\":\"matrix\",\"content\":\"matrix\"}")),
                // The receipt is confirmed already (409); no mail server in the tests (503 after the role check).
                Map.entry("POST /api/v1/receipts/{id}/confirmation", p -> Call.json(p, "{\"decision\":\"CONFIRMED\"}")),
                Map.entry("POST /api/v1/receipts/{id}/email",
                        p -> Call.json(p, "{\"recipient\":\"student1@demo.invalid\"}")),
                // The spare course again: same code (409), same student (0 added), same CSV row (nothing new).
                Map.entry("POST /api/v1/courses", p -> Call.json(p, "{\"code\":\"" + f.spareCourseCode()
                        + "\",\"name\":\"國語文課\",\"subject\":\"國語文\",\"type\":\"NATIONAL_REQUIRED\",\"credits\":2,"
                        + "\"academicYear\":" + f.spareYear() + ",\"semester\":1,\"teacherUsernames\":[\"teacher1\"]}")),
                Map.entry("POST /api/v1/courses/{id}/enrollments",
                        p -> Call.json(p, "{\"nationalIds\":[\"" + MatrixFixture.STUDENT1_NATIONAL_ID + "\"]}")),
                Map.entry("POST /api/v1/courses/imports", p -> new Call(p, "text/csv; charset=utf-8", (
                        "academicYear,semester,courseCode,courseName,subject,type,credits,teachers,nationalId\n"
                        + f.spareYear() + ",1," + f.spareCourseCode() + ",國語文課,國語文,部定必修,2,teacher1,"
                        + MatrixFixture.STUDENT1_NATIONAL_ID + "\n").getBytes(StandardCharsets.UTF_8), false)),
                // Data made for the purpose: teacher1 is available already; the spare year's window.
                Map.entry("PUT /api/v1/teachers/{username}/availability", p -> Call.json(p, "{\"available\":true}")),
                // A well-formed body (a {} is refused before the role check), on an account that does not exist.
                Map.entry("PUT /api/v1/accounts/{username}/status", p -> Call.json(p, "{\"enabled\":true}")),
                // Issue 14. Reads of student1's record and history, and the lists (nothing changes).
                Map.entry("GET /api/v1/students", plain),
                Map.entry("GET /api/v1/students/export", plain),
                Map.entry("GET /api/v1/students/{studentId}", plain),
                Map.entry("GET /api/v1/students/{studentId}/record-changes", plain),
                Map.entry("GET /api/v1/students/{studentId}/enrollment-changes", plain),
                // No such change: HIDE for every caller, after the student read check.
                Map.entry("GET /api/v1/students/{studentId}/enrollment-changes/{changeId}", plain),
                // Registrar check, then the record: a bad checksum (422), nothing stored.
                Map.entry("POST /api/v1/students", p -> Call.json(p, "{\"nationalId\":\"A123456788\",\"studentNumber\":"
                        + "\"M0001\",\"name\":\"matrix\",\"birthDate\":\"2009-01-01\",\"className\":\"101\",\"grade\":1,"
                        + "\"enrolledOn\":\"2025-08-01\"}")),
                // Registrar check, then a correction that changes nothing (200, no event).
                Map.entry("PATCH /api/v1/students/{studentId}", p -> Call.json(p, "{\"reason\":\"matrix\"}")),
                // Registrar check, then the lifecycle: student1 is not suspended, so a return is a conflict (409).
                Map.entry("POST /api/v1/students/{studentId}/enrollment-changes", p -> Call.json(p,
                        "{\"type\":\"RETURN\",\"effectiveDate\":\"2025-01-01\",\"reason\":\"matrix\"}")),
                // Registrar check, then no such change (404: HIDE for the registrar too).
                Map.entry("POST /api/v1/students/{studentId}/enrollment-changes/{changeId}/correction", p -> Call.json(p,
                        "{\"revoked\":true,\"reason\":\"matrix\"}")),
                // Registrar check, then a file with the header only: nothing imported (200).
                Map.entry("POST /api/v1/students/imports", p -> new Call(p, "text/csv; charset=utf-8",
                        "nationalId,studentNumber,name,birthDate,className,grade,enrolledOn\n".getBytes(StandardCharsets.UTF_8),
                        false)),
                // Administrator check, then a taken username (409).
                Map.entry("POST /api/v1/accounts", p -> Call.json(p,
                        "{\"username\":\"admin1\",\"displayName\":\"matrix\",\"roles\":[\"REGISTRAR\"]}")),
                Map.entry("GET /api/v1/accounts/{username}", plain),
                Map.entry("PATCH /api/v1/accounts/{username}", p -> Call.json(p, "{\"disabled\":false}")),
                Map.entry("PUT /api/v1/windows/{academicYear}/{semester}/{kind}", p -> Call.json(p, "{\"opensAt\":\""
                        + now.minus(1, ChronoUnit.DAYS) + "\",\"closesAt\":\"" + now.plus(30, ChronoUnit.DAYS) + "\"}")),
                // Issue 15. Reads; a sweep really runs (the fixture's sealed everyone due, so it seals nothing).
                Map.entry("GET /api/v1/retention/policies", plain),
                Map.entry("GET /api/v1/retention/forecast", p -> Call.of(p + "?days=30")),
                Map.entry("POST /api/v1/retention/sweeps", plain),
                Map.entry("GET /api/v1/retention/sweeps/{id}", plain),
                Map.entry("GET /api/v1/students/{studentId}/retention", plain),
                Map.entry("GET /api/v1/legal-holds", plain),
                Map.entry("GET /api/v1/legal-holds/{id}", plain),
                // Role check, then an empty reason (422): no hold placed.
                Map.entry("POST /api/v1/legal-holds", p -> Call.json(p, "{\"studentId\":\"" + f.studentId()
                        + "\",\"reason\":\"\"}")),
                // Role check, then the fixture's hold is released already (409).
                Map.entry("POST /api/v1/legal-holds/{id}/release", p -> Call.json(p, "{\"reason\":\"matrix\"}")));
    }
}
