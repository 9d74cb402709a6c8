package dev.migrationlsp.create;

import static dev.migrationlsp.create.Fixtures.VERSIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresCreateTest {
    @TempDir
    Path tmp;

    private static Created created(CreateResult r) {
        assertThat(r).isInstanceOf(Created.class);
        return (Created) r;
    }

    @Test
    void extendsTheDefaultBranchWithTheNextSequentialIdAndAnnotatedAssignments() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);

        Created c = created(Fixtures.creator().create(ws, CreateRequest.postgres("Add users timezone")));

        assertThat(c.relativePath()).isEqualTo(VERSIONS + "/0007_add_users_timezone.py");
        assertThat(c.revision()).contains("0007");
        assertThat(c.downRevisions()).containsExactly("0006");
        String text = Fixtures.read(c.path());
        assertThat(text)
                .startsWith(
                        "\"\"\"Add users timezone.\n\nRevision ID: 0007\nRevises: 0006\nCreate Date: 2026-03-05 14:07:09.250000\n\nCreates/Modifies tables for:\n");
        assertThat(text)
                .contains("from typing import Sequence, Union\n")
                .contains("revision: str = \"0007\"\n")
                .contains("down_revision: Union[str, None] = \"0006\"\n")
                .contains("branch_labels: Union[str, Sequence[str], None] = None\n")
                .contains("def upgrade() -> None:\n")
                .contains("def downgrade() -> None:\n")
                .doesNotContain("UUID");
        // step 3: both deliberate branches keep exactly one head each
        assertThat(c.headsAfter())
                .extracting(HeadInfo::display)
                .containsExactlyInAnyOrder("0007 (application_schema)", "0005 (river_cutover)");
        assertThat(c.branchHasMultipleHeads()).isFalse();
        // the new file is part of the workspace the next request sees
        assertThat(ws.snapshot().revisionGraph().node("0007")).isPresent();
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
    }

    @Test
    void branchOrHeadChoosesTheOtherLineAndIdsNeverRepeatAcrossBranches() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);
        MigrationCreator creator = Fixtures.creator();

        Created onRiver = created(
                creator.create(ws, CreateRequest.postgres("cutover phase two").withBranch("river_cutover")));
        Created onHead = created(creator.create(
                ws,
                CreateRequest.postgres("cutover phase three")
                        .withHead(onRiver.revision().get())));

        assertThat(onRiver.revision()).contains("0007");
        assertThat(onRiver.downRevisions()).containsExactly("0005");
        assertThat(onHead.revision()).contains("0008");
        assertThat(onHead.downRevisions()).containsExactly("0007");
        assertThat(onHead.headsAfter()).extracting(HeadInfo::revision).containsExactlyInAnyOrder("0006", "0008");
        assertThat(onHead.branchHasMultipleHeads()).isFalse();

        Created alembicSpelling = created(
                creator.create(ws, CreateRequest.postgres("cutover phase four").withHead("river_cutover@head")));
        assertThat(alembicSpelling.downRevisions()).containsExactly("0008");
    }

    @Test
    void aRevisionThatIsNotAHeadOrAnUnknownBranchIsRefused() {
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);
        MigrationCreator creator = Fixtures.creator();

        assertThatThrownBy(() -> creator.create(ws, CreateRequest.postgres("x").withHead("0004")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("0004")
                .hasMessageContaining("not a head");
        assertThatThrownBy(() -> creator.create(ws, CreateRequest.postgres("x").withBranch("nope")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("application_schema, river_cutover");
        assertThatThrownBy(() -> creator.create(
                        ws,
                        CreateRequest.postgres("x").withBranch("river_cutover").withHead("0005")))
                .isInstanceOf(CreateException.class);
        assertThat(ws.snapshot().alembicFiles()).hasSize(6);
    }

    @Test
    void withoutADefaultBranchSeveralHeadsAreAmbiguousAndNothingIsWritten() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Path pyproject = root.resolve("pyproject.toml");
        Files.writeString(pyproject, Fixtures.read(pyproject).replace("default-branch = \"application_schema\"\n", ""));
        Workspace ws = Fixtures.load(root);

        CreateResult r = Fixtures.creator().create(ws, CreateRequest.postgres("Add x"));

        assertThat(r).isInstanceOf(AmbiguousHeads.class);
        AmbiguousHeads a = (AmbiguousHeads) r;
        assertThat(a.heads())
                .extracting(HeadInfo::display)
                .containsExactlyInAnyOrder("0006 (application_schema)", "0005 (river_cutover)");
        assertThat(a.mergeSuggested()).isFalse();
        try (var files = Files.list(root.resolve(VERSIONS))) {
            assertThat(files.count()).isEqualTo(6);
        }
    }

    @Test
    void hexHistoryFollowsAlembicFileTemplateSlugTruncationAndPlainAssignments() throws Exception {
        Path root = Fixtures.hexWorkspace(
                tmp,
                "file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s\ntruncate_slug_length = 12");
        Workspace ws = Fixtures.load(root);

        Created c = created(Fixtures.creator().create(ws, CreateRequest.postgres("Add the billing accounts table")));

        assertThat(c.revision()).contains("a1b2c3000001");
        assertThat(c.downRevisions()).containsExactly("9a8b7c6d5e4f");
        // Alembic: "add_the_billing_accounts_table"[:12] = "add_the_bill" -> rsplit("_", 1)[0] + "_" = "add_the_"
        assertThat(c.path().getFileName().toString()).isEqualTo("2026_03_05_1407-a1b2c3000001_add_the_.py");
        String text = Fixtures.read(c.path());
        assertThat(text)
                .contains("\nrevision = \"a1b2c3000001\"\n")
                .contains("\ndown_revision = \"9a8b7c6d5e4f\"\n")
                .doesNotContain("typing")
                .contains("Revises: 9a8b7c6d5e4f\n");
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
    }

    @Test
    void alembicIniTimezoneMakesAnAwareCreateDate() throws Exception {
        Path root = Fixtures.hexWorkspace(tmp, "timezone = Europe/Berlin");
        Workspace ws = Fixtures.load(root);

        Created c = created(Fixtures.creator().create(ws, CreateRequest.postgres("x")));

        assertThat(Fixtures.read(c.path())).contains("Create Date: 2026-03-05 15:07:09.250000+01:00\n");
    }

    @Test
    void firstRevisionOfAnEmptyHistoryHasNoParentAndAHexId() throws Exception {
        Fixtures.write(tmp, "alembic.ini", "[alembic]\nscript_location = migrations\n");
        Files.createDirectories(tmp.resolve("migrations/versions"));
        Workspace ws = Fixtures.load(tmp);

        Created c = created(Fixtures.creator().create(ws, CreateRequest.postgres("initial schema")));

        assertThat(c.relativePath()).isEqualTo("migrations/versions/a1b2c3000001_initial_schema.py");
        assertThat(c.downRevisions()).isEmpty();
        String text = Fixtures.read(c.path());
        assertThat(text).contains("Revises:\n").contains("down_revision = None\n");
        assertThat(c.headsAfter()).extracting(HeadInfo::revision).containsExactly("a1b2c3000001");
    }

    @Test
    void tableScaffoldHasEveryConventionAndNoFindings() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);

        Created c = created(Fixtures.creator()
                .create(ws, CreateRequest.postgres("Create api tokens").withTable("api_tokens")));

        String text = Fixtures.read(c.path());
        assertThat(text)
                .contains("- api_tokens: created\n")
                .contains("from sqlalchemy.dialects.postgresql import UUID\n")
                .contains("    op.create_table(\n        \"api_tokens\",\n")
                .contains("sa.Column(\"id\", UUID(as_uuid=True), primary_key=True)")
                .contains("sa.Column(\"org_id\", sa.Text(), nullable=False, server_default=\"default\")")
                .contains("sa.Column(\"created_at\", sa.DateTime(timezone=True)")
                .contains("sa.Column(\"updated_at\", sa.DateTime(timezone=True)")
                .contains("def downgrade() -> None:\n    op.drop_table(\"api_tokens\")\n");
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
    }

    @Test
    void aTableThatAnEarlierRevisionCreatesIsRefusedUnlessItWasDropped() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);
        MigrationCreator creator = Fixtures.creator();

        assertThatThrownBy(
                        () -> creator.create(ws, CreateRequest.postgres("again").withTable("users")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("0002_create_users.py");
        // river_cutover_state exists on the river_cutover line only: the default branch may create its own
        assertThat(creator.create(ws, CreateRequest.postgres("state here too").withTable("river_cutover_state")))
                .isInstanceOf(Created.class);

        Fixtures.write(
                root,
                VERSIONS + "/0008_drop_settings.py",
                Fixtures.read(root.resolve(VERSIONS + "/0006_add_users_locale.py"))
                        .replace("\"0006\"", "\"0008\"")
                        .replace("\"0004\"", "\"0007\"")
                        .replace("Revision ID: 0006", "Revision ID: 0008")
                        .replace("Revises: 0004", "Revises: 0007")
                        .replace(
                                "op.add_column(\"users\", sa.Column(\"locale\", sa.Text(), nullable=True))",
                                "op.drop_table(\"settings\")"));
        ws.rescan();
        assertThat(creator.create(ws, CreateRequest.postgres("settings v2").withTable("settings")))
                .isInstanceOf(Created.class);
    }

    @Test
    void theAnalyzerUsedForTheNoFindingsChecksDoesReportConventionProblems() throws Exception {
        // positive control: the same analyzer finds problems in a hand-written revision, so "no findings" on generated
        // files means something
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);
        Created c = created(Fixtures.creator()
                .create(ws, CreateRequest.postgres("Create api tokens").withTable("api_tokens")));
        Files.writeString(
                c.path(),
                Fixtures.read(c.path())
                        .replace("sa.Column(\"org_id\", sa.Text()", "sa.Column(\"org_id\", sa.String(20)")
                        .replace("sa.DateTime(timezone=True)", "sa.DateTime()"));
        ws.filesChanged(List.of(c.path()));

        assertThat(Fixtures.findings(ws, c.path()))
                .extracting(f -> f.code().id())
                .contains("naive-timestamp", "string-column");
    }

    @Test
    void mergeJoinsTheHeadsOfTheConflictingBranch() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        // a teammate's revision on 0004 beside ours (0006): application_schema now has two heads
        Fixtures.write(
                root,
                VERSIONS + "/0007_add_settings_scope.py",
                Fixtures.read(root.resolve(VERSIONS + "/0006_add_users_locale.py"))
                        .replace("0006", "0007")
                        .replace("Add users.locale.", "Add settings.scope."));
        Workspace ws = Fixtures.load(root);
        assertThat(ws.snapshot().revisionGraph().conflictingHeads()).hasSize(1);

        CreateResult plain = Fixtures.creator().create(ws, CreateRequest.postgres("more"));
        assertThat(plain).isInstanceOf(AmbiguousHeads.class);
        assertThat(((AmbiguousHeads) plain).mergeSuggested()).isTrue();

        Created m = created(Fixtures.creator()
                .create(ws, new MergeRequest(Optional.empty(), Optional.empty()), Fixtures.creator()::writeToDisk));

        assertThat(m.revision()).contains("0008");
        assertThat(m.downRevisions()).containsExactlyInAnyOrder("0006", "0007");
        String text = Fixtures.read(m.path());
        assertThat(text)
                .contains("down_revision: Union[str, Sequence[str], None] = (\"0006\", \"0007\")\n")
                .contains("Revises: 0006, 0007\n")
                .doesNotContain("Creates/Modifies");
        assertThat(m.branchHasMultipleHeads()).isFalse();
        assertThat(m.headsAfter()).extracting(HeadInfo::revision).containsExactlyInAnyOrder("0008", "0005");
        assertThat(Fixtures.findings(ws, m.path())).isEmpty();
    }

    @Test
    void mergeWithNothingToMergeIsRefused() {
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));
        assertThatThrownBy(() ->
                        Fixtures.creator().create(ws, new MergeRequest(Optional.empty(), Optional.empty()), p -> true))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("nothing to merge");
        assertThatThrownBy(() -> Fixtures.creator()
                        .create(ws, new MergeRequest(Optional.empty(), Optional.of("river_cutover")), p -> true))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("one head (0005)");
    }

    @Test
    void aFileThatAppearedOnDiskBehindTheWorkspacesBackIsNotReused() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);
        // written by another process after the workspace loaded; no watcher event
        Fixtures.write(
                root,
                VERSIONS + "/0007_from_git_pull.py",
                Fixtures.read(root.resolve(VERSIONS + "/0006_add_users_locale.py"))
                        .replace("\"0006\"", "\"0007\"")
                        .replace("\"0004\"", "\"0006\"")
                        .replace("Revision ID: 0006", "Revision ID: 0007")
                        .replace("Revises: 0004", "Revises: 0006"));

        Created c = created(Fixtures.creator().create(ws, CreateRequest.postgres("after pull")));

        assertThat(c.revision()).contains("0008");
        assertThat(c.downRevisions()).containsExactly("0007");
        assertThat(c.branchHasMultipleHeads()).isFalse();
    }

    @Test
    void untrustedInputIsValidatedAndFileNamesStayInside() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);
        MigrationCreator creator = Fixtures.creator();

        assertThatThrownBy(() -> creator.create(ws, CreateRequest.postgres("   ")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> creator.create(ws, CreateRequest.postgres("!!! ... ///")))
                .isInstanceOf(CreateException.class);
        assertThatThrownBy(() -> creator.create(ws, CreateRequest.postgres("x".repeat(301))))
                .isInstanceOf(CreateException.class);
        assertThatThrownBy(() -> creator.create(ws, CreateRequest.postgres("x").withTable("users; drop")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("identifier");
        assertThatThrownBy(() -> creator.create(ws, CreateRequest.postgres("x").withTable("1abc")))
                .isInstanceOf(CreateException.class);

        Created c = created(creator.create(ws, CreateRequest.postgres("../../etc/passwd \"\"\" \\ end")));
        assertThat(c.path().getParent()).isEqualTo(root.resolve(VERSIONS));
        assertThat(c.path().getFileName().toString()).isEqualTo("0007_etc_passwd_end.py");
        // the docstring survives quotes and backslashes: the header still parses
        assertThat(ws.snapshot().revisionGraph().node("0007")).isPresent();
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
    }

    @Test
    void aFileTemplateThatLeavesTheDirectoryIsRefused() throws Exception {
        Path root = Fixtures.hexWorkspace(tmp, "file_template = ../%%(rev)s_%%(slug)s");
        Workspace ws = Fixtures.load(root);
        assertThatThrownBy(() -> Fixtures.creator().create(ws, CreateRequest.postgres("escape")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("refusing");
        assertThat(Files.list(tmp)
                        .filter(p -> p.getFileName().toString().endsWith(".py"))
                        .toList())
                .isEmpty();
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);
        MigrationCreator creator = Fixtures.creator();
        MigrationPlan plan = (MigrationPlan) creator.plan(ws.snapshot(), CreateRequest.postgres("race"));
        Files.writeString(plan.path(), "# someone else's file\n");

        assertThatThrownBy(() -> creator.writeToDisk(plan))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("already exists");
        assertThat(Fixtures.read(plan.path())).isEqualTo("# someone else's file\n");
    }

    @Test
    void theHeadsAfterCreationAreTheGraphsHeads() throws Exception {
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));
        Created c = created(Fixtures.creator().create(ws, CreateRequest.postgres("check heads")));
        RevisionGraph g = ws.snapshot().revisionGraph();
        assertThat(c.headsAfter())
                .extracting(HeadInfo::revision)
                .containsExactlyInAnyOrderElementsOf(
                        g.heads().stream().map(RevisionGraph.Node::revision).toList());
        assertThat(List.of(c.headsAfter().get(0).path(), c.headsAfter().get(1).path()))
                .allMatch(p -> p.startsWith(VERSIONS));
    }

    @Test
    void scaffoldingATableThatAnAncestorCreatesIsRefusedUntilItIsDropped() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Workspace ws = Fixtures.load(root);
        MigrationCreator creator = Fixtures.creator();
        // 0002 creates "users" below the application_schema head
        assertThatThrownBy(() ->
                        creator.create(ws, CreateRequest.postgres("users again").withTable("users")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("users already exists")
                .hasMessageContaining("0002_create_users.py");
        // once a revision on the line drops it, scaffolding it again is fine
        Created drop = created(creator.create(ws, CreateRequest.postgres("drop users")));
        String text = Fixtures.read(drop.path())
                .replace("    # Table creation / alteration here\n    pass", "    op.drop_table(\"users\")");
        java.nio.file.Files.writeString(drop.path(), text);
        ws.filesChanged(java.util.List.of(drop.path()));
        Created again =
                created(creator.create(ws, CreateRequest.postgres("users again").withTable("users")));
        assertThat(Fixtures.read(again.path())).contains("op.create_table(");
    }
}
