"""The author is still typing create_table: no closing parenthesis yet."""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID

revision = "j1"
down_revision = "i1"


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("title", sa.String(200)),  # expect[string-column]
        sa.Column("body", sa.


def downgrade() -> None:
    op.drop_table("drafts")
