"""Wrong types held in constants and helpers are flagged once, where they are written."""
from alembic import op
import sqlalchemy as sa

revision = "h1"
down_revision = "g1"

_TS = sa.DateTime()  # expect[naive-timestamp]
_ID = sa.Integer()  # expect[non-uuid-primary-key]


def _timestamps():
    return [
        sa.Column("created_at", _TS),
        sa.Column("updated_at", _TS),
    ]


def _name_column(length):
    return sa.Column("name", sa.String(length))  # expect[string-column]


def _create_audit_table():
    op.create_table(
        "audit",  # expect[missing-org-id]
        sa.Column("id", _ID),
        _name_column(40),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id"),
    )


def upgrade() -> None:
    _create_audit_table()


def downgrade() -> None:
    op.drop_table("audit")
