package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.PyAst.Block;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Compound;
import dev.migrationlsp.alembic.PyAst.Docstring;
import dev.migrationlsp.alembic.PyAst.Stmt;
import dev.migrationlsp.alembic.PyAst.Str;
import dev.migrationlsp.alembic.PyAst.With;
import dev.migrationlsp.alembic.PyAst.WithItem;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.core.Span;
import dev.migrationlsp.postgres.AlembicChanges;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AddColumn;
import dev.migrationlsp.postgres.PgChange.AddConstraint;
import dev.migrationlsp.postgres.PgChange.ConstraintKind;
import dev.migrationlsp.postgres.PgChange.CreateIndex;
import dev.migrationlsp.postgres.PgChange.CreateTable;
import dev.migrationlsp.postgres.PgChange.DropIndex;
import dev.migrationlsp.postgres.PgChange.RenameTable;
import dev.migrationlsp.postgres.PgChange.SetLockTimeout;
import dev.migrationlsp.postgres.PgChange.ValidateConstraint;
import dev.migrationlsp.postgres.PgSchema;
import dev.migrationlsp.rules.DocumentContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Base of the PostgreSQL safety rules. Each sees the revision's {@link PgChange}s in order, the replayed
 * {@link PgSchema} before them, and the configured {@code postgres-version}; a table created earlier in the same
 * migration has no rows and no readers yet, so nothing about it is reported.
 */
abstract class SafetyRule extends AlembicRule {
    /** A name a fix may write unquoted (see {@link Revision#plainName}). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** {@code ALTER TABLE t ADD [COLUMN] c <definition>}: one unquoted column, no comma (so one ADD). */
    static final Pattern SQL_ADD_ONE_COLUMN = Pattern.compile(
            "(?is)ALTER\\s+TABLE\\s+(?:ONLY\\s+)?[a-z_][a-z0-9_$]*\\s+ADD\\s+(?:COLUMN\\s+)?(?!CONSTRAINT\\b)"
                    + "(?<definition>[a-z_][a-z0-9_$]*\\s+[^,;]*)");

    /** Column clauses other than a type and NULL / NOT NULL: SQL fixes leave a definition with these alone. */
    static final Pattern SQL_COLUMN_CLAUSE =
            Pattern.compile("(?i)\\b(DEFAULT|PRIMARY|UNIQUE|GENERATED|CHECK|REFERENCES|CONSTRAINT|COLLATE)\\b");

    /** Reads the schema replayed from every earlier revision, not only its own file. */
    @Override
    public java.util.Set<dev.migrationlsp.rules.WorkspaceFact> reads() {
        return HISTORY;
    }

    SafetyRule() {
        super();
    }

    /** What a safety rule knows about the revision being checked. */
    static final class Revision {
        final DocumentContext ctx;
        final MigrationModel model;
        final List<PgChange> changes;
        final int postgresVersion;
        private PgSchema schema;

        Revision(DocumentContext ctx, MigrationModel model) {
            this.ctx = ctx;
            this.model = model;
            this.changes = AlembicChanges.of(ctx.document());
            this.postgresVersion = ctx.workspace() == null
                    ? dev.migrationlsp.workspace.WorkspaceConfig.DEFAULT_POSTGRES_VERSION
                    : ctx.workspace().config().postgresVersion();
        }

        PgSchema schema() {
            if (schema == null) {
                schema = PgSchema.of(ctx.workspace(), ctx.document().path());
            }
            return schema;
        }

        PgSchema.Lookup tableBefore(int index, String table) {
            if (ctx.workspace() == null) { // a file checked on its own: no history to consult
                return new PgSchema.Lookup(PgSchema.Status.UNKNOWN, null);
            }
            return schema().table(ctx.document().path(), index, table);
        }

        /**
         * {@link #tableBefore}'s status alone. Asked for every operation of a migration (unknown-table), so it replays
         * the history up to this revision once per table name: the status at change {@code index} is the status at the
         * revision's start until a change of this revision creates, drops, renames or does something unknown to the
         * table (then the full lookup answers). A migration of 2,000 operations on one table no longer replays that
         * table 2,000 times at each keystroke.
         */
        PgSchema.Status tableStatusBefore(int index, String table) {
            if (ctx.workspace() == null) {
                return PgSchema.Status.UNKNOWN;
            }
            Integer reshaped = lifecycle().get(table);
            if ((reshaped != null && reshaped < index) || firstAnyTableUnknown < index) {
                return tableBefore(index, table).status();
            }
            PgSchema.Status atStart = statusAtStart.get(table);
            if (atStart == null) {
                atStart = tableBefore(0, table).status();
                statusAtStart.put(table, atStart);
            }
            return atStart;
        }

        /** {@link PgSchema#everCreated}, once per table name (asked for every operation on a table that is absent). */
        boolean everCreated(String table) {
            Boolean known = everCreated.get(table);
            if (known == null) {
                known = schema().everCreated(table);
                everCreated.put(table, known);
            }
            return known;
        }

        private final Map<String, Boolean> everCreated = new HashMap<>();
        private final Map<String, PgSchema.Status> statusAtStart = new HashMap<>();
        private Map<String, Integer> lifecycle;
        /** The first change of this migration that may touch any table in an unknown way (index; size if none). */
        private int firstAnyTableUnknown;

        /** Per table name, the first change of this migration that may change whether the table exists. */
        private Map<String, Integer> lifecycle() {
            if (lifecycle == null) {
                Map<String, Integer> first = new HashMap<>();
                int anyTable = changes.size();
                for (int i = 0; i < changes.size(); i++) {
                    PgChange c = changes.get(i);
                    if (c instanceof PgChange.Unknown u && u.table() == null) {
                        anyTable = Math.min(anyTable, i);
                    } else if ((c instanceof CreateTable
                                    || c instanceof PgChange.DropTable
                                    || c instanceof PgChange.Unknown)
                            && c.table() != null) {
                        first.putIfAbsent(c.table().name(), i);
                    } else if (c instanceof RenameTable rt) {
                        first.putIfAbsent(rt.table().name(), i);
                        first.putIfAbsent(rt.newName().name(), i);
                    }
                }
                firstAnyTableUnknown = anyTable;
                lifecycle = first;
            }
            return lifecycle;
        }

        /** True when an earlier change of this migration created {@code table} (or renamed a new table to it). */
        boolean createdHere(String table, int index) {
            // Most calls ask about a table this migration never creates: answer those without walking back.
            Integer introduced = firstIntroduced().get(table);
            if (introduced == null || introduced >= index) {
                return false;
            }
            String name = table;
            for (int i = index - 1; i >= 0; i--) {
                PgChange c = changes.get(i);
                if (c instanceof CreateTable ct && ct.table().name().equals(name)) {
                    return true;
                }
                if (c instanceof RenameTable rt && rt.newName().name().equals(name)) {
                    name = rt.table().name();
                }
            }
            return false;
        }

        private Map<String, Integer> firstIntroduced;

        /** Per table name, the first change that creates it or renames a table to it. */
        private Map<String, Integer> firstIntroduced() {
            if (firstIntroduced == null) {
                Map<String, Integer> first = new HashMap<>();
                for (int i = 0; i < changes.size(); i++) {
                    PgChange c = changes.get(i);
                    if (c instanceof CreateTable ct) {
                        first.putIfAbsent(ct.table().name(), i);
                    } else if (c instanceof RenameTable rt) {
                        first.putIfAbsent(rt.newName().name(), i);
                    }
                }
                firstIntroduced = first;
            }
            return firstIntroduced;
        }

        /** True when {@code column} of {@code table} is new in this migration before change {@code index}. */
        boolean columnAddedHere(String table, String column, int index) {
            if (createdHere(table, index)) {
                return true;
            }
            for (int i = 0; i < index; i++) {
                if (changes.get(i) instanceof AddColumn ac
                        && ac.table().name().equals(table)
                        && ac.column().name().name().equals(column)) {
                    return true;
                }
            }
            return false;
        }

        boolean lockTimeoutBefore(int index) {
            for (int i = 0; i < index; i++) {
                if (changes.get(i) instanceof SetLockTimeout) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where a finding about a change goes: the {@code op.<name>} of the call, or the SQL statement's first line
         * inside the {@code op.execute} string when it can be located.
         */
        Span span(PgChange c) {
            SourceText t = model.text();
            PgChange.Site s = c.site();
            if (s.sql() && s.sqlStart() >= 0) {
                int end = Math.min(t.lineEnd(t.lineOf(s.sqlStart())), s.end());
                int stop = s.sqlStart();
                while (stop < end
                        && t.text().charAt(stop) != ';'
                        && t.text().charAt(stop) != '"'
                        && t.text().charAt(stop) != '\'') {
                    stop++;
                }
                return t.span(s.sqlStart(), Math.max(stop, s.sqlStart() + 1));
            }
            if (s.op() != null) {
                Call call = s.op().call();
                return t.span(call.function().start(), call.function().end());
            }
            return t.span(s.start(), s.end());
        }

        String fingerprint(PgChange c) {
            PgChange.Site s = c.site();
            return model.text().slice(s.start(), s.end());
        }

        Finding.Builder finding(SafetyRule rule, PgChange c, String message) {
            return Finding.of(rule.code(), ctx.document().path(), span(c), message)
                    .fingerprint(fingerprint(c));
        }

        /** How this file spells {@code op}. */
        String op() {
            return model.localName("alembic.op").orElse("op");
        }

        /** The {@code with} statement around offset {@code at} whose context is {@code ...autocommit_block()}. */
        boolean inAutocommitBlock(int at) {
            return model.upgrade().isPresent()
                    && autocommit(model.upgrade().get().body(), at);
        }

        private boolean autocommit(Block b, int at) {
            // statements come in source order, one after the other: start at the first that does not end before
            // `at` (a binary search; asked once per finding, and a migration may have thousands)
            List<Stmt> statements = b.statements();
            int lo = 0;
            int hi = statements.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (statements.get(mid).end() < at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < statements.size() && statements.get(i).start() <= at; i++) {
                Stmt s = statements.get(i);
                if (s.end() < at) {
                    continue;
                }
                if (s instanceof With w) {
                    for (WithItem item : w.items()) {
                        if (item.context() instanceof Call c
                                && model.text().slice(c.start(), c.end()).contains("autocommit_block")) {
                            return true;
                        }
                    }
                    return autocommit(w.body(), at);
                }
                if (s instanceof Compound k) {
                    for (Block inner : k.bodies()) {
                        if (autocommit(inner, at)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * The lines of the statement that is exactly {@code call} (nothing else on its lines but comments), as
         * {@code [lineStartOffset, lineEndOffset, indentLength]}; empty when the call shares its lines.
         */
        Optional<int[]> statementLines(Call call) {
            SourceText t = model.text();
            if (!call.complete()) {
                return Optional.empty();
            }
            int first = t.lineOf(call.start());
            int last = t.lineOf(call.end());
            String lead = t.slice(t.lineStart(first), call.start());
            String tail = t.slice(call.end(), t.lineEnd(last));
            if (!lead.isBlank() || !(tail.isBlank() || tail.strip().startsWith("#"))) {
                return Optional.empty();
            }
            return Optional.of(new int[] {t.lineStart(first), t.lineEnd(last), lead.length()});
        }

        /**
         * The file range {@code [start, end)} of the one SQL statement {@code c} came from (without a trailing
         * {@code ;}), when it is all there is in a plain string literal (directly or in {@code text(...)}, no escapes,
         * no comments, no other statement) passed to an {@code op.execute} that is a statement of its own outside a
         * batch: SQL a fix can edit in place. Empty otherwise.
         */
        Optional<int[]> soleSqlStatement(PgChange c) {
            PgChange.Site s = c.site();
            if (!s.sql() || s.sqlStart() < 0 || s.op() == null || s.inBatch()) {
                return Optional.empty();
            }
            Call call = s.op().call();
            long sameCall = 0;
            for (PgChange x : changes) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
                sameCall += x.site().start() == s.start() ? 1 : 0;
            }
            Str lit = AlembicChanges.literal(call.argument(0, "sqltext").orElse(null));
            if (sameCall != 1 || lit == null || statementLines(call).isEmpty()) {
                return Optional.empty();
            }
            SourceText t = model.text();
            String source = t.slice(lit.start(), lit.end());
            int quote = source.startsWith("\"\"\"") || source.startsWith("'''") ? 3 : 1;
            int open = lit.start() + quote;
            int close = lit.end() - quote;
            if (s.sqlStart() < open || s.sqlStart() >= close) {
                return Optional.empty();
            }
            String body = t.slice(open, close);
            if (body.contains("--")
                    || body.contains("/*")
                    || !t.slice(open, s.sqlStart()).isBlank()) {
                return Optional.empty();
            }
            int end = close;
            while (end > s.sqlStart() && Character.isWhitespace(t.text().charAt(end - 1))) {
                end--;
            }
            if (end > s.sqlStart() && t.text().charAt(end - 1) == ';') {
                end--;
                while (end > s.sqlStart() && Character.isWhitespace(t.text().charAt(end - 1))) {
                    end--;
                }
            }
            if (t.slice(s.sqlStart(), end).indexOf(';') >= 0) {
                return Optional.empty();
            }
            return Optional.of(new int[] {s.sqlStart(), end});
        }

        /**
         * True for a name a fix can write into SQL or an operation unquoted: lower case, no schema (a name read from
         * SQL has lost its quotes).
         */
        static boolean plainName(String name) {
            return name != null && PLAIN_NAME.matcher(name).matches();
        }

        /** Replaces the statement lines with {@code replacement} (already indented). */
        Edit replaceLines(SourceEdits se, int[] lines, String replacement) {
            return se.replace(lines[0], lines[1], replacement);
        }

        /**
         * The inline {@code sa.Column(...)} of an {@code op.add_column(table, sa.Column(...))} that is a statement of its
         * own outside a batch: what the add-column fixes rewrite. Empty for SQL, batch operations and columns built
         * elsewhere.
         */
        Optional<Call> addedColumnCall(AddColumn ac) {
            PgChange.Site s = ac.site();
            if (s.sql() || s.op() == null || s.inBatch() || !ac.table().located()) {
                return Optional.empty();
            }
            Call call = s.op().call();
            if (statementLines(call).isEmpty()
                    || call.argument(0, "table_name").isEmpty()
                    || !(call.argument(1, "column").orElse(null) instanceof Call column)
                    || !column.complete()
                    || column.argument(0, "name").isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(column);
        }

        /**
         * {@code op.alter_column(<table>, <column>, <keyword>)} for the column an {@code add_column} added, reusing how
         * the call writes the table, the column name and its {@code schema=}; the op is spelled as the file spells
         * operations (an import is recorded in {@code se} when the file imports operations bare).
         */
        String alterAddedColumn(SourceEdits se, Call addColumn, Call column, String keyword) {
            StringBuilder b = new StringBuilder(se.op("alter_column")).append('(');
            b.append(slice(addColumn.argument(0, "table_name").orElseThrow()))
                    .append(", ")
                    .append(slice(column.argument(0, "name").orElseThrow()))
                    .append(", ")
                    .append(keyword);
            addColumn.keyword("schema").ifPresent(a -> b.append(", schema=").append(slice(a.value())));
            return b.append(')').toString();
        }

        String slice(dev.migrationlsp.alembic.PyAst.Expr e) {
            return model.text().slice(e.start(), e.end());
        }

        /** The indent of the statement lines {@code l} ({@link #statementLines}). */
        String indent(int[] l) {
            return model.text().slice(l[0], l[0] + l[2]);
        }

        /** Offset where a new first statement of {@code upgrade()} goes (its line start), and that line's indent. */
        Optional<int[]> upgradeBodyStart() {
            return bodyStart(model.upgrade());
        }

        /** The same for {@code downgrade()}. */
        Optional<int[]> downgradeBodyStart() {
            return bodyStart(model.downgrade());
        }

        private Optional<int[]> bodyStart(Optional<dev.migrationlsp.alembic.PyAst.Def> def) {
            return def.flatMap(d -> {
                Block b = d.body();
                if (b.indent() == null) {
                    return Optional.empty();
                }
                for (Stmt s : b.statements()) {
                    if (!(s instanceof Docstring)) {
                        SourceText t = model.text();
                        return Optional.of(new int[] {
                            t.lineStart(t.lineOf(s.start())), b.indent().length()
                        });
                    }
                }
                return Optional.empty();
            });
        }
    }

    @Override
    final List<Finding> check(DocumentContext ctx, MigrationModel model) {
        if (OtherDatabase.holds(ctx.document().path())) {
            return List.of(); // a SQLite/MySQL history beside the PostgreSQL one: PostgreSQL's locks do not apply
        }
        Revision r = new Revision(ctx, model);
        if (r.changes.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < r.changes.size(); i++) {
            PgChange c = r.changes.get(i);
            if (c.table() != null && r.createdHere(c.table().name(), i)) {
                continue; // a table of this migration: no rows, no readers, nothing to lock out
            }
            check(r, i, c, out);
        }
        return out;
    }

    abstract void check(Revision r, int index, PgChange change, List<Finding> out);

    /** The lock a change takes on its table, by PostgreSQL's documentation (ALTER TABLE, CREATE/DROP INDEX). */
    static String lockMode(PgChange c) {
        if (c instanceof CreateIndex ci) {
            return ci.concurrently() ? "SHARE UPDATE EXCLUSIVE" : "SHARE";
        }
        if (c instanceof DropIndex di) {
            return di.concurrently() ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
        }
        if (c instanceof AddConstraint ac) {
            return ac.kind() == ConstraintKind.FOREIGN_KEY ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE";
        }
        if (c instanceof ValidateConstraint) {
            return "SHARE UPDATE EXCLUSIVE";
        }
        if (c instanceof PgChange.AddColumn
                || c instanceof PgChange.DropColumn
                || c instanceof PgChange.AlterColumn
                || c instanceof RenameTable
                || c instanceof PgChange.DropTable
                || c instanceof PgChange.DropConstraint) {
            return "ACCESS EXCLUSIVE";
        }
        return null;
    }

    /** "a SHARE lock", "an ACCESS EXCLUSIVE lock". */
    static String aLock(String mode) {
        return (mode.startsWith("A") ? "an " : "a ") + mode + " lock";
    }

    /** Python string literal of {@code value} in the file's quote style. */
    static String str(SourceEdits se, String value) {
        return se.str(value);
    }
}
