package tw.portfolio.archive.retention.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.eventlog.MerkleVerifier;
import tw.portfolio.archive.integrity.eventlog.TreeHead;
import tw.portfolio.archive.search.DocumentSource;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.RebuildProgress;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchIndex;

/**
 * §6 (a sealed student may have their data deleted) and issue 15's execution: on a real data
 * directory (on-disk Derby with the real migrations, the real OCFL store, the real Lucene index), two
 * students, one erased: afterwards a byte scan of the whole directory finds none of the erased
 * student's clear values nor any 64-byte run of their files, while the other student is intact.
 */
class StudentErasureTest {
    @TempDir
    Path dir;
    DiskArchive archive;
    DiskArchive.Seeded erased;
    DiskArchive.Seeded kept;

    @BeforeEach
    void seed() {
        archive = new DiskArchive(dir);
        erased = archive.seed("A123456789", "110301", "王小明");
        kept = archive.seed("B223456780", "110302", "李大華");
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void section6_afterErasureNoByteOfTheStudentRemainsInTheDataDirectoryAndTheOtherStudentIsIntact() {
        assertFalse(scanFor(kept).isEmpty(), "the scan finds the kept student's data (it would find the erased one's)");
        TreeHead before = archive.log(log -> log.head());

        ErasureResult result = archive.engine(StepListener.NONE).erase(erased.studentId(), "req-1");

        List<TraceScan.Trace> traces = scanFor(erased);
        assertEquals(List.of(), traces, "traces of the erased student");
        assertEquals(4, result.items().size(), "two artifacts, a receipt and a package");
        assertEquals(erased.studentId(), result.subject());
        assertEquals(List.of("ACCOUNT", "DATABASE", "PSEUDONYM_KEY", "STORE", "RECEIPTS", "PACKAGES", "STAGING", "INDEX",
                "DATABASE_FILES", "REPLICA"), result.confirmations().stream().map(ErasureConfirmation::target).toList()
                .stream().sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals("NOT_CONFIGURED", result.confirmations().stream().filter(c -> c.target().equals("REPLICA"))
                .findFirst().orElseThrow().state());
        assertEquals(0, archive.indexTermDocs("studentId", erased.studentId()), "no segment keeps their documents");
        assertEquals(0, archive.indexDeletedDocs());
        assertEquals(0, archive.count("SELECT COUNT(*) FROM STUDENT WHERE ID = ?", erased.studentId()));
        assertEquals(0, archive.count("SELECT COUNT(*) FROM PSEUDONYM_KEY WHERE SUBJECT = ?", erased.studentId()));
        erased.files().keySet().forEach(o -> assertFalse(archive.store.contains(o), o));

        assertKeptIntact(before);
    }

    @Test
    void withoutRewritingTheDatabaseFilesDerbyStillHoldsTheDeletedRowsInItsPagesOrLog() {
        ErasureEngine skipping = new ErasureEngine(new JdbcErasureTransactions(archive), archive.store, archive.index,
                tables -> "skipped", archive.clock, StepListener.NONE, java.time.Duration.ofMinutes(1));
        skipping.erase(erased.studentId(), "req-1");
        List<TraceScan.Trace> traces = scanFor(erased);
        assertTrue(traces.stream().anyMatch(t -> t.file().startsWith(dir.resolve("db"))), "the scan sees Derby's files");
        assertTrue(traces.stream().allMatch(t -> t.file().startsWith(dir.resolve("db"))), "only Derby's: " + traces);
    }

    @Test
    void theLogVerifiesAcrossTheErasureWithAConsistencyProofAndGainsOneDeletionLeafPerItem() {
        TreeHead before = archive.log(log -> log.head());
        archive.engine(StepListener.NONE).erase(erased.studentId(), "req-1");
        TreeHead after = archive.log(log -> log.head());
        var proof = archive.log(log -> log.consistencyProof(before.treeSize(), after.treeSize()));
        var check = MerkleVerifier.verifyConsistency(before.treeSize(), after.treeSize(),
                tw.portfolio.archive.integrity.eventlog.ProofHashes.decodeAll("hashes", proof.hashes()),
                before.rootHash(), after.rootHash());
        assertTrue(check.valid(), check.reason());
        // two artifacts, receipt, package, outcome, diverse item, and the student
        assertEquals(before.treeSize() + 7, after.treeSize());
    }

    @Test
    void aCrashAfterAnyStepResumesAndReturnsTheSameResult() {
        for (ErasureStep stop : List.of(ErasureStep.CAPTURED, ErasureStep.DATABASE, ErasureStep.STORE, ErasureStep.INDEX,
                ErasureStep.DATABASE_FILES)) {
            DiskArchive.Seeded s = archive.seed("C1" + (23456780 + stop.ordinal()), "1104" + stop.ordinal(), "陳" + stop);
            String request = "req-" + stop.ordinal();
            RuntimeException crash = assertThrows(RuntimeException.class, () -> archive.engine((r, step) -> {
                if (step == stop) {
                    throw new IllegalStateException("crash after " + step);
                }
            }).erase(s.studentId(), request));
            assertEquals("crash after " + stop, crash.getMessage());
            ErasureResult resumed = archive.engine(StepListener.NONE).erase(s.studentId(), request);
            ErasureResult again = archive.engine(StepListener.NONE).erase(s.studentId(), request);
            assertEquals(resumed, again);
            assertEquals(4, resumed.items().size());
            assertEquals(List.of(), scanFor(s), "traces after resuming from " + stop);
        }
        assertKeptIntact(null);
    }

    @Test
    void anUploadRecordedWhileTheErasureRunsIsErasedToo() {
        byte[] late = DiskArchive.random(9_999);
        String artifactId = "late0000-0000-0000-0000-000000000001";
        ErasureResult result = archive.engine((r, step) -> {
            if (step == ErasureStep.CAPTURED) {
                String sha = DiskArchive.sha256(late);
                var stored = archive.store.store("artifact-" + artifactId, archive.stage(late), sha, "content.png",
                        "{}".getBytes(), "ingest");
                archive.run("INSERT INTO ARTIFACT (ID, STUDENT_ID, FILENAME, MEDIA_TYPE, SIZE_BYTES, SHA256, OCFL_OBJECT_ID,"
                        + " LOGICAL_NAME, CONTENT_PATH, STATE, CREATED_AT, CREATED_BY, CREATED_BY_ROLE, VERSION) VALUES (?, ?,"
                        + " 'x.png', 'image/png', ?, ?, ?, 'content.png', ?, 'ACTIVE', CURRENT_TIMESTAMP, ?, 'STUDENT', 0)",
                        artifactId, erased.studentId(), (long) late.length, sha, "artifact-" + artifactId,
                        stored.contentPath(), erased.username());
            }
        }).erase(erased.studentId(), "req-race");
        assertTrue(result.items().stream().anyMatch(i -> i.artifactId().equals(artifactId)), "the late upload is an item");
        assertFalse(archive.store.contains("artifact-" + artifactId));
        var files = new java.util.LinkedHashMap<>(erased.files());
        files.put("late", late);
        assertEquals(List.of(), TraceScan.of(List.of(erased.name()), files).scan(dir));
    }

    @Test
    void atEveryStepNoRecordPointsToAMissingObjectSoAFixityAuditRacingTheErasureFindsNothingHalfDone() {
        List<String> broken = new ArrayList<>();
        archive.engine((r, step) -> {
            for (String objectId : archive.stringsOf("SELECT OCFL_OBJECT_ID FROM ARTIFACT UNION SELECT OBJECT_ID FROM KEPT_OBJECT")) {
                if (!archive.store.contains(objectId)) {
                    broken.add(step + ": " + objectId);
                }
            }
        }).erase(erased.studentId(), "req-fixity");
        assertEquals(List.of(), broken);
    }

    @Test
    void aPurgedObjectPutBackWithItsRowIsErasedAgainAndLogged() throws Exception {
        String objectId = "artifact-" + erased.artifactIds().get(0);
        Path objectDir = archive.store.root().resolve(archive.store.objectPath(objectId));
        Path aside = dir.resolveSibling(dir.getFileName() + "-aside");
        copyTree(objectDir, aside);
        archive.engine(StepListener.NONE).erase(erased.studentId(), "req-1");
        assertFalse(archive.store.contains(objectId));

        copyTree(aside, objectDir);
        archive.run("INSERT INTO ARTIFACT (ID, STUDENT_ID, FILENAME, MEDIA_TYPE, SIZE_BYTES, SHA256, OCFL_OBJECT_ID,"
                + " LOGICAL_NAME, CONTENT_PATH, STATE, CREATED_AT, CREATED_BY, CREATED_BY_ROLE, VERSION) VALUES (?, ?,"
                + " 'restored.pdf', 'application/pdf', 1, ?, ?, 'content.pdf', 'x', 'ACTIVE', CURRENT_TIMESTAMP, 'x', 'STUDENT', 0)",
                erased.artifactIds().get(0), erased.studentId(), DiskArchive.sha256(erased.files().get(objectId)), objectId);
        assertTrue(archive.store.contains(objectId));

        ResurrectionGuard.Report report = archive.guard().run();

        assertEquals(1, report.itemsErasedAgain());
        assertFalse(archive.store.contains(objectId));
        assertEquals(0, archive.count("SELECT COUNT(*) FROM ARTIFACT WHERE ID = ?", erased.artifactIds().get(0)));
        assertEquals(1, archive.count("SELECT COUNT(*) FROM AUDIT_TRAIL WHERE EVENT_TYPE = 'DELETION' AND OBJECT_ID = ?"
                + " AND OUTCOME = ?", erased.artifactIds().get(0), ResurrectionGuard.OUTCOME));
        assertEquals(new ResurrectionGuard.Report(0, 0, 0), archive.guard().run(), "nothing more to do");
        tw.portfolio.archive.storage.FileSync.deleteTree(aside);
    }

    @Test
    void aPreviewCountsFromTheDatabaseAndAnUnknownStudentOrBadIdIsRefused() {
        ErasurePreview preview = archive.engine(StepListener.NONE).preview(erased.studentId());
        assertEquals(4, preview.artifacts());
        assertEquals(20_000 + 20_777, preview.bytes(), "artifact bytes");
        assertTrue(preview.records() >= 10, "records: " + preview.records());
        assertThrows(tw.portfolio.archive.error.NotFoundException.class,
                () -> archive.engine(StepListener.NONE).erase("00000000-0000-0000-0000-000000000000", "req-x"));
        assertThrows(tw.portfolio.archive.error.InvalidInputException.class,
                () -> archive.engine(StepListener.NONE).erase(erased.studentId(), "bad id; DROP TABLE"));
        archive.engine(StepListener.NONE).erase(erased.studentId(), "req-1");
        assertThrows(tw.portfolio.archive.error.ConflictException.class,
                () -> archive.engine(StepListener.NONE).erase(kept.studentId(), "req-1"));
    }

    @Test
    void aSearchRebuildRacingTheErasureDoesNotBringTheStudentsDocumentsBack() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        SearchDocument first = SearchDocument.builder("00000000-0000-0000-0000-000000000001", DocumentType.ARTIFACT)
                .studentId(kept.studentId()).studentName(kept.name()).build();
        // read from the database before the erasure deleted the rows, written after it deleted the documents
        SearchDocument stale = SearchDocument.builder(erased.artifactIds().get(0), DocumentType.ARTIFACT)
                .studentId(erased.studentId()).studentName(erased.name()).nationalId(erased.nationalId()).build();
        DocumentSource source = new DocumentSource() {
            @Override
            public long count() {
                return 2;
            }

            @Override
            public java.util.stream.Stream<SearchDocument> documentsAfter(String afterId) {
                return java.util.stream.Stream.of(first, stale).map(d -> {
                    if (d == stale) {
                        started.countDown();
                        await(release);
                    }
                    return d;
                });
            }
        };
        var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var rebuild = executor.submit(() -> archive.index.rebuild(source));
            started.await();
            SearchIndex watched = new ReleasingIndex(archive.index, release);
            new ErasureEngine(new JdbcErasureTransactions(archive), archive.store, watched, archive.databaseFiles(),
                    archive.clock, StepListener.NONE, java.time.Duration.ofMinutes(5)).erase(erased.studentId(), "req-rebuild");
            assertEquals(RebuildProgress.State.DONE, rebuild.get().state());
        } finally {
            executor.shutdownNow();
        }
        assertEquals(0, archive.indexTermDocs("studentId", erased.studentId()));
        assertEquals(1, archive.indexTermDocs("studentId", kept.studentId()));
        assertEquals(0, archive.indexDeletedDocs());
        assertEquals(List.of(), scanFor(erased));
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The real index; the first look at the rebuild after a delete lets the racing rebuild go on. */
    private record ReleasingIndex(SearchIndex index, java.util.concurrent.CountDownLatch release) implements SearchIndex {
        @Override
        public void index(SearchDocument document) {
            index.index(document);
        }

        @Override
        public void delete(String documentId) {
            index.delete(documentId);
        }

        @Override
        public tw.portfolio.archive.search.SearchResult search(tw.portfolio.archive.search.SearchQuery query,
                tw.portfolio.archive.search.Caller caller) {
            return index.search(query, caller);
        }

        @Override
        public void flush() {
            index.flush();
        }

        @Override
        public void purgeDeleted() {
            index.purgeDeleted();
        }

        @Override
        public RebuildProgress rebuild(DocumentSource source) {
            return index.rebuild(source);
        }

        @Override
        public RebuildProgress rebuildProgress() {
            RebuildProgress p = index.rebuildProgress();
            release.countDown();
            return p;
        }

        @Override
        public java.util.Optional<java.time.Duration> lastIndexLag() {
            return index.lastIndexLag();
        }

        @Override
        public long documentCount() {
            return index.documentCount();
        }

        @Override
        public void close() {
            index.close();
        }
    }

    @Test
    void aStudentRowRestoredUnderAnErasedStudentsIdIsErasedAgain() {
        archive.engine(StepListener.NONE).erase(erased.studentId(), "req-1");
        archive.run("INSERT INTO STUDENT (ID, NATIONAL_ID, NAME, STUDENT_NUMBER, STATUS, VERSION) VALUES (?, ?, ?, ?,"
                + " 'GRADUATED', 0)", erased.studentId(), erased.nationalId(), erased.name(), erased.studentNumber());

        ResurrectionGuard.Report report = archive.guard().run();

        assertEquals(new ResurrectionGuard.Report(0, 1, 0), report);
        assertEquals(0, archive.count("SELECT COUNT(*) FROM STUDENT WHERE ID = ?", erased.studentId()));
        assertEquals(2, archive.count("SELECT COUNT(*) FROM ERASURE WHERE STUDENT_ID = ? AND STEP = 'DONE'",
                erased.studentId()));
        assertEquals(List.of(), scanFor(erased));
    }

    @Test
    void anErasureACrashLeftUnfinishedIsFinishedByTheStartUpCheck() {
        assertThrows(IllegalStateException.class, () -> archive.engine((r, step) -> {
            if (step == ErasureStep.STORE) {
                throw new IllegalStateException("crash");
            }
        }).erase(erased.studentId(), "req-1"));

        assertEquals(new ResurrectionGuard.Report(1, 0, 0), archive.guard().run());

        assertEquals("DONE", archive.stringsOf("SELECT STEP FROM ERASURE WHERE REQUEST_ID = 'req-1'").get(0));
        assertEquals(List.of(), scanFor(erased));
    }

    private void assertKeptIntact(TreeHead before) {
        assertEquals(1, archive.count("SELECT COUNT(*) FROM STUDENT WHERE ID = ? AND NAME = ?", kept.studentId(), kept.name()));
        assertEquals(2, archive.count("SELECT COUNT(*) FROM ARTIFACT WHERE STUDENT_ID = ?", kept.studentId()));
        assertEquals(1, archive.count("SELECT COUNT(*) FROM DIVERSE_PERFORMANCE WHERE STUDENT_ID = ?", kept.studentId()));
        assertEquals(2, archive.count("SELECT COUNT(*) FROM KEPT_OBJECT WHERE STUDENT_ID = ?", kept.studentId()));
        assertEquals(1, archive.count("SELECT COUNT(*) FROM PSEUDONYM_KEY WHERE SUBJECT = ?", kept.studentId()));
        kept.files().keySet().forEach(o -> assertTrue(archive.store.contains(o), o));
        assertEquals(3, archive.indexTermDocs("studentId", kept.studentId()));
        Map<String, byte[]> files = kept.files();
        List<TraceScan.Trace> found = TraceScan.of(List.of(kept.name()), files).scan(dir);
        for (String objectId : files.keySet()) {
            assertTrue(found.stream().anyMatch(t -> t.what().contains(objectId)), "kept file " + objectId + " still stored");
        }
        if (before != null) {
            assertNotEquals(before, archive.log(log -> log.head()));
        }
    }

    private List<TraceScan.Trace> scanFor(DiskArchive.Seeded s) {
        return TraceScan.of(List.of(s.nationalId(), s.studentNumber(), s.name()), s.files()).scan(dir);
    }

    private static int order(String target) {
        return List.of("ACCOUNT", "DATABASE", "PSEUDONYM_KEY", "STORE", "RECEIPTS", "PACKAGES", "STAGING", "INDEX",
                "DATABASE_FILES", "REPLICA").indexOf(target);
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var paths = java.nio.file.Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
