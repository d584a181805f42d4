package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index side's bigram filter emits exactly what Lucene's CJKBigramFilter with unigrams emits. */
class CjkUnigramBigramFilterTest {
    private static final String[] PIECES = {"學", "習", "歷程", "陳怡君", "鑫", "，", "。", " ", "  ", "ABC", "ＡＢＣ", "１２３",
        "volunteers", "report's", "e-mail", "2026", "한국어", "한", "カタカナ", "ｶﾀｶﾅ", "ひらがな", "の", "𠀀", "𠀁𠀂", "\uF900",
        "…", "\n", "a", "x1", "<b>", "🙂", "ㄅㄆ", "〇"};

    private static Analyzer chain(boolean lucene) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ICUNormalizer2Filter(source);
                stream = lucene ? new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true) : new CjkUnigramBigramFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + posInc.getPositionIncrement()
                        + " /" + posLen.getPositionLength() + " " + type.type());
            }
            ts.end();
            out.add("end " + offset.endOffset() + " +" + posInc.getPositionIncrement());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "學", "學習", "陳怡君參加河川水質研究", "學習 歷程", "學習，歷程", "ABC學習def", "學習abc歷程",
        "한국어 텍스트", "カタカナとひらがな", "𠀀𠀁學", "ＡＢＣ１２３學習", "\uF900\uF901", "volunteers 志工 volunteering"})
    void theTokensAreLucenesForTypicalText(String text) throws IOException {
        try (Analyzer lucene = chain(true); Analyzer ours = chain(false)) {
            assertEquals(tokens(lucene, text), tokens(ours, text));
        }
    }

    @Test
    void theTokensAreLucenesForTwoThousandRandomMixturesOfScriptsAndPunctuation() throws IOException {
        Random random = new Random(20261129);
        try (Analyzer lucene = chain(true); Analyzer ours = chain(false)) {
            for (int i = 0; i < 2_000; i++) {
                StringBuilder text = new StringBuilder();
                int pieces = 1 + random.nextInt(40);
                for (int p = 0; p < pieces; p++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                assertEquals(tokens(lucene, text.toString()), tokens(ours, text.toString()), text.toString());
            }
        }
    }
}
