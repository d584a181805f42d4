package tw.portfolio.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tw.portfolio.archive.integrity.fixity.FixityFailure;
import tw.portfolio.archive.integrity.fixity.FixityOptions;
import tw.portfolio.archive.integrity.fixity.FixityProgress;
import tw.portfolio.archive.integrity.fixity.FixityReport;
import tw.portfolio.archive.integrity.fixity.StoreVerifier;

/** {@code verify store DIR}: re-hash every file of every OCFL object against its inventory. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Re-hash every file of every OCFL object against its inventory.")
final class StoreCommand implements Callable<Integer> {
    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The data directory (holding ocfl/) or the OCFL root.")
    Path dir;

    @Option(names = "--threads", paramLabel = "N", description = "Hashing threads (default: all cores).")
    Integer threads;

    @Option(names = "--mbps", paramLabel = "MB/s", description = "Read at most this many MB per second (default: no limit).")
    Double megabytesPerSecond;

    @Override
    public Integer call() {
        FixityOptions options = FixityOptions.defaults();
        if (threads != null) {
            options = options.withThreads(threads);
        }
        if (megabytesPerSecond != null) {
            options = options.withMegabytesPerSecond(megabytesPerSecond);
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        long[] lastPrint = {0};
        FixityReport report = StoreVerifier.with(options).verify(dir, p -> {
            long now = System.nanoTime();
            if (now - lastPrint[0] >= PROGRESS_INTERVAL_NANOS || p.objectsDone() == p.objectsTotal()) {
                lastPrint[0] = now;
                err.print("\r" + progressLine(p, now - start));
                err.flush();
            }
        });
        err.println();
        PrintWriter out = spec.commandLine().getOut();
        for (FixityFailure f : report.failures()) {
            out.println("FAIL " + f.describe());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "checked %d objects, %d files, %d bytes in %.1f s: %d failures%n",
                report.objectsChecked(), report.filesChecked(), report.bytesChecked(), seconds, report.failures().size());
        out.println(report.passed() ? "VERIFIED" : "NOT VERIFIED");
        return report.passed() ? ExitCodes.VERIFIED : ExitCodes.INTEGRITY_FAILURE;
    }

    private static String progressLine(FixityProgress p, long elapsedNanos) {
        double mb = p.bytesChecked() / 1e6;
        double rate = elapsedNanos > 0 ? mb / (elapsedNanos / 1e9) : 0;
        int width = 30;
        int filled = p.objectsTotal() == 0 ? width : (int) (width * p.objectsDone() / p.objectsTotal());
        return String.format(Locale.ROOT, "[%s%s] %d/%d objects, %d files, %.1f MB, %.1f MB/s, %d failures",
                "#".repeat(filled), " ".repeat(width - filled), p.objectsDone(), p.objectsTotal(), p.filesChecked(),
                mb, rate, p.failures());
    }
}
