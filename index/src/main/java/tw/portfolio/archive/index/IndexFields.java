package tw.portfolio.archive.index;

import java.util.List;
import java.util.Map;

/** Field names of the Lucene documents, and which are full text, exact or facets. */
final class IndexFields {
    static final String ID = "id";
    static final String TYPE = "type";
    static final String STATE = "state";
    static final String STUDENT_ID = "studentId";
    static final String NATIONAL_ID = "nationalId";
    static final String STUDENT_NUMBER = "studentNumber";
    static final String COURSE_ID = "courseId";
    static final String TEACHER = "teacher";
    static final String SHA256 = "sha256";
    static final String MEDIA_TYPE = "mediaType";
    static final String ACADEMIC_YEAR = "academicYear";
    static final String SEMESTER = "semester";
    static final String CATEGORY = "category";
    static final String TEXT_NOTE = "textNote";

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String FILENAME = "filename";
    static final String BODY = "body";
    static final String NAMES = "names";
    static final String CONTEXT = "context";

    /** Full-text fields with their query boosts. */
    static final Map<String, Float> TEXT_BOOSTS = Map.of(
            TITLE, 3f, NAMES, 3f, DESCRIPTION, 2f, FILENAME, 2f, CONTEXT, 1.5f, BODY, 1f);
    /** Full-text fields that snippets come from, in the order snippets are shown. */
    static final List<String> SNIPPET_FIELDS = List.of(TITLE, DESCRIPTION, BODY, FILENAME);
    /** Single-valued keyword fields with doc values, counted as facets. */
    static final List<String> FACETS = List.of(ACADEMIC_YEAR, SEMESTER, CATEGORY, STATE, TYPE);

    private IndexFields() {
    }
}
