package tw.portfolio.archive.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Pseudonyms of accounts in the event log. A student's (or alumnus') account gets a keyed pseudonym:
 * HMAC-SHA256 under a random 256-bit key of that student, kept in {@code PSEUDONYM_KEY} and made on
 * first use (in the caller's transaction, on its connection). Erasure deletes the key, after which the
 * student's pseudonyms cannot be recomputed from their username or student number. Staff accounts
 * keep the plain pseudonym: staff are not erased, and an auditor must be able to name the staff
 * member behind an event from the username.
 */
@ApplicationScoped
public class PseudonymKeys {
    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /** The pseudonym of account {@code username}; {@code studentId} is the student it belongs to, or null for staff. */
    @Transactional(Transactional.TxType.REQUIRED)
    public String ofAccount(String username, String studentId) {
        String name = String.valueOf(username);
        return studentId == null ? Pseudonym.of(name) : Pseudonym.keyed(keyOf(studentId), name);
    }

    /** A keyed digest of text about the student (a change of their record), under the student's key. */
    @Transactional(Transactional.TxType.REQUIRED)
    public String ofStudentText(String studentId, String text) {
        return Pseudonym.keyed(keyOf(studentId), text);
    }

    private byte[] keyOf(String studentId) {
        List<?> rows = em.createNativeQuery("SELECT KEY_BASE64 FROM PSEUDONYM_KEY WHERE SUBJECT = ?")
                .setParameter(1, studentId).getResultList();
        if (!rows.isEmpty()) {
            return Base64.getDecoder().decode((String) rows.get(0));
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        em.createNativeQuery("INSERT INTO PSEUDONYM_KEY (SUBJECT, KEY_BASE64, CREATED_AT) VALUES (?, ?, ?)")
                .setParameter(1, studentId).setParameter(2, Base64.getEncoder().encodeToString(key))
                .setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
        return key;
    }
}
