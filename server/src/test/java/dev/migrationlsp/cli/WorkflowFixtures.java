package dev.migrationlsp.cli;

/** Small Alembic and ClickHouse sources for the workflow tests. */
final class WorkflowFixtures {
    private WorkflowFixtures() {}

    /** A revision header; {@code down} null for a base. */
    static String rev(String id, String down) {
        return CliTest.rev(id, down, null);
    }

    /** An upgrade() creating {@code table} with every convention except {@code nameType} for its name column. */
    static String createTable(String table, String nameType) {
        return """

                from alembic import op
                import sqlalchemy as sa
                from sqlalchemy.dialects import postgresql


                def upgrade() -> None:
                    op.create_table(
                        "%s",
                        sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True),
                        sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                        sa.Column("name", %s, nullable=False),
                        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
                        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
                    )


                def downgrade() -> None:
                    op.drop_table("%s")
                """.formatted(table, nameType, table);
    }
}
