package tw.portfolio.archive.receipt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams a bag folder as a zip whose one top-level folder is the bag (the usual way bags travel,
 * RFC 8493 §4.1 serialization): entry names use {@code /} and UTF-8, in sorted order, so the same
 * bag always gives the same entry list. Nothing is buffered beyond the zip stream's own window.
 */
public final class BagZip {
    /** Media type of the serialization. */
    public static final String MEDIA_TYPE = "application/zip";

    private BagZip() {
    }

    /** Writes the bag at {@code bagDir} to {@code out} as a zip; {@code out} is finished, not closed. */
    public static void write(Path bagDir, OutputStream out) throws IOException {
        String top = bagDir.getFileName().toString();
        List<Path> files;
        try (Stream<Path> all = Files.walk(bagDir)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Path file : files) {
            String relative = bagDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            zip.putNextEntry(new ZipEntry(top + "/" + relative));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The file name to offer for the bag's zip. */
    public static String filename(Path bagDir) {
        return bagDir.getFileName() + ".zip";
    }
}
