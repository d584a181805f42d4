package tw.portfolio.archive.web.fixity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.kept.KeptKind;
import tw.portfolio.archive.kept.KeptObject;
import tw.portfolio.archive.kept.KeptObjects;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.runtime.DataDirectory;

/**
 * The auditor's use cases on audit runs: start, read, list, and the signed PDF report. A finished
 * run's report is rendered once and kept as the OCFL object {@code audit-report-<audit id>} (listed in
 * {@code KEPT_OBJECT}, re-hashed by every later audit), so the PDF and its detached signature always
 * refer to the same bytes.
 */
@ApplicationScoped
public class AuditReports {
    static final int MAX_FAILURES_SHOWN = 1000;
    static final String REPORT_FILE = "report.pdf";
    static final String LEGACY_DIR = "fixity-reports";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    FixityAuditor auditor;
    @Inject
    AuditLedger ledger;
    @Inject
    SchoolKeyRing keys;
    @Inject
    DataDirectory dataDirectory;
    @Inject
    KeptObjects keptObjects;

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
        KeptObject kept;
        synchronized (this) {
            kept = keptObjects.find(KeptKind.AUDIT_REPORT, run.id()).orElseGet(() -> keep(run, null));
        }
        byte[] pdf = keptObjects.read(kept, REPORT_FILE);
        return new SignedReport(pdf, keys.sign(pdf));
    }

    /**
     * Moves reports an older version kept as {@code <data dir>/fixity-reports/<audit id>.pdf} into
     * OCFL objects, byte for byte, and removes each file once its object and row are durable; a file
     * of no known finished audit stays. Idempotent. Returns how many were moved.
     */
    public synchronized int migrateLegacy() {
        Path dir = dataDirectory.root().resolve(LEGACY_DIR);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int moved = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String id = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : "";
                Optional<AuditRun> run = ID.matcher(id).matches() ? ledger.find(id) : Optional.empty();
                if (run.isEmpty() || run.get().finishedAt() == null) {
                    continue; // a temporary file, or no finished audit: left for a person to look at
                }
                if (keptObjects.find(KeptKind.AUDIT_REPORT, id).isEmpty()) {
                    keep(run.get(), Files.readAllBytes(file));
                    moved++;
                }
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the old audit reports in " + dir, e);
        }
        return moved;
    }

    /** Keeps {@code pdf}, or the report rendered now when null, as the run's report object. */
    private KeptObject keep(AuditRun run, byte[] pdf) {
        byte[] bytes = pdf != null ? pdf
                : AuditReportPdf.render(run, ledger.failures(run.id(), AuditReportPdf.MAX_FAILURES + 1),
                        keys.activeKey().keyId());
        KeptObjects.Draft draft = keptObjects.draft(KeptKind.AUDIT_REPORT, run.id(), null, null, run.finishedAt(),
                REPORT_FILE);
        try {
            Files.write(draft.dir().resolve(REPORT_FILE), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("audit report " + run.id() + " could not be staged", e);
        }
        return keptObjects.keep(List.of(draft)).get(0);
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
