package tw.portfolio.archive.receipt;

/** What kind of portfolio item a student submitted (DOMAIN.md, What is archived §4.3, §4.4). */
public enum ItemKind {
    /** 課程學習成果: a certified course-learning outcome. */
    COURSE_OUTCOME("課程學習成果"),
    /** 多元表現: a diverse-performance item. */
    DIVERSE_PERFORMANCE("多元表現");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    /** The Traditional Chinese name shown on receipts. */
    public String label() {
        return label;
    }
}
