package dev.migrationlsp.core;

import java.util.List;

/**
 * An editor content change: replace {@code range} (0-based positions in the text as it is when this change applies) with
 * {@code text}, or the whole document when {@code range} is null. Positions past the end are clamped, as LSP asks.
 */
public record TextChange(Position start, Position end, String text) {

    public static TextChange full(String text) {
        return new TextChange(null, null, text);
    }

    /**
     * Applies changes in order; each one's positions refer to the result of the previous ones. The first is placed with
     * the original's line table, so a keystroke (one change) builds no line table of the whole buffer.
     */
    public static String apply(SourceText original, List<TextChange> changes) {
        String text = original.text();
        SourceText lines = original;
        for (TextChange c : changes) {
            if (c.start() == null || c.end() == null) {
                text = c.text();
                lines = null;
                continue;
            }
            SourceText st = lines != null ? lines : new SourceText(text);
            int s = st.offset(c.start());
            int e = st.offset(c.end());
            if (e < s) {
                int t = s;
                s = e;
                e = t;
            }
            // one copy of the text, sized exactly: a keystroke in a large file would otherwise copy it three times
            StringBuilder next =
                    new StringBuilder(text.length() - (e - s) + c.text().length());
            text = next.append(text, 0, s)
                    .append(c.text())
                    .append(text, e, text.length())
                    .toString();
            lines = null;
        }
        return text;
    }
}
