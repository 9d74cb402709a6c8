package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.FileKind;
import java.util.List;

/** Base of the PostgreSQL convention rules: they read the cached {@link MigrationModel} of an Alembic revision. */
abstract class AlembicRule implements DocumentRule {
    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.ALEMBIC;
    }

    @Override
    public final List<Finding> check(DocumentContext ctx) {
        return check(ctx, ctx.document().migrationModel());
    }

    abstract List<Finding> check(DocumentContext ctx, MigrationModel model);
}
