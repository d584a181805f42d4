-- Issue 15: the erasure deletes the alumnus' account, so they can no longer sign in to fetch the
-- destruction certificate of their own request. When they file it they get a claim code, shown once;
-- only its SHA-256 is kept here, and with the code (no login) they download the certificate later.
ALTER TABLE DELETION_REQUEST ADD COLUMN CLAIM_SHA256 VARCHAR(64);
