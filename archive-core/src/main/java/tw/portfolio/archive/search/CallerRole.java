package tw.portfolio.archive.search;

/** The roles that may search, each with its own visibility (see {@link Caller#scope()}). */
public enum CallerRole {
    /** 註冊組: every active record. */
    REGISTRAR,
    /** Academic affairs office: every active record. */
    ACADEMIC_ADMIN,
    /** Subject teacher: active outcomes of their courses. */
    TEACHER,
    /** A student: their own active records. */
    STUDENT,
    /** Auditor: active records, and sealed ones when a reason is stated. */
    AUDITOR
}
