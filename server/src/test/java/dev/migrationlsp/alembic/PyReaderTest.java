package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Attr;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.ExprStmt;
import dev.migrationlsp.alembic.PyAst.Name;
import dev.migrationlsp.alembic.PyAst.Str;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure-Java Python reader: values of names and literals, and one String for equal texts of a file. */
class PyReaderTest {
    private static List<Call> calls(String src) {
        return PyReader.read(src).statements().stream()
                .map(s -> (Call) ((ExprStmt) s).expr())
                .toList();
    }

    @Test
    void literalValuesAreDecodedAsBefore() {
        List<Call> calls = calls("""
                f('plain', "dq", 'a\\nb', r'raw\\n', 'ad' "jacent", f'{x}', f'lit{{', '''tri''', '')
                """);
        List<String> values =
                calls.get(0).args().stream().map(a -> ((Str) a.value()).value()).toList();
        assertThat(values).containsExactly("plain", "dq", "a\nb", "raw\\n", "adjacent", null, "lit{{", "tri", "");
    }

    @Test
    void positionalArgumentsAreCountedWithoutKeywordsAndStars() {
        Call c = calls("f(a, k=1, *rest, b, **kw, c)\n").get(0);
        for (int i = 0; i < 4; i++) {
            // positional(i) is the i-th of positional(), without making the list
            Arg expected = i < c.positional().size() ? c.positional().get(i) : null;
            assertThat(c.positional(i)).isSameAs(expected);
        }
        assertThat(((Name) c.positional(2).value()).id()).isEqualTo("c");
        assertThat(c.positional(-1)).isNull();
    }

    @Test
    void halfTypedImportsBindWhatTheyNameWithoutThrowing() {
        List<PyAst.Binding> bindings = new java.util.ArrayList<>();
        for (PyAst.Stmt s :
                PyReader.read("import .\nimport a.b\nimport .c\nimport d.\n").statements()) {
            bindings.addAll(((PyAst.Import) s).bindings());
        }
        assertThat(bindings)
                .containsExactly(
                        new PyAst.Binding("", ""),
                        new PyAst.Binding("a", "a"),
                        new PyAst.Binding("", ""),
                        new PyAst.Binding("d", "d"));
    }

    @Test
    void equalNamesKeywordsAndStringsOfAFileShareOneString() {
        List<Call> calls = calls("""
                sa.Column('org_id', sa.Text(), nullable=False)
                sa.Column("org_id", sa.Text(), nullable=True)
                """);
        Call first = calls.get(0);
        Call second = calls.get(1);
        Attr column1 = (Attr) first.function();
        Attr column2 = (Attr) second.function();
        assertThat(((Name) column1.object()).id())
                .isSameAs(((Name) column2.object()).id())
                .isEqualTo("sa");
        assertThat(column1.attr()).isSameAs(column2.attr()).isEqualTo("Column");
        Arg name1 = first.args().get(0);
        Arg name2 = second.args().get(0);
        assertThat(((Str) name1.value()).value())
                .isSameAs(((Str) name2.value()).value())
                .isEqualTo("org_id");
        assertThat(first.args().get(2).keyword())
                .isSameAs(second.args().get(2).keyword())
                .isEqualTo("nullable");
    }

    @Test
    void manyDistinctNamesKeepTheirOwnText() {
        StringBuilder src = new StringBuilder("f(");
        for (int i = 0; i < 2_000; i++) {
            src.append("n").append(i).append("='v").append(i).append("', ");
        }
        src.append(")\n");
        Call call = calls(src.toString()).get(0);
        assertThat(call.args()).hasSize(2_000);
        for (int i = 0; i < 2_000; i++) {
            Arg a = call.args().get(i);
            assertThat(a.keyword()).isEqualTo("n" + i);
            assertThat(((Str) a.value()).value()).isEqualTo("v" + i);
        }
    }
}
