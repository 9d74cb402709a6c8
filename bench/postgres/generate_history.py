#!/usr/bin/env python3
"""Generate an Alembic workspace with N linear revisions of ~4 KB each (default 5,000), for `check` timing.

Usage: python3 bench/postgres/generate_history.py OUT_DIR [N] [alter]
Every 50th revision breaks one convention (a String column), so the check has real findings to report. With `alter`,
every 5th revision also changes a table three revisions older (add_column, a type change, an index in op.execute), so the
PostgreSQL safety rules have a replayed history to consult and findings to report.
"""
import os
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
alter = len(sys.argv) > 3 and sys.argv[3] == "alter"
ALTER = '''    op.add_column("table_{j}", sa.Column("extra_{i}", sa.Text(), nullable=True))
    op.alter_column("table_{j}", "title", type_=sa.String(200))
    op.execute("CREATE INDEX ix_table_{j}_extra_{i} ON table_{j} (extra_{i})")
'''
versions = os.path.join(out, "alembic", "versions")
os.makedirs(versions, exist_ok=True)
with open(os.path.join(out, "alembic.ini"), "w") as f:
    f.write("[alembic]\nscript_location = alembic\n")

TEMPLATE = '''"""Create table_{i}.

Revision ID: {rev}
Revises: {down_doc}
Create Date: 2025-01-01 00:00:00.000000

Creates/Modifies tables for:
- table_{i}: generated table number {i} used to measure checking a long history

Rows are owned by an organisation (org_id) and optionally by a user (owner_id); reviewers and approvers are users
too. Source system and key identify the record in the upstream system it was imported from, so re-imports update
rows in place instead of duplicating them.
"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID


revision: str = "{rev}"
down_revision: Union[str, None] = {down}
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "table_{i}",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
        sa.Column("name", {name_type}, nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("owner_id", UUID(as_uuid=True), nullable=True),
        sa.Column("status", sa.Text(), nullable=False, server_default="active"),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("external_ref", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("category", sa.Text(), nullable=False, server_default="general"),
        sa.Column("priority", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviewer_id", UUID(as_uuid=True), nullable=True),
        sa.Column("approver_id", UUID(as_uuid=True), nullable=True),
        sa.Column("source_system", sa.Text(), nullable=True),
        sa.Column("source_key", sa.Text(), nullable=True),
        sa.Column("checksum", sa.Text(), nullable=True),
        sa.Column("attributes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_table_{i}_org_id_name", "table_{i}", ["org_id", "name"], unique=True)
    op.create_index("ix_table_{i}_owner_id", "table_{i}", ["owner_id"])
    op.create_foreign_key("fk_table_{i}_owner", "table_{i}", "users", ["owner_id"], ["id"], ondelete="SET NULL")
    op.create_foreign_key("fk_table_{i}_reviewer", "table_{i}", "users", ["reviewer_id"], ["id"], ondelete="SET NULL")
    op.create_foreign_key("fk_table_{i}_approver", "table_{i}", "users", ["approver_id"], ["id"], ondelete="SET NULL")
    op.create_index("ix_table_{i}_status", "table_{i}", ["org_id", "status"])
    op.create_index("ix_table_{i}_source", "table_{i}", ["source_system", "source_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_table_{i}_source", table_name="table_{i}")
    op.drop_index("ix_table_{i}_status", table_name="table_{i}")
    op.drop_constraint("fk_table_{i}_approver", "table_{i}", type_="foreignkey")
    op.drop_constraint("fk_table_{i}_reviewer", "table_{i}", type_="foreignkey")
    op.drop_constraint("fk_table_{i}_owner", "table_{i}", type_="foreignkey")
    op.drop_index("ix_table_{i}_owner_id", table_name="table_{i}")
    op.drop_index("ix_table_{i}_org_id_name", table_name="table_{i}")
    op.drop_table("table_{i}")
'''

for i in range(1, n + 1):
    rev = "%04d" % i if n < 10000 else "%05d" % i
    down = "None" if i == 1 else '"%s"' % ("%04d" % (i - 1) if n < 10000 else "%05d" % (i - 1))
    text = TEMPLATE.format(i=i, rev=rev, down=down, down_doc="" if i == 1 else down.strip('"'),
                           name_type="sa.String(255)" if i % 50 == 0 else "sa.Text()")
    if alter and i > 3 and i % 5 == 0:
        text = text.replace("\n\ndef downgrade", ALTER.format(i=i, j=i - 3) + "\n\ndef downgrade", 1)
    with open(os.path.join(versions, "%s_create_table_%d.py" % (rev, i)), "w") as f:
        f.write(text)
print("wrote %d revisions to %s" % (n, versions))
