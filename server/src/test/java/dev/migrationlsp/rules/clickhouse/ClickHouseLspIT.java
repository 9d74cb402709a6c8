package dev.migrationlsp.rules.clickhouse;

import static dev.migrationlsp.lsp.TestServer.hasCode;
import static dev.migrationlsp.lsp.TestServer.lacksCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.lsp.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** ClickHouse diagnostics and quick fixes through the real server (the shaded jar over stdio). */
class ClickHouseLspIT {
    private static final String DIR = "src/dev_health_ops/migrations/clickhouse/";

    private static List<CodeAction> actions(TestServer ts, String uri, Diagnostic d) {
        var result = TestServer.get(ts.server()
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(uri), d.getRange(), new CodeActionContext(List.of(d)))));
        List<CodeAction> out = new ArrayList<>();
        for (Either<org.eclipse.lsp4j.Command, CodeAction> e : result) {
            if (e.isRight()) {
                CodeAction a = e.getRight();
                out.add(
                        a.getEdit() == null
                                ? TestServer.get(
                                        ts.server().getTextDocumentService().resolveCodeAction(a))
                                : a);
            }
        }
        return out;
    }

    private static List<TextEdit> textEdits(WorkspaceEdit edit, String uri) {
        List<TextEdit> out = new ArrayList<>();
        if (edit.getDocumentChanges() != null) {
            for (var e : edit.getDocumentChanges()) {
                if (e.isLeft() && e.getLeft().getTextDocument().getUri().equals(uri)) {
                    out.addAll(e.getLeft().getEdits());
                }
            }
        }
        return out;
    }

    private static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter())
                .reversed());
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : sorted) {
            sb.replace(
                    offset(lines, e.getRange().getStart()),
                    offset(lines, e.getRange().getEnd()),
                    e.getNewText());
        }
        return sb.toString();
    }

    private static int offset(String[] lines, Position p) {
        int o = 0;
        for (int i = 0; i < p.getLine(); i++) {
            o += lines[i].length() + 1;
        }
        return o + p.getCharacter();
    }

    @Test
    void typoIsAnErrorAndIfNotExistsQuickFixRoundTrips() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(DIR + "001_create_pull_requests.sql");
        try (TestServer ts = TestServer.start(root)) {
            String text = Files.readString(file)
                    .replace("CREATE TABLE IF NOT EXISTS pull_requests", "CREATE TABLE pull_requests");
            String uri = ts.open(file, text);
            Diagnostic d = ts.awaitDiagnostics(uri, hasCode("missing-if-not-exists")).stream()
                    .filter(x -> x.getCode().getLeft().equals("missing-if-not-exists"))
                    .findFirst()
                    .orElseThrow();
            assertThat(d.getRange()).isEqualTo(new Range(new Position(7, 0), new Position(7, 26)));

            CodeAction fix = actions(ts, uri, d).stream()
                    .filter(a -> a.getTitle().equals("Insert IF NOT EXISTS"))
                    .findFirst()
                    .orElseThrow();
            String fixed = apply(text, textEdits(fix.getEdit(), uri));
            assertThat(fixed).isEqualTo(Files.readString(file));
            ts.changeFull(uri, fixed);
            ts.awaitDiagnostics(uri, lacksCode("missing-if-not-exists"));

            String typo = fixed.replace("ENGINE = ReplacingMergeTree", "ENGNE = ReplacingMergeTree");
            ts.changeFull(uri, typo);
            List<Diagnostic> errors = ts.awaitDiagnostics(uri, hasCode("syntax-error"));
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
                assertThat(e.getRange()).isEqualTo(new Range(new Position(17, 2), new Position(17, 7)));
            });
        }
    }

    @Test
    void numberCollisionOffersARenameFileOperation() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path dup = root.resolve(DIR + "003_add_pull_requests_labels.sql");
        Files.writeString(
                dup,
                "-- 003_add_pull_requests_labels.sql\n--\n-- Tables affected:\n--   - pull_requests: altered\n\n"
                        + "ALTER TABLE pull_requests ADD COLUMN IF NOT EXISTS reviewers Array(String) DEFAULT [] AFTER title;\n");
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(dup);
            Diagnostic d = ts.awaitDiagnostics(uri, hasCode("migration-numbering")).stream()
                    .filter(x -> x.getCode().getLeft().equals("migration-numbering"))
                    .findFirst()
                    .orElseThrow();
            CodeAction rename = actions(ts, uri, d).stream()
                    .filter(a -> a.getTitle().startsWith("Rename to"))
                    .findFirst()
                    .orElseThrow();

            List<RenameFile> ops = rename.getEdit().getDocumentChanges().stream()
                    .filter(Either::isRight)
                    .map(e -> (RenameFile) e.getRight())
                    .toList();
            assertThat(ops).singleElement().satisfies(op -> {
                assertThat(op.getOldUri()).isEqualTo(uri);
                assertThat(op.getNewUri()).endsWith("/005_add_pull_requests_labels.sql");
            });
            assertThat(apply(Files.readString(dup), textEdits(rename.getEdit(), uri)))
                    .startsWith("-- 005_add_pull_requests_labels.sql\n");
        }
    }
}
