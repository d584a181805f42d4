package tw.portfolio.archive.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Values as native queries return them, and IN lists. */
final class SqlValues {
    private SqlValues() {
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant i ? i : ((Timestamp) value).toInstant();
    }

    /** {@code ?, ?, ?}: one mark per value, for an IN list. */
    static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
