/**
 * The student portfolio (issue 4; seed §4(2)1, §4(3), §4(4), §9(2)2 and the receipt rule):
 * courses, course-learning outcomes and their certification, diverse performance, the yearly
 * selection, submission and the receipt statement's confirmation.
 *
 * <p>This package holds what every subpackage shares: {@link tw.portfolio.archive.portfolio.PortfolioSettings}
 * (every number, with its config key and the DOMAIN.md default) and the two ports the integrator
 * implements, {@link tw.portfolio.archive.portfolio.ArtifactCatalog} and
 * {@link tw.portfolio.archive.portfolio.StudentDirectory}. Services live in their concept's
 * package; {@code infrastructure} holds the JPA repositories and the wiring.
 */
package tw.portfolio.archive.portfolio;
