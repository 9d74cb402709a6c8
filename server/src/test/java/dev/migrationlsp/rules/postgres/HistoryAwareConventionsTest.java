package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** missing-org-id, missing-timestamps and org-id-type judge a table as its history leaves it. */
class HistoryAwareConventionsTest {
    static final Set<RuleCode> CODES =
            EnumSet.of(RuleCode.MISSING_ORG_ID, RuleCode.MISSING_TIMESTAMPS, RuleCode.ORG_ID_TYPE);
    static final String CREATE = SafetyWorkspace.revision("0001", null, """
                op.create_table("widgets", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("org_id", sa.Integer()))
                op.create_table("gadgets", sa.Column("id", sa.Integer(), primary_key=True))
            """);
    static final String FIX = SafetyWorkspace.revision("0002", "0001", """
                op.alter_column("widgets", "org_id", type_=sa.Text(), server_default="default")
                op.add_column("widgets", sa.Column("created_at", sa.DateTime(timezone=True)))
                op.add_column("widgets", sa.Column("updated_at", sa.DateTime(timezone=True)))
                op.add_column("gadgets", sa.Column("created_at", sa.DateTime(timezone=True)))
            """);

    static List<String> codes(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.code().id() + "@" + f.span().start().line())
                .sorted()
                .toList();
    }

    @Test
    void aTableALaterRevisionFixesIsNotReportedOnItsCreateTable(@TempDir Path alone, @TempDir Path fixed) {
        SafetyWorkspace without = new SafetyWorkspace(alone, Map.of("0001_create.py", CREATE), null);
        // line 8: widgets, line 9: gadgets
        assertThat(codes(without.findings("0001_create.py", CREATE, CODES)))
                .containsExactly("missing-org-id@9", "missing-timestamps@8", "missing-timestamps@9", "org-id-type@8");
        SafetyWorkspace with = new SafetyWorkspace(fixed, Map.of("0001_create.py", CREATE, "0002_fix.py", FIX), null);
        // widgets is fixed later; gadgets still lacks org_id and updated_at
        List<Finding> left = with.findings("0001_create.py", CREATE, CODES);
        assertThat(codes(left)).containsExactly("missing-org-id@9", "missing-timestamps@9");
        assertThat(left.stream()
                        .filter(f -> f.code() == RuleCode.MISSING_TIMESTAMPS)
                        .findFirst()
                        .orElseThrow()
                        .message())
                .contains("updated_at")
                .doesNotContain("created_at");
    }
}
