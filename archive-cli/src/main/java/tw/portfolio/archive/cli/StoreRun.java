package tw.portfolio.archive.cli;

import java.io.PrintWriter;
import tw.portfolio.archive.integrity.fixity.FixityFailure;
import tw.portfolio.archive.integrity.fixity.FixityOptions;
import tw.portfolio.archive.integrity.fixity.FixityProgress;
import tw.portfolio.archive.integrity.fixity.FixityReport;
import tw.portfolio.archive.integrity.fixity.StoreVerifier;

/**
 * One {@code verify store} run: the audit with a progress bar on standard error (at most four
 * lines a second, and the last), each failure and the totals on standard output, and the exit
 * code. Numbers are formatted by hand: {@code String.format} would load the locale machinery for
 * a few progress lines.
 */
final class StoreRun {
    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastPrint;

    private StoreRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    static int run(StoreArguments arguments, PrintWriter out, PrintWriter err) {
        FixityOptions options = FixityOptions.defaults();
        if (arguments.threads() != null) {
            options = options.withThreads(arguments.threads());
        }
        if (arguments.megabytesPerSecond() != null) {
            options = options.withMegabytesPerSecond(arguments.megabytesPerSecond());
        }
        StoreRun run = new StoreRun(out, err);
        FixityReport report = StoreVerifier.with(options).verifyAll(arguments.dir(), run::progress);
        return run.report(report);
    }

    private void progress(FixityProgress p) {
        long now = System.nanoTime();
        if (now - lastPrint >= PROGRESS_INTERVAL_NANOS || p.objectsDone() == p.objectsTotal()) {
            lastPrint = now;
            err.print("\r" + progressLine(p, now - start));
            err.flush();
        }
    }

    private int report(FixityReport report) {
        err.println();
        for (FixityFailure f : report.failures()) {
            out.println("FAIL " + f.describe());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println("checked " + report.objectsChecked() + " objects, " + report.filesChecked() + " files, "
                + report.bytesChecked() + " bytes in " + oneDecimal(seconds) + " s: " + report.failures().size()
                + " failures");
        out.println(report.passed() ? "VERIFIED" : "NOT VERIFIED");
        return report.passed() ? ExitCodes.VERIFIED : ExitCodes.INTEGRITY_FAILURE;
    }

    static String progressLine(FixityProgress p, long elapsedNanos) {
        double mb = p.bytesChecked() / 1e6;
        double rate = elapsedNanos > 0 ? mb / (elapsedNanos / 1e9) : 0;
        int filled = p.objectsTotal() == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * p.objectsDone() / p.objectsTotal());
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + p.objectsDone() + "/"
                + p.objectsTotal() + " objects, " + p.filesChecked() + " files, " + oneDecimal(mb) + " MB, "
                + oneDecimal(rate) + " MB/s, " + p.failures() + " failures";
    }

    /** {@code x} rounded to one decimal, as {@code %.1f} writes it in the root locale. */
    static String oneDecimal(double x) {
        long tenths = Math.round(Math.abs(x) * 10);
        return (x < 0 && tenths != 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
    }
}
