package tw.portfolio.archive.account;

import tw.portfolio.archive.error.InvalidInputException;

/** A new password: at least 12 characters, not the username, not the demo password. */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;

    private PasswordRules() {
    }

    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InvalidInputException.field("newPassword", "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 512) {
            throw InvalidInputException.field("newPassword", "must have at most 512 characters");
        }
        if (password.equalsIgnoreCase(username) || password.equals("demo-password")) {
            throw InvalidInputException.field("newPassword", "must not be the username or the demo password");
        }
    }
}
