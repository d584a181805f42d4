package tw.portfolio.archive.retention.erasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The deletion-trace byte scan (issue 15): finds, in every file under a directory (database files and
 * transaction log, OCFL root, index, logs, everything), any of a person's clear values in UTF-8,
 * UTF-16LE or UTF-16BE, and any run of {@value #RUN} bytes of a deleted file's content.
 *
 * <p>Runs are found with a rolling hash: every deleted file is cut into blocks of {@value #BLOCK}
 * bytes at offsets that are multiples of {@value #BLOCK}, and the hashes of those blocks go in a
 * map. A run of {@value #RUN} bytes at any offset covers at least one whole block, so rolling a
 * {@value #BLOCK}-byte window over each scanned file and looking its hash up finds every run; each
 * hit is checked byte for byte and extended both ways, and counts when it is at least {@value #RUN}
 * long. Blocks of one repeated byte (zero padding) are left out: they say nothing about a person.
 */
public final class TraceScan {
    /** The shortest run of a deleted file's bytes that counts as a trace. */
    public static final int RUN = 64;
    static final int BLOCK = RUN / 2;
    private static final long BASE = 1_000_003L;
    private static final long TOP;

    static {
        long p = 1;
        for (int i = 0; i < BLOCK - 1; i++) {
            p *= BASE;
        }
        TOP = p;
    }

    /** One trace: where, and what was found. */
    public record Trace(Path file, long offset, String what) {
    }

    private final Map<String, byte[]> needles = new LinkedHashMap<>();
    private final List<byte[]> deleted = new ArrayList<>();
    private final List<String> deletedNames = new ArrayList<>();
    private final Map<Long, List<long[]>> blocks = new HashMap<>();

    private TraceScan() {
    }

    /**
     * A scan for {@code texts} (each in three encodings; blank ones ignored) and for runs of the
     * {@code deletedFiles}' bytes (named by their key in reports).
     */
    public static TraceScan of(List<String> texts, Map<String, byte[]> deletedFiles) {
        TraceScan scan = new TraceScan();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                scan.needles.put("\"" + text + "\" UTF-8", text.getBytes(StandardCharsets.UTF_8));
                scan.needles.put("\"" + text + "\" UTF-16LE", text.getBytes(StandardCharsets.UTF_16LE));
                scan.needles.put("\"" + text + "\" UTF-16BE", text.getBytes(StandardCharsets.UTF_16BE));
            }
        }
        deletedFiles.forEach((name, bytes) -> {
            int f = scan.deleted.size();
            scan.deleted.add(bytes);
            scan.deletedNames.add(name);
            for (int off = 0; off + BLOCK <= bytes.length; off += BLOCK) {
                if (!uniform(bytes, off)) {
                    scan.blocks.computeIfAbsent(hash(bytes, off), h -> new ArrayList<>(1)).add(new long[] {f, off});
                }
            }
        });
        return scan;
    }

    /** Every trace under {@code root}, in file order; empty when the directory holds none. */
    public List<Trace> scan(Path root) {
        List<Trace> traces = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] data;
                try {
                    data = Files.readAllBytes(file);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                }
                scanBytes(file, data, traces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan " + root, e);
        }
        return traces;
    }

    private void scanBytes(Path file, byte[] data, List<Trace> traces) {
        needles.forEach((what, needle) -> {
            int at = indexOf(data, needle, 0);
            if (at >= 0) {
                traces.add(new Trace(file, at, what));
            }
        });
        if (blocks.isEmpty() || data.length < RUN) {
            return;
        }
        long h = hash(data, 0);
        for (int p = 0; ; p++) {
            List<long[]> candidates = blocks.get(h);
            if (candidates != null) {
                for (long[] c : candidates) {
                    int length = matchLength(data, p, deleted.get((int) c[0]), (int) c[1]);
                    if (length >= RUN) {
                        traces.add(new Trace(file, p, length + "-byte run of deleted file " + deletedNames.get((int) c[0])));
                        return;
                    }
                }
            }
            if (p + BLOCK >= data.length) {
                return;
            }
            h = (h - (data[p] & 0xff) * TOP) * BASE + (data[p + BLOCK] & 0xff);
        }
    }

    /** How long the equal run through data[p..p+BLOCK) and source[s..s+BLOCK) is (0 if the block differs). */
    private static int matchLength(byte[] data, int p, byte[] source, int s) {
        for (int i = 0; i < BLOCK; i++) {
            if (data[p + i] != source[s + i]) {
                return 0;
            }
        }
        int left = 0;
        while (p - left - 1 >= 0 && s - left - 1 >= 0 && data[p - left - 1] == source[s - left - 1]) {
            left++;
        }
        int right = 0;
        while (p + BLOCK + right < data.length && s + BLOCK + right < source.length
                && data[p + BLOCK + right] == source[s + BLOCK + right]) {
            right++;
        }
        return left + BLOCK + right;
    }

    private static long hash(byte[] b, int off) {
        long h = 0;
        for (int i = 0; i < BLOCK; i++) {
            h = h * BASE + (b[off + i] & 0xff);
        }
        return h;
    }

    private static boolean uniform(byte[] b, int off) {
        for (int i = 1; i < BLOCK; i++) {
            if (b[off + i] != b[off]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
