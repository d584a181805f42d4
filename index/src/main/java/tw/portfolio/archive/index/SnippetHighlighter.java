package tw.portfolio.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Snippets of a hit's stored text fields: HTML-escaped, each match wrapped in {@code <mark>}, at
 * most {@link #PASSAGE_CHARS} characters a passage. The matches come from analysing the stored text
 * again with the index's analyzer (postings keep no offsets, see {@link TextPostings}), only its
 * first {@link #ANALYSED_CHARS} characters, so that a page of long PDFs stays cheap; a token matches
 * when it is one of the query's terms for that field, or fits one of its wildcards; a phrase (a
 * Chinese word's bigrams, a quoted phrase) only where all its terms stand at their positions, and is
 * then marked whole. Words under {@code NOT} are not marked.
 *
 * <p>A passage is the sentence around the matches (ended by {@code 。！？；!?;}, a line break, or
 * {@code .} before a space), cut to {@link #PASSAGE_CHARS} characters starting a little before its
 * first match when the sentence is longer. Passages with more distinct matched words, then with more
 * matches, win; each field shows its best ones ({@code title} 1, {@code description} 1, {@code body}
 * 2, {@code filename} 1) in text order, joined by an ellipsis; two pieces of one long sentence that
 * touch are not both shown.
 *
 * <p>Why not Lucene's {@code UnifiedHighlighter}: without offsets in the postings it built an
 * in-memory index of every highlighted field and a 32 KB hash per scored passage, some 6 MB of
 * garbage per page of 20 hits (a young collection every 0.7 s under the search benchmark at 1M
 * documents), and where a text had no sentence break its passage was the whole field.
 */
final class SnippetHighlighter {
    /** Characters of a field analysed for its snippet (about 0.4 ms a field). */
    static final int ANALYSED_CHARS = 10_000;
    /** Longest passage shown, in characters (a match longer than this is shown whole). */
    static final int PASSAGE_CHARS = 160;
    /** Characters of context kept before a passage's first match when its sentence is cut. */
    static final int LEAD_CHARS = 30;
    private static final Map<String, Integer> PASSAGES = Map.of(
            IndexFields.TITLE, 1, IndexFields.DESCRIPTION, 1, IndexFields.BODY, 2, IndexFields.FILENAME, 1);
    private static final String ELLIPSIS = "… ";

    private final Analyzer analyzer;
    private final Map<String, FieldMatcher> matchers;

    private SnippetHighlighter(Analyzer analyzer, Map<String, FieldMatcher> matchers) {
        this.analyzer = analyzer;
        this.matchers = matchers;
    }

    /** A highlighter for the words of {@code query} (analysed by {@code analyzer}, the index's analyzer). */
    static SnippetHighlighter of(Analyzer analyzer, Query query) {
        Map<String, FieldMatcher> matchers = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return PASSAGES.containsKey(field);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof PhraseQuery phrase && terms.length > 1) {
                    matcher(phrase.getField()).phrases.add(new Phrase(phrase));
                    return;
                }
                for (Term term : terms) {
                    if (acceptField(term.field())) {
                        matcher(term.field()).terms.add(term.text());
                    }
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                matcher(field).automata.add(automaton.get());
            }

            private FieldMatcher matcher(String field) {
                return matchers.computeIfAbsent(field, f -> new FieldMatcher());
            }
        });
        return new SnippetHighlighter(analyzer, matchers);
    }

    /** The snippets of one hit, in {@link IndexFields#SNIPPET_FIELDS} order; a field without a match gives none. */
    List<String> snippets(Document doc) {
        List<String> out = new ArrayList<>(2);
        for (String field : IndexFields.SNIPPET_FIELDS) {
            FieldMatcher matcher = matchers.get(field);
            String text = matcher == null ? null : doc.get(field);
            if (text == null || text.isEmpty()) {
                continue;
            }
            List<Match> matches = matches(field, text.length() <= ANALYSED_CHARS ? text : text.substring(0,
                    safeEnd(text, ANALYSED_CHARS)), matcher);
            if (!matches.isEmpty()) {
                String snippet = format(text, best(text, merge(matches), PASSAGES.get(field))).strip();
                if (!snippet.isEmpty()) {
                    out.add(snippet);
                }
            }
        }
        return out;
    }

    /** The query's words for one field. */
    private static final class FieldMatcher {
        final Set<String> terms = new HashSet<>();
        final List<Phrase> phrases = new ArrayList<>();
        final List<ByteRunAutomaton> automata = new ArrayList<>();
        /** Every term and phrase term, looked up in the token's own buffer (no string per token). */
        private CharArraySet words;

        /** Whether the current token is one of the query's terms, a phrase's term, or fits a wildcard. */
        boolean wanted(CharTermAttribute token) {
            if (words == null) {
                words = new CharArraySet(terms.size() + 4 * phrases.size(), false);
                words.addAll(terms);
                phrases.forEach(p -> words.addAll(Arrays.asList(p.terms)));
            }
            return words.contains(token.buffer(), 0, token.length()) || (!automata.isEmpty() && matchesAutomaton(token.toString()));
        }

        boolean matchesAutomaton(String token) {
            if (automata.isEmpty()) {
                return false;
            }
            BytesRef bytes = new BytesRef(token);
            for (ByteRunAutomaton automaton : automata) {
                if (automaton.run(bytes.bytes, bytes.offset, bytes.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A phrase's terms and their positions relative to the first. */
    private static final class Phrase {
        final String[] terms;
        final int[] gaps;
        final Set<String> key;

        Phrase(PhraseQuery query) {
            Term[] t = query.getTerms();
            int[] positions = query.getPositions();
            terms = new String[t.length];
            gaps = new int[t.length];
            for (int i = 0; i < t.length; i++) {
                terms[i] = t[i].text();
                gaps[i] = positions[i] - positions[0];
            }
            key = Set.of(String.join(" ", terms));
        }
    }

    /** A token the query cares about. */
    private record Token(int position, int start, int end, String term) {
    }

    /** A marked span of the text and how many distinct words it stands for. */
    private record Match(int start, int end, Set<String> words) {
    }

    private List<Match> matches(String field, String text, FieldMatcher matcher) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                if (matcher.wanted(term)) {
                    tokens.add(new Token(position, offset.startOffset(), offset.endOffset(), term.toString()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a stored field for its snippet failed", e);
        }
        List<Match> matches = new ArrayList<>();
        for (Token token : tokens) {
            if (matcher.terms.contains(token.term()) || matcher.matchesAutomaton(token.term())) {
                matches.add(new Match(token.start(), token.end(), Set.of(token.term())));
            }
        }
        for (Phrase phrase : matcher.phrases) {
            for (int i = 0; i < tokens.size(); i++) {
                Token first = tokens.get(i);
                if (!first.term().equals(phrase.terms[0])) {
                    continue;
                }
                int end = first.end();
                boolean all = true;
                for (int k = 1; k < phrase.terms.length && all; k++) {
                    Token next = at(tokens, i, first.position() + phrase.gaps[k], phrase.terms[k]);
                    all = next != null;
                    end = all ? Math.max(end, next.end()) : end;
                }
                if (all) {
                    matches.add(new Match(first.start(), end, phrase.key));
                }
            }
        }
        return matches;
    }

    /** The token with {@code term} at {@code position}, looking on from index {@code from} (tokens come in position order). */
    private static Token at(List<Token> tokens, int from, int position, String term) {
        for (int j = from; j < tokens.size() && tokens.get(j).position() <= position; j++) {
            Token t = tokens.get(j);
            if (t.position() == position && t.term().equals(term)) {
                return t;
            }
        }
        return null;
    }

    /** Matches in text order, overlapping or touching ones joined into one mark. */
    private static List<Match> merge(List<Match> matches) {
        matches.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        List<Match> merged = new ArrayList<>(matches.size());
        for (Match m : matches) {
            Match last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m.start() <= last.end()) {
                Set<String> words = new HashSet<>(last.words());
                words.addAll(m.words());
                merged.set(merged.size() - 1, new Match(last.start(), Math.max(last.end(), m.end()), words));
            } else {
                merged.add(m);
            }
        }
        return merged;
    }

    /** A passage: a span of the text and the matches inside it. */
    private static final class Passage {
        final int start;
        int end;
        final List<Match> matches = new ArrayList<>();

        Passage(int start, int end, Match first) {
            this.start = start;
            this.end = end;
            matches.add(first);
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        List<Match> matches() {
            return matches;
        }

        int distinctWords() {
            Set<String> words = new HashSet<>();
            matches.forEach(m -> words.addAll(m.words()));
            return words.size();
        }
    }

    /** The {@code n} best passages holding the matches, in text order. */
    private static List<Passage> best(String text, List<Match> matches, int n) {
        List<Passage> passages = new ArrayList<>();
        Passage current = null;
        for (Match m : matches) {
            if (current != null && m.start() < current.end) {
                if (m.end() - current.start <= PASSAGE_CHARS || m.end() <= current.end) {
                    current.matches.add(m);
                    current.end = Math.max(current.end, m.end());
                    continue;
                }
                current.end = m.start(); // a cut passage ends before a match it would split or outgrow
            }
            int sentenceStart = sentenceStart(text, m.start());
            int sentenceEnd = sentenceEnd(text, m.end());
            int start = sentenceStart;
            int end = sentenceEnd;
            if (sentenceEnd - sentenceStart > PASSAGE_CHARS) {
                start = Math.max(sentenceStart, wordStart(text, m.start() - LEAD_CHARS, sentenceStart));
                end = Math.min(sentenceEnd, Math.max(m.end(), wordEnd(text, start + PASSAGE_CHARS, m.end())));
            }
            if (current != null) {
                start = Math.max(start, current.end());
            }
            while (start < m.start() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            current = new Passage(start, end, m);
            passages.add(current);
        }
        passages.sort(Comparator.comparingInt(Passage::distinctWords).reversed()
                .thenComparing(Comparator.comparingInt((Passage p) -> p.matches().size()).reversed())
                .thenComparingInt(Passage::start));
        List<Passage> chosen = new ArrayList<>(n);
        for (Passage candidate : passages) {
            // two touching pieces of one long sentence would read as one passage of twice the length
            if (chosen.size() < n && chosen.stream().noneMatch(p -> p.end == candidate.start || candidate.end == p.start)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Passage::start));
        return chosen;
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '。', '！', '？', '；', '!', '?', ';', '\n', '\r' -> true;
            case '.' -> i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
            default -> false;
        };
    }

    /**
     * Where the sentence holding {@code at} starts (after the previous sentence's end and its spaces),
     * looking back at most {@link #PASSAGE_CHARS} characters: a longer sentence is cut anyway, and an
     * unbounded look over a 200,000-character body for each passage would make a hostile PDF dear.
     */
    private static int sentenceStart(String text, int at) {
        int floor = Math.max(0, at - PASSAGE_CHARS);
        int i = at;
        while (i > floor && !endsSentence(text, i - 1)) {
            i--;
        }
        while (i < at && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the sentence holding the character before {@code at} ends (its end mark included), looking on at most {@link #PASSAGE_CHARS} characters. */
    private static int sentenceEnd(String text, int at) {
        int ceiling = Math.min(text.length(), at + PASSAGE_CHARS);
        int i = at;
        while (i < ceiling && !endsSentence(text, i)) {
            i++;
        }
        return Math.min(ceiling, i + 1);
    }

    /** {@code at}, moved back to the start of a Latin word it falls in (not past {@code floor}), never inside a surrogate pair. */
    private static int wordStart(String text, int at, int floor) {
        int i = Math.max(floor, at);
        while (i > floor && i - at < 15 && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i))) {
            i--;
        }
        if (i > floor && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** {@code at}, moved back to the end of the Latin word it falls in (not before {@code floor}), never inside a surrogate pair. */
    private static int wordEnd(String text, int at, int floor) {
        int i = Math.min(text.length(), at);
        while (i > floor && at - i < 15 && i < text.length() && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i))) {
            i--;
        }
        if (i > floor && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** {@code end}, or one less if it would split a surrogate pair. */
    private static int safeEnd(String text, int end) {
        return end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    private static String format(String text, List<Passage> passages) {
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0 && passage.start() > previousEnd) {
                out.append(ELLIPSIS);
            }
            int pos = passage.start();
            for (Match m : passage.matches()) {
                escape(out, text, pos, m.start());
                out.append("<mark>");
                escape(out, text, m.start(), m.end());
                out.append("</mark>");
                pos = m.end();
            }
            escape(out, text, pos, Math.max(pos, passage.end()));
            previousEnd = Math.max(pos, passage.end());
        }
        return out.toString();
    }

    /** Appends {@code text[from, to)} escaped for HTML text and attribute values. */
    static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
    }
}
