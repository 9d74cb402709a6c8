package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treesitter.TSNode;

/** tree-sitter must see the real text, and node offsets divided by two must be Java char offsets. */
class PythonParserTest {
    private final PythonParser parser = new PythonParser();

    @Test
    void parsesPlainPythonWithoutErrors() {
        TSNode root = parser.parse("\"\"\"doc\"\"\"\nrevision = \"x\"\n").getRootNode();

        assertThat(root.hasError()).isFalse();
        assertThat(root.getNamedChildCount()).isEqualTo(2);
        assertThat(root.getNamedChild(1).getNamedChild(0).getType()).isEqualTo("assignment");
    }

    @Test
    void nodeOffsetsAreCharOffsetsAfterNonAsciiText() {
        String src = "\"\"\"Café ☕ 🚀 naïve\"\"\"\nrevision = \"abc\"\n";
        AlembicScript script = new AlembicParser(parser).parse(new SourceText(src));

        RevisionHeader.Assignment rev = script.header().revision().orElseThrow();
        assertThat(src.substring(rev.valueStart(), rev.valueEnd())).isEqualTo("\"abc\"");
        assertThat(script.root().hasError()).isFalse();
    }

    /** Texts longer than the reader's 64 KB chunk, with a surrogate pair placed around the chunk boundary. */
    @ParameterizedTest
    @ValueSource(ints = {32_766, 32_767, 32_768, 32_769})
    void longTextsParseAcrossReaderChunks(int emojiAt) {
        StringBuilder sb = new StringBuilder("x = \"");
        while (sb.length() < emojiAt) {
            sb.append('a');
        }
        sb.append("🚀\"\n");
        while (sb.length() < 70_000) {
            sb.append("# filler comment é\n");
        }
        int at = sb.length();
        sb.append("revision = \"tail\"\n");
        String src = sb.toString();

        AlembicScript script = new AlembicParser(parser).parse(new SourceText(src));

        assertThat(script.root().hasError()).isFalse();
        assertThat(script.header().revision().orElseThrow().nameStart()).isEqualTo(at);
        assertThat(script.header().revisionId()).contains("tail");
    }
}
