package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.rules.WorkspaceFact;
import dev.migrationlsp.workspace.FileKind;
import java.util.List;
import java.util.Set;

/** Base of the PostgreSQL convention rules: they read the cached {@link MigrationModel} of an Alembic revision. */
abstract class AlembicRule implements DocumentRule {
    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.ALEMBIC;
    }

    /** The model of the file itself is all these rules read. */
    @Override
    public Set<WorkspaceFact> reads() {
        return Set.of();
    }

    @Override
    public final List<Finding> check(DocumentContext ctx) {
        return check(ctx, ctx.document().migrationModel());
    }

    abstract List<Finding> check(DocumentContext ctx, MigrationModel model);
}
