package tw.portfolio.archive.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A stable stand-in for a username in the event log: the first 16 hex digits of its SHA-256. */
public final class Pseudonym {
    private Pseudonym() {
    }

    public static String of(String username) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
