-- 009_rename_repo_columns.sql
-- Clearer column names and a comment.
--
-- Tables affected:
--   - repos: column renamed, comment added

ALTER TABLE repos RENAME COLUMN IF EXISTS full_name TO name;
ALTER TABLE repos COMMENT COLUMN name 'owner/name';
ALTER TABLE repos MODIFY COLUMN IF EXISTS topics Array(LowCardinality(String));
