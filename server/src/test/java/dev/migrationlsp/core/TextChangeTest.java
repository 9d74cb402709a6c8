package dev.migrationlsp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChangeTest {
    @Test
    void appliesIncrementalChangesInOrder() {
        String text = "revision = \"0001\"\ndown_revision = None\n";
        String out = TextChange.apply(
                new SourceText(text),
                List.of(
                        new TextChange(new Position(1, 16), new Position(1, 20), "\"0000\""),
                        new TextChange(new Position(0, 12), new Position(0, 16), "0002")));
        assertThat(out).isEqualTo("revision = \"0002\"\ndown_revision = \"0000\"\n");
    }

    /** Only the first change is placed with the buffer's line table: later ones see the lines the earlier made. */
    @Test
    void laterChangesArePlacedInTheTextTheEarlierOnesMade() {
        SourceText original = new SourceText("a\nb\n");
        String out = TextChange.apply(
                original,
                List.of(
                        new TextChange(new Position(0, 1), new Position(0, 1), "\nX"), // a, X, b
                        new TextChange(new Position(2, 0), new Position(2, 1), "B"),
                        TextChange.full("p\nq\n"),
                        new TextChange(new Position(1, 0), new Position(1, 1), "Q")));
        assertThat(out).isEqualTo("p\nQ\n");
        assertThat(TextChange.apply(
                        original,
                        List.of(
                                new TextChange(new Position(0, 1), new Position(0, 1), "\nX"),
                                new TextChange(new Position(2, 0), new Position(2, 1), "B"))))
                .isEqualTo("a\nX\nB\n");
    }

    @Test
    void rangesPastTheEndAreClamped() {
        assertThat(TextChange.apply(
                        new SourceText("abc"), List.of(new TextChange(new Position(5, 0), new Position(9, 9), "!"))))
                .isEqualTo("abc!");
        assertThat(TextChange.apply(
                        new SourceText("abc\n"),
                        List.of(new TextChange(new Position(0, 99), new Position(0, 99), "d"))))
                .isEqualTo("abcd\n");
        // reversed range is treated as the same span
        assertThat(TextChange.apply(
                        new SourceText("abcdef"), List.of(new TextChange(new Position(0, 4), new Position(0, 1), "X"))))
                .isEqualTo("aXef");
    }

    @Test
    void fullReplacement() {
        assertThat(TextChange.apply(new SourceText("old"), List.of(TextChange.full("new"))))
                .isEqualTo("new");
    }

    @Test
    void sourceTextPositionsUseUtf16Columns() {
        SourceText t = new SourceText("# é😀x\r\nrevision = 1\n");
        // the emoji is two UTF-16 units, as LSP counts them
        assertThat(t.position(t.text().indexOf('x'))).isEqualTo(new Position(0, 5));
        assertThat(t.lineEnd(0)).isEqualTo(t.text().indexOf('\r'));
        assertThat(t.lineText(1)).isEqualTo("revision = 1");
        assertThat(t.offset(1, 100)).isEqualTo(t.text().length() - 1);
        assertThat(t.lineCount()).isEqualTo(3);
    }
}
