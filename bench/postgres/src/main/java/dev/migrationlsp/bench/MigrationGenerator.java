package dev.migrationlsp.bench;

/** A realistic large migration: many create_table calls with indexes, and the matching downgrade. */
final class MigrationGenerator {
    private MigrationGenerator() {
    }

    /**
     * One {@code create_table} of {@code columns} Text columns, as {@code bench/lsp/editing.sh} types into: a single call
     * whose arguments make up the whole file.
     */
    static String oneTable(int columns) {
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            cols.append("        sa.Column(\"col_").append(i).append("\", sa.Text(), nullable=True),\n");
        }
        return "from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade() -> None:\n"
                + "    op.create_table(\n        \"huge\",\n" + cols + "    )\n\n\ndef downgrade() -> None:\n"
                + "    op.drop_table(\"huge\")\n";
    }

    static String migration(int lines) {
        return migration(lines, false);
    }

    /** With {@code violating}, every table breaks the conventions (no org_id, String columns, naive timestamps). */
    static String migration(int lines, boolean violating) {
        String text = generate(lines);
        if (!violating) {
            return text;
        }
        return text.replace("        sa.Column(\"org_id\", sa.Text(), nullable=False, server_default=\"default\"),\n", "")
                .replace("sa.Text(), nullable=True", "sa.String(50), nullable=True")
                .replace("timezone=True", "")
                .replace("Revision ID: 0001", "Revision ID: 0002").replace("revision = \"0001\"", "revision = \"0002\"");
    }

    private static String generate(int lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("\"\"\"Big migration.\n\nRevision ID: 0001\nRevises:\nCreate Date: 2025-01-01 00:00:00\n\"\"\"\n")
                .append("from alembic import op\nimport sqlalchemy as sa\nfrom sqlalchemy.dialects.postgresql import UUID\n\n")
                .append("revision = \"0001\"\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n\n\n")
                .append("def upgrade() -> None:\n");
        int tables = 0;
        int count = 17;
        while (count < lines - 2 * (tables + 1) - 4 - 17) {
            sb.append("    op.create_table(\n        \"table_").append(tables).append("\",\n")
                    .append("        sa.Column(\"id\", UUID(as_uuid=True), primary_key=True),\n")
                    .append("        sa.Column(\"org_id\", sa.Text(), nullable=False, server_default=\"default\"),\n");
            for (int c = 0; c < 10; c++) {
                sb.append("        sa.Column(\"col_").append(c).append("\", sa.Text(), nullable=True),\n");
            }
            sb.append("        sa.Column(\"created_at\", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),\n")
                    .append("        sa.Column(\"updated_at\", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),\n")
                    .append("    )\n")
                    .append("    op.create_index(\"ix_table_").append(tables).append("_org\", \"table_").append(tables).append("\", [\"org_id\"])\n");
            count += 17;
            tables++;
        }
        sb.append("\n\ndef downgrade() -> None:\n");
        for (int t = tables - 1; t >= 0; t--) {
            sb.append("    op.drop_index(\"ix_table_").append(t).append("_org\", table_name=\"table_").append(t).append("\")\n")
                    .append("    op.drop_table(\"table_").append(t).append("\")\n");
        }
        return sb.toString();
    }
}
