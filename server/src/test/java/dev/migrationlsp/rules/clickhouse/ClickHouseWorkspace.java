package dev.migrationlsp.rules.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A real workspace on disk (config file + {@code migrations/clickhouse/}) analysed by the real {@link Analyzer} wired by
 * {@link CoreWiring}: what the CLI and the server run.
 */
final class ClickHouseWorkspace {
    static final Analyzer ANALYZER = new CoreWiring().analyzer();

    final Path root;
    final Path migrations;

    ClickHouseWorkspace(Path root) {
        this(root, "");
    }

    /** {@code clickhouseConfig}: lines for the {@code [clickhouse]} table, e.g. {@code mutable-tables = ["x"]}. */
    ClickHouseWorkspace(Path root, String clickhouseConfig) {
        this.root = root;
        this.migrations = root.resolve("migrations/clickhouse");
        try {
            Files.createDirectories(migrations);
            Files.writeString(
                    root.resolve(".migration-lsp.toml"),
                    "clickhouse-migrations = \"migrations/clickhouse\"\n[clickhouse]\n" + clickhouseConfig + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ClickHouseWorkspace file(String name, String text) {
        try {
            Files.writeString(migrations.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path path(String name) {
        return migrations.resolve(name).toAbsolutePath().normalize();
    }

    WorkspaceSnapshot snapshot() {
        return new Workspace(root, new ConfigLoader()).load(Map.of());
    }

    /** Every finding in the workspace, as the CLI's check reports them. */
    List<Finding> all() {
        return ANALYZER.checkAll(snapshot(), CancelChecker.NEVER);
    }

    List<Finding> findings(String name) {
        return ANALYZER.analyze(snapshot(), path(name), CancelChecker.NEVER);
    }

    List<Finding> findings(String name, RuleCode code) {
        return findings(name).stream().filter(f -> f.code() == code).toList();
    }

    /** Expected diagnostic: 0-based start and end line/column, like LSP positions. */
    record D(int line, int column, int endLine, int endColumn, RuleCode code) {
        @Override
        public String toString() {
            return code.id() + "@" + line + ":" + column + "-" + endLine + ":" + endColumn;
        }
    }

    static D d(int line, int column, int endLine, int endColumn, RuleCode code) {
        return new D(line, column, endLine, endColumn, code);
    }

    static List<D> asD(List<Finding> findings) {
        return findings.stream()
                .sorted(Comparator.comparingInt((Finding f) -> f.span().startOffset()))
                .map(f -> d(
                        f.span().start().line(),
                        f.span().start().character(),
                        f.span().end().line(),
                        f.span().end().character(),
                        f.code()))
                .toList();
    }

    /**
     * Writes {@code text} as {@code name} and asserts the findings of {@code code} on it are exactly {@code expected}.
     * A {@code $0} marker is the cursor of a half-typed file: the file ends there.
     */
    List<Finding> check(String name, RuleCode code, String text, D... expected) {
        int cursor = text.indexOf("$0");
        file(name, cursor >= 0 ? text.substring(0, cursor) : text);
        List<Finding> found = findings(name, code);
        assertThat(asD(found)).as(found.toString()).containsExactlyElementsOf(Arrays.asList(expected));
        return found;
    }

    /** Applies the text edits of {@code fix} to {@code text} (edits of one file, applied from the end). */
    static String apply(String text, Fix fix, Path file) {
        List<Edit.Replace> edits = fix.edits().stream()
                .filter(e -> e instanceof Edit.Replace r && r.file().equals(file))
                .map(e -> (Edit.Replace) e)
                .sorted(Comparator.comparingInt(Edit.Replace::startOffset).reversed())
                .toList();
        StringBuilder sb = new StringBuilder(text);
        for (Edit.Replace r : edits) {
            sb.replace(r.startOffset(), r.endOffset(), r.newText());
        }
        return sb.toString();
    }
}
