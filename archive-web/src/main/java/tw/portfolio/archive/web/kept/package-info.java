/**
 * The container's wiring of {@link tw.portfolio.archive.kept.KeptObjects} (receipts, submission
 * packages and fixity reports as OCFL objects) and the start-up move of records an older data
 * directory kept as plain files.
 */
package tw.portfolio.archive.web.kept;
