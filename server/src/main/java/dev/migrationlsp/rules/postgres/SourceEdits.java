package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds fix edits that keep the file's style: how this module spells SQLAlchemy names ({@code sa.Text} or a bare
 * {@code Text}), the imports a fix needs, and where a new argument goes in a call laid out one argument per line or
 * on one line.
 */
final class SourceEdits {
    private final MigrationModel model;
    private final Path file;
    private final Set<String> sqlalchemyImports = new LinkedHashSet<>();
    private final Set<String> extraImportLines = new LinkedHashSet<>();
    private final Set<String> alembicOpImports = new LinkedHashSet<>();

    SourceEdits(MigrationModel model, Path file) {
        this.model = model;
        this.file = file;
    }

    SourceText text() {
        return model.text();
    }

    /**
     * The file's string quote: Alembic's autogenerate writes {@code 'single'} quotes, black and most hand-written
     * files {@code "double"}; inserted code follows the first string argument of upgrade()'s operations (or the string in its {@code text(...)}).
     */
    char quote() {
        if (quote == 0) {
            quote = '"';
            outer:
            for (MigrationModel.OpCall op : model.upgradeOps()) {
                for (Arg a : op.call().args()) {
                    // also the string in op.execute(sa.text("..."))
                    dev.migrationlsp.alembic.PyAst.Str str =
                            dev.migrationlsp.postgres.AlembicChanges.literal(a.value());
                    if (str != null) {
                        String lit = model.text().slice(str.start(), str.end());
                        int q = Math.max(lit.indexOf('"'), -1);
                        int sq = lit.indexOf('\'');
                        quote = sq >= 0 && (q < 0 || sq < q) ? '\'' : '"';
                        break outer;
                    }
                }
            }
        }
        return quote;
    }

    private char quote;

    /** {@code value} as a Python string literal in the file's quote style. */
    String str(String value) {
        char q = quote();
        return q + value.replace("\\", "\\\\").replace(String.valueOf(q), "\\" + q) + q;
    }

    /** How to write {@code sqlalchemy.<name>} here; {@code preferBare} keeps a file that imports names bare. */
    String sa(String name, boolean preferBare) {
        Optional<String> bare = model.localName("sqlalchemy." + name);
        if (preferBare && bare.isPresent()) {
            return bare.get();
        }
        Optional<String> module = model.localName("sqlalchemy");
        if (!preferBare && module.isPresent()) {
            return module.get() + "." + name;
        }
        if (bare.isPresent()) {
            return bare.get();
        }
        if (module.isPresent()) {
            return module.get() + "." + name;
        }
        if (!model.imports().containsKey(name)) {
            sqlalchemyImports.add(name);
            return name;
        }
        extraImportLines.add("import sqlalchemy as sa");
        return "sa." + name;
    }

    String sa(String name) {
        return sa(name, false);
    }

    /**
     * How to call the Alembic operation {@code name} here: bare when this module imports it from {@code alembic.op}
     * (a file written that way keeps that style), else through the module's {@code op} alias.
     */
    String op(String name) {
        Optional<String> bare = model.localName("alembic.op." + name);
        if (bare.isPresent()) {
            return bare.get();
        }
        Optional<String> module = model.localName("alembic.op");
        if (module.isPresent()) {
            return module.get() + "." + name;
        }
        if (!model.imports().containsKey(name)) {
            alembicOpImports.add(name);
            return name;
        }
        extraImportLines.add("from alembic import op");
        return "op." + name;
    }

    /** {@code UUID(as_uuid=True)} spelled with the PostgreSQL dialect's UUID this file imports (or will import). */
    String uuid() {
        Optional<String> bare = model.localName("sqlalchemy.dialects.postgresql.UUID");
        if (bare.isPresent()) {
            return bare.get() + "(as_uuid=True)";
        }
        Optional<String> dialect = model.localName("sqlalchemy.dialects.postgresql");
        if (dialect.isPresent()) {
            return dialect.get() + ".UUID(as_uuid=True)";
        }
        if (!model.imports().containsKey("UUID")) {
            extraImportLines.add("from sqlalchemy.dialects.postgresql import UUID");
            return "UUID(as_uuid=True)";
        }
        extraImportLines.add("from sqlalchemy.dialects import postgresql");
        return "postgresql.UUID(as_uuid=True)";
    }

    /** {@code edits} followed by the {@link #importEdits()} the names spelled so far need. */
    List<Edit> withImports(List<Edit> edits) {
        List<Edit> all = new ArrayList<>(edits);
        all.addAll(importEdits());
        return all;
    }

    /** The import lines the spelled names need, inserted after the last module-level import. */
    List<Edit> importEdits() {
        List<String> lines = new ArrayList<>();
        if (!sqlalchemyImports.isEmpty()) {
            lines.add("from sqlalchemy import " + String.join(", ", sqlalchemyImports));
        }
        if (!alembicOpImports.isEmpty()) {
            lines.add("from alembic.op import " + String.join(", ", alembicOpImports));
        }
        lines.addAll(extraImportLines);
        if (lines.isEmpty()) {
            return List.of();
        }
        int at = model.lastImportEnd();
        if (at < 0) {
            return List.of(insert(afterModuleDocstring(), String.join("\n", lines) + "\n"));
        }
        return List.of(insert(at, "\n" + String.join("\n", lines)));
    }

    private int afterModuleDocstring() {
        var stmts = model.module().statements();
        if (!stmts.isEmpty() && stmts.get(0) instanceof dev.migrationlsp.alembic.PyAst.Docstring d) {
            SourceText t = text();
            return Math.min(t.length(), t.lineEnd(t.lineOf(d.end())) + 1);
        }
        return 0;
    }

    /** Inserts {@code argText} as a new argument of {@code call} right after {@code after}, in the call's layout. */
    Edit insertArgAfter(Call call, Arg after, String argText) {
        SourceText t = text();
        int line = t.lineOf(after.start());
        String lead = t.slice(t.lineStart(line), after.start());
        if (lead.isBlank()) {
            if (after.commaAfter() < 0) {
                return insert(after.end(), ",\n" + lead + argText);
            }
            int commaLine = t.lineOf(after.commaAfter());
            String rest = t.slice(after.commaAfter() + 1, t.lineEnd(commaLine));
            boolean last = call.args().get(call.args().size() - 1) == after;
            if (last && call.complete() && (rest.isBlank() || rest.strip().startsWith("#"))) {
                int closeLine = t.lineOf(call.closeParen());
                if (closeLine > commaLine
                        && t.slice(t.lineStart(closeLine), call.closeParen()).isBlank()) {
                    // before the closing parenthesis' line: keeps clear of an insertion after the same argument
                    return insert(t.lineStart(closeLine), lead + argText + ",\n");
                }
            }
            if (rest.isBlank() || rest.strip().startsWith("#")) {
                return insert(t.lineEnd(commaLine), "\n" + lead + argText + ",");
            }
            return insert(after.commaAfter() + 1, " " + argText + ",");
        }
        return insert(after.end(), ", " + argText);
    }

    /** Inserts several new arguments after {@code after}, one per line in a one-per-line call. */
    Edit insertArgsAfter(Call call, Arg after, List<String> args) {
        SourceText t = text();
        String lead = t.slice(t.lineStart(t.lineOf(after.start())), after.start());
        String joined = String.join(lead.isBlank() ? ",\n" + lead : ", ", args);
        return insertArgAfter(call, after, joined);
    }

    /**
     * Removes arguments of {@code call} with their separating commas, keeping the call's layout: an argument alone on
     * its line takes its line with it. Overlapping removals (neighbours) are merged into one edit.
     */
    List<Edit> removeArgs(Call call, List<Arg> remove) {
        SourceText t = text();
        List<int[]> ranges = new java.util.ArrayList<>();
        for (Arg a : remove) {
            int index = call.args().indexOf(a);
            int line = t.lineOf(a.start());
            boolean aloneOnLine = t.slice(t.lineStart(line), a.start()).isBlank()
                    && a.commaAfter() >= 0
                    && t.lineOf(a.commaAfter()) == t.lineOf(a.end())
                    && t.slice(a.commaAfter() + 1, t.lineEnd(t.lineOf(a.commaAfter())))
                            .isBlank();
            if (aloneOnLine) {
                int endLine = t.lineOf(a.commaAfter());
                int to = t.lineEnd(endLine);
                ranges.add(new int[] {t.lineStart(line), to < t.text().length() ? to + 1 : to});
            } else if (a.commaAfter() >= 0) {
                int to = a.commaAfter() + 1;
                while (to < t.text().length()
                        && (t.text().charAt(to) == ' ' || t.text().charAt(to) == '\t')) {
                    to++;
                }
                ranges.add(new int[] {a.start(), to});
            } else if (index > 0 && call.args().get(index - 1).commaAfter() >= 0) {
                ranges.add(new int[] {call.args().get(index - 1).commaAfter(), a.end()});
            } else {
                ranges.add(new int[] {a.start(), a.end()});
            }
        }
        ranges.sort(java.util.Comparator.comparingInt(r -> r[0]));
        List<Edit> edits = new java.util.ArrayList<>();
        int[] open = null;
        for (int[] r : ranges) {
            if (open != null && r[0] <= open[1]) {
                open[1] = Math.max(open[1], r[1]);
            } else {
                if (open != null) {
                    edits.add(replace(open[0], open[1], ""));
                }
                open = r.clone();
            }
        }
        if (open != null) {
            edits.add(replace(open[0], open[1], ""));
        }
        return edits;
    }

    Edit replace(int start, int end, String newText) {
        return new Edit.Replace(file, start, end, newlines(text(), newText));
    }

    private Edit insert(int at, String newText) {
        return replace(at, at, newText);
    }

    /** New text in the file's line-ending style: a CRLF file gets CRLF. */
    static String newlines(SourceText t, String s) {
        String text = t.text();
        int nl = text.indexOf('\n'); // the first line ending decides; scanning the whole file per edit was measurable
        boolean crlf = nl > 0 && text.charAt(nl - 1) == '\r';
        return crlf && s.indexOf('\n') >= 0 ? s.replace("\r\n", "\n").replace("\n", "\r\n") : s;
    }

    Path file() {
        return file;
    }
}
