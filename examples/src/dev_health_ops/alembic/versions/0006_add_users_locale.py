"""Add users.locale.

Revision ID: 0006
Revises: 0004
Create Date: 2025-04-11 11:45:31.901223

Creates/Modifies tables for:
- users: preferred locale
"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0006"
down_revision: Union[str, None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("users", sa.Column("locale", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "locale")
