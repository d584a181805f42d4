package tw.portfolio.archive.artifact;

import tw.portfolio.archive.error.PayloadTooLargeException;

/**
 * The national upload rule (DOMAIN.md, since 學年度 109): pdf / jpg / png up to 4 MB each, mp3 /
 * mp4 up to 10 MB each. Both limits are settings; the defaults take the stricter reading of "MB",
 * 4,000,000 and 10,000,000 bytes, so nothing accepted here is refused by the central database
 * (issue 14).
 */
public record UploadPolicy(long maxDocumentBytes, long maxMediaBytes) {
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 4_000_000L;
    public static final long DEFAULT_MAX_MEDIA_BYTES = 10_000_000L;

    public UploadPolicy {
        if (maxDocumentBytes <= 0 || maxMediaBytes <= 0) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
    }

    public static UploadPolicy defaults() {
        return new UploadPolicy(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_MEDIA_BYTES);
    }

    /** The largest size any accepted type may have; reading stops one byte past it. */
    public long absoluteMax() {
        return Math.max(maxDocumentBytes, maxMediaBytes);
    }

    public long limitFor(ArtifactMediaType type) {
        return type.sizeClass() == ArtifactMediaType.SizeClass.DOCUMENT ? maxDocumentBytes : maxMediaBytes;
    }

    /** Refuses a file of {@code size} bytes that is too large for its type. */
    public void check(ArtifactMediaType type, long size) {
        long limit = limitFor(type);
        if (size > limit) {
            throw new PayloadTooLargeException(type.extension() + " files may be at most " + limit
                    + " bytes; this one has " + size + " bytes");
        }
    }
}
