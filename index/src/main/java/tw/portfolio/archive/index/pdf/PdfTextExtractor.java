package tw.portfolio.archive.index.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import tw.portfolio.archive.search.ExtractedText;
import tw.portfolio.archive.search.TextExtractor;

/**
 * Extracts PDF text with PDFBox within {@link ExtractionLimits}. Each extraction runs on its own
 * daemon worker; past the timeout the caller gets {@code "timed out"} and the worker is
 * interrupted and abandoned (it also checks the deadline itself at every page and string).
 * Construct one per server and {@link #close()} it on shutdown.
 */
public final class PdfTextExtractor implements TextExtractor, AutoCloseable {
    /** The system property PDFBox reads for its font cache directory. */
    public static final String FONT_CACHE_PROPERTY = "pdfbox.fontcache";

    private final ExtractionLimits limits;
    private final Path scratchDir;
    private final Semaphore permits;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pdf-text-extraction");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param workDir a directory under the data dir: scratch files go to {@code workDir/scratch}
     *     and, unless {@value #FONT_CACHE_PROPERTY} is already set, PDFBox's font cache to
     *     {@code workDir/fontcache} (never the home directory)
     */
    public PdfTextExtractor(Path workDir, ExtractionLimits limits) {
        this.limits = limits;
        this.permits = new Semaphore(limits.maxConcurrent());
        this.scratchDir = workDir.resolve("scratch");
        Path fontCache = workDir.resolve("fontcache");
        try {
            Files.createDirectories(scratchDir);
            Files.createDirectories(fontCache);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the PDF work directory " + workDir, e);
        }
        synchronized (PdfTextExtractor.class) {
            if (System.getProperty(FONT_CACHE_PROPERTY) == null) {
                System.setProperty(FONT_CACHE_PROPERTY, fontCache.toAbsolutePath().toString());
            }
        }
    }

    @Override
    public boolean supports(String mediaType) {
        return mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("application/pdf");
    }

    @Override
    public ExtractedText extract(Path file) {
        long timeoutNanos = limits.timeout().toNanos();
        try {
            if (!permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
                return ExtractedText.notExtracted("extractor busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExtractedText.notExtracted("interrupted");
        }
        AtomicBoolean released = new AtomicBoolean();
        AtomicBoolean started = new AtomicBoolean();
        long deadline = System.nanoTime() + timeoutNanos;
        Future<ExtractedText> work = workers.submit(() -> {
            started.set(true);
            try {
                return extractNow(file, deadline);
            } finally {
                if (released.compareAndSet(false, true)) {
                    permits.release();
                }
            }
        });
        try {
            return work.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            if (!started.get() && released.compareAndSet(false, true)) {
                permits.release();
            }
            return ExtractedText.notExtracted("timed out");
        } catch (ExecutionException e) {
            return ExtractedText.notExtracted("malformed: " + e.getCause());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return ExtractedText.notExtracted("interrupted");
        }
    }

    private ExtractedText extractNow(Path file, long deadline) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return ExtractedText.notExtracted("too large: " + size + " bytes (at most " + limits.maxFileBytes() + ")");
            }
            MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.maxMainMemoryBytes(), limits.maxScratchBytes())
                    .setTempDir(scratchDir.toFile());
            try (PDDocument document = Loader.loadPDF(file.toFile(), "", null, null, memory.streamCache)) {
                int pages = document.getNumberOfPages();
                if (pages > limits.maxPages()) {
                    return ExtractedText.notExtracted("too many pages: " + pages + " (at most " + limits.maxPages() + ")");
                }
                return ExtractedText.of(new BoundedTextStripper(limits.maxChars(), deadline).getText(document).strip());
            }
        } catch (InvalidPasswordException e) {
            return ExtractedText.notExtracted("encrypted");
        } catch (BoundedTextStripper.BoundExceeded e) {
            return ExtractedText.notExtracted(e.getMessage());
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            return ExtractedText.notExtracted(message.contains("Maximum allowed")
                    ? "too large for the memory bound" : "malformed: " + message);
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractedText.notExtracted("malformed: " + e);
        }
    }

    /** Stops accepting work; running extractions are interrupted. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
