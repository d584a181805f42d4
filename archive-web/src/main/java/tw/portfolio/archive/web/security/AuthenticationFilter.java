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
import tw.portfolio.archive.web.problem.Problem;

/** Answers 401 for every API call without a valid token, unless the endpoint is {@link Public}. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    @Context
    ResourceInfo resourceInfo;
    @Inject
    RequestIdentity identity;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (isPublic() || identity.actor().isPresent()) {
            return;
        }
        Response problem = Problem.response(401, "unauthorized", "Unauthorized",
                "This call needs a valid token: POST /api/v1/auth/token, then send Authorization: Bearer <token>");
        ctx.abortWith(Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }

    private boolean isPublic() {
        Method m = resourceInfo.getResourceMethod();
        Class<?> c = resourceInfo.getResourceClass();
        return (m != null && m.isAnnotationPresent(Public.class)) || (c != null && c.isAnnotationPresent(Public.class));
    }
}
