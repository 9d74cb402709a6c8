"""Half-typed: the primary key and org_id are written, the rest of the table is not (yet)."""
from alembic import op
import sqlalchemy as sa

revision = "l1"
down_revision = "k1"


def upgrade():
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), primary_key=True),  # expect[non-uuid-primary-key]
        sa.Column("org_id", sa.Integer(), nullable=  # expect[org-id-type]


def downgrade():  # expect[empty-downgrade]
    pass
