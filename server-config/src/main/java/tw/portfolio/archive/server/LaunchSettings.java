package tw.portfolio.archive.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The launch-time settings, read like MicroProfile Config reads them: a system property
 * ({@code archive.data.dir}) wins over the environment variable ({@code ARCHIVE_DATA_DIR}), which
 * wins over the default. Derived values (database name, log locations) follow the data directory.
 */
public record LaunchSettings(Path dataDir, String httpAddress, Map<String, String> systemProperties) {
    static final String DATA_DIR = "archive.data.dir";
    static final String HTTP_ADDRESS = "archive.http.address";

    /** Resolves the settings from the environment and system properties given. */
    public static LaunchSettings resolve(Map<String, String> env, Properties props) {
        Path dataDir = Path.of(read(DATA_DIR, "./data", env, props)).toAbsolutePath().normalize();
        String address = read(HTTP_ADDRESS, "127.0.0.1", env, props);
        Map<String, String> sys = new LinkedHashMap<>();
        sys.put("hazelcast.phone.home.enabled", "false");
        sys.put(DATA_DIR, dataDir.toString());
        sys.put("derby.system.home", dataDir.toString());
        sys.put("derby.stream.error.file", dataDir.resolve("logs").resolve("derby.log").toString());
        sys.put("pdfbox.fontcache", dataDir.resolve("cache").toString());
        putDefault(sys, "archive.db.dataSourceClass", "org.apache.derby.jdbc.EmbeddedDataSource", env, props);
        putDefault(sys, "archive.db.name", dataDir.resolve("db").toString(), env, props);
        putDefault(sys, "archive.db.serverName", "localhost", env, props);
        putDefault(sys, "archive.db.createDatabase", "create", env, props);
        putDefault(sys, "archive.db.user", "archive", env, props);
        putDefault(sys, "archive.db.password", "archive", env, props);
        return new LaunchSettings(dataDir, address, Map.copyOf(sys));
    }

    /**
     * Turns Payara's data grid off before it starts. {@code --nohazelcast} alone still leaves Hazelcast
     * listening on {@code *:6900}; with its configuration disabled no data-grid listener is opened at
     * all, and the HTTP listener is the only socket the server listens on.
     */
    static final String NO_DATA_GRID = "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false";

    /**
     * Room for a request line and headers, in bytes: past it Grizzly answers 400 with an empty body
     * before the archive sees the request; below it a long query reaches the API, which refuses it
     * as a problem naming the parameter.
     */
    public static final int MAX_REQUEST_HEAD_BYTES = 32 * 1024;

    /**
     * asadmin commands run before boot: no data grid (nothing listens but HTTP), the HTTP listener
     * bound to the configured address, and request heads up to {@link #MAX_REQUEST_HEAD_BYTES} let
     * through to the archive.
     */
    public List<String> prebootCommands() {
        return List.of(NO_DATA_GRID,
                "set configs.config.server-config.network-config.network-listeners.network-listener."
                        + "http-listener.address=" + httpAddress,
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http."
                        + "header-buffer-length-bytes=" + MAX_REQUEST_HEAD_BYTES);
    }

    static String read(String key, String fallback, Map<String, String> env, Properties props) {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            v = env.get(envName(key));
        }
        return v == null || v.isBlank() ? fallback : v;
    }

    /** MicroProfile Config's environment name: non-alphanumerics become '_', then upper case. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static void putDefault(Map<String, String> sys, String key, String fallback, Map<String, String> env,
            Properties props) {
        sys.put(key, read(key, fallback, env, props));
    }
}
