package dev.migrationlsp.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/** Walks a parse result by reflection over its records and checks every range lies inside the text, in order. */
final class RangeChecks {
    private RangeChecks() {}

    static void assertRangesInside(ClickHouseScript script) {
        int length = script.text().length();
        int previousEnd = 0;
        for (Statement s : script.statements()) {
            assertThat(s.range().start()).as("statements in order").isGreaterThanOrEqualTo(previousEnd);
            previousEnd = s.range().end();
            walk(s, s.range(), length);
            for (QualifiedName q : s instanceof Statement.CreateView v
                    ? v.select().facts().sources()
                    : java.util.List.<QualifiedName>of()) {
                inside(q.range(), s.range(), length);
            }
        }
        for (Token t : script.tokens()) {
            assertThat(t.start()).isBetween(0, length);
            assertThat(t.end()).isBetween(t.start(), length);
        }
    }

    private static void walk(Object node, TextRange statement, int length) {
        if (node == null) {
            return;
        }
        if (node instanceof TextRange r) {
            inside(r, statement, length);
            return;
        }
        if (node instanceof Collection<?> c) {
            c.forEach(x -> walk(x, statement, length));
            return;
        }
        if (node instanceof Object[] arr) {
            for (Object x : arr) {
                walk(x, statement, length);
            }
            return;
        }
        if (!node.getClass().isRecord()) {
            return;
        }
        for (RecordComponent rc : node.getClass().getRecordComponents()) {
            try {
                walk(rc.getAccessor().invoke(node), statement, length);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static void inside(TextRange r, TextRange statement, int length) {
        assertThat(r.start()).as("range start").isBetween(0, length);
        assertThat(r.end()).as("range end").isBetween(r.start(), length);
        // a syntax error at the end of a statement may sit at its end; everything else is within the statement
        assertThat(r.start())
                .as("range within its statement")
                .isBetween(
                        statement.start(), Math.max(statement.end(), r.start() == r.end() ? r.end() : statement.end()));
    }
}
