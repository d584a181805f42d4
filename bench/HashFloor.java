import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The floor of a verifier written in Java, for bench/verify.sh: every regular file under DIR hashed
 * with the JDK's SHA-256 on all cores in a fresh JVM, the walk feeding the hashing threads as it goes,
 * and nothing else (no inventory read, nothing compared, no report). Compiled to a class by the script
 * first, so its time holds no compilation of source. Prints the file count and bytes.
 * Usage: java -cp CLASSES HashFloor DIR
 */
public final class HashFloor {
    private static final File END = new File("");

    private HashFloor() {
    }

    public static void main(String[] args) throws Exception {
        BlockingQueue<File> queue = new LinkedBlockingQueue<>();
        int cores = Runtime.getRuntime().availableProcessors();
        long[] bytes = new long[cores];
        long[] files = new long[cores];
        Thread[] threads = new Thread[cores];
        for (int t = 0; t < cores; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                try {
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    byte[] buffer = new byte[256 * 1024];
                    for (File f; (f = queue.take()) != END;) {
                        try (FileInputStream in = new FileInputStream(f)) {
                            for (int n; (n = in.read(buffer)) >= 0;) {
                                digest.update(buffer, 0, n);
                                bytes[me] += n;
                            }
                        }
                        digest.digest();
                        files[me]++;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[t].start();
        }
        walk(new File(args[0]), queue);
        for (int t = 0; t < cores; t++) {
            queue.put(END);
        }
        long totalFiles = 0;
        long totalBytes = 0;
        for (int t = 0; t < cores; t++) {
            threads[t].join();
            totalFiles += files[t];
            totalBytes += bytes[t];
        }
        System.out.println(totalFiles + " files, " + totalBytes + " bytes");
    }

    private static void walk(File dir, BlockingQueue<File> queue) throws IOException, InterruptedException {
        String[] names = dir.list();
        if (names == null) {
            throw new IOException("cannot list " + dir);
        }
        for (String name : names) {
            File f = new File(dir, name);
            if (f.isDirectory()) {
                walk(f, queue);
            } else {
                queue.put(f);
            }
        }
    }
}
