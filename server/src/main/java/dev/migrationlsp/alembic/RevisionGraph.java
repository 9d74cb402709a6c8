package dev.migrationlsp.alembic;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Alembic revision DAG built statically from {@link RevisionHeader}s. Heads follow Alembic's definition: a revision
 * is a head when no revision names it in {@code down_revision} ({@code depends_on} does not consume heads).
 * Immutable once built.
 */
public final class RevisionGraph {

    /** One revision file. {@code file} is absolute; {@code header} carries exact ranges. */
    public record Node(
            String revision,
            Path file,
            RevisionHeader header,
            List<String> downRevisions,
            List<String> dependsOn,
            List<String> branchLabels) {
        Node(String revision, Path file, RevisionHeader header) {
            this(revision, file, header, header.downRevisions(), header.dependsOnIds(), header.labels());
        }

        public String description() {
            Optional<RevisionHeader.Docstring> docstring = header.docstring();
            return docstring.isPresent() ? docstring.get().description() : "";
        }
    }

    /** Input: a file and its header. */
    public record Entry(Path file, RevisionHeader header) {}

    private final List<Node> nodes;
    private final Map<String, Node> byRevision;
    private final Map<String, List<Node>> duplicates;
    private final Map<String, List<Node>> children;
    private final Map<String, Node> byLabel;
    private final List<Node> heads;
    private final List<Node> bases;
    private final List<List<Node>> cycles;
    private volatile Map<String, Set<String>> exclusiveLabelsByHead;
    /** Data other packages derive from this (immutable) graph, computed once per graph: see {@link #derived}. */
    private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Some file's {@code revision} cannot be read statically: any id no node declares may be that one. */
    private final boolean revisionsUnknown;
    /** Some node's {@code down_revision} cannot be read statically: any head may in truth have that child. */
    private final boolean parentsUnknown;

    private RevisionGraph(List<Node> nodes, boolean revisionsUnknown) {
        this.revisionsUnknown = revisionsUnknown;
        // plain loops on this path: `heads` and `check` build a graph once, and on JDK 17 each lambda's first use costs
        // a short command ~0.2 ms
        boolean anyParentUnknown = false;
        for (Node n : nodes) {
            anyParentUnknown |= n.header() != null && n.header().downRevisionUnknown();
        }
        this.parentsUnknown = anyParentUnknown;
        this.nodes = List.copyOf(nodes);
        Map<String, Node> map = new LinkedHashMap<>();
        Map<String, List<Node>> dups = new LinkedHashMap<>();
        for (Node n : nodes) {
            Node prev = map.putIfAbsent(n.revision(), n);
            if (prev != null) {
                List<Node> same = dups.get(n.revision());
                if (same == null) {
                    same = new ArrayList<>(List.of(prev));
                    dups.put(n.revision(), same);
                }
                same.add(n);
            }
        }
        this.byRevision = Collections.unmodifiableMap(map);
        this.duplicates = Collections.unmodifiableMap(dups);
        Map<String, List<Node>> kids = new HashMap<>();
        Set<String> consumed = new HashSet<>();
        for (Node n : nodes) {
            for (String d : n.downRevisions()) {
                List<Node> of = kids.get(d);
                if (of == null) {
                    of = new ArrayList<>();
                    kids.put(d, of);
                }
                of.add(n);
                consumed.add(d);
            }
        }
        this.children = kids;
        Map<String, Node> labels = new HashMap<>();
        for (Node n : nodes) {
            for (String l : n.branchLabels()) {
                labels.putIfAbsent(l, n);
            }
        }
        this.byLabel = labels;
        List<Node> h = new ArrayList<>();
        List<Node> b = new ArrayList<>();
        Set<String> seenHead = new HashSet<>();
        for (Node n : map.values()) {
            if (!consumed.contains(n.revision()) && seenHead.add(n.revision())) {
                h.add(n);
            }
            if (n.downRevisions().isEmpty()) {
                b.add(n);
            }
        }
        this.heads = List.copyOf(h);
        this.bases = List.copyOf(b);
        this.cycles = findCycles();
    }

    public static RevisionGraph build(Collection<Entry> entries) {
        List<Node> nodes = new ArrayList<>();
        boolean revisionsUnknown = false;
        for (Entry e : entries) {
            Optional<String> rev = e.header().revisionId();
            if (rev.isPresent()) {
                nodes.add(new Node(rev.get(), e.file(), e.header()));
            }
            revisionsUnknown |= e.header().revisionUnknown();
        }
        nodes.sort(BY_FILE);
        return new RevisionGraph(nodes, revisionsUnknown);
    }

    private static final java.util.Comparator<Node> BY_FILE = new java.util.Comparator<>() {
        @Override
        public int compare(Node a, Node b) {
            return a.file().compareTo(b.file());
        }
    };

    public List<Node> nodes() {
        return nodes;
    }

    /**
     * Computes {@code compute} once for this graph under {@code key} (an identity key held in a static field), so data
     * that depends only on the graph (e.g. the replay order of the PostgreSQL schema) survives snapshots that inherit the
     * graph. The value must be immutable.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<RevisionGraph, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            // computed outside the map: a computation may derive other keys (computeIfAbsent forbids that); an
            // immutable value computed twice by racing threads is equal, and the first one stored wins
            value = compute.apply(this);
            Object raced = derived.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return (T) value;
    }

    public Optional<Node> node(String revision) {
        return Optional.ofNullable(byRevision.get(revision));
    }

    /** The revision that declares {@code label} in its {@code branch_labels}. */
    public Optional<Node> labelOwner(String label) {
        return Optional.ofNullable(byLabel.get(label));
    }

    /** True if {@code id} names a revision or a branch label (depends_on may name either). */
    public boolean resolves(String id) {
        return byRevision.containsKey(id) || byLabel.containsKey(id);
    }

    public List<Node> heads() {
        return heads;
    }

    public List<Node> bases() {
        return bases;
    }

    public List<Node> children(String revision) {
        return children.getOrDefault(revision, List.of());
    }

    public boolean isMerge(Node n) {
        return n.downRevisions().size() > 1;
    }

    public boolean isHead(Node n) {
        return !children.containsKey(n.revision());
    }

    /** Revisions declared by more than one file, each with all its files. */
    public Map<String, List<Node>> duplicates() {
        return duplicates;
    }

    /** Each cycle as the list of nodes on it (following down_revision and depends_on). */
    public List<List<Node>> cycles() {
        return cycles;
    }

    /**
     * Labels that set this head apart from the other heads: those declared on its ancestors (itself included) that are
     * not ancestors of any other head, i.e. on its own line back to where it diverged from the rest. Forks that were
     * merged again further down do not cut the line short.
     */
    public Set<String> distinguishingLabels(Node head) {
        Map<String, Set<String>> byHead = exclusiveLabels();
        Set<String> known = byHead.get(head.revision());
        if (known != null && isHead(head)) {
            return known;
        }
        // not a head: compare with every head
        Set<String> others = new HashSet<>();
        for (Node h : heads) {
            if (h != head) {
                ancestorsInclusive(h).forEach(n -> others.add(n.revision()));
            }
        }
        Set<String> out = new TreeSet<>();
        for (Node n : ancestorsInclusive(head)) {
            if (!others.contains(n.revision())) {
                out.addAll(n.branchLabels());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Per head, the labels only its own ancestry declares; computed once (the graph is shared between threads). */
    private Map<String, Set<String>> exclusiveLabels() {
        Map<String, Set<String>> m = exclusiveLabelsByHead;
        if (m != null) {
            return m;
        }
        synchronized (this) {
            if (exclusiveLabelsByHead == null) {
                Map<String, Integer> headsReaching = new HashMap<>();
                List<List<Node>> ancestry = new ArrayList<>();
                for (Node h : heads) {
                    List<Node> a = ancestorsInclusive(h);
                    ancestry.add(a);
                    a.forEach(n -> headsReaching.merge(n.revision(), 1, Integer::sum));
                }
                Map<String, Set<String>> out = new HashMap<>();
                for (int i = 0; i < heads.size(); i++) {
                    Set<String> labels = new TreeSet<>();
                    for (Node n : ancestry.get(i)) {
                        if (headsReaching.get(n.revision()) == 1) {
                            labels.addAll(n.branchLabels());
                        }
                    }
                    out.put(heads.get(i).revision(), Collections.unmodifiableSet(labels));
                }
                exclusiveLabelsByHead = Collections.unmodifiableMap(out);
            }
            return exclusiveLabelsByHead;
        }
    }

    /** Some file's {@code revision} is unknown (see {@link RevisionHeader#revisionUnknown()}). */
    public boolean revisionsUnknown() {
        return revisionsUnknown;
    }

    /** Some revision's {@code down_revision} is unknown, so heads and bases are not certain. */
    public boolean parentsUnknown() {
        return parentsUnknown;
    }

    /** The revision or an ancestor assigns {@code branch_labels} a value that cannot be read statically. */
    public boolean labelsUnknown(Node node) {
        return inherited(node).labelsUnknown();
    }

    /** Every label declared on the revision or any ancestor: Alembic's inherited branch membership (sorted). */
    public Set<String> inheritedLabels(Node node) {
        return inherited(node).labels();
    }

    /** What a node inherits from its ancestry: one walk answers both questions, once per node (heads ask each often). */
    private record Inherited(Set<String> labels, boolean labelsUnknown) {}

    private final Map<Node, Inherited> inherited = Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private Inherited inherited(Node node) {
        Inherited known = inherited.get(node);
        if (known != null) {
            return known;
        }
        Set<String> labels = new TreeSet<>();
        boolean unknown = false;
        for (Node n : ancestorsInclusive(node)) {
            labels.addAll(n.branchLabels());
            unknown |= n.header() != null && n.header().labelsUnknown();
        }
        Inherited computed = new Inherited(Collections.unmodifiableSet(labels), unknown);
        inherited.put(node, computed);
        return computed;
    }

    public List<Node> ancestorsInclusive(Node node) {
        List<Node> out = new ArrayList<>();
        Deque<Node> queue = new ArrayDeque<>(); // not ArrayDeque(Collection), which links a method reference
        queue.add(node);
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            if (!seen.add(n.revision())) {
                continue;
            }
            out.add(n);
            for (String d : n.downRevisions()) {
                Node p = byRevision.get(d);
                if (p != null) {
                    queue.add(p);
                }
            }
        }
        return out;
    }

    /**
     * Groups of heads that conflict: heads that inherit exactly the same branch labels are on the same branch. Heads set
     * apart by a label on their own line are deliberate independent branches (docs/rules.md, multiple-heads): a river_cutover line
     * forked from an application_schema line inherits both labels, the application_schema head only one, so they do
     * not conflict; a second head on either line inherits the same set as the first, and does. Equivalent to: neither
     * head's own line (ancestors the other head lacks) declares a label. Nothing rests on an unknown: a head whose
     * labels are unknown is in no group, and while some revision's id or parents are unknown there are no groups.
     */
    public List<List<Node>> conflictingHeads() {
        if (parentsUnknown || revisionsUnknown) {
            // a revision with unknown parents may be the child of any head, one with an unknown id the parent of any
            // orphan: nothing is certain
            return List.of();
        }
        Map<Set<String>, List<Node>> byLabels = new LinkedHashMap<>();
        for (Node h : heads) {
            if (labelsUnknown(h)) {
                continue; // its branch cannot be told statically: it conflicts with nothing we can name
            }
            Set<String> labels = inheritedLabels(h);
            List<Node> group = byLabels.get(labels);
            if (group == null) {
                group = new ArrayList<>();
                byLabels.put(labels, group);
            }
            group.add(h);
        }
        List<List<Node>> out = new ArrayList<>();
        for (List<Node> group : byLabels.values()) {
            if (group.size() > 1) {
                out.add(List.copyOf(group));
            }
        }
        return out;
    }

    /**
     * Heads that a new revision on {@code branch} could extend. A head whose own line declares the label wins; otherwise
     * heads that inherit it, leaving out side branches that forked off with a label of their own (a river_cutover line
     * forked from an application_schema line inherits application_schema, but is not where new revisions go).
     */
    public List<Node> headsOfBranch(String branch) {
        List<Node> distinct = heads.stream()
                .filter(h -> distinguishingLabels(h).contains(branch))
                .toList();
        if (!distinct.isEmpty()) {
            return distinct;
        }
        List<Node> inherited =
                heads.stream().filter(h -> inheritedLabels(h).contains(branch)).toList();
        List<Node> unlabeled = inherited.stream()
                .filter(h -> distinguishingLabels(h).isEmpty())
                .toList();
        return unlabeled.isEmpty() ? inherited : unlabeled;
    }

    private List<List<Node>> findCycles() {
        // iterative DFS over down_revision and depends_on edges; colours: 0 new, 1 on stack, 2 done
        Map<String, Integer> colour = new HashMap<>();
        List<List<Node>> found = new ArrayList<>();
        Set<String> inReportedCycle = new HashSet<>();
        for (Node start : byRevision.values()) {
            if (colour.getOrDefault(start.revision(), 0) != 0) {
                continue;
            }
            Deque<Node> path = new ArrayDeque<>();
            Deque<java.util.Iterator<String>> its = new ArrayDeque<>();
            path.push(start);
            its.push(edges(start).iterator());
            colour.put(start.revision(), 1);
            while (!path.isEmpty()) {
                java.util.Iterator<String> it = its.peek();
                if (it.hasNext()) {
                    Node next = byRevision.get(it.next());
                    if (next == null) {
                        continue;
                    }
                    int c = colour.getOrDefault(next.revision(), 0);
                    if (c == 0) {
                        colour.put(next.revision(), 1);
                        path.push(next);
                        its.push(edges(next).iterator());
                    } else if (c == 1) {
                        List<Node> cycle = new ArrayList<>();
                        for (Node n : path) { // path iterates from top of stack (most recent) down
                            cycle.add(n);
                            if (n == next) {
                                break;
                            }
                        }
                        Collections.reverse(cycle);
                        if (cycle.stream().noneMatch(n -> inReportedCycle.contains(n.revision()))) {
                            cycle.forEach(n -> inReportedCycle.add(n.revision()));
                            found.add(List.copyOf(cycle));
                        }
                    }
                } else {
                    colour.put(path.pop().revision(), 2);
                    its.pop();
                }
            }
        }
        return List.copyOf(found);
    }

    private List<String> edges(Node n) {
        if (n.dependsOn().isEmpty()) {
            return n.downRevisions();
        }
        List<String> all = new ArrayList<>(n.downRevisions());
        for (String d : n.dependsOn()) {
            Node target = byRevision.get(d);
            if (target == null && byLabel.containsKey(d)) {
                target = byLabel.get(d);
            }
            if (target != null) {
                all.add(target.revision());
            }
        }
        return all;
    }
}
