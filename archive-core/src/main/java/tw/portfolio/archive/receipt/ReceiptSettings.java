package tw.portfolio.archive.receipt;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * Settings for receipts, with defaults that run on a laptop.
 *
 * @param mailFrom         envelope and header sender of receipt e-mails ({@value #KEY_MAIL_FROM})
 * @param senderName       display name of that sender, normally the school's name ({@value #KEY_SENDER_NAME})
 * @param replyWithinDays  days a leaver is asked to reply within, at least 3 (national rule: the
 *                         confirmation window is at least 3 days) ({@value #KEY_REPLY_WITHIN_DAYS})
 * @param zone             time zone in which dates are printed ({@value #KEY_ZONE})
 */
public record ReceiptSettings(String mailFrom, String senderName, int replyWithinDays, ZoneId zone) {
    public static final String KEY_MAIL_FROM = "archive.receipt.mail-from";
    public static final String KEY_SENDER_NAME = "archive.receipt.sender-name";
    public static final String KEY_REPLY_WITHIN_DAYS = "archive.receipt.reply-within-days";
    public static final String KEY_ZONE = "archive.receipt.zone";

    public static final String DEFAULT_MAIL_FROM = "portfolio-archive@localhost";
    public static final String DEFAULT_SENDER_NAME = "學生學習歷程檔案平台";
    public static final int DEFAULT_REPLY_WITHIN_DAYS = 14;
    public static final String DEFAULT_ZONE = "Asia/Taipei";
    /** The shortest confirmation window the national rules allow. */
    public static final int MIN_REPLY_WITHIN_DAYS = 3;

    public ReceiptSettings {
        if (mailFrom == null || !mailFrom.contains("@")) {
            throw InvalidInputException.field(KEY_MAIL_FROM, "must be an e-mail address");
        }
        if (senderName == null || senderName.isBlank()) {
            throw InvalidInputException.field(KEY_SENDER_NAME, "is required");
        }
        if (replyWithinDays < MIN_REPLY_WITHIN_DAYS) {
            throw InvalidInputException.field(KEY_REPLY_WITHIN_DAYS, "must be at least " + MIN_REPLY_WITHIN_DAYS);
        }
        Objects.requireNonNull(zone, "zone");
    }

    public static ReceiptSettings defaults() {
        return new ReceiptSettings(DEFAULT_MAIL_FROM, DEFAULT_SENDER_NAME, DEFAULT_REPLY_WITHIN_DAYS, ZoneId.of(DEFAULT_ZONE));
    }

    /**
     * Reads the settings through a key lookup (for MicroProfile Config:
     * {@code key -> config.getOptionalValue(key, String.class)}); missing keys take the defaults.
     */
    public static ReceiptSettings from(Function<String, Optional<String>> lookup) {
        String days = lookup.apply(KEY_REPLY_WITHIN_DAYS).orElse(Integer.toString(DEFAULT_REPLY_WITHIN_DAYS));
        String zone = lookup.apply(KEY_ZONE).orElse(DEFAULT_ZONE);
        try {
            return new ReceiptSettings(lookup.apply(KEY_MAIL_FROM).orElse(DEFAULT_MAIL_FROM),
                    lookup.apply(KEY_SENDER_NAME).orElse(DEFAULT_SENDER_NAME),
                    Integer.parseInt(days.strip()), ZoneId.of(zone.strip()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(KEY_REPLY_WITHIN_DAYS, "must be a whole number of days");
        } catch (DateTimeException e) {
            throw InvalidInputException.field(KEY_ZONE, "must be a time-zone id such as Asia/Taipei");
        }
    }
}
