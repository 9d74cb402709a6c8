package dev.migrationlsp.create;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.workspace.AlembicIni;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans and writes the next migration of a workspace, following the team's guide and the repository's own habits:
 * which Alembic head to extend, the revision-id scheme in use, annotated or plain assignments, the ClickHouse
 * numbering. Plain core types in and out; the CLI and the language server both call it.
 *
 * <p>Callers that may run concurrently (the server) go through {@link #create(WorkspaceSession, CreateRequest)}, which
 * plans, writes and updates the workspace in one mutation of the serial queue, so two requests never pick the same
 * number or the same parent.
 */
public final class MigrationCreator {
    /** How a planned file reaches the user: written to disk here, or handed to the editor (which owns the buffer). */
    @FunctionalInterface
    public interface FileWriter {
        /** Writes the plan; returns true if the content is now on disk, false if it lives in an editor buffer. */
        boolean write(MigrationPlan plan) throws CreateException;
    }

    private static final Pattern NUMERIC = Pattern.compile("\\d+");
    /** ClickHouse file numbers: {@code 023_x.sql}, and suffixed ones like {@code 023b_y.sql}. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d+)([A-Za-z]*)_");
    /** Sequential Alembic file names: all digits before the first {@code _} (a hex id may start with digits too). */
    private static final Pattern REVISION_NUMBER_PREFIX = Pattern.compile("^(\\d+)_");
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
    private static final DateTimeFormatter PY_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final TemplateRenderer templates;
    private final Clock clock;
    private final Supplier<String> hexIds;

    @Inject
    public MigrationCreator(TemplateRenderer templates) {
        this(templates, Clock.systemDefaultZone(), MigrationCreator::alembicRevId);
    }

    /** For tests: a fixed clock and predictable ids. */
    public MigrationCreator(TemplateRenderer templates, Clock clock, Supplier<String> hexIds) {
        this.templates = templates;
        this.clock = clock;
        this.hexIds = hexIds;
    }

    /** Alembic's {@code util.rev_id()}: {@code uuid.uuid4().hex[-12:]}. */
    static String alembicRevId() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return hex.substring(hex.length() - 12);
    }

    // ------------------------------------------------------------------ entry points

    /** Plans, writes and registers a migration inside one mutation of {@code session}'s serial queue. */
    public CompletableFuture<CreateResult> create(WorkspaceSession session, CreateRequest request) {
        return session.mutate(ws -> {
            try {
                CreateResult r = create(ws, request, this::writeToDisk);
                return new WorkspaceSession.MutationResult<>(ws.snapshot(), r);
            } catch (CreateException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** {@link #createMerge(Workspace, MergeRequest, FileWriter)} inside one mutation of {@code session}'s serial queue. */
    public CompletableFuture<CreateResult> createMerge(WorkspaceSession session, MergeRequest request) {
        return session.mutate(ws -> {
            try {
                CreateResult r = createMerge(ws, request, this::writeToDisk);
                return new WorkspaceSession.MutationResult<>(ws.snapshot(), r);
            } catch (CreateException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Plans and writes on disk; for single-threaded callers (the CLI) or code already on the serial queue. */
    public CreateResult create(Workspace ws, CreateRequest request) throws CreateException {
        return create(ws, request, this::writeToDisk);
    }

    /** Plans, hands the plan to {@code writer}, and updates {@code ws} so the next plan sees the new file. */
    public CreateResult create(Workspace ws, CreateRequest request, FileWriter writer) throws CreateException {
        syncWithDisk(ws, request.target());
        PlanResult plan = plan(ws.snapshot(), request);
        return finish(ws, plan, writer);
    }

    public CreateResult createMerge(Workspace ws, MergeRequest request, FileWriter writer) throws CreateException {
        syncWithDisk(ws, Target.POSTGRES);
        return finish(ws, planMerge(ws.snapshot(), request), writer);
    }

    private CreateResult finish(Workspace ws, PlanResult plan, FileWriter writer) throws CreateException {
        if (plan instanceof AmbiguousHeads a) {
            return a;
        }
        MigrationPlan p = (MigrationPlan) plan;
        boolean onDisk = writer.write(p);
        WorkspaceSnapshot after = onDisk ? ws.filesChanged(List.of(p.path()))
                // the editor holds the content (maybe unsaved): record it as its buffer until the editor reports it
                : ws.open(p.path(), 0, p.content());
        return verify(after, p);
    }

    /** The guide's step 3 ({@code alembic heads}), statically: the heads now, and any branch with several. */
    public Created verify(WorkspaceSnapshot ws, MigrationPlan plan) {
        if (plan.target() != Target.POSTGRES) {
            return new Created(plan, List.of(), List.of());
        }
        RevisionGraph g = ws.revisionGraph();
        List<HeadInfo> heads = g.heads().stream().map(h -> headInfo(ws, g, h)).toList();
        List<List<String>> conflicts = g.conflictingHeads().stream()
                .map(group -> group.stream().map(Node::revision).toList()).toList();
        return new Created(plan, heads, conflicts);
    }

    // ------------------------------------------------------------------ planning

    /** Decides the file name and content of the next migration. Pure: reads the snapshot, writes nothing. */
    public PlanResult plan(WorkspaceSnapshot ws, CreateRequest request) throws CreateException {
        if (request.target() == null) {
            throw new CreateException("the target is missing: postgres or clickhouse");
        }
        return switch (request.target()) {
            case POSTGRES -> planPostgres(ws, request);
            case CLICKHOUSE -> planClickHouse(ws, request);
        };
    }

    /** A merge revision ({@code alembic merge}) over the heads of one branch. */
    public PlanResult planMerge(WorkspaceSnapshot ws, MergeRequest request) throws CreateException {
        Path dir = alembicDirectory(ws);
        RevisionGraph g = ws.revisionGraph();
        List<Node> parents;
        if (request.branch().isPresent()) {
            String branch = Names.label(request.branch().get(), "branch label");
            requireLabel(g, branch);
            parents = g.headsOfBranch(branch);
            if (parents.size() < 2) {
                throw new CreateException("branch " + branch + " has " + (parents.isEmpty() ? "no head" : "one head ("
                        + parents.get(0).revision() + ")") + ": nothing to merge");
            }
        } else {
            List<List<Node>> groups = g.conflictingHeads();
            if (groups.isEmpty()) {
                throw new CreateException("no branch has more than one head: nothing to merge (heads: "
                        + String.join(", ", g.heads().stream().map(h -> headInfo(ws, g, h).display()).toList()) + ")");
            }
            if (groups.size() > 1) {
                List<HeadInfo> all = groups.stream().flatMap(List::stream).map(h -> headInfo(ws, g, h)).toList();
                return new AmbiguousHeads(all, "several branches have more than one head; name the branch to merge", true);
            }
            parents = groups.get(0);
        }
        String description = Names.description(request.description().orElse("merge heads"));
        return renderPostgres(ws, dir, g, parents, description, Optional.empty(), true);
    }

    private PlanResult planPostgres(WorkspaceSnapshot ws, CreateRequest request) throws CreateException {
        Path dir = alembicDirectory(ws);
        String description = Names.description(request.description());
        Optional<String> table = request.table().isPresent() ? Optional.of(Names.table(request.table().get())) : Optional.empty();
        if (request.kind().isPresent()) {
            String k = request.kind().get().toLowerCase(Locale.ROOT);
            if (k.equals("table")) {
                if (table.isEmpty()) {
                    throw new CreateException("kind table needs a table name (--table NAME)");
                }
            } else if (!k.equals("revision")) {
                throw new CreateException("kind " + request.kind().get() + " is not a PostgreSQL kind (revision, table)");
            }
        }
        RevisionGraph g = ws.revisionGraph();
        HeadChoice choice = chooseParent(ws, g, request);
        if (choice.ambiguous() != null) {
            return choice.ambiguous();
        }
        return renderPostgres(ws, dir, g, choice.parents(), description, table, false);
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

    private HeadChoice chooseParent(WorkspaceSnapshot ws, RevisionGraph g, CreateRequest request) throws CreateException {
        if (request.head().isPresent() && request.branch().isPresent()) {
            throw new CreateException("give a branch or a head, not both");
        }
        if (request.head().isPresent()) {
            String want = Names.label(request.head().get(), "revision");
            Node n = g.node(want).orElse(null);
            if (n == null) {
                List<Node> prefixed = g.nodes().stream().filter(x -> x.revision().startsWith(want)).toList();
                if (prefixed.size() == 1) {
                    n = prefixed.get(0);
                } else {
                    throw new CreateException("no revision " + want + (prefixed.isEmpty() ? "" : " (ambiguous prefix)")
                            + "; heads: " + displayHeads(ws, g));
                }
            }
            if (!g.isHead(n)) {
                throw new CreateException("revision " + n.revision() + " is not a head, so a new revision on it would add a"
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
                return HeadChoice.ask(new AmbiguousHeads(allHeads(ws, g), "there are " + g.heads().size()
                        + " heads and the configured default-branch " + defaultBranch.get() + " labels none of them", false));
            }
            return oneHeadOf(ws, g, defaultBranch.get(), "default branch " + defaultBranch.get());
        }
        boolean oneBranch = g.conflictingHeads().size() == 1 && g.conflictingHeads().get(0).size() == g.heads().size();
        return HeadChoice.ask(new AmbiguousHeads(allHeads(ws, g), "there are " + g.heads().size()
                + " heads and no default-branch is configured", oneBranch));
    }

    private HeadChoice oneHeadOf(WorkspaceSnapshot ws, RevisionGraph g, String branch, String what) {
        List<Node> heads = g.headsOfBranch(branch);
        if (heads.size() == 1) {
            return HeadChoice.of(heads.get(0));
        }
        if (heads.isEmpty()) {
            return HeadChoice.ask(new AmbiguousHeads(allHeads(ws, g), what + " has no head", false));
        }
        return HeadChoice.ask(new AmbiguousHeads(heads.stream().map(h -> headInfo(ws, g, h)).toList(),
                what + " already has " + heads.size() + " heads; merge them first or pick one", true));
    }

    private static void requireLabel(RevisionGraph g, String branch) throws CreateException {
        if (g.labelOwner(branch).isEmpty()) {
            Set<String> labels = new TreeSet<>();
            g.nodes().forEach(n -> labels.addAll(n.branchLabels()));
            throw new CreateException("no branch is labelled " + branch
                    + (labels.isEmpty() ? " (the history declares no branch_labels)" : " (labels: " + String.join(", ", labels) + ")"));
        }
    }

    private PlanResult renderPostgres(WorkspaceSnapshot ws, Path dir, RevisionGraph g, List<Node> parents,
            String description, Optional<String> table, boolean merge) throws CreateException {
        Optional<AlembicIni> ini = ws.config().alembicIni();
        ZonedDateTime now = now(ini);
        String revision;
        boolean sequential = !parents.isEmpty() ? parents.stream().allMatch(p -> NUMERIC.matcher(p.revision()).matches())
                : !g.nodes().isEmpty() && g.nodes().stream().allMatch(p -> NUMERIC.matcher(p.revision()).matches());
        if (sequential) {
            revision = nextSequentialId(ws, g, dir);
        } else {
            revision = hexIds.get();
            for (int tries = 0; g.node(revision).isPresent(); tries++) {
                if (tries > 100) {
                    throw new CreateException("cannot find an unused revision id");
                }
                revision = hexIds.get();
            }
        }
        int truncate = ini.map(AlembicIni::truncateSlugLength).orElse(AlembicIni.DEFAULT_TRUNCATE_SLUG_LENGTH);
        String slug = Names.slug(description, truncate);
        String fileTemplate = ini.map(AlembicIni::fileTemplate).orElse(AlembicIni.DEFAULT_FILE_TEMPLATE);
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

        boolean annotated = parents.isEmpty()
                ? g.nodes().stream().filter(n -> n.header().revision().map(RevisionHeader.Assignment::annotated).orElse(false)).count() * 2 > g.nodes().size()
                : parents.get(0).header().revision().map(RevisionHeader.Assignment::annotated).orElse(false);
        List<String> parentIds = parents.stream().map(Node::revision).toList();

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("description", Names.pythonDocstringText(sentence(description)));
        model.put("revision", revision);
        model.put("revises", String.join(", ", parentIds));
        model.put("createDate", pythonStr(now, ini.flatMap(MigrationCreator::timezoneOption).isPresent()));
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
        model.put("downRevisionLiteral", parentIds.isEmpty() ? "None" : parentIds.size() == 1 ? Names.pythonString(parentIds.get(0))
                : "(" + String.join(", ", parentIds.stream().map(Names::pythonString).toList()) + ")");
        model.put("downRevisionType", parentIds.size() > 1 ? "Union[str, Sequence[str], None]" : "Union[str, None]");
        model.put("branchLabelsLiteral", "None");
        model.put("dependsOnLiteral", "None");
        String template = "postgres/revision.py.ftl";
        String content = templates.render(overrideDirectory(ws), template, model);
        return toPlan(ws, Target.POSTGRES, dir, fileName, content, Optional.of(revision), parentIds, Optional.empty(), template);
    }

    /** One more than the highest numeric revision id (or file-name number), in the widest width in use. */
    private static String nextSequentialId(WorkspaceSnapshot ws, RevisionGraph g, Path dir) {
        long max = -1;
        int width = 1;
        for (Node n : g.nodes()) {
            if (NUMERIC.matcher(n.revision()).matches() && n.revision().length() < 19) {
                max = Math.max(max, Long.parseLong(n.revision()));
                width = Math.max(width, n.revision().length());
            }
        }
        for (String name : fileNames(ws, dir, ws.alembicFiles().navigableKeySet())) {
            Matcher m = REVISION_NUMBER_PREFIX.matcher(name);
            if (m.find() && m.group(1).length() < 19) {
                max = Math.max(max, Long.parseLong(m.group(1)));
            }
        }
        return String.format(Locale.ROOT, "%0" + width + "d", max + 1);
    }

    private PlanResult planClickHouse(WorkspaceSnapshot ws, CreateRequest request) throws CreateException {
        Path dir = ws.config().clickhouseMigrations().orElseThrow(() -> new CreateException(
                "no ClickHouse migrations directory found (set clickhouse-migrations in the configuration)"));
        String description = Names.description(request.description());
        Optional<String> table = request.table().isPresent() ? Optional.of(Names.table(request.table().get())) : Optional.empty();
        ClickHouseKind kind = request.kind().isPresent()
                ? ClickHouseKind.parse(request.kind().get()).orElseThrow(() -> new CreateException("kind " + request.kind().get()
                        + " is not a ClickHouse kind (" + ClickHouseKind.ids() + ")"))
                : ClickHouseKind.TABLE;
        if (request.source().isPresent() && kind != ClickHouseKind.ROLLUP) {
            throw new CreateException("a source table applies to kind rollup only");
        }
        if (kind != ClickHouseKind.DATA && table.isEmpty()) {
            throw new CreateException("kind " + kind.id() + " needs a table name (--table NAME)");
        }
        ClickHouseTables known = ClickHouseTables.of(ws);

        // numbering: one more than the highest prefix in use, width kept; 023b counts as 023
        long max = -1;
        int width = 3;
        for (String name : fileNames(ws, dir, ws.clickhouseFiles().navigableKeySet())) {
            Matcher m = NUMBER_PREFIX.matcher(name);
            if (m.find() && m.group(1).length() < 19) {
                max = Math.max(max, Long.parseLong(m.group(1)));
                width = Math.max(width, m.group(1).length());
            }
        }
        String number = String.format(Locale.ROOT, "%0" + width + "d", max + 1);
        String fileName = number + "_" + Names.slug(description, Names.CLICKHOUSE_SLUG_LENGTH) + kind.extension();

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("fileName", fileName);
        model.put("number", number);
        model.put("description", kind == ClickHouseKind.DATA ? Names.pythonDocstringText(description)
                : Names.sqlCommentText(sentence(description)));
        table.ifPresent(t -> model.put("table", t));
        switch (kind) {
            case TABLE -> {
                Optional<ClickHouseTables.Table> existing = known.table(table.get());
                if (existing.isPresent()) {
                    throw new CreateException("table " + table.get() + " already exists (created in " + existing.get().file() + ")");
                }
                model.put("versionColumn", "updated_at");
            }
            case ROLLUP -> rollupModel(known, request, table.get(), model);
            case ALTER -> {
                ClickHouseTables.Table t = known.table(table.get()).orElseThrow(() -> new CreateException(
                        "table " + table.get() + " is not created by any earlier migration"));
                if (t.engine().equals("View")) {
                    throw new CreateException(table.get() + " is a view, not a table");
                }
                model.put("mutable", t.mutable());
            }
            case DATA -> { }
        }
        String content = templates.render(overrideDirectory(ws), kind.template(), model);
        if (kind != ClickHouseKind.DATA) {
            checkRunnerSplit(content, kind.template());
        }
        return toPlan(ws, Target.CLICKHOUSE, dir, fileName, content, Optional.empty(), List.of(), Optional.of(number), kind.template());
    }

    private static void rollupModel(ClickHouseTables known, CreateRequest request, String table, Map<String, Object> model)
            throws CreateException {
        if (known.table(table).isPresent()) {
            throw new CreateException("table " + table + " already exists (created in " + known.table(table).get().file() + ")");
        }
        String view = table + "_mv";
        if (view.length() > Names.MAX_IDENTIFIER) {
            throw new CreateException("rollup name " + table + " is too long for its view name " + view);
        }
        if (known.table(view).isPresent()) {
            throw new CreateException("view " + view + " already exists (created in " + known.table(view).get().file() + ")");
        }
        String sourceName;
        if (request.source().isPresent()) {
            sourceName = Names.table(request.source().get());
        } else {
            Matcher m = Pattern.compile("^(\\w+?)_(daily|rollup|by_day|per_day)$").matcher(table);
            if (!m.matches()) {
                throw new CreateException("cannot tell which table rollup " + table
                        + " reads; name it <source>_daily or give the source table (--source TABLE)");
            }
            sourceName = m.group(1);
        }
        ClickHouseTables.Table source = known.table(sourceName).orElseThrow(() -> new CreateException(
                "source table " + sourceName + " is not created by any migration (give it with --source TABLE)"));
        if (source.mutable()) {
            throw new CreateException("source table " + sourceName + " is mutable (" + source.engine()
                    + "): only immutable data is safe to materialize");
        }
        if (!source.hasColumn("org_id")) {
            throw new CreateException("source table " + sourceName + " has no org_id column to group the rollup by");
        }
        String timeColumn = source.columns().stream().filter(c -> c.dateLike() && !c.nullable()).map(ClickHouseTables.Column::name)
                .findFirst().orElseThrow(() -> new CreateException("source table " + sourceName
                        + " has no non-nullable Date/DateTime column to derive the day from"));
        model.put("view", view);
        model.put("source", sourceName);
        model.put("timeColumn", timeColumn);
        model.put("counter", sourceName.equals(table) || source.hasColumn(sourceName) ? "events" : sourceName);
    }

    /**
     * The ClickHouse runner strips {@code --} comments and then splits on every {@code ;}: a {@code ;} in a comment,
     * a string or a block comment breaks the file. Templates are user-editable, so check what they produced.
     */
    static void checkRunnerSplit(String sql, String template) throws CreateException {
        boolean inString = false;
        boolean inBlock = false;
        int line = 1;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
            if (c == '\n') {
                line++;
            }
            if (inBlock) {
                if (c == ';') {
                    throw new CreateException("template " + template + " produced a ';' inside a /* */ comment on line " + line);
                }
                if (c == '*' && next == '/') {
                    inBlock = false;
                    i++;
                }
            } else if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    inString = false;
                } else if (c == ';') {
                    throw new CreateException("template " + template + " produced a ';' inside a string on line " + line
                            + " (the runner splits on every ';')");
                }
            } else if (c == '-' && next == '-') {
                int eol = sql.indexOf('\n', i);
                String comment = sql.substring(i, eol < 0 ? sql.length() : eol);
                if (comment.indexOf(';') >= 0) {
                    throw new CreateException("template " + template + " produced a ';' in a -- comment on line " + line
                            + " (the runner splits on every ';')");
                }
                i = (eol < 0 ? sql.length() : eol) - 1;
            } else if (c == '/' && next == '*') {
                inBlock = true;
                i++;
            } else if (c == '\'') {
                inString = true;
            }
        }
    }

    private MigrationPlan toPlan(WorkspaceSnapshot ws, Target target, Path dir, String fileName, String content,
            Optional<String> revision, List<String> parents, Optional<String> number, String template) throws CreateException {
        if (!SAFE_FILE_NAME.matcher(fileName).matches() || fileName.contains("..")) {
            throw new CreateException("refusing file name " + fileName + " (only letters, digits, _ . - and no path separators;"
                    + " check file_template in alembic.ini)");
        }
        Path path = dir.resolve(fileName).normalize();
        if (!dir.equals(path.getParent())) {
            throw new CreateException("refusing to write " + fileName + " outside " + ws.relative(dir));
        }
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) || ws.document(path).isPresent()) {
            throw new CreateException(ws.relative(path) + " already exists");
        }
        return new MigrationPlan(target, dir, path, ws.relative(path), content, revision, parents, number, template);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Creates the file, never overwriting: {@code CREATE_NEW} fails if anything (even a dangling link) has the name.
     * The directory's real path must still contain the file, so a link swapped in for the directory cannot redirect it.
     */
    public boolean writeToDisk(MigrationPlan plan) throws CreateException {
        Path target = checkedTarget(plan);
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            try {
                out.write(plan.content().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // we created the file a moment ago, so removing the partial one deletes nothing of the user's
                Files.deleteIfExists(target);
                throw e;
            }
        } catch (FileAlreadyExistsException e) {
            throw new CreateException(plan.relativePath() + " already exists; not overwriting it");
        } catch (IOException e) {
            throw new CreateException("cannot write " + plan.relativePath() + ": " + e.getMessage(), e);
        }
        return true;
    }

    /** The real path the plan's file will have; fails if that is not directly inside the real migration directory. */
    public Path checkedTarget(MigrationPlan plan) throws CreateException {
        Path realDir;
        try {
            realDir = plan.directory().toRealPath();
        } catch (IOException e) {
            throw new CreateException("migration directory " + plan.directory() + " does not exist");
        }
        if (!Files.isDirectory(realDir)) {
            throw new CreateException("migration directory " + plan.directory() + " is not a directory");
        }
        Path target = realDir.resolve(plan.path().getFileName().toString()).normalize();
        if (!realDir.equals(target.getParent())) {
            throw new CreateException("refusing to write outside " + realDir);
        }
        return target;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Files may have appeared on disk that the workspace has not heard of yet (no watcher, another process, a git pull):
     * compare the directory listing with the snapshot and read the difference, so numbering never reuses a taken number.
     */
    private static void syncWithDisk(Workspace ws, Target target) {
        WorkspaceSnapshot s = ws.snapshot();
        Optional<Path> dir = target == Target.POSTGRES ? s.config().alembicVersions() : s.config().clickhouseMigrations();
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return;
        }
        Set<Path> known = new HashSet<>(target == Target.POSTGRES ? s.alembicFiles().keySet() : s.clickhouseFiles().keySet());
        Set<Path> onDisk = new HashSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir.get())) {
            for (Path p : ds) {
                Path n = p.toAbsolutePath().normalize();
                String name = n.getFileName().toString();
                if ((name.endsWith(".py") || name.endsWith(".sql")) && !name.equals("__init__.py")) {
                    onDisk.add(n);
                }
            }
        } catch (IOException e) {
            return; // planning will report the directory problem
        }
        List<Path> changed = new ArrayList<>();
        for (Path p : onDisk) {
            if (!known.contains(p)) {
                changed.add(p);
            }
        }
        for (Path p : known) {
            if (!onDisk.contains(p) && s.document(p).map(d -> !d.isOpen()).orElse(false)) {
                changed.add(p);
            }
        }
        if (!changed.isEmpty()) {
            changed.sort(Comparator.naturalOrder());
            ws.filesChanged(changed);
        }
    }

    /** Names in {@code dir}: the snapshot's files plus the directory listing (a file may exist that nobody parsed). */
    private static List<String> fileNames(WorkspaceSnapshot ws, Path dir, Set<Path> known) {
        Set<String> names = new TreeSet<>();
        for (Path p : known) {
            if (dir.equals(p.getParent())) {
                names.add(p.getFileName().toString());
            }
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    names.add(p.getFileName().toString());
                }
            } catch (IOException e) {
                // the snapshot's names still count
            }
        }
        return List.copyOf(names);
    }

    private static Path alembicDirectory(WorkspaceSnapshot ws) throws CreateException {
        return ws.config().alembicVersions().orElseThrow(() -> new CreateException(
                "no Alembic versions directory found (set alembic-versions in the configuration or add alembic.ini)"));
    }

    private static Optional<Path> overrideDirectory(WorkspaceSnapshot ws) {
        return Optional.of(ws.config().templatesDirectory().orElse(ws.root().resolve(TemplateRenderer.DEFAULT_OVERRIDE_DIR)));
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

    /** The guide's docstring is a sentence: end it with a period unless it already ends with punctuation. */
    private static String sentence(String description) {
        char last = description.charAt(description.length() - 1);
        return ".!?".indexOf(last) >= 0 ? description : description + ".";
    }

    /** Now, in alembic.ini's {@code timezone} if set (Alembic then writes an aware date), else local time. */
    private ZonedDateTime now(Optional<AlembicIni> ini) throws CreateException {
        Optional<String> tz = ini.flatMap(MigrationCreator::timezoneOption);
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

    /** alembic.ini's {@code timezone} option (not part of {@link AlembicIni}, which the checker does not need it for). */
    static Optional<String> timezoneOption(AlembicIni ini) {
        try {
            String section = null;
            for (String raw : Files.readAllLines(ini.file(), StandardCharsets.UTF_8)) {
                String t = raw.strip();
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1).strip();
                } else if ("alembic".equals(section) && !raw.isEmpty() && !Character.isWhitespace(raw.charAt(0))
                        && !t.startsWith("#") && !t.startsWith(";")) {
                    Matcher m = Pattern.compile("^timezone\\s*[=:]\\s*(.*)$", Pattern.CASE_INSENSITIVE).matcher(t);
                    if (m.matches() && !m.group(1).isBlank()) {
                        return Optional.of(m.group(1).strip());
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
