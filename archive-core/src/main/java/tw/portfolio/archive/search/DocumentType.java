package tw.portfolio.archive.search;

/** What kind of archived thing a search document stands for. */
public enum DocumentType {
    /** An archived file (PDF, image, audio, video) attached to a record. */
    ARTIFACT,
    /** A course-learning outcome (課程學習成果). */
    COURSE_OUTCOME,
    /** A diverse-performance item (多元表現). */
    DIVERSE_PERFORMANCE,
    /** A student's basic data (學籍). */
    STUDENT,
    /** A course record: course taken, credits, grades. */
    COURSE_RECORD,
    /** Any other archived record (autobiography, consultation, attendance, cadre experience). */
    OTHER_RECORD
}
