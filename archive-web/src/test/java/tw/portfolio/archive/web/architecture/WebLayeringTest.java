package tw.portfolio.archive.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * archive-web keeps resources, security, JSON mapping and the UI (issue 13): no JDBC and no PDFBox.
 * The classes below use them today and are frozen by name, so no new one can join them; they move
 * to archive-core later (the fixity audit engine and the event log with their tables and PDF
 * report, the start-up and readiness checks), and each leaves this list when it does.
 */
@AnalyzeClasses(packages = "tw.portfolio.archive.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebLayeringTest {
    static final Set<String> FROZEN_JDBC_OR_PDF_USERS = Set.of(
            "tw.portfolio.archive.web.fixity.AuditExecution",
            "tw.portfolio.archive.web.fixity.AuditLedger",
            "tw.portfolio.archive.web.fixity.AuditReportPdf",
            "tw.portfolio.archive.web.fixity.AuditRunTable",
            "tw.portfolio.archive.web.fixity.FixityAuditor",
            "tw.portfolio.archive.web.fixity.LogStorageCheck",
            "tw.portfolio.archive.web.fixity.RecordCheck",
            "tw.portfolio.archive.web.integrity.CheckpointService",
            "tw.portfolio.archive.web.integrity.MerkleEventLog",
            "tw.portfolio.archive.web.search.SearchRuntime",
            "tw.portfolio.archive.web.startup.ArchiveStartup",
            "tw.portfolio.archive.web.startup.DemoPortfolioLoader",
            "tw.portfolio.archive.web.system.ReadinessCheck");

    private static final DescribedPredicate<JavaClass> FROZEN = new DescribedPredicate<>("frozen in FROZEN_JDBC_OR_PDF_USERS") {
        @Override
        public boolean test(JavaClass c) {
            String name = c.getName();
            int nested = name.indexOf('$');
            return FROZEN_JDBC_OR_PDF_USERS.contains(nested < 0 ? name : name.substring(0, nested));
        }
    };

    @ArchTest
    static final ArchRule noJdbcOrPdfBoxInArchiveWebBeyondTheFrozenList = noClasses()
            .that(DescribedPredicate.not(FROZEN))
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.apache.pdfbox..");
}
