package tw.portfolio.archive.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * The tokens of Lucene's {@code CJKBigramFilter(in, HAN | HIRAGANA | KATAKANA | HANGUL, true)} — every
 * CJK character as a unigram and every two adjacent ones as a bigram over it, in the same order, with
 * the same terms, positions, offsets and types — made without capturing and restoring attribute
 * states. Lucene's filter looks one token ahead before it lets a unigram go and so copies the state
 * of every token after a CJK run; this one emits each character's bigram with its predecessor and then
 * its unigram as soon as it reads it, which needs no look-ahead ({@code 學習} → 學, 學習, 習 either way).
 * The index side's bigram step was about 12% of the indexing CPU. Input: {@link StandardTokenizer}'s
 * token types (ICU folding in between changes only the text).
 */
final class CjkUnigramBigramFilter extends TokenFilter {
    private static final String HAN = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
    private static final String HIRAGANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA];
    private static final String KATAKANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA];
    private static final String HANGUL = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

    /** Code points of the current CJK input token with their offsets; {@code next} is the first not yet emitted. */
    private int[] codePoints = new int[8];
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;
    private int next;
    /** The previous character of the current run (-1: none), whose bigram with {@code codePoints[next]} comes first. */
    private int previous = -1;
    private int previousStart;
    private boolean bigramDone;
    private int lastEndOffset;

    CjkUnigramBigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (next >= count) {
            if (!input.incrementToken()) {
                return false;
            }
            String type = typeAtt.type();
            if (type != HAN && type != HIRAGANA && type != KATAKANA && type != HANGUL) {
                return true;
            }
            if (offsetAtt.startOffset() != lastEndOffset) {
                previous = -1;
            }
            load();
        }
        int cp = codePoints[next];
        char[] buffer = termAtt.resizeBuffer(4);
        if (previous >= 0 && !bigramDone) {
            int length = Character.toChars(previous, buffer, 0);
            termAtt.setLength(length + Character.toChars(cp, buffer, length));
            offsetAtt.setOffset(previousStart, ends[next]);
            typeAtt.setType(CJKBigramFilter.DOUBLE_TYPE);
            posIncAtt.setPositionIncrement(0);
            posLenAtt.setPositionLength(2);
            bigramDone = true;
            return true;
        }
        termAtt.setLength(Character.toChars(cp, buffer, 0));
        offsetAtt.setOffset(starts[next], ends[next]);
        typeAtt.setType(CJKBigramFilter.SINGLE_TYPE);
        posIncAtt.setPositionIncrement(1);
        posLenAtt.setPositionLength(1);
        previous = cp;
        previousStart = starts[next];
        bigramDone = false;
        next++;
        return true;
    }

    /** Splits the current token into code points, with per-character offsets when its offsets span its text. */
    private void load() {
        char[] text = termAtt.buffer();
        int length = termAtt.length();
        int start = offsetAtt.startOffset();
        int end = offsetAtt.endOffset();
        codePoints = ArrayUtil.grow(codePoints, length);
        starts = ArrayUtil.grow(starts, length);
        ends = ArrayUtil.grow(ends, length);
        boolean exact = end - start == length;
        count = 0;
        next = 0;
        for (int i = 0; i < length; ) {
            int cp = Character.codePointAt(text, i, length);
            int chars = Character.charCount(cp);
            codePoints[count] = cp;
            starts[count] = exact ? start + i : start;
            ends[count] = exact ? start + i + chars : end;
            count++;
            i += chars;
        }
        lastEndOffset = end;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        count = 0;
        next = 0;
        previous = -1;
        bigramDone = false;
        lastEndOffset = 0;
    }
}
