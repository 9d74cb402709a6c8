package dev.migrationlsp.insight;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.clickhouse.Token;
import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.insight.Insight.Completion;
import dev.migrationlsp.insight.Insight.CompletionKind;
import dev.migrationlsp.insight.Insight.Hover;
import dev.migrationlsp.insight.Insight.Lens;
import dev.migrationlsp.insight.Insight.Symbol;
import dev.migrationlsp.insight.Insight.SymbolKind;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Navigation over ClickHouse migrations: every table name written in a statement is indexed with its role, and the
 * schema is replayed in runner order (create, then ALTER column changes) for hovers and completion.
 */
public final class ClickHouseNavigation implements NavigationParticipant {

    public enum Role {
        CREATE,
        ALTER,
        READ,
        WRITE,
        DROP,
        RENAME
    }

    @Override
    public java.util.Set<FileKind> kinds() {
        return java.util.Set.of(FileKind.CLICKHOUSE_SQL, FileKind.CLICKHOUSE_PY);
    }

    /** A table name written in a migration: which statement, where, and what the statement does to it. */
    public record TableRef(String table, Path file, int start, int end, Role role, Statement statement) {}

    /** A table after the last migration, from the replayed {@link ClickHouseSchema}, with where it was created. */
    private record ReplayedTable(
            String name,
            Optional<TableRef> created,
            String kind,
            String engine,
            Map<String, String> columns,
            List<Path> alteredIn) {}

    private record Index(List<TableRef> refs) {}

    private static final Document.Key<Index> INDEX = new Document.Key<>("clickhouse-navigation-index");

    private static Index index(WorkspaceSnapshot ws) {
        return ws.derived(INDEX, ClickHouseNavigation::build);
    }

    private static Index build(WorkspaceSnapshot ws) {
        List<TableRef> refs = new ArrayList<>();
        for (Document d : ws.clickhouseFiles().values()) {
            if (d.kind() != FileKind.CLICKHOUSE_SQL) {
                continue;
            }
            for (Statement s : ClickHouseScript.of(d).statements()) {
                refs.addAll(refsOf(d.path(), s));
            }
        }
        return new Index(List.copyOf(refs));
    }

    private static Optional<ReplayedTable> table(WorkspaceSnapshot ws, String name) {
        ClickHouseSchema schema = ClickHouseSchema.of(ws);
        return schema.table(name).map(t -> {
            String kind;
            String engine = "";
            if (t.definition() instanceof Statement.CreateTable ct) {
                kind = "table";
                engine = ct.engine() == null ? "" : ct.engine().name();
            } else if (t.definition() instanceof Statement.CreateView v) {
                kind = v.materialized() ? "materialized view" + (v.to() != null ? " → " + v.to().name() : "") : "view";
                engine = v.engine() == null ? "" : v.engine().name();
            } else if (t.definition() instanceof Statement.CreateDictionary) {
                kind = "dictionary";
            } else {
                kind = "table (created by a data migration)";
            }
            // the CREATE written in the file the schema names (the last one there, as the replay keeps the last)
            Optional<TableRef> created = index(ws).refs().stream()
                    .filter(r -> r.role() == Role.CREATE
                            && r.table().equals(name)
                            && r.file().equals(t.file()))
                    .reduce((first, second) -> second);
            return new ReplayedTable(name, created, kind, engine, schema.columns(name), schema.alteredIn(name));
        });
    }

    private static List<TableRef> refsOf(Path file, Statement s) {
        List<TableRef> out = new ArrayList<>();
        if (s instanceof Statement.CreateTable ct) {
            add(out, file, ct.name(), Role.CREATE, s);
            add(out, file, ct.asTable(), Role.READ, s);
            if (ct.asSelect() != null) {
                ct.asSelect().facts().sources().forEach(q -> add(out, file, q, Role.READ, s));
            }
        } else if (s instanceof Statement.CreateView v) {
            add(out, file, v.name(), Role.CREATE, s);
            add(out, file, v.to(), Role.WRITE, s);
            if (v.select() != null) {
                v.select().facts().sources().forEach(q -> add(out, file, q, Role.READ, s));
            }
        } else if (s instanceof Statement.CreateDictionary cd) {
            add(out, file, cd.name(), Role.CREATE, s);
        } else if (s instanceof Statement.AlterTable a) {
            add(out, file, a.table(), Role.ALTER, s);
        } else if (s instanceof Statement.Drop dr) {
            add(out, file, dr.name(), Role.DROP, s);
        } else if (s instanceof Statement.Rename r) {
            r.pairs().forEach(p -> {
                add(out, file, p[0], Role.RENAME, s);
                add(out, file, p[1], Role.CREATE, s);
            });
        } else if (s instanceof Statement.Exchange e) {
            add(out, file, e.first(), Role.RENAME, s);
            add(out, file, e.second(), Role.RENAME, s);
        } else if (s instanceof Statement.Truncate t) {
            add(out, file, t.table(), Role.WRITE, s);
        } else if (s instanceof Statement.Insert i) {
            add(out, file, i.table(), Role.WRITE, s);
            if (i.select() != null) {
                i.select().facts().sources().forEach(q -> add(out, file, q, Role.READ, s));
            }
        } else if (s instanceof Statement.Optimize o) {
            add(out, file, o.table(), Role.WRITE, s);
        } else if (s instanceof Statement.Query q && q.select() != null) {
            q.select().facts().sources().forEach(n -> add(out, file, n, Role.READ, s));
        }
        return out;
    }

    private static void add(List<TableRef> out, Path file, QualifiedName n, Role role, Statement s) {
        if (n != null && n.name() != null && !n.name().isEmpty() && n.range() != null) {
            out.add(new TableRef(n.name(), file, n.range().start(), n.range().end(), role, s));
        }
    }

    private static Optional<TableRef> refAt(WorkspaceSnapshot ws, Path file, int offset) {
        Path f = file.toAbsolutePath().normalize();
        return index(ws).refs().stream()
                .filter(r -> r.file().equals(f) && offset >= r.start() && offset <= r.end())
                .findFirst();
    }

    public Optional<Hover> hover(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<TableRef> ref = refAt(ws, file, offset);
        Optional<Document> doc = ws.document(file);
        if (ref.isEmpty() || doc.isEmpty()) {
            return Optional.empty();
        }
        Optional<ReplayedTable> table = table(ws, ref.get().table());
        var span = doc.get().text().span(ref.get().start(), ref.get().end());
        if (table.isEmpty()) {
            return Optional.of(new Hover(
                    "**" + ref.get().table() + "**: no migration creates this table (or it was dropped)", span));
        }
        ReplayedTable t = table.get();
        StringBuilder md =
                new StringBuilder("**").append(t.name()).append("** — ").append(t.kind());
        if (!t.engine().isEmpty()) {
            md.append(" · ENGINE ").append(t.engine());
        }
        t.created()
                .ifPresent(c -> md.append("\n\nCreated in `")
                        .append(ws.relative(c.file()))
                        .append('`'));
        if (!t.alteredIn().isEmpty()) {
            md.append("\n\nAltered in ")
                    .append(String.join(
                            ", ",
                            t.alteredIn().stream()
                                    .map(p -> "`" + p.getFileName() + "`")
                                    .distinct()
                                    .toList()));
        }
        if (!t.columns().isEmpty()) {
            md.append("\n\n| column | type |\n|---|---|\n");
            t.columns()
                    .forEach((c, ty) -> md.append("| ")
                            .append(c)
                            .append(" | ")
                            .append(ty.replace("|", "\\|"))
                            .append(" |\n"));
        }
        return Optional.of(new Hover(md.toString().strip(), span));
    }

    public List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<TableRef> ref = refAt(ws, file, offset);
        if (ref.isEmpty()) {
            return List.of();
        }
        Optional<TableRef> created = table(ws, ref.get().table())
                .flatMap(ReplayedTable::created)
                .or(() -> index(ws).refs().stream()
                        .filter(r -> r.table().equals(ref.get().table()) && r.role() == Role.CREATE)
                        .findFirst());
        return created.map(c -> List.of(location(ws, c))).orElse(List.of());
    }

    public List<FileLocation> references(WorkspaceSnapshot ws, Path file, int offset, boolean includeDeclaration) {
        Optional<TableRef> ref = refAt(ws, file, offset);
        if (ref.isEmpty()) {
            return List.of();
        }
        return index(ws).refs().stream()
                .filter(r -> r.table().equals(ref.get().table()))
                .filter(r -> includeDeclaration || r.role() != Role.CREATE)
                .map(r -> location(ws, r))
                .toList();
    }

    /** "applies after NNN_x.sql" on the first line: the runner's order, which file names alone do not make obvious. */
    public List<Lens> codeLenses(WorkspaceSnapshot ws, Path file) {
        Path f = file.toAbsolutePath().normalize();
        Optional<Document> doc =
                ws.document(f).filter(d -> d.kind() == FileKind.CLICKHOUSE_SQL || d.kind() == FileKind.CLICKHOUSE_PY);
        if (doc.isEmpty()) {
            return List.of();
        }
        Path previous = ws.clickhouseFiles().lowerKey(f);
        String title = previous == null ? "first ClickHouse migration" : "applies after " + previous.getFileName();
        List<FileLocation> target =
                previous == null ? List.of() : List.of(new FileLocation(previous, new SourceText("").span(0, 0)));
        return List.of(new Lens(doc.get().text().span(0, 0), title, target));
    }

    public List<Symbol> documentSymbols(WorkspaceSnapshot ws, Path file) {
        Path f = file.toAbsolutePath().normalize();
        List<Symbol> out = new ArrayList<>();
        for (TableRef r : index(ws).refs()) {
            if (!r.file().equals(f) || (r.role() != Role.CREATE && r.role() != Role.ALTER)) {
                continue;
            }
            boolean view = r.statement() instanceof Statement.CreateView;
            out.add(new Symbol(
                    (r.role() == Role.ALTER ? "alter " : "") + r.table(),
                    r.role() == Role.ALTER ? "ALTER TABLE" : view ? "view" : "table",
                    view ? SymbolKind.VIEW : SymbolKind.TABLE,
                    location(ws, r)));
        }
        return out;
    }

    public List<Symbol> workspaceSymbols(WorkspaceSnapshot ws, String query) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<Symbol> out = new ArrayList<>();
        for (String name : ClickHouseSchema.of(ws).current().keySet()) {
            if (!q.isEmpty() && !name.toLowerCase(Locale.ROOT).contains(q)) {
                continue;
            }
            table(ws, name)
                    .ifPresent(t -> t.created()
                            .ifPresent(c -> out.add(new Symbol(
                                    t.name(),
                                    t.kind(),
                                    t.kind().contains("view") ? SymbolKind.VIEW : SymbolKind.TABLE,
                                    location(ws, c)))));
        }
        return out;
    }

    private static final List<String> ENGINES = List.of(
            "ReplacingMergeTree",
            "AggregatingMergeTree",
            "MergeTree",
            "SummingMergeTree",
            "CollapsingMergeTree",
            "VersionedCollapsingMergeTree",
            "ReplicatedReplacingMergeTree",
            "ReplicatedMergeTree",
            "Memory",
            "Log",
            "Distributed",
            "Null",
            "Join",
            "Dictionary");
    private static final List<String> TYPES = List.of(
            "String",
            "LowCardinality(String)",
            "UUID",
            "UInt8",
            "UInt16",
            "UInt32",
            "UInt64",
            "Int32",
            "Int64",
            "Float64",
            "Decimal(18, 2)",
            "Bool",
            "Date",
            "DateTime",
            "DateTime64(3, 'UTC')",
            "Nullable(String)",
            "Array(String)",
            "Map(String, String)",
            "Enum8('a' = 1)",
            "FixedString(40)",
            "SimpleAggregateFunction(sum, UInt64)",
            "AggregateFunction(uniq, UUID)",
            "JSON");

    /**
     * Context from the tokens before the cursor: an engine after {@code ENGINE [=]}; a table after FROM, JOIN, TO, INTO,
     * TABLE; a column of the altered table after AFTER or COLUMN in ALTER TABLE; a type after a column name inside a
     * CREATE TABLE column list.
     */
    public List<Completion> complete(WorkspaceSnapshot ws, Path file, int offset) {
        Optional<Document> doc = ws.document(file).filter(d -> d.kind() == FileKind.CLICKHOUSE_SQL);
        if (doc.isEmpty()) {
            return List.of();
        }
        SourceText t = doc.get().text();
        int s = offset;
        while (s > 0
                && (Character.isLetterOrDigit(t.text().charAt(s - 1))
                        || t.text().charAt(s - 1) == '_')) {
            s--;
        }
        int wordStart = s;
        var replace = t.span(wordStart, offset);
        List<Token> before = ClickHouseScript.of(doc.get()).tokens().stream()
                .filter(k -> k.kind() != Token.Kind.EOF && k.end() <= wordStart)
                .toList();
        if (before.isEmpty()) {
            return List.of();
        }
        Token last = before.get(before.size() - 1);
        Token prev = before.size() > 1 ? before.get(before.size() - 2) : null;
        if (last.is("ENGINE") || (last.isOp("=") && prev != null && prev.is("ENGINE"))) {
            return items(
                    ENGINES, CompletionKind.ENGINE, replace, "engine", e -> e + (e.contains("MergeTree") ? "()" : ""));
        }
        ClickHouseSchema schema = ClickHouseSchema.of(ws);
        if (last.is("FROM")
                || last.is("JOIN")
                || last.is("TO")
                || last.is("INTO")
                || last.is("TABLE")
                || last.is("EXISTS")) {
            List<Completion> out = new ArrayList<>();
            int i = 0;
            for (String name : schema.current().keySet()) {
                Optional<ReplayedTable> rt = table(ws, name);
                String detail = rt.map(x -> x.kind() + (x.engine().isEmpty() ? "" : " · " + x.engine()))
                        .orElse("");
                out.add(new Completion(name, detail, name, CompletionKind.TABLE, replace, String.format("%05d", i++)));
            }
            return out;
        }
        // ALTER TABLE t ... AFTER <col> | DROP/MODIFY/RENAME/COMMENT COLUMN <col>
        int alter = -1;
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).isOp(";")) {
                break;
            }
            if (before.get(i).is("ALTER")) {
                alter = i;
                break;
            }
        }
        boolean columnSlot = last.is("AFTER")
                || (last.is("COLUMN") && prev != null && !prev.is("ADD"))
                || (last.is("EXISTS") && prev != null && prev.is("IF"));
        if (alter >= 0
                && columnSlot
                && alter + 2 < before.size()
                && before.get(alter + 1).is("TABLE")) {
            Map<String, String> columns = schema.columns(before.get(alter + 2).name());
            if (!columns.isEmpty()) {
                List<Completion> out = new ArrayList<>();
                int i = 0;
                for (var c : columns.entrySet()) {
                    out.add(new Completion(
                            c.getKey(),
                            c.getValue(),
                            c.getKey(),
                            CompletionKind.COLUMN,
                            replace,
                            String.format("%05d", i++)));
                }
                return out;
            }
        }
        // a type after "name" in a column list: inside parentheses, previous token a name following "(" or ","
        if (last.isName() && prev != null && (prev.isOp("(") || prev.isOp(","))) {
            return items(TYPES, CompletionKind.TYPE, replace, "ClickHouse type", x -> x);
        }
        return List.of();
    }

    private static List<Completion> items(
            List<String> names,
            CompletionKind kind,
            dev.migrationlsp.core.Span replace,
            String detail,
            java.util.function.Function<String, String> insert) {
        List<Completion> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            out.add(new Completion(n, detail, insert.apply(n), kind, replace, String.format("%05d", i)));
        }
        return out;
    }

    private static FileLocation location(WorkspaceSnapshot ws, TableRef r) {
        SourceText t = ws.document(r.file()).map(Document::text).orElse(new SourceText(""));
        return new FileLocation(r.file(), t.span(r.start(), r.end()));
    }
}
