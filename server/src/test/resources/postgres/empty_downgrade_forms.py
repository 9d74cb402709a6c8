"""downgrade() that is only a docstring, and a data-plus-DDL execute."""
from alembic import op
import sqlalchemy as sa

revision = "i1"
down_revision = "h1"


def upgrade():
    op.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    op.create_index("ix_users_email_trgm", "users", ["email"], postgresql_using="gin")


def downgrade():  # expect[empty-downgrade]
    """Nothing to see."""
