package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.ImportStyles;
import dev.migrationlsp.alembic.ImportStyles.Marked;
import dev.migrationlsp.alembic.ImportStyles.Marker;
import dev.migrationlsp.alembic.ImportStyles.Spelling;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each PostgreSQL rule's positive case rendered in every import style and layout ({@link ImportStyles}): the codes and
 * ranges must be exactly the marked ones, whatever the spelling. Every fix offered is applied, and at the end all
 * rendered and fixed files go to one real {@code python3} that runs them under real Alembic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSpellingsTest {
    static final Map<String, String> CASES = Map.of(
            "shared helper column", """
                    def _org_id():
                        return sa.Column("org_id", «org-id-type:sa.Integer()», server_default="default")


                    def upgrade():
                        for name in ("a", "b", "c"):
                            op.create_table(
                                name,
                                sa.Column("id", PG.UUID(as_uuid=True), primary_key=True),
                                _org_id(),
                                sa.Column("created_at", sa.DateTime(timezone=True)),
                                sa.Column("updated_at", sa.DateTime(timezone=True)),
                            )
                        op.create_table(
                            "d",
                            sa.Column("id", PG.UUID(as_uuid=True), primary_key=True),
                            _org_id(),
                            sa.Column("created_at", sa.DateTime(timezone=True)),
                            sa.Column("updated_at", sa.DateTime(timezone=True)),
                        )


                    def downgrade():
                        op.drop_table("d")
                    """,
            "created table", """
                    def upgrade():
                        op.create_table(
                            «missing-org-id,missing-timestamps:"t"»,
                            sa.Column("id", «non-uuid-primary-key:sa.Integer()», primary_key=True),
                            sa.Column("name", «string-column:sa.String(50)»),
                        )


                    def downgrade():
                        op.drop_table("t")
                    """,
            "org_id and timestamps", """
                    def upgrade():
                        op.create_table(
                            "t",
                            sa.Column("id", PG.UUID(as_uuid=True), primary_key=True),
                            sa.Column("org_id", «org-id-type:sa.Integer()», server_default="default"),
                            sa.Column("created_at", «naive-timestamp:sa.DateTime()», server_default=sa.func.now()),
                            sa.Column("updated_at", sa.DateTime(timezone=True)),
                        )


                    def downgrade():
                        op.drop_table("t")
                    """,
            "added and altered columns", """
                    def upgrade():
                        op.add_column("t", sa.Column("a", «naive-timestamp:sa.TIMESTAMP()»))
                        op.alter_column("t", "b", type_=«string-column:sa.VARCHAR(20)»)


                    def «empty-downgrade:downgrade»():
                        pass
                    """,
            "batch", """
                    def upgrade():
                        with op.batch_alter_table("t") as batch_op:
                            batch_op.add_column(sa.Column("a", «string-column:sa.String()»))
                        with op.batch_alter_table("u", schema="s") as b:
                            b.create_index("ix_u_a", ["a"])


                    def «empty-downgrade:downgrade»():
                        pass
                    """,
            "shared constant", """
                    _STAMP = «naive-timestamp:sa.DateTime()»


                    def upgrade():
                        op.add_column("t", sa.Column("a", _STAMP))
                        op.add_column("t", sa.Column("b", _STAMP))
                        op.add_column("u", sa.Column("c", _STAMP))


                    def downgrade():
                        op.drop_column("u", "c")
                        op.drop_column("t", "b")
                        op.drop_column("t", "a")
                    """,
            "execute", """
                    def upgrade():
                        op.execute(sa.text("CREATE INDEX ix_t_a ON t (a)"))


                    def «empty-downgrade:downgrade»():
                        pass
                    """);

    PostgresDiagnostics diagnostics;
    final List<String> fixedTexts = new ArrayList<>();

    @BeforeAll
    void setUp(@TempDir Path root) {
        diagnostics = new PostgresDiagnostics(root);
    }

    Stream<Arguments> cases() {
        return CASES.keySet().stream()
                .sorted()
                .flatMap(name -> ImportStyles.spellings().stream().map(s -> Arguments.of(name, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void sameCodesAndRangesInEverySpelling(String name, Spelling spelling) {
        Marked m = ImportStyles.markers(ImportStyles.render(CASES.get(name), spelling));
        List<Finding> found = diagnostics.findings(m.text());
        List<Marker> actual = found.stream()
                .map(f -> new Marker(
                        f.code().id(), f.span().startOffset(), f.span().endOffset()))
                .sorted(Comparator.comparing(Marker::start).thenComparing(Marker::code))
                .toList();
        List<Marker> expected = m.markers().stream()
                .sorted(Comparator.comparing(Marker::start).thenComparing(Marker::code))
                .toList();
        assertThat(actual).as(m.text()).isEqualTo(expected);
        for (Finding f : found) {
            for (Fix fix : f.fixes()) {
                synchronized (fixedTexts) {
                    fixedTexts.add(PostgresDiagnostics.apply(m.text(), fix));
                }
            }
        }
    }

    /** Half-typed code in every spelling: every prefix of every case goes through every rule without an exception. */
    @org.junit.jupiter.api.Test
    void everyPrefixInEverySpellingNeverThrows() {
        var rules = diagnostics.documentRules();
        int checked = 0;
        List<Spelling> spellings = ImportStyles.spellings();
        for (String name : CASES.keySet()) {
            for (int i = 0; i < spellings.size(); i += 5) {
                String full = ImportStyles.markers(ImportStyles.render(CASES.get(name), spellings.get(i)))
                        .text();
                for (int cut = 0; cut <= full.length(); cut += 4) {
                    var doc = new dev.migrationlsp.workspace.Document(
                            Path.of("/w/alembic/versions/x.py"),
                            dev.migrationlsp.workspace.FileKind.ALEMBIC,
                            full.substring(0, cut),
                            cut,
                            true);
                    var ctx = new dev.migrationlsp.rules.DocumentContext(
                            null, doc, dev.migrationlsp.core.CancelChecker.NEVER);
                    for (var rule : rules) {
                        if (rule.appliesTo(doc.kind())) {
                            rule.check(ctx);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    /**
     * One python3 run loads every rendered file and every fixed file with importlib, as Alembic does, and runs its
     * {@code upgrade()} and {@code downgrade()} under real Alembic in offline (SQL output) mode against the
     * PostgreSQL dialect: the spellings are real Alembic, and fixes keep the file's spelling with the imports they
     * need.
     */
    @AfterAll
    void renderedAndFixedFilesRunUnderRealAlembic(@TempDir Path dir) throws IOException {
        assertThat(fixedTexts).isNotEmpty();
        RealTools.requirePython("alembic", "sqlalchemy");
        int i = 0;
        for (String text : fixedTexts) {
            Files.writeString(dir.resolve(String.format("fixed_%04d.py", i++)), text);
        }
        for (String name : CASES.keySet()) {
            for (Spelling s : ImportStyles.spellings()) {
                Files.writeString(
                        dir.resolve(String.format("rendered_%04d.py", i++)),
                        ImportStyles.markers(ImportStyles.render(CASES.get(name), s))
                                .text());
            }
        }
        RealTools.Result r =
                RealTools.run(List.of(RealTools.PYTHON.toString(), "-c", """
                import importlib.util, io, pathlib, sys, traceback
                from alembic.migration import MigrationContext
                from alembic.operations import Operations
                sys.dont_write_bytecode = True
                bad = []
                files = sorted(pathlib.Path(sys.argv[1]).glob("*.py"))
                for p in files:
                    try:
                        spec = importlib.util.spec_from_file_location(p.stem, p)
                        module = importlib.util.module_from_spec(spec)
                        spec.loader.exec_module(module)
                        ctx = MigrationContext.configure(dialect_name="postgresql",
                                                         opts={"as_sql": True, "output_buffer": io.StringIO()})
                        with Operations.context(ctx):
                            module.upgrade()
                            module.downgrade()
                    except Exception:
                        bad.append(p.name + ": " + traceback.format_exc(limit=2)
                                   + ("" if bad else "\\n" + p.read_text()))
                print("\\n".join(bad))
                print(len(files), "files")
                sys.exit(1 if bad else 0)
                """, dir.toString()), dir, Map.of());
        assertThat(r.ok()).as(r.out()).isTrue();
        assertThat(r.out()).contains(i + " files");
    }
}
