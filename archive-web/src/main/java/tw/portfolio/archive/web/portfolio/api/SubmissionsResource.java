package tw.portfolio.archive.web.portfolio.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.web.portfolio.ReceiptApplication;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Closing a year's submission and issuing its receipts. */
@Path("/submissions/{academicYear}")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    ReceiptApplication receipts;

    @POST
    @Operation(summary = "ACADEMIC_ADMIN closes the year's submission after the selection windows; receipts are issued when the school key is deployed")
    public ReceiptApplication.CloseResult close(@PathParam("academicYear") int academicYear) {
        return receipts.close(identity.require(), academicYear);
    }

    @POST
    @Path("/receipts")
    @Operation(summary = "Issue the receipts still pending for the year; 503 signing-unavailable without the school key")
    public Map<String, Integer> issue(@PathParam("academicYear") int academicYear) {
        return Map.of("receiptsIssued", receipts.issuePending(identity.require(), academicYear));
    }
}
