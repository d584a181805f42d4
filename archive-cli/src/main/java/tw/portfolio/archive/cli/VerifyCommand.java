package tw.portfolio.archive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code verify}: groups the three checks. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Verify evidence, the log, a store or a destruction certificate.",
        subcommands = {EvidenceCommand.class, LogCommand.class, StoreCommand.class, CertificateCommand.class})
final class VerifyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to verify: evidence, log, store or certificate");
    }
}
