package dev.migrationlsp.lsp;

import dev.migrationlsp.core.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Applies a WorkspaceEdit's text edits for one document, as an editor would (all ranges refer to the original text). */
final class Edits {
    private Edits() {}

    static List<TextEdit> textEdits(WorkspaceEdit edit, String uri) {
        List<TextEdit> out = new ArrayList<>();
        if (edit.getDocumentChanges() != null) {
            for (var e : edit.getDocumentChanges()) {
                if (e.isLeft() && e.getLeft().getTextDocument().getUri().equals(uri)) {
                    TextDocumentEdit tde = e.getLeft();
                    out.addAll(tde.getEdits());
                }
            }
        }
        if (edit.getChanges() != null && edit.getChanges().get(uri) != null) {
            out.addAll(edit.getChanges().get(uri));
        }
        return out;
    }

    static String apply(String text, List<TextEdit> edits) {
        SourceText st = new SourceText(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> st.offset(
                        e.getRange().getStart().getLine(),
                        e.getRange().getStart().getCharacter()))
                .reversed());
        String out = text;
        for (TextEdit e : sorted) {
            int s = st.offset(
                    e.getRange().getStart().getLine(), e.getRange().getStart().getCharacter());
            int en = st.offset(
                    e.getRange().getEnd().getLine(), e.getRange().getEnd().getCharacter());
            out = out.substring(0, s) + e.getNewText() + out.substring(en);
        }
        return out;
    }
}
