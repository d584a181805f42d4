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
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
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
 * documents the whole query matches.
 *
 * <p>Why: a document's score under {@code +A +B} is the sum of its scores under A and B, which is
 * exactly its score under {@code A B}; so the best documents of {@code A B} that also match
 * {@code +A +B} (and the filters) are the best documents of {@code +A +B}. Lucene runs a top-level
 * pure disjunction with MaxScore, which skips, document by document, every document whose field
 * clauses cannot reach the current k-th score (a word only in the body, when the top hits have it in
 * the title too); a conjunction of disjunctions it can only skip block by block, by the sum of each
 * field's block maximum, which on common words skips almost nothing. A document that passes the check
 * is ranked by the score the whole query computes for it (the two sums differ only in the order of
 * their float additions, but that can reorder exact ties), and the threshold comes only from such
 * documents, so no document that belongs in the top k is ever skipped (MaxScore's upper bounds allow
 * for the rounding of their sums); totals
 * are counted exactly up to {@code totalHitsThreshold}, a lower bound after that, as with
 * {@link TopScoreDocCollectorManager}.
 */
final class DisjunctiveTopK {
    private DisjunctiveTopK() {
    }

    /**
     * @param full the query the hits must match (scoring clauses, filters and exclusions)
     * @param scoring the scoring clauses that {@code full} requires, whose scores sum to its score
     */
    static TopDocs search(IndexSearcher searcher, Query full, List<Query> scoring, int k, int totalHitsThreshold)
            throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        scoring.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        Weight check = searcher.createWeight(searcher.rewrite(full), ScoreMode.COMPLETE, 1f);
        TopScoreDocCollectorManager topK = new TopScoreDocCollectorManager(k, null, totalHitsThreshold);
        return searcher.search(any.build(), new CollectorManager<Checked, TopDocs>() {
            @Override
            public Checked newCollector() throws IOException {
                return new Checked(topK.newCollector(), check);
            }

            @Override
            public TopDocs reduce(Collection<Checked> collectors) throws IOException {
                List<TopScoreDocCollector> inner = new ArrayList<>(collectors.size());
                collectors.forEach(c -> inner.add(c.delegate));
                return topK.reduce(inner);
            }
        });
    }

    /** Passes on only the documents the full query matches, with the score the full query gives them. */
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
                private Scorer full = weight.scorer(context);
                private DocIdSetIterator approximation = approximation(full);
                private TwoPhaseIterator twoPhase = full == null ? null : full.twoPhaseIterator();

                @Override
                public void setScorer(Scorable disjunction) throws IOException {
                    in.setScorer(new FilterScorable(disjunction) {
                        @Override
                        public float score() throws IOException {
                            return full.score();
                        }
                    });
                }

                /** Collected documents come in order; were one ever to come back, the check starts over. */
                private int last = -1;

                @Override
                public void collect(int doc) throws IOException {
                    if (doc <= last) {
                        full = weight.scorer(context);
                        approximation = approximation(full);
                        twoPhase = full == null ? null : full.twoPhaseIterator();
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
