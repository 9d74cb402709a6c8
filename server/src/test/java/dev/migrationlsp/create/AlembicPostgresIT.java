package dev.migrationlsp.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real check of generated PostgreSQL migrations: the shaded jar's {@code new} writes several revisions into a copy of
 * examples/, then Debian's Alembic runs them against a throwaway PostgreSQL cluster started here
 * ({@code upgrade heads}, {@code downgrade base}, {@code heads}). Needs {@code postgresql}, {@code python3-alembic} and
 * {@code python3-psycopg2}; without them the test fails under CI (env {@code CI} set) and is skipped elsewhere.
 */
class AlembicPostgresIT {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final long TIMEOUT_SECONDS = 120;

    Path work;
    Path root;
    Path pgDir;
    Path pgBin;
    boolean asPostgresUser;

    record Result(int exit, String out) {
    }

    @BeforeEach
    void requireTools() throws Exception {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(PYTHON)) {
            missing.add("/usr/bin/python3");
        } else {
            Result mods = run(List.of(PYTHON.toString(), "-c", "import alembic, psycopg2, sqlalchemy"), Path.of("."), Map.of());
            if (mods.exit() != 0) {
                missing.add("python3-alembic / python3-psycopg2 (" + mods.out().strip().lines().reduce((a, b) -> b).orElse("") + ")");
            }
        }
        pgBin = findPostgresBin();
        if (pgBin == null) {
            missing.add("postgresql (/usr/lib/postgresql/*/bin/initdb and pg_ctl)");
        }
        asPostgresUser = "root".equals(System.getProperty("user.name"));
        if (asPostgresUser && !Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            missing.add("runuser (PostgreSQL refuses to run as root)");
        }
        if (!missing.isEmpty()) {
            String msg = "missing tools: " + String.join(", ", missing)
                    + " (apt-get install -y postgresql python3-alembic python3-psycopg2)";
            if (System.getenv("CI") != null) {
                fail(msg);
            }
            Assumptions.abort(msg);
        }
        work = Files.createTempDirectory("mlsp-alembic-it");
        root = Fixtures.copyExamples(work.resolve("ws"));
    }

    @AfterEach
    void stopAndClean() throws Exception {
        if (pgDir != null && Files.isDirectory(pgDir.resolve("data"))) {
            pg(List.of(pgBin.resolve("pg_ctl").toString(), "-D", pgDir.resolve("data").toString(), "-m", "immediate", "stop"));
        }
        for (Path dir : new Path[] {pgDir, work}) {
            if (dir != null) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void generatedRevisionsUpgradeDowngradeAndKeepOneHeadPerBranch() throws Exception {
        // several revisions, with and without --table, on the default branch and one on the river_cutover branch
        List<String> created = new ArrayList<>();
        created.add(newRevision("Create api tokens", "--table", "api_tokens"));
        created.add(newRevision("Add users timezone"));
        created.add(newRevision("Create audit exports", "--table", "audit_exports"));
        created.add(newRevision("Track cutover jobs", "--branch", "river_cutover", "--table", "river_jobs"));
        created.add(newRevision("Finish the api tokens work"));
        assertThat(created).containsExactly(
                Fixtures.VERSIONS + "/0007_create_api_tokens.py",
                Fixtures.VERSIONS + "/0008_add_users_timezone.py",
                Fixtures.VERSIONS + "/0009_create_audit_exports.py",
                Fixtures.VERSIONS + "/0010_track_cutover_jobs.py",
                Fixtures.VERSIONS + "/0011_finish_the_api_tokens_work.py");

        // our own checker agrees: no error-severity findings (e.g. multiple-heads)
        Result check = jar("check", root.toString());
        assertThat(check.exit()).as(check.out()).isZero();

        String url = startPostgres();
        Map<String, String> env = Map.of("DATABASE_URL", url);

        Result heads = alembic(env, "heads");
        assertThat(heads.exit()).as(heads.out()).isZero();
        assertThat(heads.out().lines().filter(l -> l.contains("(head)")).map(l -> l.split(" ")[0]).sorted().toList())
                .containsExactly("0010", "0011");

        Result up = alembic(env, "upgrade", "heads");
        assertThat(up.exit()).as(up.out()).isZero();
        assertThat(sql(url, "SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                + "('api_tokens', 'audit_exports', 'river_jobs', 'users', 'river_cutover_state')")).isEqualTo("5");
        assertThat(sql(url, "SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY column_name) FROM "
                + "information_schema.columns WHERE table_name = 'api_tokens'"))
                .isEqualTo("created_at:timestamp with time zone,id:uuid,org_id:text,updated_at:timestamp with time zone");
        assertThat(sql(url, "SELECT string_agg(version_num, ',' ORDER BY version_num) FROM alembic_version")).isEqualTo("0010,0011");

        Result down = alembic(env, "downgrade", "base");
        assertThat(down.exit()).as(down.out()).isZero();
        assertThat(sql(url, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_name <> 'alembic_version'")).isEqualTo("0");

        Result again = alembic(env, "upgrade", "heads");
        assertThat(again.exit()).as(again.out()).isZero();
    }

    private String newRevision(String description, String... flags) throws Exception {
        List<String> args = new ArrayList<>(List.of("new", "postgres", description, "--root", root.toString()));
        args.addAll(List.of(flags));
        Result r = jar(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.out()).isZero();
        return r.out().strip();
    }

    private Result jar(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String jar = System.getProperty("migrationlsp.jar", "target/migration-lsp.jar");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-jar", jar));
        cmd.addAll(List.of(args));
        return run(cmd, root, Map.of());
    }

    private Result alembic(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), "-m", "alembic", "-c", "alembic.ini"));
        cmd.addAll(List.of(args));
        return run(cmd, root, env);
    }

    /** Starts a cluster in a temp directory, reachable only through a Unix socket there; returns its SQLAlchemy URL. */
    private String startPostgres() throws Exception {
        pgDir = Files.createTempDirectory("mlsp-pg");
        Files.setPosixFilePermissions(pgDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (asPostgresUser) {
            UserPrincipal postgres = pgDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(pgDir, postgres);
        }
        Path data = pgDir.resolve("data");
        int port = 20000 + ThreadLocalRandom.current().nextInt(20000); // names the socket file only: no TCP listener
        Result init = pg(List.of(pgBin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--no-sync"));
        assertThat(init.exit()).as(init.out()).isZero();
        Result start = pg(List.of(pgBin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-l", pgDir.resolve("server.log").toString(), "-o",
                "-c listen_addresses='' -k " + pgDir + " -p " + port + " -c fsync=off", "start"));
        assertThat(start.exit()).as(start.out() + readOrEmpty(pgDir.resolve("server.log"))).isZero();
        return "postgresql+psycopg2://postgres@/postgres?host=" + pgDir + "&port=" + port;
    }

    private String sql(String url, String query) throws Exception {
        Result r = run(List.of(PYTHON.toString(), "-c", """
                import sys, sqlalchemy
                e = sqlalchemy.create_engine(sys.argv[1])
                with e.connect() as c:
                    print(c.execute(sqlalchemy.text(sys.argv[2])).scalar())
                """, url, query), root, Map.of());
        assertThat(r.exit()).as(r.out()).isZero();
        return r.out().strip();
    }

    private Result pg(List<String> cmd) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(cmd);
        return run(full, pgDir, Map.of());
    }

    private static Result run(List<String> cmd, Path dir, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + String.join(" ", cmd));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static Path findPostgresBin() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return null;
        }
        Path best = null;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(base)) {
            for (Path v : ds) {
                Path bin = v.resolve("bin");
                if (Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))
                        && (best == null || v.getFileName().toString().compareTo(best.getParent().getFileName().toString()) > 0)) {
                    best = bin;
                }
            }
        }
        return best;
    }

    private static String readOrEmpty(Path p) {
        try {
            return Files.exists(p) ? "\n" + Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
