package dev.migrationlsp.rules.postgres;

import static dev.migrationlsp.lsp.TestServer.hasCode;
import static dev.migrationlsp.lsp.TestServer.lacksCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.PyReader;
import dev.migrationlsp.core.SourceText;
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
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** The PostgreSQL rules end to end: the jar over stdio, diagnostics, quick fix + resolve, ignore, fix-all. */
class PostgresCodeActionsIT {
    static final String SETTINGS = "src/dev_health_ops/alembic/versions/0003_create_settings.py";
    static final String AUDIT = "src/dev_health_ops/alembic/versions/0004_create_audit_log.py";

    static List<CodeAction> actions(TestServer ts, String uri, Range range, List<Diagnostic> diags, List<String> only) {
        CodeActionContext ctx = new CodeActionContext(diags);
        ctx.setOnly(only);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> result = TestServer.get(ts.server()
                .getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, ctx)));
        return result.stream().filter(Either::isRight).map(Either::getRight).toList();
    }

    static CodeAction resolve(TestServer ts, CodeAction a) {
        return a.getEdit() != null
                ? a
                : TestServer.get(ts.server().getTextDocumentService().resolveCodeAction(a));
    }

    /** Applies the edit's changes for {@code uri}; all ranges refer to the original text, as in an editor. */
    static String apply(String text, WorkspaceEdit edit, String uri) {
        List<TextEdit> edits = new ArrayList<>();
        if (edit.getDocumentChanges() != null) {
            edit.getDocumentChanges().stream()
                    .filter(Either::isLeft)
                    .map(Either::getLeft)
                    .filter(e -> e.getTextDocument().getUri().equals(uri))
                    .forEach(e -> edits.addAll(e.getEdits()));
        }
        if (edit.getChanges() != null && edit.getChanges().get(uri) != null) {
            edits.addAll(edit.getChanges().get(uri));
        }
        SourceText st = new SourceText(text);
        edits.sort(Comparator.comparingInt((TextEdit e) -> st.offset(
                        e.getRange().getStart().getLine(),
                        e.getRange().getStart().getCharacter()))
                .reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit e : edits) {
            out.replace(
                    st.offset(
                            e.getRange().getStart().getLine(),
                            e.getRange().getStart().getCharacter()),
                    st.offset(
                            e.getRange().getEnd().getLine(),
                            e.getRange().getEnd().getCharacter()),
                    e.getNewText());
        }
        return out.toString();
    }

    static Diagnostic first(List<Diagnostic> ds, String code) {
        return ds.stream()
                .filter(d -> d.getCode().getLeft().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void stringColumnDiagnosticQuickFixAndResolve() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(SETTINGS);
        try (TestServer ts = TestServer.start(root)) {
            String text = Files.readString(file);
            String uri = ts.open(file, text);
            Diagnostic d = first(ts.awaitDiagnostics(uri, hasCode("string-column")), "string-column");
            assertThat(d.getRange()).isEqualTo(new Range(new Position(28, 25), new Position(28, 46)));
            assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
            assertThat(d.getSource()).isEqualTo("migration-lsp");
            assertThat(d.getCodeDescription().getHref()).endsWith("docs/rules.md#string-column");

            List<CodeAction> acts = actions(ts, uri, d.getRange(), List.of(d), null);
            CodeAction fix = acts.stream()
                    .filter(a -> a.getTitle().equals("Replace with sa.Text()"))
                    .findFirst()
                    .orElseThrow();
            assertThat(fix.getKind()).isEqualTo("quickfix");
            assertThat(fix.getIsPreferred()).isTrue();
            String fixed = apply(text, resolve(ts, fix).getEdit(), uri);
            assertThat(fixed).isEqualTo(text.replace("sa.String(length=255)", "sa.Text()"));
            ts.changeFull(uri, fixed);
            ts.awaitDiagnostics(uri, lacksCode("string-column"));
        }
    }

    @Test
    void ignoreThisRuleHereSilencesTheFinding() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(AUDIT);
        try (TestServer ts = TestServer.start(root)) {
            String text = Files.readString(file);
            String uri = ts.open(file, text);
            Diagnostic d = first(ts.awaitDiagnostics(uri, hasCode("naive-timestamp")), "naive-timestamp");
            CodeAction ignore = actions(ts, uri, d.getRange(), List.of(d), List.of("quickfix")).stream()
                    .filter(a -> a.getTitle().startsWith("Ignore naive-timestamp"))
                    .findFirst()
                    .orElseThrow();
            String ignored = apply(text, resolve(ts, ignore).getEdit(), uri);
            assertThat(ignored.lines()
                            .filter(l -> l.contains("migration-lsp: ignore[naive-timestamp]"))
                            .toList())
                    .singleElement()
                    .satisfies(l -> assertThat(l).contains("sa.Column(\"created_at\", sa.DateTime()"));
            ts.changeFull(uri, ignored);
            ts.awaitDiagnostics(uri, List::isEmpty);
        }
    }

    @Test
    void fixAllAppliesTheSafeConventionFixesAndLeavesTheUnsafeOnes() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(SETTINGS);
        try (TestServer ts = TestServer.start(root)) {
            String text = Files.readString(file)
                    .replace(
                            "        sa.Column(\"org_id\", sa.Text(), nullable=False, server_default=\"default\"),\n",
                            "")
                    .replace(
                            "        sa.Column(\"updated_at\", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),\n",
                            "")
                    .replace("sa.Column(\"id\", UUID(as_uuid=True)", "sa.Column(\"id\", sa.Integer()")
                    .replace("sa.Column(\"value\", sa.Text()", "sa.Column(\"value\", sa.DateTime()")
                    .replace("    op.drop_table(\"settings\")", "    pass");
            String uri = ts.open(file, text);
            List<Diagnostic> before = ts.awaitDiagnostics(
                    uri,
                    ds -> TestServer.codes(ds)
                            .containsAll(List.of(
                                    "missing-org-id",
                                    "missing-timestamps",
                                    "string-column",
                                    "naive-timestamp",
                                    "non-uuid-primary-key",
                                    "empty-downgrade")));
            assertThat(TestServer.codes(before)).hasSize(6);

            List<CodeAction> acts = actions(
                    ts, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(), List.of("source.fixAll"));
            assertThat(acts).singleElement();
            String fixed = apply(text, resolve(ts, acts.get(0)).getEdit(), uri);
            assertThat(PyReader.syntaxErrors(fixed)).as(fixed).isEmpty();
            assertThat(fixed)
                    .contains("sa.Column(\"id\", sa.Integer(), primary_key=True),\n"
                            + "        sa.Column(\"org_id\", sa.Text(), nullable=False, server_default=\"default\"),\n")
                    .contains("sa.Column(\"key\", sa.Text(), nullable=False)")
                    .contains("sa.Column(\"value\", sa.DateTime(timezone=True), nullable=True)")
                    .contains(
                            "        sa.Column(\"updated_at\", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),\n    )")
                    .contains("def downgrade() -> None:\n    op.drop_table(\"settings\")\n");
            ts.changeFull(uri, fixed);
            List<Diagnostic> after =
                    ts.awaitDiagnostics(uri, ds -> TestServer.codes(ds).equals(List.of("non-uuid-primary-key")));
            assertThat(after).singleElement();
        }
    }

    @Test
    void safetyFixesAreOfferedNotPreferredAndLeftOutOfFixAll() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve("src/dev_health_ops/alembic/versions/0007_add_settings_plan.py");
        String text = PostgresFixesRunIT.header("0007", "0006", "Add settings.plan.") + """
                def upgrade() -> None:
                    op.execute("SET lock_timeout = '5s'")
                    op.add_column("settings", sa.Column("plan", sa.Text(), nullable=False))


                def downgrade() -> None:
                    op.drop_column("settings", "plan")
                """;
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(file, text);
            Diagnostic d = first(
                    ts.awaitDiagnostics(uri, hasCode("required-column-without-default")),
                    "required-column-without-default");
            List<CodeAction> fixes = actions(ts, uri, d.getRange(), List.of(d), List.of("quickfix")).stream()
                    .filter(a -> !a.getTitle().startsWith("Ignore"))
                    .toList();
            assertThat(fixes)
                    .hasSize(2)
                    .allSatisfy(a -> assertThat(a.getIsPreferred()).isNotEqualTo(Boolean.TRUE));
            String filled = apply(text, resolve(ts, fixes.get(1)).getEdit(), uri);
            assertThat(filled)
                    .contains(
                            "    op.add_column(\"settings\", sa.Column(\"plan\", sa.Text(), nullable=False, "
                                    + "server_default=\"\"))\n    op.alter_column(\"settings\", \"plan\", server_default=None)\n");
            ts.changeFull(uri, filled);
            ts.awaitDiagnostics(uri, lacksCode("required-column-without-default"));

            ts.changeFull(uri, text);
            ts.awaitDiagnostics(uri, hasCode("required-column-without-default"));
            List<CodeAction> all = actions(
                    ts, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(), List.of("source.fixAll"));
            // the safety fixes are unsafe: fix-all (if another rule offers it at all) leaves the add_column alone
            for (CodeAction a : all) {
                assertThat(apply(text, resolve(ts, a).getEdit(), uri))
                        .contains("    op.add_column(\"settings\", sa.Column(\"plan\", sa.Text(), nullable=False))\n");
            }
        }
    }
}
