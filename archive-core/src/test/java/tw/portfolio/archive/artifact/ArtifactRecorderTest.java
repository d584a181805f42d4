package tw.portfolio.archive.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.NotFoundException;

/**
 * Issue 15: an upload whose student is gone (erased while the file was being received) is not
 * recorded; the recorder refuses it before signing or logging anything.
 */
class ArtifactRecorderTest {
    private static final String URL = "jdbc:derby:memory:recorder-" + UUID.randomUUID() + ";create=true";
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() {
        Flyway.configure().dataSource(URL, "app", "app").locations("classpath:db/migration").load().migrate();
        emf = Persistence.createEntityManagerFactory("artifact-test", Map.of("jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "app", "jakarta.persistence.jdbc.password", "app"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void anUploadForAStudentWhoseRowIsGoneIsRefusedAndNothingIsRecorded() {
        String studentId = UUID.randomUUID().toString();
        Artifact artifact = new Artifact(UUID.randomUUID().toString(), studentId, "f.pdf", null, ArtifactMediaType.PDF,
                1, "0".repeat(64), "artifact-x", "content.pdf", "v1/content/content.pdf", Instant.now(), "s110301",
                "STUDENT");
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            ArtifactRecorder recorder = new ArtifactRecorder();
            recorder.em = em;
            NotFoundException e = assertThrows(NotFoundException.class, () -> recorder.recordArtifact(artifact));
            assertTrue(e.getMessage().contains(studentId), e.getMessage());
            em.getTransaction().rollback();
            assertEquals(0L, em.createQuery("select count(a) from Artifact a", Long.class).getSingleResult());
        } finally {
            em.close();
        }
    }
}
