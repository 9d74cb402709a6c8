package dev.migrationlsp.clickhouse;

import dev.migrationlsp.alembic.PythonTokenizer;
import dev.migrationlsp.workspace.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code .py} ClickHouse data migration, read statically (never executed): its module-level {@code upgrade} function,
 * and the SQL in its string literals, which is the best available guess at what it does to the schema.
 */
public final class DataMigration {
    private static final Document.Key<DataMigration> KEY = new Document.Key<>("clickhouse-data-migration");

    /** The module-level {@code def upgrade(...)}: where its name is, and how many parameters it declares. */
    public record UpgradeFunction(
            TextRange name, TextRange signature, int requiredParameters, int totalParameters, boolean variadic) {}

    private final UpgradeFunction upgrade;
    private final List<ClickHouseScript> sqlLiterals;

    private DataMigration(UpgradeFunction upgrade, List<ClickHouseScript> sqlLiterals) {
        this.upgrade = upgrade;
        this.sqlLiterals = List.copyOf(sqlLiterals);
    }

    public static DataMigration of(Document document) {
        return document.derived(KEY, READ);
    }

    /** A named class, not a lambda: on JDK 17 each lambda's first use costs `check` ~0.2 ms. */
    private static final java.util.function.Function<Document, DataMigration> READ =
            new java.util.function.Function<>() {
                @Override
                public DataMigration apply(Document d) {
                    return read(d.text().text());
                }
            };

    /** The module-level upgrade function, or null if the file has none. */
    public UpgradeFunction upgrade() {
        return upgrade;
    }

    /** String literals that look like DDL, parsed (their ranges refer to the literal's value, not the file). */
    public List<ClickHouseScript> sqlLiterals() {
        return sqlLiterals;
    }

    static DataMigration read(String src) {
        List<PythonTokenizer.Token> tokens = PythonTokenizer.tokenize(src);
        UpgradeFunction upgrade = null;
        List<ClickHouseScript> sql = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            PythonTokenizer.Token t = tokens.get(i);
            if (upgrade == null
                    && t.is(PythonTokenizer.Kind.NAME, "def")
                    && t.lineStart()
                    && !t.indented()
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).is(PythonTokenizer.Kind.NAME, "upgrade")) {
                upgrade = signature(tokens, i);
            }
            if (t.kind() == PythonTokenizer.Kind.STRING && t.value() != null && looksLikeDdl(t.value())) {
                sql.add(ClickHouseScript.parse(t.value()));
            }
        }
        return new DataMigration(upgrade, sql);
    }

    private static boolean looksLikeDdl(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        return u.contains("CREATE ") || u.contains("RENAME ") || u.contains("EXCHANGE ");
    }

    private static UpgradeFunction signature(List<PythonTokenizer.Token> tokens, int defIndex) {
        PythonTokenizer.Token name = tokens.get(defIndex + 1);
        int i = defIndex + 2;
        if (i >= tokens.size() || !tokens.get(i).is(PythonTokenizer.Kind.OP, "(")) {
            return new UpgradeFunction(
                    new TextRange(name.start(), name.end()),
                    new TextRange(tokens.get(defIndex).start(), name.end()),
                    0,
                    0,
                    false);
        }
        int depth = 0;
        int required = 0;
        int total = 0;
        boolean variadic = false;
        boolean keywordOnly = false;
        boolean paramHasDefault = false;
        boolean inParam = false;
        int end = name.end();
        for (; i < tokens.size(); i++) {
            PythonTokenizer.Token t = tokens.get(i);
            end = t.end();
            if (t.kind() == PythonTokenizer.Kind.OP
                    && (t.text().equals("(") || t.text().equals("[") || t.text().equals("{"))) {
                depth++;
                continue;
            }
            if (t.kind() == PythonTokenizer.Kind.OP
                    && (t.text().equals(")") || t.text().equals("]") || t.text().equals("}"))) {
                depth--;
                if (depth == 0) {
                    break;
                }
                continue;
            }
            if (depth != 1) {
                continue;
            }
            if (t.is(PythonTokenizer.Kind.OP, ",")) {
                if (inParam && !paramHasDefault && !keywordOnly) {
                    required++;
                }
                inParam = false;
                paramHasDefault = false;
            } else if (t.is(PythonTokenizer.Kind.OP, "*") || t.is(PythonTokenizer.Kind.OP, "**")) {
                variadic |= i + 1 < tokens.size()
                        && tokens.get(i + 1).kind() == PythonTokenizer.Kind.NAME
                        && t.text().equals("*");
                keywordOnly = true;
            } else if (t.is(PythonTokenizer.Kind.OP, "=")) {
                paramHasDefault = true;
            } else if (t.kind() == PythonTokenizer.Kind.NAME && !inParam) {
                inParam = true;
                total++;
            }
        }
        if (inParam && !paramHasDefault && !keywordOnly) {
            required++;
        }
        return new UpgradeFunction(
                new TextRange(name.start(), name.end()),
                new TextRange(tokens.get(defIndex).start(), end),
                required,
                total,
                variadic);
    }
}
