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
        if (!l.exists() || !l.table().shapeKnown()) {
            return Optional.empty();
        }
        for (var o : l.table().history()) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            if (o.file().equals(ctx.document().path())) {
                return Optional.of(l.table());
            }
        }
        return Optional.empty();
    }

    /** {@code org_id} is {@code text} with the default {@code 'default'} at the end of the history. */
    static boolean orgIdRight(PgTable t) {
        var orgId = t.column("org_id");
        return orgId.isPresent()
                && "text".equals(orgId.get().type().name())
                && "'default'".equals(orgId.get().serverDefault());
    }
}
