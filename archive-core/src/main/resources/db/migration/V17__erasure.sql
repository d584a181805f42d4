-- Issue 15, part 3: erasure of a student (§6). Ids and digests only: nothing here names the person.
-- Portable between Derby 10.16 and PostgreSQL: VARCHAR, INTEGER, BIGINT, TIMESTAMP only.

-- One row per deletion request executed (or being executed). SUBJECT is the student's opaque id as
-- the event log knows it; STEP is the last step that committed, so a resumed run starts after it.
CREATE TABLE ERASURE (
    REQUEST_ID  VARCHAR(36)   NOT NULL,
    STUDENT_ID  VARCHAR(36)   NOT NULL,
    SUBJECT     VARCHAR(36)   NOT NULL,
    STEP        VARCHAR(24)   NOT NULL,
    STARTED_AT  TIMESTAMP     NOT NULL,
    FINISHED_AT TIMESTAMP,
    LAST_ERROR  VARCHAR(1000),
    CONSTRAINT PK_ERASURE PRIMARY KEY (REQUEST_ID)
);
CREATE INDEX IX_ERASURE_STUDENT ON ERASURE (STUDENT_ID);

-- What an erasure removes, captured before anything is removed; afterwards the memory that keeps
-- erased things from coming back (a restore, a re-import): same id and digest are erased again.
-- KIND: ARTIFACT (an artifact's OCFL object), RECEIPT and SUBMISSION_PACKAGE (kept objects), RECORD
-- (a course outcome or diverse-performance item: a search document, no file; SHA256 null).
CREATE TABLE ERASED_ITEM (
    REQUEST_ID VARCHAR(36)  NOT NULL,
    ITEM_ID    VARCHAR(100) NOT NULL,
    KIND       VARCHAR(24)  NOT NULL,
    OBJECT_ID  VARCHAR(100),
    SHA256     VARCHAR(64),
    SIZE_BYTES BIGINT       NOT NULL,
    CONSTRAINT PK_ERASED_ITEM PRIMARY KEY (REQUEST_ID, ITEM_ID),
    CONSTRAINT CK_ERASED_ITEM_KIND CHECK (KIND IN ('ARTIFACT', 'RECEIPT', 'SUBMISSION_PACKAGE', 'RECORD'))
);
CREATE INDEX IX_ERASED_ITEM_ID ON ERASED_ITEM (ITEM_ID);
CREATE INDEX IX_ERASED_ITEM_OBJECT ON ERASED_ITEM (OBJECT_ID);

-- The confirmation of each place an erasure reached, as first given (a resumed run returns them).
CREATE TABLE ERASURE_CONFIRMATION (
    REQUEST_ID VARCHAR(36)   NOT NULL,
    TARGET     VARCHAR(24)   NOT NULL,
    STATE      VARCHAR(16)   NOT NULL,
    AT_TIME    TIMESTAMP     NOT NULL,
    DETAIL     VARCHAR(1000) NOT NULL,
    CONSTRAINT PK_ERASURE_CONFIRMATION PRIMARY KEY (REQUEST_ID, TARGET)
);

-- A random key per student (SUBJECT = the student's opaque id): their accounts' pseudonyms in the
-- event log are HMAC-SHA256 under it. Erasure deletes the row, so the pseudonym can no longer be
-- recomputed from the student's username or student number.
CREATE TABLE PSEUDONYM_KEY (
    SUBJECT    VARCHAR(36) NOT NULL,
    KEY_BASE64 VARCHAR(64) NOT NULL,
    CREATED_AT TIMESTAMP   NOT NULL,
    CONSTRAINT PK_PSEUDONYM_KEY PRIMARY KEY (SUBJECT)
);

-- Scratch rows an erasure writes and deletes to fill Derby's transaction log past a log switch, so
-- the log files holding the erased rows' images are left behind a checkpoint and removed.
CREATE TABLE ERASURE_LOG_FILL (
    ID   INTEGER        NOT NULL,
    FILL VARCHAR(32000) NOT NULL,
    CONSTRAINT PK_ERASURE_LOG_FILL PRIMARY KEY (ID)
);
