package tw.portfolio.archive.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.CurrentCaller;
import tw.portfolio.archive.account.TokenCodec;
import tw.portfolio.archive.error.ForbiddenException;

/**
 * Who is calling in this request, as the authentication mechanism established it (kept as a
 * request attribute, so it does not depend on when the CDI request context starts).
 */
@RequestScoped
public class RequestIdentity implements CurrentCaller {
    static final String ATTRIBUTE = "tw.portfolio.archive.claims";

    @Inject
    HttpServletRequest request;

    public Optional<TokenCodec.Claims> claims() {
        Object c = request.getAttribute(ATTRIBUTE);
        return c instanceof TokenCodec.Claims claims ? Optional.of(claims) : Optional.empty();
    }

    public Optional<Actor> actor() {
        return claims().map(TokenCodec.Claims::actor);
    }

    /** The caller; the authentication filter has already answered 401 for anonymous requests. */
    public Actor require() {
        return actor().orElseThrow(() -> new ForbiddenException("Authentication required"));
    }

    @Override
    public Optional<String> username() {
        try {
            return actor().map(Actor::username);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
