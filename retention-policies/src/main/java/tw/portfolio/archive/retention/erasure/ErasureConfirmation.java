package tw.portfolio.archive.retention.erasure;

import java.time.Instant;

/**
 * One place an erasure reached: {@code target} is ACCOUNT, DATABASE, STORE, INDEX, RECEIPTS,
 * PACKAGES, STAGING, PSEUDONYM_KEY, DATABASE_FILES or REPLICA; {@code state} DONE, NOT_CONFIGURED or
 * FAILED; {@code detail} says what was done, without personal data.
 */
public record ErasureConfirmation(String target, String state, Instant at, String detail) {
}
