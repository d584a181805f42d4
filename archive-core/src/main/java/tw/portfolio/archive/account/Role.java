package tw.portfolio.archive.account;

/**
 * The roles of DOMAIN.md (Who does what). One user may hold several. Enum names are the role
 * names used in tokens and the API.
 */
public enum Role {
    /** 學生: uploads, selects, confirms, may request deletion after sealing. */
    STUDENT,
    /**
     * A student who has left (graduated, completed, withdrawn, transferred out): reads their own
     * portfolio, confirms receipts and, after sealing, asks for deletion; uploads, selects and
     * changes nothing. The student's login becomes this when the registrar records the leaving.
     */
    ALUMNUS,
    /** 任課教師: certifies course-learning outcomes. */
    SUBJECT_TEACHER,
    /** 課程諮詢教師: records consultations. */
    CONSULTATION_TEACHER,
    /** 註冊組: enrollment, credits and grades; searches the archive. */
    REGISTRAR,
    /** 教學組: course lists. */
    ACADEMIC_SECTION,
    /** 生輔組: attendance, cadre experience. */
    STUDENT_LIFE,
    /** 訓育組: cadre experience. */
    ACTIVITIES,
    /** 教務處: owns the platform, sets the windows. */
    ACADEMIC_ADMIN,
    /** Verifies the integrity of everything archived. */
    AUDITOR,
    /** Keeps the off-site replica. */
    BACKUP_OPERATOR,
    /** Runs the installation: accounts, keys. */
    SYSTEM_ADMIN
}
