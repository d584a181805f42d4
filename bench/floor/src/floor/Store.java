package floor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The least a durable upload must do: read the bytes, hash them, write them, force file and directory. */
final class Store {
    private static final Path DIR = Path.of(System.getProperty("floor.dir", "floor-out"));

    private Store() {
    }

    static void consume(InputStream in, boolean store) throws IOException {
        byte[] b = new byte[64 * 1024];
        if (!store) {
            while (in.read(b) >= 0) {
                // drain
            }
            return;
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(DIR);
        Path f = Files.createTempFile(DIR, "u", ".bin");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 64 * 1024)) {
            for (int n; (n = in.read(b)) >= 0;) {
                digest.update(b, 0, n);
                out.write(b, 0, n);
            }
            out.flush();
            ch.force(true);
        }
        try (FileChannel dir = FileChannel.open(DIR, StandardOpenOption.READ)) {
            dir.force(true);
        }
        digest.digest();
    }
}
