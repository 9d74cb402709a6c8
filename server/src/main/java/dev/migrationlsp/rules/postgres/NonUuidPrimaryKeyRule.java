package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.ColumnDef;
import dev.migrationlsp.alembic.MigrationModel.CreatedTable;
import dev.migrationlsp.alembic.MigrationModel.TypeRef;
import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Attr;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Const;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.alembic.PyAst.Name;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.DocumentContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code non-uuid-primary-key}: a primary-key column of a created table is not {@code UUID(as_uuid=True)}. The
 * PostgreSQL dialect's {@code UUID} needs {@code as_uuid=True} spelled out (SQLAlchemy 1.4 defaults it to False);
 * the generic {@code sa.UUID}/{@code sa.Uuid} default to {@code as_uuid=True}. Only single-column keys are checked.
 */
public final class NonUuidPrimaryKeyRule extends AlembicRule {

    @Override
    public RuleCode code() {
        return RuleCode.NON_UUID_PRIMARY_KEY;
    }

    @Override
    List<Finding> check(DocumentContext ctx, MigrationModel model) {
        List<Finding> out = new ArrayList<>();
        SourceText text = model.text();
        Set<Integer> seen = new HashSet<>();
        for (CreatedTable t : model.createdTables()) {
            if (t.primaryKeyColumns().size() != 1) {
                continue; // a composite key is a natural key by design (e.g. org_id + key), not a surrogate id
            }
            for (ColumnDef c : t.columns()) {
                boolean pk = c.primaryKey()
                        || (c.name() != null && t.primaryKeyColumns().contains(c.name()));
                if (!pk
                        || c.type() == null
                        || isUuid(c.type())
                        || !seen.add(c.type().expr().start())) {
                    continue;
                }
                Expr e = c.type().expr();
                Finding.Builder f = Finding.of(
                                code(),
                                ctx.document().path(),
                                text.span(e.start(), e.end()),
                                "Primary key " + (c.name() == null ? "" : c.name() + " ") + "is "
                                        + c.type().simpleName() + "; primary keys are UUID(as_uuid=True)")
                        .fingerprint(text.slice(e.start(), e.end()));
                // only when the type is written in this column: a shared constant may type other columns too
                boolean local =
                        e.start() >= c.call().start() && e.end() <= c.call().end();
                if (local && (c.type().call() == null || c.type().call().complete())) {
                    SourceEdits se = new SourceEdits(model, ctx.document().path());
                    String uuid = se.uuid();
                    List<Edit> edits = new ArrayList<>();
                    edits.add(se.replace(e.start(), e.end(), uuid));
                    edits.addAll(se.removeArgs(c.call(), integerOnly(c.call(), text)));
                    edits.addAll(se.importEdits());
                    f.fix(new Fix("Change the primary key type to " + uuid, false, edits));
                }
                out.add(f.build());
            }
        }
        return out;
    }

    /**
     * Arguments that only make sense for an integer key and make the UUID column fail: SQLAlchemy refuses
     * {@code autoincrement=True} on UUID; PostgreSQL refuses an identity or a sequence default on a uuid column.
     */
    static List<Arg> integerOnly(Call column, SourceText text) {
        List<Arg> out = new ArrayList<>();
        for (Arg a : column.args()) {
            if ("autoincrement".equals(a.keyword())) {
                out.add(a);
            } else if (a.keyword() == null
                    && a.value() instanceof Call call
                    && isNamed(call.function(), "Identity", "Sequence")) {
                out.add(a);
            } else if ("server_default".equals(a.keyword())) {
                String v = text.slice(a.value().start(), a.value().end());
                if (v.contains("nextval") || v.matches("(?s).*[\"'(]\\s*-?\\d+\\s*[\"')].*") || v.matches("-?\\d+")) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private static boolean isNamed(Expr function, String... names) {
        String n = function instanceof Name name ? name.id() : function instanceof Attr attr ? attr.attr() : "";
        return List.of(names).contains(n);
    }

    static boolean isUuid(TypeRef t) {
        String n = t.simpleName();
        if (!n.equals("UUID") && !n.equals("Uuid")) {
            return false;
        }
        Optional<Expr> asUuid = t.argument(0, "as_uuid");
        if (asUuid.isPresent()) {
            return !(asUuid.get() instanceof Const c) || c.text().equals("True");
        }
        return !t.dialect(); // generic sa.UUID / sa.Uuid default to as_uuid=True
    }
}
