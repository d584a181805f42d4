package tw.portfolio.archive.web.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import tw.portfolio.archive.account.Account;
import tw.portfolio.archive.account.AccountAdministration;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.web.student.StudentRequests;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Actions on other accounts: a system administrator's, and the registration section's password resets for students. Each revokes every token of the account it disables or resets. */
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
    @Operation(summary = "Reset a password to a one-time password: system administrators for any account; the "
            + "registration section for a student's or alumnus's account, with {nationalId, birthDate} matching the "
            + "student's record (422 identity-check otherwise). Every token of the account stops working and the "
            + "next login must change the password")
    public ResetJson resetPassword(@PathParam("username") String username, String body) {
        Actor actor = identity.require();
        if (actor.has(Role.SYSTEM_ADMIN) || !actor.has(Role.REGISTRAR)) {
            return new ResetJson(username, administration.resetPassword(actor, username));
        }
        JsonObject b = optionalObject(body);
        return new ResetJson(username, administration.resetStudentPassword(actor, username,
                StudentRequests.text(b, "nationalId"), StudentRequests.text(b, "birthDate")));
    }

    @GET
    @Operation(summary = "One account: username, display name, roles, disabled, password change pending (system "
            + "administrators)")
    public AccountJson get(@PathParam("username") String username) {
        return AccountJson.of(administration.find(identity.require(), username));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a staff account's roles and whether it is disabled (system administrators): "
            + "{roles?, disabled?}; new roles take effect at the next login (every token of the account stops working)")
    public AccountJson update(@PathParam("username") String username, JsonStructure body) {
        JsonObject b = StudentRequests.required(body);
        Set<Role> roles = b.containsKey("roles") && b.get("roles").getValueType() != JsonValue.ValueType.NULL
                ? AccountsCollectionResource.roles(b) : null;
        Account a = administration.update(identity.require(), username, roles, StudentRequests.bool(b, "disabled"));
        return AccountJson.of(a);
    }

    /** An account in an answer: never its password. */
    public record AccountJson(String username, String displayName, List<String> roles, boolean disabled,
            boolean passwordChangeRequired) {
        static AccountJson of(Account a) {
            return new AccountJson(a.username(), a.displayName(), a.roles().stream().map(Enum::name).sorted().toList(),
                    a.isDisabled(), a.passwordChangeRequired());
        }
    }

    private static JsonObject optionalObject(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return StudentRequests.required(r.read());
        } catch (JsonException e) {
            throw InvalidInputException.field("body", "is not JSON");
        }
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
