package dev.migrationlsp.cli;

import dev.migrationlsp.core.OneLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The few questions {@code check --changed-since/--staged} asks real git (the user's own {@code git} on PATH, never a
 * library): which files a change adds or modifies, and what the tree looked like before it. Every failure is a
 * {@link RootCommand.UsageError} with one line that says what to do.
 */
final class Git {
    private final Path top;

    private Git(Path top) {
        this.top = top;
    }

    /** What a change touches: files added or modified (absolute paths) and the commit it is compared with, if any. */
    record Change(Set<Path> files, Optional<String> base) {}

    /** The repository that holds {@code dir}. */
    static Git at(Path dir) {
        Result r = run(dir, null, "rev-parse", "--show-toplevel");
        if (r.exit() == 127) {
            throw new RootCommand.UsageError(
                    "git is not installed or not on PATH (--changed-since and --staged run git)");
        }
        if (r.exit() != 0) {
            throw new RootCommand.UsageError(
                    "not a git repository: " + dir + " (--changed-since and --staged read git)");
        }
        return new Git(Path.of(r.text().strip()).toAbsolutePath().normalize());
    }

    Path top() {
        return top;
    }

    /**
     * Files changed since the merge base of {@code ref} and HEAD (what a pull request adds: {@code git diff REF...}),
     * including uncommitted and untracked files, so the same command works on a laptop and in CI.
     */
    Change changedSince(String ref) {
        if (ref.isBlank() || ref.startsWith("-") || ref.chars().anyMatch(c -> c < 0x20)) {
            throw new RootCommand.UsageError("--changed-since: not a git revision: '" + quote(ref) + "'");
        }
        if (run(top, null, "rev-parse", "--verify", "--quiet", ref + "^{commit}")
                        .exit()
                != 0) {
            throw new RootCommand.UsageError("--changed-since: git revision '" + quote(ref) + "' not found"
                    + (shallow()
                            ? " in this shallow clone; fetch it first, e.g. git fetch --depth=50 origin "
                                    + ref.replaceFirst("^origin/", "")
                            : "; fetch it first (git fetch origin)"));
        }
        Result mb = run(top, null, "merge-base", ref, "HEAD");
        if (mb.exit() != 0) {
            throw new RootCommand.UsageError("--changed-since: no common ancestor of '" + quote(ref)
                    + "' and HEAD"
                    + (shallow()
                            ? " in this shallow clone; deepen it, e.g. git fetch --deepen=200 origin"
                                    + " (or check out with fetch-depth: 0)"
                            : ""));
        }
        String base = mb.text().strip();
        Set<Path> files = new LinkedHashSet<>(paths(ok(
                run(top, null, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", base, "--"),
                "git diff")));
        files.addAll(paths(ok(run(top, null, "ls-files", "--others", "--exclude-standard", "-z"), "git ls-files")));
        return new Change(Set.copyOf(files), Optional.of(base));
    }

    /** Files staged in the index (what {@code git commit} would record), compared with HEAD (none in a new repository). */
    Change staged() {
        boolean hasHead = run(top, null, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
                        .exit()
                == 0;
        List<Path> files = paths(ok(
                run(top, null, "diff", "--cached", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT"),
                "git diff --cached"));
        return new Change(Set.copyOf(files), hasHead ? Optional.of("HEAD") : Optional.empty());
    }

    /**
     * Writes the files of {@code commit} under {@code prefix} (relative to the repository top) whose names pass
     * {@code wanted} into {@code dest}, keeping their relative layout: the tree as it was before the change.
     */
    void export(String commit, Path prefix, Predicate<String> wanted, Path dest) throws IOException {
        String p = prefix.toString().replace('\\', '/');
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--full-tree", commit));
        if (!p.isEmpty()) {
            args.add("--");
            args.add(p);
        }
        String listing = ok(run(top, null, args.toArray(String[]::new)), "git ls-tree");
        List<String> shas = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        for (String entry : listing.split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = entry.substring(0, tab).split(" ");
            String path = entry.substring(tab + 1);
            // blobs only: symlinks (120000) and submodules are not migration files
            if (meta.length != 3 || !meta[1].equals("blob") || meta[0].equals("120000") || !wanted.test(path)) {
                continue;
            }
            Path rel = p.isEmpty() ? Path.of(path) : Path.of(p).relativize(Path.of(path));
            Path target = dest.resolve(rel).normalize();
            if (!target.startsWith(dest)) {
                continue; // never write outside the scratch folder, whatever a tree entry says
            }
            shas.add(meta[2]);
            targets.add(target);
        }
        if (shas.isEmpty()) {
            return;
        }
        // one `git cat-file --batch` for every blob: "<sha> blob <size>\n<bytes>\n" per object
        byte[] input = (String.join("\n", shas) + "\n").getBytes(StandardCharsets.US_ASCII);
        Result r = run(top, input, "cat-file", "--batch");
        ok(r, "git cat-file");
        byte[] out = r.bytes();
        int pos = 0;
        for (Path target : targets) {
            int nl = indexOf(out, (byte) '\n', pos);
            String[] header = new String(out, pos, nl - pos, StandardCharsets.US_ASCII).split(" ");
            int size = Integer.parseInt(header[2]);
            Files.createDirectories(target.getParent());
            Files.write(target, java.util.Arrays.copyOfRange(out, nl + 1, nl + 1 + size));
            pos = nl + 1 + size + 1;
        }
    }

    private static String quote(String s) {
        return OneLine.of(s, 200);
    }

    private boolean shallow() {
        return run(top, null, "rev-parse", "--is-shallow-repository")
                .text()
                .strip()
                .equals("true");
    }

    private List<Path> paths(String nulSeparated) {
        List<Path> out = new ArrayList<>();
        for (String s : nulSeparated.split("\0")) {
            if (!s.isEmpty()) {
                out.add(top.resolve(s).normalize());
            }
        }
        return out;
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        throw new IllegalStateException("truncated git cat-file output");
    }

    private static String ok(Result r, String what) {
        if (r.exit() != 0) {
            throw new RootCommand.UsageError(what + " failed: " + quote(r.err().strip()));
        }
        return r.text();
    }

    record Result(int exit, byte[] bytes, String err) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Runs git with stdin {@code input} (or none); 127 when git cannot be started. */
    private static Result run(Path dir, byte[] input, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.add("-c");
        cmd.add("core.quotepath=off");
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            CompletableFuture<Void> in = CompletableFuture.runAsync(() -> {
                try (OutputStream os = p.getOutputStream()) {
                    if (input != null) {
                        os.write(input);
                    }
                } catch (IOException e) {
                    // git stopped reading: its exit code says why
                }
            });
            byte[] out = readAll(p.getInputStream());
            int exit = p.waitFor();
            in.join();
            return new Result(exit, out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(127, new byte[0], e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RootCommand.UsageError("interrupted while running git");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in;
                ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
            in.transferTo(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
