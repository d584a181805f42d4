package tw.portfolio.archive.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tw.portfolio.archive.integrity.destruction.DestructionCertificate;
import tw.portfolio.archive.integrity.destruction.DestructionCertificateVerifier;

/** {@code verify certificate CERTIFICATE.json --key school.pem}. */
@Command(name = "certificate", mixinStandardHelpOptions = true,
        description = "Check a destruction certificate: signed statement, what it shows, signature, log leaf, "
                + "checkpoint, inclusion.")
final class CertificateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CERTIFICATE.json", description = "The destruction certificate.")
    Path certificate;

    @Option(names = "--key", required = true, paramLabel = "PEM",
            description = "A school public key to trust (repeat for retired keys).")
    List<Path> keys;

    @Override
    public Integer call() {
        DestructionCertificate parsed = DestructionCertificate.parse(InputFiles.read(certificate));
        return CheckPrinter.print(spec.commandLine().getOut(),
                DestructionCertificateVerifier.verify(parsed, InputFiles.keys(keys)));
    }
}
