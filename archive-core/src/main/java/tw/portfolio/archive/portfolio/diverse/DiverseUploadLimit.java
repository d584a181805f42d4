package tw.portfolio.archive.portfolio.diverse;

import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.portfolio.PortfolioSettings;

/** The school's rule (§4(4)): at most N diverse-performance uploads per student per academic year (default 30). */
public record DiverseUploadLimit(int max) {

    public static DiverseUploadLimit from(PortfolioSettings settings) {
        return new DiverseUploadLimit(settings.diverseUploadsPerYear());
    }

    /** Refuses one more upload when {@code alreadyUploaded} items exist this year. */
    public void checkOneMore(long alreadyUploaded, int academicYear) {
        if (alreadyUploaded + 1 > max) {
            throw RuleViolationException.of("diverse-upload-limit", "At most " + max
                    + " diverse-performance items may be uploaded in academic year " + academicYear
                    + "; " + alreadyUploaded + " already are");
        }
    }
}
