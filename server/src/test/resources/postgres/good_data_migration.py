"""Backfill display names: data only, nothing to undo."""
from alembic import op

revision = "d1"
down_revision = "c1"


def upgrade() -> None:
    op.execute("UPDATE users SET display_name = email WHERE display_name IS NULL")


def downgrade() -> None:
    pass
