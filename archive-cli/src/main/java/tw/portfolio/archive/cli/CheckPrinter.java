package tw.portfolio.archive.cli;

import java.io.PrintWriter;
import java.util.List;
import tw.portfolio.archive.integrity.crypto.NamedCheck;

/** Prints one line per check and turns the checks into an exit code. */
final class CheckPrinter {
    private CheckPrinter() {
    }

    static int print(PrintWriter out, List<NamedCheck> checks) {
        for (NamedCheck c : checks) {
            out.println(c.result().valid() ? "PASS " + c.name()
                    : "FAIL " + c.name() + ": " + c.result().reason());
        }
        boolean ok = NamedCheck.allValid(checks);
        out.println(ok ? "VERIFIED" : "NOT VERIFIED");
        return ok ? ExitCodes.VERIFIED : ExitCodes.INTEGRITY_FAILURE;
    }
}
