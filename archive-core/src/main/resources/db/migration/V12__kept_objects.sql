-- Issue 13: receipts, submission packages and fixity reports are OCFL objects in the artifacts'
-- storage root, listed here so they are found by key (not by listing a directory) and so a fixity
-- audit can check each against the digest its main file had when it was written.
-- Portable between Derby 10.16 and PostgreSQL: VARCHAR, INTEGER, TIMESTAMP only.
CREATE TABLE KEPT_OBJECT (
    OBJECT_ID     VARCHAR(100) NOT NULL,
    KIND          VARCHAR(24)  NOT NULL,
    RECORD_ID     VARCHAR(36)  NOT NULL,
    STUDENT_ID    VARCHAR(36),
    ACADEMIC_YEAR INTEGER,
    ISSUED_AT     TIMESTAMP    NOT NULL,
    MAIN_FILE     VARCHAR(500) NOT NULL,
    SHA256        VARCHAR(64)  NOT NULL,
    KEPT_AT       TIMESTAMP    NOT NULL,
    CONSTRAINT PK_KEPT_OBJECT PRIMARY KEY (OBJECT_ID),
    CONSTRAINT UX_KEPT_OBJECT_RECORD UNIQUE (KIND, RECORD_ID),
    CONSTRAINT CK_KEPT_OBJECT_KIND CHECK (KIND IN ('RECEIPT', 'SUBMISSION_PACKAGE', 'AUDIT_REPORT'))
);
-- A student's receipts, newest first; and a year's receipts.
CREATE INDEX IX_KEPT_OBJECT_STUDENT ON KEPT_OBJECT (KIND, STUDENT_ID, ISSUED_AT DESC, RECORD_ID DESC);
CREATE INDEX IX_KEPT_OBJECT_YEAR ON KEPT_OBJECT (KIND, ACADEMIC_YEAR, ISSUED_AT DESC, RECORD_ID DESC);
