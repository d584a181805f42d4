package tw.portfolio.archive.retention.erasure;

/** One file an erasure removed, named without personal data: its id, digest and size. */
public record ErasedItem(String artifactId, String sha256, long size) {
}
