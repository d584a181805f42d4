package tw.portfolio.archive.artifact;

/**
 * The file types the national rules accept (DOMAIN.md, upload formats), each with the limit
 * family it falls under. Types are decided by content sniffing, never by the filename.
 */
public enum ArtifactMediaType {
    PDF("application/pdf", "pdf", SizeClass.DOCUMENT),
    JPEG("image/jpeg", "jpg", SizeClass.DOCUMENT),
    PNG("image/png", "png", SizeClass.DOCUMENT),
    MP3("audio/mpeg", "mp3", SizeClass.MEDIA),
    MP4("video/mp4", "mp4", SizeClass.MEDIA);

    /** Which size limit applies. */
    public enum SizeClass { DOCUMENT, MEDIA }

    private final String mimeType;
    private final String extension;
    private final SizeClass sizeClass;

    ArtifactMediaType(String mimeType, String extension, SizeClass sizeClass) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.sizeClass = sizeClass;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    public SizeClass sizeClass() {
        return sizeClass;
    }

    /** The type with this MIME type, or null. */
    public static ArtifactMediaType fromMimeType(String mime) {
        for (ArtifactMediaType t : values()) {
            if (t.mimeType.equals(mime)) {
                return t;
            }
        }
        return null;
    }
}
