package tw.portfolio.archive.web.fixity;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import tw.portfolio.archive.integrity.fixity.FixityFailure;
import tw.portfolio.archive.integrity.fixity.FixityOptions;
import tw.portfolio.archive.integrity.fixity.FixityProgress;
import tw.portfolio.archive.integrity.fixity.FixityReport;
import tw.portfolio.archive.integrity.fixity.StoreVerifier;

/**
 * The storage check of a run: {@link StoreVerifier} over the OCFL root, in segments. Every
 * {@code flushEvery} the counters and a cursor are handed to the {@link Listener} to persist; the
 * cursor only ever moves past objects whose failures were already handed over, so a run resumed
 * from it after a crash loses nothing. When a segment finds a failure it is cut short (at most
 * once per {@code flushEvery}) so the failure is reported while the run goes on.
 */
final class StoragePass {
    /** Counters of the whole pass, across segments and resumptions. */
    record Totals(long objects, long objectsTotal, long files, long bytes, String cursor) {
        static Totals start(String cursor, long objects, long files, long bytes) {
            return new Totals(objects, objects, files, bytes, cursor);
        }
    }

    /** Where the pass reports to; each call may persist. */
    interface Listener {
        void progress(Totals totals, List<String> goodObjects);

        void failures(Totals totals, List<String> goodObjects, List<AuditFailure> failures);
    }

    private final int threads;
    private final long bytesPerSecond;
    private final Duration flushEvery;
    private final Clock clock;

    StoragePass(int threads, long bytesPerSecond, Duration flushEvery, Clock clock) {
        this.threads = threads;
        this.bytesPerSecond = bytesPerSecond;
        this.flushEvery = flushEvery;
        this.clock = clock;
    }

    /**
     * Runs to the end of the store (true) or until {@code stop} says so (false), checked after each
     * object; the thread's interrupt flag is left as it was.
     */
    boolean run(Path dataDir, Totals from, Listener listener, BooleanSupplier stop) {
        Totals base = from;
        while (true) {
            Segment segment = new Segment(base, listener, stop);
            FixityReport report = StoreVerifier.with(new FixityOptions(threads, bytesPerSecond, base.cursor()))
                    .verify(dataDir, segment::onProgress);
            if (segment.cut) {
                Thread.interrupted();
            }
            Totals end = new Totals(base.objects() + report.objectsChecked(),
                    Math.max(base.objects() + report.objectsChecked(), segment.total),
                    base.files() + report.filesChecked(), base.bytes() + report.bytesChecked(), report.cursor());
            listener.failures(end, segment.good, map(report.failures()));
            if (report.complete()) {
                return true;
            }
            if (!segment.cut) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (stop.getAsBoolean()) {
                return false;
            }
            base = end;
        }
    }

    private List<AuditFailure> map(List<FixityFailure> failures) {
        Instant now = clock.instant();
        List<AuditFailure> out = new ArrayList<>(failures.size());
        for (FixityFailure f : failures) {
            out.add(new AuditFailure(AuditFailure.artifactIdOf(f.objectId()), f.objectId(), f.path(), f.expected(),
                    f.actual(), f.kind().name(), now, null));
        }
        return out;
    }

    /** One call of the verifier: tracks passing objects, flushes progress, cuts itself short on a failure. */
    private final class Segment {
        private final Totals base;
        private final Listener listener;
        private final BooleanSupplier stop;
        private final Instant started = clock.instant();
        private final List<String> good = new ArrayList<>();
        private Instant lastFlush = started;
        private int failuresSeen;
        private long total;
        private boolean cut;

        Segment(Totals base, Listener listener, BooleanSupplier stop) {
            this.base = base;
            this.listener = listener;
            this.stop = stop;
            this.total = base.objectsTotal();
        }

        void onProgress(FixityProgress p) {
            total = base.objects() + p.objectsTotal();
            if (p.failures() == failuresSeen) {
                good.add(p.cursor());
            }
            failuresSeen = p.failures();
            if (!cut && stop.getAsBoolean()) {
                cut();
                return;
            }
            Instant now = clock.instant();
            if (Duration.between(lastFlush, now).compareTo(flushEvery) < 0) {
                return;
            }
            if (failuresSeen > 0) {
                if (!cut && Duration.between(started, now).compareTo(flushEvery) >= 0) {
                    cut();
                }
                return;
            }
            lastFlush = now;
            listener.progress(new Totals(base.objects() + p.objectsDone(), total, base.files() + p.filesChecked(),
                    base.bytes() + p.bytesChecked(), p.cursor()), List.copyOf(good));
            good.clear();
        }

        /** Ends the verifier's run after this object: it stops when its thread is interrupted. */
        private void cut() {
            cut = true;
            Thread.currentThread().interrupt();
        }
    }
}
