-- 003_add_pull_requests_draft.sql
-- Track draft pull requests.
--
-- Tables affected:
--   - pull_requests: new column is_draft

ALTER TABLE pull_requests ADD COLUMN IF NOT EXISTS is_draft UInt8 DEFAULT 0 AFTER title;
