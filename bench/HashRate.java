import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Diagnostic for bench/sha.sh, run as a single source file: SHA-256 of every file in DIR with the JDK's
 * MessageDigest on THREADS threads (64 KiB reads), printing MB/s. No OCFL, no inventory: the hashing floor
 * of what `verify store` does. The whole pass runs twice and both are printed: the first is what a fresh
 * JVM such as `java -jar archive-cli.jar` gets (interpreted, then compiled while it runs; its time adds to the
 * JVM's start), the second the JIT-compiled rate.
 * Usage: java bench/HashRate.java DIR THREADS
 */
public final class HashRate {
    private HashRate() {
    }

    public static void main(String[] args) throws Exception {
        run(args, "cold (first pass)");
        run(args, "warm (second pass)");
    }

    private static void run(String[] args, String label) throws Exception {
        List<Path> files;
        try (var s = Files.list(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int threads = Integer.parseInt(args[1]);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Long>> parts = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[64 * 1024];
                long bytes = 0;
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try (InputStream in = Files.newInputStream(files.get(i))) {
                        for (int n; (n = in.read(buf)) > 0; bytes += n) {
                            md.update(buf, 0, n);
                        }
                    }
                    md.digest();
                }
                return bytes;
            }));
        }
        long bytes = 0;
        for (Future<Long> f : parts) {
            bytes += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%s: %d files, %.1f MB in %.3f s on %d threads: %.1f MB/s%n", label,
                files.size(), bytes / 1e6, seconds, threads, bytes / 1e6 / seconds);
    }
}
