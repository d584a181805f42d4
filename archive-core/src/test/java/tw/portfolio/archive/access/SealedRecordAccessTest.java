package tw.portfolio.archive.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.artifact.ArtifactAccess;
import tw.portfolio.archive.artifact.ArtifactAccessFixture;
import tw.portfolio.archive.artifact.ArtifactQueries;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.paging.PageRequest;

/**
 * Issue 15 on a real Derby database migrated by the real Flyway scripts: one student is sealed with
 * the SQL the retention sweep runs ({@code UPDATE STUDENT SET SEALED_ON = ?} and the student's
 * artifacts to SEALED), the other is not. Staff lose sight of the sealed one, the student keeps it,
 * an auditor reads it only with a reason, and every read by someone else leaves an event.
 */
class SealedRecordAccessTest {
    private static final String URL = "jdbc:derby:memory:sealed-" + UUID.randomUUID() + ";create=true";
    private static final String SEALED = UUID.randomUUID().toString();
    private static final String OPEN = UUID.randomUUID().toString();
    private static final LocalDate SEALED_ON = LocalDate.of(2024, 8, 1);
    private static final LocalDate SEAL_DATE = LocalDate.of(2024, 7, 31);
    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");
    private static final String REASON = "  court order 115-A-17 for the 2019 dispute  ";

    private static EntityManagerFactory emf;
    private static final List<String> sealedFiles = new ArrayList<>();
    private static String openFile;

    private static final Actor REGISTRAR = Actor.staff("registrar1", Role.REGISTRAR);
    private static final Actor ADMIN = Actor.staff("academic1", Role.ACADEMIC_ADMIN);
    private static final Actor AUDITOR = Actor.staff("auditor1", Role.AUDITOR);
    private static final Actor ALUMNUS = new Actor("alumni1", Set.of(Role.ALUMNUS), java.util.Optional.of(SEALED));

    @BeforeAll
    static void database() throws SQLException {
        Flyway.configure().dataSource(URL, "app", "app").locations("classpath:db/migration").load().migrate();
        emf = Persistence.createEntityManagerFactory("artifact-test", Map.of("jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "app", "jakarta.persistence.jdbc.password", "app"));
        try (Connection c = DriverManager.getConnection(URL, "app", "app")) {
            student(c, SEALED, "A123456789");
            student(c, OPEN, "B123456789");
            sealedFiles.add(artifact(c, SEALED, 1));
            sealedFiles.add(artifact(c, SEALED, 2));
            openFile = artifact(c, OPEN, 3);
            // what the sweep does, in one transaction
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("UPDATE STUDENT SET SEALED_ON = ?, SEAL_DATE = ? WHERE ID = ?");
                    PreparedStatement a = c.prepareStatement("UPDATE ARTIFACT SET STATE = 'SEALED' WHERE STUDENT_ID = ?")) {
                s.setDate(1, Date.valueOf(SEALED_ON));
                s.setDate(2, Date.valueOf(SEAL_DATE));
                s.setString(3, SEALED);
                s.executeUpdate();
                a.setString(1, SEALED);
                a.executeUpdate();
            }
            c.commit();
        }
    }

    private static void student(Connection c, String id, String nationalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO STUDENT (ID, NATIONAL_ID, NAME, STATUS, VERSION) VALUES (?, ?, 'name', 'GRADUATED', 1)")) {
            ps.setString(1, id);
            ps.setString(2, nationalId);
            ps.executeUpdate();
        }
    }

    private static String artifact(Connection c, String student, int n) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ARTIFACT (ID, STUDENT_ID, FILENAME, MEDIA_TYPE,"
                + " SIZE_BYTES, SHA256, OCFL_OBJECT_ID, LOGICAL_NAME, CONTENT_PATH, STATE, CREATED_AT, CREATED_BY,"
                + " CREATED_BY_ROLE, VERSION) VALUES (?, ?, ?, 'application/pdf', 1, ?, ?, 'f.pdf', 'v1/content/f.pdf',"
                + " 'ACTIVE', ?, 'student1', 'STUDENT', 1)")) {
            ps.setString(1, id);
            ps.setString(2, student);
            ps.setString(3, "f" + n + ".pdf");
            ps.setString(4, "%064d".formatted(n));
            ps.setString(5, "artifact-" + id);
            ps.setTimestamp(6, Timestamp.from(NOW.minusSeconds(n)));
            ps.executeUpdate();
        }
        return id;
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    /** Events recorded by one read, with the audit-trail-only details beside them. */
    static final class Recorded implements ArchiveEvents {
        final List<ArchiveEvent> events = new ArrayList<>();
        final List<Map<String, String>> trailOnly = new ArrayList<>();

        @Override
        public long record(ArchiveEvent event) {
            return record(event, Map.of());
        }

        @Override
        public long record(ArchiveEvent event, Map<String, String> auditTrailOnly) {
            events.add(event);
            trailOnly.add(auditTrailOnly);
            return events.size();
        }
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            return work.apply(em);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    private static <T> T withAccess(Recorded events, Function<ArtifactAccess, T> work) {
        return inTransaction(em -> work.apply(ArtifactAccessFixture.of(em, events, Clock.fixed(NOW, ZoneOffset.UTC), 10)));
    }

    @Test
    void theSealDateIsReadFromTheStudentRowTheSweepSets() {
        assertEquals(SEALED_ON, inTransaction(em -> new SealedRecords(em).sealedOn(SEALED)).orElseThrow());
        assertEquals(new Seal(SEALED_ON, SEAL_DATE), inTransaction(em -> new SealedRecords(em).seal(SEALED)).orElseThrow());
        assertTrue(inTransaction(em -> new SealedRecords(em).sealedOn(OPEN)).isEmpty());
        assertTrue(inTransaction(em -> new SealedRecords(em).sealedOn("no-such-student")).isEmpty());
        assertEquals(Set.of(SEALED), inTransaction(em -> new SealedRecords(em).sealedAmong(List.of(SEALED, OPEN, "x"))));
    }

    @Test
    void staffListsOfASealedStudentAreEmptyWhileTheStudentStillListsEveryFile() {
        for (Actor staff : List.of(REGISTRAR, ADMIN, AUDITOR)) {
            ArtifactQueries.Page page = inTransaction(em -> queries(em).listForStudent(staff, SEALED, PageRequest.of(0, 50)));
            assertEquals(List.of(), page.items(), staff.username());
            assertEquals(0, page.total(), staff.username());
        }
        ArtifactQueries.Page own = inTransaction(em -> queries(em).listForStudent(ALUMNUS, SEALED, PageRequest.of(0, 50)));
        assertEquals(sealedFiles, own.items().stream().map(Artifact::id).toList());
        assertEquals(2, own.total());
        assertTrue(own.items().stream().allMatch(a -> a.state() == Artifact.State.SEALED && a.sha256() != null
                && a.size() == 1 && a.createdAt() != null && a.filename() != null));
    }

    @Test
    void aStaffReadOfASealedFileIs403NamingTheSealDate() {
        for (Actor staff : List.of(REGISTRAR, ADMIN)) {
            SealedRecordException e = assertThrows(SealedRecordException.class,
                    () -> inTransaction(em -> queries(em).readable(staff, sealedFiles.get(0))));
            assertEquals(SEALED_ON, e.sealedOn());
            assertEquals("sealed-record", e.problemType());
            assertTrue(e.getMessage().contains("sealed on 2024-08-01 (seal date 2024-07-31)"), e.getMessage());
            Recorded events = new Recorded();
            assertThrows(SealedRecordException.class, () -> withAccess(events,
                    a -> a.read(staff, sealedFiles.get(0), REASON, ArtifactAccess.Via.CONTENT)));
            assertEquals(List.of(), events.events, "a refused read leaves no access event");
        }
    }

    @Test
    void theStudentReadsTheirOwnSealedFileWithoutATrace() {
        Recorded events = new Recorded();
        Artifact a = withAccess(events, x -> x.read(ALUMNUS, sealedFiles.get(1), null, ArtifactAccess.Via.CONTENT));
        assertEquals(sealedFiles.get(1), a.id());
        assertEquals(List.of(), events.events);
    }

    @Test
    void anAuditorWithoutAReasonIsToldOneIsNeeded() {
        for (String reason : new String[] {null, "", "   "}) {
            AccessReasonRequiredException e = assertThrows(AccessReasonRequiredException.class, () -> withAccess(
                    new Recorded(), a -> a.read(AUDITOR, sealedFiles.get(0), reason, ArtifactAccess.Via.CONTENT)));
            assertEquals("access-reason-required", e.problemType());
            assertTrue(e.getMessage().contains("reason is needed"), e.getMessage());
        }
    }

    @Test
    void anAuditorsReasonOfFewerThanTenCharactersAfterTrimmingIsRefused() {
        AccessReasonRequiredException e = assertThrows(AccessReasonRequiredException.class, () -> withAccess(
                new Recorded(), a -> a.read(AUDITOR, sealedFiles.get(0), "   audit 123   ", ArtifactAccess.Via.CONTENT)));
        assertTrue(e.getMessage().contains("at least 10 characters"), e.getMessage());
        assertEquals("reason", e.fieldErrors().get(0).field());
    }

    @Test
    void anAuditorsReasonedReadIsASealedDataAccessEventWithOnlyTheReasonsDigestInTheLog() throws Exception {
        Recorded events = new Recorded();
        Artifact a = withAccess(events, x -> x.read(AUDITOR, sealedFiles.get(0), REASON, ArtifactAccess.Via.CONTENT));
        assertEquals(sealedFiles.get(0), a.id());
        assertEquals(1, events.events.size());
        ArchiveEvent e = events.events.get(0);
        assertEquals(ArchiveEventType.SEALED_DATA_ACCESS, e.type());
        assertEquals(sealedFiles.get(0), e.objectId());
        assertEquals(SEALED, e.studentPseudonym());
        assertEquals("AUDITOR", e.actorRole());
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(REASON.strip().getBytes(StandardCharsets.UTF_8)));
        assertEquals(Map.of("reasonSha256", digest, "via", "CONTENT"), e.detail());
        assertFalse(e.detail().values().stream().anyMatch(v -> v.contains("court")), "no reason text in the log");
        assertEquals(Map.of("reason", REASON.strip()), events.trailOnly.get(0));
    }

    @Test
    void aContentReadOfAnUnsealedPortfolioByAnyoneButTheStudentIsAnAccessEvent() {
        Recorded events = new Recorded();
        withAccess(events, x -> x.read(AUDITOR, openFile, null, ArtifactAccess.Via.CONTENT));
        withAccess(events, x -> x.read(REGISTRAR, openFile, null, ArtifactAccess.Via.CONTENT));
        withAccess(events, x -> x.read(REGISTRAR, openFile, null, ArtifactAccess.Via.METADATA));
        assertEquals(List.of(ArchiveEventType.ACCESS, ArchiveEventType.ACCESS),
                events.events.stream().map(ArchiveEvent::type).toList(), "content reads only");
        assertEquals(List.of("AUDITOR", "REGISTRAR"), events.events.stream().map(ArchiveEvent::actorRole).toList());
        assertEquals(OPEN, events.events.get(0).studentPseudonym());
        assertEquals(Map.of("via", "CONTENT"), events.events.get(0).detail());
        Recorded own = new Recorded();
        withAccess(own, x -> x.read(Actor.student("student9", OPEN), openFile, null, ArtifactAccess.Via.CONTENT));
        assertEquals(List.of(), own.events);
    }

    @Test
    void anUnknownArtifactIsNotFoundForEveryoneEvenWithAReason() {
        assertThrows(tw.portfolio.archive.error.NotFoundException.class, () -> withAccess(new Recorded(),
                x -> x.read(AUDITOR, "no-such-artifact", REASON, ArtifactAccess.Via.CONTENT)));
        assertThrows(tw.portfolio.archive.error.NotFoundException.class, () -> withAccess(new Recorded(),
                x -> x.read(AUDITOR, null, REASON, ArtifactAccess.Via.CONTENT)));
    }

    @Test
    void nobodyWritesToASealedStudentsRecords() {
        SealedReadOnlyException e = assertThrows(SealedReadOnlyException.class,
                () -> inTransaction(em -> { new SealedRecords(em).requireWritable(SEALED); return null; }));
        assertEquals("sealed-read-only", e.problemType());
        assertTrue(e.getMessage().contains("2024-08-01"), e.getMessage());
        assertSame(null, inTransaction(em -> { new SealedRecords(em).requireWritable(OPEN); return null; }));
    }

    private static ArtifactQueries queries(EntityManager em) {
        return ArtifactAccessFixture.queries(em);
    }
}
