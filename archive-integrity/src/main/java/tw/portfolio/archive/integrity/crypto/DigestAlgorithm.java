package tw.portfolio.archive.integrity.crypto;

import java.security.MessageDigest;
import java.util.Optional;

/** The digest algorithms an OCFL inventory may name that the archive can check. */
public enum DigestAlgorithm {
    /** OCFL {@code sha256}, the archive's own. */
    SHA256("sha256", "SHA-256"),
    /** OCFL {@code sha512}, the OCFL default. */
    SHA512("sha512", "SHA-512"),
    /** OCFL {@code sha1}, accepted only to check older inventories. */
    SHA1("sha1", "SHA-1"),
    /** OCFL {@code md5}, accepted only to check older inventories. */
    MD5("md5", "MD5");

    private final String ocflName;
    private final String jdkName;

    DigestAlgorithm(String ocflName, String jdkName) {
        this.ocflName = ocflName;
        this.jdkName = jdkName;
    }

    /** The name OCFL inventories and sidecar files use. */
    public String ocflName() {
        return ocflName;
    }

    /** A fresh digest. */
    public MessageDigest newDigest() {
        return Sha256.newDigest(jdkName);
    }

    /** The algorithm an OCFL name stands for, if the archive supports it. */
    public static Optional<DigestAlgorithm> ofOcflName(String name) {
        for (DigestAlgorithm a : values()) {
            if (a.ocflName.equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
