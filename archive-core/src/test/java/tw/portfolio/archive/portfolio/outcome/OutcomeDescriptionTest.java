package tw.portfolio.archive.portfolio.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class OutcomeDescriptionTest {

    @Test
    void section4_3_exactly100CharactersAreAccepted() {
        assertEquals(100, OutcomeDescription.of("報".repeat(100), 100).value().length());
    }

    @Test
    void section4_3_101CharactersAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OutcomeDescription.of("報".repeat(101), 100));
        assertEquals("description", e.fieldErrors().get(0).field());
        assertEquals("has 101 characters; at most 100 are allowed", e.fieldErrors().get(0).message());
    }

    @Test
    void section4_3_aCharacterOutsideTheBasicPlaneCountsOnce() {
        String rare = "𠀀"; // U+20000, two UTF-16 units
        assertEquals(200, OutcomeDescription.of(rare.repeat(100), 100).value().length());
        assertThrows(InvalidInputException.class, () -> OutcomeDescription.of(rare.repeat(101), 100));
    }

    @Test
    void section4_3_aBlankDescriptionIsRefusedAndSurroundingSpaceIsTrimmed() {
        assertThrows(InvalidInputException.class, () -> OutcomeDescription.of("   ", 100));
        assertThrows(InvalidInputException.class, () -> OutcomeDescription.of(null, 100));
        assertEquals("報告", OutcomeDescription.of("  報告\n", 100).value());
    }
}
