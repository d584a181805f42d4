package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class EventRecordTest {
    private final EventRecord ingestion = EventRecord.of(EventType.INGESTION, Instant.parse("2026-11-28T08:00:00Z"),
            "STUDENT", List.of("art-1", "stu-7f3a"), Map.of("sha256", "ab".repeat(32)), EventOutcome.SUCCESS, "");

    @Test
    void leafDataIsRfc8785JsonWithThePremisLabelAndMembersSortedByName() {
        assertEquals("{\"actorRole\":\"STUDENT\",\"detail\":\"\",\"digests\":{\"sha256\":\"" + "ab".repeat(32)
                + "\"},\"outcome\":\"SUCCESS\",\"subjects\":[\"art-1\",\"stu-7f3a\"],"
                + "\"time\":\"2026-11-28T08:00:00Z\",\"type\":\"ingestion\"}",
                new String(ingestion.toLeafData(), StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateIsRefusedAsInputNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EventRecord.of(EventType.INGESTION,
                Instant.EPOCH, "STUDENT", List.of("art-1"), Map.of(), EventOutcome.SUCCESS, "bad \ud800 text"));
        assertEquals("detail", e.fieldErrors().get(0).field());
    }

    @Test
    void leafDataIsItsOwnJcsForm() {
        byte[] leaf = ingestion.toLeafData();
        assertArrayEquals(leaf, tw.portfolio.archive.integrity.crypto.CanonicalJson.canonicalize("leaf", leaf));
    }

    @Test
    void leafDataParsesBackToTheSameRecord() {
        assertEquals(ingestion, EventRecord.parse(ingestion.toLeafData()));
        EventRecord rotation = EventRecord.of(EventType.SIGNING_KEY_ROTATION, Instant.EPOCH, "ADMIN",
                List.of("0f".repeat(32)), Map.of(), EventOutcome.SUCCESS, "new active key");
        assertEquals(rotation, EventRecord.parse(rotation.toLeafData()));
    }

    @Test
    void premisTermsAndLocalNamesAreDistinguished() {
        assertTrue(EventType.FIXITY_CHECK.isPremisTerm());
        assertEquals("fixity check", EventType.FIXITY_CHECK.label());
        assertEquals(EventType.SIGNING_KEY_ROTATION, EventType.ofLabel("signing key rotation"));
    }

    @Test
    void aNationalIdAmongSubjectsOrInDetailIsRefused() {
        assertEquals("subjects", assertThrows(InvalidInputException.class, () -> EventRecord.of(EventType.SEALED_DATA_ACCESS,
                Instant.EPOCH, "AUDITOR", List.of("A123456789"), Map.of(), EventOutcome.SUCCESS, ""))
                .fieldErrors().get(0).field());
        assertEquals("detail", assertThrows(InvalidInputException.class, () -> EventRecord.of(EventType.DELETION,
                Instant.EPOCH, "REGISTRAR", List.of("art-1"), Map.of(), EventOutcome.SUCCESS, "for A123456789"))
                .fieldErrors().get(0).field());
    }

    @Test
    void bytesThatAreNotAnEventRecordAreInvalidInput() {
        assertThrows(InvalidInputException.class, () -> EventRecord.parse(new byte[] {0, 1, 2}));
        assertThrows(InvalidInputException.class, () -> EventRecord.parse(
                "{\"type\":\"teleportation\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
