package tw.portfolio.archive.web.fixity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.runtime.DataDirectory;

/**
 * The auditor's use cases on audit runs: start, read, list, and the signed PDF report. A finished
 * run's report is rendered once and kept under {@code <data dir>/fixity-reports}, so the PDF and
 * its detached signature always refer to the same bytes.
 */
@ApplicationScoped
public class AuditReports {
    static final int MAX_FAILURES_SHOWN = 1000;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    FixityAuditor auditor;
    @Inject
    AuditLedger ledger;
    @Inject
    SchoolKeyRing keys;
    @Inject
    DataDirectory dataDirectory;

    /** A run with its failures (at most {@link #MAX_FAILURES_SHOWN}). */
    public record RunView(AuditRun run, List<AuditFailure> failures) {
    }

    /** A signed report: the PDF and the school's Ed25519 signature of exactly these bytes. */
    public record SignedReport(byte[] pdf, SignatureValue signature) {
    }

    public AuditRun start(Actor actor) {
        requireAuditor(actor);
        return auditor.startFull(actor.username());
    }

    public RunView view(Actor actor, String id) {
        AuditRun run = run(actor, id);
        return new RunView(run, ledger.failures(run.id(), MAX_FAILURES_SHOWN));
    }

    public List<AuditRun> page(Actor actor, PageRequest page) {
        requireAuditor(actor);
        return ledger.page(page.page(), page.size());
    }

    public long count() {
        return ledger.count();
    }

    public SignedReport report(Actor actor, String id) {
        AuditRun run = run(actor, id);
        if (run.finishedAt() == null) {
            throw new ConflictException("Audit " + id + " has not finished; its report comes when it has");
        }
        Path file = dataDirectory.dir("fixity-reports").resolve(run.id() + ".pdf");
        byte[] pdf;
        try {
            synchronized (this) {
                if (!Files.exists(file)) {
                    byte[] rendered = AuditReportPdf.render(run, ledger.failures(run.id(), AuditReportPdf.MAX_FAILURES + 1),
                            keys.activeKey().keyId());
                    Path tmp = Files.write(file.resolveSibling(run.id() + ".pdf.tmp"), rendered);
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("audit report " + id + " could not be stored", e);
        }
        return new SignedReport(pdf, keys.sign(pdf));
    }

    private AuditRun run(Actor actor, String id) {
        requireAuditor(actor);
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException("No fixity audit " + id);
        }
        return ledger.find(id).orElseThrow(() -> new NotFoundException("No fixity audit " + id));
    }

    private static void requireAuditor(Actor actor) {
        if (!actor.has(Role.AUDITOR)) {
            throw new ForbiddenException("Only auditors run and read fixity audits");
        }
    }
}
