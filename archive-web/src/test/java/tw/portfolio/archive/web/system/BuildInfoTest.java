package tw.portfolio.archive.web.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildInfoTest {
    @Test
    void theVersionIsTheFilteredProjectVersionNotDev() {
        assertTrue(BuildInfo.version().matches("[0-9]+\\.[0-9]+\\.[0-9]+.*"), BuildInfo.version());
    }

    @Test
    void aMissingBuildFileReadsAsDev() {
        assertEquals("dev", BuildInfo.read("/no-such-build.properties"));
    }
}
