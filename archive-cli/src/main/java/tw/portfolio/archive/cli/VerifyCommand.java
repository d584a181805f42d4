package tw.portfolio.archive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code verify}: groups the checks. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify evidence, the log, a store, a receipt or a destruction certificate.",
        subcommands = {EvidenceCommand.class, LogCommand.class, StoreCommand.class, ReceiptCommand.class,
                CertificateCommand.class})
final class VerifyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to verify: evidence, log, store, receipt or certificate");
    }
}
