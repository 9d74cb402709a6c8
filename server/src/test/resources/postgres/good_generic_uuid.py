"""SQLAlchemy 2.0 generic UUID types and keyword arguments."""
from alembic import op
import sqlalchemy as sa

revision = "c1"
down_revision = "b1"


def upgrade() -> None:
    op.create_table(
        "tokens",
        sa.Column(name="id", type_=sa.Uuid(), primary_key=True),
        sa.Column("org_id", sa.Text(), server_default=sa.text("'default'"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "token_uses",
        sa.Column("id", sa.UUID),
        sa.Column("org_id", sa.Text(), server_default="default"),
        sa.Column("created_at", sa.TIMESTAMP(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("id", name="pk_token_uses"),
        schema="auth",
    )


def downgrade() -> None:
    op.drop_table("token_uses", schema="auth")
    op.drop_table("tokens")
