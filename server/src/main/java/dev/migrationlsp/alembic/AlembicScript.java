package dev.migrationlsp.alembic;

import dev.migrationlsp.core.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;
import org.treesitter.TSTree;

/**
 * A fully parsed Alembic revision file: the tree-sitter tree plus the module-level {@link RevisionHeader}. Node offsets
 * are char offsets ({@link #start(TSNode)} / {@link #end(TSNode)}).
 */
public final class AlembicScript {
    private final SourceText text;
    private final TSTree tree;
    private final RevisionHeader header;

    AlembicScript(SourceText text, TSTree tree, RevisionHeader header) {
        this.text = text;
        this.tree = tree;
        this.header = header;
    }

    public SourceText text() {
        return text;
    }

    public TSTree tree() {
        return tree;
    }

    public TSNode root() {
        return tree.getRootNode();
    }

    public RevisionHeader header() {
        return header;
    }

    public static int start(TSNode n) {
        return n.getStartByte() / 2;
    }

    public static int end(TSNode n) {
        return n.getEndByte() / 2;
    }

    public String textOf(TSNode n) {
        return text.slice(start(n), end(n));
    }

    public boolean hasSyntaxErrors() {
        return root().hasError();
    }

    /** ERROR and MISSING nodes, outermost first; half-typed code produces these instead of exceptions. */
    public List<TSNode> syntaxErrors() {
        List<TSNode> out = new ArrayList<>();
        collectErrors(root(), out);
        return out;
    }

    private static void collectErrors(TSNode n, List<TSNode> out) {
        if (n.isError() || n.isMissing()) {
            out.add(n);
            return;
        }
        if (!n.hasError()) {
            return;
        }
        for (int i = 0; i < n.getChildCount(); i++) {
            collectErrors(n.getChild(i), out);
        }
    }
}
