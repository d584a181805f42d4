package tw.portfolio.archive.retention;

/**
 * Names and defaults of the retention settings (§6), read through MicroProfile Config like
 * {@link tw.portfolio.archive.config.ArchiveSettings}; the README's settings table lists them.
 */
public final class RetentionSettings {
    /** How long after completing senior high (the student's {@code completedOn}) their data is sealed: §6, five years. */
    public static final String SEAL_AFTER = "archive.retention.sealAfter";
    public static final String SEAL_AFTER_DEFAULT = "P5Y";
    /** How long the school keeps sealed data before it may be disposed of: §6, second sentence, five years. */
    public static final String DISPOSE_AFTER = "archive.retention.disposeAfter";
    public static final String DISPOSE_AFTER_DEFAULT = "P5Y";
    /** The local time of the daily sealing sweep ({@code HH:mm}, in {@link #ZONE}). */
    public static final String SWEEP_TIME = "archive.retention.sweepTime";
    public static final String SWEEP_TIME_DEFAULT = "02:00";
    /** The school's time zone: the sweep's time and the date it seals as of. */
    public static final String ZONE = "archive.retention.zone";
    public static final String ZONE_DEFAULT = "Asia/Taipei";
    /** Whether the daily sweep runs at all (sweeps may still be started through the API). */
    public static final String DAILY_SWEEP = "archive.retention.dailySweep";
    public static final String DAILY_SWEEP_DEFAULT = "true";
    /** Students sealed per transaction by a sweep. */
    public static final String SWEEP_BATCH = "archive.retention.sweepBatchSize";
    public static final String SWEEP_BATCH_DEFAULT = "500";

    /**
     * How long an erasure's search-index step waits for a running index rebuild to finish before it
     * stops (resumable) instead of letting the rebuild bring back a document it read earlier.
     */
    public static final String ERASURE_REBUILD_WAIT = "archive.retention.erasureRebuildWait";
    public static final String ERASURE_REBUILD_WAIT_DEFAULT = "PT10M";

    private RetentionSettings() {
    }
}
