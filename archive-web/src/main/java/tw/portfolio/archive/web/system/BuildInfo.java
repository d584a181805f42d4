package tw.portfolio.archive.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts fixed when the archive was built, from {@code archive-build.properties}, which Maven's
 * resource filtering fills in with the project version. An unfiltered or missing file (a run
 * straight from sources) reads as {@value #UNKNOWN}.
 */
public final class BuildInfo {
    /** The version shown when the build did not record one. */
    public static final String UNKNOWN = "dev";
    static final String RESOURCE = "/archive-build.properties";
    private static final String VERSION = read(RESOURCE);

    private BuildInfo() {
    }

    /** The archive's version, for example {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    static String read(String resource) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.contains("${") ? UNKNOWN : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
