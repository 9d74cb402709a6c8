package dev.migrationlsp.create;

import static dev.migrationlsp.testing.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.AlembicProject;
import dev.migrationlsp.testing.InProcessCli.Run;
import dev.migrationlsp.testing.RealTools;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code new postgres} with a {@code file_template} that names folders ({@code %(year)d/%(month).2d/%(rev)s_%(slug)s},
 * Alembic 1.18): the folders are made inside the version location, the revision chains on the head and real Alembic
 * reads it; a template or a folder link that would leave the version location is refused with one line, and nothing is
 * written.
 */
class TemplateFoldersTest {
    @TempDir
    Path tmp;

    private static String rev(String id, String down) {
        return "\"\"\"r" + id + "\n\nRevision ID: " + id + "\nRevises: " + (down == null ? "" : down) + "\n\"\"\"\n"
                + "revision = \"" + id + "\"\ndown_revision = " + (down == null ? "None" : "\"" + down + "\"") + "\n"
                + "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n";
    }

    private Path project(String iniExtra) throws IOException {
        Path root = tmp.resolve("ws");
        Files.createDirectories(root.resolve("alembic/versions"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = %(here)s/alembic\n" + iniExtra);
        Files.writeString(root.resolve("alembic/versions/1a2b3c4d5e6f_init.py"), rev("1a2b3c4d5e6f", null));
        return root;
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aRecursiveHistoryGetsTheFoldersAndEachRevisionChainsOnTheLast() throws IOException {
        Path root = project(
                "recursive_version_locations = true\n" + "file_template = %%(year)d/%%(month).2d/%%(rev)s_%%(slug)s\n");
        Run first = run("new", "postgres", "add users", "--root", root.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        String created = first.out().strip();
        assertThat(created).matches("alembic/versions/\\d{4}/\\d{2}/[0-9a-f]{12}_add_users\\.py");
        String firstRev = created.substring(created.lastIndexOf('/') + 1, created.lastIndexOf('/') + 13);
        assertThat(Files.readString(root.resolve(created))).contains("down_revision = \"1a2b3c4d5e6f\"");

        // the workspace reads the new file back: the next revision goes on top of it, in the same folder
        Run second = run("new", "postgres", "add teams", "--root", root.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        String next = second.out().strip();
        assertThat(Path.of(next).getParent()).isEqualTo(Path.of(created).getParent());
        assertThat(Files.readString(root.resolve(next))).contains("down_revision = \"" + firstRev + "\"");
        // and nothing about their names or places is a finding
        Run check = run("check", root.toString(), "--format", "json");
        assertThat(check.out())
                .doesNotContain(Path.of(created).getFileName().toString())
                .doesNotContain(Path.of(next).getFileName().toString());
    }

    @Test
    void aHistoryThatWouldNotReadTheFolderIsRefusedAndNothingIsWritten() throws IOException {
        Path root = project("file_template = %%(year)d/%%(month).2d/%%(rev)s_%%(slug)s\n");
        Run r = run("new", "postgres", "add users", "--root", root.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("recursive_version_locations");
        assertThat(filesUnder(root.resolve("alembic/versions"))).hasSize(1);
        try (Stream<Path> s = Files.list(root.resolve("alembic/versions"))) {
            assertThat(s.filter(Files::isDirectory)).isEmpty(); // no folder made either
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../%%(rev)s_%%(slug)s",
                "%%(year)d/../../../%%(rev)s_%%(slug)s",
                "/tmp/%%(rev)s_%%(slug)s",
                "%%(year)d//%%(rev)s_%%(slug)s",
                "./%%(rev)s_%%(slug)s",
                "%%(year)d\\\\%%(rev)s_%%(slug)s"
            })
    void aTemplateThatLeavesTheFolderIsRefusedWithOneLine(String template) throws IOException {
        Path root = project("recursive_version_locations = true\nfile_template = " + template + "\n");
        Run r = run("new", "postgres", "add users", "--root", root.toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
        assertThat(filesUnder(tmp))
                .containsExactly(root.resolve("alembic.ini"), root.resolve("alembic/versions/1a2b3c4d5e6f_init.py"));
    }

    @Test
    void aFolderLinkLeadingOutOfTheVersionsIsNotFollowed() throws IOException {
        Path root = project("recursive_version_locations = true\nfile_template = releases/%%(rev)s_%%(slug)s\n");
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("alembic/versions/releases"), outside);
        Run r = run("new", "postgres", "add users", "--root", root.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(filesUnder(outside)).isEmpty();
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path root = project("recursive_version_locations = true\nfile_template = releases/init\n");
        Files.createDirectories(root.resolve("alembic/versions/releases"));
        Path mine = Files.writeString(root.resolve("alembic/versions/releases/init.py"), "# mine\n");
        Run r = run("new", "postgres", "add users", "--root", root.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(Files.readString(mine)).isEqualTo("# mine\n");
    }

    /** In the editor: the server makes the folders before the editor's CreateFile, whose path is inside them. */
    @Test
    void theEditorIsHandedAFileWhoseFoldersExist() throws Exception {
        Path root = project("recursive_version_locations = true\nfile_template = releases/r1/%%(rev)s_%%(slug)s\n");
        try (WorkspaceSession session = new WorkspaceSession(new Workspace(root, new ConfigLoader()))) {
            session.update(ws -> ws.load(Map.of())).get(30, TimeUnit.SECONDS);
            List<Boolean> foldersReady = new ArrayList<>();
            MigrationCreator.EditorWriter editor = plan -> {
                foldersReady.add(Files.isDirectory(plan.path().getParent()));
                try {
                    Files.writeString(plan.path(), plan.content(), StandardOpenOption.CREATE_NEW);
                } catch (IOException e) {
                    return CompletableFuture.failedFuture(e);
                }
                return CompletableFuture.completedFuture(true);
            };
            Created created = (Created) Fixtures.creator()
                    .create(session, CreateRequest.postgres("add users"), editor)
                    .get(30, TimeUnit.SECONDS);
            assertThat(foldersReady).containsExactly(true);
            assertThat(created.path().getParent()).isEqualTo(root.resolve("alembic/versions/releases/r1"));
            assertThat(session.latest().revisionGraph().heads())
                    .extracting(n -> n.revision())
                    .containsExactly(created.revision().orElseThrow());
        }
    }

    /**
     * Real Alembic 1.8.1 has no recursive_version_locations: it reads a sub-folder only when it is a version location
     * itself. With such a layout, the file lands where {@code alembic revision} puts it, and {@code alembic heads} and
     * {@code history} see it chained on the head.
     */
    @Test
    void realAlembicReadsTheRevisionInItsSubFolder() throws IOException {
        Path root = tmp.resolve("real");
        AlembicProject alembic = AlembicProject.create(root);
        String ini = "[alembic]\nscript_location = alembic\n"
                + "version_locations = %(here)s/alembic/versions %(here)s/alembic/versions/releases\n";
        Files.writeString(root.resolve("alembic.ini"), ini);
        // Alembic 1.8.1 neither creates a version location nor the template's folders
        Files.createDirectories(root.resolve("alembic/versions/releases"));
        Files.writeString(
                root.resolve("alembic/script.py.mako"),
                "\"\"\"${message}\n\nRevision ID: ${up_revision}\nRevises: ${down_revision | comma,n}\n\"\"\"\n"
                        + "revision = ${repr(up_revision)}\ndown_revision = ${repr(down_revision)}\n"
                        + "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\n"
                        + "def downgrade():\n    pass\n");
        RealTools.Result init =
                alembic.alembic(Map.of(), "revision", "-m", "init", "--version-path", "alembic/versions");
        assertThat(init.exit()).as(init.out()).isZero();
        String base = alembic.alembic(Map.of(), "heads").out().strip().split(" ")[0];

        Files.writeString(root.resolve("alembic.ini"), ini + "file_template = releases/%%(rev)s_%%(slug)s\n");
        Run ours = run("new", "postgres", "add users", "--root", root.toString());
        assertThat(ours.exit()).as(ours.err()).isZero();
        String created = ours.out().strip();
        assertThat(created).matches("alembic/versions/releases/[0-9a-f]{12}_add_users\\.py");
        String rev = created.substring(created.lastIndexOf('/') + 1, created.lastIndexOf('/') + 13);

        RealTools.Result heads = alembic.alembic(Map.of(), "heads");
        assertThat(heads.exit()).as(heads.out()).isZero();
        assertThat(heads.out().strip()).isEqualTo(rev + " (head)");
        RealTools.Result history = alembic.alembic(Map.of(), "history");
        assertThat(history.out()).contains(base + " -> " + rev + " (head), add users");

        // the next one: Alembic 1.8.1 would put it in the head's folder plus the template's (releases/releases/),
        // which it then could not read (and it does not create folders); we refuse that with one line instead
        Run again = run("new", "postgres", "add teams", "--root", root.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err().strip().lines()).hasSize(1);
        RealTools.Result theirs = alembic.alembic(Map.of(), "revision", "-m", "add teams");
        assertThat(theirs.exit()).isNotZero();
        assertThat(theirs.out()).contains("releases/releases/");
    }
}
