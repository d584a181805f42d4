package tw.portfolio.archive.portfolio;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Maps {@link Instant} to a portable SQL {@code TIMESTAMP} (Jakarta Persistence 3.1 and EclipseLink
 * 4.0 have no built-in Instant mapping). Applied explicitly with {@code @Convert} so it cannot
 * clash with another module's converter.
 */
@Converter(autoApply = false)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant attribute) {
        return attribute == null ? null : Timestamp.from(attribute);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp dbData) {
        return dbData == null ? null : dbData.toInstant();
    }
}
