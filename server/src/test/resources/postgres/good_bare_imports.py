"""Bare imports from sqlalchemy."""
from alembic import op
from sqlalchemy import Column, DateTime, Text, func
from sqlalchemy.dialects.postgresql import UUID

revision = "a1b2c3d4e5f6"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "teams",
        Column("id", UUID(as_uuid=True), primary_key=True),
        Column("org_id", Text(), nullable=False, server_default="default"),
        Column("name", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), server_default=func.now()),
        Column("updated_at", DateTime(True), server_default=func.now()),
    )


def downgrade() -> None:
    op.drop_table("teams")
