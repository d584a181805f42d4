package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchQuery;

/** Runs every line of {@code relevance-set.tsv} against {@link RelevanceCorpus} as a registrar. */
class RelevanceSetTest {
    @TempDir
    static Path dir;
    static LuceneSearchIndex index;

    record Case(String query, Set<String> mustReturn, Set<String> mustNotReturn, String shows) {
        @Override
        public String toString() {
            return shows + " [" + query + "]";
        }
    }

    @BeforeAll
    static void indexCorpus() {
        index = LuceneSearchIndex.open(dir.resolve("index"));
        RelevanceCorpus.documents().forEach(index::index);
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = RelevanceSetTest.class.getResourceAsStream("/relevance-set.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return lines.stream().map(l -> l.split("\t")).map(f -> new Case(f[0], ids(f[1]), ids(f[2]), f[3])).toList().stream();
        }
    }

    private static Set<String> ids(String field) {
        return field.equals("-") ? Set.of() : Arrays.stream(field.split(",")).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryReturnsTheDocumentsItMustAndNoneItMustNot(Case c) {
        Set<String> found = index.search(SearchQuery.of(c.query()), Caller.registrar("registrar"))
                .hits().stream().map(SearchHit::id).collect(Collectors.toSet());
        assertTrue(found.containsAll(c.mustReturn()), () -> c.query() + " found " + found + ", must return " + c.mustReturn());
        assertTrue(c.mustNotReturn().stream().noneMatch(found::contains),
                () -> c.query() + " found " + found + ", must not return " + c.mustNotReturn());
    }
}
