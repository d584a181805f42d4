package tw.portfolio.archive.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches a systematic sample of the index: every document whose (index-wide) doc id falls in the
 * first {@code window} ids of each block of {@code stride} ids. Added as a FILTER to a query, it
 * leads the conjunction, so the query's own iterators jump from window to window instead of
 * visiting every match; counting what it matches and multiplying by {@link #scale()} estimates the
 * full counts. Every document it lets through still matched the whole query, scope filters included.
 */
final class DocSampleQuery extends Query {
    private final int stride;
    private final int window;

    DocSampleQuery(int stride, int window) {
        if (window < 1 || stride < window) {
            throw new IllegalArgumentException("need 1 <= window <= stride, got window " + window + ", stride " + stride);
        }
        this.stride = stride;
        this.window = window;
    }

    /** A sample of about {@code sampleDocs} doc ids out of {@code maxDoc}, in windows of {@code window}. */
    static DocSampleQuery of(int maxDoc, int sampleDocs, int window) {
        long stride = Math.max(window, (long) maxDoc * window / Math.max(window, sampleDocs));
        return new DocSampleQuery((int) Math.min(Integer.MAX_VALUE, stride), window);
    }

    /** How many documents of the index each sampled document stands for. */
    double scale() {
        return (double) stride / window;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                return maxDoc == 0 ? null
                        : new ConstantScoreScorer(this, score(), scoreMode, new Windows(context.docBase, maxDoc));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return true;
            }
        };
    }

    /** The sampled doc ids of one segment, in order; ids are segment-local, windows index-wide. */
    private final class Windows extends DocIdSetIterator {
        private final int docBase;
        private final int maxDoc;
        private int doc = -1;

        Windows(int docBase, int maxDoc) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            long global = (long) docBase + target;
            long offset = global % stride;
            if (offset >= window) {
                global += stride - offset;
            }
            long local = global - docBase;
            doc = local >= maxDoc ? NO_MORE_DOCS : (int) local;
            return doc;
        }

        @Override
        public long cost() {
            return Math.max(1, (long) maxDoc * window / stride);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSample(" + window + "/" + stride + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && stride == ((DocSampleQuery) other).stride && window == ((DocSampleQuery) other).window;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + stride) + window;
    }
}
