package tw.portfolio.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The top hits of a conjunction of scoring clauses ({@code +A +B}, each a disjunction over fields),
 * found by running the <em>disjunction</em> of those clauses ({@code A B}) and keeping only the
 * documents the whole query matches. A single scoring clause ({@code +A #filters}) is the same case
 * with one clause: {@code A} runs alone and its documents are checked against the filters.
 *
 * <p>Why: a document's score under {@code +A +B} is the sum of its scores under A and B, which is
 * exactly its score under {@code A B}; so the best documents of {@code A B} that also match
 * {@code +A +B} (and the filters) are the best documents of {@code +A +B}. Lucene runs a top-level
 * pure disjunction with MaxScore, which skips, document by document, every document whose field
 * clauses cannot reach the current k-th score (a word only in the body, when the top hits have it in
 * the title too); a conjunction of disjunctions it can only skip block by block, by the sum of each
 * field's block maximum, which on common words skips almost nothing. The threshold comes only from
 * documents that passed the check, so no document that belongs in the top k is ever skipped. The two
 * sums add the same field scores in another order, so a score may differ in its last bit, which can
 * swap two hits whose scores are equal to seven digits (1 of 244 two-word bench queries at 1M, at
 * rank 10). Ranking by the full query's own score instead, which verifies every field's phrase for
 * every collected document, made this path ten times slower (200k documents, p50 3 → 34 ms). Totals
 * are counted exactly up to {@code totalHitsThreshold}, a lower bound after that, as with
 * {@link TopScoreDocCollectorManager}.
 */
final class DisjunctiveTopK {
    private DisjunctiveTopK() {
    }

    /**
     * @param check what a document the scoring clauses' disjunction finds must also match to be a hit:
     *     the whole query (each clause required, the filters, the exclusions) when there are several
     *     clauses; only the filters and exclusions when there is one (the search found the document,
     *     so it matches that clause)
     * @param scoring the scoring clauses the query requires, whose scores sum to its score
     */
    static TopDocs search(IndexSearcher searcher, Query check, List<Query> scoring, int k, int totalHitsThreshold)
            throws IOException {
        Query any = scoring.get(0);
        if (scoring.size() > 1) {
            BooleanQuery.Builder disjunction = new BooleanQuery.Builder();
            scoring.forEach(q -> disjunction.add(q, BooleanClause.Occur.SHOULD));
            any = disjunction.build();
        }
        Weight checkWeight = searcher.createWeight(searcher.rewrite(check), ScoreMode.COMPLETE_NO_SCORES, 1f);
        TopScoreDocCollectorManager topK = new TopScoreDocCollectorManager(k, null, totalHitsThreshold);
        return searcher.search(any, new CollectorManager<Checked, TopDocs>() {
            @Override
            public Checked newCollector() throws IOException {
                return new Checked(topK.newCollector(), checkWeight);
            }

            @Override
            public TopDocs reduce(Collection<Checked> collectors) throws IOException {
                List<TopScoreDocCollector> inner = new ArrayList<>(collectors.size());
                collectors.forEach(c -> inner.add(c.delegate));
                return topK.reduce(inner);
            }
        });
    }

    /** Passes on only the documents the check matches. */
    private static final class Checked implements Collector {
        private final TopScoreDocCollector delegate;
        private final Weight check;

        Checked(TopScoreDocCollector delegate, Weight check) {
            this.delegate = delegate;
            this.check = check;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector leaf = delegate.getLeafCollector(context);
            Weight weight = check;
            return new FilterLeafCollector(leaf) {
                private Scorer checked = weight.scorer(context);
                private DocIdSetIterator approximation = approximation(checked);
                private TwoPhaseIterator twoPhase = checked == null ? null : checked.twoPhaseIterator();

                /** Collected documents come in order; were one ever to come back, the check starts over. */
                private int last = -1;

                @Override
                public void collect(int doc) throws IOException {
                    if (doc <= last) {
                        checked = weight.scorer(context);
                        approximation = approximation(checked);
                        twoPhase = checked == null ? null : checked.twoPhaseIterator();
                    }
                    last = doc;
                    if (approximation == null) {
                        return;
                    }
                    int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
                    if (at == doc && (twoPhase == null || twoPhase.matches())) {
                        in.collect(doc);
                    }
                }
            };
        }

        private static DocIdSetIterator approximation(Scorer scorer) {
            if (scorer == null) {
                return null;
            }
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            return twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        }

        @Override
        public ScoreMode scoreMode() {
            return delegate.scoreMode();
        }
    }
}
