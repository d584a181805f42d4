package tw.portfolio.archive.web.artifact;

import java.time.Instant;
import tw.portfolio.archive.artifact.Artifact;

/** An artifact as the API shows it. Entities never leave through REST; this record does. */
public record ArtifactJson(String id, String studentId, String filename, String title, String mediaType, long size,
        String sha256, Instant createdAt, String state, SignatureJson signature) {

    /** The signed statement of the artifact: base64 of the exact signed bytes and the signature. */
    public record SignatureJson(String keyId, String algorithm, String statement, String value) {
    }

    public static ArtifactJson of(Artifact a) {
        SignatureJson sig = a.signatureValue() == null ? null
                : new SignatureJson(a.keyId(), "Ed25519", a.signedStatement(), a.signatureValue());
        return new ArtifactJson(a.id(), a.studentId(), a.filename(), a.title(), a.mediaType(), a.size(), a.sha256(),
                a.createdAt(), a.state().name(), sig);
    }
}
