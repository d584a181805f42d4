package tw.portfolio.archive.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tw.portfolio.archive.integrity.receipt.ReceiptVerifier;

/** {@code verify receipt RECEIPT.pdf --statement STATEMENT.json --key school.pem}. */
@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Check a receipt a leaver received: the signed statement, and the PDF's school seal binding it to that statement.")
final class ReceiptCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECEIPT.pdf", description = "The receipt PDF as received.")
    Path pdf;

    @Option(names = "--statement", required = true, paramLabel = "STATEMENT.json",
            description = "The signed receipt statement sent with it.")
    Path statement;

    @Option(names = "--key", required = true, paramLabel = "PEM",
            description = "A school public key to trust (repeat for retired keys).")
    List<Path> keys;

    @Override
    public Integer call() {
        byte[] pdfBytes = InputFiles.read(pdf);
        byte[] statementBytes = InputFiles.read(statement);
        return CheckPrinter.print(spec.commandLine().getOut(),
                ReceiptVerifier.verify(pdfBytes, statementBytes, InputFiles.keys(keys)));
    }
}
