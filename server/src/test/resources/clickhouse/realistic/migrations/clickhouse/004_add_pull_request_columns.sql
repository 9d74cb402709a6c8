-- 004_add_pull_request_columns.sql
-- Draft flag and review counts for pull requests.
--
-- Tables affected:
--   - pull_requests: new columns is_draft, review_count, reviewers

ALTER TABLE pull_requests ADD COLUMN IF NOT EXISTS is_draft UInt8 DEFAULT 0 AFTER title;
ALTER TABLE pull_requests ADD COLUMN IF NOT EXISTS review_count UInt16 DEFAULT 0 AFTER is_draft;
ALTER TABLE pull_requests
    ADD COLUMN IF NOT EXISTS reviewers Array(String) DEFAULT [] AFTER review_count,
    ADD INDEX IF NOT EXISTS title_idx lower(title) TYPE ngrambf_v1(3, 256, 2, 0) GRANULARITY 1;
