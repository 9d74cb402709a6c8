package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlembicIniTest {
    /** The ini's lines are split without a regular expression, exactly as {@code split("\r?\n", -1)} splits them. */
    @Test
    void linesSplitAsTheRegularExpressionDid() {
        for (String text : List.of(
                "",
                "\n",
                "\r\n",
                "a",
                "a\nb",
                "a\r\nb\r\n",
                "a\rb\n",
                "\r\r\n\n",
                "[alembic]\r\nscript_location = x\n\n  continued\r",
                "\n\na\r")) {
            assertThat(AlembicIni.lines(text))
                    .as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactly(text.split("\r?\n", -1));
        }
    }
}
