/**
 * Diverse performance (多元表現, §4(4)): items a student records (cadre experience, competitions,
 * certificates, service learning ...) with proof files; at most
 * {@link tw.portfolio.archive.portfolio.PortfolioSettings#diverseUploadsPerYear()} per academic
 * year, inside the upload window. No certification: the lifecycle is
 * {@link tw.portfolio.archive.portfolio.diverse.DiverseState}.
 */
package tw.portfolio.archive.portfolio.diverse;
