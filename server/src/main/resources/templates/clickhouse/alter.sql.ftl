<#-- A column added to an existing table. Model: fileName, description, table, mutable. -->
-- ${fileName}
-- ${description}
<#if mutable>
-- ${table} is mutable (ReplacingMergeTree): never materialize from it.
<#else>
-- ${table} is immutable: views that materialize from it must handle the new column.
</#if>
--
-- Tables affected:
--   - ${table}: new column new_column

ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS new_column String DEFAULT '';
