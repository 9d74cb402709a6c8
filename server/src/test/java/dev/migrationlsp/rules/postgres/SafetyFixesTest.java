package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Each safety fix's exact output; the fixed migration no longer has the finding (the real-Alembic check is in SafetyLocksIT). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyFixesTest {
    SafetyWorkspace ws;

    @BeforeAll
    void setUp(@TempDir Path root) {
        ws = new SafetyWorkspace(root, Map.of("0001_base.py", SafetyRulesTest.BASE), null);
    }

    String fixed(String input, RuleCode code) {
        String body = input.startsWith("    ")
                ? input
                : String.join("\n", input.lines().map(l -> "    " + l).toList());
        String text = SafetyWorkspace.revision("0002", "0001", body);
        List<Finding> found = ws.findings("0002_case.py", text, Set.of(code));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).fixes()).hasSize(1);
        String after = PostgresDiagnostics.apply(text, found.get(0).fixes().get(0));
        assertThat(ws.findings("0002_case.py", after, Set.of(code))).as(after).isEmpty();
        String start = "def upgrade():\n";
        String upgrade = after.substring(after.indexOf(start) + start.length(), after.indexOf("\n\ndef downgrade"));
        return String.join(
                "\n",
                upgrade.lines()
                        .map(l -> l.startsWith("    ") ? l.substring(4) : l)
                        .toList());
    }

    @Test
    void nonConcurrentIndex() {
        assertThat(fixed(
                        "    op.create_index(\"ix_users_name\", \"users\", [\"name\"])  # why",
                        RuleCode.NON_CONCURRENT_INDEX))
                .isEqualTo("""
                    with op.get_context().autocommit_block():
                        op.create_index("ix_users_name", "users", ["name"], postgresql_concurrently=True)  # why""");
        assertThat(fixed("""
                    op.create_index(
                        "ix_users_name",
                        "users",
                        ["name"],
                    )""", RuleCode.NON_CONCURRENT_INDEX)).isEqualTo("""
                    with op.get_context().autocommit_block():
                        op.create_index(
                            "ix_users_name",
                            "users",
                            ["name"],
                            postgresql_concurrently=True,
                        )""");
        assertThat(fixed("    op.execute(\"CREATE UNIQUE INDEX ix ON users (name)\")", RuleCode.NON_CONCURRENT_INDEX))
                .isEqualTo("""
                    with op.get_context().autocommit_block():
                        op.execute("CREATE UNIQUE INDEX CONCURRENTLY ix ON users (name)")""");
        assertThat(fixed("    op.drop_index(\"ix_old\", table_name=\"users\")", RuleCode.NON_CONCURRENT_INDEX))
                .isEqualTo("""
                    with op.get_context().autocommit_block():
                        op.drop_index("ix_old", table_name="users", postgresql_concurrently=True)""");
        assertThat(fixed("    op.execute(\"DROP INDEX ix_old\")", RuleCode.NON_CONCURRENT_INDEX))
                .isEqualTo("""
                    with op.get_context().autocommit_block():
                        op.execute("DROP INDEX CONCURRENTLY ix_old")""");
        // already in an autocommit block: only the flag
        assertThat(fixed("""
                    with op.get_context().autocommit_block():
                        op.create_index("ix", "users", ["name"])""", RuleCode.NON_CONCURRENT_INDEX)).isEqualTo("""
                    with op.get_context().autocommit_block():
                        op.create_index("ix", "users", ["name"], postgresql_concurrently=True)""");
    }

    @Test
    void setNotNull() {
        assertThat(fixed("    op.alter_column(\"users\", \"name\", nullable=False)", RuleCode.SET_NOT_NULL))
                .isEqualTo("""
                    op.create_check_constraint("ck_users_name_not_null", "users", "name IS NOT NULL", postgresql_not_valid=True)
                    with op.get_context().autocommit_block():
                        op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_name_not_null")
                    op.alter_column("users", "name", nullable=False)
                    op.drop_constraint("ck_users_name_not_null", "users", type_="check")""");
    }

    @Test
    void constraintNotValid() {
        assertThat(fixed(
                        "    op.create_foreign_key(\"fk\", \"users\", \"orgs\", [\"org\"], [\"id\"])",
                        RuleCode.CONSTRAINT_NOT_VALID))
                .isEqualTo("""
                    op.create_foreign_key("fk", "users", "orgs", ["org"], ["id"], postgresql_not_valid=True)
                    with op.get_context().autocommit_block():
                        op.execute("ALTER TABLE users VALIDATE CONSTRAINT fk")""");
    }

    @Test
    void uniqueConstraint() {
        assertThat(fixed(
                        "    op.create_unique_constraint(\"uq_users_email\", \"users\", [\"email\"])",
                        RuleCode.UNIQUE_CONSTRAINT_WITHOUT_INDEX))
                .isEqualTo("""
                    with op.get_context().autocommit_block():
                        op.create_index("uq_users_email", "users", ["email"], unique=True, postgresql_concurrently=True)
                    op.execute("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX uq_users_email")""");
    }

    @Test
    void missingLockTimeout() {
        assertThat(fixed("    op.drop_column(\"users\", \"name\")", RuleCode.MISSING_LOCK_TIMEOUT))
                .isEqualTo("""
                    op.execute("SET lock_timeout = '5s'")
                    op.drop_column("users", "name")""");
    }
}
