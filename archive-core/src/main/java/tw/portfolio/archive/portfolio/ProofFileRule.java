package tw.portfolio.archive.portfolio;

import java.util.Map;
import tw.portfolio.archive.error.RuleViolationException;

/**
 * The national upload rule for proof files (DOMAIN.md, since 學年度 109): documents pdf / jpg / png
 * up to {@link PortfolioSettings#documentMaxBytes()}, audio and video mp3 / mp4 up to
 * {@link PortfolioSettings#mediaMaxBytes()}. Outcomes and diverse performance share it.
 */
public final class ProofFileRule {
    private static final Map<String, Boolean> IS_MEDIA = Map.of(
            "application/pdf", false, "image/jpeg", false, "image/png", false,
            "audio/mpeg", true, "video/mp4", true);

    private final PortfolioSettings settings;

    public ProofFileRule(PortfolioSettings settings) {
        this.settings = settings;
    }

    /** Refuses a file of another type ({@code proof-file-type}) or above its size ({@code proof-file-size}). */
    public void check(ArtifactSummary artifact) {
        Boolean media = IS_MEDIA.get(artifact.mediaType());
        if (media == null) {
            throw RuleViolationException.of("proof-file-type", "File " + artifact.id()
                    + " is " + artifact.mediaType() + "; only pdf, jpg, png, mp3 and mp4 are accepted");
        }
        long max = media ? settings.mediaMaxBytes() : settings.documentMaxBytes();
        if (artifact.size() > max) {
            throw RuleViolationException.of("proof-file-size", "File " + artifact.id() + " has "
                    + artifact.size() + " bytes; at most " + max + " are accepted for " + artifact.mediaType());
        }
    }
}
