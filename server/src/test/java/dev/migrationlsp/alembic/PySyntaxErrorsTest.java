package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.HistoryGenerator.Shape;
import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PySyntaxErrorsTest {

    /** {@code $0} marks where the one expected problem is reported; {@code \n} is written as {@code ⏎}. */
    private static void check(String marked, String expectedMessageStart) {
        String text = marked.replace("⏎", "\n");
        int at = text.indexOf("$0");
        String src = text.replace("$0", "");
        assertThat(PyReader.syntaxErrors(src)).as(src).singleElement().satisfies(p -> {
            assertThat(p.offset()).isEqualTo(at);
            assertThat(p.message()).startsWith(expectedMessageStart);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "x = $0(1,⏎y = 2⏎                             | '(' was never closed",
                "x = 1$0)⏎                                    | unmatched ')'",
                "x = [1, 2$0)⏎                                | closing parenthesis ')' does not match",
                "x = $0'abc⏎y = 1⏎                            | unterminated string literal",
                "x = $0rb'abc⏎                                | unterminated string literal",
                "x = $0'''abc⏎y = 1⏎                          | unterminated triple-quoted string literal",
                "def f():⏎$0x = 1⏎                            | expected an indented block",
                "def f():$0                                   | expected an indented block",
                "def f():⏎    # only a comment⏎$0             | expected an indented block",
                "x = 1⏎    $0y = 2⏎                           | unexpected indent",
                "if x:⏎        a = 1⏎    $0b = 2⏎             | unindent does not match",
            })
    void findsTheProblem(String marked, String message) {
        check(marked.strip(), message);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "x = {'a': [1, (2,\n3)]}  # ) ] }\n",
                "s = 'it\\'s' + \"a \\\" b\" + r'\\d' + f'{x}'\n",
                "x = 1 + \\\n    2\n",
                "def f():\n    '''doc (\n    '''\n    return [\n  1,\n]\n\n\nclass C: pass\n",
                "@decorator(\n    a=1,\n)\ndef g() -> None:\n\tif a:\n\t\tpass\n\telse:\n\t\treturn\n",
                "if a:\r\n    b = 1\r\nc = 2\r\n",
                "\ufeffrevision = 'a'\n",
                "x = lambda: 1\ny: int = 2\nd = {1: 2}[1]\n",
            })
    void acceptsValidPython(String src) {
        assertThat(PyReader.syntaxErrors(src)).as(src).isEmpty();
    }

    /**
     * CPython as the oracle: on valid files (the examples, generated histories) nothing is reported, and on truncated
     * files every error CPython reports in one of the checked categories (brackets, strings, indentation) is found.
     */
    @Test
    void agreesWithCPython(@TempDir Path tmp) throws IOException {
        RealTools.requirePython();
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
            for (Path p :
                    files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                sources.add(Files.readString(p));
            }
        }
        for (long seed = 1; seed <= 5; seed++) {
            sources.addAll(
                    HistoryGenerator.render(HistoryGenerator.generate(seed, 6, Shape.DIFFERENTIAL), Shape.DIFFERENTIAL)
                            .values());
        }
        String whole = sources.get(sources.size() / 2);
        for (int end = 1; end < whole.length(); end += 5) {
            sources.add(whole.substring(0, end));
        }
        for (int i = 0; i < sources.size(); i++) {
            Files.writeString(tmp.resolve(i + ".py"), sources.get(i));
        }
        String script = "import sys\n"
                + "for i in range(int(sys.argv[1])):\n"
                + "    src = open(f'{i}.py', encoding='utf-8').read()\n"
                + "    try:\n"
                + "        compile(src, 'f', 'exec')\n"
                + "        print(f'{i}\\tok')\n"
                + "    except SyntaxError as e:\n"
                + "        print(f'{i}\\t{e.msg}')\n";
        RealTools.Result r =
                RealTools.run(List.of(RealTools.PYTHON.toString(), "-c", script, "" + sources.size()), tmp, Map.of());
        assertThat(r.ok()).as(r.out()).isTrue();
        List<String> disagreements = new ArrayList<>();
        int checkedErrors = 0;
        for (String line : r.out().strip().split("\n")) {
            String[] cols = line.split("\t", 2);
            String src = sources.get(Integer.parseInt(cols[0]));
            String cpython = cols[1];
            List<PySyntaxErrors.Problem> ours = PyReader.syntaxErrors(src);
            boolean checkedCategory = cpython.contains("never closed")
                    || cpython.contains("unterminated")
                    || cpython.contains("indent")
                    || cpython.contains("does not match")
                    || cpython.startsWith("unmatched");
            checkedErrors += checkedCategory ? 1 : 0;
            if (cpython.equals("ok") && !ours.isEmpty() || checkedCategory && ours.isEmpty()) {
                disagreements.add("CPython: " + cpython + ", ours: " + ours + "\n--- source ---\n" + src);
            }
        }
        assertThat(checkedErrors)
                .as("truncated files CPython rejects for brackets, strings or indentation")
                .isGreaterThan(20);
        assertThat(disagreements).isEmpty();
    }
}
