package tw.portfolio.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What the auditor downloads (issue 13): at most 5 MB, and none of the server's code or its
 * libraries: no portfolio classes, no PDFBox, no BagIt, no font, no JDBC driver, no Jakarta EE.
 */
class CliJarContentsIT {
    private static final Path JAR = Path.of("target", "archive-cli.jar");
    private static final long MAX_BYTES = 5_000_000;
    private static final List<String> SERVER_ONLY = List.of("tw/portfolio/archive/portfolio/", "tw/portfolio/archive/receipt/",
            "tw/portfolio/archive/web/", "tw/portfolio/archive/persistence/", "org/apache/pdfbox/", "org/apache/fontbox/",
            "gov/loc/", "org/apache/derby/", "org/flywaydb/", "org/postgresql/", "jakarta/", "io/ocfl/", "db/migration/");

    @Test
    void theJarIsAtMostFiveMegabytes() throws IOException {
        long size = Files.size(JAR);
        assertTrue(size <= MAX_BYTES, JAR + " is " + size + " bytes, more than " + MAX_BYTES);
    }

    @Test
    void theJarHoldsNoServerCodeFontOrJdbcDriver() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> offending = jar.stream().map(ZipEntry::getName)
                    .filter(name -> SERVER_ONLY.stream().anyMatch(name::startsWith) || name.endsWith(".ttf")
                            || name.endsWith(".otf") || name.equals("META-INF/services/java.sql.Driver"))
                    .toList();
            assertEquals(List.of(), offending);
            assertTrue(jar.getEntry("tw/portfolio/archive/cli/ArchiveCli.class") != null, "the verifier itself is missing");
        }
    }
}
