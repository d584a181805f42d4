package tw.portfolio.archive.integrity.fixity;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * Opens and reads files with {@code java.io}: one native call each for open and read, where the
 * {@code java.nio.file} equivalents run several layers of Java that a short-lived verifier would
 * interpret and then compile. A file that is not there is a {@link NoSuchFileException}, as with
 * {@code java.nio.file}, so that callers can tell "missing" from "unreadable".
 */
final class SmallFiles {
    private SmallFiles() {
    }

    static FileInputStream open(File file) throws IOException {
        try {
            return new FileInputStream(file);
        } catch (FileNotFoundException e) {
            if (!file.exists()) {
                throw new NoSuchFileException(file.getPath());
            }
            throw e;
        }
    }

    static byte[] readAll(File file) throws IOException {
        try (FileInputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    /**
     * {@code relative} resolved against a directory and normalized, as {@code Path.normalize} does,
     * or null when it leaves that directory (an absolute path, or more {@code ..} than it descended).
     */
    static String normalizedWithin(String relative) {
        if (relative.startsWith("/")) {
            return null;
        }
        StringBuilder out = new StringBuilder(relative.length());
        int depth = 0;
        int start = 0;
        while (start <= relative.length()) {
            int end = relative.indexOf('/', start);
            if (end < 0) {
                end = relative.length();
            }
            String segment = relative.substring(start, end);
            if (segment.equals("..")) {
                if (depth == 0) {
                    return null;
                }
                depth--;
                int cut = out.lastIndexOf("/");
                out.setLength(Math.max(cut, 0));
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                if (depth > 0) {
                    out.append('/');
                }
                out.append(segment);
                depth++;
            }
            start = end + 1;
        }
        return out.toString();
    }
}
