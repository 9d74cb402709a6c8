-- 009_rename_repo_columns.sql
-- Clearer column names and a comment.
--
-- Tables affected:
--   - repos: column renamed, comment added

ALTER TABLE repos RENAME COLUMN IF EXISTS default_branch TO main_branch;
ALTER TABLE repos COMMENT COLUMN main_branch 'the branch builds run on';
ALTER TABLE repos MODIFY COLUMN IF EXISTS topics Array(LowCardinality(String));
