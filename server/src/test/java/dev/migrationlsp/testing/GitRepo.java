package dev.migrationlsp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real git repository in a test folder, driven through Debian's {@code git}: write files, stage, commit, branch.
 * Requires git (fails under CI, skips elsewhere). Commits carry a fixed identity and no signing, whatever the
 * machine's git configuration says.
 */
public final class GitRepo {
    /** Identity and isolation for every git call: no user or system configuration leaks in. */
    public static final Map<String, String> ENV = Map.of(
            "GIT_AUTHOR_NAME",
            "Test",
            "GIT_AUTHOR_EMAIL",
            "test@example.com",
            "GIT_COMMITTER_NAME",
            "Test",
            "GIT_COMMITTER_EMAIL",
            "test@example.com",
            "GIT_CONFIG_NOSYSTEM",
            "1",
            "GIT_CONFIG_GLOBAL",
            "/dev/null");

    private final Path dir;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    public static void requireGit() {
        RealTools.require(
                Files.isExecutable(Path.of("/usr/bin/git")) ? List.of() : List.of("git"), "apt-get install -y git");
    }

    /** {@code git init -b main} in {@code dir}. */
    public static GitRepo init(Path dir) {
        requireGit();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GitRepo repo = new GitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    /** An existing clone or work tree. */
    public static GitRepo at(Path dir) {
        requireGit();
        return new GitRepo(dir);
    }

    public Path dir() {
        return dir;
    }

    public GitRepo write(String rel, String text) {
        try {
            Path p = dir.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public GitRepo commitAll(String message) {
        git("add", "-A");
        git("commit", "-q", "--no-verify", "--no-gpg-sign", "-m", message);
        return this;
    }

    /** Runs git and asserts it succeeded; returns its output. */
    public String git(String... args) {
        Result r = run(args);
        assertThat(r.exit())
                .as("git " + String.join(" ", args) + "\n" + r.out())
                .isZero();
        return r.out();
    }

    /** Runs git and returns its result, failed or not. */
    public Result run(String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        return RealTools.run(cmd, dir, ENV);
    }

    /** Runs any command in the repository with {@link #ENV} plus {@code env} (hooks see the same identity). */
    public Result exec(Map<String, String> env, String... cmd) {
        Map<String, String> all = new java.util.HashMap<>(ENV);
        all.putAll(env);
        return RealTools.run(List.of(cmd), dir, all);
    }
}
