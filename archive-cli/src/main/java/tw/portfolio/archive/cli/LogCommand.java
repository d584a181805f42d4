package tw.portfolio.archive.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tw.portfolio.archive.integrity.eventlog.ConsistencyProof;
import tw.portfolio.archive.integrity.eventlog.LogGrowthVerifier;

/** {@code verify log --old CKPT --new CKPT --proof PROOF.json --key school.pem}. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Check that the event log only grew between two signed checkpoints.")
final class LogCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--old", required = true, paramLabel = "CHECKPOINT", description = "The earlier checkpoint.")
    Path oldCheckpoint;

    @Option(names = "--new", required = true, paramLabel = "CHECKPOINT", description = "The later checkpoint.")
    Path newCheckpoint;

    @Option(names = "--proof", required = true, paramLabel = "PROOF.json",
            description = "The consistency proof, as /api/v1/log/proofs/consistency answers it.")
    Path proof;

    @Option(names = "--key", required = true, paramLabel = "PEM", description = "A school public key to trust.")
    List<Path> keys;

    @Override
    public Integer call() {
        ConsistencyProof parsed = ConsistencyProof.parse(InputFiles.read(proof));
        return CheckPrinter.print(spec.commandLine().getOut(), LogGrowthVerifier.verify(
                InputFiles.readText(oldCheckpoint), InputFiles.readText(newCheckpoint), parsed, InputFiles.keys(keys)));
    }
}
