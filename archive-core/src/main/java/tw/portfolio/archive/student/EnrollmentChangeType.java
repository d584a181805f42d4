package tw.portfolio.archive.student;

/**
 * The enrollment changes of the national data lists (DOMAIN.md: transfer, repeat, visiting study,
 * suspension and return) and the ways of leaving (§6: graduation or leaving starts the five years).
 */
public enum EnrollmentChangeType {
    /** 轉出: leaves for another school; what was made here keeps this school's code. */
    TRANSFER_OUT,
    /** 轉入: arrives from another school (its code given). */
    TRANSFER_IN,
    /** 休學. */
    SUSPEND,
    /** 復學. */
    RETURN,
    /** 重讀: stays enrolled; the repeated year's rows are flagged. */
    REPEAT,
    /** 借讀 starts: outcomes made while visiting carry the host school's code (given). */
    VISITING_START,
    /** 借讀 ends. */
    VISITING_END,
    /** 退學 / 離校. */
    WITHDRAW,
    /** 畢業. */
    GRADUATE,
    /** 修業期滿. */
    COMPLETE;

    /** True when this change ends the student's senior-high education: the date sealing counts from (§6). */
    public boolean completes() {
        return this == GRADUATE || this == COMPLETE || this == WITHDRAW || this == TRANSFER_OUT;
    }

    /** True when the change names another school (the one left for, come from, or visited). */
    public boolean needsSchoolCode() {
        return this == TRANSFER_IN || this == VISITING_START;
    }
}
