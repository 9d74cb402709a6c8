package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.TypeRef;
import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Const;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.DocumentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code naive-timestamp}: a {@code DateTime}/{@code TIMESTAMP} column type without {@code timezone=True}. */
public final class NaiveTimestampRule extends AlembicRule {
    private static final Set<String> TIMESTAMP_TYPES = Set.of("DateTime", "DATETIME", "TIMESTAMP");

    @Override
    public RuleCode code() {
        return RuleCode.NAIVE_TIMESTAMP;
    }

    @Override
    List<Finding> check(DocumentContext ctx, MigrationModel model) {
        List<Finding> out = new ArrayList<>();
        SourceText text = model.text();
        for (TypeRef t : TypeUses.named(ctx, TIMESTAMP_TYPES)) {
            Optional<Expr> tz = t.argument(0, "timezone");
            if (tz.isPresent() && tz.get() instanceof Const c && c.text().equals("True")) {
                continue;
            }
            if (tz.isPresent() && !(tz.get() instanceof Const)) {
                continue; // timezone=SOME_FLAG: cannot know
            }
            Expr e = t.expr();
            Finding.Builder f = Finding.of(
                            code(),
                            ctx.document().path(),
                            text.span(e.start(), e.end()),
                            t.simpleName()
                                    + " without timezone=True stores naive timestamps; use DateTime(timezone=True)")
                    .fingerprint(text.slice(e.start(), e.end()));
            var edit =
                    fix(ctx, t, tz); // not ifPresent(lambda): on JDK 17 each lambda's first use costs `check` ~0.2 ms
            if (edit.isPresent()) {
                f.fix(new Fix("Add timezone=True", true, List.of(edit.get())));
            }
            out.add(f.build());
        }
        return out;
    }

    private static Optional<Edit> fix(DocumentContext ctx, TypeRef t, Optional<Expr> tz) {
        var file = ctx.document().path();
        Call call = t.call();
        if (call == null) {
            return Optional.of(Edit.insert(file, t.expr().end(), "(timezone=True)"));
        }
        if (!call.complete()) {
            return Optional.empty();
        }
        if (tz.isPresent()) {
            return Optional.of(new Edit.Replace(file, tz.get().start(), tz.get().end(), "True"));
        }
        if (call.args().isEmpty()) {
            return Optional.of(Edit.insert(file, call.closeParen(), "timezone=True"));
        }
        Arg last = call.args().get(call.args().size() - 1);
        return Optional.of(Edit.insert(file, last.end(), ", timezone=True"));
    }
}
