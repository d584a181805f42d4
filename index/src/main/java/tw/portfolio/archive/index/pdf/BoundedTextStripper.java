package tw.portfolio.archive.index.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A text stripper that stops at a character budget, a deadline or an interrupt. */
final class BoundedTextStripper extends PDFTextStripper {
    private final int maxChars;
    private final long deadlineNanos;
    private int chars;

    BoundedTextStripper(int maxChars, long deadlineNanos) {
        this.maxChars = maxChars;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        checkTime();
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        chars += text.length();
        if (chars > maxChars) {
            throw new BoundExceeded("too much text: more than " + maxChars + " characters");
        }
        checkTime();
        super.writeString(text, positions);
    }

    private void checkTime() {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
            throw new BoundExceeded("timed out");
        }
    }

    /** A bound was reached; the message is the reason given to the caller. */
    static final class BoundExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BoundExceeded(String reason) {
            super(reason, null, false, false);
        }
    }
}
