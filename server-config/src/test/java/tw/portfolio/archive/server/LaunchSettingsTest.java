package tw.portfolio.archive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    @Test
    void defaultsKeepEverythingUnderTheDataDirectoryAndBindToLoopback() {
        LaunchSettings s = LaunchSettings.resolve(Map.of(), new Properties());
        Path data = Path.of("./data").toAbsolutePath().normalize();
        assertEquals(data, s.dataDir());
        assertEquals("127.0.0.1", s.httpAddress());
        assertEquals("false", s.systemProperties().get("hazelcast.phone.home.enabled"));
        assertEquals(data.resolve("logs/derby.log").toString(), s.systemProperties().get("derby.stream.error.file"));
        assertEquals(data.resolve("cache").toString(), s.systemProperties().get("pdfbox.fontcache"));
        assertEquals(data.resolve("db").toString(), s.systemProperties().get("archive.db.name"));
        assertTrue(s.prebootCommands().contains(LaunchSettings.NO_DATA_GRID));
        assertTrue(s.prebootCommands().stream().anyMatch(c -> c.endsWith("http-listener.address=127.0.0.1")));
        assertTrue(s.prebootCommands().contains("set configs.config.server-config.network-config.protocols.protocol."
                + "http-listener.http.header-buffer-length-bytes=32768"), s.prebootCommands().toString());
    }

    @Test
    void environmentVariablesSetTheDataDirectoryAndAddress() {
        LaunchSettings s = LaunchSettings.resolve(
                Map.of("ARCHIVE_DATA_DIR", "/srv/archive", "ARCHIVE_HTTP_ADDRESS", "0.0.0.0"), new Properties());
        assertEquals(Path.of("/srv/archive"), s.dataDir());
        assertEquals("/srv/archive/db", s.systemProperties().get("archive.db.name"));
        assertEquals("0.0.0.0", s.httpAddress());
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        Properties p = new Properties();
        p.setProperty("archive.data.dir", "/a");
        LaunchSettings s = LaunchSettings.resolve(Map.of("ARCHIVE_DATA_DIR", "/b"), p);
        assertEquals(Path.of("/a"), s.dataDir());
    }

    @Test
    void phoneHomeCannotBeSwitchedBackOn() {
        Properties p = new Properties();
        p.setProperty("hazelcast.phone.home.enabled", "true");
        assertEquals("false", LaunchSettings.resolve(Map.of(), p).systemProperties().get("hazelcast.phone.home.enabled"));
    }

    @Test
    void environmentNamesFollowMicroProfileConfig() {
        assertEquals("ARCHIVE_DB_NAME", LaunchSettings.envName("archive.db.name"));
    }
}
