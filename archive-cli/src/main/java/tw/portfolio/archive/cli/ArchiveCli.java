package tw.portfolio.archive.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tw.portfolio.archive.error.ArchiveException;

/** Entry point of {@code java -jar archive-cli.jar}. */
@Command(name = "archive-cli", mixinStandardHelpOptions = true, version = "archive-cli 0.1.0",
        description = "Verifies the portfolio archive's evidence, log and storage offline.",
        subcommands = VerifyCommand.class)
public final class ArchiveCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line with the given streams and returns the exit code, without exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        StoreArguments store = StoreArguments.parsePlain(args);
        if (store != null) {
            try {
                return StoreRun.run(store, outWriter, errWriter);
            } catch (RuntimeException e) {
                errWriter.println("archive-cli: " + oneLine(e));
                return ExitCodes.INPUT_ERROR;
            }
        }
        return withPicocli(args, outWriter, errWriter);
    }

    private static int withPicocli(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new ArchiveCli());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("archive-cli: " + ex.getMessage() + " (see --help)");
            return ExitCodes.INPUT_ERROR;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("archive-cli: " + oneLine(ex));
            return ExitCodes.INPUT_ERROR;
        });
        return cmd.execute(args);
    }

    private static String oneLine(Exception ex) {
        String message;
        if (ex instanceof ArchiveException || ex instanceof IllegalArgumentException) {
            message = ex.getMessage();
        } else if (ex instanceof UncheckedIOException u) {
            message = ex.getMessage() + ": " + u.getCause().getMessage();
        } else {
            message = ex.toString();
        }
        return message == null ? ex.getClass().getSimpleName() : message.replace('\n', ' ');
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, for example 'verify'");
    }
}
