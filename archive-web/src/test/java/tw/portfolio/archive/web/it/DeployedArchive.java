package tw.portfolio.archive.web.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one set-up of every Arquillian IT: a fresh data directory ({@link FreshDataDirectory},
 * registered before Arquillian so it runs before the server starts), the WAR the build made
 * ({@link Deployments#builtWar}) on its own Payara Micro, tests run as a client over loopback, and
 * an {@link ApiClient} on the deployment's address before each test. Each subclass boots a server of
 * its own (about 13 s and 700 MB): add tests to an existing class before adding a class.
 */
@ExtendWith({FreshDataDirectory.class, ArquillianExtension.class})
@RunAsClient
abstract class DeployedArchive {
    @ArquillianResource
    URL base;

    /** A client of the deployed archive, fresh for each test. */
    ApiClient api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    final void connect() {
        api = new ApiClient(base);
    }

    /** A demo account's bearer token (password {@code demo-password}). */
    String token(String username) {
        return api.demoToken(username);
    }

    /** The student id of the student a token belongs to. */
    String studentIdOf(String token) {
        return ApiClient.json(api.get("api/v1/me", token)).getString("studentId");
    }
}
