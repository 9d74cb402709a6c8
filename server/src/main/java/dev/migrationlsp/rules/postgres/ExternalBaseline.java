package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel.ColumnDef;
import dev.migrationlsp.alembic.MigrationModel.CreatedTable;
import dev.migrationlsp.alembic.MigrationModel.TableArg;
import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Attr;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.alembic.PyAst.Name;
import dev.migrationlsp.alembic.PyAst.Seq;
import dev.migrationlsp.alembic.PyAst.Str;
import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.postgres.AlembicChanges;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a history starts from tables that Alembic did not create. Many real histories were adopted by a database that
 * already existed ({@code metadata.create_all()}, a schema dump, an older migration tool, another history of the same
 * database): their first revision alters, or points foreign keys at, tables no revision creates (Redash, Lemur, Indico,
 * CKAN's extensions). In such a history a table no revision ever creates is presumed to be part of that baseline, not a
 * mistake.
 */
final class ExternalBaseline {
    private ExternalBaseline() {}

    private static final Document.Key<Map<RevisionGraph, Boolean>> KEY = new Document.Key<>("external-baseline");

    /** Whether the history holding {@code file} has a baseline outside Alembic (once per snapshot and history). */
    static boolean of(WorkspaceSnapshot ws, Path file) {
        RevisionGraph graph = ws.revisionGraphOf(file);
        return ws.derived(KEY, s -> new ConcurrentHashMap<>()).computeIfAbsent(graph, g -> compute(ws, g));
    }

    private static boolean compute(WorkspaceSnapshot ws, RevisionGraph graph) {
        for (RevisionGraph.Node base : graph.bases()) {
            Optional<Document> doc = ws.document(base.file());
            if (doc.isPresent() && namesOutsideTables(doc.get())) {
                return true;
            }
        }
        return false;
    }

    /** A base revision that alters, or refers to, a table it does not create itself. */
    private static boolean namesOutsideTables(Document doc) {
        Set<String> created = new HashSet<>();
        for (CreatedTable ct : doc.migrationModel().createdTables()) {
            if (ct.name() != null) {
                created.add(ct.name());
            }
        }
        for (PgChange c : AlembicChanges.of(doc)) {
            if (c instanceof PgChange.CreateTable ct) {
                created.add(ct.table().name());
            } else if (c.table() != null && !created.contains(c.table().name())) {
                return true;
            }
            if (c instanceof PgChange.AddConstraint ac
                    && ac.referred() != null
                    && !created.contains(ac.referred().name())) {
                return true;
            }
        }
        for (CreatedTable ct : doc.migrationModel().createdTables()) {
            for (TableArg arg : ct.args()) {
                if (refersOutside(arg.arg().value(), created)) {
                    return true;
                }
            }
            for (ColumnDef col : ct.columns()) {
                if (col.call() != null && refersOutside(col.call(), created)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A {@code ForeignKey("table.column")} or {@code ForeignKeyConstraint([...], ["schema.table.column"])} inside
     * {@code e} whose table is not in {@code created}.
     */
    private static boolean refersOutside(Expr e, Set<String> created) {
        if (!(e instanceof Call call)) {
            return false;
        }
        String function =
                call.function() instanceof Attr a ? a.attr() : call.function() instanceof Name n ? n.id() : "";
        if (function.equals("ForeignKey")) {
            return call.argument(0, "column").map(x -> outside(x, created)).orElse(false);
        }
        if (function.equals("ForeignKeyConstraint")) {
            return call.argument(1, "refcolumns")
                    .map(x -> x instanceof Seq s && s.elements().stream().anyMatch(el -> outside(el, created)))
                    .orElse(false);
        }
        for (Arg a : call.args()) {
            if (refersOutside(a.value(), created)) {
                return true;
            }
        }
        return false;
    }

    /** {@code "table.column"} or {@code "schema.table.column"} naming a table not in {@code created}. */
    private static boolean outside(Expr target, Set<String> created) {
        if (!(target instanceof Str s) || s.value() == null) {
            return false;
        }
        List<String> parts = List.of(s.value().split("\\."));
        return parts.size() >= 2 && !created.contains(parts.get(parts.size() - 2));
    }
}
