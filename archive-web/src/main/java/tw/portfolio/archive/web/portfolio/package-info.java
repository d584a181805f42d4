/**
 * The student portfolio (issue 4) in the container: {@link tw.portfolio.archive.web.portfolio.PortfolioWiring}
 * builds the domain's {@link tw.portfolio.archive.portfolio.infrastructure.PortfolioServices} over
 * the container's transaction-scoped EntityManager, and the thin {@code *Application} beans run each
 * domain call in one JTA transaction with the caller from
 * {@link tw.portfolio.archive.web.security.RequestIdentity}. Receipts (收訖明細) are issued here:
 * signed through an injected {@link tw.portfolio.archive.receipt.ReceiptSigner} when one is
 * deployed, packaged as BagIt, kept as OCFL objects ({@link tw.portfolio.archive.kept.KeptObjects}), and
 * mailed through
 * {@code archive.mail.*}. The REST resources are in {@code api}.
 */
package tw.portfolio.archive.web.portfolio;
