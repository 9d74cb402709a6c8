package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration folder that is a symbolic link, through the jar as a user runs it. Leading outside the workspace it is
 * not read (its content must not show up as this workspace's): every command says so on stderr, one line per message,
 * and exits 2 instead of passing on nothing, and {@code new} writes nothing there. Leading inside, it is an ordinary
 * folder.
 */
class LinkedMigrationFoldersIT {
    @TempDir
    Path tmp;

    private static String rev(String id, String down) {
        return "revision = \"" + id + "\"\ndown_revision = " + (down == null ? "None" : "\"" + down + "\"")
                + "\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n";
    }

    /** A workspace whose alembic/versions is a link to {@code target} holding revisions 0001 and 0002. */
    private Path workspaceLinkedTo(Path target) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("ws"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = alembic\n");
        Files.createDirectories(root.resolve("alembic"));
        Files.createDirectories(target);
        Files.writeString(target.resolve("0001_init.py"), rev("0001", null));
        Files.writeString(target.resolve("0002_users.py"), rev("0002", "0001"));
        Files.createSymbolicLink(root.resolve("alembic/versions"), target);
        return root;
    }

    private static long files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void aFolderLinkedFromOutsideIsRefusedLoudlyByEveryCommand() throws IOException {
        Path outside = tmp.resolve("shared/versions");
        Path root = workspaceLinkedTo(outside);
        for (String[] args :
                new String[][] {{"check", "."}, {"heads", "."}, {"graph", "."}, {"new", "postgres", "add teams"}}) {
            RealTools.Result r = RealTools.runJar(root, args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.out()).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).contains("resolves outside the workspace");
            // every line a message of ours: no logger's date-and-class-name lines
            assertThat(r.out().lines()).allSatisfy(l -> assertThat(l).startsWith("migration-lsp: "));
        }
        assertThat(files(outside)).isEqualTo(2);
    }

    @Test
    void aFolderLinkedInsideTheWorkspaceIsAnOrdinaryFolder() throws IOException {
        Path root = workspaceLinkedTo(tmp.resolve("ws/shared/versions"));
        RealTools.Result heads = RealTools.runJar(root, "heads", ".");
        assertThat(heads.exit()).as(heads.out()).isZero();
        assertThat(heads.out()).isEqualTo("0002\n");
        RealTools.Result created = RealTools.runJar(root, "new", "postgres", "add teams");
        assertThat(created.exit()).as(created.out()).isZero();
        assertThat(root.resolve("shared/versions/0003_add_teams.py")).exists();
        assertThat(RealTools.runJar(root, "heads", ".").out()).isEqualTo("0003\n");
    }
}
