package dev.migrationlsp.rules;

import dev.migrationlsp.rules.clickhouse.ClickHouseMissingOrgIdRule;
import dev.migrationlsp.rules.clickhouse.HeaderCommentRule;
import dev.migrationlsp.rules.clickhouse.MigrationNumberingRule;
import dev.migrationlsp.rules.clickhouse.MissingIfNotExistsRule;
import dev.migrationlsp.rules.clickhouse.MutableSourceInViewRule;
import dev.migrationlsp.rules.clickhouse.MutableTableEngineRule;
import dev.migrationlsp.rules.clickhouse.OrgIdNotInSortingKeyRule;
import dev.migrationlsp.rules.clickhouse.RollupCounterTypeRule;
import dev.migrationlsp.rules.clickhouse.RollupEngineRule;
import dev.migrationlsp.rules.clickhouse.RollupPartitionRule;
import dev.migrationlsp.rules.clickhouse.StatementSplitRule;
import dev.migrationlsp.rules.clickhouse.SyntaxErrorRule;
import dev.migrationlsp.rules.clickhouse.UnknownColumnRule;
import dev.migrationlsp.rules.clickhouse.UnknownTableRule;
import dev.migrationlsp.rules.graph.DuplicateRevisionRule;
import dev.migrationlsp.rules.graph.InvalidRevisionRule;
import dev.migrationlsp.rules.graph.MultipleHeadsRule;
import dev.migrationlsp.rules.graph.RevisionCycleRule;
import dev.migrationlsp.rules.graph.RevisionMismatchRule;
import dev.migrationlsp.rules.graph.UnknownDownRevisionRule;
import dev.migrationlsp.rules.postgres.ConstraintNotValidRule;
import dev.migrationlsp.rules.postgres.DropLosesDataRule;
import dev.migrationlsp.rules.postgres.EmptyDowngradeRule;
import dev.migrationlsp.rules.postgres.InvalidSourceRule;
import dev.migrationlsp.rules.postgres.MissingLockTimeoutRule;
import dev.migrationlsp.rules.postgres.MissingOrgIdRule;
import dev.migrationlsp.rules.postgres.MissingTimestampsRule;
import dev.migrationlsp.rules.postgres.NaiveTimestampRule;
import dev.migrationlsp.rules.postgres.NonConcurrentIndexRule;
import dev.migrationlsp.rules.postgres.NonUuidPrimaryKeyRule;
import dev.migrationlsp.rules.postgres.OrgIdTypeRule;
import dev.migrationlsp.rules.postgres.PostgresUnknownNameRule;
import dev.migrationlsp.rules.postgres.RenameBreaksCodeRule;
import dev.migrationlsp.rules.postgres.RequiredColumnWithoutDefaultRule;
import dev.migrationlsp.rules.postgres.SetNotNullRule;
import dev.migrationlsp.rules.postgres.StringColumnRule;
import dev.migrationlsp.rules.postgres.TableRewriteTypeChangeRule;
import dev.migrationlsp.rules.postgres.UniqueConstraintWithoutIndexRule;
import dev.migrationlsp.rules.postgres.VolatileDefaultRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule catalogue: every rule, by area, in one place. Each call builds fresh rule instances (plain constructors, no
 * container); a composition root calls {@link #all()} once and shares the result. A new rule is one line in its area's
 * method below.
 */
public record Rules(List<DocumentRule> documentRules, List<WorkspaceRule> workspaceRules) {
    public Rules {
        documentRules = List.copyOf(documentRules);
        workspaceRules = List.copyOf(workspaceRules);
    }

    /** Every rule: the revision graph's, then PostgreSQL's, then ClickHouse's. */
    public static Rules all() {
        return revisionGraph().and(postgres()).and(clickHouse());
    }

    /** The Alembic revision-graph rules. */
    public static Rules revisionGraph() {
        return new Rules(
                List.of(new InvalidRevisionRule()),
                List.of(
                        new MultipleHeadsRule(),
                        new UnknownDownRevisionRule(),
                        new DuplicateRevisionRule(),
                        new RevisionCycleRule(),
                        new RevisionMismatchRule()));
    }

    /**
     * PostgreSQL convention rules for Alembic migrations. They share the model cached on each document version
     * ({@link dev.migrationlsp.workspace.Document#migrationModel()}), so it is built once for all of them.
     */
    public static Rules postgres() {
        return new Rules(
                List.of(
                        new MissingOrgIdRule(),
                        new OrgIdTypeRule(),
                        new MissingTimestampsRule(),
                        new NaiveTimestampRule(),
                        new StringColumnRule(),
                        new NonUuidPrimaryKeyRule(),
                        new EmptyDowngradeRule(),
                        new InvalidSourceRule(),
                        // migration safety on the replayed schema (dev.migrationlsp.postgres.PgSchema)
                        new NonConcurrentIndexRule(),
                        new RequiredColumnWithoutDefaultRule(),
                        new VolatileDefaultRule(),
                        new TableRewriteTypeChangeRule(),
                        new SetNotNullRule(),
                        new ConstraintNotValidRule(),
                        new UniqueConstraintWithoutIndexRule(),
                        new RenameBreaksCodeRule(),
                        new DropLosesDataRule(),
                        new MissingLockTimeoutRule(),
                        new PostgresUnknownNameRule.Tables(),
                        new PostgresUnknownNameRule.Columns()),
                List.of());
    }

    /** ClickHouse migration rules. */
    public static Rules clickHouse() {
        return new Rules(
                List.of(
                        new SyntaxErrorRule(),
                        new StatementSplitRule(),
                        new MutableTableEngineRule(),
                        new RollupEngineRule(),
                        new RollupPartitionRule(),
                        new RollupCounterTypeRule(),
                        new MissingIfNotExistsRule(),
                        new ClickHouseMissingOrgIdRule(),
                        new OrgIdNotInSortingKeyRule(),
                        new MutableSourceInViewRule(),
                        new HeaderCommentRule(),
                        new UnknownTableRule(),
                        new UnknownColumnRule()),
                List.of(new MigrationNumberingRule()));
    }

    /** These rules followed by {@code more}'s. */
    public Rules and(Rules more) {
        List<DocumentRule> doc = new ArrayList<>(documentRules);
        doc.addAll(more.documentRules);
        List<WorkspaceRule> ws = new ArrayList<>(workspaceRules);
        ws.addAll(more.workspaceRules);
        return new Rules(doc, ws);
    }
}
