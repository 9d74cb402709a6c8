package dev.migrationlsp.core;

import java.nio.file.Path;

/** A span in a given file (absolute, normalised path). */
public record FileLocation(Path file, Span span) {}
