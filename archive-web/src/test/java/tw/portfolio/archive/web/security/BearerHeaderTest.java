package tw.portfolio.archive.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BearerHeaderTest {

    /** A request whose only answer is its Authorization header; anything else is a test error. */
    private static HttpServletRequest withAuthorization(String header) {
        return (HttpServletRequest) Proxy.newProxyInstance(BearerHeaderTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeader") && "Authorization".equals(args[0])) {
                        return header;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theTokenAfterBearerIsTaken() {
        assertEquals(Optional.of("v1.abc.def"), BearerAuthenticationMechanism.bearer(withAuthorization("Bearer v1.abc.def")));
    }

    @ParameterizedTest(name = "\"{0}\" names the token")
    @ValueSource(strings = {"bearer v1.abc.def", "BEARER v1.abc.def", "Bearer   v1.abc.def  "})
    void theSchemeIsCaseInsensitiveAndSpacesAroundTheTokenAreDropped(String header) {
        assertEquals(Optional.of("v1.abc.def"), BearerAuthenticationMechanism.bearer(withAuthorization(header)));
    }

    @ParameterizedTest(name = "\"{0}\" carries no bearer token")
    @NullAndEmptySource
    @ValueSource(strings = {"Basic c3R1ZGVudDE6ZGVtby1wYXNzd29yZA==", "Bearerv1.abc.def", "Bearer", "Token v1.abc.def",
        " Bearer v1.abc.def"})
    void otherSchemesAndMalformedHeadersLeaveTheRequestAnonymous(String header) {
        assertEquals(Optional.empty(), BearerAuthenticationMechanism.bearer(withAuthorization(header)));
    }
}
