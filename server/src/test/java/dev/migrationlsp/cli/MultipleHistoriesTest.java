package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.create.CreateException;
import dev.migrationlsp.create.CreateRequest;
import dev.migrationlsp.create.Created;
import dev.migrationlsp.create.MigrationCreator;
import dev.migrationlsp.create.TemplateRenderer;
import dev.migrationlsp.insight.Navigation;
import dev.migrationlsp.rules.Rules;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace with two Alembic environments in one ini ({@code [core]}, {@code [tenant]}, as {@code alembic --name}
 * uses them) whose revision ids overlap: every command works per history, and {@code --history} picks one.
 */
class MultipleHistoriesTest {
    @TempDir
    Path root;

    private static String rev(String id, String down) {
        return "\"\"\"r" + id + "\n\nRevision ID: " + id + "\nRevises: " + (down == null ? "" : down) + "\n\"\"\"\n"
                + "revision = \"" + id + "\"\ndown_revision = " + (down == null ? "None" : "\"" + down + "\"") + "\n"
                + "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n";
    }

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @BeforeEach
    void twoHistories() throws IOException {
        write(
                "db/alembic.ini",
                "[core]\nscript_location = %(here)s/core\n\n[tenant]\nscript_location = %(here)s/tenant\n"
                        + "file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s\n\n[loggers]\nkeys = root\n");
        // the same ids in both histories: two revisions each, not duplicates
        write("db/core/versions/0001_init.py", rev("0001", null));
        write("db/core/versions/0002_users.py", rev("0002", "0001"));
        write("db/tenant/versions/2024_01_02_0001_init.py", rev("0001", null));
        write("db/tenant/versions/2024_01_03_0002_orgs.py", rev("0002", "0001"));
        write("db/tenant/versions/2024_01_04_0003_teams.py", rev("0003", "0001"));
    }

    private List<Finding> graphFindings() {
        WorkspaceSnapshot ws = new Workspace(root, new ConfigLoader()).load(Map.of());
        List<WorkspaceRule> rules = Rules.revisionGraph().workspaceRules();
        List<Finding> out = new ArrayList<>();
        rules.forEach(r -> out.addAll(r.check(ws, CancelChecker.NEVER)));
        return out;
    }

    @Test
    void graphRulesJudgeEachHistoryOnItsOwn() {
        List<Finding> findings = graphFindings();
        // no duplicate-revision across histories, no file-name finding under the dated template; the tenant history
        // does have two heads
        assertThat(findings).extracting(Finding::code).containsOnly(RuleCode.MULTIPLE_HEADS);
        assertThat(findings)
                .extracting(f -> root.relativize(f.file()).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder(
                        "db/tenant/versions/2024_01_03_0002_orgs.py", "db/tenant/versions/2024_01_04_0003_teams.py");
    }

    @Test
    void aDatedNameThatNamesAnotherRevisionIsReportedOnItsRevision() throws IOException {
        // the tenant template puts the id after the date: this name says 0009 where the file declares 0003
        Path teams = root.resolve("db/tenant/versions/2024_01_04_0003_teams.py");
        Path renamed = root.resolve("db/tenant/versions/2024_01_04_0009_teams.py");
        Files.move(teams, renamed);
        List<Finding> mismatches = graphFindings().stream()
                .filter(f -> f.code() == RuleCode.REVISION_MISMATCH)
                .toList();
        assertThat(mismatches).hasSize(1);
        Finding f = mismatches.get(0);
        assertThat(f.file()).isEqualTo(renamed.toAbsolutePath().normalize());
        String text = Files.readString(renamed);
        // on the revision = "0003" value
        assertThat(f.span().startOffset()).isEqualTo(text.indexOf("\"0003\"", text.indexOf("revision =")));
    }

    @Test
    void headsNamesEachHistoryAndHistoryPicksOne() {
        CliTest.Result all = CliTest.run("heads", root.toString());
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out().lines().toList()).containsExactly("core: 0002", "tenant: 0002", "tenant: 0003");
        assertThat(all.err()).contains("tenant");

        CliTest.Result core = CliTest.run("heads", root.toString(), "--history", "core");
        assertThat(core.code()).isZero();
        assertThat(core.out()).isEqualTo("0002\n"); // one history: today's output
        assertThat(core.err()).isEmpty();

        CliTest.Result json = CliTest.run("heads", root.toString(), "--format", "json");
        JsonArray heads = new Gson().fromJson(json.out(), JsonArray.class);
        assertThat(heads).hasSize(3);
        assertThat(heads.get(0).getAsJsonObject().get("history").getAsString()).isEqualTo("core");
        assertThat(heads.asList())
                .extracting(h -> h.getAsJsonObject().get("historyFolder").getAsString())
                .containsExactly("db/core", "db/tenant", "db/tenant");

        // the --option=value spelling, options before the path
        CliTest.Result picocli = CliTest.run("heads", "--history=tenant", root.toString(), "--format", "text");
        assertThat(picocli.out().lines().toList()).containsExactly("0002", "0003");

        CliTest.Result unknown = CliTest.run("heads", root.toString(), "--history", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip().lines()).hasSize(1);
        assertThat(unknown.err()).contains("nope").contains("core").contains("tenant");
    }

    @Test
    void graphDrawsOneHistoryAtATime() {
        CliTest.Result ambiguous = CliTest.run("graph", root.toString());
        assertThat(ambiguous.code()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("core").contains("tenant").contains("--history");

        CliTest.Result tenant = CliTest.run("graph", root.toString(), "--history", "tenant");
        assertThat(tenant.code()).as(tenant.err()).isZero();
        assertThat(tenant.out()).contains("0003").doesNotContain("0001_init.py");
        CliTest.Result core = CliTest.run("graph", root.toString(), "--history", "core");
        assertThat(core.out()).contains("0002").doesNotContain("0003");
    }

    @Test
    void checkHistoryKeepsThatHistorysFindings() {
        CliTest.Result all = CliTest.runIn(root, "check", root.toString(), "--format", "json");
        assertThat(all.code()).isEqualTo(1);
        CliTest.Result core = CliTest.runIn(root, "check", root.toString(), "--format", "json", "--history", "core");
        assertThat(core.code()).as(core.out() + core.err()).isZero();
        JsonArray none = new Gson().fromJson(core.out(), JsonArray.class);
        assertThat(none).isEmpty();
        CliTest.Result tenant =
                CliTest.runIn(root, "check", root.toString(), "--format", "json", "--history", "tenant");
        JsonArray findings = new Gson().fromJson(tenant.out(), JsonArray.class);
        assertThat(findings).isNotEmpty();
        findings.forEach(
                f -> assertThat(f.getAsJsonObject().get("path").getAsString()).startsWith("db/tenant/"));
    }

    @Test
    void newPostgresNeedsAHistoryAndUsesItsTemplateAndIds() throws IOException {
        CliTest.Result ambiguous = CliTest.run("new", "postgres", "add teams", "--root", root.toString());
        assertThat(ambiguous.code()).isEqualTo(2);
        assertThat(ambiguous.err().strip().lines()).hasSize(1);
        assertThat(ambiguous.err()).contains("core").contains("tenant");

        CliTest.Result core =
                CliTest.run("new", "postgres", "add teams", "--root", root.toString(), "--history", "core");
        assertThat(core.code()).as(core.err()).isZero();
        assertThat(core.out().strip()).isEqualTo("db/core/versions/0003_add_teams.py");
        assertThat(Files.readString(root.resolve(core.out().strip())))
                .contains("down_revision = \"0002\"")
                .doesNotContain("down_revision = \"0003\"");

        CliTest.Result clickhouse =
                CliTest.run("new", "clickhouse", "x", "--root", root.toString(), "--history", "core");
        assertThat(clickhouse.code()).isEqualTo(2);
    }

    @Test
    void theCreatorTakesAHistoryAndRefusesWithoutOne() throws Exception {
        Workspace ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        MigrationCreator creator = new MigrationCreator(new TemplateRenderer());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> creator.create(ws, CreateRequest.postgres("x")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("core")
                .hasMessageContaining("tenant");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> creator.create(ws, CreateRequest.postgres("x").withHistory("other")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("other");
        Created c = (Created) creator.create(
                ws, CreateRequest.postgres("merge prep").withHistory("tenant").withHead("0003"));
        String name = c.plan().path().getFileName().toString();
        // the tenant history's dated file_template, and its next sequential id
        assertThat(name).matches("\\d{4}_\\d{2}_\\d{2}_0004_merge_prep\\.py");
        assertThat(c.plan().path().getParent())
                .isEqualTo(root.resolve("db/tenant/versions").toAbsolutePath().normalize());
    }

    @Test
    void navigationStaysInsideTheFilesHistory() {
        WorkspaceSnapshot ws = new Workspace(root, new ConfigLoader()).load(Map.of());
        Navigation nav = Navigation.ofEveryLanguage();
        Path tenantOrgs = root.resolve("db/tenant/versions/2024_01_03_0002_orgs.py")
                .toAbsolutePath()
                .normalize();
        String text = ws.document(tenantOrgs).orElseThrow().text().text();
        int onParent = text.indexOf("down_revision = \"0001\"") + "down_revision = \"".length() + 1;
        var defs = nav.definition(ws, tenantOrgs, onParent);
        assertThat(defs).hasSize(1);
        assertThat(defs.get(0).file())
                .isEqualTo(root.resolve("db/tenant/versions/2024_01_02_0001_init.py")
                        .toAbsolutePath()
                        .normalize());
        Path coreUsers =
                root.resolve("db/core/versions/0002_users.py").toAbsolutePath().normalize();
        String coreText = ws.document(coreUsers).orElseThrow().text().text();
        int onCoreParent = coreText.indexOf("down_revision = \"0001\"") + "down_revision = \"".length() + 1;
        assertThat(nav.definition(ws, coreUsers, onCoreParent))
                .extracting(l -> l.file())
                .containsExactly(root.resolve("db/core/versions/0001_init.py")
                        .toAbsolutePath()
                        .normalize());

        // hover describes the revision of the file's own history, and says which history that is
        var hover = nav.hover(ws, tenantOrgs, onParent).orElseThrow();
        assertThat(hover.markdown())
                .contains("2024_01_02_0001_init.py")
                .contains("tenant")
                .doesNotContain("db/core/");
        // the children of tenant's 0001 are tenant's 0002 and 0003, not core's 0002
        assertThat(hover.markdown()).contains("0002, 0003");
        // workspace symbols: the id twice, told apart by history
        assertThat(nav.workspaceSymbols(ws, "0001"))
                .extracting(sym -> sym.detail().split(" ")[0])
                .containsExactlyInAnyOrder("core", "tenant");
    }

    /** A file_template with folders (Alembic 1.18): the folders are made and the revision chains on the head. */
    @Test
    void aTemplateWithFoldersMakesTheFoldersInARecursiveHistory() throws IOException {
        Path dated = root.resolve("dated");
        write(
                "dated/alembic.ini",
                "[alembic]\nscript_location = %(here)s/alembic\nrecursive_version_locations = true\n"
                        + "file_template = %%(year)d/%%(month).2d/%%(rev)s_%%(slug)s\n");
        write("dated/alembic/versions/2024/01/1a2b3c4d5e6f_init.py", rev("1a2b3c4d5e6f", null));
        CliTest.Result r = CliTest.run("new", "postgres", "add x", "--root", dated.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String created = r.out().strip();
        assertThat(created).matches("alembic/versions/\\d{4}/\\d{2}/[0-9a-f]{12}_add_x\\.py");
        String rev = created.substring(created.lastIndexOf('/') + 1, created.lastIndexOf('/') + 13);
        assertThat(Files.readString(dated.resolve(created))).contains("down_revision = \"1a2b3c4d5e6f\"");
        assertThat(CliTest.run("heads", dated.toString()).out()).isEqualTo(rev + "\n");
    }

    @Test
    void oneHistoryWorkspaceHeadsJsonHasNoHistoryField() throws IOException {
        Path single = root.resolve("single");
        Files.createDirectories(single.resolve("alembic/versions"));
        Files.writeString(single.resolve("alembic.ini"), "[alembic]\nscript_location = alembic\n");
        Files.writeString(single.resolve("alembic/versions/0001_a.py"), rev("0001", null));
        CliTest.Result json = CliTest.run("heads", single.toString(), "--format", "json");
        JsonObject head =
                new Gson().fromJson(json.out(), JsonArray.class).get(0).getAsJsonObject();
        assertThat(head.has("history")).isFalse();
        assertThat(head.has("historyFolder")).isFalse();
        assertThat(CliTest.run("heads", single.toString()).out()).isEqualTo("0001\n");
    }
}
