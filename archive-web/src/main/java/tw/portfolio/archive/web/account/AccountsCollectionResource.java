package tw.portfolio.archive.web.account;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.account.AccountAdministration;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.web.security.RequestIdentity;
import tw.portfolio.archive.web.student.StudentRequests;

/** Creating staff accounts (SYSTEM_ADMIN); one account's actions are under {@code /accounts/{username}}. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsCollectionResource {
    @Inject
    RequestIdentity identity;
    @Inject
    AccountAdministration administration;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account (system administrators): {username, displayName, roles}; 201 with "
            + "{username, oneTimePassword}, shown once; the first login must change it")
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(JsonStructure body) {
        JsonObject b = StudentRequests.required(body);
        String username = StudentRequests.text(b, "username");
        String oneTime = administration.create(identity.require(), username, StudentRequests.text(b, "displayName"),
                roles(b));
        return Response.created(UriBuilder.fromPath("/api/v1/accounts/{u}").build(username))
                .entity(new AccountsResource.ResetJson(username, oneTime)).build();
    }

    /** The {@code roles} array of a body, each a role name; 400 naming the field otherwise. */
    static Set<Role> roles(JsonObject b) {
        JsonValue v = b.get("roles");
        if (!(v instanceof JsonArray a)) {
            throw InvalidInputException.field("roles", "must be an array of role names");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonValue r : a) {
            try {
                roles.add(Role.valueOf(((JsonString) r).getString()));
            } catch (ClassCastException | IllegalArgumentException e) {
                throw InvalidInputException.field("roles", "must be role names, e.g. REGISTRAR");
            }
        }
        return roles;
    }
}
