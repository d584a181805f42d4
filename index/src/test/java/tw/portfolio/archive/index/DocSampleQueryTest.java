package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The sample matches exactly the first {@code window} ids of every {@code stride}, across segments. */
class DocSampleQueryTest {
    @Test
    void matchesTheWindowOfEveryStrideAcrossSegmentBoundaries() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 100; i++) {
                    Document d = new Document();
                    d.add(new StringField("f", "v", Field.Store.NO));
                    writer.addDocument(d);
                    if (i % 37 == 36) {
                        writer.flush();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(3, reader.leaves().size());
                IndexSearcher searcher = new IndexSearcher(reader);
                List<Integer> ids = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(new DocSampleQuery(10, 3), 1000).scoreDocs) {
                    ids.add(sd.doc);
                }
                ids.sort(null);
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    if (i % 10 < 3) {
                        expected.add(i);
                    }
                }
                assertEquals(expected, ids);
            }
        }
    }

    @Test
    void aSampleOfTheWholeIndexCoversEveryDocumentAndScalesByOne() {
        DocSampleQuery all = DocSampleQuery.of(1000, 5000, 64);
        assertEquals(1.0, all.scale());
        assertEquals(5.0, DocSampleQuery.of(1000, 200, 64).scale(), "a fifth of the ids: each stands for five");
    }

    @Test
    void aWindowLargerThanItsStrideIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DocSampleQuery(3, 10));
    }
}
