package tw.portfolio.archive.search;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of extracting a file's text: the text, or the reason there is none. A file whose
 * text could not be extracted is still archived and indexed by its metadata; its document carries
 * {@link #note()} ({@code "text not extracted: encrypted"}).
 */
public final class ExtractedText {
    private final String text;
    private final String reason;

    private ExtractedText(String text, String reason) {
        this.text = text;
        this.reason = reason;
    }

    /** Text was extracted (possibly empty, for a PDF of scanned images). */
    public static ExtractedText of(String text) {
        return new ExtractedText(Objects.requireNonNull(text, "text"), null);
    }

    /** No text, for the stated reason ({@code "encrypted"}, {@code "timed out"}, {@code "malformed: …"}). */
    public static ExtractedText notExtracted(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        return new ExtractedText(null, reason);
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** The bare reason, empty when text was extracted. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** {@code "text not extracted: <reason>"}, empty when text was extracted. */
    public Optional<String> note() {
        return reason().map(r -> "text not extracted: " + r);
    }

    public boolean extracted() {
        return text != null;
    }

    @Override
    public String toString() {
        return extracted() ? "ExtractedText[" + text.length() + " chars]" : note().orElseThrow();
    }
}
