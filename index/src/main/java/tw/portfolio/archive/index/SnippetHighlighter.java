package tw.portfolio.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets from the stored text fields: HTML-escaped, each match wrapped in {@code <mark>}. The
 * offsets of the matches come from analysing the page's stored text again (a new generation keeps
 * no offsets in its postings, see {@link TextPostings}), then only from its first
 * {@link #ANALYSED_CHARS} characters, so that a page of long PDFs stays cheap; an older generation's
 * postings still hold them, and those are used over the whole text. Phrases (a name's bigrams) are marked only
 * where the whole phrase occurs. Matches come from the query's terms and phrases, not from Lucene's
 * {@code Weight} matches: those build the query's weights again for every hit and field, which
 * measured 2.6 times slower for the same snippets (200k documents, p50 5.5 → 2.1 ms per page of 20).
 */
final class SnippetHighlighter {
    private static final int[] PASSAGES = {1, 1, 2, 1};
    /** Characters of a field analysed for its snippet when the postings hold no offsets (about 0.4 ms a field). */
    static final int ANALYSED_CHARS = 10_000;

    private SnippetHighlighter() {
    }

    private static boolean offsetsInPostings(IndexSearcher searcher) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FieldInfo body = leaves.isEmpty() ? null : leaves.get(0).reader().getFieldInfos().fieldInfo(IndexFields.BODY);
        return body != null && body.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
    }

    /** Snippets per hit, in the order of {@code topDocs}; a hit with no highlighted text gets an empty list. */
    static List<List<String>> snippets(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs topDocs)
            throws IOException {
        List<List<String>> out = new ArrayList<>();
        if (topDocs.scoreDocs.length == 0) {
            return out;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(offsetsInPostings(searcher) ? DocumentMapper.MAX_BODY_CHARS : ANALYSED_CHARS)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .build();
        String[] fields = IndexFields.SNIPPET_FIELDS.toArray(String[]::new);
        Map<String, String[]> byField = highlighter.highlightFields(fields, query, topDocs, PASSAGES);
        for (int i = 0; i < topDocs.scoreDocs.length; i++) {
            List<String> snippets = new ArrayList<>();
            for (String field : fields) {
                String snippet = byField.get(field)[i];
                if (snippet != null && !snippet.isBlank()) {
                    snippets.add(snippet.replace("</mark><mark>", "").strip());
                }
            }
            out.add(snippets);
        }
        return out;
    }
}
