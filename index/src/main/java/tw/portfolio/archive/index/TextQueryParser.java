package tw.portfolio.archive.index;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the caller's query text into a Lucene query over the full-text fields, plus exact matches
 * on identifiers when the text is a single word. Field syntax, ranges and regular expressions are
 * refused: they are not part of the search language and could be made expensive.
 */
final class TextQueryParser {
    private static final Pattern DIGEST_PREFIX = Pattern.compile("^[0-9a-fA-F]{8,64}$");
    private static final Pattern SINGLE_WORD = Pattern.compile("^[^\\s\"()+!]+$");
    private static final float IDENTIFIER_BOOST = 20f;

    private final Analyzer queryAnalyzer;

    TextQueryParser(Analyzer queryAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
    }

    /** The query for that text; {@link MatchAllDocsQuery} when it is empty. */
    Query parse(String text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        QuerySyntax.check(text);
        String[] words = text.strip().split("\\s+");
        if (words.length > 1 && java.util.Arrays.stream(words).allMatch(TextQueryParser::isPlainWord)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String w : words) {
                all.add(wordOrIdentifier(w), BooleanClause.Occur.MUST);
            }
            return all.build();
        }
        if (!isPlainWord(text)) {
            return fullText(text);
        }
        return wordOrIdentifier(text);
    }

    /** A word with no query syntax: every plain word may also be an identifier (national ID, student number). */
    private static boolean isPlainWord(String w) {
        return SINGLE_WORD.matcher(w).matches() && !w.startsWith("-") && !w.contains(":")
                && !w.equals("AND") && !w.equals("OR") && !w.equals("NOT");
    }

    private Query wordOrIdentifier(String word) {
        return new BooleanQuery.Builder()
                .add(fullText(word), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(identifiers(word), IDENTIFIER_BOOST), BooleanClause.Occur.SHOULD)
                .build();
    }

    private Query fullText(String text) {
        String[] fields = IndexFields.TEXT_BOOSTS.keySet().toArray(String[]::new);
        QueryParser parser = new Parser(fields, queryAnalyzer);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw QuerySyntax.invalid("could not understand the query; put words with special characters"
                    + " (+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /) in double quotes");
        } catch (IllegalArgumentException e) {
            throw QuerySyntax.invalid(e.getMessage());
        }
    }

    /** Exact matches on the identifier fields; a digest prefix of 8 or more hex digits matches by prefix. */
    static Query identifiers(String word) {
        BooleanQuery.Builder ids = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.ID, word)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.STUDENT_ID, word)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.NATIONAL_ID, word.toUpperCase(Locale.ROOT))), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.STUDENT_NUMBER, word)), BooleanClause.Occur.SHOULD);
        if (DIGEST_PREFIX.matcher(word).matches()) {
            ids.add(new PrefixQuery(new Term(IndexFields.SHA256, word.toLowerCase(Locale.ROOT))), BooleanClause.Occur.SHOULD);
        }
        return ids.build();
    }

    /** The classic parser with the features that do not belong to the search language switched off. */
    private static final class Parser extends MultiFieldQueryParser {
        Parser(String[] fields, Analyzer analyzer) {
            super(fields, analyzer, IndexFields.TEXT_BOOSTS);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            requireDefaultField(field);
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            requireDefaultField(field);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) {
            throw QuerySyntax.invalid("ranges are not supported; use the academicYear and semester filters");
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) {
            throw QuerySyntax.invalid("regular expressions are not supported; put text with / in double quotes");
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            requireDefaultField(field);
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            requireDefaultField(field);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            requireDefaultField(field);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        private static void requireDefaultField(String field) {
            if (field != null && !IndexFields.TEXT_BOOSTS.containsKey(field)) {
                throw QuerySyntax.invalid("'" + field + ":' is not a search field (use title, description, filename,"
                        + " body, names or context); put text with a colon in double quotes and use the filters"
                        + " for year, semester, category, state and type");
            }
        }
    }
}
