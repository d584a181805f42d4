/**
 * The Lucene implementation of the archive's search port ({@code tw.portfolio.archive.search}):
 * Traditional-Chinese analysis, permission-aware queries, facets and highlighted snippets,
 * near-real-time indexing and rebuilds that swap generations atomically.
 *
 * <h2>Why this analyzer chain</h2>
 * {@link tw.portfolio.archive.index.TraditionalChineseAnalyzer}: StandardTokenizer (UAX#29, one
 * token per Han character, Latin words whole) → ICU {@code nfkc_cf} normalisation (full-width
 * {@code ＡＢＣ１２３} and half-width fold together, case folds, compatibility ideographs unify) →
 * CJK bigrams → Porter stemming (only Latin words end in English suffixes).
 * <ul>
 * <li>A dictionary segmenter is not an option for this text: Lucene's SmartChineseAnalyzer is a
 * Simplified-Chinese dictionary that falls back to single characters on Traditional text, and
 * names (陳怡君) and school jargon are out of any dictionary anyway.</li>
 * <li>Bigrams find every two-character word inside a sentence without a dictionary. Indexed
 * <em>with unigrams</em> ({@code outputUnigrams=true}) a one-character query (鑫) finds its
 * character; the query side emits bigrams only, so a three-character name becomes the phrase
 * 陳怡·怡君 and does not match 陳怡安. Unigrams cost index size but no query precision.</li>
 * <li>Identifiers (national ID, student number, record/file id, digest prefix) are keyword fields,
 * matched exactly when the query is a single word, never analysed.</li>
 * </ul>
 * The relevance set {@code src/test/resources/relevance-set.tsv} pins these behaviours.
 */
package tw.portfolio.archive.index;
