package tw.portfolio.archive.web.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.retention.deletion.DeletionExecution;
import tw.portfolio.archive.retention.deletion.DeletionTransactions;
import tw.portfolio.archive.retention.deletion.DestructionCertificatePdf;
import tw.portfolio.archive.retention.deletion.StoredCertificate;
import tw.portfolio.archive.student.StudentRegistry;
import tw.portfolio.archive.web.portfolio.ServiceUnavailableException;
import tw.portfolio.archive.web.security.RequestIdentity;

/**
 * Signed destruction certificates: the JSON that {@code archive-cli verify certificate} and OpenSSL
 * check, and the PDF (銷毀證明) for the student. Readable by the student it is about (while their login
 * exists), the registrar, the academic affairs office and auditors.
 */
@Path("/destruction-certificates/{id}")
public class DestructionCertificatesResource {
    @Inject
    RequestIdentity identity;
    @Inject
    DeletionTransactions store;
    @Inject
    DeletionExecution execution;
    @Inject
    CertificateDocuments documents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The certificate: {id, requestId, basis, subject, completedAt, approvals, items, confirmations, "
            + "statement (base64 of the signed RFC 8785 bytes), signature {keyId, algorithm, value}, leafIndex, leafData, "
            + "inclusionProof, checkpoint}")
    @APIResponse(responseCode = "503", description = "Issued a moment ago; its log leaf is not sequenced yet (retry)")
    public Response certificate(@PathParam("id") String id) {
        return json(readable(id), store, execution, documents);
    }

    /** The certificate's JSON once its leaf is in the log (503 asking to retry until then). */
    static Response json(StoredCertificate c, DeletionTransactions store, DeletionExecution execution,
            CertificateDocuments documents) {
        return Response.ok(documents.document(anchored(c, store, execution)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The certificate as the Traditional Chinese PDF. */
    static Response pdf(StoredCertificate c) {
        return Response.ok(DestructionCertificatePdf.render(c, StudentRegistry.SCHOOL_ZONE), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"destruction-certificate-" + c.id() + ".pdf\"")
                .build();
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as a PDF in Traditional Chinese (銷毀證明)")
    public Response pdf(@PathParam("id") String id) {
        return pdf(readable(id));
    }

    private static StoredCertificate anchored(StoredCertificate c, DeletionTransactions store,
            DeletionExecution execution) {
        String id = c.id();
        if (c.anchored()) {
            return c;
        }
        execution.anchor(c.id());
        StoredCertificate again = store.certificate(c.id()).orElseThrow();
        if (!again.anchored()) {
            throw new ServiceUnavailableException("certificate-not-anchored", "Certificate " + id
                    + " was just issued; its event log leaf is not sequenced yet. Ask again in a few seconds");
        }
        return again;
    }

    private StoredCertificate readable(String id) {
        Actor actor = identity.require();
        StoredCertificate c = store.certificate(DeletionRequestsResource.requireId("id", id))
                .orElseThrow(() -> new NotFoundException("No destruction certificate " + id));
        if (!DeletionRequestsResource.staff(actor) && !actor.isStudent(c.statement().subject())) {
            throw new NotFoundException("No destruction certificate " + id);
        }
        return c;
    }
}
