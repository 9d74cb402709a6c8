<#-- An Alembic revision following the team's guide (create-migration-skill.md).
     Model: description, revision, revises, createDate, tables[{name, purpose}], annotated, merge, table (optional),
     revisionLiteral, downRevisionLiteral, downRevisionType, branchLabelsLiteral, dependsOnLiteral. -->
"""${description}

Revision ID: ${revision}
Revises:<#if revises?has_content> ${revises}</#if>
Create Date: ${createDate}
<#if tables?has_content>

Creates/Modifies tables for:
<#list tables as t>
- ${t.name}: ${t.purpose}
</#list>
</#if>
"""

<#if annotated>
from typing import Sequence, Union

</#if>
from alembic import op
import sqlalchemy as sa
<#if table??>
from sqlalchemy.dialects.postgresql import UUID
</#if>


<#if annotated>
revision: str = ${revisionLiteral}
down_revision: ${downRevisionType} = ${downRevisionLiteral}
branch_labels: Union[str, Sequence[str], None] = ${branchLabelsLiteral}
depends_on: Union[str, Sequence[str], None] = ${dependsOnLiteral}
<#else>
revision = ${revisionLiteral}
down_revision = ${downRevisionLiteral}
branch_labels = ${branchLabelsLiteral}
depends_on = ${dependsOnLiteral}
</#if>


def upgrade() -> None:
<#if table??>
    op.create_table(
        "${table}",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
<#elseif merge>
    pass
<#else>
    # Table creation / alteration here
    pass
</#if>


def downgrade() -> None:
<#if table??>
    op.drop_table("${table}")
<#elseif merge>
    pass
<#else>
    # Reverse operations here
    pass
</#if>
