package tw.portfolio.archive.web.account;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.Account;
import tw.portfolio.archive.account.AccountService;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.web.security.RequestIdentity;

/** The caller's own account. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    RequestIdentity identity;
    @Inject
    AccountService accounts;

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
    @Operation(summary = "Change my password (required after the first login of a generated account)")
    public Response changePassword(PasswordChange body) {
        if (body == null) {
            throw InvalidInputException.field("newPassword", "is required");
        }
        accounts.changePassword(identity.require(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}
