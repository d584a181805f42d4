package tw.portfolio.archive.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain for mixed Traditional Chinese and English text: UAX#29 tokens, ICU NFKC
 * case folding (full-width {@code ＡＢＣ１２３} → {@code abc123}, compatibility ideographs →
 * unified), CJK bigrams, Porter stemming of Latin words. The index side also keeps every CJK
 * character as a unigram so that a one-character query finds it; the query side emits bigrams
 * only (a lone character stays a unigram), so a longer query becomes a phrase of bigrams and keeps
 * its precision. The index side's bigram step is {@link CjkUnigramBigramFilter}, which makes Lucene's
 * unigram-and-bigram tokens more cheaply. See the package documentation for why.
 */
public final class TraditionalChineseAnalyzer extends Analyzer {
    private final boolean outputUnigrams;

    private TraditionalChineseAnalyzer(boolean outputUnigrams) {
        this.outputUnigrams = outputUnigrams;
    }

    /** The analyzer for indexing: bigrams and unigrams. */
    public static TraditionalChineseAnalyzer forIndexing() {
        return new TraditionalChineseAnalyzer(true);
    }

    /** The analyzer for queries: bigrams, unigrams only for a lone character. */
    public static TraditionalChineseAnalyzer forQueries() {
        return new TraditionalChineseAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ICUNormalizer2Filter(source);
        stream = outputUnigrams ? new CjkUnigramBigramFilter(stream) : new CJKBigramFilter(stream,
                CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUNormalizer2Filter(in);
    }
}
