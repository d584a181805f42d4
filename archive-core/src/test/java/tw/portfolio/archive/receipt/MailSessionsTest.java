package tw.portfolio.archive.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSessionsTest {

    @Test
    void archiveMailKeysBecomeJakartaMailProperties() {
        Session session = MailSessions.fromConfig(Map.of("archive.mail.smtp.host", "127.0.0.1",
                "archive.mail.smtp.port", "2525", "archive.receipt.zone", "UTC"));
        assertEquals("127.0.0.1", session.getProperty("mail.smtp.host"));
        assertEquals("2525", session.getProperty("mail.smtp.port"));
        assertNull(session.getProperty("mail.receipt.zone"));
    }

    @Test
    void userAndPasswordLogInAndAreNotPassedOnAsProperties() throws Exception {
        Session session = MailSessions.fromConfig(Map.of("archive.mail.smtp.host", "127.0.0.1",
                "archive.mail.user", "registrar", "archive.mail.password", "secret"));
        assertEquals("true", session.getProperty("mail.smtp.auth"));
        assertNull(session.getProperty("mail.password"));
        PasswordAuthentication login = session.requestPasswordAuthentication(InetAddress.getLoopbackAddress(), 25,
                "smtp", null, null);
        assertEquals("registrar", login.getUserName());
        assertEquals("secret", login.getPassword());
    }
}
