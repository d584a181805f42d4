package tw.portfolio.archive.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * Checks query text before the Lucene parser sees it, so that the common mistakes come back as a
 * message that says what to fix rather than a parser trace.
 */
final class QuerySyntax {
    /** Most words (terms and phrases) one query may hold. */
    static final int MAX_CLAUSES = 32;
    private static final Set<String> BINARY = Set.of("AND", "OR", "&&", "||");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!");

    private QuerySyntax() {
    }

    static void check(String text) {
        if (count(text, '"') % 2 != 0) {
            throw invalid("unbalanced quotes: close the phrase with a second \" or remove the \"");
        }
        List<String> words = words(text);
        if (words.size() > MAX_CLAUSES) {
            throw invalid("too many words: use at most " + MAX_CLAUSES);
        }
        checkParentheses(text);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean first = i == 0;
            boolean last = i == words.size() - 1;
            if (BINARY.contains(w) && (first || last || OPERATORS.contains(words.get(i + 1)))) {
                throw invalid("'" + w + "' needs a word on each side, for example 陳怡君 " + w
                        + " 競賽; to search for the word itself write it in lower case");
            }
            if ((w.equals("NOT") || w.equals("!")) && last) {
                throw invalid("'" + w + "' needs a word after it, for example 競賽 NOT 校內");
            }
            String bare = w.replaceAll("^[+\\-!(]+|[)]+$", "");
            if (bare.equals("*") || bare.equals("?") || bare.matches("[*?]+")) {
                throw invalid("'" + bare + "' alone matches everything: leave the query empty to list all,"
                        + " or put at least 2 characters before the *");
            }
            if (bare.startsWith("*") || bare.startsWith("?")) {
                throw invalid("leading wildcards are not allowed: put the * at the end of a word, for example volunt*");
            }
            int star = firstWildcard(bare);
            if (star >= 0 && star < 2 && !bare.startsWith("\"")) {
                throw invalid("a wildcard needs at least 2 characters before it, for example vo*");
            }
        }
    }

    private static void checkParentheses(String text) {
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                throw invalid("unbalanced parentheses: a ')' has no '(' before it");
            }
        }
        if (depth != 0) {
            throw invalid("unbalanced parentheses: add the missing ')'");
        }
    }

    private static int firstWildcard(String word) {
        int star = word.indexOf('*');
        int question = word.indexOf('?');
        if (star < 0) {
            return question;
        }
        return question < 0 ? star : Math.min(star, question);
    }

    /** Whitespace-separated words, a quoted phrase counting as one. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted || c == '\u3000' && !quoted) {
                if (current.length() > 0) {
                    words.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    static InvalidInputException invalid(String message) {
        return InvalidInputException.field("q", message);
    }
}
