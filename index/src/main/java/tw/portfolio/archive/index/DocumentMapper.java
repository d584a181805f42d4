package tw.portfolio.archive.index;

import static tw.portfolio.archive.index.IndexFields.*;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import tw.portfolio.archive.search.SearchDocument;

/** Turns a {@link SearchDocument} into a Lucene document: exact ids, facet doc values, positional full text. */
final class DocumentMapper {
    /** Longest body text kept; the rest is neither indexed nor stored. */
    static final int MAX_BODY_CHARS = 200_000;

    private DocumentMapper() {
    }

    /** The document as a new generation indexes it ({@link TextPostings#POSITIONS}). */
    static Document toLucene(SearchDocument d) {
        return toLucene(d, TextPostings.POSITIONS);
    }

    static Document toLucene(SearchDocument d, TextPostings postings) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        facet(doc, TYPE, d.type().name());
        facet(doc, STATE, d.state().name());
        facet(doc, ACADEMIC_YEAR, d.academicYear() == null ? null : d.academicYear().toString());
        facet(doc, SEMESTER, d.semester() == null ? null : d.semester().toString());
        facet(doc, CATEGORY, d.category());
        exact(doc, STUDENT_ID, d.studentId(), true);
        exact(doc, NATIONAL_ID, d.nationalId(), false);
        exact(doc, STUDENT_NUMBER, d.studentNumber(), false);
        exact(doc, COURSE_ID, d.courseId(), false);
        exact(doc, SHA256, d.sha256(), false);
        exact(doc, MEDIA_TYPE, d.mediaType(), false);
        d.teacherUsernames().forEach(t -> doc.add(new StringField(TEACHER, t, Field.Store.NO)));
        text(doc, TITLE, d.title(), postings.fieldType(true));
        text(doc, DESCRIPTION, d.description(), postings.fieldType(true));
        text(doc, FILENAME, d.filename(), postings.fieldType(true));
        text(doc, BODY, d.body() == null || d.body().length() <= MAX_BODY_CHARS
                ? d.body() : d.body().substring(0, MAX_BODY_CHARS), postings.fieldType(true));
        text(doc, NAMES, d.studentName(), postings.fieldType(false));
        text(doc, CONTEXT, d.className(), postings.fieldType(false));
        text(doc, CONTEXT, d.courseName(), postings.fieldType(false));
        text(doc, CONTEXT, d.category(), postings.fieldType(false));
        if (d.textNote() != null) {
            doc.add(new StoredField(TEXT_NOTE, d.textNote()));
        }
        return doc;
    }

    private static void facet(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.YES));
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void exact(Document doc, String field, String value, boolean stored) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static void text(Document doc, String field, String value, FieldType type) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(field, value, type));
        }
    }
}
