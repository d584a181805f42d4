package tw.portfolio.archive.retention.erasure;

/** What an erasure would remove: files, their bytes, and database records. */
public record ErasurePreview(int artifacts, long bytes, int records) {
}
