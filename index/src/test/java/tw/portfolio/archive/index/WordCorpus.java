package tw.portfolio.archive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;

/**
 * A test index of documents made of a few words repeated in every field with random frequencies, so
 * that scores are close and most documents match: every tenth sealed, every fifth taught by {@code t},
 * 40 students, four academic years, two semesters, three types. Opened for reading; close it.
 */
final class WordCorpus implements AutoCloseable {
    static final String[] WORDS = {"河川", "水質", "第一名", "社區", "服務", "報告", "river", "water", "volunteer", "report"};

    final FSDirectory directory;
    final DirectoryReader reader;

    /**
     * Writes {@code documents} documents of {@code bodyWords} body words into {@code dir} with the
     * bulk loader ({@code ramBufferMb}: smaller makes more segments); words are followed by a space, or
     * one time in four by {@code separator}.
     */
    WordCorpus(Path dir, int documents, int bodyWords, double ramBufferMb, String separator, long seed) throws IOException {
        Random random = new Random(seed);
        try (BulkIndexLoader loader = BulkIndexLoader.create(dir, ramBufferMb)) {
            for (int i = 0; i < documents; i++) {
                loader.add(SearchDocument.builder(String.format("d-%05d", i), DocumentType.values()[i % 3])
                        .studentId("s" + i % 40).teacherUsernames(i % 5 == 0 ? Set.of("t") : Set.of())
                        .academicYear(110 + i % 4).semester(1 + i % 2)
                        .state(i % 10 == 9 ? DocumentState.SEALED : DocumentState.ACTIVE)
                        .title(words(random, 2, separator)).description(words(random, 3, separator))
                        .body(words(random, bodyWords, separator)).build());
            }
        }
        directory = FSDirectory.open(new GenerationStore(dir).currentPath());
        reader = DirectoryReader.open(directory);
    }

    private static String words(Random random, int n, String separator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? separator : " ");
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
