package tw.portfolio.archive.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.SearchFilters;
import tw.portfolio.archive.search.SearchQuery;

/**
 * Where search time goes, by query class (a Chinese word, an English word, a name, a Chinese and an
 * English word): for each of the benchmark queries, on one searcher, the raw top-20 search, then the
 * phases of {@link QueryExecutor}'s estimated path one by one (parse, facet sample, top-k with the
 * total counted up to {@link QueryExecutor#EXACT_TOTAL_UP_TO}, snippets, stored fields) and the whole
 * {@code QueryExecutor.search}, and the multi-word queries' top-k by {@link DisjunctiveTopK} ({@code disj}),
 * whose top 20 the measured round compares with an exhaustive search (a line {@code DIFF} per
 * difference). Each query runs once to warm up and once measured; p50 / p99 / max per
 * class and phase, and the slowest queries. Usage: {@code QueryProfile INDEX_DIR QUERIES_FILE [YEAR,SEMESTER,CATEGORY,STATE,TYPE]} (filters, each may be empty).
 */
public final class QueryProfile {
    private static final Set<String> SNIPPET_TEXT = Set.copyOf(IndexFields.SNIPPET_FIELDS);
    private static final String[] PHASES = {"raw", "parse", "sample", "topk", "snippets", "stored", "search", "disj"};

    private QueryProfile() {
    }

    public static void main(String[] args) throws Exception {
        List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        Caller caller = Caller.registrar("bench");
        String[] f = (args.length > 2 ? args[2] : ",,,,").split(",", -1);
        SearchFilters filters = SearchFilters.parse(blank(f[0]), blank(f[1]), blank(f[2]), blank(f[3]), blank(f[4]));
        QueryExecutor executor = new QueryExecutor(TraditionalChineseAnalyzer.forIndexing(),
                TraditionalChineseAnalyzer.forQueries());
        Path live = new GenerationStore(Path.of(args[0])).currentPath();
        try (FSDirectory fs = FSDirectory.open(live); DirectoryReader reader = DirectoryReader.open(fs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int maxDoc = reader.maxDoc();
            long[][] nanos = new long[queries.size()][PHASES.length];
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    SearchQuery q = SearchQuery.of(queries.get(i), filters, 0, SearchQuery.DEFAULT_SIZE);
                    long[] t = nanos[i];
                    long s = System.nanoTime();
                    Query lucene = executor.build(q, caller.scope());
                    t[1] = System.nanoTime() - s;
                    s = System.nanoTime();
                    searcher.search(lucene, 20);
                    t[0] = System.nanoTime() - s;
                    DocSampleQuery sample = DocSampleQuery.of(maxDoc, QueryExecutor.SAMPLE_DOCS, QueryExecutor.SAMPLE_WINDOW);
                    s = System.nanoTime();
                    searcher.search(new BooleanQuery.Builder().add(lucene, BooleanClause.Occur.FILTER)
                            .add(sample, BooleanClause.Occur.FILTER).build(), new FacetCounts(IndexFields.FACETS, sample.scale()));
                    t[2] = System.nanoTime() - s;
                    s = System.nanoTime();
                    TopDocs top = searcher.search(lucene, new TopScoreDocCollectorManager(20, null, QueryExecutor.EXACT_TOTAL_UP_TO));
                    t[3] = System.nanoTime() - s;
                    Query text = new TextQueryParser(TraditionalChineseAnalyzer.forQueries()).parse(q.text());
                    s = System.nanoTime();
                    SnippetHighlighter highlighter = SnippetHighlighter.of(TraditionalChineseAnalyzer.forIndexing(), text);
                    for (var sd : top.scoreDocs) {
                        highlighter.snippets(searcher.storedFields().document(sd.doc, SNIPPET_TEXT));
                    }
                    t[4] = System.nanoTime() - s;
                    s = System.nanoTime();
                    for (var sd : top.scoreDocs) {
                        searcher.storedFields().document(sd.doc, java.util.Set.of(IndexFields.ID, IndexFields.TYPE,
                                IndexFields.STATE, IndexFields.STUDENT_ID, IndexFields.TITLE));
                    }
                    t[5] = System.nanoTime() - s;
                    s = System.nanoTime();
                    executor.search(searcher, q, caller);
                    t[6] = System.nanoTime() - s;
                    if (text instanceof BooleanQuery b && b.clauses().size() > 1
                            && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST)) {
                        s = System.nanoTime();
                        TopDocs d = DisjunctiveTopK.search(searcher, lucene,
                                b.clauses().stream().map(BooleanClause::getQuery).toList(), 20, QueryExecutor.EXACT_TOTAL_UP_TO);
                        t[7] = System.nanoTime() - s;
                        if (round == 1) {
                            compare(queries.get(i), searcher.search(lucene,
                                    new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE)), d);
                        }
                    } else {
                        t[7] = t[3];
                    }
                }
            }
            Map<String, List<Integer>> classes = new LinkedHashMap<>();
            for (int i = 0; i < queries.size(); i++) {
                classes.computeIfAbsent(classOf(queries.get(i)), k -> new ArrayList<>()).add(i);
            }
            classes.put("all", java.util.stream.IntStream.range(0, queries.size()).boxed().toList());
            System.out.printf(Locale.ROOT, "%d documents, %d segments; ms p50/p99/max; load %s%n", reader.numDocs(),
                    reader.leaves().size(), CorpusLoader.load());
            System.out.printf(Locale.ROOT, "%-10s %5s", "class", "n");
            for (String p : PHASES) {
                System.out.printf(Locale.ROOT, " %22s", p);
            }
            System.out.println();
            classes.forEach((name, ids) -> {
                System.out.printf(Locale.ROOT, "%-10s %5d", name, ids.size());
                for (int p = 0; p < PHASES.length; p++) {
                    int phase = p;
                    long[] v = ids.stream().mapToLong(i -> nanos[i][phase]).sorted().toArray();
                    System.out.printf(Locale.ROOT, " %6.2f/%6.2f/%7.2f", v[v.length / 2] / 1e6,
                            v[(int) (v.length * 0.99)] / 1e6, v[v.length - 1] / 1e6);
                }
                System.out.println();
            });
            Integer[] order = java.util.stream.IntStream.range(0, queries.size()).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> Long.compare(nanos[b][6], nanos[a][6]));
            System.out.println("slowest by search:");
            for (int k = 0; k < 15; k++) {
                int i = order[k];
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-16s", queries.get(i)));
                for (int p = 0; p < PHASES.length; p++) {
                    line.append(String.format(Locale.ROOT, " %s %.1f", PHASES[p], nanos[i][p] / 1e6));
                }
                System.out.println(line);
            }
        }
    }

    private static void compare(String q, TopDocs expected, TopDocs actual) {
        if (expected.scoreDocs.length != actual.scoreDocs.length) {
            System.out.println("DIFF length " + q + " " + expected.scoreDocs.length + " " + actual.scoreDocs.length);
            return;
        }
        for (int i = 0; i < expected.scoreDocs.length; i++) {
            if (expected.scoreDocs[i].doc != actual.scoreDocs[i].doc) {
                System.out.printf(Locale.ROOT, "DIFF %s at %d: %d %.9f vs %d %.9f%n", q, i, expected.scoreDocs[i].doc,
                        expected.scoreDocs[i].score, actual.scoreDocs[i].doc, actual.scoreDocs[i].score);
                return;
            }
        }
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    static String classOf(String q) {
        if (q.contains(" ")) {
            return "zh+en";
        }
        if (Arrays.asList(SyntheticCorpus.NAMES).contains(q)) {
            return "name";
        }
        return q.chars().anyMatch(c -> c > 127) ? "zh" : "en";
    }
}
