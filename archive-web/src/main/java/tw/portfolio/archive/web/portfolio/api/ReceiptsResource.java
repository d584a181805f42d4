package tw.portfolio.archive.web.portfolio.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.receipt.ReceiptPdf;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.artifact.ContentDisposition;
import tw.portfolio.archive.web.portfolio.ReceiptApplication;
import tw.portfolio.archive.web.portfolio.ReceiptMail;
import tw.portfolio.archive.web.portfolio.api.PortfolioJson.ReceiptJson;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Receipt statements (收訖明細): the registrar's list, JSON, PDF, letter, answers and e-mail. */
@Path("/receipts")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    ReceiptApplication receipts;
    @Inject
    ReceiptMail mail;

    @GET
    @Operation(summary = "The newest receipt of each student of a year; state=UNCONFIRMED lists who has not confirmed")
    public PageJson<ReceiptJson> list(@QueryParam("academicYear") Integer academicYear,
            @QueryParam("state") String state, @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        if (academicYear == null) {
            throw InvalidInputException.field("academicYear", "is required (Minguo year, e.g. 115)");
        }
        if (state != null && !state.equals("UNCONFIRMED")) {
            throw InvalidInputException.field("state", "only UNCONFIRMED can be filtered on");
        }
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        ReceiptApplication.YearPage p = receipts.ofYear(identity.require(), academicYear, state != null, page);
        return PageJson.of(p.items().stream().map(ReceiptJson::of).toList(), page, p.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A receipt with its items, digests and current state")
    public ReceiptJson get(@PathParam("id") String id) {
        return ReceiptJson.of(receipts.get(identity.require(), id));
    }

    @GET
    @Path("/{id}/statement")
    @Operation(summary = "The signed statement as canonical JSON (statement and school signature)")
    public Response statement(@PathParam("id") String id) {
        byte[] json = receipts.get(identity.require(), id).receipt().signed().json();
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment("receipt-" + id + ".json")).build();
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The receipt statement as PDF in Traditional Chinese")
    public Response pdf(@PathParam("id") String id) {
        return pdfResponse(receipts.pdf(identity.require(), id, ReceiptPdf.Variant.STATEMENT), "receipt-" + id + ".pdf");
    }

    @GET
    @Path("/{id}/letter")
    @Produces("application/pdf")
    @Operation(summary = "A printable letter with the statement and a reply slip, for paper mail")
    public Response letter(@PathParam("id") String id) {
        return pdfResponse(receipts.pdf(identity.require(), id, ReceiptPdf.Variant.LETTER), "letter-" + id + ".pdf");
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or dispute (with reason and itemId): the student online, the registrar for a paper reply")
    public ReceiptJson answer(@PathParam("id") String id, Requests.ConfirmationRequest body) {
        Requests.ConfirmationRequest b = Requests.required(body);
        if (!"CONFIRMED".equals(b.decision()) && !"DISPUTED".equals(b.decision())) {
            throw InvalidInputException.field("decision", "must be CONFIRMED or DISPUTED");
        }
        Actor actor = identity.require();
        return ReceiptJson.of(receipts.answer(actor, id, "CONFIRMED".equals(b.decision()), b.itemId(), b.reason()));
    }

    @POST
    @Path("/{id}/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mail the receipt to a student who has left; 503 mail-unavailable without archive.mail.host")
    public Map<String, String> email(@PathParam("id") String id, Requests.EmailRequest body) {
        String recipient = body == null ? null : body.recipient();
        return Map.of("sentTo", mail.send(identity.require(), id, recipient));
    }

    private static Response pdfResponse(byte[] pdf, String filename) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", ContentDisposition.attachment(filename))
                .build();
    }
}
