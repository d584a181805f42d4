package tw.portfolio.archive.retention.deletion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** §6: the former student's claim code for their destruction certificate, kept only as a digest. */
class CertificateClaimTest {
    @Test
    void aClaimIsEightGroupsOfFourHexDigitsAndOnlyItsDigestIsKept() {
        CertificateClaim claim = CertificateClaim.issue();
        assertTrue(claim.code().matches("[0-9a-f]{4}(-[0-9a-f]{4}){7}"), claim.code());
        assertTrue(claim.sha256().matches("[0-9a-f]{64}"));
        assertFalse(claim.sha256().contains(claim.code().replace("-", "")));
        assertNotEquals(claim.code(), CertificateClaim.issue().code());
    }

    @Test
    void theCodeMatchesWhateverItsDashesSpacesAndCase() {
        CertificateClaim claim = CertificateClaim.issue();
        assertTrue(CertificateClaim.matches(claim.code(), claim.sha256()));
        assertTrue(CertificateClaim.matches(claim.code().replace("-", " ").toUpperCase(Locale.ROOT), claim.sha256()));
        assertTrue(CertificateClaim.matches(" " + claim.code().replace("-", "") + " ", claim.sha256()));
    }

    @Test
    void anyOtherCodeOrNoneDoesNotMatch() {
        CertificateClaim claim = CertificateClaim.issue();
        String code = claim.code();
        char last = code.charAt(code.length() - 1);
        assertFalse(CertificateClaim.matches(code.substring(0, code.length() - 1) + (last == 'a' ? 'b' : 'a'),
                claim.sha256()));
        assertFalse(CertificateClaim.matches(CertificateClaim.issue().code(), claim.sha256()));
        assertFalse(CertificateClaim.matches(null, claim.sha256()));
        assertFalse(CertificateClaim.matches(code, null));
        assertFalse(CertificateClaim.matches("", claim.sha256()));
        assertFalse(CertificateClaim.matches(code + "0", claim.sha256()));
        assertEquals(64, claim.sha256().length());
    }
}
