package dev.migrationlsp.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.RuleCode;
import org.junit.jupiter.api.Test;

class RuleDocsTest {
    private final RuleDocs docs = new RuleDocs();

    @Test
    void hoverShowsTheMetadataAndTheWholeSectionFromTheJar() {
        String md = docs.markdown(RuleCode.MULTIPLE_HEADS);

        assertThat(md)
                .startsWith("**multiple-heads** (default: error) · fix: none · Revision graph (Alembic)\n\n**What.**");
        // a "# comment" line in the section's Python example is not a heading: the section goes on after it
        assertThat(md)
                .contains("# 0107_add_teams.py")
                .contains("**Silence.**")
                .endsWith("(" + RuleCode.MULTIPLE_HEADS.docUrl() + ")");
        assertThat(md).doesNotContain("### unknown-down-revision");
    }

    @Test
    void theClickHouseSectionOfASharedCodeJoinsThePostgresOne() {
        String md = docs.markdown(RuleCode.MISSING_ORG_ID);

        assertThat(md).contains("op.create_table(").contains("CREATE TABLE IF NOT EXISTS repos");
    }

    @Test
    void everyCodeHasDocumentationBeyondItsSummary() {
        for (RuleCode c : RuleCode.values()) {
            assertThat(docs.markdown(c)).as(c.id()).contains("**What");
        }
    }
}
