package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-lexing an edited file from its previous version's tokens ({@link PyTokens#relex}) gives exactly the tokens, texts
 * and line states of lexing the new text from scratch, and so the same syntax tree; and it does reuse the previous
 * tokens after the change.
 */
class PyTokensTest {
    private static final long SEED = Long.getLong("pytokens.seed", 20261129L);

    /** Fragments that move the lexer's state: strings, brackets, comments, line breaks of every kind, statements. */
    private static final String[] FRAGMENTS = {
        "a",
        "_x",
        "\"",
        "'",
        "\"\"\"",
        "'''",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        " ",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\\\n",
        "\\",
        "#",
        "# (\n",
        "=",
        "sa.",
        "String(",
        "f\"{",
        "r'",
        "b",
        "...",
        ".5",
        "1.5e3",
        "@",
        "->",
        "**",
        "\ndef helper():\n    return 1\n",
        "\ndef upgrade():\n    op.",
        "    op.drop_table(\"x\")\n",
        "class C:\n",
        "\uFEFF",
        "é",
        ")\n",
        "\"\"\"doc\n"
    };

    @TempDir
    Path root;

    /** The old text and the new text: relex of the old tokens must equal a fresh lex. */
    private static PyTokens check(PyTokens before, String after) {
        PyTokens relexed = PyTokens.relex(before, after);
        PyTokens fresh = PyTokens.lex(after);
        assertThat(relexed.sameAs(fresh))
                .as("relex differs from lex after editing%n%s%n---- into ----%n%s", before.src, after)
                .isTrue();
        assertThat(PyReader.read(relexed)).isEqualTo(PyReader.read(after));
        return relexed;
    }

    private static PyTokens check(String before, String after) {
        return check(PyTokens.lex(before), after);
    }

    private static final String MIGRATION = """
            \"\"\"Add things.

            Revision ID: 0002
            Revises: 0001
            \"\"\"
            from alembic import op
            import sqlalchemy as sa

            revision = "0002"
            down_revision = "0001"


            def upgrade() -> None:
                op.create_table(
                    "things",
                    sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("name", sa.Text(), nullable=True),  # a comment (
                    sa.Column("note", sa.String(20), server_default='x'),
                )
                op.execute(\"\"\"
                    UPDATE things SET name = 'a'
                \"\"\")


            def downgrade() -> None:
                op.drop_table("things")
            """;

    @Test
    void editsAtTheEdgesInStringsAndCommentsAndOfWholeFunctionsGiveTheFreshTokens() {
        String m = MIGRATION;
        int column = m.indexOf("sa.Column(\"name\"");
        int comment = m.indexOf("# a comment");
        int sql = m.indexOf("UPDATE");
        int downgrade = m.indexOf("\n\ndef downgrade");
        check(m, "x" + m); // at the start
        check(m, "\uFEFF" + m); // a byte order mark appears
        check(m, m + "    op.drop_table(\"x\")\n"); // at the end
        check(m, m.substring(0, m.length() - 1)); // the last line break removed
        check(m, m.substring(0, column) + "x" + m.substring(column)); // inside create_table
        check(m, m.substring(0, column + 11) + "_x" + m.substring(column + 11)); // inside a string
        check(m, m.substring(0, column) + "\"" + m.substring(column)); // a string opened
        check(m, m.substring(0, comment) + m.substring(comment + 1)); // a comment becomes code with a bracket
        check(m, m.substring(0, comment + 2) + "\"\"\"" + m.substring(comment + 2)); // quotes inside a comment
        check(m, m.substring(0, sql) + "\"\"\"" + m.substring(sql)); // a triple-quoted string closed early
        check(m, m.substring(0, 4) + "x" + m.substring(4)); // inside the docstring
        check(m, m.substring(0, 0) + m.substring(3)); // the docstring's quotes removed
        check(
                m,
                m.substring(0, downgrade) + "\n\ndef helper():\n    return 1\n" + m.substring(downgrade)); // + function
        check(m, m.substring(0, downgrade)); // a function removed
        int close = m.indexOf("\n    )\n") + 5;
        String broken = m.substring(0, close) + m.substring(close + 1); // create_table's ")" deleted
        PyTokens brokenTokens = check(m, broken);
        check(brokenTokens, m); // and typed again
        check(m, m.replace("\n", "\r\n")); // every line break changed
        String crlf = m.replace("\n", "\r\n");
        int cr = crlf.indexOf('\r', column);
        check(crlf, crlf.substring(0, cr + 1) + crlf.substring(cr + 2)); // "\r\n" becomes "\r"
        check(crlf.substring(0, cr + 1) + crlf.substring(cr + 2), crlf); // and "\r" becomes "\r\n" again
        check(m, m.substring(0, column - 1) + "\\\n" + m.substring(column - 1)); // a backslash continuation
        check(m, "");
        check("", m);
    }

    /** The texts random edits start from: the migration above, a large one, and every example migration. */
    private List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(MIGRATION);
        texts.add(bigMigration(300));
        for (Path p : Examples.copyInto(root)) {
            if (p.toString().endsWith(".py")) {
                texts.add(Files.readString(p));
            }
        }
        return texts;
    }

    @Test
    void randomChainsOfEditsGiveTheFreshTokensAtEveryStep() throws IOException {
        List<String> texts = corpus();
        assertThat(texts).hasSizeGreaterThan(5);
        Random rnd = new Random(SEED);
        int steps = 0;
        for (String start : texts) {
            String text = start;
            PyTokens tokens = PyTokens.lex(text);
            for (int i = 0; i < 120; i++) {
                String next = edit(text, rnd);
                tokens = check(tokens, next); // relex of relexed tokens: the line states must be exact too
                text = next;
                steps++;
            }
        }
        assertThat(steps).isEqualTo(texts.size() * 120);
    }

    @Test
    void tokensAfterTheChangeAreTheEarlierVersionsShifted() {
        String before = bigMigration(200);
        int at = before.indexOf("sa.Column(\"col_10\"");
        String after = before.substring(0, at) + "sa.Column(\"typed\", sa.Text()),\n        " + before.substring(at);
        PyTokens earlier = PyTokens.lex(before);
        PyTokens relexed = check(earlier, after);
        // the last name of the file (`drop_table`): the very String of the earlier version, which a fresh lex would
        // have made anew
        int lastName = relexed.count - 1;
        while (relexed.kind[lastName] != PyTokens.NAME) {
            lastName--;
        }
        int earlierLastName = earlier.count - 1;
        while (earlier.kind[earlierLastName] != PyTokens.NAME) {
            earlierLastName--;
        }
        assertThat(relexed.texts[lastName]).isSameAs(earlier.texts[earlierLastName]);
        assertThat(PyTokens.lex(after).texts[lastName]).isNotSameAs(earlier.texts[earlierLastName]);
        assertThat(relexed.tStart[lastName]).isEqualTo(after.lastIndexOf("drop_table"));
    }

    @Test
    void typingALineCharacterByCharacterReusesTheLinesAfterItWhileItsBracketsAreOpen() {
        String text = bigMigration(200);
        int at = text.indexOf("        sa.Column(\"col_0\"");
        String typed = "        sa.Column(\"typed_col\", sa.String(255), nullable=True),\n";
        PyTokens tokens = PyTokens.lex(text);
        for (int i = 0; i < typed.length(); i++) {
            String next = text.substring(0, at + i) + typed.charAt(i) + text.substring(at + i);
            PyTokens relexed = check(tokens, next);
            // the string "col_150" far below the typed line: copied from the earlier version, whether the typed
            // line's brackets are open ("sa.Column(" typed: every later line is one level deeper) or closed
            int before = indexOfString(tokens, "col_150");
            int after = indexOfString(relexed, "col_150");
            assertThat(relexed.texts[after])
                    .as("after typing %s", typed.substring(0, i + 1))
                    .isSameAs(tokens.texts[before]);
            tokens = relexed;
            text = next;
        }
    }

    /** The next version parsed from the previous one's parse: the very module a fresh read gives. */
    private static PyReader.Parse checkParse(PyReader.Parse before, String after) {
        PyReader.Parse reparsed = PyReader.reparse(before, after);
        assertThat(reparsed.module())
                .as("reparse differs from a fresh read after an edit into%n%s", after)
                .isEqualTo(PyReader.read(after));
        return reparsed;
    }

    @Test
    void reparsingChainsOfRandomEditsGivesTheFreshModuleAtEveryStep() throws IOException {
        List<String> texts = corpus();
        Random rnd = new Random(SEED + 1);
        int takenOver = 0;
        for (String start : texts) {
            String text = start;
            PyReader.Parse parse = PyReader.parse(text);
            assertThat(parse.module()).isEqualTo(PyReader.read(text));
            for (int i = 0; i < 120; i++) {
                String next = edit(text, rnd);
                parse = checkParse(parse, next);
                takenOver += parse.argumentsTakenOver();
                text = next;
            }
        }
        assertThat(takenOver).as("arguments taken over from earlier versions").isGreaterThan(1000);
    }

    @Test
    void typingALineTakesOverEveryOtherArgumentOfItsCall() {
        String text = bigMigration(200);
        int at = text.indexOf("        sa.Column(\"col_0\"");
        String typed = "        sa.Column(\"typed_col\", sa.String(255), nullable=True),\n";
        PyReader.Parse parse = PyReader.parse(text);
        for (int i = 0; i < typed.length(); i++) {
            String next = text.substring(0, at + i) + typed.charAt(i) + text.substring(at + i);
            parse = checkParse(parse, next);
            // whether "sa.Column(" left the brackets open (every later column then is an argument of the typed one)
            // or not, the columns are moved, not read again: all but col_0, which shares the typed line until its end
            assertThat(parse.argumentsTakenOver())
                    .as("after typing %s", typed.substring(0, i + 1))
                    .isGreaterThanOrEqualTo(199);
            text = next;
        }
        // typing below the columns: the arguments before the edit are kept as they are (the very objects)
        int below = text.indexOf("        sa.Column(\"col_150\"");
        PyReader.Parse edited = checkParse(parse, text.substring(0, below) + "x" + text.substring(below));
        assertThat(createTableArgument(edited.module(), 1)).isSameAs(createTableArgument(parse.module(), 1));
        assertThat(edited.argumentsTakenOver()).isGreaterThanOrEqualTo(199);
    }

    @Test
    void argumentsNestedNearTheDepthLimitAreReadAgainWhereTheLimitWouldCutThemDifferently() {
        // 148 brackets deep: the innermost call's arguments sit where the reader's nesting limit (150) applies; an
        // edit that adds or removes one level around them changes how they are read
        String deep = "x = " + "f(".repeat(148) + "g(a, b), c" + ")".repeat(148) + "\n";
        PyReader.Parse parse = PyReader.parse(deep);
        String deeper = "x = f(" + deep.substring(4, deep.length() - 1) + ")\n";
        parse = checkParse(parse, deeper);
        parse = checkParse(parse, deep);
        String shallower = "x = " + deep.substring(6, deep.length() - 2) + "\n";
        checkParse(parse, shallower);
        checkParse(PyReader.parse(shallower), deep);
    }

    /** Argument {@code index} of the {@code op.create_table(...)} in {@link #bigMigration}'s {@code upgrade()}. */
    private static PyAst.Arg createTableArgument(PyAst.Module module, int index) {
        PyAst.Def upgrade = (PyAst.Def) module.statements().get(2);
        PyAst.ExprStmt createTable =
                (PyAst.ExprStmt) upgrade.body().statements().get(0);
        return ((PyAst.Call) createTable.expr()).args().get(index);
    }

    private static int indexOfString(PyTokens tokens, String value) {
        for (int t = 0; t < tokens.count; t++) {
            if (tokens.kind[t] == PyTokens.STRING && value.equals(tokens.texts[t])) {
                return t;
            }
        }
        throw new AssertionError("no string " + value);
    }

    private static String bigMigration(int columns) {
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            cols.append("        sa.Column(\"col_").append(i).append("\", sa.Text(), nullable=True),\n");
        }
        return """
                from alembic import op
                import sqlalchemy as sa


                def upgrade() -> None:
                    op.create_table(
                        "huge",
                %s    )


                def downgrade() -> None:
                    op.drop_table("huge")
                """.formatted(cols);
    }

    /** One edit: a typed fragment, a deleted run, a deleted line, or a replaced run. */
    private static String edit(String text, Random rnd) {
        int at = text.isEmpty() ? 0 : rnd.nextInt(text.length() + 1);
        String fragment = FRAGMENTS[rnd.nextInt(FRAGMENTS.length)];
        int end = Math.min(text.length(), at + 1 + rnd.nextInt(8));
        switch (rnd.nextInt(4)) {
            case 0, 1:
                return text.substring(0, at) + fragment + text.substring(at);
            case 2:
                return text.substring(0, at) + text.substring(end);
            default:
                return text.substring(0, at) + fragment + text.substring(end);
        }
    }
}
