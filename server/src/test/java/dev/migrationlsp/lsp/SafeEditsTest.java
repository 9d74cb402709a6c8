package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How fix-all picks edits: one safe fix per finding, no overlaps, shared identical edits applied once. */
class SafeEditsTest {
    private final Path file = Path.of("/w/v/0001_a.py").toAbsolutePath();
    private final Document doc = new Document(
            file,
            FileKind.ALEMBIC,
            "from sqlalchemy import Column\nColumn(\"a\", String())\nColumn(\"b\", String())\n",
            1,
            true);

    private Finding finding(int start, int end, Fix... fixes) {
        return Finding.of(RuleCode.STRING_COLUMN, file, doc.text().span(start, end), "m")
                .fixes(List.of(fixes))
                .build();
    }

    @Test
    void sharedImportIsInsertedOnceAndBothFixesApply() {
        String text = doc.text().text();
        int importEnd = text.indexOf('\n');
        Edit.Replace addImport = new Edit.Replace(file, importEnd, importEnd, ", Text");
        int first = text.indexOf("String()");
        int second = text.lastIndexOf("String()");
        Finding a = finding(
                first,
                first + 8,
                new Fix("Text", true, List.of(new Edit.Replace(file, first, first + 8, "Text()"), addImport)));
        Finding b = finding(
                second,
                second + 8,
                new Fix("Text", true, List.of(new Edit.Replace(file, second, second + 8, "Text()"), addImport)));
        List<Edit> edits = CodeActions.safeEdits(doc, List.of(a, b));
        assertThat(edits).hasSize(3);
        assertThat(edits.stream().filter(e -> e.equals(addImport)).count()).isEqualTo(1);
    }

    @Test
    void unsafeFixesAndOverlapsAreLeftOut() {
        int first = doc.text().text().indexOf("String()");
        Finding unsafe = finding(
                first, first + 8, new Fix("risky", false, List.of(new Edit.Replace(file, first, first + 8, "X"))));
        Finding one = finding(
                first, first + 8, new Fix("Text", true, List.of(new Edit.Replace(file, first, first + 8, "Text()"))));
        Finding clash = finding(
                first, first + 8, new Fix("Other", true, List.of(new Edit.Replace(file, first + 2, first + 4, "zz"))));
        assertThat(CodeActions.safeEdits(doc, List.of(unsafe, one, clash)))
                .singleElement()
                .satisfies(e -> assertThat(((Edit.Replace) e).newText()).isEqualTo("Text()"));
    }
}
