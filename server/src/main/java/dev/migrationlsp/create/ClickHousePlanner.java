package dev.migrationlsp.create;

import static dev.migrationlsp.create.Plans.fileNames;
import static dev.migrationlsp.create.Plans.overrideDirectory;
import static dev.migrationlsp.create.Plans.sentence;
import static dev.migrationlsp.create.Plans.toPlan;

import dev.migrationlsp.clickhouse.Lexer;
import dev.migrationlsp.clickhouse.MigrationRunner;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans ClickHouse migrations: the next number (one more than the highest prefix in use, width kept, {@code 023b}
 * understood), the file name, and the content of the kind's template, checked against the runner's split rules.
 */
final class ClickHousePlanner {
    /** ClickHouse file numbers: {@code 023_x.sql}, and suffixed ones like {@code 023b_y.sql}. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d+)([A-Za-z]*)_");

    private final TemplateRenderer templates;

    ClickHousePlanner(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** The next numbered file of the requested kind. */
    PlanResult plan(WorkspaceSnapshot ws, CreateRequest request) throws CreateException {
        Path dir = ws.config()
                .clickhouseMigrations()
                .orElseThrow(() -> new CreateException(
                        "no ClickHouse migrations directory found (set clickhouse-migrations in the configuration)"));
        String description = Names.description(request.description());
        Optional<String> table = request.table().isPresent()
                ? Optional.of(Names.table(request.table().get()))
                : Optional.empty();
        ClickHouseKind kind = request.kind().isPresent()
                ? ClickHouseKind.parse(request.kind().get())
                        .orElseThrow(() -> new CreateException("kind "
                                + request.kind().get() + " is not a ClickHouse kind (" + ClickHouseKind.ids() + ")"))
                : ClickHouseKind.TABLE;
        if (request.source().isPresent() && kind != ClickHouseKind.ROLLUP) {
            throw new CreateException("a source table applies to kind rollup only");
        }
        if (kind != ClickHouseKind.DATA && table.isEmpty()) {
            throw new CreateException("kind " + kind.id() + " needs a table name (--table NAME)");
        }
        ClickHouseTables known = ClickHouseTables.of(ws);

        // numbering: one more than the highest prefix in use, width kept; 023b counts as 023
        long max = -1;
        int width = 3;
        for (String name : fileNames(ws, dir, ws.clickhouseFiles().navigableKeySet())) {
            Matcher m = NUMBER_PREFIX.matcher(name);
            if (m.find() && m.group(1).length() < 19) {
                max = Math.max(max, Long.parseLong(m.group(1)));
                width = Math.max(width, m.group(1).length());
            }
        }
        String number = String.format(Locale.ROOT, "%0" + width + "d", max + 1);
        String fileName = number + "_" + Names.slug(description, Names.CLICKHOUSE_SLUG_LENGTH) + kind.extension();

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("fileName", fileName);
        model.put("number", number);
        model.put(
                "description",
                kind == ClickHouseKind.DATA
                        ? Names.pythonDocstringText(description)
                        : Names.sqlCommentText(sentence(description)));
        table.ifPresent(t -> model.put("table", t));
        switch (kind) {
            case TABLE -> {
                Optional<ClickHouseTables.Table> existing = known.table(table.get());
                if (existing.isPresent()) {
                    throw new CreateException("table " + table.get() + " already exists (created in "
                            + existing.get().file() + ")");
                }
                model.put("versionColumn", "updated_at");
            }
            case ROLLUP -> rollupModel(known, request, table.get(), model);
            case ALTER -> {
                ClickHouseTables.Table t = known.table(table.get())
                        .orElseThrow(() -> new CreateException(
                                "table " + table.get() + " is not created by any earlier migration"));
                if (t.engine().equals("View")) {
                    throw new CreateException(table.get() + " is a view, not a table");
                }
                model.put("mutable", t.mutable());
            }
            case DATA -> {}
        }
        String content = templates.render(overrideDirectory(ws), kind.template(), model);
        if (kind != ClickHouseKind.DATA) {
            checkRunnerSplit(content, kind.template());
        }
        return toPlan(
                ws,
                Target.CLICKHOUSE,
                dir,
                fileName,
                content,
                Optional.empty(),
                List.of(),
                Optional.of(number),
                kind.template());
    }

    private static void rollupModel(
            ClickHouseTables known, CreateRequest request, String table, Map<String, Object> model)
            throws CreateException {
        if (known.table(table).isPresent()) {
            throw new CreateException("table " + table + " already exists (created in "
                    + known.table(table).get().file() + ")");
        }
        String view = table + "_mv";
        if (view.length() > Names.MAX_IDENTIFIER) {
            throw new CreateException("rollup name " + table + " is too long for its view name " + view);
        }
        if (known.table(view).isPresent()) {
            throw new CreateException("view " + view + " already exists (created in "
                    + known.table(view).get().file() + ")");
        }
        String sourceName;
        if (request.source().isPresent()) {
            sourceName = Names.table(request.source().get());
        } else {
            Matcher m =
                    Pattern.compile("^(\\w+?)_(daily|rollup|by_day|per_day)$").matcher(table);
            if (!m.matches()) {
                throw new CreateException("cannot tell which table rollup " + table
                        + " reads; name it <source>_daily or give the source table (--source TABLE)");
            }
            sourceName = m.group(1);
        }
        ClickHouseTables.Table source = known.table(sourceName)
                .orElseThrow(() -> new CreateException("source table " + sourceName
                        + " is not created by any migration (give it with --source TABLE)"));
        if (source.mutable()) {
            throw new CreateException("source table " + sourceName + " is mutable (" + source.engine()
                    + "): only immutable data is safe to materialize");
        }
        if (!source.hasColumn("org_id")) {
            throw new CreateException("source table " + sourceName + " has no org_id column to group the rollup by");
        }
        String timeColumn = source.columns().stream()
                .filter(c -> c.dateLike() && !c.nullable())
                .map(ClickHouseTables.Column::name)
                .findFirst()
                .orElseThrow(() -> new CreateException("source table " + sourceName
                        + " has no non-nullable Date/DateTime column to derive the day from"));
        model.put("view", view);
        model.put("source", sourceName);
        model.put("timeColumn", timeColumn);
        model.put("counter", sourceName.equals(table) || source.hasColumn(sourceName) ? "events" : sourceName);
    }

    /**
     * The ClickHouse runner strips {@code --} comments and then splits on every {@code ;}: a {@code ;} in a comment,
     * a string or a block comment breaks the file. Templates are user-editable, so check what they produced.
     */
    static void checkRunnerSplit(String sql, String template) throws CreateException {
        List<MigrationRunner.Hazard> hazards = MigrationRunner.hazards(sql, Lexer.lex(sql));
        if (!hazards.isEmpty()) {
            MigrationRunner.Hazard h = hazards.get(0);
            long line = 1
                    + sql.substring(0, h.range().start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            throw new CreateException(
                    "template " + template + " produced " + h.kind().message() + " (line " + line + ")");
        }
    }
}
