package tw.portfolio.archive.account;

import java.security.SecureRandom;

/**
 * One-time passwords for new or reset accounts: 20 characters from an alphabet without look-alikes
 * (about 116 bits), drawn again in the unlikely case one breaks a {@link PasswordRules} rule (it
 * contains the username, or is a common password).
 */
public final class OneTimePasswords {
    static final int LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String generate(String username) {
        while (true) {
            StringBuilder sb = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String password = sb.toString();
            if (PasswordRules.violations(username, null, password).isEmpty()) {
                return password;
            }
        }
    }
}
