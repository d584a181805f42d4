package tw.portfolio.archive.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import tw.portfolio.archive.account.TokenCodec;
import tw.portfolio.archive.web.problem.Problem;

/** Answers 401 for every API call without a valid token, unless the endpoint is {@link Public}. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    @Context
    ResourceInfo resourceInfo;
    @Inject
    RequestIdentity identity;
    @Inject
    tw.portfolio.archive.account.AccountService accounts;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (isPublic()) {
            return;
        }
        if (identity.actor().isPresent()) {
            if (mustChangePasswordFirst(ctx)) {
                ctx.abortWith(Problem.response(403, "password-change-required", "Password change required",
                        "This account has a one-time password: change it with PUT /api/v1/me/password first"));
            }
            return;
        }
        Response problem = Problem.response(401, "unauthorized", "Unauthorized",
                "This call needs a valid token: POST /api/v1/auth/token, then send Authorization: Bearer <token>");
        ctx.abortWith(Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }

    /**
     * A generated one-time password allows only reading who you are, changing it, and logging out.
     * Only a token issued while the change was pending makes the account be looked up.
     */
    private boolean mustChangePasswordFirst(ContainerRequestContext ctx) {
        if (!identity.claims().map(TokenCodec.Claims::passwordChangePending).orElse(true)) {
            return false;
        }
        String path = ctx.getUriInfo().getPath();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.equals("me") || path.equals("me/password") || path.equals("auth/token")) {
            return false;
        }
        return accounts.find(identity.actor().get().username())
                .map(tw.portfolio.archive.account.Account::passwordChangeRequired).orElse(false);
    }

    private boolean isPublic() {
        Method m = resourceInfo.getResourceMethod();
        Class<?> c = resourceInfo.getResourceClass();
        return (m != null && m.isAnnotationPresent(Public.class)) || (c != null && c.isAnnotationPresent(Public.class));
    }
}
