package tw.portfolio.archive.cli;

/** The verifier's exit codes. */
final class ExitCodes {
    /** Everything verified. */
    static final int VERIFIED = 0;
    /** Something failed verification; what is printed. */
    static final int INTEGRITY_FAILURE = 1;
    /** The command line or an input file is unusable. */
    static final int INPUT_ERROR = 2;

    private ExitCodes() {
    }
}
