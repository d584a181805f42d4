package tw.portfolio.archive.account;

import java.nio.charset.StandardCharsets;
import tw.portfolio.archive.integrity.crypto.Hex;
import tw.portfolio.archive.integrity.crypto.Sha256;

/** A stable stand-in for a username in the event log: the first 16 hex digits of its SHA-256. */
public final class Pseudonym {
    private Pseudonym() {
    }

    public static String of(String username) {
        return Hex.encode(Sha256.of(username.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }
}
