package tw.portfolio.archive.retention.erasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.flywaydb.core.Flyway;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.index.LuceneSearchIndex;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.storage.OcflArtifactStore;

/**
 * A data directory as the server lays it out, in a temporary folder: {@code db} (on-disk Derby,
 * migrated by Flyway with the real scripts), {@code ocfl} (the real OCFL store), {@code index} (the
 * real Lucene index), {@code logs} (Derby's own log). Students are seeded with rows in every table
 * that holds personal data, artifacts and a receipt with its package in OCFL, search documents and
 * event log leaves.
 */
final class DiskArchive implements AutoCloseable {
    /** A seeded student: who, and the bytes of each of their files. */
    record Seeded(String studentId, String nationalId, String studentNumber, String name, List<String> artifactIds,
            Map<String, byte[]> files) {
        String username() {
            return "s" + studentNumber.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String COURSE_ID = "c0000000-0000-0000-0000-000000000001";

    final Path root;
    final String url;
    final OcflArtifactStore store;
    final LuceneSearchIndex index;
    final Clock clock = Clock.systemUTC();

    DiskArchive(Path root) {
        this.root = root;
        this.url = "jdbc:derby:" + root.resolve("db").toAbsolutePath();
        try {
            Files.createDirectories(root.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("derby.stream.error.file", root.resolve("logs/derby.log").toString());
        Flyway.configure().dataSource(url + ";create=true", "app", "app").locations("classpath:db/migration").load()
                .migrate();
        this.store = OcflArtifactStore.open(root);
        this.index = new LuceneSearchIndex(root.resolve("index"), clock, Duration.ofMillis(50), 1);
        run("INSERT INTO COURSE (ID, CODE, NAME, SUBJECT, COURSE_TYPE, CREDITS, ACADEMIC_YEAR, SEMESTER, ROW_VERSION)"
                + " VALUES (?, 'M101', '數學', '數學', 'NATIONAL_REQUIRED', 4, 114, 1, 0)", COURSE_ID);
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "app", "app");
    }

    ErasureEngine engine(StepListener listener) {
        return new ErasureEngine(new JdbcErasureTransactions(this), store, index, databaseFiles(), clock, listener,
                Duration.ofMinutes(1));
    }

    ResurrectionGuard guard() {
        ErasureEngine engine = engine(StepListener.NONE);
        return new ResurrectionGuard(engine, new JdbcErasureTransactions(this), store, index, databaseFiles(), clock);
    }

    /** {@link DerbyFiles} on a connection of its own. */
    DatabaseFiles databaseFiles() {
        return tables -> {
            try (Connection c = connection()) {
                return DerbyFiles.forget(c, tables);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Seeds a student with rows in every personal table, two artifacts, a receipt and its package. */
    Seeded seed(String nationalId, String studentNumber, String name) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Timestamp ts = Timestamp.from(now);
        String username = "s" + studentNumber.toLowerCase(java.util.Locale.ROOT);
        run("INSERT INTO STUDENT (ID, NATIONAL_ID, NAME, STUDENT_NUMBER, CLASS_NAME, SCHOOL_CODE, EMAIL, STATUS,"
                + " COMPLETED_ON, VERSION, BIRTH_DATE, GRADE, ENROLLED_ON, SEALED_ON) VALUES (?, ?, ?, ?, '301', '013301',"
                + " ?, 'GRADUATED', ?, 0, ?, 12, ?, ?)", id, nationalId, name, studentNumber, username + "@school.example",
                java.sql.Date.valueOf(LocalDate.of(2020, 6, 30)), java.sql.Date.valueOf(LocalDate.of(2002, 3, 4)),
                java.sql.Date.valueOf(LocalDate.of(2017, 9, 1)), java.sql.Date.valueOf(LocalDate.of(2025, 6, 30)));
        run("INSERT INTO ACCOUNT (USERNAME, PASSWORD_HASH, DISPLAY_NAME, STUDENT_ID, PASSWORD_CHANGE_REQUIRED, CREATED_AT,"
                + " VERSION) VALUES (?, 'x', ?, ?, FALSE, ?, 0)", username, name, id, ts);
        run("INSERT INTO ACCOUNT_ROLE (USERNAME, ROLE_NAME) VALUES (?, 'ALUMNUS')", username);
        run("INSERT INTO PSEUDONYM_KEY (SUBJECT, KEY_BASE64, CREATED_AT) VALUES (?, ?, ?)", id,
                java.util.Base64.getEncoder().encodeToString(random(32)), ts);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> artifactIds = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            byte[] content = random(20_000 + i * 777);
            String artifactId = UUID.randomUUID().toString();
            artifactIds.add(artifactId);
            String sha = sha256(content);
            String objectId = "artifact-" + artifactId;
            Path staged = stage(content);
            byte[] meta = ("{\"artifactId\":\"" + artifactId + "\",\"filename\":\"" + name + "-作品" + i + ".pdf\"}")
                    .getBytes(StandardCharsets.UTF_8);
            var stored = store.store(objectId, staged, sha, "content.pdf", meta, "ingest " + artifactId);
            run("INSERT INTO ARTIFACT (ID, STUDENT_ID, FILENAME, TITLE, MEDIA_TYPE, SIZE_BYTES, SHA256, OCFL_OBJECT_ID,"
                    + " LOGICAL_NAME, CONTENT_PATH, STATE, CREATED_AT, CREATED_BY, CREATED_BY_ROLE, VERSION)"
                    + " VALUES (?, ?, ?, ?, 'application/pdf', ?, ?, ?, 'content.pdf', ?, 'ACTIVE', ?, ?, 'STUDENT', 0)",
                    artifactId, id, name + "-作品" + i + ".pdf", name + "的作品 " + nationalId, (long) content.length, sha,
                    objectId, stored.contentPath(), ts, username);
            files.put(objectId, content);
            event(new ArchiveEvent(ArchiveEventType.INGESTION, artifactId, id, "STUDENT", "SUCCESS", now,
                    Map.of("sha256", sha, "objectId", objectId)), Map.of("actor", username, "filename", name + ".pdf"));
            index.index(SearchDocument.builder(artifactId, DocumentType.ARTIFACT).studentId(id).studentName(name)
                    .nationalId(nationalId).studentNumber(studentNumber).className("301").title(name + "的作品")
                    .filename(name + ".pdf").sha256(sha).mediaType("application/pdf")
                    .body("這是" + name + "的學習成果，身分證 " + nationalId).build());
        }
        String outcomeId = UUID.randomUUID().toString();
        run("INSERT INTO COURSE_OUTCOME (ID, STUDENT_ID, COURSE_ID, ACADEMIC_YEAR, DESCRIPTION, STATE, REVISION,"
                + " UPLOADED_AT, ROW_VERSION) VALUES (?, ?, ?, 114, ?, 'CERTIFIED', 1, ?, 0)", outcomeId, id, COURSE_ID,
                name + "的數學報告", ts);
        run("INSERT INTO COURSE_OUTCOME_ARTIFACT (OUTCOME_ID, ARTIFACT_ORDER, ARTIFACT_ID) VALUES (?, 0, ?)", outcomeId,
                artifactIds.get(0));
        run("INSERT INTO COURSE_OUTCOME_CERTIFICATION (OUTCOME_ID, REVISION, DECISION, REASON, CERTIFIED_BY, DECIDED_AT)"
                + " VALUES (?, 1, 'CERTIFIED', ?, 'teacher1', ?)", outcomeId, "確認為" + name + "本人作品", ts);
        index.index(SearchDocument.builder(outcomeId, DocumentType.COURSE_OUTCOME).studentId(id).studentName(name)
                .nationalId(nationalId).studentNumber(studentNumber).description(name + "的數學報告").build());
        String diverseId = UUID.randomUUID().toString();
        run("INSERT INTO DIVERSE_PERFORMANCE (ID, STUDENT_ID, ACADEMIC_YEAR, CATEGORY, NAME, CONTENT, STATE, CREATED_AT,"
                + " ROW_VERSION) VALUES (?, ?, 114, 'COMPETITION', ?, ?, 'SUBMITTED', ?, 0)", diverseId, id,
                name + "科展", "參賽者 " + name + "（" + nationalId + "）", ts);
        run("INSERT INTO DIVERSE_PERFORMANCE_ARTIFACT (ITEM_ID, ARTIFACT_ORDER, ARTIFACT_ID) VALUES (?, 0, ?)", diverseId,
                artifactIds.get(1));
        String selectionId = UUID.randomUUID().toString();
        run("INSERT INTO SELECTION (ID, STUDENT_ID, ACADEMIC_YEAR, UPDATED_AT, ROW_VERSION) VALUES (?, ?, 114, ?, 0)",
                selectionId, id, ts);
        run("INSERT INTO SELECTION_OUTCOME (SELECTION_ID, ITEM_ORDER, OUTCOME_ID) VALUES (?, 0, ?)", selectionId, outcomeId);
        run("INSERT INTO SELECTION_DIVERSE (SELECTION_ID, ITEM_ORDER, DIVERSE_ID) VALUES (?, 0, ?)", selectionId, diverseId);
        run("INSERT INTO ENROLLMENT (ID, COURSE_ID, STUDENT_ID, ENROLLED_AT) VALUES (?, ?, ?, ?)",
                UUID.randomUUID().toString(), COURSE_ID, id, ts);
        run("INSERT INTO ENROLLMENT_CHANGE (ID, STUDENT_ID, CHANGE_TYPE, EFFECTIVE_DATE, REASON, STATUS_AFTER, RECORDED_AT,"
                + " RECORDED_BY, VERSION) VALUES (?, ?, 'GRADUATION', ?, ?, 'GRADUATED', ?, 'registrar1', 0)",
                UUID.randomUUID().toString(), id, java.sql.Date.valueOf(LocalDate.of(2020, 6, 30)), name + "畢業", ts);
        run("INSERT INTO LEGAL_HOLD (ID, STUDENT_ID, REASON, PLACED_BY, PLACED_AT, RELEASED_BY, RELEASED_AT, RELEASE_REASON)"
                + " VALUES (?, ?, ?, 'registrar1', ?, 'registrar1', ?, ?)", UUID.randomUUID().toString(), id,
                "訴訟涉及" + name, ts, ts, name + "案結束");
        String receiptId = UUID.randomUUID().toString();
        byte[] receipt = ("{\"name\":\"" + name + "\",\"nationalId\":\"" + nationalId + "\",\"studentNumber\":\""
                + studentNumber + "\"}").getBytes(StandardCharsets.UTF_8);
        keep("receipt-" + receiptId, "RECEIPT", receiptId, id, Map.of("receipt.json", receipt), ts);
        files.put("receipt-" + receiptId, receipt);
        keep("package-" + receiptId, "SUBMISSION_PACKAGE", receiptId, id,
                Map.of("bag/data/" + artifactIds.get(0) + ".pdf", files.get("artifact-" + artifactIds.get(0))), ts);
        event(new ArchiveEvent(ArchiveEventType.METADATA_MODIFICATION, id, id, "REGISTRAR", "SUCCESS", now,
                Map.of("change", "STUDENT_REGISTERED")), Map.of("actor", "registrar1", "name", name, "nationalId",
                        nationalId, "studentNumber", studentNumber, "username", username));
        index.flush();
        sequenceLog();
        return new Seeded(id, nationalId, studentNumber, name, artifactIds, files);
    }

    private void keep(String objectId, String kind, String recordId, String studentId, Map<String, byte[]> content,
            Timestamp ts) {
        try {
            Path dir = Files.createDirectories(store.stagingDirectory().resolve("kept-" + objectId));
            String main = null;
            for (var e : content.entrySet()) {
                Path f = dir.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
                main = main == null ? e.getKey() : main;
            }
            store.storeFiles(objectId, dir, "keep " + objectId);
            tw.portfolio.archive.storage.FileSync.deleteTree(dir);
            run("INSERT INTO KEPT_OBJECT (OBJECT_ID, KIND, RECORD_ID, STUDENT_ID, ACADEMIC_YEAR, ISSUED_AT, MAIN_FILE,"
                    + " SHA256, KEPT_AT) VALUES (?, ?, ?, ?, 114, ?, ?, ?, ?)", objectId, kind, recordId, studentId, ts,
                    main, sha256(content.get(main)), ts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path stage(byte[] content) {
        try {
            Path staged = Files.createTempFile(store.stagingDirectory(), "upload-", ".part");
            Files.write(staged, content);
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void event(ArchiveEvent event, Map<String, String> clear) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            JdbcErasureTransactions.record(c, event, clear);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void sequenceLog() {
        try (Connection c = connection()) {
            while (JdbcErasureTransactions.sequencer().sequenceBatch(c) > 0) {
                // until the queue is empty
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T log(java.util.function.Function<MerkleLog, T> work) {
        try (Connection c = connection()) {
            return work.apply(new MerkleLog(new JdbcLogStore(c)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void run(String sql, Object... values) {
        try (Connection c = connection()) {
            Sql.update(c, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    List<String> stringsOf(String sql, Object... values) {
        try (Connection c = connection()) {
            return Sql.strings(c, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long count(String sql, Object... values) {
        try (Connection c = connection()) {
            return Sql.count(c, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Documents of the student in the live index, deleted ones included (a term left in any segment). */
    long indexTermDocs(String field, String value) {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.liveDirectory()))) {
            long n = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms != null) {
                    TermsEnum te = terms.iterator();
                    if (te.seekExact(new BytesRef(value))) {
                        n += te.docFreq();
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long indexDeletedDocs() {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.liveDirectory()))) {
            return reader.numDeletedDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(Sha256.of(content));
    }

    @Override
    public void close() {
        index.close();
        store.close();
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // 08006: the database was shut down
        }
    }
}
