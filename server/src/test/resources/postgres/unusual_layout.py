"""Hand-formatted calls: arguments at the statement's indentation, closing parenthesis at column 0."""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID

_UUID = UUID(
as_uuid=True,
)


def upgrade():
    op.create_table("hand_made",  # expect[missing-timestamps]
    sa.Column("id", _UUID, primary_key=True),
    sa.Column("org_id", sa.Text(), server_default="default"),
    sa.Column("label", sa.String(  # expect[string-column]
        20)),
    )
    op.add_column("hand_made", sa.Column("a", sa.Text())); op.add_column("hand_made", sa.Column("b", sa.DateTime()))  # expect[naive-timestamp]


def downgrade():
    op.drop_column("hand_made", "b"); op.drop_column("hand_made", "a")
    op.drop_table("hand_made")
