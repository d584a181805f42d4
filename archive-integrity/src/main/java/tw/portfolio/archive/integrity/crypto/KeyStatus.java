package tw.portfolio.archive.integrity.crypto;

/** Whether a school key still signs ({@code ACTIVE}, exactly one) or only verifies ({@code RETIRED}). */
public enum KeyStatus {
    /** The key that signs new statements and checkpoints. */
    ACTIVE,
    /** A former key, kept so that what it signed can still be verified. */
    RETIRED
}
