"""Column types in constants, columns from helper functions."""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "b1"
down_revision = "a1"

_UUID = postgresql.UUID(as_uuid=True)
_TS = sa.DateTime(timezone=True)


def _created_at_column():
    return sa.Column("created_at", _TS, server_default=sa.func.now(), nullable=False)


def _timestamp_column(name):
    return sa.Column(name, _TS, server_default=sa.func.now(), nullable=False)


def _owner_columns():
    columns = [
        sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
        sa.Column("owner_id", _UUID, nullable=True),
    ]
    return columns


def upgrade() -> None:
    op.create_table(
        "projects",
        sa.Column("id", _UUID),
        *_owner_columns(),
        _created_at_column(),
        _timestamp_column("updated_at"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("projects") as batch_op:
        batch_op.add_column(sa.Column("archived_at", _TS, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("projects") as batch_op:
        batch_op.drop_column("archived_at")
    op.drop_table("projects")
