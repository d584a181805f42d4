package tw.portfolio.archive.receipt;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Map;
import java.util.Properties;

/**
 * Builds the {@link Session} receipts are mailed through from configuration under
 * {@value #PREFIX}: every {@code archive.mail.X} becomes the Jakarta Mail property {@code mail.X}
 * (for example {@code archive.mail.smtp.host}, {@code archive.mail.smtp.port},
 * {@code archive.mail.smtp.starttls.enable}); {@code archive.mail.user} and
 * {@code archive.mail.password}, when both are set, log in to the server.
 */
public final class MailSessions {
    public static final String PREFIX = "archive.mail.";
    public static final String KEY_USER = PREFIX + "user";
    public static final String KEY_PASSWORD = PREFIX + "password";

    private MailSessions() {
    }

    /** A new session from the given configuration entries; keys outside {@value #PREFIX} are ignored. */
    public static Session fromConfig(Map<String, String> config) {
        Properties properties = new Properties();
        config.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && !key.equals(KEY_USER) && !key.equals(KEY_PASSWORD)) {
                properties.setProperty("mail." + key.substring(PREFIX.length()), value);
            }
        });
        String user = config.get(KEY_USER);
        String password = config.get(KEY_PASSWORD);
        if (user == null || password == null) {
            return Session.getInstance(properties);
        }
        properties.setProperty("mail.smtp.auth", properties.getProperty("mail.smtp.auth", "true"));
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }
}
