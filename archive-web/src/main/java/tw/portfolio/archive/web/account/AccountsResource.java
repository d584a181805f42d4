package tw.portfolio.archive.web.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.AccountAdministration;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.web.security.RequestIdentity;

/** A system administrator's actions on other accounts. Each revokes every token of the account it disables or resets. */
@Path("/accounts/{username}")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    AccountAdministration administration;

    /** The one-time password of a reset: shown once, changed at the next login. */
    public record ResetJson(String username, String oneTimePassword) {
    }

    /** Whether an account may log in. */
    public record StatusJson(Boolean enabled) {
    }

    @POST
    @Path("/password-reset")
    @Operation(summary = "Reset a password to a one-time password (system administrators); every token of the "
            + "account stops working and the next login must change the password")
    public ResetJson resetPassword(@PathParam("username") String username) {
        return new ResetJson(username, administration.resetPassword(identity.require(), username));
    }

    @PUT
    @Path("/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable or enable an account (system administrators); disabling stops every token of it")
    public StatusJson setStatus(@PathParam("username") String username, StatusJson body) {
        if (body == null || body.enabled() == null) {
            throw InvalidInputException.field("enabled", "is required: true or false");
        }
        return new StatusJson(administration.setEnabled(identity.require(), username, body.enabled()));
    }
}
