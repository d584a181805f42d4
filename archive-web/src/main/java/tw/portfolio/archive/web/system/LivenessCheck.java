package tw.portfolio.archive.web.system;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has headroom: fails when free heap after GC pressure is nearly gone. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        double usedRatio = (double) used / rt.maxMemory();
        return HealthCheckResponse.named("jvm").withData("heapUsedRatio", String.format("%.2f", usedRatio))
                .status(usedRatio < 0.98).build();
    }
}
