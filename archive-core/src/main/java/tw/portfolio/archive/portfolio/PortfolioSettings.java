package tw.portfolio.archive.portfolio;

import java.util.Optional;
import java.util.function.Function;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * Every number the portfolio rules enforce, with the DOMAIN.md defaults. Build it from
 * configuration with {@link #from(Function)} (pass a MicroProfile Config lookup) or take
 * {@link #defaults()}.
 *
 * @param outcomeSelectionPerYear certified outcomes selectable per academic year (national: 6)
 * @param diverseSelectionPerYear diverse-performance items selectable per academic year (national: 10)
 * @param diverseUploadsPerYear diverse-performance items a student may upload per academic year (school: 30)
 * @param outcomeDescriptionMaxChars length of an outcome's description (簡述) in code points (national: 100)
 * @param receiptWindowMinDays shortest receipt-confirmation window in days (national: 3)
 * @param documentMaxBytes largest pdf / jpg / png proof file (national: 4 MB, taken as 4,000,000 bytes)
 * @param mediaMaxBytes largest mp3 / mp4 proof file (national: 10 MB, taken as 10,000,000 bytes)
 */
public record PortfolioSettings(int outcomeSelectionPerYear, int diverseSelectionPerYear, int diverseUploadsPerYear,
        int outcomeDescriptionMaxChars, int receiptWindowMinDays, long documentMaxBytes, long mediaMaxBytes) {

    public static final String OUTCOME_SELECTION_PER_YEAR = "archive.limits.outcomeSelectionPerYear";
    public static final String DIVERSE_SELECTION_PER_YEAR = "archive.limits.diverseSelectionPerYear";
    public static final String DIVERSE_UPLOADS_PER_YEAR = "archive.limits.diverseUploadsPerYear";
    public static final String OUTCOME_DESCRIPTION_MAX_CHARS = "archive.limits.outcomeDescriptionMaxChars";
    public static final String RECEIPT_WINDOW_MIN_DAYS = "archive.limits.receiptWindowMinDays";
    /** The same setting the upload itself obeys: one limit, one key. */
    public static final String DOCUMENT_MAX_BYTES = tw.portfolio.archive.config.ArchiveSettings.MAX_DOCUMENT_BYTES;
    public static final String MEDIA_MAX_BYTES = tw.portfolio.archive.config.ArchiveSettings.MAX_MEDIA_BYTES;

    public PortfolioSettings {
        positive(OUTCOME_SELECTION_PER_YEAR, outcomeSelectionPerYear);
        positive(DIVERSE_SELECTION_PER_YEAR, diverseSelectionPerYear);
        positive(DIVERSE_UPLOADS_PER_YEAR, diverseUploadsPerYear);
        positive(OUTCOME_DESCRIPTION_MAX_CHARS, outcomeDescriptionMaxChars);
        positive(RECEIPT_WINDOW_MIN_DAYS, receiptWindowMinDays);
        positive(DOCUMENT_MAX_BYTES, documentMaxBytes);
        positive(MEDIA_MAX_BYTES, mediaMaxBytes);
    }

    /** The DOMAIN.md defaults: 6, 10, 30, 100, 3 days, and the upload rule's 4,000,000 and 10,000,000 bytes. */
    public static PortfolioSettings defaults() {
        return new PortfolioSettings(6, 10, 30, 100, 3, tw.portfolio.archive.artifact.UploadPolicy.DEFAULT_MAX_DOCUMENT_BYTES,
                tw.portfolio.archive.artifact.UploadPolicy.DEFAULT_MAX_MEDIA_BYTES);
    }

    /** Reads each key through {@code lookup}, falling back to the default when it is absent. */
    public static PortfolioSettings from(Function<String, Optional<String>> lookup) {
        PortfolioSettings d = defaults();
        return new PortfolioSettings(
                intOf(lookup, OUTCOME_SELECTION_PER_YEAR, d.outcomeSelectionPerYear),
                intOf(lookup, DIVERSE_SELECTION_PER_YEAR, d.diverseSelectionPerYear),
                intOf(lookup, DIVERSE_UPLOADS_PER_YEAR, d.diverseUploadsPerYear),
                intOf(lookup, OUTCOME_DESCRIPTION_MAX_CHARS, d.outcomeDescriptionMaxChars),
                intOf(lookup, RECEIPT_WINDOW_MIN_DAYS, d.receiptWindowMinDays),
                longOf(lookup, DOCUMENT_MAX_BYTES, d.documentMaxBytes),
                longOf(lookup, MEDIA_MAX_BYTES, d.mediaMaxBytes));
    }

    private static int intOf(Function<String, Optional<String>> lookup, String key, int fallback) {
        return (int) longOf(lookup, key, fallback);
    }

    private static long longOf(Function<String, Optional<String>> lookup, String key, long fallback) {
        Optional<String> raw = lookup.apply(key);
        if (raw.isEmpty() || raw.get().isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.get().strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(key, "must be a whole number, was '" + raw.get() + "'");
        }
    }

    private static void positive(String key, long value) {
        if (value < 1) {
            throw InvalidInputException.field(key, "must be at least 1, was " + value);
        }
    }
}
