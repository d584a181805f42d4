package tw.portfolio.archive.web.student;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.config.ArchiveSettings;
import tw.portfolio.archive.error.PayloadTooLargeException;
import tw.portfolio.archive.student.StudentCsvText;
import tw.portfolio.archive.student.StudentImport;
import tw.portfolio.archive.web.security.RequestIdentity;

/**
 * The student list in and out as CSV (the school affairs system's shape). Its own root path, so that
 * {@code /students/imports} is not read as a student id.
 */
@Path("/students/imports")
public class StudentImportsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    StudentImport imports;
    @Inject
    @ConfigProperty(name = ArchiveSettings.STUDENT_IMPORT_MAX_BYTES,
            defaultValue = "" + ArchiveSettings.STUDENT_IMPORT_MAX_BYTES_DEFAULT)
    long maxBytes;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import students from CSV (REGISTRAR): UTF-8 with or without BOM, or Big5 (declared by the "
            + "charset parameter, or detected). Header columns nationalId, studentNumber, name, birthDate, className, "
            + "grade, enrolledOn (or 身分證字號, 學號, 姓名, 出生日期, 班級, 年級, 入學日期). All or nothing; a student "
            + "already present with the same fields is left as it is, so importing a file again changes nothing")
    @APIResponse(responseCode = "200", description = "{rows, created, unchanged}")
    @APIResponse(responseCode = "422", description = "Bad rows, all of them at once: errors [{row, field, message}]; "
            + "nothing was stored (problem type student-record)")
    public Map<String, Integer> importCsv(InputStream body, @Context HttpHeaders headers) {
        var actor = identity.require();
        MediaType type = headers.getMediaType();
        String charset = type == null ? null : type.getParameters().get("charset");
        StudentImport.Report r = imports.importText(actor, StudentCsvText.decode(read(body), charset));
        return Map.of("rows", r.rows(), "created", r.created(), "unchanged", r.unchanged());
    }

    private byte[] read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new PayloadTooLargeException("The file is larger than " + maxBytes + " bytes (setting "
                        + ArchiveSettings.STUDENT_IMPORT_MAX_BYTES + ")");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
