"""Bare imports: from sqlalchemy import Column, String, ..."""
from alembic import op
from sqlalchemy import Column, DateTime, Integer, String, Text
from sqlalchemy.dialects.postgresql import UUID

revision = "g1"
down_revision = "f1"


def upgrade() -> None:
    op.create_table(
        "labels",  # expect[missing-org-id, missing-timestamps]
        Column("id", Integer, primary_key=True),  # expect[non-uuid-primary-key]
        Column("title", String(100), nullable=False),  # expect[string-column]
        Column("seen", DateTime),  # expect[naive-timestamp]
        Column("ref", UUID()),
    )
    op.create_table("tags", Column("id", UUID(), primary_key=True))  # expect[missing-org-id, missing-timestamps, non-uuid-primary-key]


def downgrade() -> None:
    op.drop_table("tags")
    op.drop_table("labels")
