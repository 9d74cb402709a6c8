"""Columns that cannot be known statically: say nothing about what is missing."""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from app.schema import COMMON_COLUMNS, audit_columns, MoneyType

revision = "e1"
down_revision = "d1"


def upgrade() -> None:
    op.create_table(
        "invoices",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        *COMMON_COLUMNS,
    )
    op.create_table(
        "payments",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        *audit_columns(),
        sa.Column("amount", MoneyType()),
    )
    op.create_table(
        "refunds",
        sa.Column("id", MoneyType(), primary_key=True),
        **{"schema": "billing"},
    )


def downgrade() -> None:
    op.drop_table("refunds")
    op.drop_table("payments")
    op.drop_table("invoices")
