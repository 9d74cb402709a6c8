package dev.migrationlsp.cli;

import com.google.gson.GsonBuilder;
import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code heads}: the Alembic heads, read statically. Kept free of Guice and tree-sitter so it starts fast on large
 * histories (it needs only the light header scan).
 */
@Command(name = "heads", description = "Print the Alembic heads: \"<revision>\" then its branch labels, one per line.")
public final class HeadsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Workspace root (default: current directory).")
    Path path;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        WorkspaceSnapshot ws = WorkspaceOptions.load(path, new ConfigLoader());
        if (ws.config().alembicVersions().isEmpty()) {
            throw new RootCommand.UsageError("no Alembic versions directory found under " + ws.root()
                    + " (set alembic-versions in .migration-lsp.toml or add alembic.ini)");
        }
        RevisionGraph g = ws.revisionGraph();
        Set<Node> conflicting = new HashSet<>();
        g.conflictingHeads().forEach(conflicting::addAll);
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            List<Map<String, Object>> heads = new ArrayList<>();
            for (Node h : g.heads()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("revision", h.revision());
                m.put("labels", new ArrayList<>(g.inheritedLabels(h)));
                m.put("path", ws.relative(h.file()));
                m.put("description", h.description());
                m.put("conflict", conflicting.contains(h));
                heads.add(m);
            }
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(heads));
        } else {
            for (Node h : g.heads()) {
                Set<String> labels = g.inheritedLabels(h);
                out.println(h.revision() + (labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")"));
            }
        }
        out.flush();
        if (!conflicting.isEmpty()) {
            spec.commandLine().getErr().println("migration-lsp: warning: a branch has more than one head; run `migration-lsp check` for details");
        }
        return RootCommand.OK;
    }
}
