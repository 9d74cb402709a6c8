package dev.migrationlsp.insight;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionGraph.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Alembic history as a picture: Mermaid, Graphviz DOT, or a self-contained SVG laid out here (base at the top,
 * one row per generation, one lane per line of development). Heads are outlined; heads that conflict are red.
 */
public final class HistoryGraph {
    public enum Format {
        MERMAID,
        DOT,
        SVG
    }

    private final RevisionGraph graph;
    private final List<Node> nodes;
    private final Set<String> heads = new HashSet<>();
    private final Set<String> conflicting = new HashSet<>();

    /** @param limit draw only the newest {@code limit} generations (0 = all), so huge histories stay readable */
    public HistoryGraph(RevisionGraph graph, int limit) {
        this.graph = graph;
        graph.heads().forEach(h -> heads.add(h.revision()));
        graph.conflictingHeads().forEach(g -> g.forEach(h -> conflicting.add(h.revision())));
        Map<String, Integer> layers = layers();
        int max = layers.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        this.nodes = graph.nodes().stream()
                .filter(n -> limit <= 0 || layers.getOrDefault(n.revision(), 0) > max - limit)
                .toList();
    }

    public String render(Format f) {
        return switch (f) {
            case MERMAID -> mermaid();
            case DOT -> dot();
            case SVG -> svg();
        };
    }

    private Set<String> drawn() {
        Set<String> s = new HashSet<>();
        nodes.forEach(n -> s.add(n.revision()));
        return s;
    }

    String mermaid() {
        StringBuilder sb = new StringBuilder("graph BT\n");
        Set<String> drawn = drawn();
        for (Node n : nodes) {
            sb.append("  ")
                    .append(id(n.revision()))
                    .append("[\"")
                    .append(escape(label(n, "<br/>")))
                    .append("\"]\n");
        }
        for (Node n : nodes) {
            for (String d : n.downRevisions()) {
                if (drawn.contains(d)) {
                    sb.append("  ")
                            .append(id(n.revision()))
                            .append(" --> ")
                            .append(id(d))
                            .append('\n');
                }
            }
            for (String d : n.dependsOn()) {
                if (drawn.contains(d)) {
                    sb.append("  ")
                            .append(id(n.revision()))
                            .append(" -.-> ")
                            .append(id(d))
                            .append('\n');
                }
            }
        }
        sb.append(
                "  classDef head stroke-width:3px;\n  classDef conflict stroke:#d32f2f,stroke-width:3px,fill:#ffebee;\n");
        for (Node n : nodes) {
            if (conflicting.contains(n.revision())) {
                sb.append("  class ").append(id(n.revision())).append(" conflict\n");
            } else if (heads.contains(n.revision())) {
                sb.append("  class ").append(id(n.revision())).append(" head\n");
            }
        }
        return sb.toString();
    }

    String dot() {
        StringBuilder sb = new StringBuilder(
                "digraph alembic {\n  rankdir=BT;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        Set<String> drawn = drawn();
        for (Node n : nodes) {
            sb.append("  \"")
                    .append(dotEscape(n.revision()))
                    .append("\" [label=\"")
                    .append(dotEscape(label(n, "\n")))
                    .append('"');
            if (conflicting.contains(n.revision())) {
                sb.append(", color=red, penwidth=3");
            } else if (heads.contains(n.revision())) {
                sb.append(", penwidth=3");
            }
            sb.append("];\n");
        }
        for (Node n : nodes) {
            for (String d : n.downRevisions()) {
                if (drawn.contains(d)) {
                    sb.append("  \"")
                            .append(dotEscape(n.revision()))
                            .append("\" -> \"")
                            .append(dotEscape(d))
                            .append("\";\n");
                }
            }
            for (String d : n.dependsOn()) {
                if (drawn.contains(d)) {
                    sb.append("  \"")
                            .append(dotEscape(n.revision()))
                            .append("\" -> \"")
                            .append(dotEscape(d))
                            .append("\" [style=dashed];\n");
                }
            }
        }
        return sb.append("}\n").toString();
    }

    String svg() {
        Map<String, Integer> layer = layers();
        Map<String, Integer> lane = lanes(layer);
        int minLayer = nodes.stream()
                .mapToInt(n -> layer.getOrDefault(n.revision(), 0))
                .min()
                .orElse(0);
        int w = 220;
        int h = 64;
        int lanes = lane.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int rows = nodes.stream()
                        .mapToInt(n -> layer.getOrDefault(n.revision(), 0))
                        .max()
                        .orElse(0)
                - minLayer
                + 1;
        int width = lanes * w + 40;
        int height = rows * h + 40;
        Map<String, int[]> pos = new HashMap<>();
        for (Node n : nodes) {
            pos.put(n.revision(), new int[] {
                20 + lane.getOrDefault(n.revision(), 0) * w, 20 + (layer.getOrDefault(n.revision(), 0) - minLayer) * h
            });
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Node n : nodes) {
            int[] c = pos.get(n.revision());
            for (String d : n.downRevisions()) {
                int[] p = pos.get(d);
                if (p != null) {
                    sb.append(String.format(
                            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#607d8b\" stroke-width=\"2\"/>%n",
                            p[0] + 90, p[1] + 40, c[0] + 90, c[1]));
                }
            }
            for (String d : n.dependsOn()) {
                int[] p = pos.get(d);
                if (p != null) {
                    sb.append(String.format(
                            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9e9e9e\" stroke-dasharray=\"4 3\"/>%n",
                            p[0] + 90, p[1] + 40, c[0] + 90, c[1]));
                }
            }
        }
        for (Node n : nodes) {
            int[] c = pos.get(n.revision());
            boolean conflict = conflicting.contains(n.revision());
            boolean head = heads.contains(n.revision());
            String stroke = conflict ? "#d32f2f" : head ? "#1565c0" : "#90a4ae";
            String fill = conflict ? "#ffebee" : head ? "#e3f2fd" : "#fafafa";
            sb.append(String.format(
                    "<g><title>%s</title><rect x=\"%d\" y=\"%d\" width=\"180\" height=\"40\" rx=\"8\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"/>%n",
                    xml(n.revision() + " " + n.description()), c[0], c[1], fill, stroke, head ? 3 : 1));
            sb.append(String.format(
                    "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n",
                    c[0] + 8,
                    c[1] + 16,
                    xml(n.revision()
                            + (n.branchLabels().isEmpty() ? "" : " [" + String.join(", ", n.branchLabels()) + "]")
                            + (head ? " (head)" : ""))));
            sb.append(String.format(
                    "<text x=\"%d\" y=\"%d\" fill=\"#455a64\">%s</text></g>%n",
                    c[0] + 8, c[1] + 32, xml(truncate(n.description(), 26))));
        }
        return sb.append("</svg>\n").toString();
    }

    /** Generation of each revision: longest path from a base along down_revision (cycles are cut). */
    private Map<String, Integer> layers() {
        Map<String, Integer> layer = new HashMap<>();
        Map<String, Integer> pendingParents = new HashMap<>();
        ArrayDeque<Node> ready = new ArrayDeque<>();
        for (Node n : graph.nodes()) {
            int known = (int) n.downRevisions().stream()
                    .filter(d -> graph.node(d).isPresent())
                    .count();
            pendingParents.put(n.revision(), known);
            if (known == 0) {
                ready.add(n);
                layer.put(n.revision(), 0);
            }
        }
        while (!ready.isEmpty()) {
            Node n = ready.poll();
            for (Node k : graph.children(n.revision())) {
                layer.merge(k.revision(), layer.get(n.revision()) + 1, Math::max);
                if (pendingParents.merge(k.revision(), -1, Integer::sum) == 0) {
                    ready.add(k);
                }
            }
        }
        return layer;
    }

    /**
     * A lane per line of development: a child continues its first parent's lane unless a sibling already did; a new
     * line takes the leftmost lane whose previous line has ended (its last revision is above and has no child left to
     * place), so a long history stays as narrow as its widest moment.
     */
    private Map<String, Integer> lanes(Map<String, Integer> layer) {
        List<Node> ordered = new ArrayList<>(nodes);
        ordered.sort(
                (a, b) -> Integer.compare(layer.getOrDefault(a.revision(), 0), layer.getOrDefault(b.revision(), 0)));
        Set<String> drawn = drawn();
        Map<String, Integer> lane = new HashMap<>();
        Set<String> continued = new HashSet<>();
        List<Node> lastInLane = new ArrayList<>();
        Map<String, Integer> unplacedChildren = new HashMap<>();
        for (Node n : ordered) {
            unplacedChildren.put(n.revision(), (int) graph.children(n.revision()).stream()
                    .filter(k -> drawn.contains(k.revision()))
                    .count());
        }
        for (Node n : ordered) {
            int l = layer.getOrDefault(n.revision(), 0);
            for (String d : n.downRevisions()) {
                unplacedChildren.computeIfPresent(d, (k, v) -> v - 1);
            }
            String parent =
                    n.downRevisions().isEmpty() ? null : n.downRevisions().get(0);
            int chosen = -1;
            if (parent != null && lane.containsKey(parent) && continued.add(parent)) {
                chosen = lane.get(parent);
            } else {
                for (int i = 0; i < lastInLane.size() && chosen < 0; i++) {
                    Node last = lastInLane.get(i);
                    if (layer.getOrDefault(last.revision(), 0) < l
                            && unplacedChildren.getOrDefault(last.revision(), 0) == 0
                            && !last.revision().equals(parent)) {
                        chosen = i;
                    }
                }
                if (chosen < 0) {
                    chosen = lastInLane.size();
                }
            }
            while (lastInLane.size() <= chosen) {
                lastInLane.add(null);
            }
            lastInLane.set(chosen, n);
            lane.put(n.revision(), chosen);
        }
        return lane;
    }

    private String label(Node n, String newline) {
        StringBuilder sb = new StringBuilder(n.revision());
        if (!n.branchLabels().isEmpty()) {
            sb.append(" [").append(String.join(", ", n.branchLabels())).append(']');
        }
        if (heads.contains(n.revision())) {
            sb.append(" (head)");
        }
        if (!n.description().isBlank()) {
            sb.append(newline).append(truncate(n.description(), 40));
        }
        return sb.toString();
    }

    private static String id(String rev) {
        return "r_" + rev.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String escape(String s) {
        return s.replace("\"", "#quot;");
    }

    private static String dotEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
