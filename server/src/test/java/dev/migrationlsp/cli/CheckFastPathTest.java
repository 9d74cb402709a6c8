package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code check} skips picocli for plain arguments; it must behave exactly as the picocli path does. */
class CheckFastPathTest {
    @TempDir
    Path root;

    record Result(OptionalInt code, String out, String err) {}

    private Result fast(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt code =
                CheckCommand.runWithoutPicocli(args, new PrintWriter(out, true), new PrintWriter(err, true), root);
        return new Result(code, out.toString(), err.toString());
    }

    /** The same arguments through picocli, as {@link RootCommand#run} ran them before. */
    private Result picocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RootCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), root, args);
        int code = cl.execute(args);
        return new Result(OptionalInt.of(code), out.toString(), err.toString());
    }

    private void workspace() throws IOException {
        Path v = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        Files.writeString(
                v.resolve("0001_a.py"),
                "revision = '0001'\ndown_revision = None\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                        + "def upgrade():\n    op.add_column('users', sa.Column('x', sa.Integer(), nullable=False))\n");
        Files.writeString(v.resolve("0002_b.py"), "revision = '0002'\ndown_revision = '0001'\n");
        Files.writeString(v.resolve("0003_c.py"), "revision = '0003'\ndown_revision = '0001'\n");
        Path ch = Files.createDirectories(root.resolve("migrations/clickhouse"));
        Files.writeString(ch.resolve("001_init.sql"), "CREATE TABLE t (a UInt8) ENGINE = MergeTree ORDER BY a;\n");
    }

    @Test
    void plainArgumentsGiveWhatPicocliGives() throws IOException {
        workspace();
        String dir = root.toString();
        for (String[] args : new String[][] {
            {"check", dir},
            {"check"},
            {"check", ".", "--exit-zero"},
            {"check", "--format", "json", dir},
            {"check", dir, "--format=SARIF", "--exit-zero"},
            {"check", "--format", "github", "--fail-on", "warning", dir},
            {"check", dir, "--statistics"},
            {"check", dir, "--no-cache", "--exit-zero"},
            {"check", dir, "--statistics", "--format", "json"},
            {"check", dir, "--history", "alembic"},
            {"check", dir, "--history", "nope"},
            {"check", dir, "--baseline", "missing.json"},
            {"check", dir, "--staged", "--changed-since", "main"},
            {"check", root.resolve("nothing-here").toString()},
        }) {
            Result fast = fast(args);
            assertThat(fast.code())
                    .as("fast path taken for %s", String.join(" ", args))
                    .isPresent();
            assertThat(fast).as("check %s", String.join(" ", args)).isEqualTo(picocli(args));
        }
        assertThat(fast("check", dir).code()).hasValue(RootCommand.FINDINGS);
        assertThat(fast("check", dir, "--exit-zero").code()).hasValue(RootCommand.OK);
    }

    @Test
    void theReportFileIsWrittenAsPicocliWroteIt() throws IOException {
        workspace();
        Result fast = fast("check", root.toString(), "-o", "fast.json", "--format", "json");
        Result slow = picocli("check", root.toString(), "-o", "slow.json", "--format", "json");
        assertThat(fast).isEqualTo(slow);
        assertThat(Files.readString(root.resolve("fast.json"))).isEqualTo(Files.readString(root.resolve("slow.json")));
    }

    @Test
    void otherShapesAreLeftToPicocli() {
        for (String[] args : new String[][] {
            {"check", "--help"},
            {"check", "-h"},
            {"check", "--version"},
            {"check", "--format", "xml"},
            {"check", "--format"},
            {"check", "--format", "--exit-zero"},
            {"check", "--format=", "."},
            {"check", "--exit-zero", "--exit-zero"},
            {"check", "--exit-zero=true"},
            {"check", "a", "b"},
            {"check", "@args.txt"},
            {"check", "--", "."},
            {"check", "--frobnicate"},
            {"check", "-o=x"},
            {"heads", "."},
        }) {
            assertThat(fast(args).code()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(picocli("check", "--format", "xml").code()).hasValue(RootCommand.USAGE);
    }
}
