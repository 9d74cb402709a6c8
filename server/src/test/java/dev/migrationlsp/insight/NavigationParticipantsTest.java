package dev.migrationlsp.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.lsp.TestServer;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Navigation dispatches each request once, to the participant of the file's kind; a new participant plugs in alone. */
class NavigationParticipantsTest {
    /** What a new language adds: one class, listed next to the others. */
    static final class ConfigParticipant implements NavigationParticipant {
        @Override
        public Set<FileKind> kinds() {
            return Set.of(FileKind.CONFIG);
        }

        @Override
        public Optional<Insight.Hover> hover(WorkspaceSnapshot ws, Path file, int offset) {
            return ws.document(file)
                    .map(d -> new Insight.Hover("configuration", d.text().span(0, 1)));
        }

        @Override
        public List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
            return List.of(new FileLocation(
                    file, ws.document(file).orElseThrow().text().span(0, 0)));
        }
    }

    private static Navigation navigation(boolean withConfigParticipant) {
        List<NavigationParticipant> participants = new ArrayList<>(Navigation.everyLanguage());
        if (withConfigParticipant) {
            participants.add(new ConfigParticipant());
        }
        return new Navigation(participants);
    }

    @Test
    void eachKindGoesToItsParticipantAndANewParticipantPlugsInWithOneBinding() throws Exception {
        Path root = TestServer.copyOfExamples();
        Workspace ws = new Workspace(root, new ConfigLoader());
        WorkspaceSnapshot snap = ws.load(Map.of());
        Path pyproject = root.resolve("pyproject.toml");
        Path revision = root.resolve("src/dev_health_ops/alembic/versions/0006_add_users_locale.py");
        Path table = root.resolve("src/dev_health_ops/migrations/clickhouse/001_create_pull_requests.sql");
        String sql = Files.readString(table);

        Navigation standard = navigation(false);
        assertThat(standard.hover(snap, pyproject, 0)).isEmpty();
        assertThat(standard.documentSymbols(snap, revision))
                .extracting(Insight.Symbol::name)
                .contains("revision 0006", "locale");
        assertThat(standard.hover(snap, table, sql.indexOf("pull_requests ("))).isPresent();
        assertThat(standard.definition(
                        snap, revision, Files.readString(revision).indexOf("\"0004\"") + 2))
                .singleElement()
                .satisfies(l -> assertThat(l.file().getFileName().toString()).startsWith("0004"));

        Navigation extended = navigation(true);
        assertThat(extended.hover(snap, pyproject, 0))
                .map(Insight.Hover::markdown)
                .contains("configuration");
        assertThat(extended.definition(snap, pyproject, 3))
                .singleElement()
                .satisfies(l -> assertThat(l.file()).isEqualTo(pyproject));
        // the other languages are unaffected
        assertThat(extended.documentSymbols(snap, revision)).isEqualTo(standard.documentSymbols(snap, revision));
    }

    @Test
    void participantsOfOneKindAllContributeAndTheFirstHoverWins() throws Exception {
        Path root = TestServer.copyOfExamples();
        WorkspaceSnapshot snap = new Workspace(root, new ConfigLoader()).load(Map.of());
        Path revision = root.resolve("src/dev_health_ops/alembic/versions/0006_add_users_locale.py");
        int onParent = Files.readString(revision).indexOf("\"0004\"") + 2;
        FileLocation extra = new FileLocation(
                revision, snap.document(revision).orElseThrow().text().span(0, 0));
        NavigationParticipant tables = new NavigationParticipant() {
            @Override
            public Set<FileKind> kinds() {
                return Set.of(FileKind.ALEMBIC);
            }

            @Override
            public Optional<Insight.Hover> hover(WorkspaceSnapshot ws, Path file, int offset) {
                return Optional.of(new Insight.Hover(
                        "a table", ws.document(file).orElseThrow().text().span(0, 1)));
            }

            @Override
            public List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
                return List.of(extra);
            }
        };
        Navigation standard = navigation(false);
        Navigation both = new Navigation(List.of(new AlembicNavigation(), tables));
        assertThat(both.definition(snap, revision, onParent))
                .containsAll(standard.definition(snap, revision, onParent))
                .contains(extra)
                .hasSize(standard.definition(snap, revision, onParent).size() + 1);
        // the revision hover comes first; elsewhere in the file the second participant's hover shows
        assertThat(both.hover(snap, revision, onParent))
                .isEqualTo(standard.hover(snap, revision, onParent))
                .isPresent();
        assertThat(both.hover(snap, revision, 0)).map(Insight.Hover::markdown).contains("a table");
    }
}
