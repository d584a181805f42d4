/**
 * The yearly selection (勾選, §4(3), §4(4)): per academic year a student picks at most
 * {@link tw.portfolio.archive.portfolio.PortfolioSettings#outcomeSelectionPerYear()} certified
 * course outcomes and at most
 * {@link tw.portfolio.archive.portfolio.PortfolioSettings#diverseSelectionPerYear()}
 * diverse-performance items for submission, inside the selection windows. A selection is one row
 * per student and year, locked while it is replaced, so two concurrent replacements are applied
 * one after the other and never leave more items selected than the limit.
 */
package tw.portfolio.archive.portfolio.selection;
