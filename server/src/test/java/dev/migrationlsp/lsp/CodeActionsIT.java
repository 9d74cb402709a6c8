package dev.migrationlsp.lsp;

import static dev.migrationlsp.lsp.TestServer.hasCode;
import static dev.migrationlsp.lsp.TestServer.lacksCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Quick fixes, "ignore this rule here", resolve and fix-all, over stdio against the jar. */
class CodeActionsIT {
    static final String FILE = "src/dev_health_ops/alembic/versions/0006_add_users_locale.py";

    private static List<CodeAction> actions(
            TestServer ts, String uri, Range range, List<Diagnostic> diags, List<String> only) {
        CodeActionContext ctx = new CodeActionContext(diags);
        ctx.setOnly(only);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> result = TestServer.get(ts.server()
                .getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, ctx)));
        return result.stream().filter(Either::isRight).map(Either::getRight).toList();
    }

    /** Opens 0006 with a wrong "Revision ID:" in its docstring: revision-mismatch, with a safe fix. */
    private static String openMismatch(TestServer ts, Path file, String[] textOut) throws Exception {
        String text = Files.readString(file).replace("Revision ID: 0006", "Revision ID: 0060");
        textOut[0] = text;
        return ts.open(file, text);
    }

    @Test
    void quickFixResolvesAndRemovesTheFinding() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(FILE);
        try (TestServer ts = TestServer.start(root)) {
            String[] text = new String[1];
            String uri = openMismatch(ts, file, text);
            List<Diagnostic> diags = ts.awaitDiagnostics(uri, hasCode("revision-mismatch"));
            Diagnostic d = diags.stream()
                    .filter(x -> x.getCode().getLeft().equals("revision-mismatch"))
                    .findFirst()
                    .orElseThrow();
            assertThat(d.getRange()).isEqualTo(new Range(new Position(2, 13), new Position(2, 17)));

            List<CodeAction> acts = actions(ts, uri, d.getRange(), List.of(d), null);
            assertThat(acts).extracting(CodeAction::getKind).containsOnly("quickfix");
            CodeAction fix = acts.stream()
                    .filter(a -> Boolean.TRUE.equals(a.getIsPreferred()))
                    .findFirst()
                    .orElseThrow();
            assertThat(fix.getEdit()).as("edits come with codeAction/resolve").isNull();
            CodeAction resolved =
                    TestServer.get(ts.server().getTextDocumentService().resolveCodeAction(fix));
            String fixed = Edits.apply(text[0], Edits.textEdits(resolved.getEdit(), uri));
            assertThat(fixed).contains("Revision ID: 0006");
            // only the docstring value changed
            assertThat(fixed.lines().toList()).hasSameSizeAs(text[0].lines().toList());
            ts.changeFull(uri, fixed);
            ts.awaitDiagnostics(uri, lacksCode("revision-mismatch"));
        }
    }

    @Test
    void ignoreActionInsideADocstringIgnoresTheRuleForTheFile() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(FILE);
        try (TestServer ts =
                TestServer.start(root, TestServer.Options.defaults().withResolveSupport(false))) {
            String[] text = new String[1];
            String uri = openMismatch(ts, file, text);
            Diagnostic d =
                    ts.awaitDiagnostics(uri, hasCode("revision-mismatch")).get(0);
            List<CodeAction> acts = actions(ts, uri, d.getRange(), List.of(d), List.of("quickfix"));
            CodeAction ignore = acts.stream()
                    .filter(a -> a.getTitle().startsWith("Ignore revision-mismatch"))
                    .findFirst()
                    .orElseThrow();
            assertThat(ignore.getEdit())
                    .as("without resolve support edits are inline")
                    .isNotNull();
            String ignored = Edits.apply(text[0], Edits.textEdits(ignore.getEdit(), uri));
            // the line ends inside the docstring, so a file-level directive goes on top
            assertThat(ignored).startsWith("# migration-lsp: ignore-file[revision-mismatch]\n\"\"\"Add users.locale.");
            ts.changeFull(uri, ignored);
            // what is left is issue 14's missing-lock-timeout on the add_column (a different rule)
            ts.awaitDiagnostics(
                    uri, ds -> ds.stream().allMatch(x -> x.getCode().getLeft().equals("missing-lock-timeout")));
        }
    }

    @Test
    void fixAllAppliesEverySafeFix() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(FILE);
        try (TestServer ts = TestServer.start(root)) {
            String text = Files.readString(file)
                    .replace("Revision ID: 0006", "Revision ID: 0060")
                    .replace("Revises: 0004", "Revises: 0003");
            String uri = ts.open(file, text);
            ts.awaitDiagnostics(
                    uri,
                    ds -> ds.stream()
                                    .filter(x -> x.getCode().getLeft().equals("revision-mismatch"))
                                    .count()
                            == 2);
            List<CodeAction> acts = actions(
                    ts, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(), List.of("source.fixAll"));
            assertThat(acts)
                    .singleElement()
                    .satisfies(a -> assertThat(a.getKind()).isEqualTo("source.fixAll.migration-lsp"));
            CodeAction resolved =
                    TestServer.get(ts.server().getTextDocumentService().resolveCodeAction(acts.get(0)));
            String fixed = Edits.apply(text, Edits.textEdits(resolved.getEdit(), uri));
            assertThat(fixed).isEqualTo(Files.readString(file));
            // a plain request (no "only") does not offer source actions
            assertThat(actions(ts, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(), null))
                    .isEmpty();
        }
    }
}
