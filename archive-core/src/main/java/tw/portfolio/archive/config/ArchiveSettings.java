package tw.portfolio.archive.config;

/**
 * Names and defaults of the archive's settings. Every setting is read through MicroProfile Config,
 * so a key {@code archive.data.dir} can also be given as the environment variable
 * {@code ARCHIVE_DATA_DIR}. The README's settings table lists the same keys.
 */
public final class ArchiveSettings {
    /** Directory holding everything the archive writes: database, OCFL root, keys, logs, index. */
    public static final String DATA_DIR = "archive.data.dir";
    public static final String DATA_DIR_DEFAULT = "./data";
    /**
     * Fewest characters (after trimming) of the reason an auditor states to read a sealed student's
     * content (§6, issue 15); a shorter or missing one is refused with 403.
     */
    public static final String SEALED_ACCESS_REASON_MIN = "archive.retention.sealedAccessReasonMinLength";
    public static final String SEALED_ACCESS_REASON_MIN_DEFAULT = "10";
    /** Load the demo school on first start. */
    public static final String DEMO = "archive.demo";
    /** Address the HTTP listener binds to. */
    public static final String HTTP_ADDRESS = "archive.http.address";
    public static final String HTTP_ADDRESS_DEFAULT = "127.0.0.1";
    /** JDBC DataSource class of the database (the launcher defaults it to embedded Derby). */
    public static final String DB_DATA_SOURCE_CLASS = "archive.db.dataSourceClass";
    /** Database name; for embedded Derby its directory, by default {@code <data dir>/db}. */
    public static final String DB_NAME = "archive.db.name";
    public static final String DB_USER = "archive.db.user";
    public static final String DB_PASSWORD = "archive.db.password";
    /** Largest pdf/jpg/png upload in bytes (national rule: 4 MB; default in {@code UploadPolicy}). */
    public static final String MAX_DOCUMENT_BYTES = "archive.upload.maxDocumentBytes";
    /** Largest mp3/mp4 upload in bytes (national rule: 10 MB; default in {@code UploadPolicy}). */
    public static final String MAX_MEDIA_BYTES = "archive.upload.maxMediaBytes";
    /** Lifetime of an API token in seconds. */
    public static final String TOKEN_TTL_SECONDS = "archive.auth.tokenTtlSeconds";
    public static final long TOKEN_TTL_SECONDS_DEFAULT = 3600;
    /** Failed logins of one username from one client address before that pair must wait. */
    public static final String LOCKOUT_THRESHOLD = "archive.auth.lockoutThreshold";
    public static final int LOCKOUT_THRESHOLD_DEFAULT = 5;
    /** Minutes failed logins are remembered after the last one (or after the end of the last wait). */
    public static final String LOCKOUT_MINUTES = "archive.auth.lockoutMinutes";
    public static final int LOCKOUT_MINUTES_DEFAULT = 15;
    /** Seconds of the first wait once a threshold is reached; each further failure doubles it. */
    public static final String THROTTLE_DELAY_SECONDS = "archive.auth.throttleDelaySeconds";
    public static final int THROTTLE_DELAY_SECONDS_DEFAULT = 30;
    /** Longest wait in seconds, however many failures. */
    public static final String THROTTLE_MAX_DELAY_SECONDS = "archive.auth.throttleMaxDelaySeconds";
    public static final int THROTTLE_MAX_DELAY_SECONDS_DEFAULT = 900;
    /** Failed logins from one client address, whatever the usernames, before that address must wait. */
    public static final String ADDRESS_THRESHOLD = "archive.auth.addressThreshold";
    public static final int ADDRESS_THRESHOLD_DEFAULT = 50;
    /** Secret protecting the school signing keystore. */
    public static final String KEYSTORE_SECRET = "archive.keystore.secret";
    /** Name of the school shown in the UI and on receipts. */
    public static final String SCHOOL_NAME = "archive.school.name";
    public static final String SCHOOL_NAME_DEFAULT = "示範高級中學";

    /** Largest student-list CSV in bytes (issue 14; 3,000 students take about 250 KB). */
    public static final String STUDENT_IMPORT_MAX_BYTES = "archive.students.importMaxBytes";
    public static final long STUDENT_IMPORT_MAX_BYTES_DEFAULT = 8L * 1024 * 1024;
    /** Most data rows of one student-list import. */
    public static final String STUDENT_IMPORT_MAX_ROWS = "archive.students.importMaxRows";
    public static final int STUDENT_IMPORT_MAX_ROWS_DEFAULT = 10_000;
    /** Most row errors one refused import reports (the count of bad rows is always given). */
    public static final String STUDENT_IMPORT_MAX_ERRORS = "archive.students.importMaxErrors";
    public static final int STUDENT_IMPORT_MAX_ERRORS_DEFAULT = 1_000;

    private ArchiveSettings() {
    }
}
