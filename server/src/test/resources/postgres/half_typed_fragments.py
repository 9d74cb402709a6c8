"""Fragments everywhere: an unfinished column, a stray operator, an unfinished def."""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID

revision = "k1"
down_revision = "j1"


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
        sa.Column("at", sa.DateTime()),  # expect[naive-timestamp]
        sa.Column(
        sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
    )
    op.add_column("notes", sa.Column("x", sa.String(10)  # expect[string-column]
    op.add_column("notes", +)


def downgrade() -> None:
