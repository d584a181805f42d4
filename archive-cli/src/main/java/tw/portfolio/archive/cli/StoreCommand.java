package tw.portfolio.archive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify store DIR}: re-hash every file of every OCFL object against its inventory. The
 * plain form of the command is run without picocli (see {@link StoreArguments}); both go to
 * {@link StoreRun}.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Re-hash every file of every OCFL object against its inventory.")
final class StoreCommand implements Callable<Integer> {
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
        return StoreRun.run(new StoreArguments(dir, threads, megabytesPerSecond), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
