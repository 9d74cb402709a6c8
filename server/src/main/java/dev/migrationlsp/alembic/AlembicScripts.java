package dev.migrationlsp.alembic;

import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.workspace.Document;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.treesitter.TSInputEdit;
import org.treesitter.TSPoint;
import org.treesitter.TSTree;

/**
 * Parsed forms of Alembic documents, computed once per {@link Document} version: the {@link MigrationModel} the
 * convention rules read, and the tree-sitter {@link AlembicScript}. For files open in the editor the previous tree is
 * kept per path and reparsed incrementally (an edit computed by diffing the old and new text), which is several times
 * cheaper than a fresh parse of a large file.
 */
@Singleton
public final class AlembicScripts {
    private static final Document.Key<AlembicScript> SCRIPT = new Document.Key<>("alembic-script");
    private static final Document.Key<MigrationModel> MODEL = new Document.Key<>("migration-model");

    private final PythonParser python;
    /** The last tree per open path, owned by this map: callers get copies, so no tree is shared across threads. */
    private final ConcurrentHashMap<Path, Previous> previous = new ConcurrentHashMap<>();

    private static final int MAX_KEPT = 64;

    private record Previous(SourceText text, TSTree tree) {
    }

    @Inject
    public AlembicScripts(PythonParser python) {
        this.python = python;
    }

    public MigrationModel model(Document d) {
        return modelOf(d);
    }

    /** The static model of a revision, cached on the document (no parser state needed, so usable without an instance). */
    public static MigrationModel modelOf(Document d) {
        return d.derived(MODEL, x -> MigrationModelReader.read(x.text()));
    }

    public AlembicScript script(Document d) {
        return d.derived(SCRIPT, this::parse);
    }

    private AlembicScript parse(Document d) {
        SourceText text = d.text();
        TSTree tree;
        Previous prev = d.isOpen() ? previous.get(d.path()) : null;
        if (prev != null) {
            TSTree old;
            synchronized (prev) {
                old = prev.tree().copy();
            }
            old.edit(edit(prev.text(), text));
            tree = python.reparse(old, text.text());
        } else {
            tree = python.parse(text.text());
        }
        if (d.isOpen()) {
            if (previous.size() >= MAX_KEPT && !previous.containsKey(d.path())) {
                previous.keySet().stream().findAny().ifPresent(previous::remove); // bounded: editors open few files
            }
            previous.put(d.path(), new Previous(text, tree.copy()));
        } else {
            previous.remove(d.path());
        }
        return new AlembicScript(text, tree, AlembicParser.header(text.text(), tree.getRootNode()));
    }

    /** Forgets the kept tree of a closed file. */
    public void forget(Path path) {
        previous.remove(path.toAbsolutePath().normalize());
    }

    /** The single replacement turning {@code before} into {@code after}: common prefix and suffix are kept. */
    static TSInputEdit edit(SourceText before, SourceText after) {
        String a = before.text();
        String b = after.text();
        int max = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        int oldEnd = a.length() - suffix;
        int newEnd = b.length() - suffix;
        return new TSInputEdit(prefix * 2, oldEnd * 2, newEnd * 2, point(before, prefix), point(before, oldEnd),
                point(after, newEnd));
    }

    private static TSPoint point(SourceText t, int offset) {
        int line = t.lineOf(offset);
        return new TSPoint(line, (offset - t.lineStart(line)) * 2);
    }
}
