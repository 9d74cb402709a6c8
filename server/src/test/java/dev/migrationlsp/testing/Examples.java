package dev.migrationlsp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository's {@code examples/} workspace, for tests that need a real one to change. */
public final class Examples {
    /** {@code examples/} ({@code migrationlsp.examples} when set; tests run from {@code server/}). */
    public static final Path ROOT = Path.of(System.getProperty("migrationlsp.examples", "../examples"))
            .toAbsolutePath()
            .normalize();

    private Examples() {}

    /** Copies the whole workspace into {@code into}; returns the copied files, in path order. */
    public static List<Path> copyInto(Path into) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path p : walk.sorted().toList()) {
                Path to = into.resolve(ROOT.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                    files.add(to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
