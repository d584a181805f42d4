-- Issue 15: retention policies as versions (a change never applies retroactively to a finished
-- action), the sealing sweeps, and what each sealed student was sealed under.
CREATE TABLE RETENTION_POLICY_VERSION (
    VERSION        INTEGER      NOT NULL PRIMARY KEY,
    SEAL_AFTER     VARCHAR(32)  NOT NULL,
    DISPOSE_AFTER  VARCHAR(32)  NOT NULL,
    EFFECTIVE_FROM TIMESTAMP    NOT NULL
);

-- One sweep: QUEUED, RUNNING, FINISHED or FAILED; its counters are written with each batch it seals,
-- so a sweep a crash left RUNNING is resumed by running it again.
CREATE TABLE RETENTION_SWEEP (
    ID             VARCHAR(36)   NOT NULL PRIMARY KEY,
    STATE          VARCHAR(16)   NOT NULL,
    AS_OF          DATE          NOT NULL,
    POLICY_VERSION INTEGER       NOT NULL,
    EXAMINED       BIGINT        NOT NULL,
    SEALED         BIGINT        NOT NULL,
    ARTIFACTS      BIGINT        NOT NULL,
    STARTED_BY     VARCHAR(64)   NOT NULL,
    CREATED_AT     TIMESTAMP     NOT NULL,
    STARTED_AT     TIMESTAMP,
    FINISHED_AT    TIMESTAMP,
    ERROR          VARCHAR(1000)
);
CREATE INDEX IX_RETENTION_SWEEP_STATE ON RETENTION_SWEEP (STATE, CREATED_AT);

-- The seal date a student was sealed on and the policy version it came from: kept, whatever later
-- versions or corrections say.
ALTER TABLE STUDENT ADD COLUMN SEAL_DATE DATE;
ALTER TABLE STUDENT ADD COLUMN SEAL_POLICY_VERSION INTEGER;
