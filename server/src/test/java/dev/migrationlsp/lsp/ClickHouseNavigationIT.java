package dev.migrationlsp.lsp;

import static dev.migrationlsp.lsp.NavigationIT.pos;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Table navigation in ClickHouse migrations, and tables as symbols of Alembic migrations, over stdio. */
class ClickHouseNavigationIT {
    static final String CH = "src/dev_health_ops/migrations/clickhouse";

    private static String file(Location l) {
        return Path.of(java.net.URI.create(l.getUri())).getFileName().toString();
    }

    @Test
    void tablesHoverJumpAndFindEveryMigrationThatTouchesThem() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path alter = root.resolve(CH).resolve("003_add_pull_requests_draft.sql");
        String text = Files.readString(alter);
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(alter);
            TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
            var tds = ts.server().getTextDocumentService();
            var onTable = pos(text, "ALTER TABLE pull_requests", 14);
            String hover = ts.request(tds.hover(new HoverParams(id, onTable)))
                    .getContents()
                    .getRight()
                    .getValue();
            assertThat(hover)
                    .contains(
                            "**pull_requests**",
                            "ReplacingMergeTree",
                            "001_create_pull_requests.sql",
                            "003_add_pull_requests_draft.sql",
                            "| is_draft | UInt8 |",
                            "| updated_at | DateTime64(3, 'UTC') |");
            List<? extends Location> defs = ts.request(tds.definition(new DefinitionParams(id, onTable)))
                    .getLeft();
            assertThat(defs)
                    .singleElement()
                    .satisfies(l -> assertThat(file(l)).isEqualTo("001_create_pull_requests.sql"));
            List<? extends Location> refs =
                    ts.request(tds.references(new ReferenceParams(id, onTable, new ReferenceContext(true))));
            assertThat(refs)
                    .extracting(ClickHouseNavigationIT::file)
                    .containsExactlyInAnyOrder("001_create_pull_requests.sql", "003_add_pull_requests_draft.sql");
            List<? extends org.eclipse.lsp4j.CodeLens> lenses = ts.request(tds.codeLens(new CodeLensParams(id)));
            assertThat(lenses).hasSize(1);
            assertThat(lenses.get(0).getCommand().getTitle()).isEqualTo("applies after 002_commits_daily.sql");
            // completion of the altered table's columns after AFTER
            Path fresh = root.resolve(CH).resolve("005_more.sql");
            String typing =
                    "-- 005_more.sql\nALTER TABLE pull_requests ADD COLUMN IF NOT EXISTS reviewers UInt32 AFTER ti";
            String u5 = ts.open(fresh, typing);
            List<CompletionItem> cols = ts.request(tds.completion(
                            new CompletionParams(new TextDocumentIdentifier(u5), pos(typing, "AFTER ti", 8))))
                    .getRight()
                    .getItems();
            assertThat(cols).extracting(CompletionItem::getLabel).contains("title", "is_draft", "org_id");
            String engine = "-- 006_x.sql\nCREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = Repl";
            String u6 = ts.open(root.resolve(CH).resolve("006_x.sql"), engine);
            List<CompletionItem> engines = ts.request(tds.completion(
                            new CompletionParams(new TextDocumentIdentifier(u6), pos(engine, "= Repl", 6))))
                    .getRight()
                    .getItems();
            assertThat(engines)
                    .anySatisfy(i ->
                            assertThat(i.getTextEdit().getLeft().getNewText()).isEqualTo("ReplacingMergeTree()"));
            String from = "-- 007_y.sql\nINSERT INTO commits_daily SELECT * FROM com";
            String u7 = ts.open(root.resolve(CH).resolve("007_y.sql"), from);
            List<CompletionItem> tables = ts.request(tds.completion(
                            new CompletionParams(new TextDocumentIdentifier(u7), pos(from, "FROM com", 8))))
                    .getRight()
                    .getItems();
            assertThat(tables)
                    .extracting(CompletionItem::getLabel)
                    .contains("commits", "commits_daily", "pull_requests");
        }
    }

    @Test
    void documentSymbolsListTablesAndViewsCreatedOrAltered() throws Exception {
        Path root = TestServer.copyOfExamples();
        try (TestServer ts = TestServer.start(root)) {
            var tds = ts.server().getTextDocumentService();
            String rollup = ts.open(root.resolve(CH).resolve("002_commits_daily.sql"));
            assertThat(ts.request(tds.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(rollup)))))
                    .extracting(e -> e.getRight().getName())
                    .containsExactly("commits_daily", "commits_daily_mv");
            String users = ts.open(root.resolve("src/dev_health_ops/alembic/versions/0002_create_users.py"));
            assertThat(ts.request(tds.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(users)))))
                    .extracting(e -> e.getRight().getName())
                    .containsExactly("revision 0002", "users");
            String locale = ts.open(root.resolve("src/dev_health_ops/alembic/versions/0006_add_users_locale.py"));
            assertThat(ts.request(tds.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(locale)))))
                    .extracting(e -> e.getRight().getName())
                    .containsExactly("revision 0006", "locale");
        }
    }
}
