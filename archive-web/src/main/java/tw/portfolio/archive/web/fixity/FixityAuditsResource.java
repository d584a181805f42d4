package tw.portfolio.archive.web.fixity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Fixity audits for auditors: start a full audit, follow it, list runs, the signed PDF report. */
@Path("/audits/fixity")
public class FixityAuditsResource {
    @Inject
    AuditReports audits;
    @Inject
    RequestIdentity identity;

    /** The detached signature of a report. */
    public record SignatureJson(String keyId, String algorithm, String value) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a full fixity audit now, on every core (AUDITOR); 409 while one runs")
    public Response start() {
        AuditRun run = audits.start(identity.require());
        return Response.accepted(AuditRunJson.of(run, List.of()))
                .location(URI.create("/api/v1/audits/fixity/" + run.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit runs, newest first (AUDITOR)")
    public PageJson<AuditRunJson> list(@QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        PageRequest page = PageRequest.parse(rawPage, rawSize, 20);
        List<AuditRunJson> items = audits.page(identity.require(), page).stream()
                .map(r -> AuditRunJson.of(r, null)).toList();
        return PageJson.of(items, page, audits.count());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One audit run: state, progress, files checked, failures named exactly (AUDITOR)")
    public AuditRunJson get(@PathParam("id") String id) {
        AuditReports.RunView v = audits.view(identity.require(), id);
        return AuditRunJson.of(v.run(), v.failures());
    }

    @GET
    @Path("/{id}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "PDF summary of a finished run, signed by the school key (Signature header) (AUDITOR)")
    public Response report(@PathParam("id") String id) {
        AuditReports.SignedReport r = audits.report(identity.require(), id);
        return Response.ok(r.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"fixity-" + id + ".pdf\"")
                .header("Signature", "keyId=" + r.signature().keyId() + ";alg=" + r.signature().algorithm()
                        + ";value=" + Base64.getEncoder().encodeToString(r.signature().value()))
                .build();
    }

    @GET
    @Path("/{id}/report.pdf.sig")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Detached Ed25519 signature of the report's PDF bytes (AUDITOR)")
    public SignatureJson signature(@PathParam("id") String id) {
        AuditReports.SignedReport r = audits.report(identity.require(), id);
        return new SignatureJson(r.signature().keyId(), r.signature().algorithm(),
                Base64.getEncoder().encodeToString(r.signature().value()));
    }
}
