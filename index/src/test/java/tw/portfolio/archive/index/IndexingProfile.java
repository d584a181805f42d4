package tw.portfolio.archive.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.index.IndexableField;
import tw.portfolio.archive.search.SearchDocument;

/**
 * Where indexing time goes, one thread, on the first {@code N} corpus documents: generating them,
 * mapping them to Lucene documents, running the analyzer over every tokenized field (stage by
 * stage: tokenizer, + ICU folding, + Lucene's CJK bigrams, + Porter; then the index analyzer, whose
 * bigram step is {@link CjkUnigramBigramFilter}), then a real bulk load into a temp directory, and the
 * same with offsets in the postings as generations before positions-only kept them. Each pass is run twice and the second timed. Usage: {@code IndexingProfile N}.
 */
public final class IndexingProfile {
    private IndexingProfile() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.SEED);
        SearchDocument[] docs = new SearchDocument[n];
        time("generate documents", n, () -> {
            for (int i = 0; i < n; i++) {
                docs[i] = corpus.document(i);
            }
        });
        Document[] lucene = new Document[n];
        time("map to Lucene documents", n, () -> {
            for (int i = 0; i < n; i++) {
                lucene[i] = DocumentMapper.toLucene(docs[i]);
            }
        });
        analyse("analysis: StandardTokenizer", n, lucene, () -> stages(false, false, false));
        analyse("analysis: + ICU nfkc_cf", n, lucene, () -> stages(true, false, false));
        analyse("analysis: + Lucene's CJK bigrams/unigrams", n, lucene, () -> stages(true, true, false));
        analyse("analysis: + Porter (the index analyzer before)", n, lucene, () -> stages(true, true, true));
        analyse("analysis: TraditionalChineseAnalyzer", n, lucene, TraditionalChineseAnalyzer::forIndexing);
        for (int round = 0; round < 2; round++) {
            Path dir = Files.createTempDirectory("index-profile");
            long start = System.nanoTime();
            long cpu = CorpusLoader.processCpuNanos();
            try (BulkIndexLoader loader = BulkIndexLoader.create(dir, 256)) {
                for (SearchDocument d : docs) {
                    loader.add(d);
                }
            }
            report(round, "bulk load, 1 thread, 256 MB (commit incl.)", n, start, cpu);
            delete(dir);
        }
        for (int round = 0; round < 2; round++) {
            Path dir = Files.createTempDirectory("index-profile");
            long start = System.nanoTime();
            long cpu = CorpusLoader.processCpuNanos();
            try (FSDirectory fs = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(fs,
                    IndexGeneration.writerConfig(TraditionalChineseAnalyzer.forIndexing(), 256))) {
                for (Document d : lucene) {
                    writer.addDocument(withOffsets(d));
                }
            }
            report(round, "same with offsets in postings (before)", n, start, cpu);
            delete(dir);
        }
    }

    private static void report(int round, String what, int n, long start, long cpu) throws IOException {
        if (round == 1) {
            double s = (System.nanoTime() - start) / 1e9;
            double cpuS = (CorpusLoader.processCpuNanos() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "%-45s %8.0f docs/s, %.0f docs per CPU-second  load %s%n", what, n / s,
                    n / cpuS, CorpusLoader.load());
        }
    }

    private static Document withOffsets(Document d) {
        Document out = new Document();
        for (IndexableField f : d.getFields()) {
            if (f.fieldType().indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) {
                FieldType t = new FieldType(f.fieldType());
                t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
                out.add(new Field(f.name(), f.stringValue(), t));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static void analyse(String what, int n, Document[] docs, Supplier<Analyzer> analyzers) throws Exception {
        try (Analyzer analyzer = analyzers.get()) {
            long[] tokens = new long[1];
            time(what, n, () -> {
                for (Document d : docs) {
                    for (IndexableField f : d.getFields()) {
                        if (f.fieldType().tokenized() && f.fieldType().indexOptions() != IndexOptions.NONE) {
                            try (TokenStream ts = analyzer.tokenStream(f.name(), f.stringValue())) {
                                ts.reset();
                                while (ts.incrementToken()) {
                                    tokens[0]++;
                                }
                                ts.end();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    }
                }
            });
            System.out.printf(Locale.ROOT, "%-45s %8d tokens per doc%n", "", tokens[0] / 2 / n);
        }
    }

    private static Analyzer stages(boolean icu, boolean bigrams, boolean porter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = icu ? new ICUNormalizer2Filter(source) : source;
                s = bigrams ? new CJKBigramFilter(s, CJKBigramFilter.HAN, true) : s;
                s = porter ? new PorterStemFilter(s) : s;
                return new TokenStreamComponents(source, s);
            }
        };
    }

    private static void time(String what, int n, Runnable pass) throws IOException {
        pass.run();
        long start = System.nanoTime();
        pass.run();
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-45s %8.0f docs/s  (%.2f µs/doc)  load %s%n", what, n / s, s * 1e6 / n,
                CorpusLoader.load());
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
