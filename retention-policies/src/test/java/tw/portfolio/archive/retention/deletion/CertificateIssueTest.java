package tw.portfolio.archive.retention.deletion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.account.Pseudonym;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureVerifier;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.integrity.destruction.DestructionStatement;
import tw.portfolio.archive.retention.erasure.ErasureResult;

/**
 * Execution as {@link DeletionExecution} runs it, step by step on real Derby with a test double of the
 * erasure engine: the certificate is signed, kept byte for byte, recorded as a log event with the
 * statement's digest, and printed; a failed erasure leaves the request FAILED and a retry finishes it.
 */
class CertificateIssueTest {
    private static final SigningKey KEY = SigningKey.generate(new SecureRandom());

    DeletionDatabase db;
    RecordedEvents events;
    DeletionWorkflow workflow;
    String student;

    @BeforeEach
    void open() throws SQLException {
        db = new DeletionDatabase();
        events = new RecordedEvents();
        workflow = new DeletionWorkflow(new DeletionRequestTable(db.connection), db, events,
                Clock.fixed(DeletionWorkflowTest.NOW, ZoneOffset.UTC), Period.ofYears(5), ZoneId.of("Asia/Taipei"));
        student = db.student(LocalDate.of(2019, 7, 31), LocalDate.of(2024, 7, 31));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private DeletionRequest approved(FakeErasure erasure) {
        DeletionRequest r = workflow.file(DeletionWorkflowTest.alumnus(student), student, DeletionBasis.REQUEST,
                erasure.preview(student));
        workflow.decide(DeletionWorkflowTest.REGISTRAR, r.id(), Decision.APPROVE, "核對無誤");
        workflow.decide(DeletionWorkflowTest.ADMIN, r.id(), Decision.APPROVE, "同意");
        return workflow.executing(r.id()).orElseThrow();
    }

    private StoredCertificate execute(DeletionRequest request, ErasureResult result) {
        CertificateIssuer.Issued issued = new CertificateIssuer(new CertificateTable(db.connection), events,
                Clock.fixed(DeletionWorkflowTest.NOW, ZoneOffset.UTC)).issue(request, result, KEY);
        workflow.complete(request.id(), issued.certificateId());
        return new CertificateTable(db.connection).find(issued.certificateId()).orElseThrow();
    }

    @Test
    void theCertificateIsSignedKeptByteForByteAndItsEventCarriesTheDigest() {
        FakeErasure erasure = new FakeErasure(3);
        DeletionRequest request = approved(erasure);
        StoredCertificate c = execute(request, erasure.erase(student, request.id()));

        DestructionStatement s = c.statement();
        assertTrue(SignatureVerifier.verify(KEY.publicKey(), c.statementBytes(), c.signature()).valid());
        assertEquals(student, s.subject());
        assertEquals(request.id(), s.requestId());
        assertEquals(3, s.items().size());
        assertEquals(List.of(Pseudonym.of("registrar1"), Pseudonym.of("academic1")).stream().sorted().toList(),
                s.approvals().stream().map(DestructionStatement.Approval::account).sorted().toList());
        assertTrue(s.approvals().stream().anyMatch(a -> a.reasonSha256().equals(DeletionWorkflow.sha256("核對無誤"))));
        String json = new String(c.statementBytes(), StandardCharsets.UTF_8);
        assertFalse(json.contains("核對無誤") || json.contains("registrar1") || json.contains("王小明"), json);

        ArchiveEvent certified = events.ofType(ArchiveEventType.DESTRUCTION_CERTIFICATION).get(0);
        assertEquals("certificate:" + c.id(), certified.objectId());
        assertEquals(Sha256.hexOf(c.statementBytes()), certified.detail().get("sha256"));
        assertEquals(1000L + events.all.indexOf(events.all.stream().filter(e -> e.event() == certified).findFirst()
                .orElseThrow()) + 1, c.logEntryId());

        DeletionRequest done = new DeletionRequestTable(db.connection).find(request.id()).orElseThrow();
        assertEquals(DeletionState.COMPLETED, done.state());
        assertEquals(c.id(), done.certificateId());
        assertTrue(new DeletionRequestTable(db.connection).openOf(student).isEmpty());
        assertFalse(c.anchored());
        assertEquals(List.of(c.id()), new CertificateTable(db.connection).unanchored());
        new CertificateTable(db.connection).anchor(c.id(), 41, "note");
        assertTrue(new CertificateTable(db.connection).find(c.id()).orElseThrow().anchored());
    }

    @Test
    void aLongCertificateIsKeptInPartsAndReadsBackExactly() {
        FakeErasure erasure = new FakeErasure(400);
        DeletionRequest request = approved(erasure);
        StoredCertificate c = execute(request, erasure.erase(student, request.id()));
        assertTrue(c.statementBytes().length > 3 * CertificateTable.PART, "several parts");
        assertEquals(400, c.statement().items().size());
    }

    @Test
    void aFailedErasureLeavesTheRequestFailedAndARetryFinishesIt() {
        FakeErasure erasure = new FakeErasure(2);
        erasure.failures = 1;
        DeletionRequest request = approved(erasure);
        RuntimeException e = assertThrows(RuntimeException.class, () -> erasure.erase(student, request.id()));
        workflow.fail(request.id(), "the erasure stopped: " + e.getMessage());
        DeletionRequest failed = new DeletionRequestTable(db.connection).find(request.id()).orElseThrow();
        assertEquals(DeletionState.FAILED, failed.state());
        assertTrue(failed.error().contains("the store could not be reached"));
        assertEquals("open-request", assertThrows(DeletionConflictException.class, () -> workflow.checkFiling(
                DeletionWorkflowTest.alumnus(student), student, DeletionBasis.REQUEST)).problemType());

        assertEquals(DeletionState.EXECUTING, workflow.retry(DeletionWorkflowTest.ADMIN, request.id()).state());
        DeletionRequest again = workflow.executing(request.id()).orElseThrow();
        execute(again, erasure.erase(student, request.id()));
        assertEquals(DeletionState.COMPLETED,
                new DeletionRequestTable(db.connection).find(request.id()).orElseThrow().state());
        assertEquals("request-not-failed", assertThrows(DeletionConflictException.class,
                () -> workflow.retry(DeletionWorkflowTest.ADMIN, request.id())).problemType());
    }

    @Test
    void thePdfIsInTraditionalChineseWithThePseudonymAndNoName() throws IOException {
        FakeErasure erasure = new FakeErasure(2);
        DeletionRequest request = approved(erasure);
        StoredCertificate c = execute(request, erasure.erase(student, request.id()));
        byte[] pdf = DestructionCertificatePdf.render(c, ZoneId.of("Asia/Taipei"));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("銷毀證明"), text);
            assertTrue(text.contains(student), text);
            assertTrue(text.contains("已銷毀檔案：2 件"), text);
            assertTrue(text.contains("註冊組") && text.contains("教務處"), text);
            assertFalse(text.contains("王小明"), text);
        }
    }
}
