package dev.migrationlsp.alembic;

import dev.migrationlsp.alembic.RevisionHeader.Assignment;
import dev.migrationlsp.alembic.RevisionHeader.Literal;
import dev.migrationlsp.core.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;
import org.treesitter.TSTree;

/** Full parse of a revision file with tree-sitter; extracts the same {@link RevisionHeader} as the light scanner. */
public final class AlembicParser {
    private final PythonParser python;

    public AlembicParser(PythonParser python) {
        this.python = python;
    }

    public AlembicScript parse(SourceText text) {
        TSTree tree = python.parse(text.text());
        return new AlembicScript(text, tree, header(text.text(), tree.getRootNode()));
    }

    static RevisionHeader header(String src, TSNode module) {
        Optional<Assignment> revision = Optional.empty();
        Optional<Assignment> down = Optional.empty();
        Optional<Assignment> labels = Optional.empty();
        Optional<Assignment> depends = Optional.empty();
        Optional<RevisionHeader.Docstring> doc = Optional.empty();
        boolean first = true;
        for (int i = 0; i < module.getNamedChildCount(); i++) {
            TSNode stmt = module.getNamedChild(i);
            if (stmt.getType().equals("comment")) {
                continue;
            }
            if (first && stmt.getType().equals("expression_statement") && stmt.getNamedChildCount() == 1) {
                TSNode e = stmt.getNamedChild(0);
                if (e.getType().equals("string") || e.getType().equals("concatenated_string")) {
                    doc = Optional.of(DocstringFields.read(src, AlembicScript.start(e), AlembicScript.end(e)));
                }
            }
            first = false;
            if (!stmt.getType().equals("expression_statement") || stmt.getNamedChildCount() != 1) {
                continue;
            }
            TSNode a = stmt.getNamedChild(0);
            if (!a.getType().equals("assignment")) {
                continue;
            }
            Assignment parsed = assignment(src, a);
            if (parsed == null) {
                continue;
            }
            switch (parsed.name()) {
                case "revision" -> revision = Optional.of(parsed);
                case "down_revision" -> down = Optional.of(parsed);
                case "branch_labels" -> labels = Optional.of(parsed);
                case "depends_on" -> depends = Optional.of(parsed);
                default -> { }
            }
        }
        return new RevisionHeader(revision, down, labels, depends, doc);
    }

    private static Assignment assignment(String src, TSNode a) {
        TSNode left = a.getChildByFieldName("left");
        if (left.isNull() || !left.getType().equals("identifier")) {
            return null;
        }
        String name = src.substring(AlembicScript.start(left), AlembicScript.end(left));
        if (!RevisionHeaderScanner.FIELDS.contains(name)) {
            return null;
        }
        boolean annotated = !a.getChildByFieldName("type").isNull();
        TSNode right = a.getChildByFieldName("right");
        // chained assignment: `a = b = "x"` nests assignments on the right
        while (!right.isNull() && right.getType().equals("assignment")) {
            right = right.getChildByFieldName("right");
        }
        if (right.isNull()) {
            int e = AlembicScript.end(a);
            return new Assignment(name, AlembicScript.start(left), AlembicScript.end(left), e, e, annotated, false, false, List.of());
        }
        int vs = AlembicScript.start(right);
        int ve = AlembicScript.end(right);
        List<Literal> literals = new ArrayList<>();
        boolean none = false;
        boolean understood = true;
        switch (right.getType()) {
            case "none" -> none = true;
            case "string", "concatenated_string" -> understood = literal(src, right, literals);
            case "tuple", "list", "parenthesized_expression", "expression_list" -> {
                for (int i = 0; i < right.getNamedChildCount() && understood; i++) {
                    TSNode el = right.getNamedChild(i);
                    if (el.getType().equals("comment")) {
                        continue;
                    }
                    understood = (el.getType().equals("string") || el.getType().equals("concatenated_string"))
                            && literal(src, el, literals);
                }
            }
            default -> understood = false;
        }
        if (right.hasError()) {
            understood = false;
        }
        if (!understood) {
            literals.clear();
        }
        return new Assignment(name, AlembicScript.start(left), AlembicScript.end(left), vs, ve, annotated, none, understood, literals);
    }

    /** Decodes a (possibly implicitly concatenated) string literal with the tokenizer, so both paths decode alike. */
    private static boolean literal(String src, TSNode n, List<Literal> out) {
        int s = AlembicScript.start(n);
        int e = AlembicScript.end(n);
        StringBuilder v = new StringBuilder();
        for (PythonTokenizer.Token t : PythonTokenizer.tokenize(src.substring(s, e))) {
            if (t.kind() == PythonTokenizer.Kind.COMMENT || t.kind() == PythonTokenizer.Kind.NEWLINE) {
                continue;
            }
            if (t.kind() != PythonTokenizer.Kind.STRING) {
                return false;
            }
            String prefix = t.text().substring(0, t.text().indexOf(t.text().chars().filter(ch -> ch == '\'' || ch == '"')
                    .mapToObj(ch -> String.valueOf((char) ch)).findFirst().orElse("'"))).toLowerCase();
            if (prefix.contains("b") || prefix.contains("f")) {
                return false;
            }
            v.append(t.value());
        }
        out.add(new Literal(v.toString(), s, e));
        return true;
    }
}
