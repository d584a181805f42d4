package tw.portfolio.archive.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class PortfolioSettingsTest {

    @Test
    void theDefaultsAreTheNumbersOfDomainMd() {
        PortfolioSettings d = PortfolioSettings.defaults();
        assertEquals(6, d.outcomeSelectionPerYear());
        assertEquals(10, d.diverseSelectionPerYear());
        assertEquals(30, d.diverseUploadsPerYear());
        assertEquals(100, d.outcomeDescriptionMaxChars());
        assertEquals(3, d.receiptWindowMinDays());
        assertEquals(4_000_000L, d.documentMaxBytes());
        assertEquals(10_000_000L, d.mediaMaxBytes());
    }

    @Test
    void configurationOverridesOneKeyAndKeepsTheOtherDefaults() {
        Map<String, String> config = Map.of("archive.limits.diverseUploadsPerYear", " 40 ");
        PortfolioSettings s = PortfolioSettings.from(k -> Optional.ofNullable(config.get(k)));
        assertEquals(40, s.diverseUploadsPerYear());
        assertEquals(6, s.outcomeSelectionPerYear());
    }

    @Test
    void aNonNumericOrNonPositiveSettingIsRefusedNamingTheKey() {
        InvalidInputException word = assertThrows(InvalidInputException.class,
                () -> PortfolioSettings.from(k -> k.equals(PortfolioSettings.OUTCOME_SELECTION_PER_YEAR) ? Optional.of("six") : Optional.empty()));
        assertEquals("archive.limits.outcomeSelectionPerYear", word.fieldErrors().get(0).field());
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> PortfolioSettings.from(k -> k.equals(PortfolioSettings.RECEIPT_WINDOW_MIN_DAYS) ? Optional.of("0") : Optional.empty()));
        assertEquals("archive.limits.receiptWindowMinDays", zero.fieldErrors().get(0).field());
    }
}
