package tw.portfolio.archive.student;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;

class NationalIdTest {

    /** The letter table exactly as DOMAIN.md (Identifiers) writes it. */
    private static final String DOMAIN_LETTER_TABLE =
            "A10 B11 C12 D13 E14 F15 G16 H17 I34 J18 K19 L20 M21 N22 O35 P23 Q24 R25 S26 T27 U28 V29 W32 X30 Y31 Z33";
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 1, 1};

    @Test
    void theDomainExampleA123456789IsValid() {
        NationalId id = NationalId.of("A123456789");
        assertEquals("A123456789", id.value());
        assertTrue(NationalId.isValid("A123456789"));
        assertFalse(id.isResidentCertificate());
    }

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {
        "I123456781", "O123456782", "W123456789", "X123456787", "Y123456788", "Z123456780",
        "A223456781", "F131371129", "B287654326"
    })
    void idsWorkedOutByHandFromTheLetterTableAreValid(String raw) {
        assertEquals(raw, NationalId.of(raw).value());
    }

    @Test
    void everyLetterOfTheDomainTableHasExactlyOneCheckDigitThatHolds() {
        Map<Character, Integer> table = new HashMap<>();
        for (String entry : DOMAIN_LETTER_TABLE.split(" ")) {
            table.put(entry.charAt(0), Integer.parseInt(entry.substring(1)));
        }
        assertEquals(26, table.size());
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            int code = table.get(letter);
            String body = letter + "12345678";
            int partial = code / 10 + (code % 10) * 9 + 120;
            int expectedCheck = (10 - partial % 10) % 10;
            for (int check = 0; check <= 9; check++) {
                String candidate = body + check;
                assertEquals(check == expectedCheck, NationalId.isValid(candidate), candidate);
            }
        }
    }

    @Test
    void lettersWhoseCodesAreOutOfAlphabeticalOrderAreNotConfusedWithTheirNeighbours() {
        assertFalse(NationalId.isValid("I123456780"), "I is 34, not 18");
        assertFalse(NationalId.isValid("O123456783"), "O is 35, not 23");
        assertFalse(NationalId.isValid("W123456782"), "W is 32, not 30");
        assertFalse(NationalId.isValid("Z123456783"), "Z is 33, not 35");
    }

    @Test
    void everySingleDigitCorruptionUnderAWeightCoprimeToTenIsRejected() {
        String valid = "A123456789";
        for (int pos = 1; pos < valid.length(); pos++) {
            int weight = WEIGHTS[pos - 1];
            if (weight % 2 == 0 || weight % 5 == 0) {
                continue;
            }
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(pos)) {
                    continue;
                }
                String corrupted = valid.substring(0, pos) + d + valid.substring(pos + 1);
                assertFalse(NationalId.isValid(corrupted), corrupted);
            }
        }
    }

    @Test
    void everySingleDigitCorruptionIsRejectedExceptTheChecksumsOwnBlindSpots() {
        String valid = "A123456789";
        List<String> accepted = new ArrayList<>();
        for (int pos = 1; pos < valid.length(); pos++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(pos)) {
                    continue;
                }
                String corrupted = valid.substring(0, pos) + d + valid.substring(pos + 1);
                if (NationalId.isValid(corrupted)) {
                    accepted.add(corrupted);
                }
            }
        }
        // The mod-10 sum cannot see a change of 5 under an even weight (8, 6, 4, 2) nor an even
        // change under the weight 5: those and only those slip through.
        assertEquals(List.of(
                "A128456789",
                "A123056789", "A123256789", "A123656789", "A123856789",
                "A123406789",
                "A123456289"), accepted);
    }

    @Test
    void aChangedLetterIsRejectedUnlessItsCodeAddsUpLikeA10() {
        for (char letter = 'B'; letter <= 'Z'; letter++) {
            String corrupted = letter + "123456789";
            // M21 and W32 add up like A10 (1 + 0 x 9 = 1, 2 + 1 x 9 = 11, 3 + 2 x 9 = 21).
            boolean sameSum = letter == 'M' || letter == 'W';
            assertEquals(!sameSum, !NationalId.isValid(corrupted), corrupted);
        }
    }

    @Test
    void aBadChecksumIsRefusedWithItsOwnMessage() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NationalId.of("A123456788"));
        assertEquals("nationalId: checksum does not match", e.getMessage());
        assertEquals(List.of(new FieldError("nationalId", "checksum does not match")), e.fieldErrors());
        assertEquals("invalid-input", e.problemType());
        assertNull(e.getCause());
    }

    @ParameterizedTest(name = "\"{0}\" is refused as badly shaped")
    @ValueSource(strings = {
        "a123456789", "A12345678", "A1234567890", "A323456789", "A023456789", "1123456789",
        "AA23456789", "A12345678X", "Ａ123456789", "A１23456789", "A12345 6789"
    })
    void badlyShapedIdsNameTheFieldAndTheExpectedShape(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NationalId.of(raw));
        assertEquals(1, e.fieldErrors().size());
        assertEquals("nationalId", e.fieldErrors().get(0).field());
        assertEquals("must be one capital letter, then 1, 2, 8 or 9, then eight digits",
                e.fieldErrors().get(0).message());
        assertFalse(NationalId.isValid(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aMissingIdIsRequired(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NationalId.of(raw));
        assertEquals("nationalId: is required", e.getMessage());
        assertFalse(NationalId.isValid(raw));
    }

    @ParameterizedTest(name = "{0} is a resident certificate")
    @ValueSource(strings = {"A823456783", "A923456785"})
    void residentCertificatesWith8Or9UseTheSameChecksum(String raw) {
        NationalId id = NationalId.of(raw);
        assertTrue(id.isResidentCertificate());
        String wrongCheck = raw.substring(0, 9) + (char) ('0' + (raw.charAt(9) - '0' + 1) % 10);
        assertFalse(NationalId.isValid(wrongCheck));
    }

    @Test
    void surroundingWhitespaceIsStrippedBeforeValidation() {
        assertEquals("A123456789", NationalId.of("  A123456789\n").value());
    }

    @Test
    void maskingHidesAllButTheFirstAndTheLastTwoCharacters() {
        NationalId id = NationalId.of("A123456789");
        assertEquals("A*******89", id.masked());
        assertEquals(10, id.masked().length());
    }

    @Test
    void theStringFormNeverShowsTheWholeId() {
        String shown = NationalId.of("F131371129").toString();
        assertEquals("F*******29", shown);
        assertFalse(shown.contains("1313711"));
    }

    @Test
    void idsWithTheSameValueAreEqual() {
        assertAll(
                () -> assertEquals(NationalId.of("A123456789"), NationalId.of(" A123456789")),
                () -> assertEquals(NationalId.of("A123456789").hashCode(), NationalId.of("A123456789").hashCode()),
                () -> assertNotEquals(NationalId.of("A123456789"), NationalId.of("A223456781")));
    }
}
