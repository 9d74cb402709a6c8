package dev.migrationlsp.create;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Plans and writes the next migration of a workspace, following the team's guide and the repository's own habits:
 * which Alembic head to extend, the revision-id scheme in use, annotated or plain assignments, the ClickHouse
 * numbering. Plain core types in and out; the CLI and the language server both call it.
 *
 * <p>Callers that may run concurrently (the server) go through the {@link WorkspaceSession} variants, which plan and
 * register on the serial queue, so two requests never pick the same number or the same parent.
 */
public final class MigrationCreator {
    /** How a planned file reaches the user: written to disk here, or handed to the editor (which owns the buffer). */
    @FunctionalInterface
    public interface FileWriter {
        /** Writes the plan; returns true if the content is now on disk, false if it lives in an editor buffer. */
        boolean write(MigrationPlan plan) throws CreateException;
    }

    private final AlembicPlanner alembic;
    private final ClickHousePlanner clickhouse;

    public MigrationCreator(TemplateRenderer templates) {
        this(templates, Clock.systemDefaultZone(), AlembicPlanner::alembicRevId);
    }

    /** For tests: a fixed clock and predictable ids. */
    public MigrationCreator(TemplateRenderer templates, Clock clock, Supplier<String> hexIds) {
        this.alembic = new AlembicPlanner(templates, clock, hexIds);
        this.clickhouse = new ClickHousePlanner(templates);
    }

    // ------------------------------------------------------------------ entry points

    /**
     * The one create path: plans (after syncing the migration directory with disk), hands the plan to {@code writer},
     * and updates {@code ws} so the next plan sees the new file. The CLI calls it directly; the server calls it inside
     * one mutation of the serial queue ({@link #create(WorkspaceSession, MigrationRequest)}).
     */
    public CreateResult create(Workspace ws, MigrationRequest request, FileWriter writer) throws CreateException {
        PlanResult plan = planSynced(ws, request);
        if (plan instanceof AmbiguousHeads a) {
            return a;
        }
        MigrationPlan p = (MigrationPlan) plan;
        return registered(ws, p, writer.write(p));
    }

    /** {@link #create(Workspace, MigrationRequest, FileWriter)} writing on disk. */
    public CreateResult create(Workspace ws, MigrationRequest request) throws CreateException {
        return create(ws, request, this::writeToDisk);
    }

    /** Plans, writes on disk and registers inside one mutation of {@code session}'s serial queue. */
    public CompletableFuture<CreateResult> create(WorkspaceSession session, MigrationRequest request) {
        return session.mutate(ws -> {
            try {
                CreateResult r = create(ws, request, this::writeToDisk);
                return new WorkspaceSession.MutationResult<>(ws.snapshot(), r);
            } catch (CreateException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** How a planned file reaches an editor that creates it: completes with true if the content is then on disk. */
    @FunctionalInterface
    public interface EditorWriter {
        CompletableFuture<Boolean> write(MigrationPlan plan);
    }

    /**
     * The same path when the editor creates the file: plan on the serial queue and reserve the file there (as a buffer,
     * so a concurrent request plans after it), hand it to the editor off the queue, then register or release it on the
     * queue. The queue never waits for the editor's answer.
     */
    public CompletableFuture<CreateResult> create(
            WorkspaceSession session, MigrationRequest request, EditorWriter editor) {
        CompletableFuture<PlanResult> planned = session.mutate(ws -> {
            try {
                PlanResult plan = planSynced(ws, request);
                if (plan instanceof MigrationPlan p) {
                    checkedTarget(p);
                    if (Files.exists(p.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        throw new CreateException(p.relativePath() + " already exists; not overwriting it");
                    }
                    return new WorkspaceSession.MutationResult<>(ws.open(p.path(), RESERVED, p.content()), plan);
                }
                return new WorkspaceSession.MutationResult<>(ws.snapshot(), plan);
            } catch (CreateException e) {
                throw new CompletionException(e);
            }
        });
        return planned.thenCompose(plan -> {
            if (plan instanceof AmbiguousHeads a) {
                return CompletableFuture.completedFuture(a);
            }
            MigrationPlan p = (MigrationPlan) plan;
            CompletableFuture<Boolean> written;
            try {
                target(p, true); // the sub-folders a file_template names: made here, the file by the editor
                written = editor.write(p);
            } catch (CreateException e) {
                written = CompletableFuture.failedFuture(new CompletionException(e));
            } catch (RuntimeException e) {
                written = CompletableFuture.failedFuture(e);
            }
            return written.handle((onDisk, error) -> session.mutate(ws -> {
                                if (error != null) {
                                    release(ws, p);
                                    return new WorkspaceSession.MutationResult<>(ws.snapshot(), (CreateResult) null);
                                }
                                if (onDisk) {
                                    release(ws, p);
                                }
                                CreateResult created = registered(ws, p, onDisk);
                                return new WorkspaceSession.MutationResult<>(ws.snapshot(), created);
                            })
                            .thenApply(created -> {
                                if (error != null) {
                                    throw error instanceof CompletionException ce ? ce : new CompletionException(error);
                                }
                                return created;
                            }))
                    .thenCompose(f -> f);
        });
    }

    /** The editor-buffer version a reserved file carries until the editor opens it (editors count from 1). */
    private static final int RESERVED = 0;

    /** Drops the reservation of {@code plan}'s file, unless the editor has opened the file meanwhile. */
    private static void release(Workspace ws, MigrationPlan plan) {
        ws.openDocument(plan.path())
                .filter(d -> d.version() == RESERVED && d.text().text().equals(plan.content()))
                .ifPresent(d -> ws.close(plan.path()));
    }

    private PlanResult planSynced(Workspace ws, MigrationRequest request) throws CreateException {
        syncWithDisk(ws, request.target());
        return request instanceof MergeRequest m
                ? planMerge(ws.snapshot(), m)
                : plan(ws.snapshot(), (CreateRequest) request);
    }

    private CreateResult registered(Workspace ws, MigrationPlan p, boolean onDisk) {
        WorkspaceSnapshot after = onDisk
                ? ws.filesChanged(List.of(p.path()))
                // the editor holds the content (maybe unsaved): record it as its buffer until the editor reports it
                : ws.openDocument(p.path()).isPresent() ? ws.snapshot() : ws.open(p.path(), RESERVED, p.content());
        return verify(after, p);
    }

    /** The guide's step 3 ({@code alembic heads}), statically: the heads now, and any branch with several. */
    public Created verify(WorkspaceSnapshot ws, MigrationPlan plan) {
        if (plan.target() != Target.POSTGRES) {
            return new Created(plan, List.of(), List.of());
        }
        RevisionGraph g = ws.revisionGraphOf(plan.path());
        List<HeadInfo> heads =
                g.heads().stream().map(h -> AlembicPlanner.headInfo(ws, g, h)).toList();
        List<List<String>> conflicts = g.conflictingHeads().stream()
                .map(group -> group.stream().map(Node::revision).toList())
                .toList();
        return new Created(plan, heads, conflicts);
    }

    // ------------------------------------------------------------------ planning

    /** Decides the file name and content of the next migration. Pure: reads the snapshot, writes nothing. */
    public PlanResult plan(WorkspaceSnapshot ws, CreateRequest request) throws CreateException {
        if (request.target() == null) {
            throw new CreateException("the target is missing: postgres or clickhouse");
        }
        return switch (request.target()) {
            case POSTGRES -> alembic.plan(ws, request);
            case CLICKHOUSE -> clickhouse.plan(ws, request);
        };
    }

    /** A merge revision ({@code alembic merge}) over the heads of one branch. Pure, like {@link #plan}. */
    public PlanResult planMerge(WorkspaceSnapshot ws, MergeRequest request) throws CreateException {
        return alembic.planMerge(ws, request);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Creates the file, never overwriting: {@code CREATE_NEW} fails if anything (even a dangling link) has the name.
     * The directory's real path must still contain the file, so a link swapped in for the directory cannot redirect it.
     * Sub-folders the history's {@code file_template} names ({@code %(year)d/%(month).2d/...}) are created first, one
     * at a time, as Alembic 1.18 does; a folder made for this file is removed again if the file cannot be written.
     */
    public boolean writeToDisk(MigrationPlan plan) throws CreateException {
        List<Path> made = new ArrayList<>();
        Path target = target(plan, true, made);
        try (OutputStream out =
                Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            try {
                out.write(plan.content().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // we created the file a moment ago, so removing the partial one deletes nothing of the user's
                Files.deleteIfExists(target);
                throw e;
            }
        } catch (FileAlreadyExistsException e) {
            removeEmptyFolders(made);
            throw new CreateException(plan.relativePath() + " already exists; not overwriting it");
        } catch (IOException e) {
            removeEmptyFolders(made);
            throw new CreateException("cannot write " + plan.relativePath() + ": " + e.getMessage(), e);
        }
        return true;
    }

    /**
     * The real path the plan's file will have; fails if that is not inside the real migration directory (a folder on
     * the way that is a link leading out of it, or not a folder). Folders that do not exist yet are not created.
     */
    public Path checkedTarget(MigrationPlan plan) throws CreateException {
        return target(plan, false, new ArrayList<>());
    }

    private Path target(MigrationPlan plan, boolean makeFolders) throws CreateException {
        return target(plan, makeFolders, new ArrayList<>());
    }

    /** {@link #checkedTarget}, making the missing sub-folders when {@code makeFolders} (listed in {@code made}). */
    private static Path target(MigrationPlan plan, boolean makeFolders, List<Path> made) throws CreateException {
        Path realDir;
        try {
            realDir = plan.directory().toRealPath();
        } catch (IOException e) {
            throw new CreateException("migration directory " + plan.directory() + " does not exist");
        }
        if (!Files.isDirectory(realDir)) {
            throw new CreateException("migration directory " + plan.directory() + " is not a directory");
        }
        // the plan's path is the directory plus plain names (Plans.toPlan refuses "..", "." and separators in them)
        Path relative = plan.directory().relativize(plan.path());
        Path folder = realDir;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            Path next = folder.resolve(relative.getName(i).toString());
            if (!Files.exists(next, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (makeFolders) {
                    try {
                        Files.createDirectory(next); // fails if anything appeared there meanwhile
                        made.add(next);
                    } catch (IOException e) {
                        removeEmptyFolders(made);
                        throw new CreateException("cannot create folder " + realDir.relativize(next) + " in "
                                + plan.directory() + ": " + e.getMessage());
                    }
                }
                folder = next;
                continue;
            }
            Path real;
            try {
                real = next.toRealPath();
            } catch (IOException e) {
                throw new CreateException("cannot follow " + next + ": " + e.getMessage());
            }
            if (!real.startsWith(realDir) || !Files.isDirectory(real)) {
                removeEmptyFolders(made);
                throw new CreateException("refusing to write " + plan.relativePath() + ": " + realDir.relativize(next)
                        + (Files.isDirectory(real) ? " leads outside " + realDir : " is not a folder"));
            }
            folder = real;
        }
        Path target = folder.resolve(relative.getFileName().toString()).normalize();
        if (!folder.equals(target.getParent()) || !target.startsWith(realDir)) {
            throw new CreateException("refusing to write outside " + realDir);
        }
        return target;
    }

    /** Removes folders this create made (deepest first), when they are still empty. */
    private static void removeEmptyFolders(List<Path> made) {
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(made.get(i)); // fails, leaving it, if anything is inside
            } catch (IOException e) {
                return;
            }
        }
        made.clear();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Files may have appeared on disk that the workspace has not heard of yet (no watcher, another process, a git pull):
     * compare the directory listing with the snapshot and read the difference, so numbering never reuses a taken number.
     */
    private static void syncWithDisk(Workspace ws, Target target) {
        WorkspaceSnapshot s = ws.snapshot();
        List<Path> dirs = new ArrayList<>();
        if (target == Target.POSTGRES) {
            s.histories().forEach(h -> dirs.addAll(h.versionLocations()));
        } else {
            s.config().clickhouseMigrations().ifPresent(dirs::add);
        }
        Set<Path> known = new HashSet<>(
                target == Target.POSTGRES
                        ? s.alembicFiles().keySet()
                        : s.clickhouseFiles().keySet());
        Set<Path> onDisk = new HashSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
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
        }
        // a file below a recursive version location is not listed here: only ask about those directly in a folder
        known.removeIf(p -> !dirs.contains(p.getParent()));
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
}
