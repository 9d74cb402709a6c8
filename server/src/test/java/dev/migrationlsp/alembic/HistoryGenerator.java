package dev.migrationlsp.alembic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random Alembic histories that Alembic accepts: linear runs, forks, merges (tuple or list down_revision),
 * independent bases, branch labels (plain strings and sequences), {@code depends_on} naming revisions or branch labels,
 * hex or sequential ids, and files written in many styles (annotations, quotes, comments and strings in odd places).
 * The same seed always gives the same files, so a differential failure is reproducible from its seed.
 *
 * <p>Also a command-line tool for the benchmark: {@code HistoryGenerator DIR REVISIONS [SEED]} writes a project with a
 * mostly linear history of ~4 KB files.
 */
public final class HistoryGenerator {

    public enum IdScheme {
        HEX,
        SEQUENTIAL
    }

    /** One revision of the model; the file rendering adds the syntax variety. */
    public record Revision(
            String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn, String slug) {
        public String fileName() {
            return id + "_" + slug + ".py";
        }
    }

    public record History(long seed, IdScheme scheme, List<Revision> revisions) {
        /** Heads by the model: revisions that no revision names in down_revision. */
        public Set<String> modelHeads() {
            Set<String> consumed = new HashSet<>();
            revisions.forEach(r -> consumed.addAll(r.downRevisions()));
            Set<String> heads = new LinkedHashSet<>();
            revisions.stream()
                    .map(Revision::id)
                    .filter(id -> !consumed.contains(id))
                    .forEach(heads::add);
            return heads;
        }
    }

    /**
     * How a history grows. Rates are per new revision; {@code bodyBytes} pads each file with realistic upgrade code;
     * {@code oddities} turns on the rarer syntax (CRLF, semicolons, backslash continuations, decoys, re-assignment).
     */
    public record Shape(
            double forkRate,
            double mergeRate,
            double baseRate,
            double labelRate,
            double dependsRate,
            int bodyBytes,
            boolean oddities) {
        /** Small, dense histories for the differential test. */
        public static final Shape DIFFERENTIAL = new Shape(0.14, 0.14, 0.04, 0.14, 0.10, 0, true);
        /** A long, mostly linear team history (occasional forks that get merged), ~4 KB per file. */
        public static final Shape BENCHMARK = new Shape(0.01, 0.3, 0.0, 0.001, 0.01, 3600, false);
    }

    private static final String[] WORDS = {
        "add",
        "users",
        "orders",
        "index",
        "org_id",
        "drop",
        "column",
        "events",
        "backfill",
        "rename",
        "invoices",
        "audit",
        "log",
        "tenant",
        "timestamps",
        "status",
        "enum",
        "constraint"
    };
    private static final String[] DESCRIPTION_EXTRAS = {"", "", "", " (café)", " — follow-up", " 🚀", " naïve fix"};

    private final Random rnd;
    private final Shape shape;

    private HistoryGenerator(long seed, Shape shape) {
        this.rnd = new Random(seed);
        this.shape = shape;
    }

    /** A random history of {@code size} revisions. */
    public static History generate(long seed, int size, Shape shape) {
        return new HistoryGenerator(seed, shape).history(seed, size);
    }

    private History history(long seed, int size) {
        IdScheme scheme = rnd.nextBoolean() ? IdScheme.HEX : IdScheme.SEQUENTIAL;
        List<Revision> revs = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> labels = new ArrayList<>();
        int labelCounter = 0;
        for (int i = 0; i < size; i++) {
            String id;
            do {
                id = scheme == IdScheme.SEQUENTIAL
                        ? String.format("%04d", i + 1)
                        : String.format("%012x", rnd.nextLong() & 0xffff_ffff_ffffL);
            } while (!ids.add(id));
            List<String> downs = new ArrayList<>();
            double r = rnd.nextDouble();
            if (revs.isEmpty() || r < shape.baseRate()) {
                // independent base
            } else if (r < shape.baseRate() + shape.mergeRate() && heads.size() >= 2) {
                List<String> pool = new ArrayList<>(heads);
                int n = pool.size() >= 3 && rnd.nextInt(5) == 0 ? 3 : 2;
                for (int k = 0; k < n; k++) {
                    downs.add(pool.remove(rnd.nextInt(pool.size())));
                }
            } else if (r < shape.baseRate() + shape.mergeRate() + shape.forkRate()) {
                downs.add(revs.get(rnd.nextInt(revs.size())).id()); // any revision: a fork unless it is a head
            } else {
                // extend a head, preferring recent ones so linear runs form
                int idx = heads.size() - 1 - (int) Math.min(heads.size() - 1, Math.abs(rnd.nextGaussian()) * 1.5);
                downs.add(heads.get(idx));
            }
            List<String> myLabels = new ArrayList<>();
            if (rnd.nextDouble() < shape.labelRate()) {
                int n = rnd.nextInt(5) == 0 ? 2 : 1;
                for (int k = 0; k < n; k++) {
                    String label = WORDS[rnd.nextInt(WORDS.length)] + "_branch" + (++labelCounter);
                    myLabels.add(label);
                }
            }
            List<String> depends = new ArrayList<>();
            if (!revs.isEmpty() && rnd.nextDouble() < shape.dependsRate()) {
                int n = rnd.nextInt(4) == 0 ? 2 : 1;
                for (int k = 0; k < n; k++) {
                    String target = !labels.isEmpty() && rnd.nextInt(3) == 0
                            ? labels.get(rnd.nextInt(labels.size()))
                            : revs.get(rnd.nextInt(revs.size())).id();
                    if (!downs.contains(target) && !depends.contains(target)) {
                        depends.add(target);
                    }
                }
            }
            heads.removeAll(downs);
            heads.add(id);
            labels.addAll(myLabels);
            revs.add(new Revision(id, downs, myLabels, depends, slug()));
        }
        return new History(seed, scheme, revs);
    }

    private String slug() {
        int n = 1 + rnd.nextInt(4);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return String.join("_", parts);
    }

    /** Writes {@code alembic.ini}, {@code migrations/env.py}, {@code script.py.mako} and every revision file. */
    public static Path writeProject(History h, Path dir, Shape shape) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("alembic.ini"), """
                [alembic]
                script_location = %(here)s/migrations
                file_template = %%(rev)s_%%(slug)s

                [loggers]
                keys = root

                [handlers]
                keys = console

                [formatters]
                keys = generic

                [logger_root]
                level = WARN
                handlers = console

                [handler_console]
                class = StreamHandler
                args = (sys.stderr,)
                formatter = generic

                [formatter_generic]
                format = %%(levelname)-5.5s [%%(name)s] %%(message)s
                """);
        Path migrations = dir.resolve("migrations");
        Path versions = migrations.resolve("versions");
        Files.createDirectories(versions);
        // `alembic heads` never runs env.py; if something did, it must not try to connect anywhere
        Files.writeString(migrations.resolve("env.py"), """
                from alembic import context

                raise RuntimeError("env.py of a generated history: no database here")
                """);
        Files.writeString(migrations.resolve("script.py.mako"), """
                \"\"\"${message}

                Revision ID: ${up_revision}
                Revises: ${down_revision | comma,n}
                Create Date: ${create_date}

                \"\"\"
                from alembic import op
                import sqlalchemy as sa
                ${imports if imports else ""}

                revision = ${repr(up_revision)}
                down_revision = ${repr(down_revision)}
                branch_labels = ${repr(branch_labels)}
                depends_on = ${repr(depends_on)}


                def upgrade() -> None:
                    ${upgrades if upgrades else "pass"}


                def downgrade() -> None:
                    ${downgrades if downgrades else "pass"}
                """);
        for (var file : render(h, shape).entrySet()) {
            Files.writeString(versions.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        if (shape.oddities() && h.seed() % 3 == 0) {
            // what Alembic does not load: __init__.py, other files, and anything in a subdirectory (no
            // recursive_version_locations); a revision in there would add a head if it were read
            Files.writeString(versions.resolve("__init__.py"), "revision = 'not-a-revision'\ndown_revision = None\n");
            Files.writeString(versions.resolve("README.md"), "revision = 'nope'\n");
            Path archive = Files.createDirectories(versions.resolve("archive"));
            Files.writeString(archive.resolve("0000_archived.py"), "revision = 'archived'\ndown_revision = None\n");
        }
        return dir;
    }

    /** Every revision file of {@code h}: file name to text, in history order (deterministic for the seed). */
    public static java.util.LinkedHashMap<String, String> render(History h, Shape shape) {
        HistoryGenerator renderer = new HistoryGenerator(h.seed() * 31 + 7, shape);
        java.util.LinkedHashMap<String, String> files = new java.util.LinkedHashMap<>();
        for (Revision r : h.revisions()) {
            files.put(r.fileName(), renderer.render(r));
        }
        return files;
    }

    /** Renders one revision file; every style choice is random but valid Python that Alembic reads the same way. */
    String render(Revision r) {
        boolean odd = shape.oddities();
        String nl = odd && chance(0.05) ? "\r\n" : "\n";
        char q = rnd.nextBoolean() ? '"' : '\'';
        boolean annotated = chance(0.4);
        StringBuilder sb = new StringBuilder();
        if (chance(0.1)) {
            sb.append("# -*- coding: utf-8 -*-").append(nl);
        }
        if (odd && chance(0.1)) {
            sb.append("# revision = \"commented-out\"").append(nl).append(nl);
        }
        boolean docstring = chance(0.9);
        if (docstring) {
            String dq = chance(0.8) ? "\"\"\"" : "'''";
            String prefix = odd && chance(0.05) ? "r" : "";
            sb.append(prefix)
                    .append(dq)
                    .append(r.slug().replace('_', ' '))
                    .append(DESCRIPTION_EXTRAS[rnd.nextInt(DESCRIPTION_EXTRAS.length)])
                    .append(nl)
                    .append(nl)
                    .append("Revision ID: ")
                    .append(r.id())
                    .append(nl)
                    .append("Revises: ")
                    .append(String.join(", ", r.downRevisions()))
                    .append(nl)
                    .append("Create Date: 2024-0")
                    .append(1 + rnd.nextInt(9))
                    .append("-1")
                    .append(rnd.nextInt(10))
                    .append(" 12:34:56.")
                    .append(100000 + rnd.nextInt(899999))
                    .append(nl)
                    .append(nl)
                    .append(dq)
                    .append(nl);
        }
        if (annotated) {
            sb.append("from typing import Optional, Sequence, Union").append(nl).append(nl);
        }
        sb.append("from alembic import op")
                .append(nl)
                .append("import sqlalchemy as sa")
                .append(nl);
        if (odd && chance(0.15)) {
            // a module-level string that is not the docstring (unless there is none), holding decoy assignments
            sb.append(nl)
                    .append("\"\"\"Notes: revision = 'decoy'")
                    .append(nl)
                    .append("down_revision = None\"\"\"")
                    .append(nl);
        }
        if (odd && chance(0.1)) {
            sb.append("revision_note = ")
                    .append(q)
                    .append("not the revision")
                    .append(q)
                    .append(nl);
            sb.append("down_revision_old = None").append(nl);
        }
        sb.append(nl);
        if (chance(0.7)) {
            sb.append("# revision identifiers, used by Alembic.").append(nl);
        }
        if (odd && chance(0.03)) {
            // re-assignment: Python keeps the last value, and so must we
            sb.append("down_revision = ")
                    .append(q)
                    .append("placeholder")
                    .append(q)
                    .append(nl);
        }
        List<String> lines = new ArrayList<>();
        lines.add(assign("revision", annotated ? "str" : null, str(r.id(), q), q, nl));
        lines.add(assign(
                "down_revision",
                annotated ? pick("Union[str, None]", "Union[str, Sequence[str], None]", "Optional[str]") : null,
                sequenceOrScalar(r.downRevisions(), q, nl, false),
                q,
                nl));
        boolean omitLabels = r.branchLabels().isEmpty() && chance(0.15);
        if (!omitLabels) {
            lines.add(assign(
                    "branch_labels",
                    annotated ? "Union[str, Sequence[str], None]" : null,
                    sequenceOrScalar(r.branchLabels(), q, nl, true),
                    q,
                    nl));
        }
        boolean omitDepends = r.dependsOn().isEmpty() && chance(0.15);
        if (!omitDepends) {
            lines.add(assign(
                    "depends_on",
                    annotated ? "Union[str, Sequence[str], None]" : null,
                    sequenceOrScalar(r.dependsOn(), q, nl, true),
                    q,
                    nl));
        }
        if (odd && chance(0.1)) {
            java.util.Collections.shuffle(lines, rnd); // Python does not care about the order
        }
        if (odd
                && chance(0.05)
                && lines.size() >= 2
                && !lines.get(0).contains(nl)
                && !lines.get(1).contains(nl)
                && !lines.get(0).contains("#")
                && !lines.get(1).contains("#")) {
            // two statements on one line
            lines.set(1, lines.get(0) + "; " + lines.get(1));
            lines.remove(0);
        }
        for (String line : lines) {
            sb.append(line).append(nl);
            if (odd && chance(0.05)) {
                sb.append("# depends_on = ")
                        .append(q)
                        .append("in a comment")
                        .append(q)
                        .append(nl);
            }
        }
        sb.append(nl).append(nl);
        body(sb, r, q, nl, odd);
        return sb.toString();
    }

    private void body(StringBuilder sb, Revision r, char q, String nl, boolean odd) {
        String table = r.slug().split("_")[0] + "_" + r.id().substring(0, Math.min(6, r.id().length()));
        sb.append("def upgrade() -> None:").append(nl);
        if (odd && chance(0.3)) {
            sb.append("    \"\"\"Upgrade. down_revision = 'decoy'\"\"\"").append(nl);
            sb.append("    revision = ")
                    .append(q)
                    .append("local-decoy")
                    .append(q)
                    .append(nl);
        }
        int target = shape.bodyBytes();
        int start = sb.length();
        int col = 0;
        do {
            sb.append("    op.create_table(")
                    .append(nl)
                    .append("        ")
                    .append(q)
                    .append(table)
                    .append("_")
                    .append(col)
                    .append(q)
                    .append(",")
                    .append(nl)
                    .append("        sa.Column(\"id\", sa.UUID(as_uuid=True), primary_key=True),")
                    .append(nl)
                    .append("        sa.Column(\"org_id\", sa.Text(), nullable=False, server_default=\"default\"),")
                    .append(nl)
                    .append("        sa.Column(\"name\", sa.Text(), nullable=True),")
                    .append(nl)
                    .append(
                            "        sa.Column(\"created_at\", sa.DateTime(timezone=True), server_default=sa.text(\"now()\")),")
                    .append(nl)
                    .append(
                            "        sa.Column(\"updated_at\", sa.DateTime(timezone=True), server_default=sa.text(\"now()\")),")
                    .append(nl)
                    .append("    )")
                    .append(nl)
                    .append("    op.create_index(\"ix_")
                    .append(table)
                    .append("_")
                    .append(col)
                    .append("_org_id\", \"")
                    .append(table)
                    .append("_")
                    .append(col)
                    .append("\", [\"org_id\"])")
                    .append(nl);
            col++;
        } while (sb.length() - start < target - 400);
        sb.append(nl).append(nl).append("def downgrade() -> None:").append(nl);
        for (int c = col - 1; c >= 0; c--) {
            sb.append("    op.drop_table(")
                    .append(q)
                    .append(table)
                    .append("_")
                    .append(c)
                    .append(q)
                    .append(")")
                    .append(nl);
        }
    }

    private String assign(String name, String annotation, String value, char q, String nl) {
        boolean odd = shape.oddities();
        StringBuilder sb = new StringBuilder(name);
        if (annotation != null) {
            sb.append(": ").append(annotation);
        }
        if (odd && annotation == null && !value.contains("\n") && chance(0.04)) {
            sb.append(" = \\").append(nl).append("    ").append(value);
        } else {
            sb.append(" = ").append(value);
        }
        if (odd && chance(0.15)) {
            sb.append("  # ").append(pick("noqa", "type: ignore", "set by hand", "was " + q + "abc" + q));
        }
        return sb.toString();
    }

    /**
     * {@code None}, a plain string, or a tuple/list (maybe multi-line with comments and a trailing comma). With
     * {@code allowOneTuple}, one element may still be written as a sequence; down_revision uses a plain string.
     */
    private String sequenceOrScalar(List<String> values, char q, String nl, boolean allowOneTuple) {
        if (values.isEmpty()) {
            return shape.oddities() && allowOneTuple && chance(0.05) ? "()" : "None";
        }
        if (values.size() == 1 && (!allowOneTuple || chance(0.5))) {
            return str(values.get(0), q);
        }
        boolean list = chance(0.3);
        String open = list ? "[" : "(";
        String close = list ? "]" : ")";
        if (shape.oddities() && chance(0.25)) {
            StringBuilder sb = new StringBuilder(open).append(nl);
            for (String v : values) {
                if (chance(0.3)) {
                    sb.append("    # ")
                            .append(pick("the main line", "hotfix", "see ticket 42"))
                            .append(nl);
                }
                sb.append("    ").append(str(v, q)).append(",").append(nl);
            }
            return sb.append(close).toString();
        }
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(str(values.get(i), q));
        }
        if (values.size() == 1 && !list) {
            sb.append(",");
        } else if (chance(0.1)) {
            sb.append(",");
        }
        return sb.append(close).toString();
    }

    private String str(String v, char q) {
        if (shape.oddities() && v.length() > 2 && chance(0.03)) {
            int cut = 1 + rnd.nextInt(v.length() - 1);
            return q + v.substring(0, cut) + q + " " + q + v.substring(cut) + q; // implicit concatenation
        }
        String prefix = shape.oddities() && chance(0.03) ? pick("u", "r", "R") : "";
        return prefix + q + v + q;
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private String pick(String... options) {
        return options[rnd.nextInt(options.length)];
    }

    /** {@code HistoryGenerator DIR REVISIONS [SEED]}: writes a benchmark project (mostly linear, ~4 KB files). */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HistoryGenerator DIR REVISIONS [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        History h = generate(seed, size, Shape.BENCHMARK);
        writeProject(h, dir, Shape.BENCHMARK);
        System.out.println(dir + ": " + size + " revisions (" + h.scheme() + " ids), heads " + h.modelHeads());
    }
}
