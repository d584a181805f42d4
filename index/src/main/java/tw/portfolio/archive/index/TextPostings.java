package tw.portfolio.archive.index;

import java.io.IOException;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;

/**
 * What the postings of the full-text fields hold. A generation written from now on stores positions
 * only: character offsets in the postings were about a third of the indexing CPU and a quarter of the
 * index on disk, and snippets get the same offsets by analysing the page's stored text again
 * ({@link SnippetHighlighter}). A generation written before keeps offsets, because Lucene refuses to
 * mix index options within a field; it loses them at its next rebuild.
 */
enum TextPostings {
    /** Positions (phrases need them), no offsets: every new generation. */
    POSITIONS(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS),
    /** Positions and offsets: generations written before offsets were dropped. */
    POSITIONS_AND_OFFSETS(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    private final FieldType stored;
    private final FieldType unstored;

    TextPostings(IndexOptions options) {
        this.stored = type(options, true);
        this.unstored = type(options, false);
    }

    private static FieldType type(IndexOptions options, boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    FieldType fieldType(boolean stored) {
        return stored ? this.stored : unstored;
    }

    /** What the index in {@code directory} already holds: offsets if any full-text field has them, else (also when empty) positions. */
    static TextPostings of(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return POSITIONS;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (String field : IndexFields.TEXT_BOOSTS.keySet()) {
                    FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                    if (info != null && info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) {
                        return POSITIONS_AND_OFFSETS;
                    }
                }
            }
        }
        return POSITIONS;
    }
}
