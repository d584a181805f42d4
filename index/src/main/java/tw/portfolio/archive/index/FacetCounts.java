package tw.portfolio.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of the facet fields over the documents collected, from sorted doc values, each
 * counted {@code scale} times (1 for an exact count; more when the query is a sample, see
 * {@link DocSampleQuery}). Because it sees only documents the (scope-filtered) query matches, a
 * caller's facet counts never include a document they may not see.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Tally> {
    private final List<String> fields;
    private final double scale;

    FacetCounts(List<String> fields, double scale) {
        if (!(scale >= 1)) {
            throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        }
        this.fields = List.copyOf(fields);
        this.scale = scale;
    }

    /** Exact counts. */
    FacetCounts(List<String> fields) {
        this(fields, 1);
    }

    /**
     * Facet counts and the number of matches behind them (both already scaled).
     *
     * @param facets field → value → count, by count descending then value
     * @param matches documents collected times the scale
     */
    record Tally(Map<String, Map<String, Long>> facets, long matches) {
    }

    @Override
    public Counter newCollector() {
        return new Counter(fields);
    }

    @Override
    public Tally reduce(Collection<Counter> counters) throws IOException {
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        for (String field : fields) {
            merged.put(field, new HashMap<>());
        }
        long collected = 0;
        for (Counter counter : counters) {
            collected += counter.collected;
            for (LeafCounts leaf : counter.leaves) {
                for (int f = 0; f < fields.size(); f++) {
                    Map<String, Long> target = merged.get(fields.get(f));
                    int[] counts = leaf.counts[f];
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            target.merge(leaf.lookup[f].lookupOrd(ord).utf8ToString(), Math.round(counts[ord] * scale),
                                    Long::sum);
                        }
                    }
                }
            }
        }
        Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
        merged.forEach((field, counts) -> sorted.put(field, byCountThenValue(counts)));
        return new Tally(sorted, Math.round(collected * scale));
    }

    private static Map<String, Long> byCountThenValue(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private record LeafCounts(SortedDocValues[] lookup, int[][] counts) {
    }

    /** Counts ordinals per segment; values are resolved once, in {@link #reduce}. */
    static final class Counter implements Collector {
        private final List<String> fields;
        private final List<LeafCounts> leaves = new ArrayList<>();
        private long collected;

        Counter(List<String> fields) {
            this.fields = fields;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = fields.size();
            SortedDocValues[] iterate = new SortedDocValues[n];
            SortedDocValues[] lookup = new SortedDocValues[n];
            int[][] counts = new int[n][];
            for (int f = 0; f < n; f++) {
                iterate[f] = DocValues.getSorted(context.reader(), fields.get(f));
                lookup[f] = DocValues.getSorted(context.reader(), fields.get(f));
                counts[f] = new int[iterate[f].getValueCount()];
            }
            leaves.add(new LeafCounts(lookup, counts));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    collected++;
                    for (int f = 0; f < n; f++) {
                        if (iterate[f].advanceExact(doc)) {
                            counts[f][iterate[f].ordValue()]++;
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
