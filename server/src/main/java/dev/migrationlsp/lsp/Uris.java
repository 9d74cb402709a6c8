package dev.migrationlsp.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** file: URIs to paths and back. Other schemes (untitled:, git:) have no path and are not analysed. */
final class Uris {
    private Uris() {}

    static Optional<Path> toPath(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        try {
            URI u = URI.create(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(u).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    static String toUri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }
}
