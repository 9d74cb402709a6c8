package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.TextRange;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of a {@link ClickHouseRule} on one file: what it reads (script, replayed schema) and the findings it makes. */
final class ClickHouseFile {
    private final DocumentContext ctx;
    private final RuleCode code;
    private final List<Finding> findings = new ArrayList<>();
    private ClickHouseScript script;
    private ClickHouseSchema schema;

    ClickHouseFile(DocumentContext ctx, RuleCode code) {
        this.ctx = ctx;
        this.code = code;
    }

    Document document() {
        return ctx.document();
    }

    Path path() {
        return ctx.document().path();
    }

    WorkspaceSnapshot workspace() {
        return ctx.workspace();
    }

    WorkspaceConfig config() {
        return ctx.workspace().config();
    }

    /** The parsed file (cached per document version). */
    ClickHouseScript script() {
        if (script == null) {
            script = ClickHouseScript.of(ctx.document());
        }
        return script;
    }

    /** The schema replayed from every migration (cached per snapshot; computed on first use). */
    ClickHouseSchema schema() {
        if (schema == null) {
            schema = ClickHouseSchema.of(ctx.workspace());
        }
        return schema;
    }

    String slice(TextRange r) {
        return script().slice(r);
    }

    /** A finding of this rule at {@code range}; {@link #add} it once its fixes and fingerprint are set. */
    Finding.Builder finding(TextRange range, String message) {
        return ClickHouseFacts.finding(code, ctx.document(), range, message);
    }

    void add(Finding.Builder finding) {
        findings.add(finding.build());
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    Edit.Replace replace(TextRange range, String text) {
        return new Edit.Replace(path(), range.start(), range.end(), text);
    }

    Edit.Replace insert(int offset, String text) {
        return Edit.insert(path(), offset, text);
    }

    List<Finding> findings() {
        return findings;
    }
}
