package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path root;

    private Path versions;

    private Workspace workspace() throws Exception {
        versions = Files.createDirectories(root.resolve("src/pkg/alembic/versions"));
        Files.createDirectories(root.resolve("src/pkg/migrations/clickhouse"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = src/pkg/alembic\n");
        Files.writeString(versions.resolve("0001_a.py"), "revision = \"0001\"\ndown_revision = None\n");
        Files.writeString(versions.resolve("0002_b.py"), "revision = \"0002\"\ndown_revision = \"0001\"\n");
        Files.writeString(versions.resolve("__init__.py"), "");
        Files.writeString(root.resolve("src/pkg/migrations/clickhouse/000_x.sql"), "SELECT 1;\n");
        Files.writeString(root.resolve("src/pkg/migrations/clickhouse/notes.txt"), "not a migration\n");
        return new Workspace(root, new ConfigLoader());
    }

    @Test
    void loadsMigrationFilesAndTheirKinds() throws Exception {
        WorkspaceSnapshot s = workspace().load(Map.of());
        assertThat(s.alembicFiles().keySet())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("0001_a.py", "0002_b.py");
        assertThat(s.clickhouseFiles().keySet())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("000_x.sql");
        assertThat(s.revisionGraph().heads()).extracting(n -> n.revision()).containsExactly("0002");
    }

    /**
     * A load takes the versions folders' names from discovery's walk (FolderNames) instead of listing them again; a
     * rescan lists them itself. Both find the same files, nested folders of a recursive history included.
     */
    @Test
    void aLoadListsWhatDiscoveryWalkedAsARescanListsIt() throws Exception {
        Path scripts = Files.createDirectories(root.resolve("db"));
        Path nested = Files.createDirectories(scripts.resolve("versions/2026/11"));
        Files.writeString(
                root.resolve("alembic.ini"), "[alembic]\nscript_location = db\nrecursive_version_locations = true\n");
        Files.writeString(scripts.resolve("versions/0001_a.py"), "revision = \"0001\"\ndown_revision = None\n");
        Files.writeString(nested.resolve("0002_b.py"), "revision = \"0002\"\ndown_revision = \"0001\"\n");
        Files.writeString(nested.resolve("notes.txt"), "not a migration\n");
        FolderNames walked = new FolderNames();
        AlembicDiscovery.scan(root.toAbsolutePath().normalize(), walked);
        assertThat(walked.take(nested.toAbsolutePath().normalize()))
                .containsExactlyInAnyOrder("0002_b.py", "notes.txt");
        assertThat(walked.take(nested.toAbsolutePath().normalize()))
                .as("taken once")
                .isNull();

        Workspace ws = new Workspace(root, new ConfigLoader());
        WorkspaceSnapshot loaded = ws.load(Map.of());
        WorkspaceSnapshot rescanned = ws.rescan();

        assertThat(loaded.alembicFiles().keySet())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("0001_a.py", "0002_b.py");
        assertThat(rescanned.alembicFiles().keySet())
                .isEqualTo(loaded.alembicFiles().keySet());
        assertThat(loaded.revisionGraph().heads()).extracting(n -> n.revision()).containsExactly("0002");
    }

    @Test
    void openBuffersOverlayTheDiskUntilClosed() throws Exception {
        Workspace ws = workspace();
        ws.load(Map.of());
        Path f = versions.resolve("0003_c.py");
        // a buffer for a file that does not exist on disk yet still counts
        WorkspaceSnapshot s = ws.open(f, 1, "revision = \"0003\"\ndown_revision = \"0001\"\n");
        assertThat(s.revisionGraph().heads()).extracting(n -> n.revision()).containsExactlyInAnyOrder("0002", "0003");
        assertThat(s.document(f)).hasValueSatisfying(d -> assertThat(d.isOpen()).isTrue());
        s = ws.change(f, 2, "revision = \"0003\"\ndown_revision = \"0002\"\n");
        assertThat(s.revisionGraph().heads()).extracting(n -> n.revision()).containsExactly("0003");
        s = ws.close(f);
        assertThat(s.document(f)).isEmpty();
        assertThat(s.generation()).isGreaterThan(1);
    }

    @Test
    void diskChangesAreReadOnlyForTheFilesNamed() throws Exception {
        Workspace ws = workspace();
        ws.load(Map.of());
        Path f = versions.resolve("0003_c.py");
        Files.writeString(f, "revision = \"0003\"\ndown_revision = \"0002\"\n");
        WorkspaceSnapshot s = ws.filesChanged(List.of(f));
        assertThat(s.revisionGraph().heads()).extracting(n -> n.revision()).containsExactly("0003");
        Files.delete(f);
        s = ws.filesChanged(List.of(f));
        assertThat(s.alembicFiles()).hasSize(2);
        // a whole directory vanishing (branch switch, rename) is a rescan
        try (var st = Files.list(versions)) {
            for (Path p : st.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(versions);
        s = ws.filesChanged(List.of(versions));
        assertThat(s.alembicFiles()).isEmpty();
    }

    @Test
    void invalidUtf8IsReadWithReplacementCharacters() throws Exception {
        Workspace ws = workspace();
        Files.write(versions.resolve("0003_bad.py"), new byte[] {
            'r', 'e', 'v', 'i', 's', 'i', 'o', 'n', '=', '"', '3', '"', '\n', (byte) 0xff, (byte) 0xfe
        });
        WorkspaceSnapshot s = ws.load(Map.of());
        assertThat(s.revisionGraph().node("3")).isPresent();
    }

    @Test
    void symlinksLeadingOutsideTheWorkspaceAreNotRead(@TempDir Path outside) throws Exception {
        Workspace ws = workspace();
        Path secret = Files.writeString(outside.resolve("secret.py"), "revision = \"TOP-SECRET\"\n");
        Files.createSymbolicLink(versions.resolve("0003_evil.py"), secret);
        Path inside =
                Files.writeString(root.resolve("shared_rev.py"), "revision = \"0003\"\ndown_revision = \"0002\"\n");
        Files.createSymbolicLink(versions.resolve("0003_shared.py"), inside);
        WorkspaceSnapshot s = ws.load(Map.of());
        assertThat(s.revisionGraph().node("TOP-SECRET")).isEmpty();
        assertThat(s.revisionGraph().node("0003"))
                .as("a link that stays inside the workspace is fine")
                .isPresent();
        s = ws.filesChanged(List.of(versions.resolve("0003_evil.py")));
        assertThat(s.revisionGraph().node("TOP-SECRET")).isEmpty();
    }

    @Test
    void configuredDirectoriesMustBeInsideTheWorkspace() throws Exception {
        workspace();
        Files.writeString(root.resolve(".migration-lsp.toml"), "alembic-versions = \"../../etc\"\n");
        WorkspaceConfig c = new ConfigLoader().load(root);
        assertThat(c.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("must be inside the workspace"));
    }

    @Test
    void theGraphIsReusedWhileNoHeaderChangesAndRebuiltWhenOneDoes() throws Exception {
        Workspace ws = workspace();
        WorkspaceSnapshot s0 = ws.load(Map.of());
        Path f = versions.resolve("0002_b.py");
        String text = Files.readString(f);
        var graph = s0.revisionGraph();
        WorkspaceSnapshot body = ws.open(f, 1, text + "\n\ndef upgrade():\n    pass\n");
        assertThat(body.revisionGraph()).as("a body edit keeps the graph").isSameAs(graph);
        WorkspaceSnapshot header = ws.change(f, 2, text.replace("down_revision = \"0001\"", "down_revision = None"));
        assertThat(header.revisionGraph()).isNotSameAs(graph);
        assertThat(header.revisionGraph().heads())
                .extracting(n -> n.revision())
                .containsExactlyInAnyOrder("0001", "0002");
        WorkspaceSnapshot back = ws.change(f, 3, text);
        assertThat(back.revisionGraph().heads()).extracting(n -> n.revision()).containsExactly("0002");
    }
}
