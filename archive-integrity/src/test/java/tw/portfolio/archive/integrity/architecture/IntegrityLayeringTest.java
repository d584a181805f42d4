package tw.portfolio.archive.integrity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The integrity kernel's layering (issue 13): archive-cli ships it to third parties, so it may use
 * nothing of ours that lives outside this module, and nothing of the server's world.
 */
@AnalyzeClasses(packages = "tw.portfolio.archive", importOptions = ImportOption.DoNotIncludeTests.class)
class IntegrityLayeringTest {
    /** Classes of ours whose bytes do not come from this module's own output (or cannot be found at all). */
    private static final DescribedPredicate<JavaClass> OURS_OUTSIDE_THIS_MODULE =
            new DescribedPredicate<>("classes of ours outside archive-integrity") {
                @Override
                public boolean test(JavaClass type) {
                    JavaClass c = type.getBaseComponentType();
                    return c.getPackageName().startsWith("tw.portfolio.archive") && !c.getSource()
                            .map(s -> s.getUri().toString().contains("/archive-integrity/target/classes/"))
                            .orElse(false);
                }
            };

    @ArchTest
    static final ArchRule archiveIntegrityImportsNothingOfOursOutsideIt =
            noClasses().should().dependOnClassesThat(OURS_OUTSIDE_THIS_MODULE);

    @ArchTest
    static final ArchRule archiveIntegrityUsesNoJaxRsJdbcJakartaEeOrPdf = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "java.sql..", "javax.sql..", "org.apache.pdfbox..", "gov.loc..");
}
