package tw.portfolio.archive.index.pdf;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one extraction. Defaults suit the national 4 MB upload limit.
 *
 * @param maxFileBytes larger files are not opened
 * @param maxPages documents with more pages are not extracted
 * @param maxChars documents with more text are not extracted (matches what the index keeps)
 * @param timeout wall time for one document
 * @param maxMainMemoryBytes PDFBox buffers kept in memory, beyond which it spills to scratch files
 * @param maxScratchBytes main memory plus scratch files together
 * @param maxConcurrent extractions running at once
 */
public record ExtractionLimits(long maxFileBytes, int maxPages, int maxChars, Duration timeout,
                               long maxMainMemoryBytes, long maxScratchBytes, int maxConcurrent) {

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxFileBytes < 1 || maxPages < 1 || maxChars < 1 || maxMainMemoryBytes < 1 || maxScratchBytes < maxMainMemoryBytes
                || maxConcurrent < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("extraction limits must be positive, scratch at least main memory");
        }
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(50L << 20, 500, 200_000, Duration.ofSeconds(20), 16L << 20, 256L << 20, 2);
    }

    public ExtractionLimits withMaxPages(int pages) {
        return new ExtractionLimits(maxFileBytes, pages, maxChars, timeout, maxMainMemoryBytes, maxScratchBytes, maxConcurrent);
    }

    public ExtractionLimits withMaxChars(int chars) {
        return new ExtractionLimits(maxFileBytes, maxPages, chars, timeout, maxMainMemoryBytes, maxScratchBytes, maxConcurrent);
    }

    public ExtractionLimits withTimeout(Duration t) {
        return new ExtractionLimits(maxFileBytes, maxPages, maxChars, t, maxMainMemoryBytes, maxScratchBytes, maxConcurrent);
    }

    public ExtractionLimits withMemory(long mainBytes, long scratchBytes) {
        return new ExtractionLimits(maxFileBytes, maxPages, maxChars, timeout, mainBytes, scratchBytes, maxConcurrent);
    }
}
