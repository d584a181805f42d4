package tw.portfolio.archive.integrity.fixity;

import java.util.Objects;

/**
 * One failure, named exactly: which object, which file (relative to the object root, for example
 * {@code v1/content/outcome.pdf}), what digest the inventory expects and what was found
 * ({@code "missing"} for an absent file).
 */
public record FixityFailure(String objectId, String path, String expected, String actual, FailureKind kind) {
    /** What {@link #actual()} says when the file is not there. */
    public static final String MISSING = "missing";

    /** Validates presence of every field. */
    public FixityFailure {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(kind, "kind");
    }

    /** One line for a report: {@code KIND object path: expected X, actual Y}. */
    public String describe() {
        return kind + " " + objectId + " " + path + ": expected " + expected + ", actual " + actual;
    }
}
