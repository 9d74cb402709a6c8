package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.rules.WorkspaceFact;
import dev.migrationlsp.workspace.FileKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Base of the PostgreSQL convention rules: they read the cached {@link MigrationModel} of an Alembic revision. */
abstract class AlembicRule implements DocumentRule {
    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.ALEMBIC;
    }

    /** What a rule that reads the replayed history (not only its own file) declares. */
    static final Set<WorkspaceFact> HISTORY =
            java.util.EnumSet.of(WorkspaceFact.REVISION_GRAPH, WorkspaceFact.ALEMBIC_OPERATIONS);

    /** The model of the file itself is all a convention rule reads; history-aware rules override with {@link #HISTORY}. */
    @Override
    public Set<WorkspaceFact> reads() {
        return Set.of();
    }

    /**
     * One finding per place: a construct shared through a module constant or a helper (a column type, a whole
     * {@code Column(...)}) is reported once, where it is written and where its fix applies, like ruff reports one
     * diagnostic per location however often the code runs.
     */
    @Override
    public final List<Finding> check(DocumentContext ctx) {
        List<Finding> found = check(ctx, ctx.document().migrationModel());
        if (found.size() < 2) {
            return found;
        }
        Set<Long> places = new HashSet<>();
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            if (places.add(((long) f.span().startOffset() << 32) | (f.span().endOffset() & 0xffffffffL))) {
                out.add(f);
            }
        }
        return out;
    }

    abstract List<Finding> check(DocumentContext ctx, MigrationModel model);
}
