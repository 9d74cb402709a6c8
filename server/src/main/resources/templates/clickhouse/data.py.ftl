<#-- A data migration that needs logic (guide: Python scripts like 010_rename_mergestat_synced_at.py).
     Model: fileName, description, table (optional). -->
"""${fileName}: ${description}

Tables affected:
<#if table??>
  - ${table}: data rewritten
<#else>
  - (list the tables this migration rewrites)
</#if>
"""


def upgrade(client):
    # client runs one statement per call, e.g.
    # client.command("ALTER TABLE <#if table??>${table}<#else>t</#if> UPDATE c = 1 WHERE ...")
    pass
