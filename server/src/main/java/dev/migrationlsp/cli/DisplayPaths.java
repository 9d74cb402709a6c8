package dev.migrationlsp.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the CLI names files in its output: relative to the current directory (with {@code /}) when the file is under it,
 * so {@code check examples} run from the repository root prints {@code examples/...}, the paths CI annotations need;
 * absolute otherwise.
 */
final class DisplayPaths {
    /** The SARIF base id that code-scanning tools resolve against the checkout. */
    static final String SRCROOT = "%SRCROOT%";

    private final Path workingDirectory;

    DisplayPaths(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    boolean isUnderWorkingDirectory(Path file) {
        return file.toAbsolutePath().normalize().startsWith(workingDirectory);
    }

    String display(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path shown = f.startsWith(workingDirectory) ? workingDirectory.relativize(f) : f;
        return shown.toString().replace('\\', '/');
    }

    /** A SARIF {@code artifactLocation}: a URI relative to {@link #SRCROOT} when possible, else an absolute one. */
    Map<String, Object> sarifArtifactLocation(Path file) {
        Map<String, Object> location = new LinkedHashMap<>();
        if (isUnderWorkingDirectory(file)) {
            Path rel = workingDirectory.relativize(file.toAbsolutePath().normalize());
            // A relative URI reference: percent-encode through Path.toUri, then cut the base off.
            String encoded = workingDirectory
                    .toUri()
                    .relativize(workingDirectory.resolve(rel).toUri())
                    .toString();
            location.put("uri", encoded.isEmpty() ? rel.toString().replace('\\', '/') : encoded);
            location.put("uriBaseId", SRCROOT);
        } else {
            location.put("uri", file.toAbsolutePath().normalize().toUri().toString());
        }
        return location;
    }

    /** The run's {@code originalUriBaseIds}: where {@link #SRCROOT} was here (a directory URI ending in /). */
    Map<String, Object> sarifOriginalUriBaseIds() {
        String uri = workingDirectory.toUri().toString();
        return Map.of(SRCROOT, Map.of("uri", uri.endsWith("/") ? uri : uri + "/"));
    }
}
