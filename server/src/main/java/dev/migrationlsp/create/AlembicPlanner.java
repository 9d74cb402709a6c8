package dev.migrationlsp.create;

import static dev.migrationlsp.create.Plans.fileNames;
import static dev.migrationlsp.create.Plans.overrideDirectory;
import static dev.migrationlsp.create.Plans.sentence;
import static dev.migrationlsp.create.Plans.toPlan;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.PyAst;
import dev.migrationlsp.alembic.RevisionFileName;
import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Plans Alembic revisions: which head to extend (a single head, the requested branch or head, the configured default
 * branch, else the user chooses), the revision-id scheme of the history (sequential {@code 0108} or Alembic's 12-hex),
 * {@code alembic.ini}'s {@code file_template} and slug rules, and the content from {@code postgres/revision.py.ftl}.
 */
final class AlembicPlanner {
    private static final Pattern NUMERIC = Pattern.compile("\\d+");
    private static final DateTimeFormatter PY_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final TemplateRenderer templates;
    private final Clock clock;
    private final Supplier<String> hexIds;

    AlembicPlanner(TemplateRenderer templates, Clock clock, Supplier<String> hexIds) {
        this.templates = templates;
        this.clock = clock;
        this.hexIds = hexIds;
    }

    /** Alembic's {@code util.rev_id()}: {@code uuid.uuid4().hex[-12:]}. */
    static String alembicRevId() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return hex.substring(hex.length() - 12);
    }

    /** A merge revision ({@code alembic merge}) over the heads of one branch. */
    PlanResult planMerge(WorkspaceSnapshot ws, MergeRequest request) throws CreateException {
        AlembicHistory history = history(ws, request.history());
        RevisionGraph g = ws.revisionGraph(history);
        List<Node> parents;
        if (request.branch().isPresent()) {
            String branch = Names.label(request.branch().get(), "branch label");
            requireLabel(g, branch);
            parents = g.headsOfBranch(branch);
            if (parents.size() < 2) {
                throw new CreateException("branch " + branch + " has "
                        + (parents.isEmpty()
                                ? "no head"
                                : "one head (" + parents.get(0).revision() + ")") + ": nothing to merge");
            }
        } else {
            List<List<Node>> groups = g.conflictingHeads();
            if (groups.isEmpty()) {
                throw new CreateException("no branch has more than one head: nothing to merge (heads: "
                        + String.join(
                                ", ",
                                g.heads().stream()
                                        .map(h -> headInfo(ws, g, h).display())
                                        .toList()) + ")");
            }
            if (groups.size() > 1) {
                List<HeadInfo> all = groups.stream()
                        .flatMap(List::stream)
                        .map(h -> headInfo(ws, g, h))
                        .toList();
                return new AmbiguousHeads(
                        all, "several branches have more than one head; name the branch to merge", true);
            }
            parents = groups.get(0);
        }
        String description = Names.description(request.description().orElse("merge heads"));
        return renderPostgres(ws, history, g, parents, description, Optional.empty(), true);
    }

    /** The next revision: the head it extends, its id, file name and content. */
    PlanResult plan(WorkspaceSnapshot ws, CreateRequest request) throws CreateException {
        AlembicHistory history = history(ws, request.history());
        String description = Names.description(request.description());
        Optional<String> table = request.table().isPresent()
                ? Optional.of(Names.table(request.table().get()))
                : Optional.empty();
        if (request.kind().isPresent()) {
            String k = request.kind().get().toLowerCase(Locale.ROOT);
            if (k.equals("table")) {
                if (table.isEmpty()) {
                    throw new CreateException("kind table needs a table name (--table NAME)");
                }
            } else if (!k.equals("revision")) {
                throw new CreateException(
                        "kind " + request.kind().get() + " is not a PostgreSQL kind (revision, table)");
            }
        }
        RevisionGraph g = ws.revisionGraph(history);
        HeadChoice choice = chooseParent(ws, g, request);
        if (choice.ambiguous() != null) {
            return choice.ambiguous();
        }
        if (table.isPresent()) {
            Optional<Node> creator = tableCreatedBefore(ws, g, choice.parents(), table.get());
            if (creator.isPresent()) {
                throw new CreateException("table " + table.get() + " already exists (created in "
                        + creator.get().file().getFileName() + ")");
            }
        }
        return renderPostgres(ws, history, g, choice.parents(), description, table, false);
    }

    /**
     * The revision below the new one whose {@code upgrade()} creates {@code table}, unless a revision below it drops it
     * again, read from each ancestor's static model (enough to refuse a {@code create_table} that would fail on upgrade).
     */
    static Optional<Node> tableCreatedBefore(WorkspaceSnapshot ws, RevisionGraph g, List<Node> parents, String table) {
        Node creator = null;
        boolean dropped = false;
        Set<String> seen = new java.util.HashSet<>();
        for (Node parent : parents) {
            for (Node n : g.ancestorsInclusive(parent)) {
                if (!seen.add(n.revision())) {
                    continue;
                }
                Optional<MigrationModel> model = ws.document(n.file()).map(Document::migrationModel);
                if (model.isEmpty()) {
                    continue;
                }
                if (creator == null && model.get().createdTables().stream().anyMatch(t -> table.equals(t.name()))) {
                    creator = n;
                }
                dropped |= model.get().upgradeOps().stream()
                        .anyMatch(op -> op.name().equals("drop_table")
                                && op.call()
                                        .argument(0, "table_name")
                                        .filter(a -> a instanceof PyAst.Str str
                                                && str.value().equals(table))
                                        .isPresent());
            }
        }
        return dropped ? Optional.empty() : Optional.ofNullable(creator);
    }

    /** The parent of a new revision (none for the first revision of a history, else one head), or the heads to choose from. */
    private record HeadChoice(List<Node> parents, AmbiguousHeads ambiguous) {
        static HeadChoice of(Node head) {
            return new HeadChoice(List.of(head), null);
        }

        static HeadChoice ask(AmbiguousHeads a) {
            return new HeadChoice(List.of(), a);
        }
    }

    private HeadChoice chooseParent(WorkspaceSnapshot ws, RevisionGraph g, CreateRequest request)
            throws CreateException {
        if (request.head().isPresent() && request.branch().isPresent()) {
            throw new CreateException("give a branch or a head, not both");
        }
        if (request.head().isPresent() && request.head().get().endsWith("@head")) {
            // Alembic's own spelling: "application_schema@head" is the head of that branch
            String branch = Names.label(
                    request.head().get().substring(0, request.head().get().length() - "@head".length()),
                    "branch label");
            requireLabel(g, branch);
            return oneHeadOf(ws, g, branch, "branch " + branch);
        }
        if (request.head().isPresent()) {
            String want = Names.label(request.head().get(), "revision");
            Node n = g.node(want).orElse(null);
            if (n == null) {
                List<Node> prefixed = g.nodes().stream()
                        .filter(x -> x.revision().startsWith(want))
                        .toList();
                if (prefixed.size() == 1) {
                    n = prefixed.get(0);
                } else {
                    throw new CreateException("no revision " + want + (prefixed.isEmpty() ? "" : " (ambiguous prefix)")
                            + "; heads: " + displayHeads(ws, g));
                }
            }
            if (!g.isHead(n)) {
                throw new CreateException(
                        "revision " + n.revision() + " is not a head, so a new revision on it would add a"
                                + " second head; heads: " + displayHeads(ws, g));
            }
            return HeadChoice.of(n);
        }
        if (request.branch().isPresent()) {
            String branch = Names.label(request.branch().get(), "branch label");
            requireLabel(g, branch);
            return oneHeadOf(ws, g, branch, "branch " + branch);
        }
        if (g.nodes().isEmpty()) {
            return new HeadChoice(List.of(), null);
        }
        if (g.heads().size() == 1) {
            return HeadChoice.of(g.heads().get(0));
        }
        if (g.heads().isEmpty()) {
            throw new CreateException("the revision history has no head (is there a cycle? run `migration-lsp check`)");
        }
        Optional<String> defaultBranch = ws.config().defaultBranch();
        if (defaultBranch.isPresent()) {
            if (g.labelOwner(defaultBranch.get()).isEmpty()) {
                return HeadChoice.ask(new AmbiguousHeads(
                        allHeads(ws, g),
                        "there are " + g.heads().size() + " heads and the configured default-branch "
                                + defaultBranch.get() + " labels none of them",
                        false));
            }
            return oneHeadOf(ws, g, defaultBranch.get(), "default branch " + defaultBranch.get());
        }
        boolean oneBranch = g.conflictingHeads().size() == 1
                && g.conflictingHeads().get(0).size() == g.heads().size();
        return HeadChoice.ask(new AmbiguousHeads(
                allHeads(ws, g),
                "there are " + g.heads().size() + " heads and no default-branch is configured",
                oneBranch));
    }

    private HeadChoice oneHeadOf(WorkspaceSnapshot ws, RevisionGraph g, String branch, String what) {
        List<Node> heads = g.headsOfBranch(branch);
        if (heads.size() == 1) {
            return HeadChoice.of(heads.get(0));
        }
        if (heads.isEmpty()) {
            return HeadChoice.ask(new AmbiguousHeads(allHeads(ws, g), what + " has no head", false));
        }
        return HeadChoice.ask(new AmbiguousHeads(
                heads.stream().map(h -> headInfo(ws, g, h)).toList(),
                what + " already has " + heads.size() + " heads; merge them first or pick one",
                true));
    }

    private static void requireLabel(RevisionGraph g, String branch) throws CreateException {
        if (g.labelOwner(branch).isEmpty()) {
            Set<String> labels = new TreeSet<>();
            g.nodes().forEach(n -> labels.addAll(n.branchLabels()));
            throw new CreateException("no branch is labelled " + branch
                    + (labels.isEmpty()
                            ? " (the history declares no branch_labels)"
                            : " (labels: " + String.join(", ", labels) + ")"));
        }
    }

    private PlanResult renderPostgres(
            WorkspaceSnapshot ws,
            AlembicHistory history,
            RevisionGraph g,
            List<Node> parents,
            String description,
            Optional<String> table,
            boolean merge)
            throws CreateException {
        Path dir = directory(history, parents);
        ZonedDateTime now = now(history.timezone());
        String revision;
        boolean sequential = !parents.isEmpty()
                ? parents.stream().allMatch(p -> NUMERIC.matcher(p.revision()).matches())
                : !g.nodes().isEmpty()
                        && g.nodes().stream()
                                .allMatch(p -> NUMERIC.matcher(p.revision()).matches());
        if (sequential) {
            revision = nextSequentialId(ws, history, g, dir);
        } else {
            revision = hexIds.get();
            for (int tries = 0; g.node(revision).isPresent(); tries++) {
                if (tries > 100) {
                    throw new CreateException("cannot find an unused revision id");
                }
                revision = hexIds.get();
            }
        }
        String slug = Names.slug(description, history.truncateSlugLength());
        String fileTemplate = history.fileTemplate();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rev", revision);
        fields.put("slug", slug);
        fields.put("epoch", now.toEpochSecond());
        fields.put("year", now.getYear());
        fields.put("month", now.getMonthValue());
        fields.put("day", now.getDayOfMonth());
        fields.put("hour", now.getHour());
        fields.put("minute", now.getMinute());
        fields.put("second", now.getSecond());
        String fileName = PythonPercentFormat.format(fileTemplate, fields) + ".py";
        if (fileName.contains("\\")) {
            throw new CreateException("refusing file name " + fileName + " (file_template " + fileTemplate
                    + " of history " + history.name() + " has a backslash; Alembic separates folders with /)");
        }

        boolean annotated = parents.isEmpty()
                ? g.nodes().stream()
                                        .filter(n -> n.header()
                                                .revision()
                                                .map(RevisionHeader.Assignment::annotated)
                                                .orElse(false))
                                        .count()
                                * 2
                        > g.nodes().size()
                : parents.get(0)
                        .header()
                        .revision()
                        .map(RevisionHeader.Assignment::annotated)
                        .orElse(false);
        List<String> parentIds = parents.stream().map(Node::revision).toList();

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("description", Names.pythonDocstringText(sentence(description)));
        model.put("revision", revision);
        model.put("revises", String.join(", ", parentIds));
        model.put("createDate", pythonStr(now, history.timezone().isPresent()));
        List<Map<String, String>> tables = new ArrayList<>();
        if (table.isPresent()) {
            tables.add(Map.of("name", table.get(), "purpose", "created"));
        } else if (!merge) {
            tables.add(Map.of("name", "<table_name>", "purpose", "<purpose>"));
        }
        model.put("tables", tables);
        model.put("annotated", annotated);
        model.put("merge", merge);
        table.ifPresent(t -> model.put("table", t));
        model.put("revisionLiteral", Names.pythonString(revision));
        model.put(
                "downRevisionLiteral",
                parentIds.isEmpty()
                        ? "None"
                        : parentIds.size() == 1
                                ? Names.pythonString(parentIds.get(0))
                                : "("
                                        + String.join(
                                                ", ",
                                                parentIds.stream()
                                                        .map(Names::pythonString)
                                                        .toList()) + ")");
        model.put("downRevisionType", parentIds.size() > 1 ? "Union[str, Sequence[str], None]" : "Union[str, None]");
        model.put("branchLabelsLiteral", "None");
        model.put("dependsOnLiteral", "None");
        String template = "postgres/revision.py.ftl";
        String content = templates.render(overrideDirectory(ws), template, model);
        MigrationPlan plan = toPlan(
                ws,
                Target.POSTGRES,
                dir,
                fileName,
                content,
                Optional.of(revision),
                parentIds,
                Optional.empty(),
                template);
        if (!history.contains(plan.path())) {
            // a file_template with sub-folders: Alembic finds those revisions only with recursive_version_locations
            // (Alembic 1.10+; 1.18+ also creates the folders), or when the sub-folder is itself a version location
            throw new CreateException("file_template " + fileTemplate + " of history " + history.name()
                    + " puts revisions in sub-folders (" + plan.relativePath() + ") that Alembic would not read:"
                    + " set recursive_version_locations = true in alembic.ini");
        }
        return plan;
    }

    /** One more than the highest numeric revision id (or file-name number), in the widest width in use. */
    private static String nextSequentialId(WorkspaceSnapshot ws, AlembicHistory history, RevisionGraph g, Path dir) {
        long max = -1;
        int width = 1;
        for (Node n : g.nodes()) {
            if (NUMERIC.matcher(n.revision()).matches() && n.revision().length() < 19) {
                max = Math.max(max, Long.parseLong(n.revision()));
                width = Math.max(width, n.revision().length());
            }
        }
        // the number where the history's file_template puts the revision (a dated template starts with the year)
        RevisionFileName names = new RevisionFileName(history.fileTemplate());
        for (String name : fileNames(ws, dir, ws.alembicFiles(history).navigableKeySet())) {
            Optional<String> part = names.revisionPart(name).map(p -> p.split("_", 2)[0]);
            if (part.isPresent()
                    && NUMERIC.matcher(part.get()).matches()
                    && part.get().length() < 19) {
                max = Math.max(max, Long.parseLong(part.get()));
            }
        }
        return String.format(Locale.ROOT, "%0" + width + "d", max + 1);
    }

    /**
     * The history a request extends: the one named, else the only one; several and none named is refused with the
     * names, as is a workspace with none.
     */
    static AlembicHistory history(WorkspaceSnapshot ws, Optional<String> requested) throws CreateException {
        List<AlembicHistory> all = ws.histories();
        if (all.isEmpty()) {
            throw new CreateException(
                    "no Alembic versions directory found (set alembic-versions in the configuration or add alembic.ini)");
        }
        String names = String.join(", ", all.stream().map(AlembicHistory::name).toList());
        if (requested.isPresent()) {
            return ws.config()
                    .history(requested.get())
                    .orElseThrow(() -> new CreateException("no Alembic history named "
                            + Names.quoteForMessage(requested.get()) + " (histories: " + names + ")"));
        }
        if (all.size() > 1) {
            throw new CreateException("the workspace has " + all.size() + " Alembic histories (" + names
                    + "); name one with --history NAME (the create command's history argument)");
        }
        return all.get(0);
    }

    /**
     * Where the new file goes, as {@code alembic revision} decides: the one version location, else the folder of the
     * head it extends (Alembic asks for {@code --version-path} when there is none; we take the first location).
     */
    private static Path directory(AlembicHistory history, List<Node> parents) {
        if (history.versionLocations().size() > 1) {
            for (Node p : parents) {
                Path parent = p.file().getParent();
                if (parent != null && history.versionLocations().contains(parent)) {
                    return parent;
                }
            }
        }
        return history.primaryVersions();
    }

    private static List<HeadInfo> allHeads(WorkspaceSnapshot ws, RevisionGraph g) {
        return g.heads().stream().map(h -> headInfo(ws, g, h)).toList();
    }

    private static String displayHeads(WorkspaceSnapshot ws, RevisionGraph g) {
        return String.join(", ", allHeads(ws, g).stream().map(HeadInfo::display).toList());
    }

    /** A head with the labels that select it: those {@code L} for which {@code --branch L} would extend this head. */
    static HeadInfo headInfo(WorkspaceSnapshot ws, RevisionGraph g, Node head) {
        List<String> labels = new ArrayList<>();
        for (String l : g.inheritedLabels(head)) {
            if (g.headsOfBranch(l).contains(head)) {
                labels.add(l);
            }
        }
        return new HeadInfo(head.revision(), labels, ws.relative(head.file()), head.description());
    }

    /** Now, in alembic.ini's {@code timezone} if set (Alembic then writes an aware date), else local time. */
    private ZonedDateTime now(Optional<String> tz) throws CreateException {
        ZoneId zone = clock.getZone();
        if (tz.isPresent()) {
            try {
                zone = ZoneId.of(tz.get());
            } catch (DateTimeException e) {
                try {
                    zone = ZoneId.of(tz.get().toUpperCase(Locale.ROOT));
                } catch (DateTimeException e2) {
                    throw new CreateException("alembic.ini timezone " + tz.get() + " is not a known time zone");
                }
            }
        }
        return ZonedDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MICROS);
    }

    /** Python's {@code str(datetime)}: microseconds only when non-zero, the UTC offset only for aware dates. */
    static String pythonStr(ZonedDateTime t, boolean aware) {
        String s = t.format(PY_SECONDS);
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            s += String.format(Locale.ROOT, ".%06d", micros);
        }
        if (aware) {
            s += t.format(DateTimeFormatter.ofPattern("xxx", Locale.ROOT));
        }
        return s;
    }
}
