-- Issue 12 §5: a student's file list is one index range, whatever the size of the portfolio.
-- The list is "WHERE STUDENT_ID = ? AND STATE <> 'DELETED' ORDER BY CREATED_AT DESC, ID". With the
-- old index (STUDENT_ID, CREATED_AT) Derby read every row of the portfolio from the table (4 KB of
-- signed statement each), sorted them all and then skipped to the page, for every page, and counted
-- by reading every row again for STATE. This index has the order of the list and every column the
-- list's id query and count read, so both are index-only scans that never sort: a page reads its
-- offset plus its size in index entries, and only its own rows from the table (by primary key).
CREATE INDEX IX_ARTIFACT_LISTING ON ARTIFACT (STUDENT_ID, CREATED_AT DESC, ID, STATE);
-- Its leading columns cover every use of the old one.
DROP INDEX IX_ARTIFACT_STUDENT;
