-- Accounts hardening (issue 12): no hard lockout, tokens revocable per account, accounts that can be disabled.
-- Throttling lives in memory now (LoginGuard), so the lockout columns go. TOKEN_GENERATION is raised
-- whenever every token of the account must stop working (password changed or reset, account
-- disabled, throttling started); a token counts only while it carries the current generation.

ALTER TABLE ACCOUNT ADD COLUMN TOKEN_GENERATION BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ACCOUNT ADD COLUMN DISABLED BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE ACCOUNT DROP COLUMN FAILED_ATTEMPTS;
ALTER TABLE ACCOUNT DROP COLUMN LOCKED_UNTIL;
