package tw.portfolio.archive.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring API tokens: {@code v1.<payload>.<mac>}, where the payload is base64url of
 * {@code id|username|roles|studentId|issuedAt|expiresAt|passwordChangePending|tokenGeneration}
 * (every field has a fixed alphabet, so the separator cannot be forged) and the MAC is HMAC-SHA256
 * under a key kept in the data directory. Revocation is by token id (logout), or of every token of
 * an account at once by raising the account's token generation: a token counts only while the
 * generation it carries is the account's (see {@link Account#accepts(long)}). Tokens of the six- and
 * seven-field forms, issued before that field, carry generation 0.
 *
 * <p>{@code passwordChangePending} ({@code 1} or {@code 0}) says whether the account still had its
 * one-time password when the token was issued. An account only ever gets one at creation, so a token
 * issued without it never needs the account looked up again on each call; one issued with it does
 * (the password may have been changed since). Tokens of the six-field form, issued before this
 * field, count as pending. Should an account ever be given a new one-time password, its tokens must
 * be revoked.
 */
public final class TokenCodec {
    private static final String PREFIX = "v1.";
    private static final Pattern UUID_SHAPE = Pattern.compile("^[0-9a-f-]{36}$");
    private static final Pattern GENERATION_SHAPE = Pattern.compile("^[0-9]{1,18}$");
    private final byte[] key;

    /** A verified token's claims. */
    public record Claims(String tokenId, Actor actor, Instant issuedAt, Instant expiresAt,
            boolean passwordChangePending, long tokenGeneration) {
    }

    public TokenCodec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("token key must have at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** A token that counts as issued while a password change was pending (the cautious default). */
    public String issue(Actor actor, Instant now, long ttlSeconds) {
        return issue(actor, true, now, ttlSeconds);
    }

    public String issue(Actor actor, boolean passwordChangePending, Instant now, long ttlSeconds) {
        return issue(actor, passwordChangePending, 0, now, ttlSeconds);
    }

    /** A token of the account's {@code tokenGeneration}: raising it later revokes the token. */
    public String issue(Actor actor, boolean passwordChangePending, long tokenGeneration, Instant now,
            long ttlSeconds) {
        String roles = String.join(",", actor.roles().stream().map(Enum::name).sorted().toList());
        String payload = String.join("|", UUID.randomUUID().toString(), actor.username(), roles,
                actor.studentId().orElse(""), Long.toString(now.getEpochSecond()),
                Long.toString(now.getEpochSecond() + ttlSeconds), passwordChangePending ? "1" : "0",
                Long.toString(tokenGeneration));
        String body = b64(payload.getBytes(StandardCharsets.UTF_8));
        return PREFIX + body + "." + b64(mac(body));
    }

    /** The claims of a well-formed, correctly signed, unexpired token; empty otherwise. */
    public Optional<Claims> verify(String token, Instant now) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 2048) {
            return Optional.empty();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] given = Base64.getUrlDecoder().decode(parts[1]);
            if (!MessageDigest.isEqual(given, mac(parts[0]))) {
                return Optional.empty();
            }
            String[] f = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).split("\\|", -1);
            if (f.length < 6 || f.length > 8 || (f.length >= 7 && !(f[6].equals("0") || f[6].equals("1")))
                    || (f.length == 8 && !GENERATION_SHAPE.matcher(f[7]).matches())
                    || !UUID_SHAPE.matcher(f[0]).matches() || !Username.isValid(f[1])) {
                return Optional.empty();
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String r : f[2].split(",")) {
                if (!r.isEmpty()) {
                    roles.add(Role.valueOf(r));
                }
            }
            Instant issued = Instant.ofEpochSecond(Long.parseLong(f[4]));
            Instant expires = Instant.ofEpochSecond(Long.parseLong(f[5]));
            if (!now.isBefore(expires)) {
                return Optional.empty();
            }
            Optional<String> sid = f[3].isEmpty() ? Optional.empty() : Optional.of(f[3]);
            boolean pending = f.length == 6 || f[6].equals("1");
            long generation = f.length == 8 ? Long.parseLong(f[7]) : 0;
            return Optional.of(new Claims(f[0], new Actor(f[1], roles, sid), issued, expires, pending, generation));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
