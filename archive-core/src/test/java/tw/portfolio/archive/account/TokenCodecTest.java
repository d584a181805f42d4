package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenCodecTest {
    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static final long TTL = 3600;
    private static final byte[] KEY = key(1);
    private static final TokenCodec CODEC = new TokenCodec(KEY);
    private static final Actor STUDENT = Actor.student("student1", "3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c");

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) seed);
        k[0] = 42;
        return k;
    }

    @Test
    void aFreshTokenVerifiesToTheSameActor() {
        String token = CODEC.issue(STUDENT, NOW, TTL);
        TokenCodec.Claims claims = CODEC.verify(token, NOW).orElseThrow();
        assertEquals(STUDENT, claims.actor());
        assertEquals(NOW, claims.issuedAt());
        assertEquals(NOW.plusSeconds(TTL), claims.expiresAt());
        assertTrue(claims.tokenId().matches("[0-9a-f-]{36}"), claims.tokenId());
    }

    @Test
    void everyRoleAndAMissingStudentIdSurviveTheRoundTrip() {
        Actor staff = Actor.staff("registrar.chen", Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.AUDITOR);
        Actor back = CODEC.verify(CODEC.issue(staff, NOW, TTL), NOW).orElseThrow().actor();
        assertEquals(Set.of(Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.AUDITOR), back.roles());
        assertEquals(Optional.empty(), back.studentId());
        Actor all = new Actor("admin1", Set.of(Role.values()), Optional.empty());
        assertEquals(all, CODEC.verify(CODEC.issue(all, NOW, TTL), NOW).orElseThrow().actor());
    }

    @Test
    void anActorWithoutRolesSurvivesWithoutRoles() {
        Actor none = new Actor("nobody", Set.of(), Optional.empty());
        assertEquals(none, CODEC.verify(CODEC.issue(none, NOW, TTL), NOW).orElseThrow().actor());
    }

    @Test
    void eachTokenHasItsOwnId() {
        String a = CODEC.issue(STUDENT, NOW, TTL);
        String b = CODEC.issue(STUDENT, NOW, TTL);
        assertNotEquals(a, b);
        assertNotEquals(CODEC.verify(a, NOW).orElseThrow().tokenId(), CODEC.verify(b, NOW).orElseThrow().tokenId());
    }

    @Test
    void aTokenIsValidUpToItsLastSecondAndNotAtItsExpiry() {
        String token = CODEC.issue(STUDENT, NOW, TTL);
        assertTrue(CODEC.verify(token, NOW.plusSeconds(TTL).minusMillis(1)).isPresent());
        assertEquals(Optional.empty(), CODEC.verify(token, NOW.plusSeconds(TTL)));
        assertEquals(Optional.empty(), CODEC.verify(token, NOW.plusSeconds(TTL + 86_400)));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String token = CODEC.issue(STUDENT, NOW, TTL);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("|STUDENT|", "|SYSTEM_ADMIN|");
        assertNotEquals(payload, forged);
        String tampered = "v1." + b64(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(Optional.empty(), CODEC.verify(tampered, NOW));
    }

    @Test
    void aPayloadWithOneFlippedCharacterIsRefused() {
        String token = CODEC.issue(STUDENT, NOW, TTL);
        int at = 3 + 10;
        char flipped = token.charAt(at) == 'A' ? 'B' : 'A';
        assertEquals(Optional.empty(), CODEC.verify(token.substring(0, at) + flipped + token.substring(at + 1), NOW));
    }

    @Test
    void aTamperedMacIsRefused() {
        String token = CODEC.issue(STUDENT, NOW, TTL);
        int at = token.length() - 5;
        char flipped = token.charAt(at) == 'A' ? 'B' : 'A';
        assertEquals(Optional.empty(), CODEC.verify(token.substring(0, at) + flipped + token.substring(at + 1), NOW));
        assertEquals(Optional.empty(), CODEC.verify(token.substring(0, token.lastIndexOf('.') + 1), NOW));
    }

    @ParameterizedTest(name = "prefix \"{0}\" is refused")
    @ValueSource(strings = {"v2.", "V1.", "", "v1..", "x"})
    void aTokenWithoutTheV1PrefixIsRefused(String prefix) {
        String token = CODEC.issue(STUDENT, NOW, TTL);
        assertEquals(Optional.empty(), CODEC.verify(prefix + token.substring(3), NOW));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String token = new TokenCodec(key(2)).issue(STUDENT, NOW, TTL);
        assertEquals(Optional.empty(), CODEC.verify(token, NOW));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"v1.", "v1.!!!.@@@", "v1.abc", "v1.a.b.c", "v1.%%%%.abcd", "Bearer v1.abc.def", "v1.\u5b78.\u7fd2"})
    void garbageIsRefusedWithoutAnException(String garbage) {
        assertEquals(Optional.empty(), CODEC.verify(garbage, NOW));
    }

    @Test
    void anOverlongTokenIsRefusedBeforeAnyWork() {
        String token = CODEC.issue(STUDENT, NOW, TTL);
        assertEquals(Optional.empty(), CODEC.verify(token + "A".repeat(2048), NOW));
    }

    @ParameterizedTest(name = "a correctly signed payload \"{0}\" is refused")
    @ValueSource(strings = {
        "3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|NOT_A_ROLE||1795852800|1795856400",
        "3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|STUDENT||soon|1795856400",
        "3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|STUDENT||1795852800|later",
        "3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|STUDENT||1795852800",
        "3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|STUDENT|x|1795852800|1795856400|extra",
        "not-a-uuid|student1|STUDENT||1795852800|1795856400",
        "3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|Bad User|STUDENT||1795852800|1795856400"
    })
    void aSignedButMalformedPayloadIsRefusedWithoutAnException(String payload) throws Exception {
        String body = b64(payload.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String token = "v1." + body + "." + b64(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), CODEC.verify(token, Instant.ofEpochSecond(1795852900L)));
    }

    @Test
    void aPayloadSignedByTheTestLikeTheCodecDoesIsAccepted() throws Exception {
        String payload = "3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|STUDENT|S-1|1795852800|1795856400";
        String body = b64(payload.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String token = "v1." + body + "." + b64(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        TokenCodec.Claims c = CODEC.verify(token, Instant.ofEpochSecond(1795852900L)).orElseThrow();
        assertEquals(Actor.student("student1", "S-1"), c.actor());
        assertEquals("3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c", c.tokenId());
    }

    @Test
    void whetherAPasswordChangeWasPendingTravelsWithTheToken() {
        assertFalse(CODEC.verify(CODEC.issue(STUDENT, false, NOW, TTL), NOW).orElseThrow().passwordChangePending());
        assertTrue(CODEC.verify(CODEC.issue(STUDENT, true, NOW, TTL), NOW).orElseThrow().passwordChangePending());
        assertTrue(CODEC.verify(CODEC.issue(STUDENT, NOW, TTL), NOW).orElseThrow().passwordChangePending(),
                "a token issued without saying counts as pending");
    }

    @Test
    void aSixFieldTokenFromBeforeTheFlagCountsAsPending() throws Exception {
        TokenCodec.Claims c = CODEC.verify(signed("3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|STUDENT|S-1|"
                + "1795852800|1795856400"), Instant.ofEpochSecond(1795852900L)).orElseThrow();
        assertTrue(c.passwordChangePending());
    }

    @ParameterizedTest(name = "a pending flag \"{0}\" is refused")
    @ValueSource(strings = {"", "2", "true", "01", " 1"})
    void aPendingFlagOtherThanZeroOrOneIsRefused(String flag) throws Exception {
        String token = signed("3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|STUDENT|S-1|1795852800|1795856400|" + flag);
        assertEquals(Optional.empty(), CODEC.verify(token, Instant.ofEpochSecond(1795852900L)));
    }

    @Test
    void theAccountsTokenGenerationTravelsWithTheToken() {
        assertEquals(7, CODEC.verify(CODEC.issue(STUDENT, false, 7, NOW, TTL), NOW).orElseThrow().tokenGeneration());
        assertEquals(0, CODEC.verify(CODEC.issue(STUDENT, false, NOW, TTL), NOW).orElseThrow().tokenGeneration());
    }

    @Test
    void sixAndSevenFieldTokensFromBeforeTheGenerationCarryGenerationZero() throws Exception {
        String fields = "3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|STUDENT|S-1|1795852800|1795856400";
        Instant at = Instant.ofEpochSecond(1795852900L);
        assertEquals(0, CODEC.verify(signed(fields), at).orElseThrow().tokenGeneration());
        assertEquals(0, CODEC.verify(signed(fields + "|0"), at).orElseThrow().tokenGeneration());
        assertEquals(12, CODEC.verify(signed(fields + "|0|12"), at).orElseThrow().tokenGeneration());
    }

    @ParameterizedTest(name = "a generation \"{0}\" is refused")
    @ValueSource(strings = {"", "-1", "+1", "1e3", "9999999999999999999", " 1"})
    void aGenerationThatIsNotASmallDecimalIsRefused(String generation) throws Exception {
        String token = signed("3f2b8c1e-7a9d-4e61-9b0c-5d4e3f2a1b0c|student1|STUDENT|S-1|1795852800|1795856400|0|"
                + generation);
        assertEquals(Optional.empty(), CODEC.verify(token, Instant.ofEpochSecond(1795852900L)));
    }

    private static String signed(String payload) throws Exception {
        String body = b64(payload.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        return "v1." + body + "." + b64(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TokenCodec(new byte[31]));
        assertEquals("token key must have at least 32 bytes", e.getMessage());
    }

    @Test
    void theCodecKeepsItsOwnCopyOfTheKey() {
        byte[] k = key(3);
        TokenCodec codec = new TokenCodec(k);
        String token = codec.issue(STUDENT, NOW, TTL);
        Arrays.fill(k, (byte) 0);
        assertTrue(codec.verify(token, NOW).isPresent());
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
