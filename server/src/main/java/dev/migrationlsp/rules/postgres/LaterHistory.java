package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.postgres.PgSchema;
import dev.migrationlsp.postgres.PgTable;
import dev.migrationlsp.rules.DocumentContext;
import java.util.Optional;

/**
 * The conventions judge a table as its history leaves it: a {@code create_table} whose table a later revision fixes
 * (adds {@code org_id}, the timestamps, corrects {@code org_id}'s type) is not reported.
 */
final class LaterHistory {
    private LaterHistory() {}

    /**
     * The table as every revision leaves it (following renames), when this document helped shape it and nothing unknown
     * touched it; empty otherwise (then the rules judge the migration alone, as before).
     */
    static Optional<PgTable> atEnd(DocumentContext ctx, String table) {
        if (table == null || ctx.workspace() == null) {
            return Optional.empty();
        }
        PgSchema.Lookup l = PgSchema.of(ctx.workspace(), ctx.document().path()).tableAtEnd(table);
        if (!l.exists()
                || !l.table().shapeKnown()
                || l.table().history().stream()
                        .noneMatch(o -> o.file().equals(ctx.document().path()))) {
            return Optional.empty();
        }
        return Optional.of(l.table());
    }

    /** {@code org_id} is {@code text} with the default {@code 'default'} at the end of the history. */
    static boolean orgIdRight(PgTable t) {
        return t.column("org_id")
                .map(c -> "text".equals(c.type().name()) && "'default'".equals(c.serverDefault()))
                .orElse(false);
    }
}
