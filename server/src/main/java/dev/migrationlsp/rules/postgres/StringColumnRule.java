package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.TypeRef;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.alembic.PyAst.Name;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.DocumentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code string-column}: {@code String}/{@code VARCHAR} where the convention is {@code sa.Text()}. */
public final class StringColumnRule extends AlembicRule {
    private static final Set<String> STRING_TYPES = Set.of("String", "VARCHAR", "Unicode", "NVARCHAR");

    @Override
    public RuleCode code() {
        return RuleCode.STRING_COLUMN;
    }

    @Override
    List<Finding> check(DocumentContext ctx, MigrationModel model) {
        List<Finding> out = new ArrayList<>();
        SourceText text = model.text();
        for (TypeRef t : TypeUses.named(ctx, STRING_TYPES)) {
            Expr e = t.expr();
            Finding.Builder f = Finding.of(
                            code(),
                            ctx.document().path(),
                            text.span(e.start(), e.end()),
                            t.simpleName()
                                    + " column: PostgreSQL stores Text the same way without a length limit; use sa.Text()")
                    .fingerprint(text.slice(e.start(), e.end()));
            if (t.call() == null || t.call().complete()) {
                SourceEdits se = new SourceEdits(model, ctx.document().path());
                Expr fn = t.call() == null ? e : t.call().function();
                String replacement = se.sa("Text", fn instanceof Name) + "()";
                List<Edit> edits = new ArrayList<>();
                edits.add(se.replace(e.start(), e.end(), replacement));
                edits.addAll(se.importEdits());
                f.fix(new Fix("Replace with " + replacement, true, edits));
            }
            out.add(f.build());
        }
        return out;
    }
}
