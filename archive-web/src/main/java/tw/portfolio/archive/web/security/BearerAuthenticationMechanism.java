package tw.portfolio.archive.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.portfolio.archive.account.TokenCodec;

/**
 * Jakarta Security mechanism for {@code Authorization: Bearer} tokens. A valid token logs the
 * caller in for this request with the token's roles as groups; no or a bad token leaves the
 * request anonymous, and the API answers 401 where a caller is required.
 */
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {
    @Inject
    TokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<TokenCodec.Claims> claims = bearer(request).flatMap(tokens::verify);
        if (claims.isEmpty()) {
            return context.doNothing();
        }
        request.setAttribute(RequestIdentity.ATTRIBUTE, claims.get());
        Set<String> groups = claims.get().actor().roles().stream().map(Enum::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(
                new CredentialValidationResult(claims.get().actor().username(), groups));
    }

    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }
}
