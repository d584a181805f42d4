package tw.portfolio.archive.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
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

    /** Opens one file of a bag by its {@code /}-separated path inside the bag. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String relativePath) throws IOException;
    }

    /** Writes the bag at {@code bagDir} to {@code out} as a zip; {@code out} is finished, not closed. */
    public static void write(Path bagDir, OutputStream out) throws IOException {
        List<String> files;
        try (Stream<Path> all = Files.walk(bagDir)) {
            files = all.filter(Files::isRegularFile)
                    .map(f -> bagDir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/")).toList();
        }
        write(bagDir.getFileName().toString(), files, relative -> Files.newInputStream(bagDir.resolve(relative)), out);
    }

    /**
     * Writes the bag named {@code top} whose files are {@code relativePaths} (read through
     * {@code source}) to {@code out} as a zip, entries sorted; {@code out} is finished, not closed.
     */
    public static void write(String top, Collection<String> relativePaths, Source source, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (String relative : new TreeSet<>(relativePaths)) {
            zip.putNextEntry(new ZipEntry(top + "/" + relative));
            try (InputStream in = source.open(relative)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The file name to offer for the bag's zip. */
    public static String filename(Path bagDir) {
        return filename(bagDir.getFileName().toString());
    }

    /** The file name to offer for the zip of the bag named {@code top}. */
    public static String filename(String top) {
        return top + ".zip";
    }
}
