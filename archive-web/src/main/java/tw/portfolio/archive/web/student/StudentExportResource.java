package tw.portfolio.archive.web.student;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.student.StudentImport;
import tw.portfolio.archive.web.security.RequestIdentity;

/** The student list out as CSV, in the columns the import reads. Its own root path, as for imports. */
@Path("/students/export")
public class StudentExportResource {
    @Inject
    RequestIdentity identity;
    @Inject
    StudentImport imports;

    @GET
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Export every student as CSV in the import's columns, UTF-8 with a byte-order mark (REGISTRAR)")
    public Response export() {
        var actor = identity.require();
        StringBuilder csv = new StringBuilder("\uFEFF");
        imports.export(actor, csv::append);
        StreamingOutput out = os -> {
            Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write(csv.toString());
            w.flush();
        };
        return Response.ok(out).header("Content-Disposition", "attachment; filename=\"students.csv\"").build();
    }

}
