package tw.portfolio.archive.retention.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deletion-trace scan finds what it must, wherever it sits, and nothing shorter than a run. */
class TraceScanTest {
    @TempDir
    Path dir;

    private final byte[] deleted = DiskArchive.random(5_000);

    @Test
    void aSixtyFourByteRunOfADeletedFileIsFoundAtAnyOffsetInAnyFile() throws Exception {
        for (int offset : new int[] {0, 1, 31, 33, 4_000}) {
            byte[] data = DiskArchive.random(6_000);
            System.arraycopy(deleted, 777 + offset % 7, data, offset, TraceScan.RUN);
            Files.createDirectories(dir.resolve("sub"));
            Files.write(dir.resolve("sub/f" + offset), data);
        }
        List<TraceScan.Trace> traces = TraceScan.of(List.of(), Map.of("gone.pdf", deleted)).scan(dir);
        assertEquals(5, traces.size(), traces.toString());
        assertTrue(traces.stream().allMatch(t -> t.what().contains("gone.pdf")));
    }

    @Test
    void aRunOneByteShorterIsNotATrace() throws Exception {
        byte[] data = DiskArchive.random(6_000);
        System.arraycopy(deleted, 100, data, 10, TraceScan.RUN - 1);
        Files.write(dir.resolve("f"), data);
        assertEquals(List.of(), TraceScan.of(List.of(), Map.of("gone.pdf", deleted)).scan(dir));
    }

    @Test
    void aNameIsFoundInUtf8AndInBothUtf16ByteOrders() throws Exception {
        Files.write(dir.resolve("a"), ("x王小明y").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("b"), ("x王小明y").getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("c"), ("xA123456789y").getBytes(StandardCharsets.UTF_16BE));
        List<TraceScan.Trace> traces = TraceScan.of(List.of("王小明", "A123456789"), Map.of()).scan(dir);
        // ASCII in UTF-16BE holds its UTF-16LE form one byte further on, so both are found there
        assertEquals(List.of("\"王小明\" UTF-8", "\"王小明\" UTF-16LE", "\"A123456789\" UTF-16LE",
                "\"A123456789\" UTF-16BE"), traces.stream().map(TraceScan.Trace::what).toList());
    }

    @Test
    void runsOfOneRepeatedByteSuchAsZeroPaddingAreNotTraces() throws Exception {
        byte[] padded = new byte[4_096];
        Files.write(dir.resolve("page"), new byte[8_192]);
        assertEquals(List.of(), TraceScan.of(List.of(), Map.of("padded.png", padded)).scan(dir));
    }
}
