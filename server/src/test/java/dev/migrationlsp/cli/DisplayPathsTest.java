package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** File names in CLI output: relative below the working directory, absolute elsewhere; SARIF URIs that resolve. */
class DisplayPathsTest {
    private final Path cwd = Path.of("/work/repo with space");
    private final DisplayPaths paths = new DisplayPaths(cwd);

    @Test
    void relativeBelowTheWorkingDirectoryAbsoluteElsewhere() {
        assertThat(paths.display(cwd.resolve("examples/versions/0001_a.py"))).isEqualTo("examples/versions/0001_a.py");
        assertThat(paths.display(Path.of("/elsewhere/0001_a.py"))).isEqualTo("/elsewhere/0001_a.py");
        assertThat(paths.display(cwd.resolve("x/../y/0001_a.py"))).isEqualTo("y/0001_a.py");
    }

    @Test
    void sarifUrisAreEncodedAndResolveAgainstTheBase() {
        Path file = cwd.resolve("dir #1/0001 a%.py");
        var location = paths.sarifArtifactLocation(file);
        assertThat(location).containsEntry("uriBaseId", DisplayPaths.SRCROOT);
        var srcroot = (java.util.Map<?, ?>) paths.sarifOriginalUriBaseIds().get(DisplayPaths.SRCROOT);
        String base = srcroot.get("uri").toString();
        assertThat(base).endsWith("/");
        assertThat(Path.of(URI.create(base).resolve(location.get("uri").toString())))
                .isEqualTo(file);
        var outside = paths.sarifArtifactLocation(Path.of("/elsewhere/x.py"));
        assertThat(outside).doesNotContainKey("uriBaseId").containsEntry("uri", "file:///elsewhere/x.py");
    }
}
