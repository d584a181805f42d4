package tw.portfolio.archive.portfolio.window;

/**
 * The kinds of window. Outcome upload and certification are per semester; the others are per
 * academic year (stored with semester 0, as the national submissions write it).
 */
public enum WindowKind {
    OUTCOME_UPLOAD(true, "課程學習成果上傳"),
    CERTIFICATION(true, "課程學習成果認證"),
    OUTCOME_SELECTION(false, "課程學習成果勾選"),
    DIVERSE_UPLOAD(false, "多元表現上傳"),
    DIVERSE_SELECTION(false, "多元表現勾選"),
    RECEIPT_CONFIRMATION(false, "收訖明細確認");

    private final boolean perSemester;
    private final String label;

    WindowKind(boolean perSemester, String label) {
        this.perSemester = perSemester;
        this.label = label;
    }

    /** True when the window is set per semester, false when once per academic year. */
    public boolean perSemester() {
        return perSemester;
    }

    /** The Traditional Chinese name shown to users. */
    public String label() {
        return label;
    }
}
