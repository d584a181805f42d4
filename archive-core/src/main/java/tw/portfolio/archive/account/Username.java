package tw.portfolio.archive.account;

import java.util.regex.Pattern;
import tw.portfolio.archive.error.InvalidInputException;

/** Usernames: 3–64 characters of lowercase letters, digits, dot, dash and underscore. */
public final class Username {
    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");

    private Username() {
    }

    public static String check(String raw) {
        if (raw == null || !SHAPE.matcher(raw).matches()) {
            throw InvalidInputException.field("username",
                    "must be 3 to 64 lowercase letters, digits, '.', '-' or '_'");
        }
        return raw;
    }

    public static boolean isValid(String raw) {
        return raw != null && SHAPE.matcher(raw).matches();
    }
}
