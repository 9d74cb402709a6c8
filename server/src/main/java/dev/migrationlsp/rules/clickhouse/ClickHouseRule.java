package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.FileKind;
import java.util.List;

/**
 * Base of the ClickHouse rules that read one {@code .sql} migration (as {@code AlembicRule} is for PostgreSQL): a rule
 * gives its code and looks at each parsed statement ({@link #checkStatement}) or at the whole file ({@link #checkFile}),
 * reporting through the {@link ClickHouseFile} it is handed.
 */
abstract class ClickHouseRule implements DocumentRule {
    private final RuleCode code;

    ClickHouseRule(RuleCode code) {
        this.code = code;
    }

    @Override
    public final RuleCode code() {
        return code;
    }

    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.CLICKHOUSE_SQL;
    }

    @Override
    public final List<Finding> check(DocumentContext ctx) {
        ClickHouseFile file = new ClickHouseFile(ctx, code);
        checkFile(file);
        return file.findings();
    }

    /** Looks at the file; by default at each statement in order. */
    void checkFile(ClickHouseFile file) {
        List<Statement> statements = file.script().statements();
        for (int i = 0; i < statements.size(); i++) {
            checkStatement(file, i, statements.get(i));
        }
    }

    /** Looks at statement {@code index} of the file. */
    void checkStatement(ClickHouseFile file, int index, Statement statement) {}
}
