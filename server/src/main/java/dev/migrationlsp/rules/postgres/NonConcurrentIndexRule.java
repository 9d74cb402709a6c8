package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.CreateIndex;
import dev.migrationlsp.postgres.PgChange.DropIndex;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code non-concurrent-index}: {@code op.create_index} without {@code postgresql_concurrently=True} (or
 * {@code CREATE INDEX} without {@code CONCURRENTLY} in {@code op.execute}) on an existing table: the build holds a
 * SHARE lock, so every write to the table waits until the index is built. Likewise {@code drop_index} without it: a
 * plain {@code DROP INDEX} takes ACCESS EXCLUSIVE on the table.
 */
public final class NonConcurrentIndexRule extends SafetyRule {
    private static final Pattern CREATE_INDEX = Pattern.compile("(?i)(?:CREATE\\s+(?:UNIQUE\\s+)?|DROP\\s+)INDEX\\s+");

    @Override
    public RuleCode code() {
        return RuleCode.NON_CONCURRENT_INDEX;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        String message;
        if (c instanceof CreateIndex ci && !ci.concurrently()) {
            message =
                    "CREATE INDEX on existing table " + ci.table().name() + " takes " + aLock(lockMode(c)) + ": writes "
                            + "to the table wait for the whole build; build it with postgresql_concurrently=True inside "
                            + r.op() + ".get_context().autocommit_block()";
        } else if (c instanceof DropIndex di && !di.concurrently() && di.name() != null && !createdHere(r, di, index)) {
            message = "DROP INDEX " + di.name().name() + " takes " + aLock(lockMode(c)) + " on its table: reads and "
                    + "writes wait; drop it with postgresql_concurrently=True inside " + r.op()
                    + ".get_context().autocommit_block()";
        } else {
            return;
        }
        Finding.Builder f = r.finding(this, c, message);
        fix(r, c).ifPresent(f::fix);
        out.add(f.build());
    }

    /** An index this migration created (on a table that existed): dropping it again locks nothing anyone uses. */
    private static boolean createdHere(Revision r, DropIndex di, int index) {
        for (int i = 0; i < index; i++) {
            if (r.changes.get(i) instanceof CreateIndex ci
                    && ci.name() != null
                    && ci.name().name().equals(di.name().name())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Fix> fix(Revision r, PgChange c) {
        PgChange.Site site = c.site();
        if (site.op() == null || site.inBatch()) {
            return Optional.empty();
        }
        Call call = site.op().call();
        Optional<int[]> lines = r.statementLines(call);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        SourceText t = r.model.text();
        int[] l = lines.get();
        String statement = t.slice(l[0], l[1]);
        String changed;
        if (site.sql()) {
            long sameCall = r.changes.stream()
                    .filter(x -> x.site().start() == site.start())
                    .count();
            if (site.sqlStart() < 0 || sameCall != 1) {
                return Optional.empty();
            }
            Matcher m = CREATE_INDEX.matcher(t.text()).region(site.sqlStart(), site.end());
            if (!m.lookingAt()) {
                return Optional.empty();
            }
            int at = m.end() - l[0];
            changed = statement.substring(0, at) + "CONCURRENTLY " + statement.substring(at);
        } else {
            List<Arg> args = call.args();
            if (args.isEmpty()) {
                return Optional.empty();
            }
            Edit.Replace e =
                    (Edit.Replace) se.insertArgAfter(call, args.get(args.size() - 1), "postgresql_concurrently=True");
            if (e.startOffset() < l[0] || e.endOffset() > l[1]) {
                return Optional.empty();
            }
            changed = statement.substring(0, e.startOffset() - l[0])
                    + e.newText().replace("\r\n", "\n")
                    + statement.substring(e.endOffset() - l[0]);
        }
        String replacement = r.inAutocommitBlock(call.start()) ? changed : autocommit(se, changed, l[2]);
        String title = c instanceof DropIndex
                ? "Drop the index concurrently in an autocommit block"
                : "Build the index concurrently in an autocommit block";
        return Optional.of(new Fix(title, false, se.withImports(List.of(se.replace(l[0], l[1], replacement)))));
    }

    /** {@code statement} (full lines, indented by {@code indent} chars) wrapped in an autocommit block. */
    static String autocommit(SourceEdits se, String statement, int indent) {
        String lead = statement.substring(0, indent);
        StringBuilder b = new StringBuilder(lead)
                .append("with ")
                .append(se.op("get_context"))
                .append("().autocommit_block():\n");
        String[] lines = statement.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            b.append(lines[i].isBlank() ? lines[i] : "    " + lines[i]);
            if (i < lines.length - 1) {
                b.append('\n');
            }
        }
        return b.toString();
    }
}
