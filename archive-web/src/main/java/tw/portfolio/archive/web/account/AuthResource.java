package tw.portfolio.archive.web.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import tw.portfolio.archive.account.AccountService.LoginResult;
import tw.portfolio.archive.account.LoginPolicy;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.web.problem.Problem;
import tw.portfolio.archive.web.security.DatabaseIdentityStore;
import tw.portfolio.archive.web.security.Public;
import tw.portfolio.archive.web.security.RequestIdentity;
import tw.portfolio.archive.web.security.TokenService;

/** Tokens for API clients and the browser UI: log in, log out. */
@Path("/auth/token")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    DatabaseIdentityStore identityStore;
    @Inject
    TokenService tokens;
    @Inject
    RequestIdentity identity;
    @Inject
    LoginPolicy policy;

    /** Login request body. */
    public record Credentials(String username, String password) {
    }

    /** Token response, in the OAuth 2.0 field names. */
    public record TokenJson(String access_token, String token_type, long expires_in) {
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a username and password for a bearer token")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "student",
            value = "{\"username\":\"student1\",\"password\":\"demo-password\"}")))
    public Response login(Credentials credentials) {
        if (credentials == null || blank(credentials.username()) || blank(credentials.password())) {
            throw InvalidInputException.field("username", "username and password are required");
        }
        LoginResult result = identityStore.check(credentials.username(), credentials.password());
        if (result instanceof LoginResult.Success s) {
            String token = tokens.issue(s.actor(), s.passwordChangeRequired());
            return Response.ok(new TokenJson(token, "Bearer", tokens.ttlSeconds())).build();
        }
        if (result instanceof LoginResult.Locked locked) {
            return Problem.response(401, "account-locked", "Account locked",
                    "Too many failed logins; the account is locked until " + locked.until());
        }
        pause(policy.delayAfter(((LoginResult.Failure) result).consecutiveFailures()));
        return Problem.response(401, "invalid-credentials", "Invalid credentials", "Wrong username or password");
    }

    @DELETE
    @Operation(summary = "Log out: revoke the token used for this call")
    public Response logout() {
        identity.claims().ifPresent(tokens::revoke);
        return Response.noContent().build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
