package dev.migrationlsp.rules.clickhouse;

import static dev.migrationlsp.rules.clickhouse.ClickHouseWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbering across the sequence, data migrations, severities, suppression and half-typed files. */
class ClickHouseWorkspaceRulesTest {
    private static final String OK =
            "-- %s\n--\n-- Tables affected:\n--   - t: created\nCREATE TABLE IF NOT EXISTS %s (org_id String) ENGINE = MergeTree ORDER BY org_id;\n";

    @TempDir
    Path tmp;

    private static String ok(String file, String table) {
        return OK.formatted(file, table);
    }

    @Test
    void collisionsAreReportedOnEveryFileOfTheNumberWithARenameFix() {
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp)
                .file("000_a.sql", ok("000_a.sql", "a"))
                .file("001_b.sql", ok("001_b.sql", "b"))
                .file("001b_c.sql", ok("001b_c.sql", "c"))
                .file("002_d.py", "\"\"\"002_d.py: data.\"\"\"\n\ndef upgrade(client):\n    pass\n");

        List<Finding> b = ws.findings("001_b.sql", RuleCode.MIGRATION_NUMBERING);
        List<Finding> c = ws.findings("001b_c.sql", RuleCode.MIGRATION_NUMBERING);

        assertThat(ClickHouseWorkspace.asD(b)).containsExactly(d(0, 0, 0, 12, RuleCode.MIGRATION_NUMBERING));
        assertThat(ClickHouseWorkspace.asD(c)).containsExactly(d(0, 0, 0, 13, RuleCode.MIGRATION_NUMBERING));
        assertThat(b.get(0).related()).hasSize(1);
        assertThat(ws.findings("000_a.sql", RuleCode.MIGRATION_NUMBERING)).isEmpty();
        assertThat(ws.findings("002_d.py", RuleCode.MIGRATION_NUMBERING)).isEmpty();

        Fix rename = c.get(0).fixes().get(0);
        assertThat(rename.safe())
                .as("renaming an applied migration makes the runner apply it again")
                .isFalse();
        assertThat(rename.edits())
                .containsExactly(
                        new Edit.Replace(ws.path("001b_c.sql"), 3, 13, "003_c.sql"),
                        new Edit.Rename(ws.path("001b_c.sql"), ws.path("003_c.sql")));
        Fix otherRename = b.get(0).fixes().get(0);
        assertThat(otherRename.edits().get(1)).isEqualTo(new Edit.Rename(ws.path("001_b.sql"), ws.path("003_b.sql")));
        assertThat(otherRename.edits()).hasSize(2); // the header named the old file too
    }

    @Test
    void applyingTheRenameFixResolvesTheCollisionAndKeepsTheHeaderRight() throws Exception {
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp)
                .file("000_a.sql", ok("000_a.sql", "a"))
                .file("000_b.sql", ok("000_b.sql", "b"));
        Fix rename = ws.findings("000_b.sql", RuleCode.MIGRATION_NUMBERING)
                .get(0)
                .fixes()
                .get(0);
        Path old = ws.path("000_b.sql");
        String fixedText = ClickHouseWorkspace.apply(java.nio.file.Files.readString(old), rename, old);
        Edit.Rename move = (Edit.Rename) rename.edits().get(rename.edits().size() - 1);
        java.nio.file.Files.delete(old);
        java.nio.file.Files.writeString(move.newFile(), fixedText);

        String newName = move.newFile().getFileName().toString();
        assertThat(newName).isEqualTo("001_b.sql");
        assertThat(ws.all()).as("no finding left anywhere").isEmpty();
    }

    @Test
    void collisionFingerprintChangesWhenANewFileJoinsSoTheBaselineReportsIt() {
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp)
                .file("000_a.sql", ok("000_a.sql", "a"))
                .file("000_b.sql", ok("000_b.sql", "b"));
        String old =
                ws.findings("000_a.sql", RuleCode.MIGRATION_NUMBERING).get(0).fingerprint();
        ws.file("000_c.sql", ok("000_c.sql", "c"));

        assertThat(ws.findings("000_a.sql", RuleCode.MIGRATION_NUMBERING).get(0).fingerprint())
                .isNotEqualTo(old);
    }

    @Test
    void badNamesAndGapsAreReported() {
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp)
                .file("000_a.sql", ok("000_a.sql", "a"))
                .file("003_b.sql", ok("003_b.sql", "b"))
                .file("add-stuff.sql", ok("add-stuff.sql", "c"));

        List<Finding> gap = ws.findings("003_b.sql", RuleCode.MIGRATION_NUMBERING);
        List<Finding> bad = ws.findings("add-stuff.sql", RuleCode.MIGRATION_NUMBERING);

        assertThat(ClickHouseWorkspace.asD(gap)).containsExactly(d(0, 0, 0, 12, RuleCode.MIGRATION_NUMBERING));
        assertThat(gap.get(0).fixes().get(0).edits())
                .contains(new Edit.Rename(ws.path("003_b.sql"), ws.path("001_b.sql")));
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).fixes().get(0).edits())
                .contains(new Edit.Rename(ws.path("add-stuff.sql"), ws.path("004_add_stuff.sql")));
    }

    @Test
    void dataMigrationMustDefineUpgradeWithTheClient() {
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp)
                .file("000_a.py", "def upgrade(client):\n    client.command('SELECT 1')\n")
                .file("001_b.py", "\"\"\"No entry point.\"\"\"\n\ndef migrate(client):\n    pass\n")
                .file("002_c.py", "def upgrade():\n    pass\n")
                .file("003_d.py", "def upgrade(client, dry_run=False):\n    pass\n")
                .file("004_e.py", "class X:\n    def upgrade(self, client):\n        pass\n");

        assertThat(ws.findings("000_a.py", RuleCode.SYNTAX_ERROR)).isEmpty();
        assertThat(ClickHouseWorkspace.asD(ws.findings("001_b.py", RuleCode.SYNTAX_ERROR)))
                .containsExactly(d(0, 0, 0, 21, RuleCode.SYNTAX_ERROR));
        assertThat(ClickHouseWorkspace.asD(ws.findings("002_c.py", RuleCode.SYNTAX_ERROR)))
                .containsExactly(d(0, 0, 0, 13, RuleCode.SYNTAX_ERROR));
        assertThat(ws.findings("003_d.py", RuleCode.SYNTAX_ERROR)).isEmpty();
        assertThat(ws.findings("004_e.py", RuleCode.SYNTAX_ERROR))
                .as("a method is not the module's upgrade")
                .hasSize(1);
    }

    @Test
    void dataMigrationEffectsAreGuessedFromItsSqlAndNeverErrors() {
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp)
                .file(
                        "000_a.py",
                        "def upgrade(client):\n    client.command(\"CREATE TABLE IF NOT EXISTS from_py (org_id String) ENGINE = MergeTree ORDER BY org_id\")\n    client.command('ALTER TABLE nowhere DELETE WHERE 1')\n")
                .file(
                        "001_b.sql",
                        "-- 001_b.sql\n--\n-- Tables affected:\n--   - from_py: altered\nALTER TABLE from_py ADD COLUMN IF NOT EXISTS x UInt8;\n");

        assertThat(ws.findings("001_b.sql", RuleCode.UNKNOWN_TABLE)).isEmpty();
        assertThat(ws.findings("000_a.py")).isEmpty();
    }

    @Test
    void commandsSuchAsSystemAndGrantAreCheckedNotSkipped() {
        String text =
                "-- 000_a.sql\n--\n-- Tables affected:\n--   - (none)\nSYSTEM FLUSH LOGS;\nGRANT SELECT ON x TO y;\n";
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp).file("000_a.sql", text);
        assertThat(ws.findings("000_a.sql", RuleCode.SYNTAX_ERROR)).isEmpty();

        ws.check(
                "000_a.sql",
                RuleCode.SYNTAX_ERROR,
                text + "GRANT SELECT ON x y;\n",
                d(6, 18, 6, 19, RuleCode.SYNTAX_ERROR));
    }

    @Test
    void ignoreCommentSilencesAFindingOnItsLine() {
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp);
        ws.check(
                "000_a.sql",
                RuleCode.MISSING_ORG_ID,
                ok("000_a.sql", "t")
                        .replace("(org_id String)", "(id UInt8)")
                        .replace(";\n", "; -- migration-lsp: ignore[missing-org-id] -- lookup table\n"));
    }

    @Test
    void halfTypedFilesGiveOneSyntaxErrorWhereClickHouseReportsIt() {
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp);
        String head = "-- 000_a.sql\n--\n-- Tables affected:\n--   - t: created\n";
        // brackets left open: ClickHouse reports the outermost open bracket, before it parses
        ws.check(
                "000_a.sql",
                RuleCode.SYNTAX_ERROR,
                head + "CREATE TABLE IF NOT EXISTS t (\n    org_id String,\n    day Date DEFAULT to$0Date(now())",
                d(4, 29, 4, 30, RuleCode.SYNTAX_ERROR));
        ws.check(
                "000_a.sql",
                RuleCode.SYNTAX_ERROR,
                head + "ALTER TABLE t ADD COLUMN IF NOT EXISTS x Nullable($0",
                d(4, 49, 4, 50, RuleCode.SYNTAX_ERROR));
        ws.check(
                "000_a.sql",
                RuleCode.SYNTAX_ERROR,
                head + "CREATE MATERIALIZED VIEW IF NOT EXISTS mv TO t AS SELECT count( FROM x;\nALTER TABLE$0",
                d(4, 62, 4, 63, RuleCode.SYNTAX_ERROR),
                d(5, 11, 5, 11, RuleCode.SYNTAX_ERROR));
        ws.check("000_a.sql", RuleCode.SYNTAX_ERROR, head + "$0");
    }

    private static void writeConfig(ClickHouseWorkspace ws, String toml) {
        try {
            java.nio.file.Files.writeString(ws.root.resolve(".migration-lsp.toml"), toml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
