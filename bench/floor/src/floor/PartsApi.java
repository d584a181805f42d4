package floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** JAX-RS at /parts/api/v1 with the resource that takes the runtime's multipart parts. */
@ApplicationPath("/parts/api/v1")
public class PartsApi extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PartsRes.class);
    }
}
