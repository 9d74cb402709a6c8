"""Everything the conventions forbid, in sa.-qualified style."""
from alembic import op
import sqlalchemy as sa

revision = "f1"
down_revision = "e1"


def upgrade() -> None:
    op.create_table(
        "widgets",  # expect[missing-timestamps]
        sa.Column("id", sa.Integer(), primary_key=True),  # expect[non-uuid-primary-key]
        sa.Column("org_id", sa.Integer(), nullable=False),  # expect[org-id-type]
        sa.Column("name", sa.String(length=100)),  # expect[string-column]
        sa.Column("code", sa.VARCHAR(20)),  # expect[string-column]
        sa.Column("seen_at", sa.DateTime()),  # expect[naive-timestamp]
    )
    op.create_table(
        "gadgets",  # expect[missing-org-id]
        sa.Column("id", sa.BigInteger, primary_key=True),  # expect[non-uuid-primary-key]
        sa.Column("created_at", sa.DateTime),  # expect[naive-timestamp]
        sa.Column("updated_at", sa.DateTime(timezone=False)),  # expect[naive-timestamp]
    )
    op.add_column("users", sa.Column("nickname", sa.String(50)))  # expect[string-column]
    op.add_column("users", sa.Column("org_id", sa.Text()))  # expect[org-id-type]
    op.alter_column("users", "email", type_=sa.String(320))  # expect[string-column]


def downgrade() -> None:  # expect[empty-downgrade]
    pass
