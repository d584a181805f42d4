package tw.portfolio.archive.web.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import tw.portfolio.archive.account.AccountService;
import tw.portfolio.archive.account.AccountService.LoginResult;
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
    @APIResponse(responseCode = "401", description = "Wrong username or password. The same answer, after the same "
            + "time, for an unknown username, a disabled account, and a username throttled at this address")
    @APIResponse(responseCode = "429", description = "Too many failed logins from this address, whatever the "
            + "usernames; Retry-After says when to try again")
    public Response login(Credentials credentials, @Context HttpServletRequest request) {
        if (credentials == null || blank(credentials.username()) || blank(credentials.password())) {
            throw InvalidInputException.field("username", "username and password are required");
        }
        LoginResult result = identityStore.check(credentials.username(), credentials.password(),
                request.getRemoteAddr());
        if (result instanceof LoginResult.Success s) {
            return Response.ok(tokenJson(tokens, s.grant())).build();
        }
        if (result instanceof LoginResult.AddressThrottled t) {
            return Response.fromResponse(Problem.response(429, "too-many-login-attempts", "Too many login attempts",
                    "Too many failed logins from this address; try again in " + t.retryAfter().toSeconds() + " s"))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(t.retryAfter().toSeconds())).build();
        }
        return Problem.response(401, "invalid-credentials", "Invalid credentials", "Wrong username or password");
    }

    /** The token response for what {@code grant} allows. */
    static TokenJson tokenJson(TokenService tokens, AccountService.TokenGrant grant) {
        return new TokenJson(tokens.issue(grant), "Bearer", tokens.ttlSeconds());
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
}
