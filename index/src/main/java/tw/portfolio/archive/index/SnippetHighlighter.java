package tw.portfolio.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * Snippets of a hit's stored text fields: HTML-escaped, each match wrapped in {@code <mark>}, in
 * short passages ({@link Passages}). The matches come from analysing the stored text again with the
 * index's analyzer (postings keep no offsets, see {@link TextPostings}), only its first
 * {@link #ANALYSED_CHARS} characters, so that a page of long PDFs stays cheap; a token matches when it
 * is one of the query's terms for that field, or fits one of its wildcards; a phrase (a Chinese word's
 * bigrams, a quoted phrase) only where all its terms stand at their positions, and is then marked
 * whole. Words under {@code NOT} are not marked. Each field shows its best passages ({@code title} 1,
 * {@code description} 1, {@code body} 2, {@code filename} 1).
 *
 * <p>Why not Lucene's {@code UnifiedHighlighter}: without offsets in the postings it built an
 * in-memory index of every highlighted field and a 32 KB hash per scored passage, some 6 MB of
 * garbage per page of 20 hits (a young collection every 0.7 s under the search benchmark at 1M
 * documents), and where a text had no sentence break its passage was the whole field.
 */
final class SnippetHighlighter {
    /** Characters of a field analysed for its snippet (about 0.4 ms a field). */
    static final int ANALYSED_CHARS = 10_000;
    private static final Map<String, Integer> PASSAGES = Map.of(
            IndexFields.TITLE, 1, IndexFields.DESCRIPTION, 1, IndexFields.BODY, 2, IndexFields.FILENAME, 1);

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
                    matcher(phrase.getField()).add(new Phrase(phrase));
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
            List<Passages.Match> matches = matches(field, text.length() <= ANALYSED_CHARS ? text : text.substring(0,
                    Passages.safeEnd(text, ANALYSED_CHARS)), matcher);
            if (!matches.isEmpty()) {
                String snippet = Passages.snippet(text, matches, PASSAGES.get(field));
                if (!snippet.isEmpty()) {
                    out.add(snippet);
                }
            }
        }
        return out;
    }

    /** The query's words for one field. */
    private static final class FieldMatcher {
        /** Terms marked wherever they stand, looked up in the token's own buffer (no string per token). */
        final CharArraySet terms = new CharArraySet(8, false);
        /** Terms of the phrases, marked only where the whole phrase stands. */
        final CharArraySet phraseTerms = new CharArraySet(8, false);
        final List<Phrase> phrases = new ArrayList<>();
        final List<ByteRunAutomaton> automata = new ArrayList<>();

        void add(Phrase phrase) {
            phrases.add(phrase);
            phraseTerms.addAll(Arrays.asList(phrase.terms));
        }

        /** Whether the current token is marked on its own: one of the query's terms, or fits a wildcard. */
        boolean marks(CharTermAttribute token) {
            if (terms.contains(token.buffer(), 0, token.length())) {
                return true;
            }
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

        /** Whether the current token is a term of one of the query's phrases. */
        boolean inPhrase(CharTermAttribute token) {
            return !phrases.isEmpty() && phraseTerms.contains(token.buffer(), 0, token.length());
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

    /** A token the query cares about; {@code marked} when it is marked on its own, not only as part of a phrase. */
    private record Token(int position, int start, int end, String term, boolean marked) {
    }

    private List<Passages.Match> matches(String field, String text, FieldMatcher matcher) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                boolean marked = matcher.marks(term);
                if (marked || matcher.inPhrase(term)) {
                    tokens.add(new Token(position, offset.startOffset(), offset.endOffset(), term.toString(), marked));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a stored field for its snippet failed", e);
        }
        List<Passages.Match> matches = new ArrayList<>();
        for (Token token : tokens) {
            if (token.marked()) {
                matches.add(new Passages.Match(token.start(), token.end(), Set.of(token.term())));
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
                    matches.add(new Passages.Match(first.start(), end, phrase.key));
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
}
