package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PseudonymTest {

    @Test
    void aPseudonymIsTheFirstSixteenHexDigitsOfTheUsernamesSha256() {
        // printf student1 | sha256sum
        assertEquals("509e87a6c45ee0a3", Pseudonym.of("student1"));
    }

    @Test
    void nonAsciiNamesAreHashedAsUtf8() {
        // printf 王小明 | sha256sum
        assertEquals("acf979cc584e1cf9", Pseudonym.of("王小明"));
    }

    @Test
    void theSameUsernameAlwaysGetsTheSamePseudonymAndOthersDiffer() {
        assertEquals(Pseudonym.of("teacher1"), Pseudonym.of("teacher1"));
        assertNotEquals(Pseudonym.of("student1"), Pseudonym.of("student2"));
        assertNotEquals(Pseudonym.of("student1"), Pseudonym.of("Student1"));
    }

    @Test
    void aPseudonymIsSixteenLowercaseHexDigitsAndDoesNotContainTheName() {
        String p = Pseudonym.of("registrar1");
        assertTrue(p.matches("[0-9a-f]{16}"), p);
        assertFalse(p.contains("registrar"));
    }

    @Test
    void aStudentsKeyedPseudonymIsTheFirstSixteenHexDigitsOfAnHmacSha256UnderTheirKey() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        // printf s110301 | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102...1f
        assertEquals("308adcdd08dbef46", Pseudonym.keyed(key, "s110301"));
    }

    @Test
    void withoutTheKeyTheKeyedPseudonymIsNotThePlainOneNorTheSameUnderAnotherKey() {
        byte[] key = new byte[32];
        byte[] other = new byte[32];
        other[0] = 1;
        assertNotEquals(Pseudonym.of("s110301"), Pseudonym.keyed(key, "s110301"));
        assertNotEquals(Pseudonym.keyed(key, "s110301"), Pseudonym.keyed(other, "s110301"));
        assertTrue(Pseudonym.keyed(key, "s110301").matches("[0-9a-f]{16}"));
    }
}
