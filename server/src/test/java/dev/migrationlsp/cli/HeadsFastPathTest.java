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

/** {@code heads} skips picocli for simple arguments; it must behave exactly as the picocli path does. */
class HeadsFastPathTest {
    @TempDir
    Path root;

    record Result(OptionalInt code, String out, String err) {}

    private static Result fast(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt code = HeadsCommand.runWithoutPicocli(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** The same arguments through picocli, as {@link RootCommand#run} runs them. */
    private static Result picocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RootCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Path.of(""));
        int code = cl.execute(args);
        return new Result(OptionalInt.of(code), out.toString(), err.toString());
    }

    private void history() throws IOException {
        Path v = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        Files.writeString(
                v.resolve("0001_a.py"), "revision = '0001'\ndown_revision = None\nbranch_labels = ('core',)\n");
        Files.writeString(v.resolve("0002_b.py"), "revision = '0002'\ndown_revision = '0001'\n");
        Files.writeString(v.resolve("0003_c.py"), "revision = '0003'\ndown_revision = '0001'\n");
    }

    @Test
    void simpleArgumentsGiveWhatPicocliGives() throws IOException {
        history();
        String dir = root.toString();
        for (String[] args : new String[][] {
            {"heads", dir},
            {"heads", "--format", "json", dir},
            {"heads", dir, "--format=TEXT"},
            {"heads", "--format", "Json", dir},
            {"heads", dir, "--no-cache"},
            {"heads", "--no-cache", "--format", "json", dir},
        }) {
            Result fast = fast(args);
            assertThat(fast.code())
                    .as("fast path taken for %s", String.join(" ", args))
                    .isPresent();
            assertThat(fast).as("heads %s", String.join(" ", args)).isEqualTo(picocli(args));
        }
        assertThat(fast("heads", dir).out())
                .isEqualTo("0002 (core)\n0003 (core)\n".replace("\n", System.lineSeparator()));
        assertThat(fast("heads", dir).err()).contains("more than one head");
        // the header cache (on in tests, under target/test-cache) changes nothing: warm, or turned off
        assertThat(fast("heads", dir)).isEqualTo(fast("heads", dir, "--no-cache"));
    }

    @Test
    void historyGivesWhatPicocliGives() throws IOException {
        Files.createDirectories(root.resolve("db/core/versions"));
        Files.createDirectories(root.resolve("db/tenant/versions"));
        Files.writeString(
                root.resolve("db/alembic.ini"),
                "[core]\nscript_location = %(here)s/core\n" + "[tenant]\nscript_location = %(here)s/tenant\n");
        Files.writeString(root.resolve("db/core/versions/0001_a.py"), "revision = '0001'\ndown_revision = None\n");
        Files.writeString(root.resolve("db/tenant/versions/0001_a.py"), "revision = '0001'\ndown_revision = None\n");
        Files.writeString(root.resolve("db/tenant/versions/0002_b.py"), "revision = '0002'\ndown_revision = '0001'\n");
        String dir = root.toString();
        for (String[] args : new String[][] {
            {"heads", dir},
            {"heads", dir, "--history", "tenant"},
            {"heads", "--history=core", "--format", "json", dir},
            {"heads", dir, "--history", "nope"},
        }) {
            Result fast = fast(args);
            assertThat(fast.code())
                    .as("fast path taken for %s", String.join(" ", args))
                    .isPresent();
            assertThat(fast).as("heads %s", String.join(" ", args)).isEqualTo(picocli(args));
        }
        assertThat(fast("heads", dir).out())
                .isEqualTo("core: 0001\ntenant: 0002\n".replace("\n", System.lineSeparator()));
        assertThat(fast("heads", dir, "--history", "nope").code()).hasValue(RootCommand.USAGE);
    }

    @Test
    void usageErrorsMatchPicocli() {
        String missing = root.resolve("missing").toString();
        Result fast = fast("heads", missing);
        assertThat(fast.code()).hasValue(RootCommand.USAGE);
        assertThat(fast).isEqualTo(picocli("heads", missing));
        assertThat(fast.err()).startsWith("migration-lsp: not a directory: ");
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        String dir = root.toString();
        for (String[] args : new String[][] {
            {},
            {"check", dir},
            {"heads", "--help"},
            {"heads", dir, "extra"},
            {"heads", "--format", "xml", dir},
            {"heads", "--format"},
            {"heads", "@args.txt"},
            {"heads", "-x"},
            {"heads", ""},
        }) {
            assertThat(fast(args).code())
                    .as("fast path for %s", String.join(" ", args))
                    .isEmpty();
        }
        assertThat(CliTest.run("heads", "--format", "xml", dir).code()).isEqualTo(RootCommand.USAGE);
    }
}
