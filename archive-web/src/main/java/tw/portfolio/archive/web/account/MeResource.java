package tw.portfolio.archive.web.account;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.account.Account;
import tw.portfolio.archive.account.AccountService;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.web.security.RequestIdentity;
import tw.portfolio.archive.web.security.TokenService;

/** The caller's own account. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    RequestIdentity identity;
    @Inject
    AccountService accounts;
    @Inject
    TokenService tokens;

    /**
     * Who the caller is; {@code displayName} is the name a person is greeted by (the username when
     * the account has none), {@code studentId} is null for staff.
     */
    @JsonbNillable
    public record MeJson(String username, String displayName, List<String> roles, String studentId,
            boolean passwordChangeRequired) {
    }

    /** Password change body. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    @Operation(summary = "Who am I: username, display name, roles, and my student id when I am a student")
    public MeJson me() {
        Actor actor = identity.require();
        Optional<Account> account = accounts.find(actor.username());
        String displayName = account.map(Account::displayName).filter(n -> !n.isBlank()).orElse(actor.username());
        return new MeJson(actor.username(), displayName, actor.roles().stream().map(Enum::name).sorted().toList(),
                actor.studentId().orElse(null), account.map(Account::passwordChangeRequired).orElse(false));
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password (required after the first login of a generated account). Every "
            + "earlier token of the account stops working; the answer carries a new one")
    @APIResponse(responseCode = "200", description = "Changed: a new token, as POST /auth/token answers")
    @APIResponse(responseCode = "422", description = "The new password breaks the password rules (problem type "
            + "password-policy, one errors entry per broken rule)")
    public AuthResource.TokenJson changePassword(PasswordChange body, @Context HttpServletRequest request) {
        if (body == null) {
            throw InvalidInputException.field("newPassword", "is required");
        }
        AccountService.TokenGrant grant = accounts.changePassword(identity.require(), body.currentPassword(),
                body.newPassword(), request.getRemoteAddr());
        return AuthResource.tokenJson(tokens, grant);
    }
}
