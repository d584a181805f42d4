package tw.portfolio.archive.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Builds the benchmark index: generates {@code N} {@link SyntheticCorpus} documents and writes
 * them with the index module's own {@link BulkIndexLoader} (analyzer, document mapping, writer
 * settings of the server) straight into {@code INDEX_DIR}, which should be {@code <dataDir>/index} of
 * a server yet to start: the server opens that generation as is. Prints indexing docs/s (generation
 * included, commit and pending merges included) with the load average, and writes the 1,000
 * fixed-seed benchmark queries to {@code QUERIES_FILE} and, if given, the next 2,000 of the same
 * sequence (other queries of the same kinds) to {@code WARMUP_FILE}, to warm a fresh server up with.
 * Usage: {@code CorpusLoader INDEX_DIR N THREADS RAM_BUFFER_MB QUERIES_FILE [WARMUP_FILE]}.
 */
public final class CorpusLoader {
    private CorpusLoader() {
    }

    public static void main(String[] args) throws Exception {
        Path indexDir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        double ramMb = Double.parseDouble(args[3]);
        List<String> queries = List.of(SyntheticCorpus.queries(3000));
        Files.write(Path.of(args[4]), queries.subList(0, 1000), StandardCharsets.UTF_8);
        if (args.length > 5) {
            Files.write(Path.of(args[5]), queries.subList(1000, 3000), StandardCharsets.UTF_8);
        }
        SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.SEED);
        String loadBefore = load();
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (BulkIndexLoader loader = BulkIndexLoader.create(indexDir, ramMb)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                Thread worker = new Thread(() -> {
                    try {
                        for (int i = first; i < n; i += threads) {
                            loader.add(corpus.document(i));
                        }
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    }
                }, "bulk-index-" + t);
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("indexing failed", failure.get());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.walk(indexDir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "indexed %d docs in %.1f s: %.0f docs/s (%d threads, RAM buffer %.0f MB,"
                + " generation and commit included); %.0f docs per CPU-second of this process; index %d MB on disk;"
                + " load before %s, after %s%n",
                n, seconds, n / seconds, threads, ramMb, n / cpuSeconds, bytes >> 20, loadBefore, load());
    }

    /** CPU time of this whole process (all threads, merges included): what indexing cost regardless of the load. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String load() throws java.io.IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }
}
