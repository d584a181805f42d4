package floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** JAX-RS at /api/v1, as the archive has it, with the raw-body resource only. */
@ApplicationPath("/api/v1")
public class Api extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Res.class);
    }
}
