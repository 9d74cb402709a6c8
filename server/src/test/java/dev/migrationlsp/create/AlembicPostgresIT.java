package dev.migrationlsp.create;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealPostgres;
import dev.migrationlsp.testing.RealTools;
import dev.migrationlsp.testing.RealTools.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real check of generated PostgreSQL migrations: the shaded jar's {@code new} writes several revisions into a copy of
 * examples/, then Debian's Alembic runs them against a throwaway PostgreSQL cluster started here
 * ({@code upgrade heads}, {@code downgrade base}, {@code heads}). Needs {@code postgresql}, {@code python3-alembic} and
 * {@code python3-psycopg2}; without them the test fails under CI (env {@code CI} set) and is skipped elsewhere.
 */
class AlembicPostgresIT {
    Path work;
    Path root;
    RealPostgres postgres;

    @BeforeEach
    void requireTools() throws Exception {
        RealTools.requirePython("alembic", "psycopg2", "sqlalchemy");
        work = Files.createTempDirectory("mlsp-alembic-it");
        root = Fixtures.copyExamples(work.resolve("ws"));
    }

    @AfterEach
    void stopAndClean() {
        if (postgres != null) {
            postgres.close();
        }
        RealTools.deleteTree(work);
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
        assertThat(created)
                .containsExactly(
                        Fixtures.VERSIONS + "/0007_create_api_tokens.py",
                        Fixtures.VERSIONS + "/0008_add_users_timezone.py",
                        Fixtures.VERSIONS + "/0009_create_audit_exports.py",
                        Fixtures.VERSIONS + "/0010_track_cutover_jobs.py",
                        Fixtures.VERSIONS + "/0011_finish_the_api_tokens_work.py");

        // our own checker agrees: no error-severity findings (e.g. multiple-heads)
        Result check = RealTools.runJar(root, "check", root.toString());
        assertThat(check.exit()).as(check.out()).isZero();

        postgres = RealPostgres.start();
        Map<String, String> env = Map.of("DATABASE_URL", postgres.url());

        Result heads = alembic(env, "heads");
        assertThat(heads.exit()).as(heads.out()).isZero();
        assertThat(heads.out()
                        .lines()
                        .filter(l -> l.contains("(head)"))
                        .map(l -> l.split(" ")[0])
                        .sorted()
                        .toList())
                .containsExactly("0010", "0011");

        Result up = alembic(env, "upgrade", "heads");
        assertThat(up.exit()).as(up.out()).isZero();
        assertThat(postgres.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                        + "('api_tokens', 'audit_exports', 'river_jobs', 'users', 'river_cutover_state')"))
                .isEqualTo("5");
        assertThat(postgres.scalar("SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY column_name) FROM "
                        + "information_schema.columns WHERE table_name = 'api_tokens'"))
                .isEqualTo(
                        "created_at:timestamp with time zone,id:uuid,org_id:text,updated_at:timestamp with time zone");
        assertThat(postgres.scalar("SELECT string_agg(version_num, ',' ORDER BY version_num) FROM alembic_version"))
                .isEqualTo("0010,0011");

        Result down = alembic(env, "downgrade", "base");
        assertThat(down.exit()).as(down.out()).isZero();
        assertThat(postgres.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                        + "AND table_name <> 'alembic_version'"))
                .isEqualTo("0");

        Result again = alembic(env, "upgrade", "heads");
        assertThat(again.exit()).as(again.out()).isZero();
    }

    private String newRevision(String description, String... flags) {
        List<String> args = new ArrayList<>(List.of("new", "postgres", description, "--root", root.toString()));
        args.addAll(List.of(flags));
        Result r = RealTools.runJar(root, args.toArray(String[]::new));
        assertThat(r.exit()).as(r.out()).isZero();
        return r.out().strip();
    }

    private Result alembic(Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of(RealTools.PYTHON.toString(), "-m", "alembic", "-c", "alembic.ini"));
        cmd.addAll(List.of(args));
        return RealTools.run(cmd, root, env);
    }
}
