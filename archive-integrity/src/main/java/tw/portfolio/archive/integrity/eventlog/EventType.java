package tw.portfolio.archive.integrity.eventlog;

/**
 * The kinds of event the log records, named after the PREMIS event type vocabulary
 * (id.loc.gov/vocabulary/preservation/eventType) where it has a term; the few the archive needs
 * beyond it carry plain local names, marked by {@link #isPremisTerm()}. The leaf holds {@link #label()}.
 */
public enum EventType {
    /** PREMIS "ingestion": an artifact entered the archive. */
    INGESTION("ingestion", true),
    /** PREMIS "message digest calculation". */
    MESSAGE_DIGEST_CALCULATION("message digest calculation", true),
    /** PREMIS "digital signature generation": the school signed an artifact statement. */
    DIGITAL_SIGNATURE_GENERATION("digital signature generation", true),
    /** PREMIS "fixity check", passed or failed. */
    FIXITY_CHECK("fixity check", true),
    /** PREMIS "metadata modification". */
    METADATA_MODIFICATION("metadata modification", true),
    /** PREMIS "replication": a copy was made or checked off-site. */
    REPLICATION("replication", true),
    /** PREMIS "deletion". */
    DELETION("deletion", true),
    /** Local: a subject teacher certified a course-learning outcome. */
    CERTIFICATION("certification", false),
    /** Local: a student selected (or unselected) an item for submission. */
    SELECTION("selection", false),
    /** Local: sealed data was accessed. */
    SEALED_DATA_ACCESS("sealed data access", false),
    /** Local: the school signing key was rotated. */
    SIGNING_KEY_ROTATION("signing key rotation", false),
    /** Selected items submitted to the central database (收訖 cycle). */
    SUBMISSION("submission", false),
    /** A receipt statement issued, confirmed or disputed. */
    RECEIPT("receipt", false),
    /** A record read through a privileged path (sealed data is {@link #SEALED_DATA_ACCESS}). */
    ACCESS("access", false),
    /** A login attempt, successful or not. */
    LOGIN("login", false),
    /** An account locked after repeated failed logins. */
    ACCOUNT_LOCKOUT("account lockout", false),
    /** An account created or changed. */
    ACCOUNT_MODIFICATION("account modification", false),
    /** Local: a retention sweep sealed a student's data (§6). */
    SEALING("sealing", false),
    /** PREMIS "policy assignment": a retention policy version came into force. */
    POLICY_ASSIGNMENT("policy assignment", true),
    /** Local: a legal hold placed on a student, or released. */
    LEGAL_HOLD("legal hold", false),
    /** Local: a deletion request filed, approved, rejected, executed or failed. */
    DELETION_REQUEST("deletion request", false),
    /** Local: a destruction certificate issued for a finished deletion. */
    DESTRUCTION_CERTIFICATION("destruction certification", false);

    private final String label;
    private final boolean premisTerm;

    EventType(String label, boolean premisTerm) {
        this.label = label;
        this.premisTerm = premisTerm;
    }

    /** The name written in the leaf. */
    public String label() {
        return label;
    }

    /** True when {@link #label()} is a PREMIS event type term. */
    public boolean isPremisTerm() {
        return premisTerm;
    }

    /** The type with this label; throws {@link IllegalArgumentException} for an unknown one. */
    public static EventType ofLabel(String label) {
        for (EventType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type '" + label + "'");
    }
}
