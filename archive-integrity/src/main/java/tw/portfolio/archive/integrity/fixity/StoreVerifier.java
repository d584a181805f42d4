package tw.portfolio.archive.integrity.fixity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Audits an OCFL storage root as ocfl-java writes it: for every object (in object id order) the
 * inventory is checked against its sidecar digest, and every content file in its manifest is
 * re-hashed, within the byte budget, and compared. Objects are checked in parallel, each whole on
 * one thread; failures name the object, the file, the expected and the actual digest.
 *
 * <p>Interrupting the calling thread stops the audit; the report is then incomplete and its cursor
 * says where to resume.
 */
public final class StoreVerifier {
    /** How many objects each thread may run ahead of the one being reported. */
    private static final int LOOKAHEAD_PER_THREAD = 8;

    private final FixityOptions options;

    private StoreVerifier(FixityOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A verifier that runs with {@code options}. */
    public static StoreVerifier with(FixityOptions options) {
        return new StoreVerifier(options);
    }

    /**
     * Checks every object of {@code dir} (as for {@link #verify}) in one pass, as a verifier run
     * from the command line does: hashing starts as soon as the first object is found rather than
     * after every inventory has been read to sort the store by id. The report is the one
     * {@link #verify} gives, failures in object id order, and its cursor the last id; but objects are
     * checked in the order they are found, so an interrupted pass leaves no cursor to resume from,
     * and {@code progress} is called on this thread about ten times a second (with a {@code null}
     * cursor) and once at the end, not after each object.
     *
     * @throws IllegalArgumentException when the options say to resume after an object
     */
    public FixityReport verifyAll(Path dir, Consumer<FixityProgress> progress) {
        if (options.resumeAfter() != null) {
            throw new IllegalArgumentException("a single pass cannot resume after an object; use verify");
        }
        Path root = OcflLayout.storageRoot(dir);
        ByteRateLimiter limiter = limiter();
        return StoreSweep.run(root, options.threads(), limiter, progress);
    }

    /**
     * Audits {@code dir}: an OCFL storage root, or a data directory holding one in {@code ocfl/}.
     * {@code progress} is called on this thread after each object, in object id order.
     */
    public FixityReport verify(Path dir, Consumer<FixityProgress> progress) {
        Path root = OcflLayout.storageRoot(dir);
        List<ObjectRef> objects;
        try {
            objects = ObjectDiscovery.discover(root, options.threads(), options.resumeAfter());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FixityReport(0, 0, 0, List.of(), options.resumeAfter(), false);
        }
        ByteRateLimiter limiter = limiter();
        StoreCounters counters = new StoreCounters();
        List<FixityFailure> failures = new ArrayList<>();
        String cursor = options.resumeAfter();
        long done = 0;
        try (ObjectPipeline pipeline = ObjectPipeline.start(objects, options.threads(),
                options.threads() * LOOKAHEAD_PER_THREAD, limiter, counters)) {
            for (int i = 0; i < objects.size(); i++) {
                failures.addAll(pipeline.take(i));
                cursor = objects.get(i).id();
                progress.accept(new FixityProgress(++done, objects.size(), counters.files(), counters.bytes(),
                        failures.size(), cursor));
            }
            return new FixityReport(done, counters.files(), counters.bytes(), failures, cursor, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FixityReport(done, counters.files(), counters.bytes(), failures, cursor, false);
        }
    }

    /** The throughput budget of the options, or none. */
    private ByteRateLimiter limiter() {
        return options.bytesPerSecond() > 0 ? ByteRateLimiter.perSecond(options.bytesPerSecond()) : null;
    }
}
