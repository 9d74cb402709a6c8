package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.HistoryGenerator.Shape;
import dev.migrationlsp.alembic.PythonTokenizer.Kind;
import dev.migrationlsp.alembic.PythonTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTokenizerTest {

    /** The module-level mode must be exactly the full token stream without the tokens of indented lines. */
    @Test
    void moduleLevelTokensAreTheFullStreamWithoutIndentedLines() {
        List<String> sources = new ArrayList<>(List.of(
                "def f():\n    x = '''a\nrevision = 'not module level'\n'''\n    y = (1,\n2)\nrevision = 'r'\n",
                "if x:\n    s = \"\\\"\" # c\n\t# comment\nz = 1  # tail\n",
                "class C:\n    a = r'\\'\n    b = [\n  'x',\n]\nw = 2\n",
                "x = 1 \\\n    + 2\n    y = 'unterminated\nz = 3\n",
                "\n  \n\r\n    # indented comment\nrev = 'a'",
                "def f():\n    x = \\\r\n'col0 continuation'\n    y = [\n'a', (\n]\nz = 'after'\n",
                "if a:\r    s = 'it\\'s'\r    t = \"unterminated\rrev = 1\r",
                "def g():\n    '''open triple\nrevision = 'inside'\n",
                "class K:\n    a = {'k': [1, (2,\n3)]}  # ) ] }\n    b = r'\\' + \"\\\\\"\nrevision = 'r'\n"));
        for (long seed = 1; seed <= 20; seed++) {
            sources.addAll(
                    HistoryGenerator.render(HistoryGenerator.generate(seed, 8, Shape.DIFFERENTIAL), Shape.DIFFERENTIAL)
                            .values());
        }
        for (String src : sources) {
            List<Token> expected = PythonTokenizer.tokenize(src).stream()
                    .filter(t -> !t.indented())
                    .toList();
            assertThat(PythonTokenizer.tokenizeModuleLevel(src))
                    .as("module-level tokens of %s", src)
                    .isEqualTo(expected);
        }
    }

    @Test
    void indentedLinesProduceNoTokensInModuleLevelMode() {
        List<Token> tokens = PythonTokenizer.tokenizeModuleLevel("def up():\n    revision = 'x'\nrevision = 'y'\n");

        assertThat(tokens)
                .filteredOn(t -> t.kind() == Kind.STRING)
                .extracting(Token::value)
                .containsExactly("y");
        assertThat(tokens).noneMatch(Token::indented);
    }
}
