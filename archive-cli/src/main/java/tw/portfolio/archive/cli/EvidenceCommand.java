package tw.portfolio.archive.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.eventlog.EvidenceBundle;
import tw.portfolio.archive.integrity.eventlog.EvidenceVerifier;

/** {@code verify evidence BUNDLE.json --key school.pem [--file ARTIFACT]}. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Check an artifact's evidence bundle: bytes, signed statement, log leaf, checkpoint, inclusion.")
final class EvidenceCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE.json", description = "The evidence bundle.")
    Path bundle;

    @Option(names = "--key", required = true, paramLabel = "PEM",
            description = "A school public key to trust (repeat for retired keys).")
    List<Path> keys;

    @Option(names = "--file", paramLabel = "ARTIFACT", description = "The artifact's bytes, to check their digest.")
    Path file;

    @Override
    public Integer call() {
        EvidenceBundle parsed = EvidenceBundle.parse(InputFiles.read(bundle));
        Optional<String> digest = Optional.ofNullable(file).map(f -> Sha256.hexOf(InputFiles.read(f)));
        return CheckPrinter.print(spec.commandLine().getOut(),
                EvidenceVerifier.verify(parsed, InputFiles.keys(keys), digest));
    }
}
