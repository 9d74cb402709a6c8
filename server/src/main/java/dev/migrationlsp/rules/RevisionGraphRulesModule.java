package dev.migrationlsp.rules;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.migrationlsp.rules.graph.DuplicateRevisionRule;
import dev.migrationlsp.rules.graph.InvalidRevisionRule;
import dev.migrationlsp.rules.graph.MultipleHeadsRule;
import dev.migrationlsp.rules.graph.RevisionCycleRule;
import dev.migrationlsp.rules.graph.RevisionMismatchRule;
import dev.migrationlsp.rules.graph.UnknownDownRevisionRule;

/** The Alembic revision-graph rules. */
public final class RevisionGraphRulesModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), DocumentRule.class).addBinding().to(InvalidRevisionRule.class);
        Multibinder<WorkspaceRule> ws = Multibinder.newSetBinder(binder(), WorkspaceRule.class);
        ws.addBinding().to(MultipleHeadsRule.class);
        ws.addBinding().to(UnknownDownRevisionRule.class);
        ws.addBinding().to(DuplicateRevisionRule.class);
        ws.addBinding().to(RevisionCycleRule.class);
        ws.addBinding().to(RevisionMismatchRule.class);
    }
}
