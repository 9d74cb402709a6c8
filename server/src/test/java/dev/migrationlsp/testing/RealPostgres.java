package dev.migrationlsp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway PostgreSQL cluster (Debian's {@code postgresql}) in a temp directory, reachable only through a Unix socket
 * there (no TCP listener). {@link #start()} requires the tools (fails under CI, skips elsewhere); {@link #close()} stops
 * the cluster and deletes its files. SQL runs through Python's SQLAlchemy + psycopg2, the stack Alembic uses.
 */
public final class RealPostgres implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final boolean asPostgresUser;
    private final String url;

    private RealPostgres(Path bin, Path dir, boolean asPostgresUser, String url) {
        this.bin = bin;
        this.dir = dir;
        this.asPostgresUser = asPostgresUser;
        this.url = url;
    }

    /** Starts a new cluster; the test fails (CI) or is skipped when postgresql, python3-psycopg2 or runuser is missing. */
    public static RealPostgres start() {
        RealTools.requirePython("sqlalchemy", "psycopg2");
        List<String> missing = new ArrayList<>();
        Path bin = findBin();
        if (bin == null) {
            missing.add("postgresql (/usr/lib/postgresql/*/bin/initdb and pg_ctl)");
        }
        boolean asPostgres = "root".equals(System.getProperty("user.name"));
        if (asPostgres
                && !Files.isExecutable(Path.of("/usr/sbin/runuser"))
                && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            missing.add("runuser (PostgreSQL refuses to run as root)");
        }
        RealTools.require(missing, "apt-get install -y postgresql python3-psycopg2");
        try {
            Path dir = Files.createTempDirectory("mlsp-pg");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            if (asPostgres) {
                UserPrincipal postgres =
                        dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
            Path data = dir.resolve("data");
            int port = 20000 + ThreadLocalRandom.current().nextInt(20000); // names the socket file only
            Result init = pg(
                    asPostgres,
                    dir,
                    List.of(
                            bin.resolve("initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            "postgres",
                            "--auth=trust",
                            "-E",
                            "UTF8",
                            "--no-sync"));
            assertThat(init.exit()).as(init.out()).isZero();
            Result start = pg(
                    asPostgres,
                    dir,
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-w",
                            "-t",
                            "60",
                            "-l",
                            dir.resolve("server.log").toString(),
                            "-o",
                            "-c listen_addresses='' -k " + dir + " -p " + port + " -c fsync=off",
                            "start"));
            assertThat(start.exit())
                    .as(start.out() + readOrEmpty(dir.resolve("server.log")))
                    .isZero();
            return new RealPostgres(
                    bin, dir, asPostgres, "postgresql+psycopg2://postgres@/postgres?host=" + dir + "&port=" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SQLAlchemy URL ({@code DATABASE_URL} for an Alembic env.py). */
    public String url() {
        return url;
    }

    /** The server's major version, e.g. 15. */
    public int majorVersion() {
        return Integer.parseInt(bin.getParent().getFileName().toString());
    }

    /** Runs {@code query} and returns its first column of the first row as text ("None" for NULL). */
    public String scalar(String query) {
        Result r = RealTools.run(List.of(RealTools.PYTHON.toString(), "-c", """
                import sys, sqlalchemy
                e = sqlalchemy.create_engine(sys.argv[1])
                with e.begin() as c:
                    print(c.execute(sqlalchemy.text(sys.argv[2])).scalar())
                """, url, query), dir, Map.of());
        assertThat(r.exit()).as(r.out()).isZero();
        return r.out().strip();
    }

    /** Creates empty databases (one per independent run) and returns their SQLAlchemy URLs, in order. */
    public List<String> createDatabases(List<String> names) {
        for (String n : names) {
            if (!n.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain database name: " + n);
            }
        }
        List<String> cmd = new ArrayList<>(List.of(RealTools.PYTHON.toString(), "-c", """
                import sys, sqlalchemy
                e = sqlalchemy.create_engine(sys.argv[1])
                with e.connect() as c:
                    c = c.execution_options(isolation_level="AUTOCOMMIT")
                    for name in sys.argv[2:]:
                        c.execute(sqlalchemy.text("CREATE DATABASE " + name))
                """, url));
        cmd.addAll(names);
        Result r = RealTools.run(cmd, dir, Map.of());
        assertThat(r.exit()).as(r.out()).isZero();
        return names.stream()
                .map(n -> url.replace("@/postgres?", "@/" + n + "?"))
                .toList();
    }

    /** Runs {@code sql} (statements that return no rows; several separated by {@code ;}) in one transaction. */
    public void execute(String sql) {
        Result r = RealTools.run(List.of(RealTools.PYTHON.toString(), "-c", """
                import sys, sqlalchemy
                e = sqlalchemy.create_engine(sys.argv[1])
                with e.begin() as c:
                    c.exec_driver_sql(sys.argv[2])
                """, url, sql), dir, Map.of());
        assertThat(r.exit()).as(r.out()).isZero();
    }

    /**
     * Runs {@code sql} in a transaction that is then rolled back, and returns the SQLSTATE it failed with ("23502"), or
     * null when it succeeded.
     */
    public String sqlState(String sql) {
        Result r = RealTools.run(List.of(RealTools.PYTHON.toString(), "-c", """
                import sys, sqlalchemy
                e = sqlalchemy.create_engine(sys.argv[1])
                with e.connect() as c:
                    t = c.begin()
                    try:
                        c.exec_driver_sql(sys.argv[2])
                        print("None")
                    except sqlalchemy.exc.DBAPIError as ex:
                        print(ex.orig.pgcode)
                    t.rollback()
                """, url, sql), dir, Map.of());
        assertThat(r.exit()).as(r.out()).isZero();
        String state = r.out().strip();
        return state.equals("None") ? null : state;
    }

    @Override
    public void close() {
        if (Files.isDirectory(dir.resolve("data"))) {
            pg(
                    asPostgresUser,
                    dir,
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            dir.resolve("data").toString(),
                            "-m",
                            "immediate",
                            "stop"));
        }
        RealTools.deleteTree(dir);
    }

    private static Result pg(boolean asPostgres, Path dir, List<String> cmd) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(cmd);
        return RealTools.run(full, dir, Map.of());
    }

    private static Path findBin() {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return null;
        }
        Path best = null;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(base)) {
            for (Path v : ds) {
                Path b = v.resolve("bin");
                if (Files.isExecutable(b.resolve("initdb"))
                        && Files.isExecutable(b.resolve("pg_ctl"))
                        && (best == null
                                || v.getFileName()
                                                .toString()
                                                .compareTo(best.getParent()
                                                        .getFileName()
                                                        .toString())
                                        > 0)) {
                    best = b;
                }
            }
        } catch (IOException e) {
            return null;
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
