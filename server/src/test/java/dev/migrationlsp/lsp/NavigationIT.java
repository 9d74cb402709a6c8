package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;

/** Hover, definition, references, code lenses, symbols, completion and the history graph over stdio. */
class NavigationIT {
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";

    /** Position of the first occurrence of {@code needle} in the file, plus {@code delta} characters. */
    static Position pos(String text, String needle, int delta) {
        int off = text.indexOf(needle);
        assertThat(off).as(needle).isNotNegative();
        off += delta;
        String before = text.substring(0, off);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, off - before.lastIndexOf('\n') - 1);
    }

    @Test
    void revisionIdsHoverJumpAndFindReferences() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path f = root.resolve(VERSIONS).resolve("0006_add_users_locale.py");
        String text = Files.readString(f);
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(f);
            TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
            var tds = ts.server().getTextDocumentService();
            // hover on the parent id in down_revision
            Position onParent = pos(text, "down_revision: Union[str, None] = \"0004\"", 36);
            Hover h = ts.request(tds.hover(new HoverParams(id, onParent)));
            assertThat(h.getContents().getRight().getValue())
                    .contains("**0004**", "Create audit_log table.", "Children: 0006", "0004_create_audit_log.py");
            // hover on our own revision: a head
            Hover self = ts.request(tds.hover(new HoverParams(id, pos(text, "revision: str = \"0006\"", 18))));
            assertThat(self.getContents().getRight().getValue()).contains("**Head**");
            // definition of the parent: the revision value in 0004's file
            List<? extends Location> defs = ts.request(tds.definition(new DefinitionParams(id, onParent)))
                    .getLeft();
            assertThat(defs).singleElement().satisfies(l -> {
                assertThat(l.getUri()).endsWith("0004_create_audit_log.py");
                assertThat(l.getRange().getStart().getLine()).isEqualTo(17); // revision: str = "0004"
            });
            // references of 0002 from its own file: 0003 and 0005 revise it
            Path f2 = root.resolve(VERSIONS).resolve("0002_create_users.py");
            String t2 = Files.readString(f2);
            String uri2 = ts.open(f2);
            List<? extends Location> refs = ts.request(tds.references(new ReferenceParams(
                    new TextDocumentIdentifier(uri2),
                    pos(t2, "revision: str = \"0002\"", 18),
                    new ReferenceContext(false))));
            assertThat(refs)
                    .extracting(l -> Path.of(java.net.URI.create(l.getUri()))
                            .getFileName()
                            .toString())
                    .containsExactlyInAnyOrder("0003_create_settings.py", "0005_river_cutover_state.py");
            // code lens: parent, children, head status
            List<? extends CodeLens> lenses = ts.request(tds.codeLens(new CodeLensParams(id)));
            assertThat(lenses)
                    .singleElement()
                    .satisfies(l -> assertThat(l.getCommand().getTitle())
                            .isEqualTo("parent 0004 · 0 children · head of application_schema"));
            List<? extends CodeLens> lenses2 =
                    ts.request(tds.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri2))));
            assertThat(lenses2.get(0).getCommand().getTitle()).isEqualTo("parent 0001 · 2 children");
            // symbols
            assertThat(ts.request(tds.documentSymbol(new DocumentSymbolParams(id))))
                    .extracting(s -> s.getRight().getName())
                    .containsExactly("revision 0006", "locale");
            // both sides of the Either have the same JSON shape, so the client library may decode either
            var either = ts.request(ts.server().getWorkspaceService().symbol(new WorkspaceSymbolParams("audit")));
            List<String> names = either.isLeft()
                    ? either.getLeft().stream().map(s -> s.getName()).toList()
                    : either.getRight().stream().map(s -> s.getName()).toList();
            assertThat(names).singleElement().satisfies(n -> assertThat(n).startsWith("0004"));
        }
    }

    @Test
    void ruleCodeInAnIgnoreCommentHoversItsDocumentation() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path f = root.resolve(VERSIONS).resolve("0006_add_users_locale.py");
        String text = Files.readString(f)
                .replace(
                        "def upgrade() -> None:",
                        "def upgrade() -> None:  # migration-lsp: ignore[string-column, no-such-rule]");
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(f, text);
            var tds = ts.server().getTextDocumentService();
            Hover known = ts.request(
                    tds.hover(new HoverParams(new TextDocumentIdentifier(uri), pos(text, "string-column,", 3))));
            assertThat(known.getContents().getRight().getValue())
                    .startsWith("**string-column** (default: warning)")
                    .contains("#string-column");
            assertThat(known.getRange())
                    .isEqualTo(new Range(pos(text, "string-column,", 0), pos(text, "string-column,", 13)));
            Hover unknown = ts.request(
                    tds.hover(new HoverParams(new TextDocumentIdentifier(uri), pos(text, "no-such-rule", 2))));
            assertThat(unknown.getContents().getRight().getValue()).contains("unknown rule code");
        }
    }

    @Test
    void completesRevisionIdsInAHalfTypedDownRevisionAndTypesAfterSa() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path f = root.resolve(VERSIONS).resolve("0007_new.py");
        String text =
                "\"\"\"New.\"\"\"\nimport sqlalchemy as sa\n\nrevision = \"0007\"\ndown_revision = \"00\n\n\ndef upgrade():\n    sa.Column(\"x\", sa.Te\n";
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(f, text);
            var tds = ts.server().getTextDocumentService();
            List<CompletionItem> ids = ts.request(tds.completion(new CompletionParams(
                            new TextDocumentIdentifier(uri), pos(text, "down_revision = \"00", 19))))
                    .getRight()
                    .getItems();
            assertThat(ids)
                    .extracting(CompletionItem::getLabel)
                    .startsWith("0006", "0005")
                    .contains("0001")
                    .doesNotContain("0007");
            assertThat(ids.get(0).getTextEdit().getLeft().getNewText()).isEqualTo("\"0006\"");
            assertThat(ids.get(0).getDetail()).startsWith("head");
            List<CompletionItem> types = ts.request(tds.completion(
                            new CompletionParams(new TextDocumentIdentifier(uri), pos(text, "sa.Te\n", 5))))
                    .getRight()
                    .getItems();
            assertThat(types).anySatisfy(i -> {
                assertThat(i.getLabel()).isEqualTo("Text");
                assertThat(i.getTextEdit().getLeft().getNewText()).isEqualTo("Text()");
            });
            assertThat(types)
                    .anySatisfy(i ->
                            assertThat(i.getTextEdit().getLeft().getNewText()).isEqualTo("DateTime(timezone=True)"));
        }
    }

    @Test
    void graphCommandDrawsTheHistoryWithConflictingHeadsMarked() throws Exception {
        Path root = TestServer.copyOfExamples();
        Files.writeString(
                root.resolve(VERSIONS).resolve("0007_x.py"), RevisionGraphDiagnosticsIT.revisionFile("0007", "0004"));
        try (TestServer ts = TestServer.start(root)) {
            Object result = ts.request(ts.server()
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("migration-lsp.graph", List.of())));
            JsonObject json = new Gson().toJsonTree(result).getAsJsonObject();
            String mermaid = json.get("mermaid").getAsString();
            assertThat(mermaid)
                    .startsWith("graph BT")
                    .contains(
                            "r_0007 --> r_0004",
                            "r_0006 --> r_0004",
                            "class r_0007 conflict",
                            "class r_0006 conflict",
                            "class r_0005 head");
            String svg = json.get("svg").getAsString();
            assertThat(svg).startsWith("<svg").contains("#d32f2f").contains(">0005 [river_cutover] (head)<");
            // a real SVG parser accepts it
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            assertThat(factory.newDocumentBuilder()
                            .parse(new java.io.ByteArrayInputStream(
                                    svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .getDocumentElement()
                            .getTagName())
                    .isEqualTo("svg");
        }
    }
}
