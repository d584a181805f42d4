package tw.portfolio.archive.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** archive-core's layering (issue 13): the domain and its persistence know nothing of the web, search or retention modules. */
@AnalyzeClasses(packages = "tw.portfolio.archive", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreLayeringTest {

    @ArchTest
    static final ArchRule coreImportsNoWebIndexOrRetentionPackage = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("tw.portfolio.archive.web..", "tw.portfolio.archive.index..", "tw.portfolio.archive.retention..");

    @ArchTest
    static final ArchRule jaxRsStaysInArchiveWeb = noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");
}
