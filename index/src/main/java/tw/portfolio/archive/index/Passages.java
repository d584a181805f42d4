package tw.portfolio.archive.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The passages a snippet shows and how they are written. A passage is the sentence around the
 * matches (ended by {@code 。！？；!?;}, a line break, or {@code .} before a space), cut to
 * {@link #PASSAGE_CHARS} characters starting a little before its first match when the sentence is
 * longer. Passages with more distinct matched words, then with more matches, win; the chosen ones are
 * shown in text order, joined by an ellipsis; two pieces of one long sentence that touch are not both
 * shown. Text is HTML-escaped, each match wrapped in {@code <mark>}.
 */
final class Passages {
    /** Longest passage shown, in characters (a match longer than this is shown whole). */
    static final int PASSAGE_CHARS = 160;
    /** Characters of context kept before a passage's first match when its sentence is cut. */
    static final int LEAD_CHARS = 30;
    private static final String ELLIPSIS = "… ";

    private Passages() {
    }

    /** The snippet of {@code text} showing its {@code n} best passages around {@code matches} (in any order). */
    static String snippet(String text, List<Match> matches, int n) {
        return format(text, best(text, merge(matches), n)).strip();
    }

    /** A marked span of the text and how many distinct words it stands for. */
    record Match(int start, int end, Set<String> words) {
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
        /** Distinct words matched, counted once the passage is complete (it ranks the passages). */
        int distinctWords;

        Passage(int start, int end, Match first) {
            this.start = start;
            this.end = end;
            matches.add(first);
        }

        void countWords() {
            Set<String> words = new HashSet<>();
            matches.forEach(m -> words.addAll(m.words()));
            distinctWords = words.size();
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
                start = Math.max(start, current.end);
            }
            while (start < m.start() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > m.end() && Character.isWhitespace(text.charAt(end - 1))) {
                end--; // a sentence ended by a line break: the break is not part of the passage
            }
            current = new Passage(start, end, m);
            passages.add(current);
        }
        passages.forEach(Passage::countWords);
        passages.sort(Comparator.comparingInt((Passage p) -> p.distinctWords).reversed()
                .thenComparing(Comparator.comparingInt((Passage p) -> p.matches.size()).reversed())
                .thenComparingInt(p -> p.start));
        List<Passage> chosen = new ArrayList<>(n);
        for (Passage candidate : passages) {
            // two touching pieces of one long sentence would read as one passage of twice the length
            if (chosen.size() < n && chosen.stream().noneMatch(p -> p.end == candidate.start || candidate.end == p.start)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(p -> p.start));
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
        return notInPair(text, i, floor);
    }

    /** {@code at}, moved back before a Latin word it would cut (not before {@code floor}), never inside a surrogate pair. */
    private static int wordEnd(String text, int at, int floor) {
        int i = Math.min(text.length(), at);
        while (i > floor && at - i < 15 && i < text.length() && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i))) {
            i--;
        }
        return notInPair(text, i, floor);
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** {@code end}, or one less if it would split a surrogate pair. */
    static int safeEnd(String text, int end) {
        return notInPair(text, end, 0);
    }

    /** {@code i}, or one less if it falls between the two halves of a surrogate pair (not below {@code floor}). */
    private static int notInPair(String text, int i, int floor) {
        return i > floor && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    private static String format(String text, List<Passage> passages) {
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0 && passage.start > previousEnd) {
                out.append(ELLIPSIS);
            }
            int pos = passage.start;
            for (Match m : passage.matches) {
                escape(out, text, pos, m.start());
                out.append("<mark>");
                escape(out, text, m.start(), m.end());
                out.append("</mark>");
                pos = m.end();
            }
            escape(out, text, pos, Math.max(pos, passage.end));
            previousEnd = Math.max(pos, passage.end);
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
