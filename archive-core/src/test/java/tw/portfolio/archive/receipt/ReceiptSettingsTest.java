package tw.portfolio.archive.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class ReceiptSettingsTest {

    @Test
    void missingKeysTakeTheDefaults() {
        assertEquals(ReceiptSettings.defaults(), ReceiptSettings.from(key -> Optional.empty()));
        assertEquals(ZoneId.of("Asia/Taipei"), ReceiptSettings.defaults().zone());
    }

    @Test
    void configuredValuesAreRead() {
        Map<String, String> config = Map.of(ReceiptSettings.KEY_MAIL_FROM, "registrar@school.example",
                ReceiptSettings.KEY_SENDER_NAME, "示範女中註冊組", ReceiptSettings.KEY_REPLY_WITHIN_DAYS, "7",
                ReceiptSettings.KEY_ZONE, "UTC");
        ReceiptSettings settings = ReceiptSettings.from(key -> Optional.ofNullable(config.get(key)));
        assertEquals(new ReceiptSettings("registrar@school.example", "示範女中註冊組", 7, ZoneId.of("UTC")), settings);
    }

    @Test
    void nationalRule_confirmationWindowIsAtLeastThreeDays() {
        new ReceiptSettings("a@b", "s", 3, ZoneId.of("UTC"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ReceiptSettings("a@b", "s", 2, ZoneId.of("UTC")));
        assertEquals(ReceiptSettings.KEY_REPLY_WITHIN_DAYS, e.fieldErrors().get(0).field());
    }

    @Test
    void unreadableNumbersAndZonesNameTheirKey() {
        InvalidInputException days = assertThrows(InvalidInputException.class, () -> ReceiptSettings.from(
                key -> key.equals(ReceiptSettings.KEY_REPLY_WITHIN_DAYS) ? Optional.of("two weeks") : Optional.empty()));
        assertEquals(ReceiptSettings.KEY_REPLY_WITHIN_DAYS, days.fieldErrors().get(0).field());
        InvalidInputException zone = assertThrows(InvalidInputException.class, () -> ReceiptSettings.from(
                key -> key.equals(ReceiptSettings.KEY_ZONE) ? Optional.of("Taipei/Nowhere") : Optional.empty()));
        assertEquals(ReceiptSettings.KEY_ZONE, zone.fieldErrors().get(0).field());
    }
}
