package tw.portfolio.archive.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessReasonTest {
    @Test
    void theLogDigestIsTheSha256OfTheTrimmedReasonsUtf8Bytes() {
        // FIPS 180-2 test vector for "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                new AccessReason("abc").sha256Hex());
        assertEquals(new AccessReason("年度稽核：法院調閱命令第十七號").sha256Hex(),
                AccessReason.of("  年度稽核：法院調閱命令第十七號 \n", 10).sha256Hex());
    }

    @Test
    void tenCharactersAreCountedAsCharactersNotBytes() {
        assertEquals("年度稽核法院調閱命令", AccessReason.of("年度稽核法院調閱命令", 10).text());
        assertThrows(AccessReasonRequiredException.class, () -> AccessReason.of("年度稽核法院調閱命", 10));
    }

    @Test
    void aMissingBlankShortOrHugeReasonIsRefusedSayingWhy() {
        assertTrue(assertThrows(AccessReasonRequiredException.class, () -> AccessReason.of(null, 10)).getMessage()
                .contains("reason is needed"));
        assertTrue(assertThrows(AccessReasonRequiredException.class, () -> AccessReason.of(" \t ", 10)).getMessage()
                .contains("reason is needed"));
        assertTrue(assertThrows(AccessReasonRequiredException.class, () -> AccessReason.of("too short", 10)).getMessage()
                .contains("at least 10"));
        assertTrue(assertThrows(AccessReasonRequiredException.class, () -> AccessReason.of("x".repeat(1001), 10))
                .getMessage().contains("at most 1000"));
    }
}
